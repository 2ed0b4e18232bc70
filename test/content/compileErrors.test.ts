// Each broken fixture corpus must be reported with file, field and what is wrong, and every
// problem of a corpus must be listed, not just the first.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compileContent';
import { formatIssue } from '../../scripts/content/contentIssues';
import { edit, validFixture, writeFixture, type FixtureFiles } from './fixtureCorpus';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function compileLines(files: FixtureFiles): { dir: string; lines: string[] } {
  const dir = writeFixture(files);
  dirs.push(dir);
  const { issues } = compileContent(dir, { expectCounts: false });
  return { dir, lines: issues.map(formatIssue) };
}

interface BrokenCase {
  name: string;
  breakIt(files: FixtureFiles): void;
  /** Lines expected in the report; `DIR` stands for the fixture folder. */
  expected: string[];
}

const cases: BrokenCase[] = [
  {
    name: 'missing field',
    breakIt: (f) => edit(f, 'quotes/citat-a.md', 'theme: "Formål"\n', ''),
    expected: ['DIR/quotes/citat-a.md: theme: mangler'],
  },
  {
    name: 'wrong type',
    breakIt: (f) => edit(f, 'factors/struktur-b.md', 'order: 1', 'order: "første"'),
    expected: ['DIR/factors/struktur-b.md: order: skal være et tal, men er teksten "første"'],
  },
  {
    name: 'unknown field',
    breakIt: (f) => edit(f, 'lessons/laering-x.md', 'order: 1', 'order: 1\ncolour: red'),
    expected: ['DIR/lessons/laering-x.md: colour: ukendt felt (se content/README.md for felterne)'],
  },
  {
    name: 'unknown kind',
    breakIt: (f) => edit(f, 'sources/kilde-test.md', 'kind: source', 'kind: recipe'),
    expected: [
      'DIR/sources/kilde-test.md: kind: ukendt type "recipe" (gyldige: source, partnership, quote, factor, lesson)',
    ],
  },
  {
    name: 'kind in the wrong folder',
    breakIt: (f) => {
      f['lessons/laering-y.md'] = (f['factors/struktur-b.md'] as string).replace(
        'struktur-b',
        'laering-y',
      );
    },
    expected: [
      'DIR/lessons/laering-y.md: kind: "factor" hører ikke til i mappen lessons/ (der skal kind være "lesson")',
    ],
  },
  {
    name: 'duplicate id',
    breakIt: (f) => void (f['quotes/ekstra/citat-a.md'] = f['quotes/citat-a.md'] as string),
    expected: ['DIR/quotes/ekstra/citat-a.md: id: "citat-a" bruges også i DIR/quotes/citat-a.md'],
  },
  {
    name: 'id differs from the file name',
    breakIt: (f) => edit(f, 'factors/struktur-b.md', 'id: struktur-b', 'id: struktur-c'),
    expected: [
      'DIR/factors/struktur-b.md: id: "struktur-c" skal være lig med filnavnet uden .md ("struktur-b")',
    ],
  },
  {
    name: 'unknown factor id',
    breakIt: (f) =>
      edit(f, 'quotes/citat-a.md', 'factors: [relation-a]', 'factors: [relation-a, relation-foo]'),
    expected: ['DIR/quotes/citat-a.md: factors[1]: ukendt faktor-id "relation-foo"'],
  },
  {
    name: 'dangling partnership, section, source, lesson and related links',
    breakIt: (f) => {
      edit(f, 'lessons/laering-x.md', 'partnerships: [pa]', 'partnerships: [pa, pb]');
      edit(f, 'quotes/citat-b.md', 'section: organisering', 'section: ledelse');
      edit(f, 'quotes/citat-b.md', 'source: kilde-test', 'source: kilde-x');
      edit(f, 'factors/struktur-b.md', 'lessons: []', 'lessons: [laering-z]');
      edit(
        f,
        'factors/struktur-b.md',
        'related: [relation-a]',
        'related: [relation-a, relation-q]',
      );
    },
    expected: [
      'DIR/lessons/laering-x.md: partnerships[1]: ukendt partnerskab "pb"',
      'DIR/quotes/citat-b.md: section: partnerskabet "pa" har intet afsnit "ledelse" (afsnit: formaal, organisering, formalisering, frivillige, aktiviteter, partnernes-funktioner, forankring-og-fortsaettelse, resultater-og-laering)',
      'DIR/quotes/citat-b.md: source: ukendt kilde "kilde-x"',
      'DIR/factors/struktur-b.md: lessons[0]: ukendt lærings-id "laering-z"',
      'DIR/factors/struktur-b.md: related[1]: ukendt faktor-id "relation-q"',
    ],
  },
  {
    name: 'link to an entry of the wrong kind',
    breakIt: (f) =>
      edit(f, 'lessons/laering-x.md', 'quotes: [citat-a]', 'quotes: [citat-a, relation-a]'),
    expected: [
      'DIR/lessons/laering-x.md: quotes[1]: "relation-a" er af typen factor (faktor), men feltet skal pege på typen quote (citat)',
    ],
  },
  {
    name: 'same id twice in a list',
    breakIt: (f) =>
      edit(f, 'lessons/laering-x.md', 'quotes: [citat-a]', 'quotes: [citat-a, citat-a]'),
    expected: ['DIR/lessons/laering-x.md: quotes[1]: "citat-a" står allerede i listen'],
  },
  {
    name: 'two factors in one position of a group',
    breakIt: (f) => {
      f['factors/relation-c.md'] = (f['factors/relation-a.md'] as string)
        .replace('id: relation-a', 'id: relation-c')
        .replace(
          /related: .*\nquotes: .*\nlessons: .*\n/,
          'related: []\nquotes: []\nlessons: []\n',
        );
    },
    expected: ['DIR/factors/relation-c.md: order: 1 bruges også af DIR/factors/relation-a.md'],
  },
  {
    name: 'factor ↔ quote link one way only',
    breakIt: (f) => edit(f, 'factors/struktur-b.md', 'quotes: [citat-b]', 'quotes: []'),
    expected: [
      'DIR/quotes/citat-b.md: factors[1]: DIR/factors/struktur-b.md mangler "citat-b" i quotes (links skal gå begge veje)',
    ],
  },
  {
    name: 'factor ↔ lesson link one way only',
    breakIt: (f) =>
      edit(f, 'lessons/laering-x.md', 'factors: [relation-a]', 'factors: [relation-a, struktur-b]'),
    expected: [
      'DIR/lessons/laering-x.md: factors[1]: DIR/factors/struktur-b.md mangler "laering-x" i lessons (links skal gå begge veje)',
    ],
  },
  {
    name: 'related link one way only',
    breakIt: (f) => edit(f, 'factors/struktur-b.md', 'related: [relation-a]', 'related: []'),
    expected: [
      'DIR/factors/relation-a.md: related[0]: DIR/factors/struktur-b.md mangler "relation-a" i related (links skal gå begge veje)',
    ],
  },
  {
    name: 'required partnership section missing',
    breakIt: (f) => edit(f, 'partnerships/pa.md', /## Frivillige\n/, '### Frivillige\n'),
    expected: ['DIR/partnerships/pa.md: afsnit: "## Frivillige" mangler'],
  },
  {
    name: 'partnership sections in the wrong order',
    breakIt: (f) =>
      edit(f, 'partnerships/pa.md', /(## Formål\n\n.*\n\n)(## Organisering\n\n.*\n\n)/, '$2$1'),
    expected: ['DIR/partnerships/pa.md: afsnit: "## Organisering" står i forkert rækkefølge'],
  },
  {
    name: 'speaker note missing when the speaker is uncertain',
    breakIt: (f) => edit(f, 'quotes/citat-b.md', / {2}note: .*\n/, ''),
    expected: [
      'DIR/quotes/citat-b.md: speaker.note: mangler (påkrævet, når certainty er "sandsynlig": skriv hvorfor taleren er usikker)',
    ],
  },
  {
    name: 'bad YAML',
    breakIt: (f) =>
      edit(f, 'factors/relation-a.md', 'title: "Gensidig tillid"', 'title: "Gensidig tillid'),
    expected: ['DIR/factors/relation-a.md: front matter: ugyldig YAML i linje'],
  },
  {
    name: 'raw script, event handler and script link in a body',
    breakIt: (f) => {
      edit(f, 'lessons/laering-x.md', 'Læringen.', 'Læringen.\n\n<script>alert(1)</script>');
      edit(
        f,
        'factors/struktur-b.md',
        'Rammer er vigtige.',
        'Rammer <img src="x" onerror="alert(1)"> er vigtige.',
      );
      edit(
        f,
        'sources/kilde-test.md',
        'Et hæfte til test.',
        'Et [hæfte](javascript:alert(1)) til test.',
      );
    },
    expected: [
      'DIR/lessons/laering-x.md: brødtekst (linje 14): rå HTML-elementet <script> er ikke tilladt',
      'DIR/factors/struktur-b.md: brødtekst (linje 13): rå HTML med event-handler (on…=) er ikke tilladt',
      'DIR/sources/kilde-test.md: brødtekst (linje 13): linkadressen "javascript:alert(1)" er ikke tilladt',
    ],
  },
  {
    name: 'source_lines missing',
    breakIt: (f) => edit(f, 'factors/struktur-b.md', 'source_lines: [3-4]\n', ''),
    expected: ['DIR/factors/struktur-b.md: source_lines: mangler'],
  },
  {
    name: 'source_lines item neither a line nor a range',
    breakIt: (f) =>
      edit(f, 'lessons/laering-x.md', 'source_lines: [1, 3-4]', 'source_lines: [1, tre]'),
    expected: [
      'DIR/lessons/laering-x.md: source_lines[1]: skal være et linjenummer (fx 455) eller et interval (fx 397-399), men er teksten "tre"',
    ],
  },
  {
    name: 'source_lines past the end, backwards or blank',
    breakIt: (f) => {
      edit(f, 'factors/relation-a.md', 'source_lines: [3]', 'source_lines: [3, 99]');
      edit(f, 'factors/struktur-b.md', 'source_lines: [3-4]', 'source_lines: [4-3]');
      edit(f, 'quotes/citat-a.md', 'source_lines: [5]', 'source_lines: [2]');
      edit(f, 'quotes/citat-b.md', 'source_lines: [6]', 'source_lines: [0-1]');
    },
    expected: [
      'DIR/factors/relation-a.md: source_lines[1]: linje 99 findes ikke (DIR/sources/kilde-test.txt har 6 linjer)',
      'DIR/factors/struktur-b.md: source_lines[0]: intervallet 4-3 går baglæns',
      'DIR/quotes/citat-a.md: source_lines[0]: linje 2 er tom i DIR/sources/kilde-test.txt',
      'DIR/quotes/citat-b.md: source_lines[0]: linjerne tælles fra 1',
    ],
  },
  {
    name: 'partnership source_lines without a section, with an unknown key, past the end',
    breakIt: (f) => {
      edit(f, 'partnerships/pa.md', '  frivillige: [1]\n', '  frivilige: [1]\n');
      edit(f, 'partnerships/pa.md', '  summary: [1]', '  summary: [1-7]');
    },
    expected: [
      'DIR/partnerships/pa.md: source_lines: mangler "frivillige" (én liste for summary, formaal,',
      'DIR/partnerships/pa.md: source_lines.frivilige: ukendt nøgle (gyldige: summary, formaal,',
      'DIR/partnerships/pa.md: source_lines.summary[0]: linje 7 findes ikke (DIR/sources/kilde-test.txt har 6 linjer)',
    ],
  },
  {
    name: 'source text missing',
    breakIt: (f) => delete f['sources/kilde-test.txt'],
    expected: [
      'DIR/sources/kilde-test.md: source_text: kildeteksten DIR/sources/kilde-test.txt findes ikke eller kan ikke læses',
    ],
  },
  {
    name: 'file outside the known folders',
    breakIt: (f) => void (f['notes/citat-c.md'] = f['quotes/citat-a.md'] as string),
    expected: ['DIR/notes/citat-c.md: ligger uden for de kendte mapper'],
  },
];

describe('compileContent reports broken content with file and field', () => {
  it('compiles the valid fixture without a single issue', () => {
    expect(compileLines(validFixture()).lines).toEqual([]);
  });

  it.each(cases)('$name', ({ breakIt, expected }) => {
    const files = validFixture();
    breakIt(files);
    const { dir, lines } = compileLines(files);
    for (const line of expected) {
      const want = line.replaceAll('DIR', dir);
      expect(
        lines.some((l) => l.startsWith(want)),
        `missing: ${want}\nreported:\n${lines.join('\n')}`,
      ).toBe(true);
    }
  });

  it('lists every problem of a corpus at once, not just the first', () => {
    // Cases that break different lines, so that they can all be broken in one corpus.
    const together = [
      'missing field',
      'wrong type',
      'unknown kind',
      'unknown factor id',
      'required partnership section missing',
      'speaker note missing when the speaker is uncertain',
      'bad YAML',
      'source_lines missing',
      'file outside the known folders',
    ].map((name) => cases.find((c) => c.name === name) as BrokenCase);
    const files = validFixture();
    for (const c of together) c.breakIt(files);
    const { dir, lines } = compileLines(files);
    expect(together.every(Boolean)).toBe(true);
    for (const line of together.flatMap((c) => c.expected)) {
      const want = line.replaceAll('DIR', dir);
      expect(
        lines.some((l) => l.startsWith(want)),
        `missing: ${want}\nreported:\n${lines.join('\n')}`,
      ).toBe(true);
    }
  });

  it('checks the counts the product expects unless told not to', () => {
    const dir = writeFixture(validFixture());
    dirs.push(dir);
    const lines = compileContent(dir).issues.map(formatIssue);
    expect(lines).toContain(`${dir}: antal quote: forventede 18 (citater), fandt 2`);
    expect(lines).toContain(`${dir}: antal faktorer i gruppen influencing: forventede 18, fandt 0`);
    expect(compileContent(dir, { expectCounts: false }).issues).toEqual([]);
  });
});
