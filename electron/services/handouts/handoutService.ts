// Trainers' handouts: saved next to the notes (same database, same transactions and store errors)
// and exported as HTML, PDF, DOCX and Markdown from one resolved model.
import crypto from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api';
import { handoutInputSchema } from '../../../shared/apiSchemas';
import { parseOrThrow } from '../../../shared/errors/zodIssues';
import type { ContentService, HandoutService, NotesStore, PdfRenderer } from '../serviceTypes';
import type {
  ExportFormat,
  Handout,
  HandoutInput,
  NoteByline,
  ResolvedHandout,
} from '../../../shared/handout/types';
import { resolveHandout } from '../../../shared/handout/resolveHandout';
import { renderHandoutBodyHtml, renderHandoutHtml } from '../../../shared/handout/renderHtml';
import { renderHandoutMarkdown } from '../../../shared/handout/renderMarkdown';
import { writeFileAtomic } from '../atomicFile';
import { describeFileError } from '../fileErrors';
import { checkExportFile } from '../exportTarget';
import { assertWritable, type StoreHandle } from '../store/openStore';
import { readTransaction, writeTransaction } from '../store/transactions';
import { withStoreErrors } from '../store/storeErrors';
import { renderHandoutDocx } from './docxExport';
import {
  getHandout,
  insertHandout,
  listHandouts,
  replaceItems,
  replaceNoteRefs,
  trashHandout,
  untrashHandout,
  updateHandoutRow,
} from './handoutQueries';
import { isUuid } from '../../../shared/ids';

export interface HandoutServiceDeps {
  db: Database.Database;
  /** The store's folders (exports never go there) and whether it is open for reading only. */
  store?: Pick<StoreHandle, 'dataDir' | 'backupDir' | 'readOnly'>;
  content: Pick<ContentService, 'find' | 'section' | 'byKind'>;
  notes: Pick<NotesStore, 'get'>;
  pdfRenderer?: PdfRenderer;
  /**
   * Who wrote a cited note, when it is shared in the team library. A provider from where the
   * services are wired (services.ts), so handout code never reads the team's tables.
   */
  noteByline?: (noteId: string) => NoteByline | undefined;
}

export interface HandoutServiceImpl extends HandoutService {
  render(model: ResolvedHandout, format: ExportFormat): Promise<string | Uint8Array>;
}

export function createHandoutService(deps: HandoutServiceDeps): HandoutServiceImpl {
  const { db, content, notes } = deps;
  const dbPath = db.name;
  const places = deps.store ?? {
    dataDir: path.dirname(dbPath),
    backupDir: path.join(path.dirname(dbPath), 'backups'),
    readOnly: null,
  };
  const store = <T>(fn: () => T): T => {
    assertWritable({ readOnly: places.readOnly, dataDir: places.dataDir });
    return withStoreErrors(dbPath, () => writeTransaction(db, fn));
  };
  // Reads never take the write lock: a large import in another process does not block them.
  const read = <T>(fn: () => T): T => withStoreErrors(dbPath, () => readTransaction(db, fn));

  const mustGet = (id: string): Handout => {
    const handout = read(() => getHandout(db, id));
    if (!handout) throw new ApiError('not-found', 'handout-not-found', { id });
    return handout;
  };

  const findNote = (id: string) => {
    if (!isUuid(id)) return undefined;
    try {
      return notes.get(id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not-found') return undefined;
      throw error;
    }
  };

  const service: HandoutServiceImpl = {
    list: () => read(() => listHandouts(db)),
    get: mustGet,

    create(input: HandoutInput) {
      const parsed = parseOrThrow(handoutInputSchema, input);
      const now = new Date().toISOString();
      const handout: Handout = {
        id: crypto.randomUUID(),
        title: parsed.title,
        subtitle: parsed.subtitle ?? '',
        intro: parsed.intro ?? '',
        items: parsed.items ?? [],
        createdAt: now,
        updatedAt: now,
      };
      store(() => insertHandout(db, handout));
      return handout;
    },

    update(id, patch) {
      const parsed = parseOrThrow(handoutInputSchema.partial(), patch);
      return store(() => {
        const current = mustGet(id);
        const next: Handout = {
          ...current,
          title: parsed.title ?? current.title,
          subtitle: parsed.subtitle ?? current.subtitle,
          intro: parsed.intro ?? current.intro,
          items: parsed.items ?? current.items,
          updatedAt: new Date().toISOString(),
        };
        updateHandoutRow(db, next);
        if (parsed.items) replaceItems(db, id, next.items);
        return next;
      });
    },

    duplicate(id) {
      const source = mustGet(id);
      return service.create({
        title: `${source.title} (kopi)`.slice(0, 500),
        subtitle: source.subtitle,
        intro: source.intro,
        items: source.items,
      });
    },

    delete(id) {
      const deleted = store(() => trashHandout(db, id));
      if (!deleted) throw new ApiError('not-found', 'handout-not-found', { id });
    },

    replaceNoteRef(from, to) {
      if (from === to) return 0;
      return store(() => replaceNoteRefs(db, from, to));
    },

    undelete(id) {
      const restored = store(() => untrashHandout(db, id));
      if (!restored) throw new ApiError('not-found', 'handout-not-in-trash', { id });
      return mustGet(id);
    },

    resolve: (handout, language) =>
      resolveHandout(
        handout,
        {
          find: (id) => content.find(id),
          section: (id) => content.section(id),
          note: findNote,
          noteByline: (id) => deps.noteByline?.(id),
          sources: () => content.byKind('source'),
        },
        language,
      ),

    renderHtml: (handout) => renderHandoutHtml(service.resolve(handout)),
    renderBodyHtml: (handout, language) =>
      renderHandoutBodyHtml(service.resolve(handout, language)),

    async render(model, format) {
      switch (format) {
        case 'html':
          return renderHandoutHtml(model);
        case 'md':
          return renderHandoutMarkdown(model);
        case 'docx':
          return renderHandoutDocx(model);
        case 'pdf':
          if (!deps.pdfRenderer) throw new ApiError('unavailable', 'pdf-unavailable');
          return deps.pdfRenderer(renderHandoutHtml(model), {
            title: model.title,
            lang: model.language ?? 'da',
          });
      }
    },

    async exportTo(handout, format, file, options = {}) {
      const target = checkExportFile(file, places, options);
      const data = await service.render(service.resolve(handout, options.language), format);
      // Checked again: the file may have appeared while the PDF was rendered.
      checkExportFile(target, places, options);
      try {
        writeFileAtomic(target, data);
      } catch (error) {
        const lead = { code: 'write-failed-file', params: { file: target } } as const;
        throw describeFileError(error, target, lead, true);
      }
      return { path: target };
    },
  };
  return service;
}
