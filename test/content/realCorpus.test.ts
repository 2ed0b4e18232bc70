// The curated corpus in content/ compiles with the counts the product expects, and every quote is
// verbatim from the source text (the extraction's line-break hyphenation repaired).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compileContent';
import { formatIssue } from '../../scripts/content/contentIssues';
import { EXPECTED_COUNTS } from '../../scripts/content/expectedCounts';
import type { ContentEntry, QuoteEntry } from '../../shared/content/types';
import { FACTOR_GROUPS } from '../../shared/content/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contentDir = path.join(repoRoot, 'content');
const sourceFile = path.resolve(repoRoot, 'test/fixtures/source/000_6a6e91a60e8fe095.txt');

const { corpus, issues } = compileContent(contentDir);
const ofKind = <K extends ContentEntry['kind']>(kind: K) =>
  corpus.entries.filter((e): e is Extract<ContentEntry, { kind: K }> => e.kind === kind);
const filesIn = (folder: string): string[] =>
  fs.readdirSync(path.join(contentDir, folder)).filter((f) => f.endsWith('.md'));

/**
 * The comparison form of a text: a hyphen at a line end in the source may be a broken word
 * ("satspul-\njeinitiativ") or a real hyphen before a line break ("kultur-\nog fritidsliv"), so
 * hyphen + whitespace is dropped on both sides, and whitespace runs become one space.
 */
function comparable(text: string): string {
  return text.replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();
}

describe('the real corpus (content/)', () => {
  it('compiles without a single issue', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('has 2 partnerships, 18 quotes, 1 source and every lesson file', () => {
    expect(
      ofKind('partnership')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['grow-your-life', 'kulturformidling-kbh']);
    expect(ofKind('quote')).toHaveLength(EXPECTED_COUNTS.kinds.quote ?? -1);
    expect(ofKind('source')).toHaveLength(1);
    expect(
      ofKind('lesson')
        .map((l) => `${l.id}.md`)
        .sort(),
    ).toEqual(filesIn('lessons').sort());
    expect(
      ofKind('quote')
        .map((q) => `${q.id}.md`)
        .sort(),
    ).toEqual(filesIn('quotes').sort());
  });

  it('has the 41 factors in their five groups', () => {
    const byGroup = Object.fromEntries(
      FACTOR_GROUPS.map((g) => [g, ofKind('factor').filter((f) => f.group === g).length]),
    );
    expect(byGroup).toEqual({
      relational: 6,
      structural: 10,
      organisational: 3,
      influencing: 18,
      essential: 4,
    });
  });

  it('gives every partnership its eight sections with ascii ids', () => {
    for (const partnership of ofKind('partnership')) {
      expect(partnership.sections.map((s) => s.id.split('/')[1])).toEqual([
        'formaal',
        'organisering',
        'formalisering',
        'frivillige',
        'aktiviteter',
        'partnernes-funktioner',
        'forankring-og-fortsaettelse',
        'resultater-og-laering',
      ]);
    }
  });
});

describe('quotes are verbatim', () => {
  const source = comparable(fs.readFileSync(sourceFile, 'utf8'));

  it.each(ofKind('quote').map((q): [string, QuoteEntry] => [q.id, q]))('%s', (_id, quote) => {
    for (const paragraph of quote.text.split(/\n\s*\n/)) {
      expect(source).toContain(comparable(paragraph));
    }
  });
});
