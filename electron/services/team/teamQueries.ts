// Queries over the team tables: free functions taking the database first, named parameters, rows
// mapped to types explicitly.
import type Database from 'better-sqlite3';
import type { Change, ItemKind } from './changeFile';
import type { ItemVersion, MergeChange } from './mergeItem';

export interface TeamItemRow {
  kind: ItemKind;
  id: string;
  localId: string | null;
  shared: boolean;
  /** Heads of the item when this device last wrote or applied it. */
  heads: string[];
  /** Canonical JSON of the item as last written or applied; null: deleted or never written. */
  data: string | null;
  author: string;
  hlc: string;
  conflict: ItemVersion[] | null;
  applyError: string | null;
}

interface RawItemRow {
  kind: ItemKind;
  id: string;
  local_id: string | null;
  shared: number;
  heads: string;
  data: string | null;
  author: string;
  hlc: string;
  conflict: string | null;
  apply_error: string | null;
}

function rowToItem(row: RawItemRow): TeamItemRow {
  return {
    kind: row.kind,
    id: row.id,
    localId: row.local_id,
    shared: row.shared === 1,
    heads: JSON.parse(row.heads) as string[],
    data: row.data,
    author: row.author,
    hlc: row.hlc,
    conflict: row.conflict === null ? null : (JSON.parse(row.conflict) as ItemVersion[]),
    applyError: row.apply_error,
  };
}

export function getSetting(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM team_settings WHERE key = :key').get({ key }) as
    { value: string } | undefined;
  return row?.value;
}

export function setSetting(db: Database.Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO team_settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = :value',
  ).run({ key, value });
}

export function deleteSetting(db: Database.Database, key: string): void {
  db.prepare('DELETE FROM team_settings WHERE key = :key').run({ key });
}

export function listItems(db: Database.Database, kind?: ItemKind): TeamItemRow[] {
  const rows = db
    .prepare('SELECT * FROM team_items WHERE (:kind IS NULL OR kind = :kind) ORDER BY kind, id')
    .all({ kind: kind ?? null }) as RawItemRow[];
  return rows.map(rowToItem);
}

export function getItem(
  db: Database.Database,
  kind: ItemKind,
  id: string,
): TeamItemRow | undefined {
  const row = db
    .prepare('SELECT * FROM team_items WHERE kind = :kind AND id = :id')
    .get({ kind, id }) as RawItemRow | undefined;
  return row ? rowToItem(row) : undefined;
}

export function getItemByLocal(
  db: Database.Database,
  kind: ItemKind,
  localId: string,
): TeamItemRow | undefined {
  const row = db
    .prepare('SELECT * FROM team_items WHERE kind = :kind AND local_id = :localId')
    .get({ kind, localId }) as RawItemRow | undefined;
  return row ? rowToItem(row) : undefined;
}

export function putItem(db: Database.Database, item: TeamItemRow): void {
  db.prepare(
    `INSERT INTO team_items (kind, id, local_id, shared, heads, data, author, hlc, conflict, apply_error)
     VALUES (:kind, :id, :localId, :shared, :heads, :data, :author, :hlc, :conflict, :applyError)
     ON CONFLICT (kind, id) DO UPDATE SET local_id = :localId, shared = :shared, heads = :heads,
       data = :data, author = :author, hlc = :hlc, conflict = :conflict, apply_error = :applyError`,
  ).run({
    kind: item.kind,
    id: item.id,
    localId: item.localId,
    shared: item.shared ? 1 : 0,
    heads: JSON.stringify(item.heads),
    data: item.data,
    author: item.author,
    hlc: item.hlc,
    conflict: item.conflict === null ? null : JSON.stringify(item.conflict),
    applyError: item.applyError,
  });
}

export function deleteItem(db: Database.Database, kind: ItemKind, id: string): void {
  db.prepare('DELETE FROM team_items WHERE kind = :kind AND id = :id').run({ kind, id });
}

/** Marks an item as having changes to apply (creating its row for an item new to this device). */
export function markPending(db: Database.Database, kind: ItemKind, id: string): void {
  db.prepare(
    `INSERT INTO team_items (kind, id, pending) VALUES (:kind, :id, 1)
     ON CONFLICT (kind, id) DO UPDATE SET pending = 1`,
  ).run({ kind, id });
}

export function clearPending(db: Database.Database, kind: ItemKind, id: string): void {
  db.prepare('UPDATE team_items SET pending = 0 WHERE kind = :kind AND id = :id').run({ kind, id });
}

export function pendingItems(db: Database.Database): TeamItemRow[] {
  const rows = db
    .prepare("SELECT * FROM team_items WHERE pending = 1 ORDER BY kind = 'handout', id")
    .all() as RawItemRow[];
  return rows.map(rowToItem);
}

export function hasChange(db: Database.Database, hlc: string): boolean {
  return db.prepare('SELECT 1 FROM team_changes WHERE hlc = :hlc').get({ hlc }) !== undefined;
}

/** Records a change; false when it was known already (a duplicate or an old copy put back). */
export function insertChange(
  db: Database.Database,
  change: Change,
  itemText: string | null,
): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO team_changes (hlc, kind, item_id, device, seq, author, parents, item)
       VALUES (:hlc, :kind, :id, :device, :seq, :author, :parents, :item)`,
    )
    .run({
      hlc: change.hlc,
      kind: change.kind,
      id: change.id,
      device: change.device,
      seq: change.seq,
      author: change.author,
      parents: JSON.stringify(change.parents),
      item: itemText,
    });
  return result.changes > 0;
}

export function changesOfItem(db: Database.Database, kind: ItemKind, id: string): MergeChange[] {
  const rows = db
    .prepare(
      'SELECT hlc, parents, author, item FROM team_changes WHERE kind = :kind AND item_id = :id',
    )
    .all({ kind, id }) as { hlc: string; parents: string; author: string; item: string | null }[];
  return rows.map((r) => ({
    hlc: r.hlc,
    parents: JSON.parse(r.parents) as string[],
    author: r.author,
    item: r.item === null ? null : (JSON.parse(r.item) as MergeChange['item']),
  }));
}

export function newestStamp(db: Database.Database): string | undefined {
  const row = db.prepare('SELECT max(hlc) AS hlc FROM team_changes').get() as {
    hlc: string | null;
  };
  return row.hlc ?? undefined;
}

export function countChanges(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM team_changes').get() as { n: number }).n;
}

/** Each item's first author: the author of its oldest change without parents. */
export function creators(db: Database.Database, kind: ItemKind): Map<string, string> {
  const rows = db
    .prepare(
      "SELECT item_id AS id, author FROM team_changes WHERE kind = ? AND parents = '[]' ORDER BY hlc DESC",
    )
    .all(kind) as { id: string; author: string }[];
  // Oldest last, so that it is the one the map keeps.
  return new Map(rows.map((r) => [r.id, r.author]));
}
