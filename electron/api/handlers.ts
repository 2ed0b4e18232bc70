// One handler per contract call, over the services and the platform ports. Inputs arrive already
// parsed by the door (door.ts), so handlers only translate between the contract and the services.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers, Settings } from '../../shared/api';
import { ApiError } from '../../shared/api';
import type { Handout } from '../../shared/handout/types';
import type { Services } from '../services/services';
import { externalUrlToOpen } from '../../shared/markdown/urlPolicy';
import type { FileFilter, PlatformPorts } from './platformPorts';
import { createTeamHandlers } from './teamHandlers';
import { createPartnershipHandlers } from './partnershipHandlers';
import { DIALOG_TEXTS, EXPORT_EXTENSIONS, type DialogTexts } from './dialogTexts';

/** The dialogs speak the interface language the user chose (read when each dialog opens). */
function dialogWords(platform: PlatformPorts): () => DialogTexts {
  return () => DIALOG_TEXTS[platform.settings.read().language];
}

type Handlers<Prefix extends string> = Pick<
  ApiHandlers,
  Extract<keyof ApiHandlers, `${Prefix}.${string}`>
>;

export function createApiHandlers(services: Services, platform: PlatformPorts): ApiHandlers {
  // Open and Show in folder are offered for what an export just wrote, and for nothing else.
  const written = createWrittenFiles();
  const { content, search } = services;
  return {
    ...createTeamHandlers(services.team, platform),
    'content.all': () => content.all(),
    'content.get': ({ id }) => content.get(id),
    'search.query': (request) => search.query(request),
    ...noteHandlers(services, platform, written),
    ...settingsHandlers(services, platform),
    ...handoutHandlers(services, platform, written),
    ...draftHandlers(services),
    ...createPartnershipHandlers(services, platform),
    ...appHandlers(platform, written),
  } satisfies ApiHandlers;
}

function noteHandlers(
  { notes }: Services,
  platform: PlatformPorts,
  written: WrittenFiles,
): Handlers<'notes' | 'backups'> {
  const words = dialogWords(platform);
  const jsonFilter = (): FileFilter => ({ name: words().notesFilter, extensions: ['json'] });
  return {
    'notes.list': (filter) => notes.list(filter),
    'notes.get': ({ id }) => notes.get(id),
    'notes.create': (input) => notes.create(input),
    'notes.update': (update) => notes.update(update),
    'notes.delete': ({ ids, confirm }) => notes.delete(ids, { confirm }),
    'notes.undelete': ({ ids }) => notes.undelete(ids),
    'notes.export': async ({ format, ids }) => {
      if (format === 'markdown') {
        const folder = await platform.dialogs.chooseFolder({
          title: words().notesMarkdownFolder,
        });
        if (folder === null) return { cancelled: true };
        // A folder dialog asks nothing about replacing, so the export goes into a new folder
        // inside the chosen one and never touches what is there.
        return written.add({ path: notes.exportMarkdown(freshFolderIn(folder), ids).path });
      }
      const file = await platform.dialogs.saveFile({
        title: words().notesSave,
        defaultName: `samspil-noter-${today()}.json`,
        filters: [jsonFilter()],
      });
      if (file === null) return { cancelled: true };
      // The save dialog has asked the user before returning an existing file (on Linux too:
      // showOverwriteConfirmation), so replacing it is what they confirmed.
      return written.add({ path: notes.exportJson(file, ids, { overwrite: true }).path });
    },
    'notes.import': async ({ mode, confirm }) => {
      const file = await platform.dialogs.openFile({
        title: words().notesImport,
        filters: [jsonFilter()],
      });
      if (file === null) return { cancelled: true };
      return notes.importFile(file, { mode, confirm });
    },
    'notes.status': () => notes.status(),
    'notes.acknowledgeRecoveries': () => notes.acknowledgeRecoveries(),

    'backups.list': () => notes.listBackups(),
    'backups.create': () => notes.backup('manual'),
    'backups.restore': ({ name }) => notes.restoreBackup(name),
  };
}

