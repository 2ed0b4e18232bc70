// The search service over the real corpus: ranking tiers, multi-word and phrase rules, filters and
// facets, snippets and spans, and any text a person can type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch, stem } from '../../shared/search/danish';
import type { SearchHit, SearchResponse } from '../../shared/search/types';
import { realSearch } from './realCorpus';

const { search, content } = realSearch();
const QUALITY_ORDER = { exact: 0, prefix: 1, compound: 2, fuzzy: 3 } as const;

function expectWellFormed(response: SearchResponse): void {
  expect(response.total).toBeGreaterThanOrEqual(response.hits.length);
  for (const hit of response.hits) {
    for (const span of [...hit.snippetSpans]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(hit.snippet.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
    for (const span of hit.titleSpans) expect(span.end).toBeLessThanOrEqual(hit.title.length);
  }
}

const marked = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end).toLowerCase());

describe('ranking', () => {
  it.each(['frivillig', 'samspil', 'til', 'forvent', 'tilid'])(
    'lists exact matches before prefix matches before typo matches for "%s"',
    (q) => {
      const hits = search.query({ q, limit: 100 }).hits;
      const order = hits.map((h) => QUALITY_ORDER[h.match]);
      expect(hits.length).toBeGreaterThan(0);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );

  it('uses typo tolerance only where the exact query finds nothing', () => {
    expect(search.query({ q: 'tillid', limit: 100 }).hits.some((h) => h.match === 'fuzzy')).toBe(
      false,
    );
    const typo = search.query({ q: 'tilid', limit: 100 });
    expect(typo.hits.every((h) => h.match === 'fuzzy')).toBe(true);
    expect(typo.total).toBe(search.query({ q: 'tillid', limit: 100 }).total);
  });

  it('finds the compounds that begin with the word after the word itself', () => {
    const hits = search.query({ q: 'styregruppe', limit: 100 }).hits;
    const compound = hits.find((h) => h.id === 'relation-hyppig-og-aaben-dialog');
    expect(compound?.match).toBe('prefix');
    expect(marked(compound?.snippet ?? '', compound?.snippetSpans ?? [])).toContain(
      'styregruppemøder',
    );
  });

  it('ranks entries holding every word above entries holding some', () => {
    const hits = search.query({ q: 'tillid kontrakt', limit: 100 }).hits;
    const holdsBoth = (hit: SearchHit) => {
      const entry = content.get(hit.id);
      const words = `${entry.title} ${entry.text}`.toLowerCase();
      // Words that begin with the query words (compounds ending with them do not count).
      return /(?<!\p{L})tillid/u.test(words) && /(?<!\p{L})kontrakt/u.test(words);
    };
    const flags = hits.map(holdsBoth);
    expect(flags[0]).toBe(true);
    expect(flags.lastIndexOf(true)).toBeLessThan(flags.indexOf(false));
  });

  it('keeps only entries with a quoted phrase, and all of them', () => {
    const phrase = search.query({ q: '"fælles mål"', limit: 100 });
    const loose = search.query({ q: 'fælles mål', limit: 100 });
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.total).toBeLessThan(loose.total);
    for (const hit of phrase.hits) {
      const entry = content.get(hit.id);
      // A quote also holds the wording of the factors it is tagged with.
      const tags = entry.kind === 'quote' ? entry.factors.map((id) => content.get(id).title) : [];
      expect(`${entry.title} ${entry.text} ${tags.join(' ')}`.toLowerCase()).toMatch(
        /fælles\s+(mål|målet|målene)/,
      );
    }
  });

  it('weighs titles and quotes above body text', () => {
    const [first] = search.query({ q: 'legitimitet' }).hits;
    expect(first?.titleSpans.length).toBeGreaterThan(0);
  });

  // With every field boost at 1 these rank body-text hits first (a mutation probe, test/README.md).
  it.each(['ledelse', 'roller'])('ranks an entry with "%s" in its title first', (q) => {
    const [first, second] = search.query({ q }).hits;
    expect(first?.titleSpans.length, first?.id).toBeGreaterThan(0);
    expect(first?.score).toBeGreaterThan(second?.score ?? 0);
  });

  it('ranks the quote that says "kontrakt" above the factors that explain it', () => {
    expect(search.query({ q: 'kontrakt' }).hits[0]?.kind).toBe('quote');
  });
});

describe('snippets and spans', () => {
  it.each(['aftenskolerne', 'frivillig', 'museet', 'tilid', 'forvent'])(
    'marks only words that match "%s" in the snippet and the title',
    (q) => {
      const response = search.query({ q, limit: 50 });
      expectWellFormed(response);
      const queryStem = stem(foldForMatch(q)).slice(0, 4);
      for (const hit of response.hits) {
        for (const word of [
          ...marked(hit.snippet, hit.snippetSpans),
          ...marked(hit.title, hit.titleSpans),
        ]) {
          expect(word.startsWith(queryStem) || word.startsWith(q.slice(0, 3))).toBe(true);
        }
      }
      expect(response.hits.some((h) => h.snippetSpans.length > 0)).toBe(true);
    },
  );

  it('ends a lesson box heading as a sentence instead of running it into the prose', () => {
    const lesson = search
      .query({ q: 'lærende platform partnerne', limit: 50 })
      .hits.find((h) => h.id === 'laering-forskellige-interesser');
    expect(lesson?.snippet).toContain('platform. Erfaring fra Grow Your Life. Partnerne');
  });

  it('never glues a heading of any entry to the words after it', () => {
    const glued: string[] = [];
    for (const entry of content.all()) {
      const headings = [...entry.html.matchAll(/<h[1-6][^>]*>([^<]+)<\/h[1-6]>/g)].map((m) =>
        (m[1] as string).trim(),
      );
      for (const heading of headings) {
        const words = heading.split(' ').slice(-2).join(' ');
        for (const hit of search.query({ q: words, limit: 100 }).hits) {
          if (hit.id === entry.id && hit.snippet.includes(`${heading} `))
            glued.push(`${entry.id}: ${hit.snippet}`);
        }
      }
    }
    expect(glued).toEqual([]);
  });

  it('gives quotes their speaker and factors their group', () => {
    const hits = search.query({ q: 'tillid', limit: 100 }).hits;
    for (const hit of hits) {
      const entry = content.get(hit.id);
      if (entry.kind === 'quote') expect(hit.speaker).toContain(entry.speaker.role);
      if (entry.kind === 'factor') expect(hit.group).toBe(entry.group);
    }
  });
});

