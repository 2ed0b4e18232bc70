// `samspil notes …`: the user's own notes from the command line, over the same notes store as
// the app (add, list, show, edit, delete/undelete, export, import, backup, backups, restore,
// status), with `--json` wherever the output is data.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Note, NoteInput } from '../../../shared/notes/types';
import { formatBytes, printStatus, sumBytes } from '../storeReport';
import type { CliCommand, CliContext } from '../context';

const USAGE = [
  'notes add --title "…" [--body "…" | --body-file <fil>] [--partnership "…"] [--org "…"]…',
  '      [--date ÅÅÅÅ-MM-DD] [--factor <id>]… [--link <id>]… [--json]',
  '  notes list [--factor <id>] [--link <id>] [--limit N] [--json]',
  '  notes show <id> [--json]',
  '  notes edit <id> [samme valg som add] [--json]',
  '  notes delete <id>… [--confirm] [--json]    (til papirkurven; fortryd med notes undelete <id>…)',
  '  notes export --out <fil|mappe> [--format json|markdown] [--ids id,id,…] [--force] [--json]',
  '      (--force: erstat en fil eller en tidligere eksport, der findes; andre filer røres ikke)',
  '  notes import <fil> [--replace] [--confirm] [--json]',
  '  notes backup | backups | restore <navn> | status [--seen] [--json]',
  '      (status --seen: du har set de rapporterede gendannelser; de vises ikke igen)',
].join('\n');

class NotesUsageError extends Error {}

function printJson(ctx: CliContext, value: unknown): number {
  ctx.json(value);
  return 0;
}

