// Mine partnerskaber: the user's own partnerships in the notes database (same connection, same
// transactions and store errors), their factor profiles with history, the overview, and the
// profile's meeting handout through the handout service's exports.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import { apiIssue } from '../../../shared/errors/apiError';
import { parseOrThrow } from '../../../shared/errors/zodIssues';
import type { ExportFormat, Handout } from '../../../shared/handout/types';
import { buildFactorSets, setOf } from '../../../shared/partnerships/factorSets';
import {
  buildProfile,
  compareProfiles,
  currentOf,
  overviewOf,
} from '../../../shared/partnerships/profile';
import { profileToHandout } from '../../../shared/partnerships/profileHandout';
import {
  assessmentInputSchema,
  partnershipInputSchema,
  partnershipPatchSchema,
} from '../../../shared/partnerships/schema';
import type {
  Assessment,
  AssessmentInput,
  FactorAcross,
  FactorSet,
  MigrationReport,
  MyPartnership,
  MyPartnershipInput,
  OverviewEntry,
  PartnershipsImportReport,
  Profile,
  ProfileComparison,
} from '../../../shared/partnerships/types';
import type { ContentService, HandoutService, NotesStore } from '../serviceTypes';
import { listBackups } from '../store/backups';
import { readTransaction, writeTransaction } from '../store/transactions';
import { withStoreErrors } from '../store/storeErrors';
import {
  getPartnership,
  insertAssessment,
  listAssessments,
  listPartnerships,
  migratedPartnerships,
  notesWithFactors,
  searchableRows,
  writePartnership,
} from './partnershipQueries';
import {
  searchPartnerships,
  type PartnershipSearchHit,
} from '../../../shared/partnerships/searchPartnerships';
import { exportPartnershipsFile, importPartnershipsFile } from './partnershipsFile';
import { adoptLaterFreeText, type AdoptReport } from './adoptLaterText';
import { checkExportFile } from '../exportTarget';
import { createPartnershipDeletion, type PartnershipDeletionService } from './partnershipDeletion';

export interface PartnershipsService extends PartnershipDeletionService {
  list(): MyPartnership[];
  get(id: string): MyPartnership;
  create(input: MyPartnershipInput): MyPartnership;
  update(patch: Partial<MyPartnershipInput> & { id: string }): MyPartnership;
  /** Records a dated status; the factor id may be any member of its overlap set. */
  assess(input: AssessmentInput): Assessment;
  factorSets(): FactorSet[];
  profile(id: string, asOf?: string): Profile;
  compare(id: string, from: string, to: string): ProfileComparison;
  overview(asOf?: string): OverviewEntry[];
  factorAcross(factorId: string, asOf?: string): FactorAcross;
  migrationReport(): MigrationReport;
  /** Links notes written since with a free-text partnership (new text becomes a partnership). */
  adoptNoteText(): AdoptReport;
  /** The profile as an unsaved handout, ready for the handout service's exports. */
  handoutOf(id: string, asOf?: string): Handout;
  /** Refuses the data and backup folders, and an existing file unless `overwrite`. */
  exportProfile(
    id: string,
    format: ExportFormat,
    file: string,
    options?: ExportOptions,
  ): Promise<{ path: string }>;
  exportFile(file: string, options?: ExportOptions): { path: string; count: number };
  /** Partnerships whose name, partners, target group, purpose or comments hold every word. */
  search(q: string, limit?: number): PartnershipSearchHit[];
  importFile(file: string): PartnershipsImportReport;
}

export interface ExportOptions {
  asOf?: string;
  /** The user confirmed replacing an existing file. */
  overwrite?: boolean;
}

export interface PartnershipsDeps {
  db: Database.Database;
  content: Pick<ContentService, 'byKind'>;
  notes: Pick<NotesStore, 'status'>;
  handouts: Pick<HandoutService, 'exportTo'>;
  now?: () => Date;
}

function groupByPartnership(assessments: Assessment[]): Map<string, Assessment[]> {
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const group = groups.get(a.partnershipId);
    if (group) group.push(a);
    else groups.set(a.partnershipId, [a]);
  }
  return groups;
}