describe('filters and facets', () => {
  const all = search.query({ q: 'frivillige', limit: 500 });

  it('counts each kind in the result set', () => {
    const counts: Record<string, number> = {};
    for (const hit of all.hits) counts[hit.kind] = (counts[hit.kind] ?? 0) + 1;
    expect(all.facets.kind).toEqual(counts);
  });

  it('filters by kind and still counts the other kinds', () => {
    const quotes = search.query({ q: 'frivillige', kinds: ['quote'], limit: 500 });
    expect(quotes.hits.every((h) => h.kind === 'quote')).toBe(true);
    expect(quotes.total).toBe(all.facets.kind.quote);
    expect(quotes.facets.kind).toEqual(all.facets.kind);
  });

  it('filters by partnership, factor group and factor, matching the facet counts', () => {
    for (const [partnership, count] of Object.entries(all.facets.partnership)) {
      expect(search.query({ q: 'frivillige', partnership, limit: 500 }).total).toBe(count);
    }
    for (const [factorGroup, count] of Object.entries(all.facets.factorGroup)) {
      const response = search.query({
        q: 'frivillige',
        factorGroup: factorGroup as SearchHit['group'] & string,
        limit: 500,
      });
      expect(response.total).toBe(count);
    }
    const [factor, count] = Object.entries(all.facets.factor)[0] ?? ['', 0];
    const byFactor = search.query({ q: 'frivillige', factor, limit: 500 });
    expect(byFactor.total).toBe(count);
    for (const hit of byFactor.hits) {
      const entry = content.get(hit.id);
      const factors =
        entry.kind === 'factor' ? [entry.id] : 'factors' in entry ? entry.factors : [];
      expect(factors).toContain(factor);
    }
  });

  it('takes several values per filter: any of them within a filter, every filter across', () => {
    const ids = (response: SearchResponse) => new Set(response.hits.map((h) => h.id));
    const both = search.query({
      q: 'frivillige',
      partnership: ['grow-your-life', 'kulturformidling-kbh'],
      limit: 500,
    });
    const gyl = search.query({ q: 'frivillige', partnership: 'grow-your-life', limit: 500 });
    const kbh = search.query({ q: 'frivillige', partnership: 'kulturformidling-kbh', limit: 500 });
    expect(ids(both)).toEqual(new Set([...ids(gyl), ...ids(kbh)]));
    expect(both.total).toBeGreaterThan(Math.max(gyl.total, kbh.total));

    const groups = search.query({
      q: 'frivillige',
      factorGroup: ['relational', 'structural'],
      limit: 500,
    });
    const and = search.query({
      q: 'frivillige',
      factorGroup: ['relational', 'structural'],
      kinds: ['quote'],
      partnership: 'grow-your-life',
      limit: 500,
    });
    expect(and.total).toBeGreaterThan(0);
    expect(and.total).toBeLessThan(groups.total);
    for (const hit of and.hits) {
      expect(hit.kind).toBe('quote');
      expect(hit.partnership).toBe('grow-your-life');
      expect(ids(groups).has(hit.id)).toBe(true);
    }
    // The facet counts of one filter are made with the other filters only.
    expect(and.facets.partnership['kulturformidling-kbh']).toBeGreaterThan(0);
  });

  it('returns nothing for an unknown filter value instead of failing', () => {
    expect(search.query({ q: 'frivillige', partnership: 'findes-ikke' }).total).toBe(0);
  });

  it('respects the limit', () => {
    expect(search.query({ q: 'frivillige', limit: 3 }).hits).toHaveLength(3);
  });
});

describe('any text a person can type', () => {
  const hostile = [
    '',
    ' ',
    ':',
    '~',
    '^',
    '+',
    '-',
    '*',
    'tillid:',
    'title:tillid',
    'tillid~',
    '~2',
    '^10',
    '+-*:~^',
    '"',
    '""',
    '"tillid',
    '„tillid“',
    '(tillid)',
    '[kontrakt]',
    '\\',
    '/',
    '%',
    'og',
    'og det i at',
    'og det i at ',
    '-tillid',
    '+',
    '🙂 tillid',
    'tillid'.repeat(400),
    Array.from({ length: 400 }, (_, i) => `ord${i}`).join(' '),
    'a\u0000b',
    '\u202etillid',
    '<script>alert(1)</script>',
    "'; DROP TABLE notes; --",
    'NEAR(tillid kontrakt)',
    'tillid AND kontrakt OR NOT',
  ];
  it.each(hostile.map((q) => [q.slice(0, 40), q]))('handles %j', (_label, q) => {
    const response = search.query({ q: q as string });
    expectWellFormed(response);
  });

  it('never throws and always returns well-formed results (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), (q) => {
        expectWellFormed(search.query({ q, limit: 5 }));
      }),
      { numRuns: 300 },
    );
  });

  it('returns nothing for a query of stop words only', () => {
    expect(search.query({ q: 'og det i at ' }).total).toBe(0);
  });
});
