// Drafts of the forms (a note, new or existing), written as the user types so a crash or a
// navigation never loses them; in the same database, transactions and store errors as the notes.
import type Database from 'better-sqlite3';
import type { Draft } from '../../../shared/drafts';
import { withStoreErrors } from '../store/storeErrors';
import { deleteDraft, getDraft, putDraft } from './draftQueries';

export interface DraftService {
  get(key: string): Draft | null;
  put(key: string, value: string): Draft;
  discard(key: string): { discarded: boolean };
}

/** One IMMEDIATE transaction; unlike a note's write it counts no generation (storeMeta.ts): a
 * draft is no reason for a new backup. */
function inTransaction<T>(db: Database.Database, fn: () => T): T {
  return db.inTransaction ? fn() : db.transaction(fn).immediate();
}

export function createDraftService(db: Database.Database): DraftService {
  const store = <T>(fn: () => T): T => withStoreErrors(db.name, () => inTransaction(db, fn));
  return {
    get: (key) => store(() => getDraft(db, key)),
    put: (key, value) => store(() => putDraft(db, key, value)),
    discard: (key) => ({ discarded: store(() => deleteDraft(db, key)) }),
  };
}
