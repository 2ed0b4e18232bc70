// `npm run build:content` as the build runs it: every error listed and exit code 1 with nothing
// written, or both output files written; and the corpus found from inside the CommonJS bundle.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { edit, validFixture, writeFixture } from './fixtureCorpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const temps: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function buildContent(args: string[]) {
  const result = spawnSync(tsx, ['scripts/build-content.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/build-content.ts', () => {
  it('fails with exit code 1, lists every error and writes nothing', () => {
    const files = validFixture();
    edit(
      files,
      'quotes/citat-a.md',
      'factors: [relation-a]',
      'factors: [relation-a, relation-foo]',
    );
    edit(files, 'lessons/laering-x.md', 'kind: lesson', 'kind: lektion');
    const contentDir = writeFixture(files);
    temps.push(contentDir);
    const outDir = path.join(tempDir('samspil-build-out-'), 'content');
    const { code, stdout, stderr } = buildContent([
      '--content-dir',
      contentDir,
      '--out-dir',
      outDir,
      '--no-counts',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `${contentDir}/lessons/laering-x.md: kind: ukendt type "lektion" (gyldige: source, partnership, quote, factor, lesson)`,
      `${contentDir}/quotes/citat-a.md: factors[1]: ukendt faktor-id "relation-foo"`,
      '',
      'build:content: 2 fejl i indholdet – intet er skrevet.',
      '',
    ]);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('writes corpus.json and search-index.json for valid content', () => {
    const contentDir = writeFixture(validFixture());
    temps.push(contentDir);
    const outDir = tempDir('samspil-build-ok-');
    const { code, stdout } = buildContent([
      '--content-dir',
      contentDir,
      '--out-dir',
      outDir,
      '--no-counts',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^build:content: 7 poster \(1 source, 1 partnership, 2 quote, 2 factor, 1 lesson\)/,
    );
    expect(fs.readdirSync(outDir).sort()).toEqual(['corpus.json', 'search-index.json']);
    const corpus = JSON.parse(fs.readFileSync(path.join(outDir, 'corpus.json'), 'utf8'));
    expect(corpus.formatVersion).toBe(1);
    expect(corpus.entries).toHaveLength(7);
  });
});

describe('defaultCorpusDir inside the CommonJS bundle', () => {
  it('finds dist/content beside dist/electron, also inside app.asar', async () => {
    const appRoot = path.join(tempDir('samspil-bundle-'), 'resources', 'app.asar');
    const corpusDir = path.join(appRoot, 'dist', 'content');
    fs.mkdirSync(corpusDir, { recursive: true });
    fs.writeFileSync(
      path.join(corpusDir, 'corpus.json'),
      '{"formatVersion":1,"builtAt":"","entries":[]}',
    );
    const bundle = path.join(appRoot, 'dist', 'electron', 'main.cjs');
    // The same shim as scripts/build-electron.mjs.
    await build({
      entryPoints: [path.join(repoRoot, 'electron/services/content/contentService.ts')],
      outfile: bundle,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      logLevel: 'silent',
    });
    const script = `const c = require(${JSON.stringify(bundle)}); process.stdout.write(JSON.stringify([c.defaultCorpusDir({}), c.loadContentService().all().length]));`;
    const result = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([corpusDir, 0]);
  });
});
