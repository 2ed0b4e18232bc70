// Finds the entry files under content/ and splits each into front matter (gray-matter) and body.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { EntryKind } from '../../shared/content/types';
import { displayPath, type ContentIssue } from './contentIssues';

/** Folder of content/ → the kind its files must have. */
export const FOLDER_KINDS: Record<string, EntryKind> = {
  sources: 'source',
  partnerships: 'partnership',
  quotes: 'quote',
  factors: 'factor',
  lessons: 'lesson',
};

/** Not entries: the schema description and the search data files. */
const SKIPPED = new Set(['README.md', 'search']);

export interface RawContentFile {
  /** Relative to the content folder, with `/`. */
  file: string;
  /** As shown in error messages. */
  shown: string;
  folderKind: EntryKind | undefined;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file, for messages about the body. */
  bodyLine: number;
}

function listMarkdownFiles(dir: string, relative = ''): string[] {
  const files: string[] = [];
  const entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (!relative && SKIPPED.has(entry.name)) continue;
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) files.push(...listMarkdownFiles(dir, rel));
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(rel);
  }
  return files;
}

function yamlProblem(error: unknown): string {
  const yamlError = error as { reason?: string; mark?: { line?: number; column?: number } };
  if (yamlError.reason && yamlError.mark?.line !== undefined) {
    // js-yaml counts from 0 within the front matter, which starts on the file's second line.
    return `ugyldig YAML i linje ${yamlError.mark.line + 2}: ${yamlError.reason}`;
  }
  return `ugyldig YAML: ${error instanceof Error ? error.message : String(error)}`;
}

export function readContentFiles(contentDir: string): {
  files: RawContentFile[];
  issues: ContentIssue[];
  /** Ids (file names) of the entry files that could not be read at all. */
  unreadableIds: string[];
} {
  const files: RawContentFile[] = [];
  const issues: ContentIssue[] = [];
  const unreadableIds: string[] = [];
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    return {
      files,
      issues: [{ file: displayPath(contentDir), message: 'mappen med indhold findes ikke' }],
      unreadableIds,
    };
  }
  for (const file of listMarkdownFiles(contentDir)) {
    const absolute = path.join(contentDir, file);
    const shown = displayPath(absolute);
    const folder = file.split('/')[0] as string;
    const folderKind = file.includes('/') ? FOLDER_KINDS[folder] : undefined;
    if (!folderKind) {
      const folders = Object.keys(FOLDER_KINDS).join('/, ');
      issues.push({ file: shown, message: `ligger uden for de kendte mapper (${folders}/)` });
      continue;
    }
    const source = fs
      .readFileSync(absolute, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    if (!/^---\n/.test(source)) {
      issues.push({
        file: shown,
        field: 'front matter',
        message: 'mangler (filen skal begynde med en linje "---")',
      });
      unreadableIds.push(path.basename(file, '.md'));
      continue;
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      // Passing options turns off gray-matter's cache, which would share objects between files.
      parsed = matter(source, {});
    } catch (error) {
      issues.push({ file: shown, field: 'front matter', message: yamlProblem(error) });
      unreadableIds.push(path.basename(file, '.md'));
      continue;
    }
    const data: unknown = parsed.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      issues.push({
        file: shown,
        field: 'front matter',
        message: 'skal være felter (navn: værdi)',
      });
      unreadableIds.push(path.basename(file, '.md'));
      continue;
    }
    const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length;
    files.push({
      file,
      shown,
      folderKind,
      data: data as Record<string, unknown>,
      body: parsed.content,
      bodyLine,
    });
  }
  return { files, issues, unreadableIds };
}
