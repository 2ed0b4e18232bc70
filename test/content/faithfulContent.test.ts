// Issue 15: content claims nothing the source does not say. The sentences a reviewer found to claim
// more than the source (an outcome for an intention, one speaker as "the evaluation", a dropped
// hedge, an organisation renamed) stay out, and the Danish fixes stay in. Quotes are the source's
// own words and are not checked here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRange } from '../../scripts/content/checkSourceLines';
import { compileContentOrThrow } from '../../scripts/content/compileContent';
import { readContentFiles } from '../../scripts/content/readContentFiles';
import type { ContentEntry } from '../../shared/content/types';

const root = path.resolve(import.meta.dirname, '../..');
const entries = compileContentOrThrow(path.join(root, 'content')).entries;
const get = (id: string): ContentEntry => {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};
/** Everything a reader sees of an entry that is our own wording (quotes excluded). */
const ownWords = (entry: ContentEntry): string =>
  entry.kind === 'quote'
    ? ''
    : [entry.text, entry.kind === 'partnership' ? [entry.summary, ...entry.partners] : []]
        .flat()
        .join('\n');

describe('no claim beyond the source', () => {
  it.each([
    ['struktur-fremdrift', 'da de gik ind i partnerskabet'],
    ['struktur-legitimitet', 'hænger sammen med'],
    ['vaesentlig-inkluder', 'forebyggede konflikter'],
    ['vaesentlig-inkluder', 'sikrede legitimitet'],
    ['relation-gensidig-tillid-respekt-forstaaelse', 'Evalueringen fremhæver'],
    ['struktur-tvaersektoriel-ledelse', 'handlede om at facilitere og mægle'],
    ['paavirker-faelles-beslutninger', 'forudsatte'],
    ['kulturformidling-kbh', 'brugte frivillige med kunst- og kulturfaglighed'],
    ['laering-samspil-aabner-nye-muligheder', 'De kommunale chefer oplevede'],
    ['grow-your-life', 'brugerrepræsentanter i styregruppen'],
    ['struktur-involverer-alle-relevante', 'brugerrepræsentanter i styregruppen'],
    ['grow-your-life', 'Handicapområdet i Fredericia Kommune'],
    ['kilde-vive-2018', 'stammer fra interviews gengivet i udgivelsen'],
  ])('%s does not say "%s"', (id, claim) => {
    expect(ownWords(get(id))).not.toContain(claim);
  });

  it('names the organisations as the source does (grow-your-life partners)', () => {
    const partnership = get('grow-your-life');
    expect(partnership.kind === 'partnership' && partnership.partners).toContain(
      'Handicapområdet i kommunen repræsenteret ved Myndighedsområdet, Voksenservice og Center for Aktiv Liv og Læring',
    );
  });

  it('keeps the intention in vaesentlig-inkluder (lines 397–399)', () => {
    expect(ownWords(get('vaesentlig-inkluder'))).toContain(
      'for at undgå konflikter og for at sikre legitimitet',
    );
  });

  it('keeps the hedge of the single speaker in laering-samspil-aabner-nye-muligheder (line 681)', () => {
    expect(ownWords(get('laering-samspil-aabner-nye-muligheder'))).toContain('Jeg tror');
  });

  it('keeps "kunne" of the user representatives (lines 420–421)', () => {
    for (const id of ['grow-your-life', 'struktur-involverer-alle-relevante']) {
      expect([id, ownWords(get(id))]).toEqual([id, expect.stringContaining('kunne også have')]);
    }
  });

  it('says "knap halvdelen" of the volunteers had the wanted skills (lines 178–180)', () => {
    const kbh = get('kulturformidling-kbh');
    expect(kbh.kind === 'partnership' && kbh.summary).not.toMatch(/kulturfaglighed/);
    expect(ownWords(kbh)).toContain('Knap halvdelen');
  });
});

describe('Danish', () => {
  it.each([
    ['grow-your-life', 'at borgerne oplevede bl.a.', 'at borgerne bl.a. oplevede'],
    ['grow-your-life', 'mente i bakspejlet', 'set i bakspejlet'],
    ['grow-your-life', 'hvad der skete, hvis', 'hvad der ville ske, hvis'],
    ['grow-your-life', 'fx som sygeplejerske eller pædagog', '(fx sygeplejerske og pædagog)'],
    ['laering-aabenhed-og-inddragelse', 'inddrog på forskellig måde', ''],
    ['laering-gennem-partnerskaber', 'udvikling var væsentlig ', 'udvikling var væsentligt '],
    ['laering-forskellige-interesser', 'for at vinde noget selv', 'for egen vindings skyld'],
    ['laering-livskvalitet-og-eksklusion', 'omkring borgernes ydelser', 'knyttet til de ydelser'],
    ['kulturformidling-kbh', 'har brugt erfaringerne i andre samarbejder, lærte', ''],
  ])('%s: not "%s" but "%s"', (id, wrong, right) => {
    const text = ownWords(get(id));
    expect(text).not.toContain(wrong);
    expect(text).toContain(right);
  });

  it('writes "frivilligcenteret" throughout, outside the verbatim quotes', () => {
    const offenders = entries.filter((e) => /frivilligcentret/.test(ownWords(e))).map((e) => e.id);
    expect(offenders).toEqual([]);
  });
});

describe('source_lines point at the claims', () => {
  const source = fs
    .readFileSync(path.join(root, 'test/fixtures/source/000_6a6e91a60e8fe095.txt'), 'utf8')
    .split('\n');
  const comparable = (text: string): string =>
    text.replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();
  const factors = readContentFiles(path.join(root, 'content')).files.filter(
    (f) => f.folderKind === 'factor',
  );

  it.each(factors.map((f): [string, Record<string, unknown>] => [f.file, f.data]))(
    '%s: the first range holds the factor title, word for word',
    (_file, data) => {
      const [first, last] = parseRange((data.source_lines as unknown[])[0]) ?? [0, 0];
      const lines = comparable(source.slice(first - 1, last).join('\n'));
      expect(lines).toContain(comparable(String(data.title).replace(/\.$/, '')));
    },
  );
});
