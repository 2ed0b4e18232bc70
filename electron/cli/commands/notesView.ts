// `samspil notes list|show|status`: the subcommands that only read.
import type { Note } from '../../../shared/notes/types';
import type { NoteAuthor, NoteAuthorLookup } from '../../services/serviceTypes';
import { CliUsageError, idArg, onePositional, parseCommandArgs } from '../cliArgs';
import type { CliContext } from '../context';
import { printStatus } from '../storeReport';
import { oneLine } from '../terminalText';

function printNote(ctx: CliContext, note: Note): void {
  ctx.out(`${oneLine(note.title)}  (${note.id})`);
  const meta: [string, string | null][] = [
    ['Partnerskab', note.partnership],
    ['Organisationer', note.organisations.join(', ') || null],
    ['Dato', note.aboutDate],
    [
      'Succesfaktorer',
      note.factors
        .map((f) => (note.unknownFactors?.includes(f) ? `${f} (ukendt)` : f))
        .join(', ') || null,
    ],
    ['Links', note.links.join(', ') || null],
    ['Oprettet', note.createdAt],
    ['Ændret', note.updatedAt],
  ];
  for (const [label, value] of meta) if (value) ctx.out(`${label}: ${oneLine(value)}`);
  if (note.body) ctx.out(`\n${note.body}`);
}

export function listNotes(argv: string[], ctx: CliContext): number {
  const { values } = parseCommandArgs(argv, {
    factor: { type: 'string' },
    link: { type: 'string' },
    author: { type: 'string', multiple: true },
    limit: { type: 'string' },
  });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new CliUsageError('--limit skal være et positivt heltal');
  }
  const services = ctx.services();
  const filter = { factor: values.factor, link: values.link };
  // The author filter comes before the limit: `--limit 5 --author X` is X's five newest notes.
  const listed = services.notes.list(values.author ? filter : { ...filter, limit });
  const notes = withAuthors(listed, services.team.noteAuthors());
  const wanted = values.author?.map((a) => a.trim());
  const shown = wanted
    ? notes.filter((n) => n.author !== undefined && wanted.includes(n.author)).slice(0, limit)
    : notes;
  if (values.json) {
    ctx.json(shown);
    return 0;
  }
  for (const n of shown) {
    const by = n.shared && n.author ? `  (af ${n.author})` : '';
    ctx.out(oneLine(`${n.id}  ${n.updatedAt.slice(0, 10)}  ${n.title}${by}`));
  }
  if (shown.length === 0) ctx.out(wanted ? 'Ingen noter af den forfatter.' : 'Ingen noter.');
  return 0;
}

/** Each note with its author in the team library (nothing added when the device has not joined). */
function withAuthors(
  notes: Note[],
  authors: NoteAuthorLookup | null,
): (Note & Partial<NoteAuthor>)[] {
  if (!authors) return notes;
  const found = authors.of(notes.map((n) => n.id));
  return notes.map((note) => ({ ...note, ...found.get(note.id) }));
}

export function showNote(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, {});
  const note = ctx
    .services()
    .notes.get(idArg(onePositional(positionals, 'id på den note, der skal vises')));
  if (values.json) ctx.json(note);
  else printNote(ctx, note);
  return 0;
}

export function showStatus(argv: string[], ctx: CliContext): number {
  const { values } = parseCommandArgs(argv, { seen: { type: 'boolean' } });
  const notes = ctx.services().notes;
  const status = values.seen ? notes.acknowledgeRecoveries() : notes.status();
  if (values.json) {
    ctx.json(status);
    return 0;
  }
  printStatus(ctx, status);
  if (values.seen) ctx.out('Gendannelserne er markeret som set og vises ikke igen.');
  return 0;
}
