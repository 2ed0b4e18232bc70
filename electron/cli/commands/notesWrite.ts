// `samspil notes add|edit|delete|undelete`: the subcommands that change notes.
import type { NoteInput } from '../../../shared/notes/types';
import { decodeUtf8, readUserFile } from '../../services/userFiles';
import { CliUsageError, done, idArg, onePositional, parseCommandArgs } from '../cliArgs';
import type { CliContext } from '../context';
import { oneLine } from '../terminalText';
import { applyShareChoice, shareChoice } from './teamShareFlag';

const NOTE_OPTIONS = {
  title: { type: 'string' },
  body: { type: 'string' },
  'body-file': { type: 'string' },
  partnership: { type: 'string' },
  org: { type: 'string', multiple: true },
  date: { type: 'string' },
  factor: { type: 'string', multiple: true },
  link: { type: 'string', multiple: true },
  shared: { type: 'boolean' },
  private: { type: 'boolean' },
} as const;

type NoteValues = ReturnType<typeof parseCommandArgs<typeof NOTE_OPTIONS>>['values'];

/** A note body is at most 200,000 characters: 1 MB of UTF-8 holds that with room to spare. */
const MAX_BODY_FILE_BYTES = 1024 * 1024;

/** `--body-file` may be a pipe (`/dev/stdin`), but is read no further than the limit. */
function readBodyFile(file: string): string {
  const lead = 'body-file-refused';
  const bytes = readUserFile(file, { maxBytes: MAX_BODY_FILE_BYTES, lead, allowStreams: true });
  return decodeUtf8(bytes, file, lead);
}

/** `--shared` / `--private` for the team library: true, false, or leave as it is. */
function sharing(values: NoteValues): boolean | undefined {
  const share = shareChoice(values);
  if (share === 'both') throw new CliUsageError('brug enten --shared eller --private, ikke begge');
  return share;
}

function noteFields(values: NoteValues): Partial<NoteInput> {
  if (values.body !== undefined && values['body-file'] !== undefined) {
    throw new CliUsageError('brug enten --body eller --body-file, ikke begge');
  }
  const bodyFile = values['body-file'];
  const body = bodyFile !== undefined ? readBodyFile(bodyFile) : values.body;
  const fields: Partial<NoteInput> = {
    title: values.title,
    body,
    partnership: values.partnership,
    organisations: values.org,
    aboutDate: values.date,
    factors: values.factor,
    links: values.link,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

export function addNote(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, NOTE_OPTIONS);
  if (positionals.length > 0) throw new CliUsageError(`uventet argument "${positionals[0]}"`);
  const fields = noteFields(values);
  const share = sharing(values);
  const note = ctx.services().notes.create({
    ...fields,
    title: fields.title ?? '',
    body: fields.body ?? '',
  });
  applyShareChoice(ctx, note.id, share);
  return done(ctx, values.json, note, `Gemt: ${oneLine(note.title)} (${note.id})`);
}

export function editNote(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, NOTE_OPTIONS);
  const id = idArg(onePositional(positionals, 'id på den note, der skal rettes'));
  const share = sharing(values);
  const note = ctx.services().notes.update({ id, ...noteFields(values) });
  applyShareChoice(ctx, note.id, share);
  return done(ctx, values.json, note, `Rettet: ${oneLine(note.title)} (${note.id})`);
}

export function deleteNotes(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, { confirm: { type: 'boolean' } });
  if (positionals.length === 0) throw new CliUsageError('skriv id på mindst én note');
  const result = ctx.services().notes.delete(positionals.map(idArg), { confirm: values.confirm });
  const backup = result.backup ? ` (sikkerhedskopi: ${result.backup})` : '';
  return done(ctx, values.json, result, `Flyttet til papirkurven: ${result.deleted}${backup}`);
}

export function undeleteNotes(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (positionals.length === 0) throw new CliUsageError('skriv id på mindst én note');
  const result = ctx.services().notes.undelete(positionals.map(idArg));
  return done(ctx, values.json, result, `Hentet tilbage fra papirkurven: ${result.restored}`);
}
