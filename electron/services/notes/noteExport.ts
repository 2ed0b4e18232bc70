// Exports notes as the versioned JSON file or as a folder of Markdown files with front matter.
// Both are atomic: a crash leaves the old export or the new one, never a part of one.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ApiError } from '../../../shared/api';
import { asciiSlug } from '../../../shared/content/slug';
import type { Note } from '../../../shared/notes/types';
import { fsyncPath, tempPathFor, writeFileAtomic, writeNewFileSynced } from '../atomicFile';
import { describeFileError } from '../fileErrors';
import { assertWritableFolderTarget } from '../userFiles';
import { toNotesFile } from './noteFile';

/** Marks a folder as one of our exports, so a later export may replace it. */
export const EXPORT_MARKER = '.samspil-noter.json';

const EXPORT_FAILED = 'export-not-written';

/** `file` is already checked (exportTarget.ts): new, or a regular file the user chose to replace. */
export function exportJsonFile(notes: Note[], file: string, now: Date): string {
  const target = path.resolve(file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, `${JSON.stringify(toNotesFile(notes, now), null, 2)}\n`);
  } catch (error) {
    throw describeFileError(error, target, EXPORT_FAILED, true);
  }
  return target;
}

/** A readable, portable file name: date, title slug and the start of the id. */
export function markdownFileName(note: Note): string {
  const slug = asciiSlug(note.title).slice(0, 60);
  const date = note.aboutDate ?? note.createdAt.slice(0, 10);
  return `${date}-${slug || 'note'}-${note.id.slice(0, 8)}.md`;
}

/**
 * `name`, or `name-2.md`, `name-3.md` … when an earlier note of the export took it. Compared
 * without case, since Windows and macOS folders do not tell `A.md` from `a.md`.
 */
export function uniqueFileName(name: string, used: Set<string>): string {
  const stem = name.replace(/\.md$/, '');
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.md`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export function noteToMarkdown(note: Note): string {
  const data = {
    id: note.id,
    title: note.title,
    partnership: note.partnership,
    organisations: note.organisations,
    aboutDate: note.aboutDate,
    factors: note.factors,
    links: note.links,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
  return matter.stringify(note.body.endsWith('\n') ? note.body : `${note.body}\n`, data);
}

interface Marker {
  format: 'samspil-noter-markdown';
  exportedAt: string;
  count: number;
  /** The files this export wrote: the only ones a later export may replace or remove. */
  files?: string[];
}

/** Names an earlier export wrote: from its marker, or (older markers) by our naming pattern. */
function filesOfEarlierExport(folder: string, entries: string[]): Set<string> {
  let marker: Partial<Marker> = {};
  try {
    marker = JSON.parse(fs.readFileSync(path.join(folder, EXPORT_MARKER), 'utf8')) as Marker;
  } catch {
    // An unreadable marker lists nothing: then nothing is removed.
  }
  if (Array.isArray(marker.files)) {
    return new Set(marker.files.filter((f): f is string => typeof f === 'string'));
  }
  const ours = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+-[0-9a-f]{8}\.md$/;
  return new Set(entries.filter((name) => ours.test(name)));
}

function markdownFiles(notes: Note[]): Map<string, string> {
  const files = new Map<string, string>();
  const used = new Set<string>();
  for (const note of notes)
    files.set(uniqueFileName(markdownFileName(note), used), noteToMarkdown(note));
  return files;
}

function markerText(files: Map<string, string>, now: Date): string {
  const marker: Marker = {
    format: 'samspil-noter-markdown',
    exportedAt: now.toISOString(),
    count: files.size,
    files: [...files.keys()],
  };
  return `${JSON.stringify(marker)}\n`;
}

/**
 * Writes a new folder beside the target, then renames it into place (absent or complete). An
 * existing target must be empty, or an earlier export and `overwrite` set: then each file is
 * replaced atomically, the earlier export's own files that are gone are removed, and every
 * other file in the folder (the user's) is left alone.
 */
export function exportMarkdownFolder(
  notes: Note[],
  folder: string,
  now: Date,
  options: { overwrite?: boolean } = {},
): string {
  const target = path.resolve(folder);
  assertWritableFolderTarget(target, EXPORT_FAILED);
  try {
    return writeMarkdownFolder(notes, target, now, options);
  } catch (error) {
    throw describeFileError(error, target, EXPORT_FAILED, true);
  }
}

function writeMarkdownFolder(
  notes: Note[],
  target: string,
  now: Date,
  options: { overwrite?: boolean },
): string {
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const existing = fs.existsSync(target) ? fs.readdirSync(target) : null;
  const files = markdownFiles(notes);
  if (existing && existing.length > 0) {
    if (!existing.includes(EXPORT_MARKER)) {
      throw new ApiError('conflict', 'export-folder-taken', { folder: target });
    }
    if (!options.overwrite) {
      throw new ApiError('conflict', 'export-folder-update', { folder: target });
    }
    updateEarlierExport(target, existing, files, now);
    return target;
  }
  if (existing) fs.rmdirSync(target);
  const temp = tempPathFor(target);
  fs.mkdirSync(temp);
  try {
    for (const [name, text] of files) writeNewFileSynced(path.join(temp, name), text);
    writeNewFileSynced(path.join(temp, EXPORT_MARKER), markerText(files, now));
    fsyncPath(temp);
    fs.renameSync(temp, target);
    fsyncPath(parent);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return target;
}

function updateEarlierExport(
  target: string,
  existing: string[],
  files: Map<string, string>,
  now: Date,
): void {
  // A marker names only plain file names in this folder; anything else in it is ignored.
  const earlier = new Set(
    [...filesOfEarlierExport(target, existing)].filter(
      (name) => path.basename(name) === name && name !== EXPORT_MARKER && existing.includes(name),
    ),
  );
  const foreign = [...files.keys()].find((name) => existing.includes(name) && !earlier.has(name));
  if (foreign) {
    throw new ApiError('conflict', 'export-foreign-file', { file: path.join(target, foreign) });
  }
  for (const [name, text] of files) writeFileAtomic(path.join(target, name), text);
  for (const name of earlier) {
    if (!files.has(name)) fs.rmSync(path.join(target, name), { force: true });
  }
  writeFileAtomic(path.join(target, EXPORT_MARKER), markerText(files, now));
}