export function createPartnershipsService(deps: PartnershipsDeps): PartnershipsService {
  const { db, content } = deps;
  const now = deps.now ?? (() => new Date());
  const today = (): string => now().toISOString().slice(0, 10);
  // Writes take the write lock up front (IMMEDIATE); reads are DEFERRED and in WAL mode never
  // wait for a writer in another process.
  const write = <T>(fn: () => T): T => withStoreErrors(db.name, () => writeTransaction(db, fn));
  const read = <T>(fn: () => T): T => withStoreErrors(db.name, () => readTransaction(db, fn));
  const factors = content.byKind('factor');
  const sets = buildFactorSets(factors);
  const factorMap = new Map(factors.map((f) => [f.id, f]));

  const mustGet = (id: string): MyPartnership => {
    const found = getPartnership(db, id);
    if (!found) throw new ApiError('not-found', 'partnership-not-found', { id });
    return found;
  };

  const mustSet = (factorId: string): FactorSet => {
    const set = setOf(sets, factorId);
    if (!set) {
      throw new ApiError('invalid-input', [
        apiIssue('unknown-factor', { id: factorId }, ['factorId']),
      ]);
    }
    return set;
  };

  const profile = (id: string, asOf = today()): Profile =>
    read(() =>
      buildProfile({
        partnership: mustGet(id),
        sets,
        factors: factorMap,
        assessments: listAssessments(db, id),
        notes: notesWithFactors(db, id),
        asOf,
      }),
    );

  const service: PartnershipsService = {
    ...createPartnershipDeletion({ db, now, backupDir: () => deps.notes.status().backupDir }),
    list: () => read(() => listPartnerships(db)),
    get: (id) => read(() => mustGet(id)),

    create(input) {
      const parsed = parseOrThrow(partnershipInputSchema, input);
      const time = now().toISOString();
      const partnership: MyPartnership = {
        id: crypto.randomUUID(),
        name: parsed.name,
        partners: parsed.partners ?? [],
        periodStart: parsed.periodStart ?? null,
        periodEnd: parsed.periodEnd ?? null,
        targetGroup: parsed.targetGroup ?? '',
        purpose: parsed.purpose ?? '',
        migratedFrom: null,
        noteIds: parsed.noteIds ?? [],
        createdAt: time,
        updatedAt: time,
      };
      write(() => writePartnership(db, partnership));
      return partnership;
    },

    update(patch) {
      const { id, ...rest } = parseOrThrow(partnershipPatchSchema, patch);
      return write(() => {
        const current = mustGet(id);
        const defined = Object.entries(rest).filter(([, v]) => v !== undefined);
        const next: MyPartnership = {
          ...current,
          ...Object.fromEntries(defined),
          updatedAt: new Date(
            Math.max(now().getTime(), Date.parse(current.updatedAt) + 1),
          ).toISOString(),
        };
        if (next.periodStart && next.periodEnd && next.periodStart > next.periodEnd) {
          throw new ApiError('invalid-input', [
            apiIssue('period-ends-before-start', {}, ['periodEnd']),
          ]);
        }
        writePartnership(db, next);
        return next;
      });
    },

    assess(input) {
      const parsed = parseOrThrow(assessmentInputSchema, input);
      const set = mustSet(parsed.factorId);
      const assessment: Assessment = {
        id: crypto.randomUUID(),
        partnershipId: parsed.partnershipId,
        factorId: set.id,
        status: parsed.status,
        comment: parsed.comment?.trim() ?? '',
        date: parsed.date ?? today(),
        recordedAt: now().toISOString(),
      };
      write(() => {
        mustGet(parsed.partnershipId);
        insertAssessment(db, assessment);
      });
      return assessment;
    },

    factorSets: () => sets,
    profile,
    compare: (id, from, to) =>
      read(() => {
        mustGet(id);
        const [a, b] = from <= to ? [from, to] : [to, from];
        return compareProfiles(id, sets, listAssessments(db, id), a, b);
      }),
    overview: (asOf = today()) =>
      read(() => {
        const byPartnership = groupByPartnership(listAssessments(db));
        return listPartnerships(db).map((p) =>
          overviewOf(p, sets, byPartnership.get(p.id) ?? [], asOf),
        );
      }),
    factorAcross: (factorId, asOf = today()) => {
      const set = mustSet(factorId);
      return read(() => {
        const byPartnership = groupByPartnership(listAssessments(db));
        const rows = listPartnerships(db).map((partnership) => {
          const current = currentOf(set, byPartnership.get(partnership.id) ?? [], asOf);
          return { partnership, current, status: current?.status ?? 'ikke-vurderet' } as const;
        });
        return { set, rows };
      });
    },

    migrationReport() {
      const partnerships = read(() => migratedPartnerships(db));
      const backup =
        listBackups(deps.notes.status().backupDir).find((b) => b.reason === 'migration')?.name ??
        null;
      return {
        added: partnerships.length,
        notesLinked: partnerships.reduce((n, p) => n + p.notes, 0),
        partnerships,
        backup,
      };
    },

    adoptNoteText: () => write(() => adoptLaterFreeText(db, now().toISOString())),

    handoutOf(id, asOf) {
      const input = profileToHandout(profile(id, asOf));
      const time = now().toISOString();
      return { id: crypto.randomUUID(), ...input, createdAt: time, updatedAt: time };
    },

    // The handout service checks the target (never the data or backup folder, never a database,
    // an existing file only when confirmed), as for every handout.
    exportProfile: (id, format, file, options = {}) =>
      deps.handouts.exportTo(service.handoutOf(id, options.asOf), format, file, {
        overwrite: options.overwrite ?? false,
      }),

    exportFile(file, options = {}) {
      const places = deps.notes.status();
      const target = checkExportFile(file, places, { overwrite: options.overwrite ?? false });
      return exportPartnershipsFile(db, target, now());
    },
    search: (q, limit) =>
      read(() => {
        const names = new Map(listPartnerships(db).map((p) => [p.id, p.name]));
        return searchPartnerships(searchableRows(db), names, q, limit);
      }),
    importFile: (file) =>
      withStoreErrors(db.name, () =>
        importPartnershipsFile(db, file, {
          knownFactor: (id) => setOf(sets, id) !== undefined,
          backupDir: deps.notes.status().backupDir,
          now: now(),
        }),
      ),
  };
  return service;
}
