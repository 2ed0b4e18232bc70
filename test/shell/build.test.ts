// What `npm start` and `npm run dist` rely on: the bundles exist, the preload is CommonJS that only
// requires electron, and package.json and electron-builder.yml point at real files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'dist/electron');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, stdio: 'pipe' });
});

describe('npm run build:electron', () => {
  it('writes the main bundle and the preload', () => {
    for (const file of ['main.cjs', 'preload.cjs']) {
      expect(fs.statSync(path.join(OUT, file)).size).toBeGreaterThan(500);
    }
  });

  it('bundles the preload as CommonJS that requires nothing but electron', () => {
    const preload = fs.readFileSync(path.join(OUT, 'preload.cjs'), 'utf8');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).not.toContain('import.meta');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    // zod must stay out of the sandboxed preload: the method list comes from the schema-free api.ts.
    expect(preload).not.toMatch(/zod|ZodError/);
    for (const method of API_METHODS) expect(preload).toContain(`"${method}"`);
  });

  it('keeps the main bundle CommonJS with electron and better-sqlite3 external', () => {
    const main = fs.readFileSync(path.join(OUT, 'main.cjs'), 'utf8');
    expect(main).not.toMatch(/^\s*(import|export)\s.*from\s/m);
    expect(main).toContain('require("electron")');
    expect(main).toContain('require("better-sqlite3")');
    expect(main.startsWith("const __importMetaUrl = require('url')")).toBe(true);
  });
});

describe('packaging configuration', () => {
  const pkg = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string> };
  const builder = matter(`---\n${read('electron-builder.yml')}\n---\n`).data as {
    appId: string;
    productName: string;
    files: string[];
    asarUnpack: string[];
    afterPack: string;
    linux: { target: string[]; category: string; maintainer: string };
    win: { target: string[] };
    msi: { perMachine: boolean; oneClick: boolean; upgradeCode: string };
    npmRebuild: boolean;
    publish: unknown;
    mac: { target: string[] };
  };

  it('points package.json main at the built main bundle', () => {
    expect(fs.existsSync(path.join(ROOT, pkg.main))).toBe(true);
    expect(path.normalize(pkg.main)).toBe(path.normalize('dist/electron/main.cjs'));
  });

  it('packs dist (main, preload, renderer, content) and unpacks the native driver', () => {
    expect(builder.appId).toBe('dk.samspil.app');
    expect(builder.productName).toBe('Samspil');
    expect(builder.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    for (const dir of ['dist/electron', 'dist/renderer', 'dist/content']) {
      expect(fs.existsSync(path.join(ROOT, dir)), `${dir} mangler: npm run build`).toBe(true);
    }
    expect(builder.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(builder.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(builder.linux.category).toBe('Office');
    expect(builder.linux.maintainer).toBeTruthy();
    expect(builder.win.target).toContain('nsis');
    expect(builder.mac.target).toContain('dmg');
  });

  it('builds a per-machine MSI with a fixed upgrade code beside NSIS, and no auto-update', () => {
    expect(builder.win.target).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(builder.msi.perMachine).toBe(true);
    expect(builder.msi.upgradeCode).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
    expect(builder.publish).toBeNull();
  });

  it("keeps better-sqlite3's Node-API binaries unpacked from the asar and rebuilds nothing", () => {
    expect(builder.npmRebuild).toBe(false);
    const prebuilds = path.join(ROOT, 'node_modules/better-sqlite3/prebuilds');
    const binaries = fs.readdirSync(prebuilds).filter((name) => name.endsWith('.node'));
    expect(binaries).toEqual(
      expect.arrayContaining(['linux-x64.node', 'win32-x64.node', 'darwin-arm64.node']),
    );
    for (const name of binaries) {
      const file = `node_modules/better-sqlite3/prebuilds/${name}`;
      expect(
        builder.asarUnpack.some((pattern) => path.matchesGlob(file, pattern)),
        file,
      ).toBe(true);
    }
  });

  it('flips the fuses in the afterPack hook', async () => {
    expect(fs.existsSync(path.join(ROOT, builder.afterPack))).toBe(true);
    const { FUSES } = (await import(path.join(ROOT, builder.afterPack))) as {
      FUSES: Record<string, unknown>;
    };
    const { FuseV1Options } = await import('@electron/fuses');
    expect(FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    });
  });
});

describe('the platform CI workflow', () => {
  const workflow = matter(`---\n${read('.github/workflows/ci.yml')}\n---\n`).data as {
    jobs: {
      build: {
        strategy: { matrix: { include: { os: string; unpacked: string }[] } };
        steps: { run?: string; uses?: string }[];
      };
    };
  };
  const { steps, strategy } = workflow.jobs.build;
  const commands = steps.map((step) => step.run ?? '').join('\n');

  it('runs on Linux, Windows and macOS', () => {
    expect(strategy.matrix.include.map((entry) => entry.os)).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
  });

  it('tests (under xvfb on Linux), packages, reads the fuses back and uploads the installers', () => {
    expect(commands).toContain('npm ci');
    expect(commands).toContain('xvfb-run --auto-servernum npm test');
    expect(commands).toContain('npm run dist');
    expect(commands).toContain('node scripts/check-fuses.mjs ${{ matrix.unpacked }}');
    expect(steps.some((step) => step.uses?.startsWith('actions/upload-artifact'))).toBe(true);
  });
});
