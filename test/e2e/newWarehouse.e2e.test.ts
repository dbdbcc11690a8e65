import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppHarness } from '../support/appHarness';

/**
 * What a new user did while setting up a Reno, NV warehouse, replayed in Chromium over the real
 * services and SQLite file: the warehouse starts with no service because they chose so; entries
 * the plan cannot take ("−30", "25:00", "1:5") stay on screen, are explained, are never saved, and
 * the save status says so; leaving the page or closing the window asks first; "9h30" and "2pm"
 * are read as 09:30 and 14:00; a removed service comes back with Undo.
 */
describe('A new warehouse, set up entry by entry', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sid = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = () => app.services.scenarios.get(sid()).settings;
  const reno = () => saved().warehouses.find((w) => w.name === 'Reno NV');
  const state = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');

  it('adds a warehouse that starts with no carrier services, as chosen in the dialog', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('warehouse-add').click();
    await page.getByTestId('warehouse-name').fill('Reno NV');
    await page.getByTestId('warehouse-zip').fill('89502');
    await expect.poll(() => page.getByTestId('warehouse-tz').inputValue()).toBe('Pacific Time (Los Angeles)');
    const dialog = page.getByRole('dialog');
    // Nothing is inherited unless picked: "No carrier services" is the starting choice, and each
    // option says which services it means.
    expect(await page.getByTestId('warehouse-start-empty').isChecked()).toBe(true);
    await dialog.getByText('nothing is delivered until you add a carrier service').waitFor();
    await dialog.getByText(/The sample’s days and cutoffs and \d+ carrier services: UPS Ground/).waitFor();
    await page.getByTestId('warehouse-start-copy').check();
    await page.getByTestId('warehouse-copy-from').waitFor();
    await dialog
      .getByText(/Its days, cutoffs and \d+ carrier services: UPS Ground.*\(closures are not copied\)/)
      .waitFor();
    await app.screenshot(page, 'new-warehouse-start-copy-en');
    await page.getByTestId('warehouse-start-empty').check();
    await app.screenshot(page, 'new-warehouse-start-en');
    await page.getByTestId('warehouse-save').click();
    await page.getByRole('cell', { name: 'Reno NV' }).waitFor();

    expect(reno()!.services).toEqual([]);
    expect(reno()!.timeZone).toBe('America/Los_Angeles');
    const row = page.getByTestId('warehouse-row').filter({ hasText: 'Reno NV' });
    expect((await row.getByRole('cell').nth(3).textContent())?.trim()).toBe('0');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses −30 and 9999 as the customer cutoff lead, keeps them visible, saves nothing and says so', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByRole('tab', { name: 'Reno NV (89502)' }).click();
    const lead = page.getByTestId('lead-minutes');
    expect(await lead.inputValue()).toBe('60');
    expect(await page.getByTestId('customer-cutoff-mon').textContent()).toBe('13:00');

    await lead.fill('−30');
    await page.getByText('−30 is below the minimum (0 min).').first().waitFor();
    await expect.poll(() => state(page)).toBe('invalid');
    const status = page.getByTestId('save-status');
    expect(await status.textContent()).toContain(
      'Not saved: 1 entry is invalid — Customer cutoff lead (minutes): −30 is below the minimum (0 min).',
    );
    expect(await status.textContent()).not.toContain('All changes saved');
    await lead.press('Tab');
    expect(await lead.inputValue()).toBe('−30'); // kept as typed, never turned into 30 or 603
    expect(await page.getByTestId('customer-cutoff-mon').textContent()).toBe('13:00');
    expect(reno()!.customerCutoffLeadMinutes).toBe(60);
    await app.screenshot(page, 'lead-refused-en');

    await lead.fill('9999');
    await page.getByText('9999 is above the maximum (720 min).').first().waitFor();
    expect(reno()!.customerCutoffLeadMinutes).toBe(60);
    // Esc puts back the saved value; the status is clean again.
    await lead.press('Escape');
    expect(await lead.inputValue()).toBe('60');
    await expect.poll(() => state(page)).toBe('saved');

    await lead.fill('45');
    await expect.poll(() => reno()!.customerCutoffLeadMinutes).toBe(45);
    expect(await page.getByTestId('customer-cutoff-mon').textContent()).toBe('13:15');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps 25:00 on screen unsaved, warns before leaving the page or closing, then reads 9h30 and 2pm', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByRole('tab', { name: 'Reno NV (89502)' }).click();
    const monday = page.getByTestId('cutoff-mon');
    expect(await monday.inputValue()).toBe('14:00');

    // "1:5" gets the message it deserves (which of two times?), not "between 00:00 and 23:59".
    await monday.fill('1:5');
    await monday.press('Tab');
    await page.getByText('1:5: write the minutes with two digits — 01:05 or 01:50?').first().waitFor();
    expect(reno()!.cutoffs.mon).toBe('14:00');

    await monday.fill('25:00');
    await page.getByText('25:00 is not a time: hours go from 00 to 23.').first().waitFor();
    await monday.press('Tab');
    expect(await monday.inputValue()).toBe('25:00');
    await expect.poll(() => state(page)).toBe('invalid');
    expect(await page.getByTestId('save-status').textContent()).toContain(
      'Not saved: 1 entry is invalid — Order cutoff on Monday: 25:00 is not a time: hours go from 00 to 23.',
    );
    await app.screenshot(page, 'cutoff-invalid-en');

    // An edit made meanwhile is held too: nothing is saved while the screen shows an unsaved entry.
    await page.getByRole('checkbox', { name: 'Ships orders on Saturday' }).click();
    await page.waitForTimeout(700);
    expect(reno()!.operatingDays).not.toContain('sat');
    expect(reno()!.cutoffs.mon).toBe('14:00');

    // Going to another page asks first; staying keeps the entry where it was.
    await page.getByTestId('nav-simulation').click();
    const guard = page.getByTestId('leave-guard');
    await guard.getByText('1 entry is not saved').waitFor();
    await guard.getByText('25:00 is not a time: hours go from 00 to 23.').waitFor();
    await app.screenshot(page, 'leave-guard-en');
    await page.getByTestId('leave-stay').click();
    await guard.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Weekly schedule' }).waitFor();
    expect(await monday.inputValue()).toBe('25:00');

    // Closing or reloading the window asks too (the browser's own "Leave site?").
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    await page
      .getByTestId('notice')
      .getByText(/Not closed: 1 entry is invalid/)
      .waitFor();

    // Clearing the field to retype is not "no cutoff": nothing is committed while typing.
    await monday.fill('');
    await page.waitForTimeout(700);
    expect(reno()!.cutoffs.mon).toBe('14:00');
    await monday.fill('9h30');
    await expect.poll(() => reno()?.cutoffs.mon).toBe('09:30');
    await expect.poll(() => state(page)).toBe('saved');
    // The held Saturday edit went out with it.
    expect(reno()!.operatingDays).toContain('sat');

    await monday.fill('2pm');
    await monday.press('Tab');
    expect(await monday.inputValue()).toBe('14:00');
    await expect.poll(() => reno()?.cutoffs.mon).toBe('14:00');
    await expect.poll(() => state(page)).toBe('saved');
    expect(await page.getByTestId('customer-cutoff-mon').textContent()).toBe('13:15');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which service was removed and brings it back with the snackbar’s Undo', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByRole('tab', { name: 'Columbus DC (43215)' }).click();
    const columbus = () => saved().warehouses.find((w) => w.name === 'Columbus DC')!;
    const before = columbus().services.map((p) => p.serviceId);
    expect(before).toContain('ups-ground');
    const days = Object.keys(columbus().services.find((p) => p.serviceId === 'ups-ground')!.days).length;

    await page.getByRole('button', { name: 'Remove UPS Ground' }).click();
    const notice = page.getByTestId('notice');
    await notice.getByText(`UPS Ground removed from Columbus DC, with its handovers on ${days} days.`).waitFor();
    await expect.poll(() => columbus().services.map((p) => p.serviceId)).not.toContain('ups-ground');
    await app.screenshot(page, 'service-removed-en');

    await page.getByTestId('notice-undo').click();
    await page.getByTestId('service-row-ups-ground').waitFor();
    await expect.poll(() => columbus().services.map((p) => p.serviceId)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in French: the start choice, a refused time, the status and the leave warning', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('warehouse-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Comment démarre sa semaine ?').waitFor();
    await dialog.getByText('Aucun service de transporteur').waitFor();
    await dialog.getByText(/Les jours, heures limites et \d+ services de transporteur : UPS Ground/).waitFor();
    await app.screenshot(page, 'new-warehouse-start-fr');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('nav-schedule').click();
    await page.getByRole('tab', { name: 'Reno NV (89502)' }).click();
    const monday = page.getByTestId('cutoff-mon');
    await monday.fill('25:00');
    await monday.press('Tab');
    await page.getByText('25:00 n’est pas une heure : les heures vont de 00 à 23.').first().waitFor();
    expect(await page.getByTestId('save-status').textContent()).toContain(
      'Non enregistré : 1 saisie invalide — Heure limite de commande le lundi : 25:00 n’est pas une heure',
    );
    await page.getByTestId('lead-minutes').fill('−30');
    await page.getByText('−30 est inférieur au minimum (0 min).').first().waitFor();
    await page.getByTestId('lead-minutes').press('Tab');
    expect(await page.getByTestId('save-status').textContent()).toContain('Non enregistré : 2 saisies invalides');
    await app.screenshot(page, 'cutoff-invalid-fr');

    await page.getByTestId('nav-simulation').click();
    await page.getByTestId('leave-guard').getByText('2 saisies ne sont pas enregistrées').waitFor();
    await app.screenshot(page, 'leave-guard-fr');
    // Leaving discards the entries (said on the button); the plan keeps its saved values.
    await page.getByTestId('leave-discard').click();
    await page.getByRole('heading', { name: 'Simulation', exact: true }).waitFor();
    await expect.poll(() => state(page)).toBe('saved');
    expect(reno()!.cutoffs.mon).toBe('14:00');
    expect(reno()!.customerCutoffLeadMinutes).toBe(45);
    expect(errors).toEqual([]);
    await context.close();
    app.workspace.setPrefs({ language: 'en' });
  });
});
