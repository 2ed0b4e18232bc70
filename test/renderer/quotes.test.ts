import { describe, expect, it } from 'vitest';
import type { QuoteEntry, Speaker } from '../../shared/content/types';
import { escapeHtml } from '../../shared/escapeHtml';
import { quoteCopy } from '../../renderer/views/quotes/quoteCopy';
import { filterQuotes, quoteFilterOptions } from '../../renderer/views/quotes/quoteFilters';

function quote(
  id: string,
  over: Partial<Omit<QuoteEntry, 'speaker'>> & { speaker?: Partial<Speaker> } = {},
): QuoteEntry {
  const { speaker, ...rest } = over;
  return {
    id,
    kind: 'quote',
    title: id,
    file: `quotes/${id}.md`,
    html: '<p>x</p>',
    text: 'Vi skal have en kontrakt.',
    partnership: 'grow-your-life',
    section: 'formalisering',
    theme: 'Formalisering',
    factors: ['struktur-formelle-rammer-oekonomi'],
    source: 'kilde-vive-2018',
    lessons: [],
    ...rest,
    speaker: {
      role: 'Leder',
      organisation: 'Frivilligcenter Fredericia',
      certainty: 'sikker',
      ...speaker,
    },
  };
}

describe('quoteCopy', () => {
  const context = { partnershipTitle: 'Grow Your Life', citation: 'VIVE (2018): Partnerskaber.' };

  it('puts the quote, speaker, organisation, partnership and citation in text and HTML', () => {
    const copied = quoteCopy(quote('a'), context, { source: 'Kilde' });
    expect(copied.text).toBe(
      '»Vi skal have en kontrakt.«\n– Leder, Frivilligcenter Fredericia, Grow Your Life\nKilde: VIVE (2018): Partnerskaber.',
    );
    expect(copied.html).toBe(
      '<blockquote><p>Vi skal have en kontrakt.</p></blockquote>\n' +
        '<p>– Leder, Frivilligcenter Fredericia, Grow Your Life</p>\n' +
        '<p>Kilde: <cite>VIVE (2018): Partnerskaber.</cite></p>',
    );
  });

  it('says so when the speaker is not certain', () => {
    const copied = quoteCopy(quote('b', { speaker: { certainty: 'sandsynlig' } }), context, {
      source: 'Kilde',
      uncertainty: 'sandsynlig taler',
    });
    expect(copied.text).toContain(
      '– Leder, Frivilligcenter Fredericia (sandsynlig taler), Grow Your Life',
    );
  });

  it('names the partnership once when the organisation already does', () => {
    const copied = quoteCopy(
      quote('d', { speaker: { organisation: 'En af de to aftenskoler i Grow Your Life' } }),
      context,
      { source: 'Kilde' },
    );
    expect(copied.text.split('\n')[1]).toBe('– Leder, En af de to aftenskoler i Grow Your Life');
    expect(copied.text.match(/Grow Your Life/g)).toHaveLength(1);
  });

  it('keeps paragraphs and escapes markup in the HTML', () => {
    const copied = quoteCopy(
      quote('c', { text: 'Første <del>\nlinje.\n\nAnden & sidste.' }),
      context,
      {
        source: 'Source',
      },
    );
    expect(copied.text.split('\n')[0]).toBe('»Første <del> linje.');
    expect(copied.html).toContain('<p>Første &lt;del&gt; linje.</p><p>Anden &amp; sidste.</p>');
  });

  it.each([
    {
      input: `<a href="x" onclick='y'>&`,
      expected: '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;',
    },
    { input: 'æøå (…)', expected: 'æøå (…)' },
  ])('escapes $input', ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('quote filters', () => {
  const quotes = [
    quote('a'),
    quote('b', { partnership: 'kulturformidling-kbh', theme: 'Forankring', factors: ['x', 'y'] }),
    quote('c', { theme: 'Åbenhed og inddragelse', speaker: { role: 'Myndighedschef' } }),
  ];

  it.each([
    { filters: {}, expected: ['a', 'b', 'c'] },
    { filters: { partnership: 'grow-your-life' }, expected: ['a', 'c'] },
    { filters: { theme: 'Forankring' }, expected: ['b'] },
    { filters: { factor: 'y' }, expected: ['b'] },
    { filters: { role: 'Myndighedschef' }, expected: ['c'] },
    { filters: { partnership: 'grow-your-life', role: 'Leder' }, expected: ['a'] },
    { filters: { partnership: 'kulturformidling-kbh', role: 'Myndighedschef' }, expected: [] },
  ])('filters by $filters', ({ filters, expected }) => {
    expect(filterQuotes(quotes, filters).map((q) => q.id)).toEqual(expected);
  });

  it('offers distinct themes and roles in Danish order, and every factor used', () => {
    const options = quoteFilterOptions(quotes);
    expect(options.themes).toEqual(['Forankring', 'Formalisering', 'Åbenhed og inddragelse']);
    expect(options.roles).toEqual(['Leder', 'Myndighedschef']);
    expect(options.factorIds).toEqual(['struktur-formelle-rammer-oekonomi', 'x', 'y']);
  });
});
