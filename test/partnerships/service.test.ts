// Mine partnerskaber on a real samspil.db in a temp folder, over the real taxonomy.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { openNotesStore } from '../../electron/services/storeServices';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import {
  createPartnershipsService,
  type PartnershipsService,
} from '../../electron/services/partnerships/partnershipsService';
import { tempDir } from '../store/fixtures';
import { realContent } from './realContent';

let dir = '';
let notes: ReturnType<typeof openNotesStore>;
let clock = new Date('2025-11-20T10:00:00.000Z');
const dataDir = (): string => path.join(dir, 'data');

function service(): PartnershipsService {
  const content = realContent();
  const handouts = createHandoutService({ db: notes.db, content, notes });
  return createPartnershipsService({ db: notes.db, content, notes, handouts, now: () => clock });
}

beforeEach(() => {
  dir = tempDir('samspil-partnerships-');
  clock = new Date('2025-11-20T10:00:00.000Z');
  // The store in a folder of its own: exports go beside it, never into the data folder.
  notes = openNotesStore({ dataDir: dataDir(), knownFactorIds: realContent().factorIds() });
});
afterEach(() => {
  notes.close();
  if (dir.startsWith(path.resolve('/tmp')) || dir.includes('samspil-partnerships-')) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('partnerships', () => {
  it('creates a partnership with partners and reads it back after reopening', () => {
    const created = service().create({
      name: 'Sammen om fritid',
      partners: [
        { name: 'Vejle Kommune', sector: 'kommune' },
        { name: 'Frivilligcenter Vejle', sector: 'frivillig' },
      ],
      periodStart: '2025-01-01',
      periodEnd: '2026-12-31',
      targetGroup: 'Unge med handicap',
      purpose: 'Flere fritidstilbud',
    });
    notes.close();
    notes = openNotesStore({ dataDir: dataDir() });
    expect(service().get(created.id)).toEqual(created);
    expect(
      service()
        .list()
        .map((p) => p.name),
    ).toEqual(['Sammen om fritid']);
  });

  it('refuses bad input with the field named and writes nothing', () => {
    expect(() => service().create({ name: '  ' })).toThrow(/navnet mangler/);
    expect(() =>
      service().create({ name: 'X', periodStart: '2026-01-01', periodEnd: '2025-01-01' }),
    ).toThrow(/slutter før/);
    expect(() =>
      // @ts-expect-error an unknown sector from outside
      service().create({ name: 'X', partners: [{ name: 'A', sector: 'kirke' }] }),
    ).toThrow(/partners\[0\]\.sector: ugyldig værdi \(gyldige: kommune/);
    expect(service().list()).toEqual([]);
  });

  it('keeps the history of statuses and compares two dates', () => {
    const p = service().create({ name: 'Tjek' });
    clock = new Date('2024-11-20T10:00:00.000Z');
    service().assess({
      partnershipId: p.id,
      factorId: 'paavirker-gensidig-tillid',
      status: 'opmaerksomhed',
      comment: 'Vi kender ikke hinanden endnu',
    });
    service().assess({ partnershipId: p.id, factorId: 'struktur-legitimitet', status: 'styrke' });
    clock = new Date('2025-11-20T10:00:00.000Z');
    const later = service().assess({
      partnershipId: p.id,
      factorId: 'vaesentlig-gensidig-tillid',
      status: 'styrke',
      comment: 'Faste møder har hjulpet',
    });
    expect(later.factorId).toBe('vaesentlig-gensidig-tillid');

    const now = service().profile(p.id);
    const trust = now.groups[0]?.rows.find((r) => r.set.id === 'vaesentlig-gensidig-tillid');
    expect(trust?.status).toBe('styrke');
    expect(trust?.history.map((a) => [a.date, a.status])).toEqual([
      ['2025-11-20', 'styrke'],
      ['2024-11-20', 'opmaerksomhed'],
    ]);
    expect(service().profile(p.id, '2024-12-31').counts.opmaerksomhed).toBe(1);

    const comparison = service().compare(p.id, '2024-12-31', '2025-11-20');
    expect(comparison.changes.map((c) => [c.set.id, c.from, c.to])).toEqual([
      ['vaesentlig-gensidig-tillid', 'opmaerksomhed', 'styrke'],
    ]);
    expect(comparison.unchanged).toBe(21);
  });

  it('refuses an unknown factor and an unknown partnership', () => {
    const p = service().create({ name: 'Tjek' });
    expect(() =>
      service().assess({ partnershipId: p.id, factorId: 'relation-foo', status: 'styrke' }),
    ).toThrow(/ukendt succesfaktor "relation-foo"/);
    expect(() =>
      service().assess({
        partnershipId: '00000000-0000-4000-8000-000000000000',
        factorId: 'struktur-legitimitet',
        status: 'styrke',
      }),
    ).toThrow(ApiError);
  });

  it('shows beside each factor the notes of this partnership tagged with it, and the bundled quotes', () => {
    const tagged = notes.create({
      title: 'Møde om tillid',
      body: 'Vi talte om tillid',
      factors: ['relation-gensidig-tillid-respekt-forstaaelse'],
    });
    const other = notes.create({
      title: 'Anden note',
      body: '',
      factors: ['struktur-legitimitet'],
    });
    const p = service().create({ name: 'Tjek', noteIds: [tagged.id] });
    service().create({ name: 'Andet', noteIds: [other.id] });
    const rows = service()
      .profile(p.id)
      .groups.flatMap((g) => g.rows);
    const trust = rows.find((r) => r.set.id === 'vaesentlig-gensidig-tillid');
    expect(trust?.notes.map((n) => n.title)).toEqual(['Møde om tillid']);
    expect(trust?.quotes).toContain('citat-samme-tilgang-og-temperament');
    expect(trust?.lessons).toContain('laering-forskellige-interesser');
    expect(rows.find((r) => r.set.id === 'struktur-legitimitet')?.notes).toEqual([]);
  });

  it('gives an overview and one factor across all partnerships', () => {
    const a = service().create({ name: 'A' });
    const b = service().create({ name: 'B' });
    service().assess({ partnershipId: a.id, factorId: 'struktur-legitimitet', status: 'styrke' });
    service().assess({
      partnershipId: b.id,
      factorId: 'struktur-legitimitet',
      status: 'opmaerksomhed',
    });
    const overview = service().overview();
    expect(
      overview.map((o) => [o.partnership.name, o.counts.styrke, o.notAssessed.length]),
    ).toEqual([
      ['A', 1, 21],
      ['B', 0, 21],
    ]);
    const across = service().factorAcross('struktur-legitimitet');
    expect(across.rows.map((r) => [r.partnership.name, r.status])).toEqual([
      ['A', 'styrke'],
      ['B', 'opmaerksomhed'],
    ]);
  });

  it('exports and imports partnerships with their whole history, losslessly', () => {
    const p = service().create({
      name: 'Med historik',
      partners: [{ name: 'Museum', sector: 'uddannelse-kultur' }],
    });
    service().assess({ partnershipId: p.id, factorId: 'struktur-legitimitet', status: 'styrke' });
    service().assess({
      partnershipId: p.id,
      factorId: 'paavirker-gruppeaktiviteter',
      status: 'ikke-relevant',
      comment: 'Ingen frivillige',
    });
    const file = path.join(dir, 'ud', 'partnerskaber.json');
    expect(service().exportFile(file).count).toBe(1);
    const before = { p: service().get(p.id), profile: service().profile(p.id) };

    notes.close();
    const other = tempDir('samspil-partnerships-');
    notes = openNotesStore({ dataDir: other });
    try {
      const report = service().importFile(file);
      expect(report).toMatchObject({ added: 1, updated: 0, skipped: 0, assessmentsAdded: 2 });
      expect(service().get(p.id)).toEqual(before.p);
      expect(service().profile(p.id)).toEqual(before.profile);
      // A second import adds nothing.
      expect(service().importFile(file)).toMatchObject({
        added: 0,
        skipped: 1,
        assessmentsAdded: 0,
      });
    } finally {
      notes.close();
      fs.rmSync(other, { recursive: true, force: true });
      notes = openNotesStore({ dataDir: dataDir() });
    }
  });

  it('refuses a bad import file with the entry and field named, changing nothing', () => {
    const p = service().create({ name: 'Ægte' });
    const file = path.join(dir, 'p.json');
    service().exportFile(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.partnerships[0].partners = [{ name: 'X', sector: 'kirke' }];
    data.partnerships[0].name = 'Ændret';
    data.partnerships[0].updatedAt = '2099-01-01T00:00:00.000Z';
    fs.writeFileSync(file, JSON.stringify(data));
    expect(() => service().importFile(file)).toThrow(/partnerships\[0\]\.partners\[0\]\.sector/);
    data.partnerships[0].partners = [];
    data.partnerships[0].assessments = [
      {
        id: '11111111-1111-4111-8111-111111111111',
        factorId: 'relation-foo',
        status: 'styrke',
        comment: '',
        date: '2025-01-01',
        recordedAt: '2025-01-01T00:00:00.000Z',
      },
    ];
    fs.writeFileSync(file, JSON.stringify(data));
    expect(() => service().importFile(file)).toThrow(
      /partnerships\[0\]\.assessments\[0\]\.factorId.*relation-foo/,
    );
    fs.writeFileSync(file, '{"format": "samspil-notes"}');
    expect(() => service().importFile(file)).toThrow(/ikke en Samspil-partnerskabsfil/);
    expect(
      service()
        .list()
        .map((x) => x.name),
    ).toEqual([p.name]);
  });

  it('turns a profile into a handout and exports it through the handout renderers', async () => {
    const p = service().create({ name: 'Mødet', purpose: 'Et *godt* samarbejde' });
    service().assess({
      partnershipId: p.id,
      factorId: 'vaesentlig-gensidig-tillid',
      status: 'opmaerksomhed',
      comment: 'Tal om roller',
    });
    service().assess({ partnershipId: p.id, factorId: 'struktur-legitimitet', status: 'styrke' });
    const handout = service().handoutOf(p.id);
    expect(handout.title).toBe('Partnerskabstjek: Mødet');
    expect(handout.items.map((i) => [i.kind, i.ref])).toEqual([
      ['factor', 'vaesentlig-gensidig-tillid'],
      ['quote', 'citat-samme-tilgang-og-temperament'],
      ['quote', 'citat-nysgerrighed-og-aabenhed'],
      ['quote', 'citat-ligevaerdige-praemisser'],
      ['factor', 'struktur-legitimitet'],
    ]);
    const out = path.join(dir, 'tjek.md');
    await service().exportProfile(p.id, 'md', out);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('Partnerskabstjek: Mødet');
    expect(md).toContain('Tal om roller');
    expect(md).toContain('Et \\*godt\\* samarbejde');
    expect(md).toMatch(/Jeg oplever, at vi har samme tilgang/);
  });

  it('finds partnerships by name, partner and purpose, and by assessment comments', () => {
    const a = service().create({
      name: 'Kulturvenner i Valby',
      partners: [{ name: 'Aftenskolen SUK', sector: 'uddannelse-kultur' }],
      purpose: 'Museumsbesøg med frivillige',
    });
    service().create({ name: 'Sammen om fritid' });
    service().assess({
      partnershipId: a.id,
      factorId: 'struktur-legitimitet',
      status: 'opmaerksomhed',
      comment: 'Styregruppen mangler forankring i forvaltningen',
    });
    const ids = (q: string) =>
      service()
        .search(q)
        .map((h) => h.name);
    expect(ids('kulturvenner')).toEqual(['Kulturvenner i Valby']);
    expect(ids('aftenskolerne')).toEqual(['Kulturvenner i Valby']);
    expect(ids('muse')).toEqual(['Kulturvenner i Valby']);
    expect(ids('forankring styregruppe')).toEqual(['Kulturvenner i Valby']);
    expect(ids('forankring fritid')).toEqual([]);
    expect(ids('og')).toEqual([]);
    const [hit] = service().search('forankring');
    expect(hit?.matches).toEqual([
      {
        field: 'comment',
        factorId: 'struktur-legitimitet',
        snippet: 'Styregruppen mangler forankring i forvaltningen',
        spans: [{ start: 21, end: 31 }],
      },
    ]);
  });

  it('keeps hostile text in names and comments inert in every text export of the handout', async () => {
    const p = service().create({
      name: '<img src=x onerror=alert(1)>',
      partners: [{ name: '<script>alert(2)</script>', sector: 'kommune' }],
      purpose: '[klik](javascript:alert(3))',
    });
    service().assess({
      partnershipId: p.id,
      factorId: 'struktur-legitimitet',
      status: 'opmaerksomhed',
      comment: '<iframe src="https://evil.example"></iframe> **fed**',
    });
    for (const format of ['html', 'md'] as const) {
      const out = path.join(dir, `ond.${format}`);
      await service().exportProfile(p.id, format, out);
      const text = fs.readFileSync(out, 'utf8');
      const bad = /<script|<img|<iframe|href="javascript:/i.exec(text);
      expect(bad ? text.slice(Math.max(0, bad.index - 200), bad.index + 80) : null).toBeNull();
    }
    const html = fs.readFileSync(path.join(dir, 'ond.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});
