// PLACEHOLDER until the handout issue lands.
import type Database from 'better-sqlite3';
import type { ContentService, HandoutService, NotesStore, PdfRenderer } from '../serviceTypes';

export interface HandoutServiceDeps {
  db: Database.Database;
  content: ContentService;
  notes: NotesStore;
  pdfRenderer?: PdfRenderer;
}
export function createHandoutService(_deps: HandoutServiceDeps): HandoutService {
  throw new Error('not yet implemented');
}
