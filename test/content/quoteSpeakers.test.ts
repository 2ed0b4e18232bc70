// The certainty rule of content/README.md ("Who said it: the certainty rule"), applied to all 18
// quotes from the layout of the source text itself: each quote's lines, the introduction that
// precedes it, what stands between them, and whether the introduction names one speaker or several.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/content/readContentFiles';
import { parseRange } from '../../scripts/content/checkSourceLines';
import type { SpeakerCertainty } from '../../shared/content/types';

const root = path.resolve(import.meta.dirname, '../..');
const sourceLines = fs
  .readFileSync(path.join(root, 'test/fixtures/source/000_6a6e91a60e8fe095.txt'), 'utf8')
  .split('\n');
/** Line n (1-based) of the source text. */
const line = (n: number): string => sourceLines[n - 1] ?? '';

interface QuoteFile {
  id: string;
  section: string;
  speaker: { role: string; certainty: SpeakerCertainty; note?: string };
  body: string;
  /** The quote's own lines: the last item of source_lines. */
  lines: [number, number];
  cited: [number, number][];
}

const quotes: QuoteFile[] = readContentFiles(path.join(root, 'content'))
  .files.filter((f) => f.folderKind === 'quote')
  .map((f) => {
    const cited = (f.data.source_lines as unknown[]).map((item) => parseRange(item));
    const lines = cited.at(-1);
    if (!lines || cited.some((c) => !c)) throw new Error(`${f.file}: source_lines unreadable`);
    return {
      ...(f.data as Pick<QuoteFile, 'id' | 'section' | 'speaker'>),
      body: f.body,
      lines,
      cited: cited as [number, number][],
    };
  });

const comparable = (text: string): string => text.replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();
const quoteOf = (n: number): QuoteFile | undefined =>
  quotes.find((q) => n >= q.lines[0] && n <= q.lines[1]);

/** A line that introduces a quote ends with a colon; the "Erfaring fra …:" headings do not count. */
const isIntroduction = (n: number): boolean =>
  /:\s*$/.test(line(n)) && !/^\s*Erfaring fra .*:\s*$/.test(line(n)) && !quoteOf(n);

interface Layout {
  introduction: number;
  /** Running text (not another quote) stands between the introduction and the quote. */
  textBetween: boolean;
  /** Another quote stands between: this one has no introduction of its own. */
  quoteBetween: boolean;
  /** The sentence that names the speaker names several people ("De to …", "Koordinatorer …"). */
  severalSpeakers: boolean;
}

function layoutOf(quote: QuoteFile): Layout {
  let introduction = quote.lines[0] - 1;
  while (introduction > 0 && !isIntroduction(introduction)) introduction--;
  const between = Array.from(
    { length: quote.lines[0] - introduction - 1 },
    (_, i) => introduction + 1 + i,
  ).filter((n) => line(n).trim() !== '');
  return {
    introduction,
    textBetween: between.some((n) => !quoteOf(n)),
    quoteBetween: between.some((n) => quoteOf(n)),
    severalSpeakers: namesSeveral(introduction),
  };
}

/** The paragraph up to the introduction line, its sentence with a verb of speech, its subject. */
function namesSeveral(introduction: number): boolean {
  let start = introduction;
  while (start > 1 && line(start - 1).trim() !== '') start--;
  const paragraph = comparable(sourceLines.slice(start - 1, introduction).join('\n'));
  const sentences = paragraph.split(/(?<=\.)\s+/);
  const speaking = sentences.filter((s) =>
    /\b(udtrykte|fortalte|bemærkede|beskrev|mente)\b/.test(s),
  );
  const subject =
    (speaking.at(-1) ?? '').split(/\s+(udtrykte|fortalte|bemærkede|beskrev|mente)\b/)[0] ?? '';
  const first = subject.split(' ')[0] ?? '';
  return /^(De|Alle|Begge)$/.test(first) || /^[A-ZÆØÅ][a-zæøå]+er$/.test(first);
}

/** The rule, as content/README.md states it. */
function certaintyOf(layout: Layout): SpeakerCertainty {
  if (layout.introduction < 1) return 'usikker';
  return layout.textBetween || layout.quoteBetween || layout.severalSpeakers
    ? 'sandsynlig'
    : 'sikker';
}

describe('who said it: the certainty rule, applied to every quote', () => {
  it('covers all 18 quotes', () => {
    expect(quotes).toHaveLength(18);
  });

  it.each(quotes.map((q): [string, QuoteFile] => [q.id, q]))(
    '%s: the last source_lines range is the quote, word for word',
    (_id, quote) => {
      const [first, last] = quote.lines;
      const text = comparable(sourceLines.slice(first - 1, last).join('\n'));
      for (const paragraph of quote.body.trim().split(/\n\s*\n/)) {
        expect(text).toContain(comparable(paragraph));
      }
    },
  );

  it.each(quotes.map((q): [string, QuoteFile] => [q.id, q]))(
    '%s: certainty follows from the layout; introduction and what stands between are cited',
    (_id, quote) => {
      const layout = layoutOf(quote);
      expect({ certainty: quote.speaker.certainty, layout }).toEqual({
        certainty: certaintyOf(layout),
        layout,
      });
      const cited = (n: number): boolean => quote.cited.some(([a, b]) => n >= a && n <= b);
      const between = Array.from(
        { length: quote.lines[0] - layout.introduction },
        (_, i) => layout.introduction + i,
      ).filter((n) => line(n).trim() !== '');
      expect(between.filter((n) => !cited(n))).toEqual([]);
    },
  );
});

describe('speakers and sections the source supports', () => {
  const byId = (id: string): QuoteFile => {
    const quote = quotes.find((q) => q.id === id);
    if (!quote) throw new Error(`no quote ${id}`);
    return quote;
  };

  it('gives "ligeværdige præmisser" to the introduced speaker, not to the summary without a colon', () => {
    const quote = byId('citat-ligevaerdige-praemisser');
    expect(layoutOf(quote).introduction).toBe(341);
    expect(line(343)).toMatch(/^Lederen af frivilligcenteret mente/);
    expect(quote.speaker.role).toMatch(/myndighedsafdeling/i);
    expect(quote.speaker.certainty).toBe('sandsynlig');
    expect(quote.speaker.note).toMatch(/Lederen af frivilligcenteret mente/);
  });

  it('places the quotes of the lesson chapters in the results section, as citat-raadighedsrum', () => {
    const lessonChapters = 309; // "LÆRINGEN FRA PARTNERSKABERNE"
    for (const id of [
      'citat-skaere-i-sig-selv',
      'citat-aaben-udviklingsmodel',
      'citat-ligevaerdige-praemisser',
      'citat-brugerrepraesentanter',
    ]) {
      expect([id, byId(id).section]).toEqual([id, byId('citat-raadighedsrum').section]);
    }
    const organising = quotes.filter(
      (q) => q.lines[0] > lessonChapters && q.section === 'organisering',
    );
    expect(organising.map((q) => q.id)).toEqual([]);
  });

  it('notes that "vores dagtilbud" fits Lavuk Stjernen better than the volunteer centre', () => {
    expect(byId('citat-nysgerrighed-og-aabenhed').speaker.note).toMatch(/vores dagtilbud/);
  });
});
