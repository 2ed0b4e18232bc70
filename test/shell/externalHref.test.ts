// openExternal opens the checked URL's normalised href, never the raw string (issue 12, item
// 20): what the parser would silently repair (leading spaces, NUL, tabs, backslashes) is
// refused, and so is a mailto link asking to attach a file. Through the table and the IPC handler.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api';
import { invokeChecked } from '../../electron/api/door';
import { createApiHandlers } from '../../electron/api/handlers';
import { externalUrlToOpen } from '../../shared/markdown/urlPolicy';
import { createMemorySettingsStore } from '../../electron/services/settings/settingsStore';
import { openServices, type Services } from '../../electron/services/services';
import { tempDir } from '../store/fixtures';

describe('externalUrlToOpen', () => {
  it.each([
    ['HTTPS://WWW.EXAMPLE.DK', 'https://www.example.dk/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['http://example.dk:80/x/../y', 'http://example.dk/y'],
    ['mailto:kontakt@example.dk?subject=Samspil', 'mailto:kontakt@example.dk?subject=Samspil'],
  ])('%s opens as %s', (raw, href) => {
    expect(externalUrlToOpen(raw)).toBe(href);
  });

  it.each([
    ' https://example.dk/',
    'https://example.dk/ ',
    'https://example.dk/a b',
    '\u0000https://example.dk/',
    'https://exa\u0000mple.dk/',
    'https://exa\tmple.dk/',
    'https://example.dk/\n',
    '\u00a0https://example.dk/',
    'https:\\\\evil.example\\',
    'https:/\\evil.example/',
    'http://example.dk\\@evil.example/',
    'mailto:a@example.dk?attach=/etc/passwd',
    'mailto:a@example.dk?subject=x&Attachment=C:%5Cboot.ini',
    'mailto:a@example.dk?%61ttach=/etc/passwd',
  ])('refuses %j', (raw) => {
    expect(externalUrlToOpen(raw)).toBeNull();
  });
});

describe('what reaches the platform', () => {
  let dir = '';
  let services: Services;
  let handlers: ApiHandlers;
  const opened: string[] = [];
  beforeAll(() => {
    dir = tempDir('samspil-href-');
    services = openServices({ dataDir: dir });
    handlers = createApiHandlers(services, {
      page: {
        findInPage: async () => ({ matches: 0, activeMatchOrdinal: 0 }),
        stopFindInPage: () => undefined,
        print: async () => false,
      },
      files: { openPath: async () => undefined, showItemInFolder: () => undefined },
      dialogs: {
        saveFile: async () => null,
        openFile: async () => null,
        chooseFolder: async () => null,
      },
      openExternal: async (url) => void opened.push(url),
      clipboard: { write: () => undefined },
      settings: createMemorySettingsStore(),
      appInfo: () => ({ version: '0', platform: 'test', dataDir: dir, logFile: '' }),
    });
  });
  afterAll(() => {
    services.close();
    if (dir.includes('samspil-href-'))
      fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  });

  it('app.openExternal passes the normalised href and refuses the tricks', async () => {
    opened.length = 0;
    const ok = await invokeChecked(handlers, 'app.openExternal', { url: 'HTTPS://WWW.EXAMPLE.DK' });
    expect(ok).toEqual({ ok: true, value: { opened: true } });
    for (const url of [' https://example.dk/', 'mailto:a@example.dk?attach=/etc/passwd']) {
      const refused = await invokeChecked(handlers, 'app.openExternal', { url });
      expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    expect(opened).toEqual(['https://www.example.dk/']);
  });
});
