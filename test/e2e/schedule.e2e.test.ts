import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';

/** The weekly schedule as a shipping manager edits it: live checks, autosave, undo, copy. */
describe('Weekly schedule end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const saved = () => app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings.warehouses[0]!;

  it('shows the sample week, flags a Saturday cutoff before 10:30 live, autosaves, and undoes', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByRole('heading', { name: 'Weekly schedule' }).waitFor();
    expect(await page.getByTestId('cutoff-sat').inputValue()).toBe('10:30');
    expect(await page.getByTestId('customer-cutoff-sat').textContent()).toBe('09:30');
    await app.screenshot(page, 'schedule-en');

    await page.getByTestId('cutoff-sat').fill('09:45');
    await page
      .getByText(/Saturday cutoff 09:45 is earlier than 10:30/)
      .first()
      .waitFor();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(saved().cutoffs.sat).toBe('09:45');
    expect(await page.getByTestId('customer-cutoff-sat').textContent()).toBe('08:45');
    await app.screenshot(page, 'schedule-finding-en');

    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('cutoff-sat').inputValue()).toBe('10:30');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(saved().cutoffs.sat).toBe('10:30');

    // Keyboard undo outside a text box.
    await page.getByRole('checkbox', { name: 'Ships orders on Saturday' }).click();
    await expect.poll(() => saved().operatingDays.includes('sat')).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => saved().operatingDays.includes('sat')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a pickup time, switches a day to drop-off, copies a day, and adds a service — all saved', async () => {
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByRole('button', { name: 'Add a pickup time to UPS Ground on Monday' }).click();
    await page.getByLabel('UPS Ground pickup 2 on Monday').fill('19:15');
    await expect
      .poll(() => saved().services.find((s) => s.serviceId === 'ups-ground')!.days.mon)
      .toEqual({ kind: 'pickup', times: ['17:00', '19:15'] });

    await page.getByLabel('UPS Ground on Tuesday: handover').click();
    await page.getByRole('option', { name: 'Drop-off' }).click();
    await expect.poll(() => saved().services.find((s) => s.serviceId === 'ups-ground')!.days.tue?.kind).toBe('dropoff');

    await page.getByRole('button', { name: 'Copy Monday to other days' }).click();
    await page.getByRole('menuitem', { name: 'Monday to Friday' }).click();
    await expect
      .poll(() => saved().services.find((s) => s.serviceId === 'ups-ground')!.days.fri)
      .toEqual({ kind: 'pickup', times: ['17:00', '19:15'] });

    await page.getByTestId('add-service-select').click();
    await page.getByRole('option', { name: 'FedEx Priority Overnight' }).click();
    await page.getByTestId('add-service').click();
    await expect.poll(() => saved().services.some((s) => s.serviceId === 'fedex-priority-overnight')).toBe(true);
    await page.getByTestId('service-row-fedex-priority-overnight').waitFor();
    await app.screenshot(page, 'schedule-edited-en');
    await context.close();
  });

  it('in French, every label of the week grid is French', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByRole('heading', { name: 'Planning hebdomadaire' }).waitFor();
    await page.getByRole('checkbox', { name: 'Expédie les commandes le samedi' }).waitFor();
    await page.getByRole('heading', { name: 'Contrôles' }).waitFor();
    await app.screenshot(page, 'schedule-fr');
    await context.close();
    app.workspace.setPrefs({ language: 'en' });
  });
});

describe('Saving when the workspace refuses', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('keeps a refused edit on screen, says why in plain language, and saves it on Retry', async () => {
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('cutoff-mon').waitFor();
    // Another writer changes the scenario behind the screen's back: the next autosave is stale.
    const sid = app.workspace.getPrefs().currentScenarioId!;
    const doc = app.services.scenarios.get(sid);
    const other = structuredClone(doc.settings);
    other.warehouses[0]!.cutoffs.wed = '15:00';
    app.services.scenarios.save(sid, doc.revision, other);

    await page.getByTestId('cutoff-mon').fill('15:30');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('error');
    await page.getByText(/changed elsewhere since it was opened/).waitFor();
    expect(await page.getByTestId('cutoff-mon').inputValue()).toBe('15:30');
    expect(app.services.scenarios.get(sid).settings.warehouses[0]!.cutoffs.mon).toBe('14:00');
    await app.screenshot(page, 'schedule-save-refused-en');

    await page.getByTestId('save-retry').click();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(app.services.scenarios.get(sid).settings.warehouses[0]!.cutoffs.mon).toBe('15:30');
    await context.close();
  });
});
