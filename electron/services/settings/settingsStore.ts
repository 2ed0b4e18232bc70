// The user's settings as one small JSON file in the user-data folder, written atomically so that a
// crash mid-write leaves the previous file intact.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomicFile';
import { z } from 'zod';
import { LANGUAGES } from '../../../shared/api';
import { recentListSchema, themeSchema } from '../../../shared/apiSchemas';

const windowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().optional(),
});

const storedSettingsSchema = z.object({
  language: z.enum(LANGUAGES),
  backupDir: z.string().min(1).optional(),
  window: windowBoundsSchema.optional(),
  theme: themeSchema.optional(),
  recent: recentListSchema.optional(),
});

/** Reading is lenient: a value the app no longer understands falls back, the others are kept. */
const loadedSettingsSchema = z.object({
  language: storedSettingsSchema.shape.language.catch('da'),
  backupDir: storedSettingsSchema.shape.backupDir.catch(undefined),
  window: storedSettingsSchema.shape.window.catch(undefined),
  theme: storedSettingsSchema.shape.theme.catch(undefined),
  recent: storedSettingsSchema.shape.recent.catch(undefined),
});

export type WindowBounds = z.infer<typeof windowBoundsSchema>;
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

const DEFAULT_SETTINGS: StoredSettings = { language: 'da' };

export interface SettingsStore {
  read(): StoredSettings;
  /** Merges the patch into the stored settings and persists them; returns the result. */
  update(patch: Partial<StoredSettings>): StoredSettings;
}

export const SETTINGS_FILE = 'settings.json';

/** Settings persisted in `<dir>/settings.json`. */
export function openSettingsStore(dir: string): SettingsStore {
  const file = path.join(dir, SETTINGS_FILE);
  let current = load(file);
  return {
    read: () => current,
    update(patch) {
      const next = storedSettingsSchema.parse({ ...current, ...patch });
      writeJsonAtomic(file, next);
      current = next;
      return current;
    },
  };
}

/** Settings kept in memory only (tests, the test bridge). */
export function createMemorySettingsStore(initial: Partial<StoredSettings> = {}): SettingsStore {
  let current = storedSettingsSchema.parse({ ...DEFAULT_SETTINGS, ...initial });
  return {
    read: () => current,
    update(patch) {
      current = storedSettingsSchema.parse({ ...current, ...patch });
      return current;
    },
  };
}

function load(file: string): StoredSettings {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  try {
    return loadedSettingsSchema.parse(JSON.parse(text));
  } catch {
    // A damaged file is kept beside the new one (never deleted) so nothing the user set is lost.
    fs.renameSync(file, `${file}.damaged-${Date.now()}`);
    return { ...DEFAULT_SETTINGS };
  }
}

function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
