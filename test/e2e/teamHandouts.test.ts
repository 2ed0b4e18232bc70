// Shared handouts through the real UI of two app instances on one shared folder: Anne shares a
// handout from its page, Bo sees it after a sync with who changed it and who wrote the note it
// cites; the Teambibliotek lists the handouts to share one by one and in bulk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { joinInUi, removeTempFolders, sharedTempFolder, syncNowInUi } from './teamUi';

const shared = sharedTempFolder('samspil-e2e-team-handouts-');
let anne: AppHarness;
let bo: AppHarness;

beforeAll(async () => {
  anne = await startApp({
    path: '/#/indstillinger',
    seedNotes: [
      {
        title: 'Erfaringer fra styregruppen',
        body: 'Korte møder.',
        factors: ['relation-gensidig-tillid-respekt-forstaaelse'],
      },
    ],
  });
  bo = await startApp({ path: '/#/indstillinger' });
});

afterAll(async () => {
  await anne?.close();
  await bo?.close();
  removeTempFolders(shared);
});

async function openHandout(app: AppHarness, title: string): Promise<void> {
  await app.page.evaluate(`location.hash = '#/handout'`);
  await app.page.getByRole('button', { name: `Åbn “${title}”` }).click();
  await app.page.getByRole('region', { name: 'Værktøjslinje for handouten' }).waitFor();
}

