// Presenting backups: the file name of a path (the store reports `latestBackup` as a path or a
// name), sizes, and the translation key of each reason.
import type { BackupInfo } from '../../../shared/notes/types';
import type { MessageKey } from '../../i18n';

export function backupName(pathOrName: string): string {
  return pathOrName.split(/[\\/]/).pop() ?? pathOrName;
}

export function formatBytes(bytes: number, language: 'da' | 'en'): string {
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

export const REASON_KEY: Record<BackupInfo['reason'], MessageKey> = {
  daily: 'settings.reasonDaily',
  migration: 'settings.reasonMigration',
  import: 'settings.reasonImport',
  'bulk-delete': 'settings.reasonBulkDelete',
  'partnership-delete': 'partnershipLinks.backupReason',
  manual: 'settings.reasonManual',
  restore: 'settings.reasonRestore',
};
