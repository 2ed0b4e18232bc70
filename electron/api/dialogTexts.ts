// The words of the system dialogs the handlers open, in the interface language.
import type { Language } from '../../shared/api';
import type { ExportFormat } from '../../shared/handout/types';

export const DIALOG_TEXTS = {
  da: {
    notesMarkdownFolder: 'Vælg mappe til noterne som Markdown',
    notesSave: 'Gem noterne',
    notesImport: 'Importér noter',
    backupFolder: 'Vælg mappe til sikkerhedskopier',
    handoutExport: 'Eksportér handout',
    notesFilter: 'Samspil-noter (JSON)',
    pdf: 'PDF-dokument',
    docx: 'Word-dokument',
    md: 'Markdown',
    html: 'Webside (HTML)',
  },
  en: {
    notesMarkdownFolder: 'Choose a folder for the notes as Markdown',
    notesSave: 'Save the notes',
    notesImport: 'Import notes',
    backupFolder: 'Choose a folder for backups',
    handoutExport: 'Export handout',
    notesFilter: 'Samspil notes (JSON)',
    pdf: 'PDF document',
    docx: 'Word document',
    md: 'Markdown',
    html: 'Web page (HTML)',
  },
} satisfies Record<Language, Record<string, string>>;

export type DialogTexts = (typeof DIALOG_TEXTS)['da'];

export const EXPORT_EXTENSIONS: Record<ExportFormat, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  md: ['md'],
  html: ['html'],
};