describe('shared handouts in the app', () => {
  it('shares a handout from its page; the colleague sees it with its authors', async () => {
    await joinInUi(anne, shared, 'Anne Holm');
    await joinInUi(bo, shared, 'Bo Lind');
    await anne.page.getByRole('checkbox', { name: 'Del Erfaringer fra styregruppen' }).click();
    await anne.page
      .getByRole('checkbox', { name: 'Del Erfaringer fra styregruppen', checked: true })
      .waitFor();
    const [note] = anne.services.notes.list();
    anne.services.handouts.create({
      title: 'Workshop for trænere',
      items: [{ kind: 'note', ref: note?.id ?? '', comment: '' }],
    });

    await openHandout(anne, 'Workshop for trænere');
    const toolbar = anne.page.getByRole('region', { name: 'Værktøjslinje for handouten' });
    await toolbar.getByRole('checkbox', { name: 'Del med teamet' }).click();
    await toolbar.getByRole('checkbox', { name: 'Del med teamet', checked: true }).waitFor();
    await toolbar.getByText('Delt · sendes ved næste synkronisering').waitFor();
    // The saved list's box follows, named by its handout.
    await anne.page
      .getByRole('checkbox', { name: 'Del med teamet: Workshop for trænere', checked: true })
      .waitFor();
    await syncNowInUi(anne);
    await syncNowInUi(bo);

    // Bo's Teambibliotek lists the handout as shared, by Anne.
    const handouts = bo.page.getByTestId('team-share-handout');
    await handouts
      .getByRole('checkbox', { name: 'Del handout: Workshop for trænere', checked: true })
      .waitFor();
    await handouts
      .getByTestId('team-author')
      .getByText(/Anne Holm/)
      .waitFor();

    await openHandout(bo, 'Workshop for trænere');
    const line = bo.page.getByRole('region', { name: 'Værktøjslinje for handouten' });
    await line.getByText(/^Delt · senest ændret af Anne Holm, /).waitFor();
    await bo.page
      .getByTestId('handout-note-byline')
      .getByText(/^Note af Anne Holm, senest ændret /)
      .waitFor();
    await line.getByRole('checkbox', { name: 'Del med teamet', checked: true }).waitFor();
    await expectNoA11yViolations(bo.page, 'Handout delt af en kollega');
    await bo.screenshot('team-handout');
    await bo.page.setViewportSize({ width: 320, height: 800 });
    await expectNoA11yViolations(bo.page, 'Handout delt af en kollega ved 320 px');
    const fits = await bo.page.evaluate(
      `document.documentElement.scrollWidth <= window.innerWidth`,
    );
    expect(fits).toBe(true);
    await bo.screenshot('team-handout-320');
    await bo.page.setViewportSize({ width: 1280, height: 800 });

    // Where a note is added to a handout (here the factor's page), a colleague's says whose it is.
    await bo.page.evaluate(
      `location.hash = '#/faktorer/relation-gensidig-tillid-respekt-forstaaelse'`,
    );
    await bo.page
      .getByTestId('note-byline')
      .getByText(/^Note af Anne Holm, senest ændret /)
      .waitFor();
    await bo.page.evaluate(`location.hash = '#/handout'`);
    await line.waitFor();

    await bo.page.getByRole('button', { name: 'English' }).click();
    await bo.page
      .getByText(/^Shared · last changed by Anne Holm, /)
      .first()
      .waitFor();
    await bo.page.getByText(/^Note by Anne Holm, last changed /).waitFor();
    await expectNoA11yViolations(bo.page, 'Shared handout (English)');
    await bo.page.getByRole('button', { name: 'Dansk' }).click();
  }, 60_000);

  it('shares every handout, or none, from the Teambibliotek', async () => {
    await anne.page.evaluate(`location.hash = '#/indstillinger'`);
    const handouts = anne.page.getByTestId('team-share-handout');
    const box = (checked: boolean) =>
      handouts.getByRole('checkbox', { name: 'Del handout: Workshop for trænere', checked });
    await box(true).waitFor();
    await handouts.getByRole('button', { name: 'Gør alle handouts private' }).click();
    await box(false).waitFor();
    expect(anne.services.team.status().sharedHandouts).toBe(0);
    await handouts.getByRole('button', { name: 'Del alle handouts' }).click();
    await box(true).waitFor();
    expect(anne.services.team.status().sharedHandouts).toBe(1);
    await expectNoA11yViolations(anne.page, 'Teambibliotek med handouts');
    await anne.screenshot('team-settings-handouts');
  });

  it('says which cited notes colleagues cannot see, and shares them with one press', async () => {
    const a = anne.services.notes.create({ title: 'Privat referat', body: 'Kun mit.' });
    const b = anne.services.notes.create({ title: 'Privat plan', body: 'Også mit.' });
    const handout = anne.services.handouts.create({
      title: 'Oplæg med private noter',
      items: [
        { kind: 'note', ref: a.id, comment: '' },
        { kind: 'note', ref: b.id, comment: '' },
      ],
    });
    await openHandout(anne, 'Oplæg med private noter');
    const toolbar = anne.page.getByRole('region', { name: 'Værktøjslinje for handouten' });
    // Not said for a handout that is not shared: nothing leaves the machine.
    expect(await toolbar.getByTestId('handout-private-notes').count()).toBe(0);
    await toolbar.getByRole('checkbox', { name: 'Del med teamet' }).click();
    const notice = toolbar.getByTestId('handout-private-notes');
    await notice.getByText('2 noter i handouten er private', { exact: false }).waitFor();
    await expectNoA11yViolations(anne.page, 'Delt handout med private noter');
    await anne.page.setViewportSize({ width: 320, height: 800 });
    await anne.screenshot('team-handout-private-notes-320');
    expect(
      await anne.page.evaluate(`document.documentElement.scrollWidth <= window.innerWidth`),
    ).toBe(true);
    await anne.page.setViewportSize({ width: 1280, height: 800 });
    await notice.getByRole('button', { name: 'Del også de 2 noter' }).click();
    const message = toolbar.getByTestId('handout-private-notes-message');
    await message.getByText('Noterne er delt med teamet', { exact: false }).waitFor();
    await notice.waitFor({ state: 'detached' });
    // The button went with the notice: the focus is on what happened, not lost to the page.
    await expect
      .poll(() => anne.page.evaluate(`document.activeElement?.dataset?.testid ?? ''`))
      .toBe('handout-private-notes-message');
    const shared = anne.services.team
      .authorship('note')
      .filter((r) => r.shared)
      .map((r) => r.localId);
    expect(shared).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(anne.services.handouts.get(handout.id).items).toHaveLength(2);
  });
});
