// Launches the built app in real Electron with playwright-core's `_electron`, on a temporary data
// folder. Where the Electron binary cannot be had (it is fetched on first use, and some machines
// cannot reach its host) `electronAvailability()` says why, so the suite is reported as skipped
// with that reason instead of passing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { fetchElectronBinary, findElectronBinary } from '../../scripts/electronBinary.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const SKIPPED_FILE = path.join(ROOT, 'test-output', 'skipped-suites.json');

export type Availability = { binary: string } | { reason: string };

/** The Electron executable (fetching it once if it is missing), or why there is none. */
export async function electronAvailability(): Promise<Availability> {
  let binary = findElectronBinary(ELECTRON_DIR);
  if (!binary) {
    const fetched = await fetchElectronBinary(ELECTRON_DIR, { timeoutMs: 120_000 });
    binary = findElectronBinary(ELECTRON_DIR);
    if (!binary) {
      const why = fetched.ok ? 'not found after fetching' : fetched.reason;
      return { reason: `the Electron binary cannot be fetched on this machine (${why})` };
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display: run the suite under xvfb-run' };
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'electron', 'main.cjs'))) {
    return { reason: 'the app is not built: run npm run build first' };
  }
  return { binary };
}

/** Records a skipped suite and its reason for the closing line of the test run. */
export function reportSkipped(suite: string, reason: string): void {
  let skipped: { suite: string; reason: string }[];
  try {
    skipped = JSON.parse(fs.readFileSync(SKIPPED_FILE, 'utf8'));
  } catch {
    skipped = [];
  }
  skipped = skipped.filter((entry) => entry.suite !== suite).concat({ suite, reason });
  fs.mkdirSync(path.dirname(SKIPPED_FILE), { recursive: true });
  fs.writeFileSync(SKIPPED_FILE, `${JSON.stringify(skipped, null, 2)}\n`);
}

/** The command line the app is started with: the app folder and a fresh Chromium profile. */
export function launchArguments(appDir: string, dataDir: string): string[] {
  return [appDir, `--user-data-dir=${path.join(dataDir, 'chromium-profile')}`];
}

export interface LaunchedApp {
  app: ElectronApplication;
  dataDir: string;
}

/** Starts the app on `dataDir` (a new temp folder unless given). */
export async function launchApp(executablePath: string, dataDir?: string): Promise<LaunchedApp> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-electron-'));
  const app = await _electron.launch({
    executablePath,
    args: launchArguments(ROOT, dir),
    env: { ...process.env, SAMSPIL_DATA_DIR: dir, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 60_000,
  });
  return { app, dataDir: dir };
}
