// The app's main bundle carries only run-time code: the search index is built at build time
// (scripts/search/buildIndex.ts), so lunr's index Builder must never be bundled into main.cjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, 'test-output', 'main-bundle-'));
let bundle = '';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', tmp], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  bundle = fs.readFileSync(path.join(tmp, 'main.cjs'), 'utf8');
});

afterAll(() => {
  // mkdtemp gave an absolute path inside test-output; never remove anything else.
  if (path.isAbsolute(tmp) && tmp.includes(`${path.sep}test-output${path.sep}main-bundle-`)) {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

describe('dist main.cjs', () => {
  it('holds the search run time (the Danish stemmer) but not lunr or its index Builder', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).toContain('DanishStemmer');
    expect(bundle).not.toContain('lunr.Builder');
    expect(bundle).not.toContain('createFieldVectors');
    expect(bundle).not.toMatch(/node_modules\/lunr\/lunr\.js/);
  });

  it('holds none of the build-time index code', () => {
    expect(bundle).not.toContain('scripts/search/buildIndex.ts');
  });
});
