// Pure profile arithmetic: statuses as they stood on a day, counts, comparisons of two days, and
// one factor across partnerships. The service feeds it rows; the UI and the handout read results.
import type { FactorEntry } from '../content/types';
import { PROFILE_GROUP_ORDER } from './factorSets';
import type {
  Assessment,
  AssessmentStatus,
  FactorSet,
  MyPartnership,
  OverviewEntry,
  Profile,
  ProfileComparison,
  ProfileNote,
  ProfileRow,
} from './types';
import { ASSESSMENT_STATUSES } from './types';

export type FactorIllustrations = Pick<FactorEntry, 'id' | 'quotes' | 'lessons'>;

export interface ProfileInput {
  partnership: MyPartnership;
  sets: readonly FactorSet[];
  factors: ReadonlyMap<string, FactorIllustrations>;
  /** Every assessment of this partnership, any order. */
  assessments: readonly Assessment[];
  /** The partnership's notes with the factor ids they are tagged with. */
  notes: readonly (ProfileNote & { factors: string[] })[];
  asOf: string;
}

/** Newest first: by date, then by when it was recorded. */
export function newestFirst(a: Assessment, b: Assessment): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? 1 : -1;
  return 0;
}

export function emptyCounts(): Record<AssessmentStatus, number> {
  return Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<
    AssessmentStatus,
    number
  >;
}

/** The latest assessment of a set on or before `asOf` (any member id counts). */
export function currentOf(
  set: FactorSet,
  assessments: readonly Assessment[],
  asOf: string,
): Assessment | null {
  let best: Assessment | null = null;
  for (const a of assessments) {
    if (a.date > asOf || !set.members.includes(a.factorId)) continue;
    if (!best || newestFirst(a, best) < 0) best = a;
  }
  return best;
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

function rowFor(set: FactorSet, input: ProfileInput): ProfileRow {
  const history = input.assessments
    .filter((a) => set.members.includes(a.factorId) && a.date <= input.asOf)
    .sort(newestFirst);
  const current = history[0] ?? null;
  const illustrations = set.members.map((m) => input.factors.get(m));
  return {
    set,
    current,
    status: current?.status ?? 'ikke-vurderet',
    history,
    notes: input.notes
      .filter((n) => n.factors.some((f) => set.members.includes(f)))
      .map(({ id, title, aboutDate }) => ({ id, title, aboutDate })),
    quotes: unique(illustrations.flatMap((f) => f?.quotes ?? [])),
    lessons: unique(illustrations.flatMap((f) => f?.lessons ?? [])),
  };
}

export function buildProfile(input: ProfileInput): Profile {
  const counts = emptyCounts();
  const groups = PROFILE_GROUP_ORDER.map((group) => {
    const rows = input.sets.filter((s) => s.group === group).map((s) => rowFor(s, input));
    for (const row of rows) counts[row.status]++;
    return { group, rows };
  }).filter((g) => g.rows.length > 0);
  return { partnership: input.partnership, asOf: input.asOf, groups, counts };
}

export function compareProfiles(
  partnershipId: string,
  sets: readonly FactorSet[],
  assessments: readonly Assessment[],
  from: string,
  to: string,
): ProfileComparison {
  const changes: ProfileComparison['changes'] = [];
  for (const set of sets) {
    const before = currentOf(set, assessments, from);
    const after = currentOf(set, assessments, to);
    const fromStatus = before?.status ?? 'ikke-vurderet';
    const toStatus = after?.status ?? 'ikke-vurderet';
    if (fromStatus !== toStatus) {
      changes.push({ set, from: fromStatus, to: toStatus, assessment: after });
    }
  }
  return { partnershipId, from, to, changes, unchanged: sets.length - changes.length };
}

export function overviewOf(
  partnership: MyPartnership,
  sets: readonly FactorSet[],
  assessments: readonly Assessment[],
  asOf: string,
): OverviewEntry {
  const counts = emptyCounts();
  const byGroup = PROFILE_GROUP_ORDER.map((group) => ({ group, counts: emptyCounts() }));
  const notAssessed: FactorSet[] = [];
  for (const set of sets) {
    const status = currentOf(set, assessments, asOf)?.status ?? 'ikke-vurderet';
    counts[status]++;
    const entry = byGroup.find((g) => g.group === set.group);
    if (entry) entry.counts[status]++;
    if (status === 'ikke-vurderet') notAssessed.push(set);
  }
  const dates = assessments.map((a) => a.date).filter((d) => d <= asOf);
  const lastAssessed = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
  return {
    partnership,
    counts,
    byGroup: byGroup.filter((g) => sets.some((s) => s.group === g.group)),
    notAssessed,
    lastAssessed,
  };
}
