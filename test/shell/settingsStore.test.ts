// Settings persist atomically in the user-data folder; a damaged file is kept, never lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore, SETTINGS_FILE } from '../../electron/services/settings/settingsStore';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-settings-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openSettingsStore', () => {
  it('starts with Danish and no file', () => {
    expect(openSettingsStore(dir).read()).toEqual({ language: 'da' });
    expect(fs.existsSync(path.join(dir, SETTINGS_FILE))).toBe(false);
  });

  it('persists updates and reads them back in a new store, leaving no temp file', () => {
    const store = openSettingsStore(dir);
    store.update({ language: 'en' });
    store.update({ backupDir: '/backups', window: { x: 1, y: 2, width: 900, height: 700 } });
    expect(openSettingsStore(dir).read()).toEqual({
      language: 'en',
      backupDir: '/backups',
      window: { x: 1, y: 2, width: 900, height: 700 },
    });
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('moves a damaged file aside and starts from the defaults', () => {
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), '{"language": "da", ');
    expect(openSettingsStore(dir).read()).toEqual({ language: 'da' });
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith(`${SETTINGS_FILE}.damaged-`));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe('{"language": "da", ');
  });

  it('drops single invalid values but keeps the valid ones', () => {
    fs.writeFileSync(
      path.join(dir, SETTINGS_FILE),
      JSON.stringify({ language: 'xx', backupDir: '/b', window: { width: 'wide' } }),
    );
    expect(openSettingsStore(dir).read()).toEqual({ language: 'da', backupDir: '/b' });
  });

  it('refuses an invalid update and keeps the file as it was', () => {
    const store = openSettingsStore(dir);
    store.update({ language: 'en' });
    expect(() => store.update({ window: { width: 10, height: 10 } })).toThrow();
    expect(JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual({
      language: 'en',
    });
  });
});
