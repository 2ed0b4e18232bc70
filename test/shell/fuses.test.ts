// The fuse read-back CI runs on every packaged app: against a stand-in binary that carries a real
// fuse wire (Electron's sentinel, version, length, one byte a fuse), flipped by the same
// flipFuses call as scripts/after-pack.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { FUSES } from '../../scripts/after-pack.mjs';
import { fuseMismatches, packagedExecutable } from '../../scripts/check-fuses.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-fuses-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A file laid out like an Electron binary around its fuse wire, every fuse in Electron's default. */
function standInBinary(folder: string): string {
  const dir = path.join(tmp, folder);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'samspil');
  const defaults = [49, 48, 49, 49, 48, 48, 48, 49]; // as Electron ships: RunAsNode on, …
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.alloc(64, 7),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([1, defaults.length, ...defaults]),
      Buffer.alloc(64, 7),
    ]),
  );
  return file;
}

function checkFuses(target: string) {
  return spawnSync(process.execPath, ['scripts/check-fuses.mjs', target], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('the fuse read-back', () => {
  it('passes a binary flipped as after-pack.mjs flips it, given its unpacked folder', async () => {
    const binary = standInBinary('flipped');
    await flipFuses(binary, FUSES);
    expect(fuseMismatches(await getCurrentFuseWire(binary))).toEqual([]);
    expect(packagedExecutable(path.dirname(binary))).toBe(binary);
    const result = checkFuses(path.dirname(binary));
    expect(result.stdout).toContain('fuses as set');
    expect(result.status).toBe(0);
  });

  it('fails an unflipped binary and one with a single fuse wrong, naming the fuse', async () => {
    const unflipped = standInBinary('unflipped');
    const result = checkFuses(unflipped);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`fuse ${FuseV1Options.RunAsNode}: expected off, found 49`);

    const oneWrong = standInBinary('one-wrong');
    await flipFuses(oneWrong, {
      ...FUSES,
      version: FuseVersion.V1,
      [FuseV1Options.OnlyLoadAppFromAsar]: false,
    });
    expect(fuseMismatches(await getCurrentFuseWire(oneWrong))).toEqual([
      `fuse ${FuseV1Options.OnlyLoadAppFromAsar}: expected on, found 48`,
    ]);
  });
});
