// Every entry names the lines of the source text its claims rest on (`source_lines`), so that a
// reviewer can check each claim in seconds. The build checks that those lines exist in the text
// the source entry names (`source_text`), that ranges run forwards and are not blank, and that a
// partnership has one list for its summary and one for each of its sections.
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_LINE_RANGE } from '../../shared/content/schema';
import type { EntryKind } from '../../shared/content/types';
import { displayPath, type ContentIssue } from './contentIssues';

/** A compiled file as this check needs it: its raw front matter and, for a partnership, its sections. */
export interface SourceLinesFile {
  shown: string;
  kind: EntryKind;
  data: Record<string, unknown>;
  sectionSlugs: string[];
}

interface SourceText {
  shown: string;
  lines: string[];
}

/** The summary's key in a partnership's source_lines. */
const SUMMARY_KEY = 'summary';

export function checkSourceLines(files: SourceLinesFile[], contentDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const text = readSourceText(files, contentDir, issues);
  if (!text) return issues;
  for (const file of files) {
    const report = (field: string, message: string): void =>
      void issues.push({ file: file.shown, field, message });
    const value = file.data.source_lines;
    if (file.kind === 'partnership') {
      checkPartnershipKeys(value as Record<string, unknown>, file.sectionSlugs, report);
      for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
        checkList(list, `source_lines.${key}`, text, report);
      }
    } else checkList(value, 'source_lines', text, report);
  }
  return issues;
}

/** The one source's text, split into lines; undefined (with an issue) when it cannot be read. */
function readSourceText(
  files: SourceLinesFile[],
  contentDir: string,
  issues: ContentIssue[],
): SourceText | undefined {
  const sources = files.filter((f) => f.kind === 'source');
  for (const extra of sources.slice(1)) {
    issues.push({
      file: extra.shown,
      field: 'source_text',
      message: `source_lines tælles i én kildetekst, men ${sources[0]?.shown} har allerede en`,
    });
  }
  const [source] = sources;
  // No valid source entry: its own file's error is reported already.
  if (!source) return undefined;
  const absolute = path.resolve(contentDir, String(source.data.source_text));
  let content: string;
  try {
    content = fs.readFileSync(absolute, 'utf8');
  } catch {
    const message = `kildeteksten ${displayPath(absolute)} findes ikke eller kan ikke læses`;
    issues.push({ file: source.shown, field: 'source_text', message });
    return undefined;
  }
  // Line n of the text is lines[n - 1]; a final newline does not start another line.
  const lines = content.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return { shown: displayPath(absolute), lines };
}

function checkPartnershipKeys(
  value: Record<string, unknown>,
  sectionSlugs: string[],
  report: (field: string, message: string) => void,
): void {
  const wanted = [SUMMARY_KEY, ...sectionSlugs];
  for (const key of wanted) {
    if (!(key in value)) {
      report('source_lines', `mangler "${key}" (én liste for ${wanted.join(', ')})`);
    }
  }
  for (const key of Object.keys(value)) {
    if (!wanted.includes(key)) {
      report(`source_lines.${key}`, `ukendt nøgle (gyldige: ${wanted.join(', ')})`);
    }
  }
}

function checkList(
  list: unknown,
  field: string,
  text: SourceText,
  report: (field: string, message: string) => void,
): void {
  if (!Array.isArray(list)) return; // the schema reports it
  list.forEach((item: unknown, i) => {
    const range = parseRange(item);
    if (!range) return; // the schema reports it
    const where = `${field}[${i}]`;
    const [first, last] = range;
    const count = text.lines.length;
    if (first < 1) report(where, 'linjerne tælles fra 1');
    else if (first > last) report(where, `intervallet ${first}-${last} går baglæns`);
    else if (last > count) {
      report(where, `linje ${last} findes ikke (${text.shown} har ${count} linjer)`);
    } else if (text.lines.slice(first - 1, last).every((line) => line.trim() === '')) {
      const lines = first === last ? `linje ${first} er tom` : `linje ${first}-${last} er tomme`;
      report(where, `${lines} i ${text.shown}`);
    }
  });
}

/** `455` → [455, 455]; `"397-399"` → [397, 399]; anything else → undefined. */
export function parseRange(item: unknown): [number, number] | undefined {
  if (typeof item === 'number' && Number.isInteger(item) && item >= 1) return [item, item];
  const match = typeof item === 'string' ? SOURCE_LINE_RANGE.exec(item) : null;
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
