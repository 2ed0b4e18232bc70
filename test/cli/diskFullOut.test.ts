// ENOSPC on --out (issue 12, item 22) on a real full disk: a small tmpfs mounted for the test
// (needs root; skipped elsewhere). The message is Danish, names the user's path and not the temp
// file, and nothing half-written is left behind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures';
import { runCliCaptured } from './runCliCaptured';

function tryMount(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function fillCompletely(dir: string): void {
  const fd = fs.openSync(path.join(dir, 'fyld'), 'w');
  try {
    for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

// Mounted while the file is collected, so that the suite can say it is skipped where it cannot.
const disk = tempDir('samspil-fuld-ud-');
const dataDir = tempDir('samspil-fuld-data-');
const mounted = tryMount(disk);
beforeAll(() => {
  if (mounted) fillCompletely(disk);
});
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', disk]);
  for (const dir of [disk, dataDir]) {
    if (dir.includes('samspil-fuld-')) fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe.skipIf(!mounted)('--out on a full disk (a 64 KB tmpfs; needs root)', () => {
  it('notes export and handout export say "disken er fuld" and name the user path', async () => {
    const add = await runCliCaptured(
      dataDir,
      'notes',
      'add',
      '--title',
      'T',
      '--body',
      'x'.repeat(9000),
    );
    expect(add.code).toBe(0);
    const out = path.join(disk, 'noter.json');
    const notes = await runCliCaptured(dataDir, 'notes', 'export', '--out', out);
    expect(notes.code).toBe(1);
    expect(notes.err).toContain(`disken er fuld; ${out} blev ikke skrevet`);
    const md = path.join(disk, 'uddeling.md');
    const handout = await runCliCaptured(
      dataDir,
      'handout',
      'export',
      '--items',
      'laering-forankring,citat-aftenskole-kontrakt',
      '--title',
      'T',
      '--out',
      md,
    );
    expect(handout.code).toBe(1);
    expect(handout.err).toContain(`disken er fuld; ${md} blev ikke skrevet`);
    for (const r of [notes, handout]) expect(r.err).not.toMatch(/ENOSPC|\.tmp/);
    expect(fs.readdirSync(disk)).toEqual(['fyld']);
  });
});
