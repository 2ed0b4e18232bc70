// Translation keys for values of the content model (factor groups, hit kinds).
import type { FactorGroup } from '../../../shared/content/types';
import type { HitKind } from '../../../shared/search/types';
import type { MessageKey } from '../../i18n';

export const GROUP_LABEL: Record<FactorGroup, MessageKey> = {
  essential: 'common.groupEssential',
  relational: 'common.groupRelational',
  structural: 'common.groupStructural',
  organisational: 'common.groupOrganisational',
  influencing: 'common.groupInfluencing',
};

export const KIND_LABEL: Record<HitKind, MessageKey> = {
  quote: 'common.kindQuote',
  factor: 'common.kindFactor',
  lesson: 'common.kindLesson',
  partnership: 'common.kindPartnership',
  source: 'common.kindSource',
  note: 'common.kindNote',
};
