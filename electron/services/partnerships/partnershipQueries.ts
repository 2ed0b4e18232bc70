// Queries of Mine partnerskaber: free functions over the database, prepared statements with named
// parameters, rows mapped to types explicitly. Transactions are the caller's (the service's).
import type Database from 'better-sqlite3';
import type {
  Assessment,
  AssessmentStatus,
  MyPartnership,
  Partner,
  Sector,
} from '../../../shared/partnerships/types';
import type { SearchableRow } from '../../../shared/partnerships/searchPartnerships';

interface PartnershipRow {
  id: string;
  name: string;
  period_start: string | null;
  period_end: string | null;
  target_group: string;
  purpose: string;
  migrated_from: string | null;
  created_at: string;
  updated_at: string;
}

interface AssessmentRow {
  id: string;
  partnership_id: string;
  factor_id: string;
  status: string;
  comment: string;
  assessed_on: string;
  recorded_at: string;
}

function partnersOf(db: Database.Database, id: string): Partner[] {
  const rows = db
    .prepare(
      `SELECT name, sector FROM my_partnership_partners WHERE partnership_id = @id ORDER BY position`,
    )
    .all({ id }) as { name: string; sector: string }[];
  return rows.map((r) => ({ name: r.name, sector: r.sector as Sector }));
}

function noteIdsOf(db: Database.Database, id: string): string[] {
  const rows = db
    .prepare(
      `SELECT note_id FROM my_partnership_notes WHERE partnership_id = @id ORDER BY position`,
    )
    .all({ id }) as { note_id: string }[];
  return rows.map((r) => r.note_id);
}

