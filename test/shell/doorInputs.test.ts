// What the door lets through (issue 12, items 14, 15, 17, 18): every array and string has a
// bound, so an oversized input is refused before any handler runs; dates are real calendar
// dates; lone surrogates become U+FFFD in every free-text field; note ids arrive in lower case.
import { describe, expect, it } from 'vitest';
import { API_METHODS, type ApiHandlers } from '../../shared/api';
import { invokeChecked } from '../../electron/api/door';

/** Handlers that record what reached them. */
function recordingHandlers(): { handlers: ApiHandlers; received: unknown[] } {
  const received: unknown[] = [];
  const entries = API_METHODS.map((method) => [
    method,
    (input: unknown) => {
      received.push(input);
      return { method, input };
    },
  ]);
  return { handlers: Object.fromEntries(entries) as unknown as ApiHandlers, received };
}

const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const manyIds = (n: number): string[] => Array.from({ length: n }, () => UUID);

describe('bounds: oversized inputs never reach a handler', () => {
  it.each([
    ['notes.export', { format: 'json', ids: manyIds(2_000_000) }, 'ids'],
    ['notes.delete', { ids: manyIds(100_001) }, 'ids'],
    ['search.query', { q: 'x', kinds: Array.from({ length: 10_000 }, () => 'quote') }, 'kinds'],
    ['backups.restore', { name: `${'a'.repeat(5_000_000)}.db` }, 'name'],
    ['notes.get', { id: `${UUID}${'0'.repeat(1_000_000)}` }, 'id'],
    ['notes.create', { title: 'x', body: 'x'.repeat(200_001) }, 'body'],
    ['notes.create', { title: 'x', body: '', aboutDate: '2'.repeat(1_000_000) }, 'aboutDate'],
    ['app.openExternal', { url: `https://a.dk/${'a'.repeat(3000)}` }, 'url'],
  ])('%s refuses an oversized %#', async (method, input, field) => {
    const { handlers, received } = recordingHandlers();
    const result = await invokeChecked(handlers, method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.issues.map((i) => i.path[0])).toContain(field);
    expect(received).toEqual([]);
  });
});

describe('dates are real calendar dates in a sane range', () => {
  it.each(['2024-99-99', '0000-00-00', '2023-02-29', '2024-04-31', '1899-12-31', '3000-01-01'])(
    'refuses %s',
    async (aboutDate) => {
      const { handlers, received } = recordingHandlers();
      const result = await invokeChecked(handlers, 'notes.create', {
        title: 't',
        body: '',
        aboutDate,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) {
        expect(result.error.issues[0]).toMatchObject({ path: ['aboutDate'] });
        expect(['not-a-calendar-date', 'date-out-of-range']).toContain(
          result.error.issues[0]?.code,
        );
      }
      expect(received).toEqual([]);
    },
  );

  it.each(['2024-02-29', '1900-01-01', '2999-12-31'])('accepts %s', async (aboutDate) => {
    const { handlers } = recordingHandlers();
    const result = await invokeChecked(handlers, 'notes.update', { id: UUID, aboutDate });
    expect(result).toMatchObject({ ok: true });
  });
});

describe('lone surrogates become U+FFFD in every free-text field', () => {
  const bad = 'a\ud800b\udc00c';
  const good = 'a\ufffdb\ufffdc';
  it.each([
    ['notes.create', { title: bad, body: bad, partnership: bad, organisations: [bad] }],
    ['notes.update', { id: UUID, title: bad, body: bad }],
    ['handouts.create', { title: bad, subtitle: bad, intro: bad }],
    ['handouts.update', { id: UUID, items: [{ kind: 'quote', ref: bad, comment: bad }] }],
    ['app.copy', { text: bad, html: bad }],
  ])('%s', async (method, input) => {
    const { handlers, received } = recordingHandlers();
    await invokeChecked(handlers, method, input);
    const text = JSON.stringify(received[0]);
    expect(text).not.toMatch(/\\ud[89a-f]/i);
    expect(text.split(good).length - 1).toBeGreaterThan(0);
    expect(text.split(good).length - 1).toBe(JSON.stringify(input).split('\\ud800b').length - 1);
  });

  it('keeps a proper surrogate pair (an emoji) as it is', async () => {
    const { handlers, received } = recordingHandlers();
    await invokeChecked(handlers, 'notes.create', { title: 'Møde 🤝', body: '' });
    expect(received[0]).toMatchObject({ title: 'Møde 🤝' });
  });
});

describe('note ids in lower case', () => {
  it('lower-cases an id written in capitals, in single ids and lists', async () => {
    const { handlers, received } = recordingHandlers();
    await invokeChecked(handlers, 'notes.get', { id: UUID.toUpperCase() });
    await invokeChecked(handlers, 'notes.delete', { ids: [UUID.toUpperCase()] });
    expect(received).toEqual([{ id: UUID }, { ids: [UUID] }]);
  });

  it("lower-cases a handout item's note reference, and only that", async () => {
    const { handlers, received } = recordingHandlers();
    const items = [
      { kind: 'note', ref: UUID.toUpperCase(), comment: '' },
      { kind: 'quote', ref: 'citat-x', comment: '' },
    ];
    await invokeChecked(handlers, 'handouts.update', { id: UUID, items });
    expect(received).toEqual([{ id: UUID, items: [{ ...items[0], ref: UUID }, items[1]] }]);
  });
});
