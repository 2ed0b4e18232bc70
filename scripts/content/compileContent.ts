// content/ → the compiled corpus: read, validate every file, check the links between them, derive
// what is derived, and collect ALL problems so that one build run shows everything to fix.
import fs from 'node:fs';
import { writeFileAtomic } from '../../electron/services/atomicFile';
import path from 'node:path';
import type { ContentEntry, Corpus, EntryKind } from '../../shared/content/types';
import { ENTRY_KINDS, FACTOR_GROUPS } from '../../shared/content/types';
import { buildSearchIndex } from '../search/buildIndex';
import { buildEntry } from './buildEntry';
import { checkLinks, deriveQuoteLessons, type CompiledFile, type InvalidFile } from './checkLinks';
import { KIND_NAMES } from '../../shared/content/names';
import { ContentBuildError, displayPath, type ContentIssue } from './contentIssues';
import { EXPECTED_COUNTS, type ExpectedCounts } from './expectedCounts';
import { readContentFiles } from './readContentFiles';
import { checkSourceLines, type SourceLinesFile } from './checkSourceLines';
import { CORPUS_FILE, SEARCH_INDEX_FILE } from '../../electron/services/content/corpusFiles';

export interface CompileOptions {
  /** The counts the product expects, or false for fixture corpora. Default: EXPECTED_COUNTS. */
  expectCounts?: ExpectedCounts | false;
  /** Build time stamp (default: now). */
  builtAt?: Date;
}

export interface CompileResult {
  corpus: Corpus;
  issues: ContentIssue[];
}

export function compileContent(contentDir: string, options: CompileOptions = {}): CompileResult {
  const { files, issues, unreadableIds } = readContentFiles(contentDir);
  const compiled: CompiledFile[] = [];
  const invalid: InvalidFile[] = [];
  const withLines: SourceLinesFile[] = [];
  // Entries that exist but did not compile: links to them are not reported as dangling.
  const brokenIds = new Set<string>(unreadableIds);
  for (const raw of files) {
    const built = buildEntry(raw);
    issues.push(...built.issues);
    if (built.entry) {
      const { entry } = built;
      compiled.push({ entry, shown: raw.shown });
      const sectionSlugs = entry.kind === 'partnership' ? entry.sections.map((s) => s.slug) : [];
      withLines.push({ shown: raw.shown, kind: entry.kind, data: raw.data, sectionSlugs });
      continue;
    }
    const id = typeof raw.data.id === 'string' ? raw.data.id : path.basename(raw.file, '.md');
    brokenIds.add(id);
    if (built.invalidKind)
      invalid.push({ id, kind: built.invalidKind, shown: raw.shown, data: raw.data });
  }
  issues.push(...checkLinks(compiled, invalid, brokenIds));
  issues.push(...checkSourceLines(withLines, contentDir));
  const entries = sortEntries(compiled.map((c) => c.entry));
  deriveQuoteLessons(entries);
  const expected = options.expectCounts ?? EXPECTED_COUNTS;
  if (expected) issues.push(...checkCounts(entries, expected, displayPath(contentDir)));
  const builtAt = (options.builtAt ?? new Date()).toISOString();
  return { corpus: { formatVersion: 1, builtAt, entries }, issues };
}

/** Like compileContent, but throws a ContentBuildError listing every issue. */
export function compileContentOrThrow(contentDir: string, options: CompileOptions = {}): Corpus {
  const { corpus, issues } = compileContent(contentDir, options);
  if (issues.length > 0) throw new ContentBuildError(issues);
  return corpus;
}

function sortKey(entry: ContentEntry): [number, number, number, string] {
  const kind = ENTRY_KINDS.indexOf(entry.kind);
  if (entry.kind === 'factor')
    return [kind, FACTOR_GROUPS.indexOf(entry.group), entry.order, entry.id];
  if (entry.kind === 'lesson') return [kind, 0, entry.order, entry.id];
  return [kind, 0, 0, entry.kind === 'quote' ? `${entry.partnership}/${entry.id}` : entry.id];
}

/** Stable reading order: sources, partnerships, quotes, factors by group and position, lessons. */
function sortEntries(entries: ContentEntry[]): ContentEntry[] {
  return [...entries].sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3].localeCompare(y[3]);
  });
}

export function countByKind(entries: readonly ContentEntry[]): Record<EntryKind, number> {
  const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<EntryKind, number>;
  for (const entry of entries) counts[entry.kind]++;
  return counts;
}

function checkCounts(
  entries: ContentEntry[],
  expected: ExpectedCounts,
  shown: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const counts = countByKind(entries);
  for (const kind of ENTRY_KINDS) {
    const want = expected.kinds[kind];
    if (want !== undefined && counts[kind] !== want) {
      issues.push({
        file: shown,
        field: `antal ${kind}`,
        message: `forventede ${want} (${KIND_NAMES[kind].many}), fandt ${counts[kind]}`,
      });
    }
  }
  for (const group of FACTOR_GROUPS) {
    const found = entries.filter((e) => e.kind === 'factor' && e.group === group).length;
    const want = expected.factorGroups[group];
    if (found !== want) {
      issues.push({
        file: shown,
        field: `antal faktorer i gruppen ${group}`,
        message: `forventede ${want}, fandt ${found}`,
      });
    }
  }
  return issues;
}

/** Writes corpus.json and search-index.json into outDir; returns their paths and sizes. */
export function writeCompiledContent(
  outDir: string,
  corpus: Corpus,
): { corpusFile: string; indexFile: string; corpusBytes: number; indexBytes: number } {
  fs.mkdirSync(outDir, { recursive: true });
  const corpusJson = JSON.stringify(corpus);
  const indexJson = JSON.stringify(buildSearchIndex(corpus.entries));
  const corpusFile = path.join(outDir, CORPUS_FILE);
  const indexFile = path.join(outDir, SEARCH_INDEX_FILE);
  writeFileAtomic(indexFile, indexJson);
  writeFileAtomic(corpusFile, corpusJson);
  return {
    corpusFile,
    indexFile,
    corpusBytes: Buffer.byteLength(corpusJson),
    indexBytes: Buffer.byteLength(indexJson),
  };
}
