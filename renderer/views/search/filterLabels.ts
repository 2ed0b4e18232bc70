// The names of search filters and their values, shared by the facets and the chips.
import type { FactorGroup } from '../../../shared/content/types';
import type { HitKind } from '../../../shared/search/types';
import type { ContentIndex } from '../../app/contentIndex';
import type { SearchFilters } from '../../app/router';
import type { MessageKey, Translate } from '../../i18n';
import { GROUP_LABEL, KIND_LABEL } from '../shared/labels';

export const FILTER_KEYS: (keyof SearchFilters)[] = [
  'kind',
  'partnership',
  'group',
  'factor',
  'author',
];

export const FILTER_NAME: Record<keyof SearchFilters, MessageKey> = {
  kind: 'search.facetKind',
  partnership: 'search.facetPartnership',
  group: 'search.facetGroup',
  factor: 'search.facetFactor',
  author: 'searchAuthor.facetAuthor',
};

export function filterValueLabel(
  key: keyof SearchFilters,
  value: string,
  t: Translate,
  index: ContentIndex | null,
): string {
  switch (key) {
    case 'kind':
      return value in KIND_LABEL ? t(KIND_LABEL[value as HitKind]) : value;
    case 'group':
      return value in GROUP_LABEL ? t(GROUP_LABEL[value as FactorGroup]) : value;
    case 'partnership':
      return index?.get('partnership', value)?.title ?? value;
    case 'factor':
      return index?.get('factor', value)?.title ?? value;
    case 'author':
      return value;
  }
}
