// `samspil notes …`: the user's own notes from the command line, over the same notes store as
// the app (add, list, show, edit, delete/undelete, export, import, backup, backups, restore,
// status), with `--json` wherever the output is data. Each subcommand is its own function.
import { CliUsageError } from '../cliArgs';
import type { CliCommand, CliContext } from '../context';
import { oneLine } from '../terminalText';
import { exportNotes, importNotes, listBackups, restoreBackup, takeBackup } from './notesFiles';
import { listNotes, showNote, showStatus } from './notesView';
import { addNote, deleteNotes, editNote, undeleteNotes } from './notesWrite';

const USAGE = [
  'notes add --title "…" [--body "…" | --body-file <fil>] [--partnership "…"] [--org "…"]…',
  '      [--date ÅÅÅÅ-MM-DD] [--factor <id>]… [--link <id>]… [--shared | --private] [--json]',
  '  notes list [--factor <id>] [--link <id>] [--author "Navn"]… [--limit N] [--json]',
  '      (--author: noterne, en kollega i teambiblioteket skrev først; dine egne under dit navn)',
  '  notes show <id> [--json]',
  '  notes edit <id> [samme valg som add] [--json]',
  '  notes delete <id>… [--confirm] [--json]    (til papirkurven; fortryd med notes undelete <id>…)',
  '  notes export --out <fil|mappe> [--format json|markdown] [--ids id,id,…] [--force] [--json]',
  '      (--force: erstat en fil eller en tidligere eksport, der findes; andre filer røres ikke)',
  '  notes import <fil> [--replace] [--confirm] [--json]',
  '  notes backup | backups | restore <navn> | status [--seen] [--json]',
  '      (status --seen: du har set de rapporterede gendannelser; de vises ikke igen)',
].join('\n');

type NotesSubcommand = (argv: string[], ctx: CliContext) => number;

const SUBCOMMANDS: Record<string, NotesSubcommand> = {
  add: addNote,
  edit: editNote,
  list: listNotes,
  show: showNote,
  delete: deleteNotes,
  undelete: undeleteNotes,
  export: exportNotes,
  import: importNotes,
  backup: takeBackup,
  backups: listBackups,
  restore: restoreBackup,
  status: showStatus,
};

function run(sub: string, argv: string[], ctx: CliContext): number {
  const subcommand = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!subcommand) {
    throw new CliUsageError(sub ? `ukendt underkommando "${sub}"` : 'vælg en underkommando');
  }
  return subcommand(argv, ctx);
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
      if (!(error instanceof CliUsageError)) throw error;
      process.stderr.write(`samspil notes: ${oneLine(error.message)}\nBrug:\n  ${USAGE}\n`);
      return 2;
    }
  },
};
