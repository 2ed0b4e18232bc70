// Finds Electron's executable without triggering its download, and fetches it with a time limit.
// Electron's npm package (from 42 on) downloads its binary on first use, inside require('electron'),
// printing a stack trace when that fails; `npm start` and the real-Electron test suite use these
// functions instead, so they can say plainly what is missing and what to do.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The executable inside an installed `electron` package folder, or null when the binary has not
 * been fetched. `ELECTRON_OVERRIDE_DIST_PATH` (Electron's own variable) points at an unpacked
 * Electron elsewhere.
 */
export function findElectronBinary(electronDir, env = process.env) {
  let relative;
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = null;
  }
  const candidates = env.ELECTRON_OVERRIDE_DIST_PATH
    ? [path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')]
    : relative
      ? [path.join(electronDir, 'dist', relative)]
      : [];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** The installed Electron version, from its package.json. */
export function electronVersion(electronDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Runs the package's own installer (node_modules/electron/install.js) with its output captured.
 * Resolves { ok: true } or { ok: false, reason } with the installer's last line, or a time-out.
 */
export function fetchElectronBinary(
  electronDir,
  { timeoutMs = 10 * 60_000, env = process.env } = {},
) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: `no answer after ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: firstErrorLine(output) || `exit code ${code}` });
    });
  });
}

/** The line of an installer's output that names the error ("TypeError: fetch failed"), no stack. */
export function firstErrorLine(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^\^+$/.test(line));
  return lines.find((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT/i.test(line)) ?? lines[0];
}

/** What `npm start` says when the binary cannot be had, in Danish and English. */
export function missingBinaryMessage(version, reason) {
  const v = version ? ` ${version}` : '';
  return `
Samspil kan ikke starte: Electron-programmet${v} kunne ikke hentes (${reason}).
Electron henter sit program første gang, det bruges. Gør et af følgende, og kør så npm start igen:
  - sørg for forbindelse til internettet (bag en proxy: ELECTRON_GET_USE_PROXY=1 HTTPS_PROXY=<proxy>);
  - brug et internt spejl: ELECTRON_MIRROR=https://<spejl>/electron/ npm start;
  - peg på et udpakket Electron${v}: ELECTRON_OVERRIDE_DIST_PATH=<mappe> npm start.
Alt andet virker uden Electron-programmet: npm test, npx samspil … (kommandolinjen).

Samspil cannot start: the Electron binary${v} could not be fetched (${reason}).
Electron fetches its binary the first time it is used. Do one of these, then run npm start again:
  - make sure the machine reaches the internet (behind a proxy: ELECTRON_GET_USE_PROXY=1 HTTPS_PROXY=<proxy>);
  - use an internal mirror: ELECTRON_MIRROR=https://<mirror>/electron/ npm start;
  - point at an unpacked Electron${v}: ELECTRON_OVERRIDE_DIST_PATH=<folder> npm start.
Everything else works without the Electron binary: npm test, npx samspil … (the command line).
`;
}
