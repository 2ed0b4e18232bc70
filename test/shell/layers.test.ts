// The house reads in one direction, and lint says so: each forbidden import below is refused in
// the folder named, and the allowed direction passes (eslint.config.js, the folder READMEs).
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function refusals(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, {
    filePath: path.join(ROOT, file),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import directions', () => {
  it.each([
    ['electron/services/notes/x.ts', "import '../../main/openExternal';"],
    ['electron/services/notes/x.ts', "import '../../api/door';"],
    ['electron/services/notes/x.ts', "import 'electron';"],
    ['electron/api/x.ts', "import '../main/openExternal';"],
    ['electron/cli/x.ts', "import '../main/shell';"],
    ['shared/x.ts', "import 'node:fs';"],
    ['shared/x.ts', "import '../renderer/api/client';"],
    ['renderer/x.ts', "import 'node:path';"],
    ['renderer/x.ts', "import 'zod';"],
    ['renderer/x.ts', "import '../shared/apiSchemas';"],
    ['renderer/x.ts', "import '../electron/services/services';"],
  ])('%s may not %s', async (file, source) => {
    expect(await refusals(file, source)).toBeGreaterThan(0);
  });

  it.each([
    ['electron/main/x.ts', "import '../api/door';"],
    ['electron/api/x.ts', "import '../services/services';"],
    ['electron/services/notes/x.ts', "import '../../../shared/api';"],
    ['renderer/x.ts', "import '../shared/api';"],
  ])('%s may %s', async (file, source) => {
    expect(await refusals(file, source)).toBe(0);
  });
});