const NOTE_OPTIONS = {
  title: { type: 'string' },
  body: { type: 'string' },
  'body-file': { type: 'string' },
  partnership: { type: 'string' },
  org: { type: 'string', multiple: true },
  date: { type: 'string' },
  factor: { type: 'string', multiple: true },
  link: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

type NoteValues = ReturnType<
  typeof parseArgs<{ options: typeof NOTE_OPTIONS; allowPositionals: true }>
>['values'];

function noteFields(values: NoteValues): Partial<NoteInput> {
  if (values.body !== undefined && values['body-file'] !== undefined) {
    throw new NotesUsageError('brug enten --body eller --body-file, ikke begge');
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

function printNote(ctx: CliContext, note: Note): void {
  ctx.out(`${note.title}  (${note.id})`);
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
  for (const [label, value] of meta) if (value) ctx.out(`${label}: ${value}`);
  if (note.body) ctx.out(`\n${note.body}`);
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new NotesUsageError(`skriv ${what}`);
  return positionals[0] as string;
}

function run(sub: string, argv: string[], ctx: CliContext): number {
  const store = () => ctx.services().notes;
  const parse = <O extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>(
    options: O,
  ) =>
    parseArgs({
      args: argv,
      options: { ...options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  const done = (json: boolean | undefined, value: unknown, line: string): number => {
    if (json) ctx.json(value);
    else ctx.out(line);
    return 0;
  };

  switch (sub) {
    case 'add': {
      const { values, positionals } = parseArgs({
        args: argv,
        options: NOTE_OPTIONS,
        allowPositionals: true,
        strict: true,
      });
      if (positionals.length > 0) throw new NotesUsageError(`uventet argument "${positionals[0]}"`);
      const fields = noteFields(values);
      const note = store().create({
        ...fields,
        title: fields.title ?? '',
        body: fields.body ?? '',
      });
      return done(values.json, note, `Gemt: ${note.title} (${note.id})`);
    }
    case 'edit': {
      const { values, positionals } = parseArgs({
        args: argv,
        options: NOTE_OPTIONS,
        allowPositionals: true,
        strict: true,
      });
      const id = one(positionals, 'id på den note, der skal rettes');
      const note = store().update({ id, ...noteFields(values) });
      return done(values.json, note, `Rettet: ${note.title} (${note.id})`);
    }
    case 'list': {
      const { values } = parse({
        factor: { type: 'string' },
        link: { type: 'string' },
        limit: { type: 'string' },
      });
      const limit = values.limit === undefined ? undefined : Number(values.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
        throw new NotesUsageError('--limit skal være et positivt heltal');
      }
      const notes = store().list({ factor: values.factor, link: values.link, limit });
      if (values.json) return printJson(ctx, notes);
      for (const n of notes) ctx.out(`${n.id}  ${n.updatedAt.slice(0, 10)}  ${n.title}`);
      if (notes.length === 0) ctx.out('Ingen noter.');
      return 0;
    }
    case 'show': {
      const { values, positionals } = parse({});
      const note = store().get(one(positionals, 'id på den note, der skal vises'));
      if (values.json) return printJson(ctx, note);
      printNote(ctx, note);
      return 0;
    }
    case 'delete':
    case 'undelete': {
      const { values, positionals } = parse({ confirm: { type: 'boolean' } });
      if (positionals.length === 0) throw new NotesUsageError('skriv id på mindst én note');
      if (sub === 'undelete') {
        const result = store().undelete(positionals);
        return done(values.json, result, `Hentet tilbage fra papirkurven: ${result.restored}`);
      }
      const result = store().delete(positionals, { confirm: values.confirm });
      const backup = result.backup ? ` (sikkerhedskopi: ${result.backup})` : '';
      return done(values.json, result, `Flyttet til papirkurven: ${result.deleted}${backup}`);
    }
    case 'export': {
      const { values } = parse({
        out: { type: 'string' },
        format: { type: 'string' },
        ids: { type: 'string' },
        force: { type: 'boolean' },
      });
      if (!values.out) throw new NotesUsageError('--out <fil|mappe> mangler');
      const format = values.format ?? 'json';
      if (format !== 'json' && format !== 'markdown') {
        throw new NotesUsageError('--format skal være json eller markdown');
      }
      const ids = values.ids
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const options = { overwrite: values.force };
      const result =
        format === 'json'
          ? store().exportJson(values.out, ids, options)
          : store().exportMarkdown(values.out, ids, options);
      return done(values.json, result, `Eksporteret ${result.count} noter til ${result.path}`);
    }
    case 'import': {
      const { values, positionals } = parse({
        replace: { type: 'boolean' },
        confirm: { type: 'boolean' },
      });
      const file = one(positionals, 'hvilken fil der skal importeres');
      const report = store().importFile(file, {
        mode: values.replace ? 'replace' : 'merge',
        confirm: values.confirm,
      });
      const trashed = report.trashed ? `, ${report.trashed} til papirkurven` : '';
      return done(
        values.json,
        report,
        `Importeret: ${report.added} nye, ${report.updated} opdateret, ${report.skipped} uændret (den gemte var nyere eller lige ny)${trashed}`,
      );
    }
    case 'backup': {
      const { values } = parse({});
      const info = store().backup('manual');
      return done(values.json, info, `Sikkerhedskopi: ${info.path}`);
    }
    case 'backups': {
      const { values } = parse({});
      const list = store().listBackups();
      if (values.json) return printJson(ctx, list);
      for (const b of list) ctx.out(`${b.name}  ${b.reason}  ${b.bytes} bytes`);
      if (list.length === 0) ctx.out('Ingen sikkerhedskopier endnu.');
      else ctx.out(`I alt: ${list.length} sikkerhedskopier, ${formatBytes(sumBytes(list))}`);
      return 0;
    }
    case 'restore': {
      const { values, positionals } = parse({});
      const status = store().restoreBackup(
        one(positionals, 'navnet på sikkerhedskopien (se: notes backups)'),
      );
      return done(values.json, status, `Gendannet: ${status.noteCount} noter`);
    }
    case 'status': {
      const { values } = parse({ seen: { type: 'boolean' } });
      const status = values.seen ? store().acknowledgeRecoveries() : store().status();
      if (values.json) return printJson(ctx, status);
      printStatus(ctx, status);
      if (values.seen) ctx.out('Gendannelserne er markeret som set og vises ikke igen.');
      return 0;
    }
    default:
      throw new NotesUsageError(sub ? `ukendt underkommando "${sub}"` : 'vælg en underkommando');
  }
}

export const notesCommand: CliCommand = {
  name: 'notes',
  summary: 'egne noter: tilføj, vis, ret, slet, eksportér, importér, sikkerhedskopiér',
  usage: USAGE,
  run(argv, ctx) {
    const [sub = '', ...rest] = argv;
    try {
      return run(sub, rest, ctx);
    } catch (error) {
      const parseError =
        error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS');
      if (!(error instanceof NotesUsageError) && !parseError) throw error;
      process.stderr.write(`samspil notes: ${(error as Error).message}\nBrug:\n  ${USAGE}\n`);
      return 2;
    }
  },
};