function rowToPartnership(db: Database.Database, row: PartnershipRow): MyPartnership {
  return {
    id: row.id,
    name: row.name,
    partners: partnersOf(db, row.id),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    targetGroup: row.target_group,
    purpose: row.purpose,
    migratedFrom: row.migrated_from,
    noteIds: noteIdsOf(db, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowToAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    factorId: row.factor_id,
    status: row.status as AssessmentStatus,
    comment: row.comment,
    date: row.assessed_on,
    recordedAt: row.recorded_at,
  };
}

export function listPartnerships(db: Database.Database): MyPartnership[] {
  const rows = db
    .prepare(
      `SELECT * FROM my_partnerships WHERE deleted_at IS NULL
       ORDER BY name COLLATE NOCASE, created_at`,
    )
    .all() as PartnershipRow[];
  return rows.map((row) => rowToPartnership(db, row));
}

/** A live partnership; one in the trash only with `inTrash`. */
export function getPartnership(
  db: Database.Database,
  id: string,
  options: { inTrash?: boolean } = {},
): MyPartnership | undefined {
  const row = db.prepare(`SELECT * FROM my_partnerships WHERE id = @id`).get({ id }) as
    (PartnershipRow & { deleted_at: string | null }) | undefined;
  if (!row || (row.deleted_at !== null && !options.inTrash)) return undefined;
  return rowToPartnership(db, row);
}

/**
 * Inserts or replaces a partnership with its partners and note links (and takes it out of the
 * trash: only an import writes over one there, with a newer version, as for notes).
 */
export function writePartnership(db: Database.Database, p: MyPartnership): void {
  db.prepare(
    `INSERT INTO my_partnerships (id, name, period_start, period_end, target_group, purpose,
       migrated_from, created_at, updated_at)
     VALUES (@id, @name, @periodStart, @periodEnd, @targetGroup, @purpose, @migratedFrom,
       @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, period_start = excluded.period_start,
       period_end = excluded.period_end, target_group = excluded.target_group,
       purpose = excluded.purpose, migrated_from = excluded.migrated_from,
       updated_at = excluded.updated_at, deleted_at = NULL`,
  ).run({
    id: p.id,
    name: p.name,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    targetGroup: p.targetGroup,
    purpose: p.purpose,
    migratedFrom: p.migratedFrom,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  });
  db.prepare(`DELETE FROM my_partnership_partners WHERE partnership_id = @id`).run({ id: p.id });
  const partner = db.prepare(
    `INSERT INTO my_partnership_partners (partnership_id, position, name, sector)
     VALUES (@id, @position, @name, @sector)`,
  );
  p.partners.forEach((x, position) => partner.run({ id: p.id, position, ...x }));
  db.prepare(`DELETE FROM my_partnership_notes WHERE partnership_id = @id`).run({ id: p.id });
  const note = db.prepare(
    `INSERT INTO my_partnership_notes (partnership_id, note_id, position)
     VALUES (@id, @noteId, @position)`,
  );
  [...new Set(p.noteIds)].forEach((noteId, position) => note.run({ id: p.id, noteId, position }));
}

export function insertAssessment(db: Database.Database, a: Assessment): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO my_partnership_assessments
         (id, partnership_id, factor_id, status, comment, assessed_on, recorded_at)
       VALUES (@id, @partnershipId, @factorId, @status, @comment, @date, @recordedAt)`,
    )
    .run({ ...a });
  return result.changes > 0;
}

export function listAssessments(db: Database.Database, partnershipId?: string): Assessment[] {
  const rows = (
    partnershipId === undefined
      ? db.prepare(`SELECT * FROM my_partnership_assessments ORDER BY seq`).all()
      : db
          .prepare(
            `SELECT * FROM my_partnership_assessments WHERE partnership_id = @id ORDER BY seq`,
          )
          .all({ id: partnershipId })
  ) as AssessmentRow[];
  return rows.map(rowToAssessment);
}

/** The partnership's live notes with their factor tags (trashed notes are left out). */
export function notesWithFactors(
  db: Database.Database,
  partnershipId: string,
): { id: string; title: string; aboutDate: string | null; factors: string[] }[] {
  const rows = db
    .prepare(
      `SELECT n.id, n.title, n.about_date,
         (SELECT json_group_array(f.factor_id) FROM note_factors AS f WHERE f.note_id = n.id)
           AS factors
       FROM my_partnership_notes AS l JOIN notes AS n ON n.id = l.note_id
       WHERE l.partnership_id = @id AND n.deleted_at IS NULL
       ORDER BY l.position`,
    )
    .all({ id: partnershipId }) as {
    id: string;
    title: string;
    about_date: string | null;
    factors: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    aboutDate: r.about_date,
    factors: JSON.parse(r.factors) as string[],
  }));
}

/** Partnerships made from the notes' free text, with how many notes each holds. */
export function migratedPartnerships(
  db: Database.Database,
): { id: string; name: string; notes: number }[] {
  return db
    .prepare(
      `SELECT p.id, p.name, (SELECT count(*) FROM my_partnership_notes AS l
         WHERE l.partnership_id = p.id) AS notes
       FROM my_partnerships AS p WHERE p.migrated_from IS NOT NULL AND p.deleted_at IS NULL
       ORDER BY p.created_at, p.name`,
    )
    .all() as { id: string; name: string; notes: number }[];
}

/** Plain-text rows for search: partnership fields and assessment comments (none in the trash). */
export function searchableRows(db: Database.Database): SearchableRow[] {
  const live = `(SELECT id FROM my_partnerships WHERE deleted_at IS NULL)`;
  return db
    .prepare(
      `SELECT id AS partnershipId, 'name' AS field, name AS text, NULL AS factorId
         FROM my_partnerships WHERE deleted_at IS NULL
       UNION ALL SELECT id, 'about', target_group || ' ' || purpose, NULL FROM my_partnerships
         WHERE deleted_at IS NULL
       UNION ALL SELECT partnership_id, 'partner', name, NULL FROM my_partnership_partners
         WHERE partnership_id IN ${live}
       UNION ALL SELECT partnership_id, 'comment', comment, factor_id
         FROM my_partnership_assessments WHERE comment <> '' AND partnership_id IN ${live}`,
    )
    .all() as SearchableRow[];
}
