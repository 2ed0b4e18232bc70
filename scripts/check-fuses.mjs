// `node scripts/check-fuses.mjs <packaged app>`: reads the fuses back from a packaged Electron
// binary (CI, after `npm run dist`) and fails unless each is as scripts/after-pack.mjs sets it.
// The argument is the executable, or a folder that holds it (release/linux-unpacked,
// release/win-unpacked, release/mac/Samspil.app).
import fs from 'node:fs';
import path from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { FUSES } from './after-pack.mjs';

/** The Electron executable inside what electron-builder wrote. */
export function packagedExecutable(target) {
  if (target.endsWith('.app') || !fs.statSync(target).isDirectory()) return target;
  const names = fs.readdirSync(target);
  const app = names.find((name) => name.endsWith('.app'));
  if (app) return path.join(target, app);
  const exe = names.find((name) => /^samspil(\.exe)?$/i.test(name));
  if (!exe) throw new Error(`no Samspil executable in ${target}`);
  return path.join(target, exe);
}

/** The fuses that differ from FUSES, as "name: expected X, found Y". */
export function fuseMismatches(wire) {
  const problems = [];
  for (const [key, expected] of Object.entries(FUSES)) {
    if (key === 'version') continue;
    const found = wire[key];
    // @electron/fuses reads a fuse as its FuseState byte: 49 ('1') enabled, 48 ('0') disabled.
    const enabled = found === 49;
    if (enabled !== expected) {
      problems.push(`fuse ${key}: expected ${expected ? 'on' : 'off'}, found ${found}`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: node scripts/check-fuses.mjs <packaged app or its folder>\n');
    process.exit(2);
  }
  const executable = packagedExecutable(path.resolve(target));
  const problems = fuseMismatches(await getCurrentFuseWire(executable));
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stdout.write(`${executable}: ${problems.length ? 'fuses wrong' : 'fuses as set'}\n`);
  process.exit(problems.length ? 1 : 0);
}
