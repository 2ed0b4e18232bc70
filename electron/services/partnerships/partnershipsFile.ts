// The partnerships export file (partnerships, partners, note links and every assessment) and its
// import: the whole file is decoded and validated before anything is written, a refusal names
// the entry and field, a backup is taken first, and the merge runs in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ApiError } from '../../../shared/api';
import {
  PARTNERSHIPS_FILE_FORMAT,
  partnershipsFileSchema,
  type PartnershipRecord,
  type PartnershipsFile,
} from '../../../shared/partnerships/schema';
import type { PartnershipsImportReport } from '../../../shared/partnerships/types';
import { writeFileAtomic } from '../atomicFile';
import { backupIfChanged } from '../store/backups';
import { backupsBeforeRecoveries } from '../store/storeEvents';
import { hasUserData } from '../store/migrations';
import { writeTransaction } from '../store/transactions';
import {
  getPartnership,
  insertAssessment,
  listAssessments,
  listPartnerships,
  writePartnership,
} from './partnershipQueries';

const MAX_BYTES = 256 * 1024 * 1024;

export function toPartnershipsFile(db: Database.Database, now: Date): PartnershipsFile {
  const partnerships = listPartnerships(db);
  const assessments = listAssessments(db);
  return {
    format: PARTNERSHIPS_FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    partnerships: partnerships.map((p) => ({
      ...p,
      assessments: assessments
        .filter((a) => a.partnershipId === p.id)
        .map(({ id, factorId, status, comment, date, recordedAt }) => ({
          id,
          factorId,
          status,
          comment,
          date,
          recordedAt,
        })),
    })),
  };
}

export function exportPartnershipsFile(
  db: Database.Database,
  file: string,
  now: Date,
): { path: string; count: number } {
  const data = toPartnershipsFile(db, now);
  const target = path.resolve(file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, `${JSON.stringify(data, null, 2)}\n`);
  } catch (error) {
    throw new ApiError('unavailable', `Kunne ikke skrive ${target}: ${(error as Error).message}`);
  }
  return { path: target, count: data.partnerships.length };
}

function refuse(where: string, what: string): never {
  throw new ApiError('invalid-input', `Importfilen afvises${where ? ` (${where})` : ''}: ${what}`);
}

function pathText(parts: readonly PropertyKey[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function parsePartnershipsFile(
  bytes: Uint8Array,
  knownFactor: (id: string) => boolean,
): PartnershipRecord[] {
  if (bytes.length > MAX_BYTES) refuse('', `filen er større end ${MAX_BYTES / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    refuse('', `filen er ikke gyldig UTF-8-JSON (${(error as Error).message})`);
  }
  const parsed = partnershipsFileSchema.safeParse(data, { error: z.locales.da().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const more =
      parsed.error.issues.length > 1 ? ` (og ${parsed.error.issues.length - 1} fejl mere)` : '';
    refuse(pathText(issue.path) || 'hele filen', `${issue.message}${more}`);
  }
  const seen = new Map<string, string>();
  parsed.data.partnerships.forEach((p, i) => {
    if (seen.has(p.id))
      refuse(`partnerships[${i}].id`, `id'et ${p.id} står også i ${seen.get(p.id)}`);
    seen.set(p.id, `partnerships[${i}]`);
    p.assessments.forEach((a, j) => {
      const where = `partnerships[${i}].assessments[${j}]`;
      if (seen.has(a.id)) refuse(`${where}.id`, `id'et ${a.id} står også i ${seen.get(a.id)}`);
      seen.set(a.id, where);
      if (!knownFactor(a.factorId))
        refuse(`${where}.factorId`, `ukendt succesfaktor "${a.factorId}"`);
    });
  });
  return parsed.data.partnerships;
}

export interface ImportContext {
  knownFactor: (id: string) => boolean;
  backupDir: string;
  now: Date;
}

export function importPartnershipsFile(
  db: Database.Database,
  file: string,
  context: ImportContext,
): PartnershipsImportReport {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ApiError(
      'not-found',
      `Importfilen ${file} kan ikke læses (${(error as Error).message})`,
    );
  }
  const records = parsePartnershipsFile(bytes, context.knownFactor);
  // As the notes import does: skipped when the newest backup already holds this state, and
  // never pruning the backups taken before a recovery.
  const backup = hasUserData(db)
    ? backupIfChanged(db, context.backupDir, 'import', context.now, {
        protect: backupsBeforeRecoveries(db),
      }).info.name
    : null;
  return writeTransaction(db, () => {
    const report: PartnershipsImportReport = {
      added: 0,
      updated: 0,
      skipped: 0,
      assessmentsAdded: 0,
      backup,
    };
    for (const { assessments, ...record } of records) {
      const stored = getPartnership(db, record.id);
      if (!stored) report.added++;
      else if (Date.parse(record.updatedAt) > Date.parse(stored.updatedAt)) report.updated++;
      else report.skipped++;
      if (!stored || Date.parse(record.updatedAt) > Date.parse(stored.updatedAt)) {
        writePartnership(db, record);
      }
      for (const a of assessments) {
        if (insertAssessment(db, { ...a, partnershipId: record.id })) report.assessmentsAdded++;
      }
    }
    return report;
  });
}
