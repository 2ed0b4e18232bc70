// `samspil notes export|import|backup|backups|restore`: the subcommands that move notes in and
// out of files.
import { CliUsageError, done, idArg, onePositional, parseCommandArgs } from '../cliArgs';
import type { CliContext } from '../context';
import { formatBytes, sumBytes } from '../storeReport';

export function exportNotes(argv: string[], ctx: CliContext): number {
  const { values } = parseCommandArgs(argv, {
    out: { type: 'string' },
    format: { type: 'string' },
    ids: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (!values.out) throw new CliUsageError('--out <fil|mappe> mangler');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') {
    throw new CliUsageError('--format skal være json eller markdown');
  }
  const ids = values.ids
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(idArg);
  const notes = ctx.services().notes;
  const options = { overwrite: values.force };
  const result =
    format === 'json'
      ? notes.exportJson(values.out, ids, options)
      : notes.exportMarkdown(values.out, ids, options);
  return done(ctx, values.json, result, `Eksporteret ${result.count} noter til ${result.path}`);
}

export function importNotes(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, {
    replace: { type: 'boolean' },
    confirm: { type: 'boolean' },
  });
  const file = onePositional(positionals, 'hvilken fil der skal importeres');
  const report = ctx.services().notes.importFile(file, {
    mode: values.replace ? 'replace' : 'merge',
    confirm: values.confirm,
  });
  const trashed = report.trashed ? `, ${report.trashed} til papirkurven` : '';
  return done(
    ctx,
    values.json,
    report,
    `Importeret: ${report.added} nye, ${report.updated} opdateret, ${report.skipped} uændret (den gemte var nyere eller lige ny)${trashed}`,
  );
}

export function takeBackup(argv: string[], ctx: CliContext): number {
  const { values } = parseCommandArgs(argv, {});
  const info = ctx.services().notes.backup('manual');
  return done(ctx, values.json, info, `Sikkerhedskopi: ${info.path}`);
}

export function listBackups(argv: string[], ctx: CliContext): number {
  const { values } = parseCommandArgs(argv, {});
  const list = ctx.services().notes.listBackups();
  if (values.json) {
    ctx.json(list);
    return 0;
  }
  for (const b of list) ctx.out(`${b.name}  ${b.reason}  ${b.bytes} bytes`);
  if (list.length === 0) ctx.out('Ingen sikkerhedskopier endnu.');
  else ctx.out(`I alt: ${list.length} sikkerhedskopier, ${formatBytes(sumBytes(list))}`);
  return 0;
}

export function restoreBackup(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseCommandArgs(argv, {});
  const name = onePositional(positionals, 'navnet på sikkerhedskopien (se: notes backups)');
  const status = ctx.services().notes.restoreBackup(name);
  return done(ctx, values.json, status, `Gendannet: ${status.noteCount} noter`);
}
