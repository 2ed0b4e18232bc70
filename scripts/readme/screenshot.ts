// `npx tsx scripts/readme/screenshot.ts`: the README's screenshots (the search in the light theme,
// the same search in the dark theme), taken from the built app in headless Chromium behind the
// test bridge (run `npm run build` first).
import path from 'node:path';
import { startApp, ROOT } from '../../test/e2e/harness';

const OUT = path.join(ROOT, 'scripts/readme/samspil-soeg.png');
const OUT_DARK = path.join(ROOT, 'scripts/readme/samspil-soeg-moerk.png');

const app = await startApp({
  viewport: { width: 1280, height: 800 },
  seedNotes: [
    {
      title: 'Tillid i vores styregruppe',
      body: 'Vi aftalte at mødes hver måned, så **tilliden** kunne vokse.',
      factors: ['relation-gensidig-tillid-respekt-forstaaelse'],
    },
  ],
});
try {
  await app.page.locator('main h1').waitFor();
  await app.page.keyboard.press('Control+k');
  await app.page.keyboard.type('tillid', { delay: 20 });
  await app.page.locator('[data-search-result]').first().waitFor();
  await app.page.screenshot({ path: OUT });
  process.stdout.write(`${path.relative(ROOT, OUT)}\n`);
  await app.page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  // Polled with evaluate: the app's CSP forbids the eval behind waitForFunction.
  while ((await app.page.evaluate('document.documentElement.dataset.theme')) !== 'dark') {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await app.page.screenshot({ path: OUT_DARK });
  process.stdout.write(`${path.relative(ROOT, OUT_DARK)}\n`);
} finally {
  await app.close();
}
