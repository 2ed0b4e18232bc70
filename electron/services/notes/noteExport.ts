// Exports notes as the versioned JSON file or as a folder of Markdown files with front matter.
// Both are atomic: a crash leaves the old export or the new one, never a part of one.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ApiError } from '../../../shared/api';
import type { Note } from '../../../shared/notes/types';
import { fsyncPath, tempPathFor, writeFileAtomic, writeNewFileSynced } from '../atomicFile';
import { describeFileError } from '../fileErrors';
import { assertWritableFolderTarget, writableFileTarget } from '../userFiles';
import { toNotesFile } from './noteFile';

/** Marks a folder as one of our exports, so a later export may replace it. */
export const EXPORT_MARKER = '.samspil-noter.json';

const EXPORT_FAILED = 'export-not-written';

export function exportJsonFile(notes: Note[], file: string, now: Date): string {
  const target = writableFileTarget(path.resolve(file), EXPORT_FAILED);
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
  const slug = note.title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
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

/**
 * Writes the folder beside the target, then swaps it in with renames. An existing target is
 * replaced only when it is empty or an earlier export (it carries the marker file).
 */
export function exportMarkdownFolder(notes: Note[], folder: string, now: Date): string {
  const target = path.resolve(folder);
  assertWritableFolderTarget(target, EXPORT_FAILED);
  try {
    return writeMarkdownFolder(notes, target, now);
  } catch (error) {
    throw describeFileError(error, target, EXPORT_FAILED, true);
  }
}

function writeMarkdownFolder(notes: Note[], target: string, now: Date): string {
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const existing = fs.existsSync(target) ? fs.readdirSync(target) : null;
  if (existing && existing.length > 0 && !existing.includes(EXPORT_MARKER)) {
    throw new ApiError(
      'conflict',
      `Mappen ${target} findes og er ikke en tidligere eksport af noter; vælg en tom eller ny mappe.`,
    );
  }
  const temp = tempPathFor(target);
  fs.mkdirSync(temp);
  try {
    const used = new Set<string>();
    for (const note of notes) {
      const name = uniqueFileName(markdownFileName(note), used);
      writeNewFileSynced(path.join(temp, name), noteToMarkdown(note));
    }
    const marker = {
      format: 'samspil-noter-markdown',
      exportedAt: now.toISOString(),
      count: notes.length,
    };
    writeNewFileSynced(path.join(temp, EXPORT_MARKER), `${JSON.stringify(marker)}\n`);
    fsyncPath(temp);
    if (existing) {
      // The old export is renamed away first; a crash between the renames leaves it complete
      // under its temp name and the new one complete under its own.
      const old = tempPathFor(target);
      fs.renameSync(target, old);
      fs.renameSync(temp, target);
      fs.rmSync(old, { recursive: true, force: true });
    } else {
      fs.renameSync(temp, target);
    }
    fsyncPath(parent);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return target;
}
