// How much content the product expects (content/README.md). Tests compile small fixture corpora
// and switch this check off.
import type { EntryKind, FactorGroup } from '../../shared/content/types';

export interface ExpectedCounts {
  kinds: Partial<Record<EntryKind, number>>;
  factorGroups: Record<FactorGroup, number>;
}

export const EXPECTED_COUNTS: ExpectedCounts = {
  kinds: { source: 1, partnership: 2, quote: 18 },
  factorGroups: { relational: 6, structural: 10, organisational: 3, influencing: 18, essential: 4 },
};
