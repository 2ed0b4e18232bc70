// What the CLI says about the store itself: its status, recoveries not yet seen, a read-only
// store and a failed daily backup (printed by every command on stderr until seen).
import fs from 'node:fs';
import path from 'node:path';
import type { StoreStatus } from '../../shared/notes/types';
import { SETTINGS_FILE } from '../services/settings/settingsStore';
import type { CliContext } from './context';

export const sumBytes = (list: { bytes: number }[]): number =>
  list.reduce((n, b) => n + b.bytes, 0);

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

export function printStatus(ctx: Pick<CliContext, 'out'>, status: StoreStatus): void {
  ctx.out(`Database: ${status.dbPath} (skemaversion ${status.schemaVersion})`);
  if (status.readOnly) ctx.out('Åbnet kun til læsning: intet kan gemmes.');
  ctx.out(`Noter: ${status.noteCount}`);
  const space = status.backupSpace;
  const used = space ? ` (${space.count} stk., ${formatBytes(space.bytes)})` : '';
  ctx.out(`Sikkerhedskopier: ${status.backupDir}${used}`);
  if (status.backupWarning) ctx.out(`Advarsel: ${status.backupWarning}`);
  if (status.trashPurged) ctx.out(`Tømt fra papirkurven (over 30 dage): ${status.trashPurged}`);
  if (status.handoutTrashPurged)
    ctx.out(`Handouts tømt fra papirkurven (over 30 dage): ${status.handoutTrashPurged}`);
  if (status.partnershipTrashPurged)
    ctx.out(`Partnerskaber tømt fra papirkurven (over 30 dage): ${status.partnershipTrashPurged}`);
  for (const line of recoveryLines(status)) ctx.out(line);
}

/** What the user must know about recoveries not yet seen (printed by every command, too). */
function recoveryLines(status: StoreStatus): string[] {
  return (status.recoveries ?? (status.recovered ? [status.recovered] : [])).flatMap((r) => [
    `Gendannet: ${r.kind === 'damaged' || !r.kind ? `samspil.db var beskadiget (${r.reason})` : r.reason}; filen er flyttet til ${r.movedTo}` +
      (r.foundAt ? ` (${r.foundAt.slice(0, 16).replace('T', ' ')} UTC)` : ''),
    r.latestBackup
      ? `  Nyeste sikkerhedskopi fra før: ${r.latestBackup} (gendan: samspil notes restore ${r.latestBackup})`
      : '  Der er ingen sikkerhedskopi fra før.',
  ]);
}

/** Printed on stderr by every command that opens the store. */
export function reportStore(status: StoreStatus): void {
  const lines = recoveryLines(status);
  if (status.readOnly) {
    lines.push(`Samspil er åbnet kun til læsning (${status.dataDir}): intet kan gemmes.`);
  }
  if (status.backupWarning) lines.push(status.backupWarning);
  if (status.recoveries?.length) lines.push('Når du har set det: samspil notes status --seen');
  for (const line of lines) process.stderr.write(`samspil: ${line}\n`);
}

/**
 * The backup folder the app's settings chose (settings.json `backupDir`), read without writing
 * anything (the app's settings store renames a damaged file; the CLI leaves that to the app).
 */
export function backupDirSetting(dataDir: string): string | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8'));
    const dir =
      typeof value === 'object' && value !== null && 'backupDir' in value
        ? value.backupDir
        : undefined;
    return typeof dir === 'string' && dir.length > 0 ? path.resolve(dataDir, dir) : undefined;
  } catch {
    return undefined;
  }
}
