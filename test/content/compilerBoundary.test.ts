// The content compiler is build-time code (scripts/content/): the app's main process, its CLI and
// its services never import it. ESLint refuses such an import, and the real bundles prove it.
import path from 'node:path';
import { build } from 'esbuild';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the app never imports the content compiler', () => {
  it.each([
    [
      'electron/main/probe.ts',
      "import { compileContent } from '../../scripts/content/compileContent';",
    ],
    ['electron/cli/probe.ts', "import { formatIssue } from '../../scripts/content/contentIssues';"],
    [
      'electron/services/content/probe.ts',
      "import { buildEntry } from '../../../scripts/content/buildEntry';",
    ],
    [
      'shared/content/probe.ts',
      "import { EXPECTED_COUNTS } from '../../scripts/content/expectedCounts';",
    ],
  ])('ESLint refuses the import in %s', async (file, code) => {
    const messages = await restrictedImports(file, `${code}\nvoid 0;\n`);
    expect(messages.join('\n')).toContain('scripts/ is build-time code');
  });

  it('ESLint lets the runtime service import its own files', async () => {
    const code = "import { CORPUS_FILE } from './corpusFiles';\nexport const f = CORPUS_FILE;\n";
    expect(await restrictedImports('electron/services/content/probe.ts', code)).toEqual([]);
  });

  it.each(['electron/main/main.ts', 'electron/cli/bin.ts'])(
    'the bundle of %s contains nothing from scripts/',
    async (entry) => {
      const result = await build({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        write: false,
        metafile: true,
        format: 'cjs',
        platform: 'node',
        external: ['electron', 'better-sqlite3'],
        outdir: path.join(root, 'test-output', 'boundary'),
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((input) => input.startsWith('electron/services/content/'))).toBe(true);
      expect(inputs.filter((input) => input.startsWith('scripts/'))).toEqual([]);
    },
  );
});