function settingsHandlers({ notes }: Services, platform: PlatformPorts): Handlers<'settings'> {
  const currentSettings = (): Settings => {
    const stored = platform.settings.read();
    return {
      language: stored.language,
      backupDir: notes.status().backupDir,
      theme: stored.theme ?? 'system',
      recent: stored.recent ?? [],
    };
  };
  const words = dialogWords(platform);
  return {
    'settings.get': () => currentSettings(),
    'settings.set': (patch) => {
      const { language, theme, recent } = patch;
      platform.settings.update({
        ...(language ? { language } : {}),
        ...(theme ? { theme } : {}),
        ...(recent ? { recent } : {}),
      });
      if (language) platform.languageChanged?.(language);
      return currentSettings();
    },
    'settings.chooseBackupDir': async () => {
      const folder = await platform.dialogs.chooseFolder({
        title: words().backupFolder,
      });
      if (folder === null) return { cancelled: true };
      notes.setBackupDir(folder);
      platform.settings.update({ backupDir: folder });
      return currentSettings();
    },
  };
}

function handoutHandlers(
  { handouts }: Services,
  platform: PlatformPorts,
  written: WrittenFiles,
): Handlers<'handouts'> {
  const words = dialogWords(platform);
  return {
    'handouts.list': () => handouts.list(),
    'handouts.get': ({ id }) => handouts.get(id),
    'handouts.create': (input) => handouts.create(input),
    'handouts.update': ({ id, ...patch }) => handouts.update(id, patch),
    'handouts.duplicate': ({ id }) => handouts.duplicate(id),
    'handouts.delete': ({ id }) => {
      handouts.delete(id);
      return { deleted: true };
    },
    'handouts.undelete': ({ id }) => handouts.undelete(id),
    'handouts.preview': ({ id, language }) => ({
      html: handouts.renderBodyHtml(handouts.get(id), language),
    }),
    'handouts.export': async ({ id, format, language }) => {
      const handout = handouts.get(id);
      const file = await platform.dialogs.saveFile({
        title: words().handoutExport,
        defaultName: `${fileStem(handout)}.${format}`,
        filters: [{ name: words()[format], extensions: EXPORT_EXTENSIONS[format] }],
      });
      if (file === null) return { cancelled: true };
      // Confirmed in the save dialog (see notes.export).
      return written.add(
        await handouts.exportTo(handout, format, file, { overwrite: true, language }),
      );
    },
  };
}

function draftHandlers({ drafts }: Services): Handlers<'drafts'> {
  return {
    'drafts.get': ({ key }) => drafts.get(key),
    'drafts.put': ({ key, value }) => drafts.put(key, value),
    'drafts.discard': ({ key }) => drafts.discard(key),
  };
}

function appHandlers(platform: PlatformPorts, written: WrittenFiles): Handlers<'app'> {
  return {
    'app.info': () => platform.appInfo(),
    'app.openExternal': async ({ url }) => {
      const href = externalUrlToOpen(url);
      if (href === null) throw new ApiError('refused', 'external-url-refused');
      await platform.openExternal(href);
      return { opened: true };
    },
    'app.copy': async ({ text, html }) => {
      await platform.clipboard.write(html === undefined ? { text } : { text, html });
      return { copied: true };
    },
    'app.findInPage': ({ text, forward, next }) =>
      platform.page.findInPage(text, { forward: forward ?? true, findNext: next ?? false }),
    'app.stopFindInPage': () => {
      platform.page.stopFindInPage();
      return { stopped: true };
    },
    'app.print': async () => ({ printed: await platform.page.print() }),
    'app.openPath': async ({ path: file }) => {
      await platform.files.openPath(written.check(file));
      return { opened: true };
    },
    'app.showItemInFolder': ({ path: file }) => {
      platform.files.showItemInFolder(written.check(file));
      return { shown: true };
    },
  };
}

interface WrittenFiles {
  add<T extends { path: string }>(result: T): T;
  check(file: string): string;
}

/** The files this session's exports wrote: the only ones Open and Show in folder may reach. */
function createWrittenFiles(): WrittenFiles {
  const paths = new Set<string>();
  return {
    add(result) {
      paths.add(result.path);
      return result;
    },
    check(file) {
      if (!paths.has(file)) throw new ApiError('refused', 'file-not-exported');
      return file;
    },
  };
}

/** `<folder>/samspil-noter-<date>`, or `-2`, `-3`, … when that name is taken. */
export function freshFolderIn(folder: string): string {
  const base = path.join(folder, `samspil-noter-${today()}`);
  for (let n = 2, candidate = base; ; candidate = `${base}-${n++}`) {
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A file name from the handout's title that every file system accepts. */
export function fileStem(handout: Pick<Handout, 'title'>): string {
  const stem = handout.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return stem || 'uddeling';
}
