// `npx tsx scripts/readme/screenshotProfile.ts`: the README's screenshot of a Partnerskabstjek,
// taken from the built app in headless Chromium behind the test bridge (run `npm run build` first).
import path from 'node:path';
import { startApp, ROOT } from '../../test/e2e/harness';

const OUT = path.join(ROOT, 'scripts/readme/samspil-partnerskabstjek.png');

const app = await startApp({
  viewport: { width: 1280, height: 1500 },
  seedNotes: [
    {
      title: 'Styregruppemøde i marts',
      body: 'Vi aftalte faste møder hver måned.',
      factors: ['relation-gensidig-tillid-respekt-forstaaelse'],
    },
  ],
});
try {
  const { partnerships, notes } = app.services;
  const p = partnerships.create({
    name: 'Sammen om fritid',
    partners: [
      { name: 'Vejle Kommune, Handicap og Psykiatri', sector: 'kommune' },
      { name: 'Frivilligcenter Vejle', sector: 'frivillig' },
      { name: 'Aftenskolen Kreativ', sector: 'uddannelse-kultur' },
    ],
    periodStart: '2025-01-01',
    periodEnd: '2026-12-31',
    targetGroup: 'Unge voksne med udviklingshæmning',
    purpose: 'Flere fritidstilbud med frivillige undervisere',
    noteIds: notes.list().map((n) => n.id),
  });
  const assess = (
    factorId: string,
    status: 'styrke' | 'opmaerksomhed',
    comment: string,
    date: string,
  ) => partnerships.assess({ partnershipId: p.id, factorId, status, comment, date });
  assess(
    'vaesentlig-gensidig-tillid',
    'opmaerksomhed',
    'Nye medarbejdere kender ikke de frivillige',
    '2025-11-01',
  );
  assess(
    'vaesentlig-forventningsafstemning',
    'styrke',
    'Klar aftale om roller fra start',
    '2025-11-01',
  );
  assess('vaesentlig-gensidig-tillid', 'styrke', 'Faste månedlige møder har hjulpet', '2026-11-20');
  assess(
    'vaesentlig-inkluder',
    'opmaerksomhed',
    'Foreningerne i området er ikke med endnu',
    '2026-11-20',
  );
  await app.page.goto(`${app.url}#/mine-partnerskaber/${p.id}`);
  const trust = app.page.locator('[data-factor="vaesentlig-gensidig-tillid"]');
  await trust.locator('summary', { hasText: 'Historik' }).click();
  await app.page.evaluate(`(() => {
    const heading = document.querySelector('#profile-summary');
    window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 90);
  })()`);
  await app.page.screenshot({ path: OUT });
  process.stdout.write(`${path.relative(ROOT, OUT)}\n`);
} finally {
  await app.close();
}
