// The handout tables (created by the store's migration v3): free functions that take the database
// first, prepared statements with named parameters, rows mapped to types explicitly.
import type Database from 'better-sqlite3';
import type { Handout, HandoutItem, HandoutItemKind } from '../../../shared/handout/types';
import { prepared } from '../store/prepared';

interface HandoutRow {
  id: string;
  title: string;
  subtitle: string;
  intro: string;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  handout_id: string;
  position: number;
  kind: HandoutItemKind;
  ref: string;
  comment: string;
}

function rowToHandout(row: HandoutRow, items: HandoutItem[]): Handout {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    intro: row.intro,
    items,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const rowToItem = (row: ItemRow): HandoutItem => ({
  kind: row.kind,
  ref: row.ref,
  comment: row.comment,
});

export function getHandout(db: Database.Database, id: string): Handout | undefined {
  const row = prepared(db, 'SELECT * FROM handouts WHERE id = :id AND deleted_at IS NULL').get({
    id,
  }) as HandoutRow | undefined;
  if (!row) return undefined;
  const items = prepared(
    db,
    'SELECT * FROM handout_items WHERE handout_id = :id ORDER BY position',
  ).all({ id }) as ItemRow[];
  return rowToHandout(row, items.map(rowToItem));
}

/** All handouts, most recently changed first. */
export function listHandouts(db: Database.Database): Handout[] {
  const rows = prepared(
    db,
    'SELECT * FROM handouts WHERE deleted_at IS NULL ORDER BY updated_at DESC, title',
  ).all() as HandoutRow[];
  const items = prepared(
    db,
    'SELECT * FROM handout_items ORDER BY handout_id, position',
  ).all() as ItemRow[];
  const byHandout = new Map<string, HandoutItem[]>();
  for (const item of items) {
    const list = byHandout.get(item.handout_id) ?? [];
    list.push(rowToItem(item));
    byHandout.set(item.handout_id, list);
  }
  return rows.map((row) => rowToHandout(row, byHandout.get(row.id) ?? []));
}

export function insertHandout(db: Database.Database, handout: Handout): void {
  prepared(
    db,
    `INSERT INTO handouts (id, title, subtitle, intro, created_at, updated_at)
     VALUES (:id, :title, :subtitle, :intro, :createdAt, :updatedAt)`,
  ).run({
    id: handout.id,
    title: handout.title,
    subtitle: handout.subtitle,
    intro: handout.intro,
    createdAt: handout.createdAt,
    updatedAt: handout.updatedAt,
  });
  replaceItems(db, handout.id, handout.items);
}

export function updateHandoutRow(db: Database.Database, handout: Handout): void {
  prepared(
    db,
    `UPDATE handouts SET title = :title, subtitle = :subtitle, intro = :intro,
       updated_at = :updatedAt WHERE id = :id`,
  ).run({
    id: handout.id,
    title: handout.title,
    subtitle: handout.subtitle,
    intro: handout.intro,
    updatedAt: handout.updatedAt,
  });
}

export function replaceItems(db: Database.Database, id: string, items: HandoutItem[]): void {
  prepared(db, 'DELETE FROM handout_items WHERE handout_id = :id').run({ id });
  const insert = prepared(
    db,
    `INSERT INTO handout_items (handout_id, position, kind, ref, comment)
     VALUES (:id, :position, :kind, :ref, :comment)`,
  );
  items.forEach((item, position) =>
    insert.run({ id, position, kind: item.kind, ref: item.ref, comment: item.comment }),
  );
}

/** Points every handout item that cites note `from` at note `to`; returns how many changed. */
export function replaceNoteRefs(db: Database.Database, from: string, to: string): number {
  return prepared(db, "UPDATE handout_items SET ref = :to WHERE kind = 'note' AND ref = :from").run(
    { from, to },
  ).changes;
}

/** Moves a handout to the trash (schema v8); its items stay with it, for handouts.undelete. */
export function trashHandout(db: Database.Database, id: string): boolean {
  return (
    prepared(db, 'UPDATE handouts SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL').run(
      { id, now: new Date().toISOString() },
    ).changes > 0
  );
}

export function untrashHandout(db: Database.Database, id: string): boolean {
  return (
    prepared(
      db,
      'UPDATE handouts SET deleted_at = NULL WHERE id = :id AND deleted_at IS NOT NULL',
    ).run({
      id,
    }).changes > 0
  );
}
