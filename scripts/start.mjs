// `npm start`: finds Electron's binary (fetching it on first use), builds everything, opens the app.
// Where the binary cannot be had it says so within seconds, in Danish and English, with what to
// do, instead of a stack trace from inside require('electron').
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronVersion,
  fetchElectronBinary,
  findElectronBinary,
  missingBinaryMessage,
} from './electronBinary.mjs';
import { runNpmScript } from './runNpmScript.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Tests point these at a fake package; users never need to.
const electronDir = process.env.SAMSPIL_ELECTRON_DIR ?? path.join(root, 'node_modules', 'electron');
const fetchTimeoutMs = Number(process.env.SAMSPIL_ELECTRON_FETCH_TIMEOUT_MS) || 10 * 60_000;

async function electronBinary() {
  const found = findElectronBinary(electronDir);
  if (found) return found;
  const version = electronVersion(electronDir);
  process.stderr.write(
    `Henter Electron ${version ?? ''} (første start) … / Fetching Electron (first start) …\n`,
  );
  const fetched = await fetchElectronBinary(electronDir, { timeoutMs: fetchTimeoutMs });
  const binary = fetched.ok ? findElectronBinary(electronDir) : null;
  if (binary) return binary;
  process.stderr.write(missingBinaryMessage(version, fetched.ok ? 'not found' : fetched.reason));
  process.exit(1);
}

async function main() {
  const electron = await electronBinary();
  if (process.env.SAMSPIL_START_DRY_RUN === '1') {
    process.stdout.write(`${electron}\n`);
    return;
  }
  const build = runNpmScript('build', { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

await main();
