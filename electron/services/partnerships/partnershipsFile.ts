// The partnerships export file (partnerships, partners, note links and every assessment) and its
// import: the whole file is decoded and validated before anything is written, a refusal names
// the entry and field, a backup is taken first, and the merge runs in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import { apiIssue } from '../../../shared/errors/apiError';
import type { IssuePath } from '../../../shared/errors/issuePath';
import type { IssueCode } from '../../../shared/errors/texts.da';
import { issuesFromZod } from '../../../shared/errors/zodIssues';
import type { TextParams } from '../../../shared/interpolate';
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
    throw new ApiError('unavailable', 'write-failed', {
      file: target,
      detail: (error as Error).message,
    });
  }
  return { path: target, count: data.partnerships.length };
}

function refuse(path: IssuePath, code: IssueCode, params: TextParams = {}): never {
  throw new ApiError('invalid-input', [apiIssue('import-refused'), apiIssue(code, params, path)]);
}

export function parsePartnershipsFile(
  bytes: Uint8Array,
  knownFactor: (id: string) => boolean,
): PartnershipRecord[] {
  if (bytes.length > MAX_BYTES)
    refuse([], 'import-too-large', { megabytes: MAX_BYTES / 1024 / 1024 });
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse([], 'import-not-utf8');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    refuse([], 'import-not-json', { detail: (error as Error).message });
  }
  const parsed = partnershipsFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new ApiError('invalid-input', [
      apiIssue('import-refused'),
      ...issuesFromZod(parsed.error).slice(0, 20),
    ]);
  }
  const seen = new Map<string, string>();
  parsed.data.partnerships.forEach((p, i) => {
    if (seen.has(p.id))
      refuse(['partnerships', i, 'id'], 'import-duplicate-id', {
        id: p.id,
        first: seen.get(p.id) ?? '',
      });
    seen.set(p.id, `partnerships[${i}]`);
    p.assessments.forEach((a, j) => {
      const where = ['partnerships', i, 'assessments', j];
      if (seen.has(a.id))
        refuse([...where, 'id'], 'import-duplicate-id', { id: a.id, first: seen.get(a.id) ?? '' });
      seen.set(a.id, `partnerships[${i}].assessments[${j}]`);
      if (!knownFactor(a.factorId))
        refuse([...where, 'factorId'], 'unknown-factor', { id: a.factorId });
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
    throw new ApiError('not-found', 'import-unreadable', {
      file,
      detail: (error as Error).message,
    });
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
      const stored = getPartnership(db, record.id, { inTrash: true });
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
