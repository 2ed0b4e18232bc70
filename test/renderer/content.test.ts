import { describe, expect, it } from 'vitest';
import type { ContentEntry } from '../../shared/content/types';
import type { SearchHit } from '../../shared/search/types';
import { buildContentIndex } from '../../renderer/app/contentIndex';
import { hitRoute } from '../../renderer/views/search/hitRoute';

const base = { file: 'x.md', html: '', text: '' };
const entries: ContentEntry[] = [
  {
    ...base,
    id: 'p',
    kind: 'partnership',
    title: 'P',
    place: '',
    period: '',
    targetGroup: '',
    partners: [],
    summary: '',
    sections: [{ id: 'p/formaal', slug: 'formaal', heading: 'Formål', html: '', text: '' }],
  },
  {
    ...base,
    id: 'citat-a',
    kind: 'quote',
    title: 'A',
    partnership: 'p',
    section: 'formaal',
    speaker: { role: 'Leder', organisation: 'O', certainty: 'sikker' },
    theme: 'T',
    factors: ['f-2'],
    source: 's',
    lessons: [],
  },
  {
    ...base,
    id: 'f-2',
    kind: 'factor',
    title: 'F2',
    group: 'relational',
    order: 2,
    related: [],
    quotes: [],
    lessons: [],
  },
  {
    ...base,
    id: 'f-1',
    kind: 'factor',
    title: 'F1',
    group: 'relational',
    order: 1,
    related: [],
    quotes: [],
    lessons: [],
  },
  {
    ...base,
    id: 'l',
    kind: 'lesson',
    title: 'L',
    order: 1,
    partnerships: [],
    factors: [],
    quotes: [],
  },
];

describe('content index', () => {
  const index = buildContentIndex(entries);

  it('groups the entries by kind, factors in their source order', () => {
    expect(index.partnerships.map((e) => e.id)).toEqual(['p']);
    expect(index.quotes.map((e) => e.id)).toEqual(['citat-a']);
    expect(index.factors.map((e) => e.id)).toEqual(['f-1', 'f-2']);
    expect(index.sections.get('p/formaal')?.heading).toBe('Formål');
  });

  it.each([
    { kind: 'factor', id: 'f-1', found: true },
    { kind: 'quote', id: 'f-1', found: false },
    { kind: 'lesson', id: 'mangler', found: false },
  ] as const)('get($kind, $id) finds: $found', ({ kind, id, found }) => {
    expect(index.get(kind, id) !== undefined).toBe(found);
  });

  it('getAll keeps the order of the ids and leaves out unknown ids and other kinds', () => {
    const ids = index.getAll('factor', ['f-2', 'mangler', 'citat-a', 'f-1']).map((e) => e.id);
    expect(ids).toEqual(['f-2', 'f-1']);
  });
});

describe('hitRoute', () => {
  const index = buildContentIndex(entries);
  const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({
    id,
    kind,
    title: id,
    titleSpans: [],
    score: 1,
    match: 'exact',
    snippet: '',
    snippetSpans: [],
  });

  it.each([
    {
      hit: hit('quote', 'citat-a'),
      expected: { name: 'partnership', id: 'p', section: 'formaal' },
    },
    { hit: hit('quote', 'citat-ukendt'), expected: { name: 'quotes', filters: {} } },
    { hit: hit('factor', 'f-1'), expected: { name: 'factor', id: 'f-1' } },
    { hit: hit('lesson', 'l'), expected: { name: 'lesson', id: 'l' } },
    { hit: hit('partnership', 'p'), expected: { name: 'partnership', id: 'p' } },
    {
      hit: hit('partnership', 'p/formaal'),
      expected: { name: 'partnership', id: 'p', section: 'formaal' },
    },
    { hit: hit('note', 'abc'), expected: { name: 'note', id: 'abc' } },
    { hit: hit('source', 's'), expected: { name: 'home' } },
  ])('opens a $hit.kind hit $hit.id at $expected.name', ({ hit, expected }) => {
    expect(hitRoute(hit, index)).toEqual(expected);
  });
});
