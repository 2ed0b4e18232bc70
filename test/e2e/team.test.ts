// The team library through the real UI of two app instances, each with its own data folder, on
// one shared folder: joining through Indstillinger, sharing a note, seeing the colleague's note
// after a sync, and a conflict shown and resolved in the interface.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { joinInUi, removeTempFolders, sharedTempFolder, syncNowInUi } from './teamUi';

const shared = sharedTempFolder('samspil-e2e-team-');
let anne: AppHarness;
let bo: AppHarness;

beforeAll(async () => {
  anne = await startApp({
    path: '/#/indstillinger',
    seedNotes: [{ title: 'Møde med aftenskolen', body: 'Anne skrev først.' }],
  });
  bo = await startApp({ path: '/#/indstillinger' });
});

afterAll(async () => {
  await anne?.close();
  await bo?.close();
  removeTempFolders(shared);
});

describe('team library in the app', () => {
  it('shows a colleague’s shared note after a sync, with its author', async () => {
    await joinInUi(anne, shared, 'Anne Holm');
    await joinInUi(bo, shared, 'Bo Lind');
    // The box follows the saved state, so it turns checked once the call has returned.
    await anne.page.getByRole('checkbox', { name: 'Del Møde med aftenskolen' }).click();
    await anne.page
      .getByRole('checkbox', { name: 'Del Møde med aftenskolen', checked: true })
      .waitFor();
    await anne.page
      .getByTestId('team-badge')
      .getByText(/1 venter/)
      .waitFor();
    await syncNowInUi(anne);
    await syncNowInUi(bo);
    await bo.page
      .getByRole('checkbox', { name: 'Del Møde med aftenskolen', checked: true })
      .waitFor();
    await bo.page
      .getByTestId('team-author')
      .getByText(/Anne Holm/)
      .waitFor();
    expect(bo.services.notes.list().map((n) => n.body)).toEqual(['Anne skrev først.']);
    await expectNoA11yViolations(bo.page, 'Teambibliotek');
    await bo.screenshot('team-settings');
    await bo.page.setViewportSize({ width: 320, height: 800 });
    await expectNoA11yViolations(bo.page, 'Teambibliotek ved 320 px');
    await bo.screenshot('team-settings-320');
    // The header must not grow wider than the window because of the team status.
    const header = await bo.page.evaluate(
      `document.querySelector('.app-header').getBoundingClientRect().width <= window.innerWidth`,
    );
    expect(header).toBe(true);
    await bo.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows a conflict, "Konflikt: to versioner", and resolves it in the interface', async () => {
    const [onAnne] = anne.services.notes.list();
    const [onBo] = bo.services.notes.list();
    anne.services.notes.update({ id: onAnne?.id ?? '', body: 'Anne rettede.' });
    bo.services.notes.update({ id: onBo?.id ?? '', body: 'Bo rettede.' });
    await syncNowInUi(anne);
    await syncNowInUi(bo);
    const { page } = bo;
    await page.getByRole('heading', { name: /Konflikt: to versioner/ }).waitFor();
    await page
      .getByTestId('team-badge')
      .getByText(/konflikter: 1/)
      .waitFor();
    await expectNoA11yViolations(page, 'Teambibliotek med konflikt');
    await bo.screenshot('team-conflict');
    await page.getByRole('button', { name: 'Kombinér teksterne' }).click();
    await page.getByText('Konflikten er løst.', { exact: false }).waitFor();
    await expect(
      page.getByRole('heading', { name: /Konflikt: to versioner/ }).count(),
    ).resolves.toBe(0);
    await syncNowInUi(anne);
    const body = anne.services.notes.list()[0]?.body ?? '';
    expect(body).toContain('Anne rettede.');
    expect(body).toContain('Bo rettede.');
    expect(anne.services.team.conflicts()).toEqual([]);
  });
});
