// The hash routes of the app, parsed from and formatted to `location.hash`. Pure: no DOM, so the
// same code is unit-tested under Node.

export type Route =
  | { name: 'home' }
  | { name: 'partnerships' }
  | { name: 'partnership'; id: string; section?: string }
  | { name: 'quotes'; filters: QuoteFilters }
  | { name: 'factors' }
  | { name: 'factor'; id: string }
  | { name: 'lesson'; id: string }
  | { name: 'search'; q: string; filters: SearchFilters }
  | { name: 'notes' }
  | { name: 'note'; id: string }
  | { name: 'noteNew' }
  | { name: 'handout' }
  | { name: 'settings' }
  | { name: 'myPartnerships' }
  | { name: 'myPartnershipNew' }
  | { name: 'myPartnership'; id: string; tab: MyPartnershipTab }
  | { name: 'myFactor'; id: string }
  | { name: 'notFound'; path: string };

/** The pages of one of the user's partnerships (Danish path segments, default the profile). */
export const MY_PARTNERSHIP_TABS = {
  profile: '',
  edit: 'rediger',
  compare: 'udvikling',
  handout: 'handout',
} as const;
export type MyPartnershipTab = keyof typeof MY_PARTNERSHIP_TABS;

export type RouteName = Route['name'];

export interface QuoteFilters {
  partnership?: string;
  theme?: string;
  factor?: string;
  role?: string;
}

export interface SearchFilters {
  kind?: string;
  partnership?: string;
  group?: string;
  factor?: string;
  /** Display names of team-library authors (commas within a name escaped, see filterValues). */
  author?: string;
}

/** Query keys in the URL (Danish, since the user may see and share them). */
const QUOTE_KEYS: Record<keyof QuoteFilters, string> = {
  partnership: 'partnerskab',
  theme: 'tema',
  factor: 'faktor',
  role: 'rolle',
};
const SEARCH_KEYS: Record<keyof SearchFilters, string> = {
  kind: 'type',
  partnership: 'partnerskab',
  group: 'gruppe',
  factor: 'faktor',
  author: 'forfatter',
};

function readFilters<K extends string>(
  params: URLSearchParams,
  keys: Record<K, string>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(keys) as K[]) {
    const value = params.get(keys[key]);
    if (value) out[key] = value;
  }
  return out;
}

function writeFilters<K extends string>(
  params: URLSearchParams,
  keys: Record<K, string>,
  filters: Partial<Record<K, string | undefined>>,
): void {
  for (const key of Object.keys(keys) as K[]) {
    const value = filters[key];
    if (value) params.set(keys[key], value);
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Parses `#/faktorer/relation-gensidig-tillid` (with or without the leading `#`). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const params = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  const [head, ...rest] = segments;

  if (!head) return { name: 'home' };
  const one = rest.length === 1 ? rest[0] : undefined;
  switch (head) {
    case 'partnerskaber':
      if (rest.length === 0) return { name: 'partnerships' };
      if (rest.length === 1 && one) return { name: 'partnership', id: one };
      if (rest.length === 2 && rest[0] && rest[1])
        return { name: 'partnership', id: rest[0], section: rest[1] };
      break;
    case 'citater':
      if (rest.length === 0) return { name: 'quotes', filters: readFilters(params, QUOTE_KEYS) };
      break;
    case 'faktorer':
      if (rest.length === 0) return { name: 'factors' };
      if (one) return { name: 'factor', id: one };
      break;
    case 'laering':
      if (one) return { name: 'lesson', id: one };
      break;
    case 'soeg':
      if (rest.length === 0)
        return {
          name: 'search',
          q: params.get('q') ?? '',
          filters: readFilters(params, SEARCH_KEYS),
        };
      break;
    case 'noter':
      if (rest.length === 0) return { name: 'notes' };
      if (one === 'ny') return { name: 'noteNew' };
      if (one) return { name: 'note', id: one };
      break;
    case 'handout':
      if (rest.length === 0) return { name: 'handout' };
      break;
    case 'indstillinger':
      if (rest.length === 0) return { name: 'settings' };
      break;
    case 'mine-partnerskaber':
      return parseMyPartnerships(rest) ?? { name: 'notFound', path: `/${segments.join('/')}` };
  }
  return { name: 'notFound', path: `/${segments.join('/')}` };
}

function parseMyPartnerships(rest: string[]): Route | null {
  const [first, second] = rest;
  if (!first) return { name: 'myPartnerships' };
  if (rest.length === 1 && first === 'ny') return { name: 'myPartnershipNew' };
  if (rest.length === 2 && first === 'faktor' && second) return { name: 'myFactor', id: second };
  if (rest.length > 2) return null;
  const tab = (Object.keys(MY_PARTNERSHIP_TABS) as MyPartnershipTab[]).find(
    (key) => MY_PARTNERSHIP_TABS[key] === (second ?? ''),
  );
  return tab ? { name: 'myPartnership', id: first, tab } : null;
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Formats a route as a hash (`#/…`), the inverse of parseHash. */
export function formatHash(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'home':
      return '#/';
    case 'partnerships':
      return '#/partnerskaber';
    case 'partnership':
      return route.section
        ? `#/partnerskaber/${enc(route.id)}/${enc(route.section)}`
        : `#/partnerskaber/${enc(route.id)}`;
    case 'quotes': {
      const params = new URLSearchParams();
      writeFilters(params, QUOTE_KEYS, route.filters);
      return withQuery('#/citater', params);
    }
    case 'factors':
      return '#/faktorer';
    case 'factor':
      return `#/faktorer/${enc(route.id)}`;
    case 'lesson':
      return `#/laering/${enc(route.id)}`;
    case 'search': {
      const params = new URLSearchParams();
      if (route.q) params.set('q', route.q);
      writeFilters(params, SEARCH_KEYS, route.filters);
      return withQuery('#/soeg', params);
    }
    case 'notes':
      return '#/noter';
    case 'note':
      return `#/noter/${enc(route.id)}`;
    case 'noteNew':
      return '#/noter/ny';
    case 'handout':
      return '#/handout';
    case 'settings':
      return '#/indstillinger';
    case 'myPartnerships':
      return '#/mine-partnerskaber';
    case 'myPartnershipNew':
      return '#/mine-partnerskaber/ny';
    case 'myPartnership': {
      const tab = MY_PARTNERSHIP_TABS[route.tab];
      return `#/mine-partnerskaber/${enc(route.id)}${tab ? `/${tab}` : ''}`;
    }
    case 'myFactor':
      return `#/mine-partnerskaber/faktor/${enc(route.id)}`;
    case 'notFound':
      return `#${route.path}`;
  }
}

/** The top-level section a route belongs to, for marking the current navigation item. */
export type Section =
  | 'home'
  | 'partnerships'
  | 'quotes'
  | 'factors'
  | 'search'
  | 'notes'
  | 'myPartnerships'
  | 'handout'
  | 'settings';

export function sectionOf(route: Route): Section | null {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'partnerships':
    case 'partnership':
      return 'partnerships';
    case 'quotes':
      return 'quotes';
    case 'factors':
    case 'factor':
    case 'lesson':
      return 'factors';
    case 'search':
      return 'search';
    case 'notes':
    case 'note':
    case 'noteNew':
      return 'notes';
    case 'handout':
      return 'handout';
    case 'settings':
      return 'settings';
    case 'myPartnerships':
    case 'myPartnershipNew':
    case 'myPartnership':
    case 'myFactor':
      return 'myPartnerships';
    case 'notFound':
      return null;
  }
}
