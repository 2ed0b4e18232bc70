// Table-driven tests of the pure content helpers: slugs, plain text, quote titles, sections.
import { describe, expect, it } from 'vitest';
import { asciiSlug } from '../../shared/content/slug';
import { markdownToPlainText } from '../../shared/content/plainText';
import { deriveQuoteTitle, QUOTE_TITLE_MAX, truncateWords } from '../../shared/content/quoteTitle';
import { splitSections } from '../../shared/content/sections';

describe('asciiSlug', () => {
  it.each([
    ['Formål', 'formaal'],
    ['Forankring og fortsættelse', 'forankring-og-fortsaettelse'],
    ['Resultater og læring', 'resultater-og-laering'],
    ['Møder på midten', 'moeder-paa-midten'],
    ['ÆØÅ æøå', 'aeoeaa-aeoeaa'],
    ['Café & idé', 'cafe-ide'],
    ['  Partnernes   funktioner  ', 'partnernes-funktioner'],
    ['§ 18-midler (2018)', '18-midler-2018'],
    ['Grow Your Life!', 'grow-your-life'],
  ])('%j → %j', (input, expected) => {
    expect(asciiSlug(input)).toBe(expected);
  });
});

describe('markdownToPlainText', () => {
  it.each([
    ['emphasis', 'Tillid er *vigtig* og **nødvendig**.', 'Tillid er vigtig og nødvendig.'],
    ['link keeps its text', 'Se [hæftet](https://vive.dk) her.', 'Se hæftet her.'],
    ['escapes', 'Et \\*ikke\\* fremhævet ord', 'Et *ikke* fremhævet ord'],
    ['entities', 'Kort &amp; Klart &#8211; VIVE', 'Kort & Klart – VIVE'],
    ['soft line break is a space', 'første linje\nanden linje', 'første linje anden linje'],
    ['paragraphs', 'Et.\n\nTo.', 'Et.\n\nTo.'],
    ['heading', '## Formål\n\nTekst.', 'Formål\n\nTekst.'],
    ['bullet list', '- a\n- b **c**', 'a\nb c'],
    ['ordered list', '1. ”Date livet”\n2. Cafe', '”Date livet”\nCafe'],
    ['table', '| A | B |\n| --- | --- |\n| 1 | 2 |', 'A – B\n1 – 2'],
    ['blockquote', '> citeret *tekst*', 'citeret tekst'],
    ['inline html removed', 'a <b>fed</b> b', 'a fed b'],
    ['code span', 'brug `npm run build`', 'brug npm run build'],
    [
      'quote insertions kept',
      'det (…) der [koordinatoren] sagde',
      'det (…) der [koordinatoren] sagde',
    ],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(markdownToPlainText(input)).toBe(expected);
  });
});

describe('deriveQuoteTitle', () => {
  it.each([
    { role: 'Myndighedschef', text: 'Kort citat.', expected: 'Myndighedschef: Kort citat.' },
    {
      role: 'Myndighedschef',
      text: 'Men jeg tænker da, at vi har rykket os på de tre år. Vi ville gerne noget mere.',
      expected: 'Myndighedschef: Men jeg tænker da, at vi har rykket os på de tre år. Vi ville…',
    },
    {
      role: 'Kommunal chef (en af de to kommunale chefer i partnerskabet)',
      text: 'Jeg tror, medarbejderne ude på bostederne er blevet mere åbne over for frivillige.',
      expected: 'Kommunal chef: Jeg tror, medarbejderne ude på bostederne er blevet mere åbne…',
    },
    {
      role: 'Koordinator i frivilligcenteret',
      text: 'Jeg oplever ikke, at (koordinatoren fra kommunen) har været en hindring for os.',
      expected: 'Koordinator i frivilligcenteret: Jeg oplever ikke, at…',
    },
    {
      role: 'Repræsentant for en af de to aftenskoler i partnerskabet i Fredericia',
      text: 'Vi har været meget glade for projektet.',
      expected: 'Repræsentant for en af de to aftenskoler i…: Vi har været meget glade for…',
    },
  ])('$role', ({ role, text, expected }) => {
    const title = deriveQuoteTitle(role, text);
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(QUOTE_TITLE_MAX);
  });

  it.each([
    ['kort', 10, 'kort'],
    ['et to tre fire fem seks', 12, 'et to tre…'],
    ['ord, ord, ord, ord', 11, 'ord, ord…'],
    ['Langtordudenmellemrum', 8, 'Langtor…'],
    ['et to tre', 6, 'et to…'],
  ])('truncateWords(%j, %i) → %j', (text, max, expected) => {
    expect(truncateWords(text, max)).toBe(expected);
  });
});

describe('splitSections', () => {
  it.each([
    {
      name: 'two sections with Danish headings',
      markdown: '## Formål\n\nAt *hjælpe*.\n\n## Resultater og læring\n\nDet virkede.\n',
      expected: [
        {
          slug: 'formaal',
          heading: 'Formål',
          text: 'At hjælpe.',
          html: '<p>At <em>hjælpe</em>.</p>\n',
        },
        {
          slug: 'resultater-og-laering',
          heading: 'Resultater og læring',
          text: 'Det virkede.',
          html: '<p>Det virkede.</p>\n',
        },
      ],
      intro: '',
    },
    {
      name: 'text before the first heading is the intro',
      markdown: 'Indledning.\n\n## Formål\n\nTekst.',
      expected: [{ slug: 'formaal', heading: 'Formål', text: 'Tekst.', html: '<p>Tekst.</p>\n' }],
      intro: 'Indledning.',
    },
    {
      name: 'deeper headings and code blocks stay inside a section',
      markdown: '## Aktiviteter\n\n### Cafe\n\nHver uge.\n\n```\n## ikke et afsnit\n```\n',
      expected: [
        {
          slug: 'aktiviteter',
          heading: 'Aktiviteter',
          text: 'Cafe\n\nHver uge.\n\n## ikke et afsnit',
          html: '<h3>Cafe</h3>\n<p>Hver uge.</p>\n<pre><code>## ikke et afsnit\n</code></pre>\n',
        },
      ],
      intro: '',
    },
    { name: 'no headings', markdown: 'Bare tekst.', expected: [], intro: 'Bare tekst.' },
  ])('$name', ({ markdown, expected, intro }) => {
    const split = splitSections(markdown);
    expect(split.sections).toEqual(expected);
    expect(split.intro.text).toBe(intro);
  });
});
