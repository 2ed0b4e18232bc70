// Paths the user names on the command line: imports read only regular files, within a limit;
// `--out` never replaces a device, a pipe or a folder; every file error is Danish and names the
// user's path, never a temp file (issue 12, items 12, 13 and 22).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures';
import { runCliCaptured, type CliRun } from './runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-paths-');
});
afterEach(() => {
  if (dir.startsWith('/') && dir.includes('samspil-paths-')) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The data folder, beside the exports: an export never goes into the data folder. */
const dataDir = (): string => path.join(dir, 'data');

const notes = (...args: string[]): Promise<CliRun> => runCliCaptured(dataDir(), 'notes', ...args);
const inDir = (name: string): string => path.join(dir, name);

/** A copy of /dev/null (char device 1,3) when we may make one, else a FIFO; both must survive. */
function specialFile(name: string): { file: string; isSame: () => boolean } {
  const file = inDir(name);
  try {
    execFileSync('mknod', [file, 'c', '1', '3'], { stdio: 'ignore' });
    return { file, isSame: () => fs.statSync(file).isCharacterDevice() };
  } catch {
    execFileSync('mkfifo', [file]);
    return { file, isSame: () => fs.statSync(file).isFIFO() };
  }
}

function mkfifo(name: string): string {
  const file = inDir(name);
  execFileSync('mkfifo', [file]);
  return file;
}

async function oneNote(): Promise<void> {
  expect((await notes('add', '--title', 'En note', '--body', 'tekst')).code).toBe(0);
}

describe('notes import reads only regular files, within the limit', () => {
  it('refuses /dev/zero without reading it', async () => {
    const result = await notes('import', '/dev/zero');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/\/dev\/zero er en enhed, ikke en almindelig fil/);
  });

  it('refuses a FIFO without waiting for a writer, and a folder', async () => {
    const fifo = mkfifo('import.json');
    expect((await notes('import', fifo)).err).toMatch(
      /er en navngivet pipe, ikke en almindelig fil/,
    );
    const folder = await notes('import', dir);
    expect(folder.code).toBe(1);
    expect(folder.err).toContain(`${dir} er en mappe, ikke en fil`);
  });

  it('names a missing file in Danish', async () => {
    const missing = inDir('findes-ikke.json');
    const result = await notes('import', missing);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${missing} findes ikke`);
    expect(result.err).not.toMatch(/ENOENT|no such file/);
  });
});

describe('--out writes only regular files or new paths', () => {
  it('never replaces a device file (a copy of /dev/null) with a JSON export', async () => {
    await oneNote();
    const device = specialFile('null');
    const result = await notes('export', '--out', device.file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/ikke en almindelig fil/);
    expect(device.isSame()).toBe(true);
  });

  it('never replaces a FIFO with a handout export', async () => {
    const fifo = mkfifo('handout.md');
    const result = await runCliCaptured(
      dataDir(),
      'handout',
      'export',
      '--items',
      'laering-forankring',
      '--title',
      'T',
      '--format',
      'md',
      '--out',
      fifo,
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/er en navngivet pipe, ikke en almindelig fil/);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder as a JSON target and a file as a Markdown folder', async () => {
    await oneNote();
    const folder = await notes('export', '--out', dir);
    expect(folder.err).toContain(`${dir} er en mappe, ikke en fil`);
    const file = inDir('plain.txt');
    fs.writeFileSync(file, 'mine');
    const md = await notes('export', '--format', 'markdown', '--out', file);
    expect(md.code).toBe(1);
    expect(md.err).toContain(`${file} findes og er en fil, ikke en mappe`);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });
});

describe('file errors are Danish and name the user path, never a temp file', () => {
  it('--out under a file (ENOTDIR), for notes and handouts', async () => {
    await oneNote();
    const file = inDir('plain.txt');
    fs.writeFileSync(file, 'x');
    const target = path.join(file, 'ud.json');
    const result = await notes('export', '--out', target);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`en del af stien ${target} er en fil, ikke en mappe`);
    expect(result.err).not.toMatch(/ENOTDIR|\.tmp/);
  });

  it('--out into a missing folder of a handout (ENOENT) names the folder, not the temp file', async () => {
    const target = inDir('mangler/ud.md');
    const result = await runCliCaptured(
      dataDir(),
      'handout',
      'export',
      '--items',
      'laering-forankring',
      '--title',
      'T',
      '--out',
      target,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(`mappen til ${target} findes ikke`);
    expect(result.err).not.toMatch(/ENOENT|\.tmp/);
  });

  it('--body-file missing (ENOENT), a folder (EISDIR), under a file (ENOTDIR)', async () => {
    const missing = inDir('krop.md');
    const gone = await notes('add', '--title', 'T', '--body-file', missing);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain(`${missing} findes ikke`);
    const folder = await notes('add', '--title', 'T', '--body-file', dir);
    expect(folder.err).toContain(`${dir} er en mappe, ikke en fil`);
    fs.writeFileSync(inDir('f'), 'x');
    const under = await notes('add', '--title', 'T', '--body-file', inDir('f/krop.md'));
    expect(under.err).toContain(`en del af stien ${inDir('f/krop.md')} er en fil, ikke en mappe`);
    for (const r of [gone, folder, under]) expect(r.err).not.toMatch(/E[A-Z]{3,}|no such/);
  });

  it('--body-file reads a pipe but no further than the limit', async () => {
    const result = await notes('add', '--title', 'T', '--body-file', '/dev/zero');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/\/dev\/zero er større end 1 MB/);
  });
});

describe('other paths', () => {
  it('--data-dir naming a file, or a path under a file', async () => {
    const file = inDir('plain.txt');
    fs.writeFileSync(file, 'x');
    const taken = await runCliCaptured(file, 'notes', 'list');
    expect(taken.code).toBe(1);
    expect(taken.err).toContain(
      `Datamappen kan ikke bruges; ${file} findes allerede og er ikke en mappe`,
    );
    const under = await runCliCaptured(path.join(file, 'sub'), 'notes', 'list');
    expect(under.err).toContain(
      `en del af stien ${path.join(file, 'sub')} er en fil, ikke en mappe`,
    );
    for (const r of [taken, under]) expect(r.err).not.toMatch(/EEXIST|ENOTDIR/);
  });

  it('an import that is not JSON says where, in Danish, without quoting the file', async () => {
    const file = inDir('bad.json');
    fs.writeFileSync(file, '{"format": "samspil-notes",, "hemmelig": "x"}');
    const result = await notes('import', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('filen er ikke gyldig JSON (linje 1, kolonne 28)');
    expect(result.err).not.toMatch(/Expected|hemmelig/);
  });
});

describe('--out through a symlink', () => {
  it('writes the file the link points to and keeps the link; refuses a link to a device or to nothing', async () => {
    await oneNote();
    const real = inDir('ægte.json');
    fs.writeFileSync(real, 'gammel');
    const link = inDir('genvej.json');
    fs.symlinkSync(real, link);
    expect((await notes('export', '--out', link, '--force')).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(real, 'utf8'))).toMatchObject({ format: 'samspil-notes' });

    const device = specialFile('enhed');
    const toDevice = inDir('til-enhed.json');
    fs.symlinkSync(device.file, toDevice);
    expect((await notes('export', '--out', toDevice)).err).toMatch(/ikke en almindelig fil/);
    expect(device.isSame()).toBe(true);

    const dangling = inDir('ingenting.json');
    fs.symlinkSync(inDir('findes-ikke.json'), dangling);
    const result = await notes('export', '--out', dangling);
    expect(result.err).toContain('et symbolsk link til noget, der ikke findes');
    expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(true);
  });
});
