// Danish names of the kinds and factor groups, for messages and the command line.
import type { EntryKind, FactorGroup } from './types';

export const KIND_NAMES: Record<EntryKind, { one: string; many: string }> = {
  source: { one: 'kilde', many: 'kilder' },
  partnership: { one: 'partnerskab', many: 'partnerskaber' },
  quote: { one: 'citat', many: 'citater' },
  factor: { one: 'faktor', many: 'faktorer' },
  lesson: { one: 'læring', many: 'læringer' },
};

/** As the source names the lists (content/README.md). */
export const FACTOR_GROUP_NAMES: Record<FactorGroup, string> = {
  relational: 'Relationelle elementer',
  structural: 'Strukturelle elementer',
  organisational: 'Elementer i partnerorganisationerne',
  influencing: 'Faktorer, der påvirker et partnerskab',
  essential: 'Væsentlige elementer i velfungerende partnerskaber',
};
