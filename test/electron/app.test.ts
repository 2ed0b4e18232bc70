// The real app in real Electron: what only Electron can show. The preload exposes the contract and
// nothing more, the CSP header is set, search answers, a note survives a restart, a handout prints
// to a tagged A4 PDF with bookmarks through printToPDF, hostile navigations and window.open are
// refused, and only http, https and mailto reach shell.openExternal (after Actual Budget's
// navigation-security test). Where the Electron binary cannot be had, the suite is skipped and the
// reason is written for the run's closing line.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { API_METHODS } from '../../shared/api';
import { electronAvailability, launchApp, reportSkipped } from './launchApp';

/** The page's globals these tests touch (the node-side tsconfig has no DOM types). */
type PageGlobals = {
  samspil: Record<string, (input: unknown) => Promise<unknown>>;
  location: { href: string };
  open(url: string, target?: string): unknown;
};

const SUITE = 'test/electron/app.test.ts (real Electron app)';
const availability = await electronAvailability();
if ('reason' in availability) reportSkipped(SUITE, availability.reason);
const skipReason = 'reason' in availability ? availability.reason : '';
const binary = 'binary' in availability ? availability.binary : '';

describe.skipIf(skipReason !== '')(
  `real Electron app${skipReason ? ` (${skipReason})` : ''}`,
  () => {
    let app: ElectronApplication;
    let page: Page;
    let dataDir: string;
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-electron-out-'));

    beforeAll(async () => {
      ({ app, dataDir } = await launchApp(binary));
      page = await app.firstWindow();
      await page.waitForSelector('main');
    });
    afterAll(async () => {
      await app?.close();
      fs.rmSync(outDir, { recursive: true, force: true });
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('gives the page the preload API and nothing more', async () => {
      const exposed = await page.evaluate(() => ({
        methods: Object.keys((globalThis as unknown as PageGlobals).samspil).sort(),
        frozen: Object.isFrozen((globalThis as unknown as PageGlobals).samspil),
        node: ['require', 'process', 'module', 'Buffer', 'ipcRenderer'].filter(
          (k) => k in globalThis,
        ),
      }));
      expect(exposed.methods).toEqual([...API_METHODS].sort());
      expect(exposed.frozen).toBe(true);
      expect(exposed.node).toEqual([]);
    });

    it('serves the renderer with the Content-Security-Policy header', async () => {
      const csp = await page.evaluate(async () =>
        (await fetch((globalThis as unknown as PageGlobals).location.href)).headers.get(
          'content-security-policy',
        ),
      );
      expect(csp).toBe(CONTENT_SECURITY_POLICY);
    });

    it('answers a search typed into the header field', async () => {
      await page.keyboard.press('Control+K');
      await page.keyboard.type('tillid');
      await page.waitForSelector('[data-hit-kind]', { timeout: 10_000 });
      expect(await page.locator('[data-hit-kind]').count()).toBeGreaterThan(0);
    });

    it('keeps a saved note across closing and reopening the app', async () => {
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).samspil['notes.create']!({
          title: 'Overlever genstart',
          body: 'Gemt før lukning',
        }),
      );
      await app.close();
      ({ app } = await launchApp(binary, dataDir));
      page = await app.firstWindow();
      await page.waitForSelector('main');
      const titles = await page.evaluate(async () => {
        const api = (globalThis as unknown as PageGlobals).samspil;
        const result = (await api['notes.list']!({})) as { ok: true; value: { title: string }[] };
        return result.value.map((note) => note.title);
      });
      expect(titles).toContain('Overlever genstart');
    });

    it('prints a handout to a tagged A4 PDF with bookmarks from its headings', async () => {
      const file = path.join(outDir, 'uddeling.pdf');
      // The save dialog is the one thing a test cannot click: answer it in the main process.
      await app.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as never;
      }, file);
      const saved = await page.evaluate(async () => {
        const api = (globalThis as unknown as PageGlobals).samspil;
        const created = (await api['handouts.create']!({
          title: 'Workshop om tillid',
          items: [
            { kind: 'factor', ref: 'relation-gensidig-tillid-respekt-forstaaelse', comment: '' },
          ],
        })) as { ok: true; value: { id: string } };
        return api['handouts.export']!({ id: created.value.id, format: 'pdf' });
      });
      expect(saved).toMatchObject({ ok: true, value: { path: file } });
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(fs.readFileSync(file).toString('latin1')).toContain('/Outlines');
    });

    it('refuses navigation and new windows to hostile URLs', async () => {
      const before = page.url();
      await page.evaluate(() => {
        (globalThis as unknown as PageGlobals).open('https://evil.example/', '_blank');
        (globalThis as unknown as PageGlobals).open('file:///etc/passwd');
        (globalThis as unknown as PageGlobals).location.href = 'https://evil.example/phish';
      });
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
      expect(page.url()).toBe(before);
    });

    it('hands only http, https and mailto to shell.openExternal', async () => {
      await app.evaluate(({ shell }) => {
        const opened: string[] = [];
        (globalThis as { opened?: string[] }).opened = opened;
        shell.openExternal = (async (url: string) => void opened.push(url)) as never;
      });
      const urls = [
        'https://example.org/a',
        'http://example.org/b',
        'mailto:kontakt@example.org',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'smb://server/share',
      ];
      await page.evaluate(async (list) => {
        const api = (globalThis as unknown as PageGlobals).samspil;
        for (const url of list) await api['app.openExternal']!({ url });
      }, urls);
      const opened = await app.evaluate(() => (globalThis as { opened?: string[] }).opened);
      expect(opened).toEqual([
        'https://example.org/a',
        'http://example.org/b',
        'mailto:kontakt@example.org',
      ]);
    });
  },
);
