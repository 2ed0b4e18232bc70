// `notes add|edit … --shared | --private`: marks the note for the team library, or takes it out.
import type { CliContext } from '../context';

/** true: share, false: make private, undefined: leave as it is; 'both' is a usage error. */
export function shareChoice(flags: {
  shared?: boolean;
  private?: boolean;
}): boolean | undefined | 'both' {
  if (flags.shared && flags.private) return 'both';
  if (flags.shared) return true;
  return flags.private ? false : undefined;
}

export function applyShareChoice(
  ctx: CliContext,
  noteId: string,
  share: boolean | undefined,
): void {
  if (share !== undefined) ctx.services().team.setShared('note', [noteId], share);
}
