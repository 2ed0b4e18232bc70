// Empties the trash at open, the notes', the handouts' and the partnerships' by one rule: what went there more than
// TRASH_DAYS ago is removed for good, and only once a backup that still holds it exists. Looks
// first without the write lock, so an open with nothing due (nearly every open) writes nothing.
import type { BackupService } from './store/backupService';
import type { StoreHandle } from './store/openStore';
import { writeTransaction } from './store/transactions';
import { hasTrashBefore, purgeTrash } from './notes/noteRows';
import { hasHandoutTrashBefore, purgeHandoutTrash } from './handouts/handoutQueries';
import { hasPartnershipTrashBefore, purgePartnershipTrash } from './partnerships/partnershipTrash';

/** Trash entries older than this are purged at open (the documented rule, reported in status). */
export const TRASH_DAYS = 30;

export interface TrashPurged {
  notes: number;
  handouts: number;
  /** With their assessments and note links (the notes themselves stay). */
  partnerships: number;
}

const NOTHING: TrashPurged = { notes: 0, handouts: 0, partnerships: 0 };

export function purgeExpiredTrash(store: StoreHandle, backups: BackupService): TrashPurged {
  if (store.readOnly) return NOTHING;
  const cutoff = new Date(store.now().getTime() - TRASH_DAYS * 86_400_000).toISOString();
  const notesDue = hasTrashBefore(store.db, cutoff);
  const handoutsDue = hasHandoutTrashBefore(store.db, cutoff);
  const partnershipsDue = hasPartnershipTrashBefore(store.db, cutoff);
  if (!notesDue && !handoutsDue && !partnershipsDue) return NOTHING;
  try {
    // A backup of the store as it stands (none is taken when the newest already is one).
    backups.beforeChange('bulk-delete');
  } catch {
    // No backup, no removal: the trash waits for an open that can back it up (the daily backup's
    // warning already says why).
    return NOTHING;
  }
  return writeTransaction(store.db, () => ({
    notes: notesDue ? purgeTrash(store.db, cutoff) : 0,
    handouts: handoutsDue ? purgeHandoutTrash(store.db, cutoff) : 0,
    partnerships: partnershipsDue ? purgePartnershipTrash(store.db, cutoff) : 0,
  }));
}
