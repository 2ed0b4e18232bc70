// The content service over a compiled fixture corpus in a temp folder: lookups, sections, the
// Danish not-found error, and a clear message when the corpus has not been built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { compileContentOrThrow } from '../../scripts/content/compileContent';
import { writeFileAtomic } from '../../electron/services/atomicFile';
import { ContentBuildError } from '../../scripts/content/contentIssues';
import {
  defaultCorpusDir,
  loadContentService,
  loadSearchIndex,
} from '../../electron/services/content/contentService';
import type { ContentService } from '../../electron/services/serviceTypes';
import { compiledFixture, edit, validFixture, writeFixture } from './fixtureCorpus';

let contentDir: string;
let corpusDir: string;
let content: ContentService;

beforeAll(() => {
  ({ contentDir, corpusDir } = compiledFixture());
  content = loadContentService(corpusDir);
});
afterAll(() => {
  for (const dir of [contentDir, corpusDir]) fs.rmSync(dir, { recursive: true, force: true });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('loadContentService', () => {
  it('serves every entry, by id and by kind', () => {
    expect(content.all().map((e) => e.id)).toEqual([
      'kilde-test',
      'pa',
      'citat-a',
      'citat-b',
      'relation-a',
      'struktur-b',
      'laering-x',
    ]);
    expect(content.get('citat-a').kind).toBe('quote');
    expect(content.find('nope')).toBeUndefined();
    expect(content.byKind('factor').map((f) => f.id)).toEqual(['relation-a', 'struktur-b']);
    expect(content.byKind('lesson').map((l) => l.title)).toEqual(['Læring X']);
  });

  it('carries the derived fields', () => {
    const quote = content.get('citat-a');
    expect(quote.kind === 'quote' && quote.lessons).toEqual(['laering-x']);
    expect(quote.title).toBe(
      'Leder af frivilligcenteret: Vi synes, det er rigtig vigtigt at have en kontrakt…',
    );
    expect(content.get('relation-a').html).toBe('<p>Tillid er <em>vigtig</em>.</p>\n');
    expect(content.get('relation-a').text).toBe('Tillid er vigtig.');
  });

  it('resolves partnership sections', () => {
    expect(content.section('pa/forankring-og-fortsaettelse')).toMatchObject({
      heading: 'Forankring og fortsættelse',
      slug: 'forankring-og-fortsaettelse',
      text: 'Om forankring og fortsættelse i partnerskabet.',
    });
    expect(content.section('pa/ledelse')).toBeUndefined();
  });

  it('knows the factor ids and factors', () => {
    expect([...content.factorIds()].sort()).toEqual(['relation-a', 'struktur-b']);
    expect(content.factor('struktur-b')?.group).toBe('structural');
    expect(content.factor('citat-a')).toBeUndefined();
  });

  it('throws ApiError not-found with a Danish message for an unknown id', () => {
    const error = thrown(() => content.get('citat-x'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'Der findes intet indhold med id "citat-x".',
    });
  });

  it('tells to run the build when the corpus is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-nocorpus-'));
    const error = thrown(() => loadContentService(empty));
    fs.rmSync(empty, { recursive: true });
    expect(error).toMatchObject({ code: 'unavailable' });
    expect((error as Error).message).toContain('Kør "npm run build"');
  });

  it('refuses a damaged corpus file with a clear message', () => {
    const damaged = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-damaged-'));
    fs.writeFileSync(path.join(damaged, 'corpus.json'), '{"formatVersion": 1, "entr');
    const error = thrown(() => loadContentService(damaged));
    fs.rmSync(damaged, { recursive: true });
    expect((error as Error).message).toMatch(/er ødelagt\. Kør "npm run build:content" igen\./);
  });

  it('loads the serialized search index written beside the corpus', () => {
    const index = loadSearchIndex(corpusDir);
    expect(index).toEqual(
      JSON.parse(fs.readFileSync(path.join(corpusDir, 'search-index.json'), 'utf8')),
    );
  });
});

describe('defaultCorpusDir', () => {
  it('uses SAMSPIL_CORPUS_DIR when set', () => {
    expect(defaultCorpusDir({ SAMSPIL_CORPUS_DIR: corpusDir })).toBe(corpusDir);
  });

  it('otherwise finds dist/content of the repository', () => {
    const repoRoot = path.resolve(__dirname, '../..');
    expect(defaultCorpusDir({})).toBe(path.join(repoRoot, 'dist', 'content'));
  });
});

describe('compileContentOrThrow and the atomic writes', () => {
  it('throws a ContentBuildError that lists every issue', () => {
    const files = validFixture();
    edit(files, 'quotes/citat-a.md', 'theme: "Formål"\n', '');
    edit(files, 'factors/struktur-b.md', 'order: 1', 'order: 0');
    const dir = writeFixture(files);
    const error = thrown(() => compileContentOrThrow(dir, { expectCounts: false }));
    fs.rmSync(dir, { recursive: true });
    expect(error).toBeInstanceOf(ContentBuildError);
    expect((error as ContentBuildError).issues.map((i) => i.field)).toEqual(['order', 'theme']);
  });

  it('replaces a file whole and leaves no temp file behind', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-atomic-'));
    const file = path.join(dir, 'corpus.json');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['corpus.json']);
    fs.rmSync(dir, { recursive: true });
  });
});
