import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleSettings } from '../../shared/catalog/sample';
import { createHolidayBook } from '../../shared/engine/calendar';
import { DEFAULT_ENGINE_CATALOG } from '../../shared/engine/engineCatalog';
import { dayNumber } from '../../shared/time/timezone';
import path from 'node:path';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * Holidays add up, in the Weekly schedule: a plan stored by an older ShipWeek that listed only
 * Thanksgiving 2026 for UPS opens with a notice naming UPS, 2026 and the days kept open; the year's
 * table shows built-in days (UPS reopened), the listed day and an own warehouse holiday with their
 * source; closing UPS again, reopening a built-in USPS day and adding an own FedEx closure are saved
 * and change what the engine closes. English and French.
 */
describe('Holidays: built-in, own and reopened days', () => {
  let app: AppHarness;
  let sid: number;
  beforeAll(async () => {
    app = await AppHarness.start();
    sid = app.workspace.getPrefs().currentScenarioId!;
    // The scenario as a format-1 plan: UPS 2026 reduced to Thanksgiving, and an inventory day at the warehouse.
    const {
      name: _n,
      warehouses: _w,
      reopenedCarrierDays: _r,
      ...body
    } = JSON.parse(JSON.stringify(sampleSettings())) as Record<string, unknown>;
    const old = {
      ...body,
      formatVersion: 1,
      holidays: [
        { date: '2026-08-03', name: 'Inventory day' },
        { date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] },
      ],
    };
    app.opened.db.prepare('UPDATE scenario SET settings = ? WHERE id = ?').run(JSON.stringify(old), sid);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const settings = () => app.services.scenarios.get(sid).settings;
  const row = (page: Page, source: 'builtIn' | 'own', date: string) =>
    page.locator(`[data-testid="holiday-calendar"] tr[data-source="${source}"][data-date="${date}"]`);
  const saved = (page: Page) =>
    expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

  it('an old plan that relied on the replacement rule opens with a notice naming carrier, year and days', async () => {
    const { page, context, errors } = await app.newPage();
    const notice = page.getByTestId('plan-notices');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('UPS 2026: this file listed only some UPS holidays for 2026');
    expect(text).toContain('2026-01-01, 2026-05-25, 2026-07-03, 2026-07-04, 2026-09-07, 2026-12-25');
    await app.screenshot(page, 'holidays-open-notice-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the year shows built-in, own and reopened days with their source; reopen, close again and add are saved', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    // Pick 2026 whatever year the machine's clock says.
    await page.getByLabel('Year').click();
    await page.getByRole('option', { name: '2026', exact: true }).click();
    const christmas = row(page, 'builtIn', '2026-12-25');
    await christmas.waitFor();
    expect(await christmas.textContent()).toContain('UPS works (reopened)');
    expect(await christmas.textContent()).toContain('FedEx closed');
    expect(await christmas.textContent()).toContain('Built-in, reopened by you');
    // Thanksgiving was on the old list: shown once, on its built-in line.
    expect(await row(page, 'builtIn', '2026-11-26').textContent()).toContain('also on your list');
    expect(await row(page, 'own', '2026-11-26').count()).toBe(0);
    const inventory = row(page, 'own', '2026-08-03');
    expect(await inventory.textContent()).toContain('Inventory day');
    expect(await inventory.textContent()).toContain('Warehouse closed');
    expect(await inventory.textContent()).toContain('Added by you');
    // Columbus Day is a USPS-only holiday: one carrier on its line.
    expect(await row(page, 'builtIn', '2026-10-12').textContent()).toContain('USPS closed');
    expect(await row(page, 'builtIn', '2026-10-12').textContent()).not.toContain('UPS closed');

    await page.getByRole('button', { name: 'Close UPS again on 2026-12-25 (undo the reopening)' }).click();
    await page.getByRole('button', { name: 'Reopen 2026-10-12 for USPS (USPS works that day)' }).click();
    await page.getByLabel('Date', { exact: true }).fill('2026-12-24');
    await page.getByLabel('Name', { exact: true }).fill('Christmas Eve');
    await page.getByLabel('Closed', { exact: true }).click();
    await page.getByRole('option', { name: 'FedEx', exact: true }).click();
    await page.getByRole('button', { name: 'Add holiday' }).click();
    await saved(page);

    expect(await christmas.textContent()).toContain('UPS closed');
    expect(await row(page, 'builtIn', '2026-10-12').textContent()).toContain('USPS works (reopened)');
    expect(await row(page, 'own', '2026-12-24').textContent()).toContain('FedEx closed');
    await app.screenshot(page, 'holidays-calendar-en');
    await page
      .locator('section[aria-labelledby="holidays-title"]')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'holidays-section-en.png'), animations: 'disabled' });

    // What was saved is what the engine applies.
    const s = settings();
    const book = createHolidayBook(s, DEFAULT_ENGINE_CATALOG, true);
    expect(book.carrierClosed('ups', dayNumber('2026-12-25'))).toBe('Christmas Day');
    expect(book.carrierClosed('usps', dayNumber('2026-10-12'))).toBeUndefined();
    expect(book.carrierClosed('fedex', dayNumber('2026-12-24'))).toBe('Christmas Eve');
    expect(book.carrierClosed('ups', dayNumber('2026-12-24'))).toBeUndefined();
    // The other days the upgrade reopened stay reopened (UPS worked them under the old file).
    expect(book.carrierClosed('ups', dayNumber('2026-07-03'))).toBeUndefined();
    expect(s.formatVersion).toBe(2);
    // Saved in today's format: opening again says nothing.
    expect(app.services.scenarios.get(sid).notices).toEqual([]);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').click();
    await page.getByTestId('language-fr').click();
    await page.getByTestId('nav-schedule').click();
    await page.getByLabel('Année').click();
    await page.getByRole('option', { name: '2026', exact: true }).click();
    expect(await christmas.textContent()).toContain('UPS fermé');
    expect(await christmas.textContent()).toContain('Calendrier intégré du transporteur');
    expect(await row(page, 'builtIn', '2026-10-12').textContent()).toContain('USPS travaille (rouvert)');
    expect(await row(page, 'own', '2026-08-03').textContent()).toContain('Ajouté par vous');
    expect(await row(page, 'own', '2026-08-03').textContent()).toContain('Entrepôt fermé');
    await app.screenshot(page, 'holidays-calendar-fr');
    await page
      .locator('section[aria-labelledby="holidays-title"]')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'holidays-section-fr.png'), animations: 'disabled' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
