// Deleting one of the user's partnerships: asked for by name with what goes with it (its
// assessments, its notes' links), a backup first, then into the trash, from where undo brings it
// back whole. The notes themselves are never touched: they keep their text and stay.
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import type {
  DeletionImpact,
  MyPartnership,
  PartnershipDeletion,
} from '../../../shared/partnerships/types';
import { backupIfChanged } from '../store/backups';
import { backupsBeforeRecoveries } from '../store/storeEvents';
import { withStoreErrors } from '../store/storeErrors';
import { readTransaction, writeTransaction } from '../store/transactions';
import { getPartnership } from './partnershipQueries';
import { countsOf, trashPartnership, untrashPartnership } from './partnershipTrash';

export interface PartnershipDeletionService {
  /** How many assessments and notes deleting it concerns (for the confirmation). */
  deletionImpact(id: string): DeletionImpact;
  /** Without `confirm` it refuses with the counts; with it, backs up and moves it to the trash. */
  delete(id: string, options?: { confirm?: boolean }): PartnershipDeletion;
  /** Brings a partnership back from the trash with its history and note links. */
  undelete(id: string): MyPartnership;
}

export interface DeletionDeps {
  db: Database.Database;
  backupDir: () => string;
  now: () => Date;
}

const notFound = (id: string) => new ApiError('not-found', 'partnership-not-found', { id });

export function createPartnershipDeletion(deps: DeletionDeps): PartnershipDeletionService {
  const { db, now } = deps;
  const guard = <T>(fn: () => T): T => withStoreErrors(db.name, fn);

  const impact = (id: string): DeletionImpact => {
    const partnership = getPartnership(db, id);
    if (!partnership) throw notFound(id);
    return { id, name: partnership.name, ...countsOf(db, id) };
  };

  return {
    deletionImpact: (id) => guard(() => readTransaction(db, () => impact(id))),

    delete(id, options = {}) {
      return guard(() => {
        const found = readTransaction(db, () => impact(id));
        if (!options.confirm) {
          throw new ApiError('needs-confirmation', 'confirm-partnership-delete', {
            name: found.name,
            assessments: found.assessments,
            notes: found.notes,
          });
        }
        // As before a bulk delete of notes: skipped when the newest backup holds this state.
        const backup = backupIfChanged(db, deps.backupDir(), 'partnership-delete', now(), {
          protect: backupsBeforeRecoveries(db),
        }).info.name;
        return writeTransaction(db, () => {
          // Counted again under the write lock: another process may have changed it meanwhile.
          const current = impact(id);
          trashPartnership(db, id, now().toISOString());
          return { ...current, backup };
        });
      });
    },

    undelete: (id) =>
      guard(() =>
        writeTransaction(db, () => {
          if (!untrashPartnership(db, id)) throw notFound(id);
          return getPartnership(db, id) as MyPartnership;
        }),
      ),
  };
}
