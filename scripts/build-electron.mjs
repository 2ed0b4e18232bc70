// Bundles the main process and the preload into CommonJS files Electron loads directly:
// dist/electron/main.cjs (package.json "main") and dist/electron/preload.cjs, and the command line
// into dist/cli/samspil.cjs (package.json "bin", run by scripts/samspil.mjs). The preload must be
// CommonJS because sandboxed preloads cannot be ES modules.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` builds elsewhere (the bundle smoke test), leaving dist/electron alone.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag > 0 ? path.resolve(process.argv[outdirFlag + 1]) : path.join(root, 'dist', 'electron');
const cliOutfile =
  outdirFlag > 0
    ? path.join(outdir, 'cli', 'samspil.cjs')
    : path.join(root, 'dist', 'cli', 'samspil.cjs');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: ['node24', 'chrome140'],
  // better-sqlite3 is a native module: it is loaded from node_modules (unpacked from the asar).
  external: ['electron', 'better-sqlite3'],
  // Modules that locate files with import.meta.url keep working inside a CommonJS bundle.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

const started = Date.now();
fs.rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    // A sandboxed preload may only require electron (and a few polyfills): everything else is
    // inlined, and it has no use for the import.meta.url shim.
    external: ['electron'],
    define: {},
    banner: {},
    sourcemap: false,
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/cli/bin.ts')],
    outfile: cliOutfile,
    // Chromium's driver is loaded only when a handout is printed to PDF.
    external: ['better-sqlite3', 'playwright-core'],
    sourcemap: false,
  }),
]);
const size = (name) => `${(fs.statSync(path.join(outdir, name)).size / 1024).toFixed(1)} KiB`;
console.log(
  `${path.relative(root, outdir)}: main.cjs ${size('main.cjs')}, preload.cjs ${size('preload.cjs')}; ` +
    `${path.relative(root, cliOutfile)} ${(fs.statSync(cliOutfile).size / 1024).toFixed(1)} KiB (${Date.now() - started} ms)`,
);
