// The handlers over the real services (temp data folder, the built corpus) and fake platform
// ports, called through the door as the renderer would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, ApiError, type ApiHandlers } from '../../shared/api';
import type { Note } from '../../shared/notes/types';
import type { Handout } from '../../shared/handout/types';
import { invokeChecked } from '../../electron/api/door';
import { createApiHandlers, fileStem } from '../../electron/api/handlers';
import type { PlatformPorts } from '../../electron/api/platformPorts';
import { createMemorySettingsStore } from '../../electron/services/settings/settingsStore';
import { openServices, type Services } from '../../electron/services/services';

const CORPUS_DIR = path.resolve('dist/content');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-handlers-'));
const answers: (string | null)[] = [];
const dialogs: string[] = [];
const externals: string[] = [];
const clipboard: { text: string; html?: string }[] = [];
const opened: string[] = [];
let services: Services;
let handlers: ApiHandlers;

const call = async <T>(method: string, input: unknown): Promise<T> => {
  const result = await invokeChecked(handlers, method, input);
  if (!result.ok) {
    throw new Error(`${result.error.code}: ${ApiError.fromData(result.error).message}`);
  }
  return result.value as T;
};

beforeAll(() => {
  if (!fs.existsSync(path.join(CORPUS_DIR, 'corpus.json'))) {
    throw new Error('dist/content mangler: run npm run build first');
  }
  services = openServices({ dataDir: path.join(tmp, 'data'), corpusDir: CORPUS_DIR });
  const answer = async (kind: string) => {
    dialogs.push(kind);
    return answers.shift() ?? null;
  };
  const platform: PlatformPorts = {
    ...stubPlatform(),
    files: {
      openPath: async (file) => void opened.push(`open:${file}`),
      showItemInFolder: (file) => void opened.push(`show:${file}`),
    },
    dialogs: {
      saveFile: (request) =>
        answer(`save:${request.defaultName}:${request.filters[0]?.extensions}`),
      openFile: () => answer('open'),
      chooseFolder: () => answer('folder'),
    },
    openExternal: async (url) => void externals.push(url),
    clipboard: { write: (data) => void clipboard.push(data) },
    settings: createMemorySettingsStore(),
    appInfo: () => ({ version: '9.9.9', platform: 'test', dataDir: tmp, logFile: null }),
  };
  handlers = createApiHandlers(services, platform);
});

