// `samspil partnerships …` in-process: the real CLI entry and services over a temp data dir and
// the built corpus; only stdout/stderr are captured. PDF needs Chromium: covered by the e2e test.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment, MyPartnership, Profile } from '../../shared/partnerships/types';
import { tempDir } from '../store/fixtures';
import { runCliCaptured } from '../cli/runCliCaptured';

let dir = '';
beforeEach(() => {
  dir = tempDir('samspil-pcli-');
});
afterEach(() => {
  vi.restoreAllMocks();
  if (dir.includes('samspil-pcli-')) fs.rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCliCaptured(path.join(dir, 'data'), 'partnerships', ...args);

describe('samspil partnerships', () => {
  it('adds (printing the new id), edits, lists and shows', async () => {
    const added = await cli(
      'add',
      '--name',
      'Sammen om fritid',
      '--partner',
      'Vejle Kommune:kommune',
    );
    expect(added.code).toBe(0);
    const id = added.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const edited = await cli('edit', id, '--purpose', 'Flere fritidstilbud', '--json');
    expect((JSON.parse(edited.out) as MyPartnership).purpose).toBe('Flere fritidstilbud');
    const listed = JSON.parse((await cli('list', '--json')).out) as MyPartnership[];
    expect(listed.map((p) => [p.name, p.partners])).toEqual([
      ['Sammen om fritid', [{ name: 'Vejle Kommune', sector: 'kommune' }]],
    ]);
    const shown = await cli('show', id);
    expect(shown.out).toContain('Partnerskabstjek pr.');
    expect(shown.out).toContain('Gensidig tillid i relationer');
  });

  it('assesses factor by factor, keeps the history, and compares two dates', async () => {
    const id = (await cli('add', '--name', 'Tjek')).out.trim();
    const first = await cli(
      'assess',
      id,
      'paavirker-gensidig-tillid',
      'opmaerksomhed',
      '--comment',
      'Nye folk',
      '--date',
      '2024-11-01',
      '--json',
    );
    expect((JSON.parse(first.out) as Assessment).factorId).toBe('vaesentlig-gensidig-tillid');
    await cli('assess', id, 'vaesentlig-gensidig-tillid', 'styrke', '--date', '2025-11-01');
    const profile = JSON.parse((await cli('show', id, '--json')).out) as Profile;
    const trust = profile.groups[0]?.rows.find((r) => r.set.id === 'vaesentlig-gensidig-tillid');
    expect(trust?.history.map((a) => a.status)).toEqual(['styrke', 'opmaerksomhed']);
    const compared = await cli('compare', id, '--from', '2024-12-01', '--to', '2025-12-01');
    expect(compared.out).toContain('vaesentlig-gensidig-tillid: opmaerksomhed → styrke');
    const found = await cli('search', 'nye', 'folk');
    expect(found.out).toContain('comment (vaesentlig-gensidig-tillid): Nye folk');
  });

  it('refuses wrong usage with exit code 2 and unknown ids with 1, in Danish', async () => {
    const id = (await cli('add', '--name', 'Tjek')).out.trim();
    expect(await cli('add')).toMatchObject({ code: 2, err: expect.stringMatching(/--name/) });
    expect(await cli('assess', id, 'struktur-legitimitet', 'godt')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/status "godt" kendes ikke/),
    });
    expect(await cli('assess', id, 'relation-foo', 'styrke')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/ukendt succesfaktor "relation-foo"/),
    });
    expect(await cli('add', '--name', 'X', '--partner', 'Kirken:kirke')).toMatchObject({ code: 2 });
  });

  it('exports the profile as a handout (Markdown, HTML, DOCX) and the data losslessly', async () => {
    const id = (await cli('add', '--name', 'Mødet')).out.trim();
    await cli('assess', id, 'struktur-legitimitet', 'opmaerksomhed', '--comment', 'Få os kendt');
    for (const format of ['md', 'html', 'docx']) {
      const out = path.join(dir, `tjek.${format}`);
      const result = await cli('export', id, '--format', format, '--out', out, '--json');
      expect(result.code).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(500);
    }
    expect(fs.readFileSync(path.join(dir, 'tjek.md'), 'utf8')).toContain('Få os kendt');
    // An existing file is replaced only with --force; the data folder is never a target.
    const again = await cli('export', id, '--format', 'md', '--out', path.join(dir, 'tjek.md'));
    expect(again).toMatchObject({
      code: 1,
      err: expect.stringMatching(/findes allerede.*--force/),
    });
    const forced = ['export', id, '--format', 'md', '--out', path.join(dir, 'tjek.md'), '--force'];
    expect((await cli(...forced)).code).toBe(0);
    const inStore = path.join(dir, 'data', 'tjek.md');
    expect(await cli('export', id, '--format', 'md', '--out', inStore)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/datamappe/),
    });
    const file = path.join(dir, 'data.json');
    expect((await cli('export-data', '--out', file)).code).toBe(0);
    const imported = JSON.parse((await cli('import', file, '--json')).out);
    expect(imported).toMatchObject({ added: 0, skipped: 1, assessmentsAdded: 0 });
  });
});

