#!/usr/bin/env node
// The `samspil` command (package.json "bin": `npx samspil …`, `npm run -s samspil -- …`). It runs
// the bundled CLI, dist/cli/samspil.cjs, so no TypeScript is compiled at start. In a checkout it
// first rebuilds what is missing or older than its sources (the bundle, the compiled corpus), so a
// fresh clone and an edited one answer the same as a built one.
import fs from 'node:fs';
import { createRequire, enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNpmScript } from './runNpmScript.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'samspil.cjs');
const corpus = path.join(root, 'dist', 'content', 'corpus.json');

/** The newest modification time below the given folders (0 where they do not exist). */
function newestBelow(dirs) {
  let newest = 0;
  for (const dir of dirs) {
    let entries;
    try {
      entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function rebuild(script, da, en) {
  process.stderr.write(`samspil: bygger ${da} … / building ${en} …\n`);
  const result = runNpmScript(script, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const sources = ['electron', 'shared'].map((dir) => path.join(root, dir));
if (mtime(bundle) < newestBelow(sources))
  rebuild('build:electron', 'kommandolinjen', 'the command line');
if (mtime(corpus) < newestBelow([path.join(root, 'content')]))
  rebuild('build:content', 'indholdet', 'the content');

// V8 keeps the compiled bundle in its cache folder: later starts skip parsing 1.7 MB again.
enableCompileCache?.();
createRequire(import.meta.url)(bundle);
