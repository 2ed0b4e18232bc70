// A small, valid content folder to compile in tests; each test breaks one thing in a copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PARTNERSHIP_SECTION_HEADINGS } from '../../shared/content/schema';
import { asciiSlug } from '../../shared/content/slug';
import { compileContentOrThrow, writeCompiledContent } from '../../scripts/content/compileContent';

export type FixtureFiles = Record<string, string>;

const sections = PARTNERSHIP_SECTION_HEADINGS.map(
  (heading) => `## ${heading}\n\nOm ${heading.toLowerCase()} i partnerskabet.\n`,
).join('\n');

const sectionLines = PARTNERSHIP_SECTION_HEADINGS.map((h) => `  ${asciiSlug(h)}: [1]`).join('\n');

const SOURCE_TEXT = [
  'Partnerskabet A i Fredericia.',
  '',
  'Tillid er vigtig.',
  'Rammer er vigtige.',
  'Vi synes, det er rigtig vigtigt at have en kontrakt (…) hvad er det lige der sker?',
  'Kort citat.',
  '',
].join('\n');

export function validFixture(): FixtureFiles {
  return {
    'README.md': '# Ikke et opslag\n\nSkal springes over.\n',
    'search/glossary.md': 'trust: tillid\n',
    // The source text the fixture's source_lines count in (6 lines; line 2 is blank).
    'sources/kilde-test.txt': SOURCE_TEXT,
    'sources/kilde-test.md': `---
id: kilde-test
kind: source
title: "Testhæftet"
citation: "Test (2018): Testhæftet."
publisher: "Testforlaget"
year: 2018
certainty: "sikker"
source_text: sources/kilde-test.txt
source_lines: [1]
---

Et hæfte til test.
`,
    'partnerships/pa.md': `---
id: pa
kind: partnership
title: "Partnerskab A"
place: "Fredericia"
period: "maj 2015 – marts 2018"
targetGroup: "Unge voksne"
partners: ["Frivilligcenter A", "Aftenskolen B"]
summary: "Et partnerskab til test."
source_lines:
  summary: [1]
${sectionLines}
---

${sections}`,
    'quotes/citat-a.md': `---
id: citat-a
kind: quote
partnership: pa
section: formaal
speaker:
  role: "Leder af frivilligcenteret"
  organisation: "Frivilligcenter A"
  certainty: sikker
theme: "Formål"
factors: [relation-a]
source: kilde-test
source_lines: [5]
---

Vi synes, det er rigtig vigtigt at have en kontrakt (…) hvad er det lige der sker?
`,
    'quotes/citat-b.md': `---
id: citat-b
kind: quote
partnership: pa
section: organisering
speaker:
  role: "Koordinator (en af to)"
  organisation: "Aftenskolen B"
  certainty: sandsynlig
  note: "Kilden nævner kun koordinatoren."
theme: "Organisering"
factors: [relation-a, struktur-b]
source: kilde-test
source_lines: [6]
---

Kort citat.
`,
    'factors/relation-a.md': `---
id: relation-a
kind: factor
group: relational
order: 1
title: "Gensidig tillid"
related: [struktur-b]
quotes: [citat-a, citat-b]
lessons: [laering-x]
source_lines: [3]
---

Tillid er *vigtig*.
`,
    'factors/struktur-b.md': `---
id: struktur-b
kind: factor
group: structural
order: 1
title: "Formelle rammer"
related: [relation-a]
quotes: [citat-b]
lessons: []
source_lines: [3-4]
---

Rammer er vigtige.
`,
    'lessons/laering-x.md': `---
id: laering-x
kind: lesson
title: "Læring X"
order: 1
partnerships: [pa]
factors: [relation-a]
quotes: [citat-a]
source_lines: [1, 3-4]
---

Læringen.

| A | B |
| --- | --- |
| 1 | 2 |
`,
  };
}

export function writeFixture(
  files: FixtureFiles,
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-content-')),
): string {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Replaces text in one fixture file, failing loudly when the text is not there. */
export function edit(files: FixtureFiles, file: string, from: string | RegExp, to: string): void {
  const text = files[file];
  if (text === undefined) throw new Error(`fixture has no ${file}`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture ${file} does not contain ${String(from)}`);
  files[file] = next;
}

/** The valid fixture written out and compiled, as the app would load it (counts not checked). */
export function compiledFixture(): { contentDir: string; corpusDir: string } {
  const contentDir = writeFixture(validFixture());
  const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-corpus-'));
  writeCompiledContent(corpusDir, compileContentOrThrow(contentDir, { expectCounts: false }));
  return { contentDir, corpusDir };
}
