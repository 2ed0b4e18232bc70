// `npm run security:scan`: Electronegativity over the main process, the preload and the renderer's
// HTML. Fails on any HIGH or MEDIUM finding that the checked-in allowlist does not explain.
//
// Why not just the CLI: the CLI exits 0 whatever it finds, and its SARIF carries no severity (only
// "note"/"warning"), so the runner is called directly and returns findings with severity and
// confidence; the SARIF is still written (test-output/security/) for code-scanning tools. The tool
// also fetches translations and Electron's release list from the network on every run (several
// seconds of retries offline): translations are served from its bundled en-US file instead, and
// the release-list check (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is skipped; the pinned Electron
// version is passed explicitly because the scanned folder has no package.json to detect it from.
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOWLIST_FILE = path.join(ROOT, 'scripts/electronegativity-allowlist.json');
const CUSTOM_INPUT = process.argv.length > 2;
const SARIF_FILE = path.join(ROOT, 'test-output/security/electronegativity.sarif');
/**
 * What is scanned, relative to the repository (copied into one folder so one run sees it all).
 * Paths given on the command line replace it (used by the test that plants an insecure window).
 */
const SCANNED = CUSTOM_INPUT ? process.argv.slice(2) : ['electron', 'renderer/index.html'];
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

const allowlistSchema = z.array(
  z
    .object({
      check: z.string().min(1),
      file: z.string().min(1),
      reason: z.string().min(20, 'each entry needs a real reason'),
    })
    .strict(),
);
type AllowEntry = z.infer<typeof allowlistSchema>[number];

interface Level {
  name: string;
}
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  description: string;
  manualReview: boolean;
}
interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  issues: Issue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Runner = (options: Record<string, unknown>) => Promise<RunResult>;

const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

/** Replaces the tool's network-fetching i18n loader with one over its bundled en-US messages. */
function installOfflineTranslations(): void {
  const loaderPath = path.join(toolDir, 'dist/locales/i18n.js');
  const i18n = createRequire(loaderPath)('i18n') as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  const offline = new Module(loaderPath);
  offline.filename = loaderPath;
  offline.loaded = true;
  offline.exports = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(loaderPath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: global,
    });
    i18n.setLocale('en-US');
  };
  require.cache[loaderPath] = offline;
}

function stageInput(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-electronegativity-'));
  for (const item of SCANNED) {
    const from = path.resolve(ROOT, item);
    if (!fs.existsSync(from)) throw new Error(`${item} findes ikke`);
    const to = path.isAbsolute(item) ? path.basename(item) : item;
    fs.cpSync(from, path.join(dir, to), { recursive: true });
  }
  return dir;
}

const key = (check: string, file: string) => `${check.toUpperCase()} ${file}`;

async function main(): Promise<number> {
  const started = Date.now();
  const allowlist = allowlistSchema.parse(JSON.parse(fs.readFileSync(ALLOWLIST_FILE, 'utf8')));
  const electronVersion = (require('electron/package.json') as { version: string }).version;

  installOfflineTranslations();
  const run = require(path.join(toolDir, 'dist/runner.js')) as Runner;
  const input = stageInput();
  fs.mkdirSync(path.dirname(SARIF_FILE), { recursive: true });
  let result: RunResult;
  try {
    result = await run({
      input,
      // Ad-hoc scans (paths on the command line) leave the project's report alone.
      output: CUSTOM_INPUT ? undefined : SARIF_FILE,
      isSarif: true,
      customScan: [],
      excludeFromScan: SKIPPED_CHECKS.map((c) => c.toLowerCase()),
      isRelative: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
  }

  const allowed = new Map(
    allowlist.map((entry): [string, AllowEntry] => [key(entry.check, entry.file), entry]),
  );
  const used = new Set<string>();
  const failures: Issue[] = [];
  const counts: Record<string, number> = {};
  for (const issue of result.issues) {
    counts[issue.severity.name] = (counts[issue.severity.name] ?? 0) + 1;
    if (!FAILING.has(issue.severity.name)) continue;
    const k = key(issue.id, issue.file);
    if (allowed.has(k)) used.add(k);
    else failures.push(issue);
  }
  // A file the parser could not read was not checked at all: that must not pass silently.
  const unreadable = result.errors.filter((e) => !e.tolerable);

  console.log(
    `Electronegativity (Electron ${electronVersion}): ${result.atomicChecks + result.globalChecks} checks, ` +
      `${result.issues.length} findings ${JSON.stringify(counts)}, ` +
      `${used.size} allowlisted, ${failures.length} failing, ${Date.now() - started} ms.` +
      (CUSTOM_INPUT ? '' : ` SARIF: ${path.relative(ROOT, SARIF_FILE)}`),
  );
  for (const issue of failures) {
    console.log(
      `  ${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line} – ${issue.description}`,
    );
  }
  for (const issue of result.issues.filter((i) => !FAILING.has(i.severity.name))) {
    console.log(`  (${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line})`);
  }
  for (const error of unreadable) console.log(`  kunne ikke læse ${error.file}: ${error.message}`);
  for (const entry of allowlist) {
    if (!used.has(key(entry.check, entry.file))) {
      console.log(`  (allowlist entry no longer needed: ${entry.check} ${entry.file})`);
    }
  }
  return failures.length > 0 || unreadable.length > 0 ? 1 : 0;
}

// exitCode, not exit(): the tool writes the SARIF file asynchronously after it returns.
main().then(
  (code) => void (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
