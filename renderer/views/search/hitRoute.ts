// Where a search hit opens. Quotes open in their partnership section, where they stand in context.
import type { SearchHit } from '../../../shared/search/types';
import type { ContentIndex } from '../../app/contentIndex';
import type { Route } from '../../app/router';

export function hitRoute(hit: SearchHit, index: ContentIndex | null): Route {
  switch (hit.kind) {
    case 'quote': {
      const quote = index?.get('quote', hit.id);
      return quote
        ? { name: 'partnership', id: quote.partnership, section: quote.section }
        : { name: 'quotes', filters: {} };
    }
    case 'factor':
      return { name: 'factor', id: hit.id };
    case 'lesson':
      return { name: 'lesson', id: hit.id };
    case 'partnership': {
      // A section hit carries `<partnership>/<section>`.
      const [id = hit.id, section] = hit.id.split('/');
      return section ? { name: 'partnership', id, section } : { name: 'partnership', id };
    }
    case 'note':
      return { name: 'note', id: hit.id };
    case 'source':
      return { name: 'home' };
  }
}
