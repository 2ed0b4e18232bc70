// English texts of the store's own notices (see da/storeNotices.ts).
import type { StoreNoticesMessages } from '../da/storeNotices';

export const storeNotices = {
  titleDamaged: 'The database with your notes was damaged',
  titleEmpty: 'The database file with your notes was empty',
  titleWal: 'A log file did not belong to the database with your notes',
  bodyWal:
    'Samspil found a log file that does not belong to the database ({reason}) and moved it aside without deleting it: {movedTo}. Changes that were only in it are missing; the latest backup may have them.',
  foundAt: 'Found {time}.',
  seen: 'I have seen this',
  seenFailed: 'The message could not be marked as seen: {message}',
  readOnlyTitle: 'Read only',
  readOnlyBody:
    'Samspil cannot write to {path}. You can read, search and export, but nothing can be saved. Give write access to the folder, or free space on the disk, and start Samspil again.',
  backupWarningTitle: "Today's backup was not taken",
  backupWarningBody:
    'Samspil works as usual, but there is no new backup; it is tried again at the next start. {message}',
  backupSpace: '{count} backups, {size}',
  backupSpaceLabel: 'Space used by backups',
} satisfies StoreNoticesMessages;
