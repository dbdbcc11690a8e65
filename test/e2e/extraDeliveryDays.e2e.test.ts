import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppHarness } from '../support/appHarness';
import { openPage, seriousViolations, settingsSaved } from '../support/e2ePage';

/**
 * The Weekly schedule's editor of extra weekend delivery days (settings.extraDeliveryDays) in
 * Chromium: a row added "where available" is saved with its default area shown as an assumption; a
 * list of states or ZIP3s is saved as typed once every code is known, while an empty list, an unknown
 * state or ZIP3, or "where available" for a service without a default stays on screen with its
 * reason and the save status says Not saved, naming it; removing a row saves. Keyboard only for the
 * selects; English and French; axe over the section.
 */
describe('Extra weekend delivery days editor', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const stored = () =>
    app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings.extraDeliveryDays;

  /** Opens a select with the keyboard and picks the option whose text is `option`. */
  async function choose(page: Page, testId: string, option: string) {
    await page.getByTestId(testId).focus();
    await page.keyboard.press('Enter');
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    const items = await listbox.getByRole('option').allTextContents();
    const target = items.indexOf(option);
    expect(target, `${option} in ${items.join(' | ')}`).toBeGreaterThanOrEqual(0);
    const current = items.indexOf((await page.getByTestId(testId).textContent()) ?? '');
    const steps = target - Math.max(current, 0);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.keyboard.press('Enter');
    await listbox.waitFor({ state: 'detached' });
  }

  it(
    'adds, lists states, refuses unknown codes and missing defaults, removes (English)',
    { timeout: 180_000 },
    async () => {
      expect(stored()).toEqual([]);
      const { page, context, errors } = await openPage(app, 'schedule', { section: 'extra-days' });
      expect(await page.getByTestId('extra-days-none').textContent()).toBe(
        'No extra delivery day: each service delivers on its usual days only.',
      );

      await page.getByTestId('extra-days-add').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => stored())
        .toEqual([{ serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } }]);
      expect(await page.getByTestId('extra-day-0-default').textContent()).toContain(
        'Assumption: the most populous ZIP3s holding 67 % of the population of the 48 states and DC. Source: FedEx: Sunday Home Delivery',
      );
      expect(await page.getByRole('group', { name: 'FedEx Home Delivery on Sunday' }).count()).toBe(1);

      // States: nothing listed yet, so not saved, and the status says why.
      await choose(page, 'extra-day-0-kind', 'In the states listed');
      const invalid = page.getByTestId('save-invalid');
      await expect
        .poll(() => invalid.textContent())
        .toContain('FedEx Home Delivery on Sunday: List at least one state.');
      const list = page.getByTestId('extra-day-0-list');
      await list.fill('NY, xx, ZZ');
      await list.press('Tab');
      await expect
        .poll(() => invalid.textContent())
        .toContain('Unknown states: XX, ZZ. Use 2-letter codes such as NY, CA or DC.');
      expect(await page.getByRole('alert').filter({ hasText: 'Unknown states: XX, ZZ' }).count()).toBeGreaterThan(0);
      expect(await list.inputValue()).toBe('NY, xx, ZZ');
      expect(stored()[0]!.area).toEqual({ kind: 'whereAvailable' });
      expect(await seriousViolations(page, 'extra-days')).toEqual([]);
      await app.screenshot(page, 'extra-days-invalid-en');

      await list.fill('ny nj;ct');
      await list.press('Tab');
      await expect
        .poll(() => stored())
        .toEqual([
          { serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'states', states: ['CT', 'NJ', 'NY'] } },
        ]);
      await settingsSaved(page);
      expect(await list.inputValue()).toBe('CT, NJ, NY');

      // UPS Ground keeps the list; "where available" on Sunday has no default for it: refused, named.
      await choose(page, 'extra-day-0-service', 'UPS Ground');
      await expect.poll(() => stored()[0]!.serviceId).toBe('ups-ground');
      await choose(page, 'extra-day-0-kind', 'Where available (default area)');
      await expect
        .poll(() => invalid.textContent())
        .toContain('ShipWeek has no default area for UPS Ground on Sunday: list the states or ZIP3s it delivers to.');
      expect(stored()[0]!.area).toEqual({ kind: 'states', states: ['CT', 'NJ', 'NY'] });
      // Saturday has one (UPS's Saturday Ground cities): saved.
      await choose(page, 'extra-day-0-day', 'Saturday');
      await expect
        .poll(() => stored())
        .toEqual([{ serviceId: 'ups-ground', day: 'sat', area: { kind: 'whereAvailable' } }]);
      await settingsSaved(page);
      expect(await page.getByTestId('extra-day-0-default').textContent()).toContain('50 %');

      await page.getByRole('button', { name: 'Remove UPS Ground on Saturday' }).click();
      await expect.poll(() => stored()).toEqual([]);
      await settingsSaved(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'a row that would repeat another (same service, day and area) is not saved and says which row',
    { timeout: 180_000 },
    async () => {
      expect(stored()).toEqual([]);
      const { page, context, errors } = await openPage(app, 'schedule', { section: 'extra-days' });
      // A second row starts on a default no row uses yet (UPS Ground on Saturday), never as a repeat.
      await page.getByTestId('extra-days-add').click();
      await expect.poll(() => stored().length).toBe(1);
      await page.getByTestId('extra-days-add').click();
      await expect
        .poll(() => stored())
        .toEqual([
          { serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } },
          { serviceId: 'ups-ground', day: 'sat', area: { kind: 'whereAvailable' } },
        ]);
      await settingsSaved(page);
      // Row 2 made the same as row 1: kept on screen, not saved, the status names the row it repeats.
      await choose(page, 'extra-day-1-service', 'FedEx Home Delivery');
      await choose(page, 'extra-day-1-day', 'Sunday');
      const invalid = page.getByTestId('save-invalid');
      await expect
        .poll(() => invalid.textContent())
        .toContain('FedEx Home Delivery on Sunday: Same service, day and area as row 1: change this row or remove it.');
      expect(stored()[1]).toEqual({ serviceId: 'ups-ground', day: 'sat', area: { kind: 'whereAvailable' } });
      expect(await page.getByTestId('extra-day-1-repeats').textContent()).toBe(
        'Same service, day and area as row 1: change this row or remove it.',
      );
      expect(await seriousViolations(page, 'extra-days')).toEqual([]);
      await app.screenshot(page, 'extra-days-duplicate-en');
      // Listing states makes it a different row: saved.
      await choose(page, 'extra-day-1-kind', 'In the states listed');
      const list = page.getByTestId('extra-day-1-list');
      await list.fill('NY');
      await list.press('Tab');
      await expect
        .poll(() => stored()[1])
        .toEqual({ serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'states', states: ['NY'] } });
      await settingsSaved(page);
      await page.getByRole('button', { name: 'Remove FedEx Home Delivery on Sunday' }).first().click();
      await page.getByRole('button', { name: 'Remove FedEx Home Delivery on Sunday' }).first().click();
      await expect.poll(() => stored()).toEqual([]);
      await settingsSaved(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('in French: ZIP3s, an unknown ZIP3 named, the default area as an assumption', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openPage(app, 'schedule', { lang: 'fr', section: 'extra-days' });
    expect(await page.getByRole('heading', { name: 'Jours de livraison supplémentaires le week-end' }).count()).toBe(1);
    await page.getByTestId('extra-days-add').click();
    await expect.poll(() => stored().length).toBe(1);
    expect(await page.getByTestId('extra-day-0-default').textContent()).toContain(
      'Hypothèse : les ZIP3 les plus peuplés réunissant 67 %',
    );
    await choose(page, 'extra-day-0-kind', 'Dans les ZIP3 listés');
    const list = page.getByTestId('extra-day-0-list');
    await list.fill('100, 000, 945');
    await list.press('Enter');
    const invalid = page.getByTestId('save-invalid');
    await expect
      .poll(() => invalid.textContent())
      .toContain('Le ZIP3 000 n’existe pas (absent de la liste des codes postaux américains).');
    expect(stored()[0]!.area).toEqual({ kind: 'whereAvailable' });
    expect(await seriousViolations(page, 'extra-days')).toEqual([]);
    await app.screenshot(page, 'extra-days-invalid-fr');
    await list.fill('100, 945');
    await list.press('Enter');
    await expect.poll(() => stored()[0]!.area).toEqual({ kind: 'zip3s', zip3s: ['100', '945'] });
    await settingsSaved(page);
    expect(await seriousViolations(page, 'extra-days')).toEqual([]);
    await page.getByTestId('extra-days').scrollIntoViewIfNeeded();
    await app.screenshot(page, 'extra-days-saved-fr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
