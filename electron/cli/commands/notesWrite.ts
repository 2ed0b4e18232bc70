// `samspil notes add|edit|delete|undelete`: the subcommands that change notes.
import fs from 'node:fs';
import type { NoteInput } from '../../../shared/notes/types';
import { CliUsageError, done, onePositional, parseCommandArgs } from '../cliArgs';
import type { CliContext } from '../context';

const NOTE_OPTIONS = {
  title: { type: 'string' },
  body: { type: 'string' },
  'body-file': { type: 'string' },
  partnership: { type: 'string' },
  org: { type: 'string', multiple: true },
  date: { type: 'string' },
  factor: { type: 'string', multiple: true },
  link: { type: 'string', multiple: true },
} as const;

type NoteValues = ReturnType<typeof parseCommandArgs<typeof NOTE_OPTIONS>>['values'];

function noteFields(values: NoteValues): Partial<NoteInput> {
  if (values.body !== undefined && values['body-file'] !== undefined) {
    throw new CliUsageError('brug enten --body eller --body-file, ikke begge');
  }
  const body =
    values['body-file'] !== undefined ? fs.readFileSync(values['body-file'], 'utf8') : values.body;
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
  const note = ctx.services().notes.create({
    ...fields,
    title: fields.title ?? '',
    body: fields.body ?? '',
  });
  return done(ctx, values.json, note, `Gemt: ${note.title} (${note.id})`);
}

export function editNote(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, NOTE_OPTIONS);
  const id = onePositional(positionals, 'id på den note, der skal rettes');
  const note = ctx.services().notes.update({ id, ...noteFields(values) });
  return done(ctx, values.json, note, `Rettet: ${note.title} (${note.id})`);
}

export function deleteNotes(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, { confirm: { type: 'boolean' } });
  if (positionals.length === 0) throw new CliUsageError('skriv id på mindst én note');
  const result = ctx.services().notes.delete(positionals, { confirm: values.confirm });
  const backup = result.backup ? ` (sikkerhedskopi: ${result.backup})` : '';
  return done(ctx, values.json, result, `Flyttet til papirkurven: ${result.deleted}${backup}`);
}

export function undeleteNotes(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (positionals.length === 0) throw new CliUsageError('skriv id på mindst én note');
  const result = ctx.services().notes.undelete(positionals);
  return done(ctx, values.json, result, `Hentet tilbage fra papirkurven: ${result.restored}`);
}
