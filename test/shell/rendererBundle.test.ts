// The renderer's bundle carries the contract's types and method names, never its schemas: zod
// (and the main process's schema module) stays in the main process.
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let chunks: Rolldown.OutputChunk[] = [];

beforeAll(async () => {
  const result = await build({
    configFile: path.join(ROOT, 'renderer/vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  chunks = outputs.flatMap((o) => o.output.filter((f) => f.type === 'chunk'));
}, 60_000);

describe('the renderer bundle', () => {
  it('is built from the renderer and the schema-free contract', () => {
    const modules = chunks.flatMap((c) => c.moduleIds).map((id) => path.relative(ROOT, id));
    expect(modules).toContain('shared/api.ts');
    expect(modules.filter((id) => id.includes('node_modules/react-dom/')).length).toBeGreaterThan(
      0,
    );
  });

  it('carries no zod and no schema module', () => {
    const modules = chunks.flatMap((c) => c.moduleIds).map((id) => path.relative(ROOT, id));
    expect(modules.filter((id) => /node_modules\/zod\/|shared\/apiSchemas/.test(id))).toEqual([]);
    for (const chunk of chunks) expect(chunk.code).not.toMatch(/ZodError|\$ZodType/);
  });
});