describe('samspil partnerships delete|undelete', () => {
  async function seeded(): Promise<{ id: string; noteId: string }> {
    expect((await cli('add', '--name', 'x')).code).toBe(0);
    // A note of its own through the notes command, linked from the partnership.
    const added = await runCliCaptured(
      path.join(dir, 'data'),
      ...['notes', 'add', '--title', 'Mødet', '--partnership', 'Fritid', '--json'],
    );
    const noteId = (JSON.parse(added.out) as { id: string }).id;
    const id = (await cli('add', '--name', 'Fritid', '--note', noteId)).out.trim();
    await cli('assess', id, 'struktur-legitimitet', 'styrke', '--comment', 'Kendt i byen');
    await cli('assess', id, 'struktur-legitimitet', 'opmaerksomhed');
    return { id, noteId };
  }

  it('says what would go and deletes nothing without --force', async () => {
    const { id } = await seeded();
    const refused = await cli('delete', id);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/»Fritid«.*vurderinger: 2.*: 1 .*--force/);
    const listed = JSON.parse((await cli('list', '--json')).out) as MyPartnership[];
    expect(listed.map((p) => p.name)).toContain('Fritid');
  });

  it('moves it to the trash with --force after a backup, and undelete brings it back', async () => {
    const { id, noteId } = await seeded();
    const deleted = await cli('delete', id, '--force', '--json');
    expect(deleted.code).toBe(0);
    const result = JSON.parse(deleted.out) as { backup: string; assessments: number };
    expect(result).toMatchObject({ id, name: 'Fritid', assessments: 2, notes: 1 });
    expect(fs.readdirSync(path.join(dir, 'data', 'backups'))).toContain(result.backup);
    const listed = JSON.parse((await cli('list', '--json')).out) as MyPartnership[];
    expect(listed.map((p) => p.name)).toEqual(['x']);
    expect(await cli('show', id)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/Der findes intet partnerskab/),
    });

    const restored = await cli('undelete', id);
    expect(restored).toMatchObject({ code: 0, out: expect.stringContaining('Fritid') });
    const profile = JSON.parse((await cli('show', id, '--json')).out) as Profile;
    expect(profile.partnership.noteIds).toEqual([noteId]);
    const row = profile.groups
      .flatMap((g) => g.rows)
      .find((r) => r.set.id === 'struktur-legitimitet');
    expect(row?.history.map((a) => a.status)).toEqual(['opmaerksomhed', 'styrke']);
  });

  it('prints how to undo, and refuses unknown ids (1) and a missing id (2)', async () => {
    const { id } = await seeded();
    const deleted = await cli('delete', id, '--force');
    expect(deleted.out).toContain(`Fortryd: samspil partnerships undelete ${id}`);
    expect(deleted.out).toContain('2 vurderinger; 1 noter hørte til det og er urørte');
    expect(await cli('delete', id, '--force')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/Der findes intet partnerskab/),
    });
    expect(await cli('delete')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/id mangler/),
    });
    expect((await cli('undelete', 'not-an-id')).code).toBe(1);
  });
});