afterAll(() => {
  services.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('createApiHandlers', () => {
  it('has exactly one handler per contract call', () => {
    expect(Object.keys(handlers).sort()).toEqual([...API_METHODS].sort());
  });

  it('exports notes as JSON where the user chose, or reports the cancel', async () => {
    await call<Note>('notes.create', { title: 'Møde med aftenskolen', body: 'Tillid **først**.' });
    expect(await call('notes.export', { format: 'json' })).toEqual({ cancelled: true });
    const file = path.join(tmp, 'noter.json');
    answers.push(file);
    expect(await call('notes.export', { format: 'json' })).toEqual({ path: file });
    expect(fs.readFileSync(file, 'utf8')).toContain('Møde med aftenskolen');
    expect(dialogs.at(-1)).toMatch(/^save:samspil-noter-\d{4}-\d{2}-\d{2}\.json:json$/);
  });

  it('opens and shows only a file an export just wrote', async () => {
    const file = path.join(tmp, 'aabnes.json');
    const outside = path.join(tmp, 'data', 'samspil.db');
    await expect(call('app.openPath', { path: file })).rejects.toThrow(/^refused: /);
    answers.push(file);
    await call('notes.export', { format: 'json' });
    await expect(call('app.openPath', { path: file })).resolves.toEqual({ opened: true });
    await expect(call('app.showItemInFolder', { path: file })).resolves.toEqual({ shown: true });
    await expect(call('app.showItemInFolder', { path: outside })).rejects.toThrow(/^refused: /);
    expect(opened).toEqual([`open:${file}`, `show:${file}`]);
  });

  it('keeps the theme and the recently viewed pages in the settings', async () => {
    const recent = [
      { hash: '#/faktorer/relation-gensidig-tillid', title: 'Tillid', kind: 'factor' },
    ];
    const saved = await call<{ theme: string; recent: unknown }>('settings.set', {
      theme: 'dark',
      recent,
    });
    expect(saved).toMatchObject({ theme: 'dark', recent, language: 'da' });
    await expect(
      call('settings.set', { recent: [{ hash: 'javascript:alert(1)', title: 'x', kind: 'note' }] }),
    ).rejects.toThrow(/^invalid-input: /);
    await expect(call('settings.get', {})).resolves.toMatchObject({ theme: 'dark', recent });
  });

  it('replaces only a file the save dialog confirmed, keeps its mode, never the data folder', async () => {
    await call<Note>('notes.create', { title: 'Til eksport', body: '' });
    const file = path.join(tmp, 'bekraeftet.json');
    fs.writeFileSync(file, 'gammel');
    fs.chmodSync(file, 0o600);
    answers.push(file);
    expect(await call('notes.export', { format: 'json' })).toEqual({ path: file });
    expect(fs.readFileSync(file, 'utf8')).toContain('Til eksport');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    answers.push(path.join(tmp, 'data', 'samspil.db'));
    await expect(call('notes.export', { format: 'json' })).rejects.toThrow(/^refused: .*datamappe/);
    expect(services.notes.list().length).toBeGreaterThan(0);
  });

  it('exports Markdown into a new folder inside the chosen one, leaving what is there', async () => {
    const chosen = path.join(tmp, 'valgt');
    fs.mkdirSync(chosen);
    fs.writeFileSync(path.join(chosen, 'mit.txt'), 'brugerens');
    answers.push(chosen, chosen);
    const first = await call<{ path: string }>('notes.export', { format: 'markdown' });
    const second = await call<{ path: string }>('notes.export', { format: 'markdown' });
    expect(path.dirname(first.path)).toBe(chosen);
    expect(path.basename(first.path)).toMatch(/^samspil-noter-\d{4}-\d{2}-\d{2}$/);
    expect(second.path).toBe(`${first.path}-2`);
    expect(fs.readFileSync(path.join(chosen, 'mit.txt'), 'utf8')).toBe('brugerens');
  });

  it('imports the chosen file into another data folder', async () => {
    // Its own file: the test must not depend on what the export test wrote before it.
    const note = services.notes.create({ title: 'Til import', body: 'Tillid.' });
    const file = services.notes.exportJson(path.join(tmp, 'til-import.json'), [note.id]).path;
    const other = openServices({ dataDir: path.join(tmp, 'other'), corpusDir: CORPUS_DIR });
    try {
      const otherHandlers = createApiHandlers(other, {
        ...stubPlatform(),
        dialogs: { ...stubPlatform().dialogs, openFile: async () => file },
      });
      const result = await invokeChecked(otherHandlers, 'notes.import', { mode: 'merge' });
      expect(result).toMatchObject({ ok: true, value: { added: 1 } });
      expect(other.notes.list().map((n) => n.title)).toEqual(['Til import']);
    } finally {
      other.close();
    }
  });

  it('keeps the language and moves backups to the chosen folder', async () => {
    expect(await call('settings.set', { language: 'en' })).toMatchObject({ language: 'en' });
    expect(await call('settings.chooseBackupDir', {})).toEqual({ cancelled: true });
    const folder = path.join(tmp, 'mine-kopier');
    fs.mkdirSync(folder);
    answers.push(folder);
    expect(await call('settings.chooseBackupDir', {})).toMatchObject({
      language: 'en',
      backupDir: folder,
    });
    expect(await call('settings.get', {})).toMatchObject({ language: 'en', backupDir: folder });
  });

  it('exports a handout under a file name from its title', async () => {
    const handout = await call<Handout>('handouts.create', {
      title: 'Workshop: tillid/forankring',
    });
    expect(fileStem(handout)).toBe('Workshop tillid forankring');
    const file = path.join(tmp, 'uddeling.md');
    answers.push(file);
    expect(await call('handouts.export', { id: handout.id, format: 'md' })).toEqual({ path: file });
    expect(fs.readFileSync(file, 'utf8')).toContain('Workshop: tillid/forankring');
    expect(dialogs.at(-1)).toBe('save:Workshop tillid forankring.md:md');
    const preview = await call<{ html: string }>('handouts.preview', { id: handout.id });
    expect(preview.html).toContain('Workshop: tillid/forankring');
    // The preview is the body alone: the app's CSP forbids the page's inline <style>.
    expect(preview.html).not.toMatch(/<(html|head|style)\b/i);
  });

  it('opens only http, https and mailto outside the app', async () => {
    expect(await call('app.openExternal', { url: 'https://www.example.dk/' })).toEqual({
      opened: true,
    });
    const refused = await invokeChecked(handlers, 'app.openExternal', {
      url: 'file:///etc/passwd',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(externals).toEqual(['https://www.example.dk/']);
  });

  it('copies text, with HTML when given', async () => {
    await call('app.copy', { text: '“Citat” – Kilde' });
    await call('app.copy', { text: 'a', html: '<b>a</b>' });
    expect(clipboard).toEqual([{ text: '“Citat” – Kilde' }, { text: 'a', html: '<b>a</b>' }]);
  });

  it('reports the app info from the platform', async () => {
    expect(await call('app.info', {})).toEqual({
      version: '9.9.9',
      platform: 'test',
      dataDir: tmp,
      logFile: null,
    });
  });
});

function stubPlatform(): PlatformPorts {
  return {
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
    openExternal: async () => undefined,
    clipboard: { write: () => undefined },
    settings: createMemorySettingsStore(),
    appInfo: () => ({ version: '0', platform: 'test', dataDir: tmp, logFile: null }),
  };
}
