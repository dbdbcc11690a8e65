import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { tradeOff } from '../../shared/eligibility/tradeOff';
import { loadGeo } from '../../shared/geo';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { type Lang } from '../../shared/i18n/lang';

/**
 * The Eligibility page's plan inputs and trade-off in Chromium: operations and transit-spread rows
 * typed on the page are in the stored scenario as soon as the save status says so (an entry the plan
 * cannot take is refused and explained, nothing saved); the trade-off table shows, row by row, what
 * tradeOff() computes on the stored scenario — re-derived here, never from the page's code. English
 * and French, with axe-core over the new parts.
 */
describe('Eligibility: operations, spread and the speed / on-time trade-off end to end', () => {
  let app: AppHarness;
  const geo = loadGeo();
  const RUN_TIMEOUT = 240_000;
  const TEST_TIMEOUT = 420_000;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;
  const stored = () => app.services.scenarios.get(scenarioId()).settings;
  const saved = (page: Page) =>
    page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
  const pct = (v: number, lang: Lang = 'en') =>
    new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(v);
  const shot = (page: Page, testId: string, name: string) =>
    page.getByTestId(testId).screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}.png`),
      animations: 'disabled',
      style: 'header { visibility: hidden !important; }',
    });
  async function serious(page: Page, selector: string): Promise<string[]> {
    const results = await new AxeBuilder({ page })
      .include(selector)
      .options({ resultTypes: ['violations'] })
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  }

  it(
    'operations and spread rows save as they are typed; refused entries are explained and not saved',
    async () => {
      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-eligibility').click();
      await page.getByTestId('eligibility-operations').waitFor();
      expect(stored().operations).toBeUndefined();

      await page.getByTestId('ops-missedPickupShare').fill('2');
      await saved(page);
      expect(stored().operations?.missedPickupShare).toBe(0.02);
      await page.getByTestId('ops-weeklyOrders').fill('320');
      await saved(page);
      expect(stored().operations?.weeklyOrders).toBe(320);
      // Above 100 %: refused with the field's limits, nothing saved.
      await page.getByTestId('ops-otdrProtectedShare').fill('140');
      await page
        .getByText(/140.*(above|maximum)/i)
        .first()
        .waitFor();
      await expect(page.getByTestId('save-status').getAttribute('data-state')).resolves.not.toBe('pending');
      expect(stored().operations?.otdrProtectedShare).toBeUndefined();
      await page.getByTestId('ops-otdrProtectedShare').fill('25');
      await saved(page);
      expect(stored().operations?.otdrProtectedShare).toBe(0.25);

      // A spread row: added at the service's default, then typed.
      await page.getByTestId('spread-add').click();
      await saved(page);
      expect(stored().transitSpread).toHaveLength(1);
      const shares = page.getByTestId('spread-shares');
      await shares.fill('0 / 0 / 50');
      await page.getByTestId('spread-row').getByText('These add up to 50 %; they must add up to 100 %.').waitFor();
      // The save status names the entry too, and nothing is saved while it stands.
      await page
        .getByTestId('save-status')
        .getByText(/Not saved/)
        .waitFor();
      expect(stored().transitSpread![0]!.shares).not.toEqual([0, 0, 0.5]);
      await shares.fill('0 / 0 / 0 / 80 / 20');
      await saved(page);
      expect(stored().transitSpread![0]!.shares).toEqual([0, 0, 0, 0.8, 0.2]);
      await page.getByTestId('spread-row').getByRole('combobox', { name: 'Zone' }).click();
      await page.getByRole('option', { name: '5', exact: true }).click();
      await saved(page);
      expect(stored().transitSpread![0]!.zone).toBe(5);

      // An EasyPost SmartRate response for zone 5: a bad one is refused with its JSON path, nothing changes.
      const before = JSON.stringify(stored().transitSpread);
      const tit = (p: number[]) =>
        Object.fromEntries([50, 75, 85, 90, 95, 97, 99].map((l, i) => [`percentile_${l}`, p[i]]));
      const bad = { result: [{ carrier: 'UPS', service: 'Ground', time_in_transit: tit([3, 2, 3, 3, 3, 4, 5]) }] };
      await page.getByRole('combobox', { name: 'Rows for zone' }).click();
      await page.getByRole('option', { name: '5', exact: true }).click();
      await page.getByTestId('smartrate-file').setInputFiles({
        name: 'lane-bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bad)),
      });
      await page
        .getByTestId('smartrate-refused')
        .getByText(
          'result[0].time_in_transit.percentile_75: percentile_75 is 2 days, below the previous percentile (3): percentiles cannot decrease',
        )
        .waitFor();
      expect(JSON.stringify(stored().transitSpread)).toBe(before);
      const good = {
        result: [bad.result[0]!, { carrier: 'USPS', service: 'First', time_in_transit: tit([3, 3, 3, 3, 4, 4, 5]) }],
      };
      good.result[0] = { carrier: 'UPS', service: 'Ground', time_in_transit: tit([2, 2, 3, 3, 3, 4, 5]) };
      await page
        .getByTestId('smartrate-file')
        .setInputFiles({ name: 'lane.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
      await page
        .getByTestId('smartrate-done')
        .getByText('1 row imported from lane.json (zone: 5). Skipped, not modelled by ShipWeek: USPS First.')
        .waitFor();
      await saved(page);
      // It replaced the typed row for UPS Ground, zone 5, all months.
      expect(stored().transitSpread).toHaveLength(1);
      expect(stored().transitSpread![0]).toMatchObject({
        serviceId: 'ups-ground',
        zone: 5,
        source: 'EasyPost SmartRate: lane.json',
      });
      stored().transitSpread![0]!.shares.forEach((v, d) =>
        expect(v).toBeCloseTo([0, 0, 0.75, 0.2, 0.02, 0.02, 0.01][d]!, 9),
      );

      await expect(serious(page, '[data-testid="eligibility-operations"]')).resolves.toEqual([]);
      await shot(page, 'eligibility-operations', 'eligibility-operations-en');
      expect(errors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'the trade-off table shows tradeOff() of the stored plan, with Why?, in English and French',
    async () => {
      const start = '2026-06-07';
      const weeks = 2;
      const expected = tradeOff(stored(), geo, { start, weeks });
      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-eligibility').click();
      await page.getByLabel('First week starts (a Sunday)').fill(start);
      await page.getByLabel('Weeks', { exact: true }).fill(String(weeks));
      await page.getByLabel('Simulated horizons').fill('200');
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByTestId('eligibility-tradeoff').waitFor({ timeout: RUN_TIMEOUT });
      const rows = page.getByTestId('eligibility-tradeoff-row');
      const shown = expected.filter((r, i) => i === 0 || (r.orderShare ?? 0) > 0);
      await expect(rows.count()).resolves.toBe(shown.length);
      for (let i = 0; i < shown.length; i++) {
        const row = rows.nth(i);
        const service = (await row.getAttribute('data-service')) || null;
        const want = expected.find((r) => r.slowerService === service)!;
        expect(want, String(service)).toBeDefined();
        const cells = await row.getByRole('cell').allTextContents();
        expect(cells[3]!.startsWith(pct(want.speedLe1))).toBe(true);
        expect(cells[4]!.startsWith(pct(want.speedLe2))).toBe(true);
        expect(cells[5]!.startsWith(pct(want.expectedOnTime))).toBe(true);
        if (want.orderShare !== null) expect(cells[2]).toBe(pct(want.orderShare));
      }
      // Rows after the plan are ordered by the orders their service carries.
      const shares = shown.slice(1).map((r) => r.orderShare!);
      const order = await rows.evaluateAll((els) => els.slice(1).map((e) => e.getAttribute('data-service')));
      expect(order.map((id) => shown.find((r) => r.slowerService === id)!.orderShare)).toEqual(
        [...shares].sort((a, b) => b - a),
      );
      await page.getByTestId('eligibility-tradeoff-why').click();
      await page.getByTestId('eligibility-tradeoff-explain').waitFor();
      await page.getByTestId('eligibility-tradeoff-chart').waitFor();
      await expect(serious(page, '[data-testid="eligibility-tradeoff"]')).resolves.toEqual([]);
      await shot(page, 'eligibility-tradeoff', 'eligibility-tradeoff-en');
      expect(errors).toEqual([]);
      await context.close();

      app.workspace.setPrefs({ language: 'fr', theme: 'dark' });
      const fr = await app.newPage();
      await fr.page.getByTestId('nav-eligibility').click();
      await fr.page.getByLabel('Début de la première semaine (un dimanche)').fill(start);
      await fr.page.getByLabel('Semaines', { exact: true }).fill(String(weeks));
      await fr.page.getByLabel('Horizons simulés').fill('200');
      await fr.page.getByRole('button', { name: 'Lancer' }).click();
      await fr.page
        .getByRole('heading', { name: 'Promettre vite ou livrer à temps' })
        .waitFor({ timeout: RUN_TIMEOUT });
      const first = await fr.page.getByTestId('eligibility-tradeoff-row').first().getByRole('cell').allTextContents();
      expect(first[5]).toBe(pct(expected[0]!.expectedOnTime, 'fr'));
      await fr.page.getByTestId('eligibility-tradeoff-why').click();
      await fr.page.getByTestId('eligibility-tradeoff-explain').waitFor();
      await expect(serious(fr.page, '[data-testid="eligibility-tradeoff"]')).resolves.toEqual([]);
      await expect(serious(fr.page, '[data-testid="eligibility-operations"]')).resolves.toEqual([]);
      await shot(fr.page, 'eligibility-tradeoff', 'eligibility-tradeoff-fr');
      await shot(fr.page, 'eligibility-operations', 'eligibility-operations-fr');
      expect(fr.errors).toEqual([]);
      await fr.context.close();
      app.workspace.setPrefs({ language: 'en', theme: 'light' });
    },
    TEST_TIMEOUT,
  );

  it(
    'disruption weeks: added, typed and removed on the page, saved as typed; a Monday is refused; English and French',
    async () => {
      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-eligibility').click();
      await page
        .getByTestId('eligibility-disruption')
        .getByText(/No disruption week/)
        .waitFor();
      expect(stored().operations?.disruption).toBeUndefined();

      await page.getByTestId('disruption-add').click();
      await saved(page);
      const added = stored().operations!.disruption!.weeks;
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ extraDays: 1, share: 0.2, reason: 'weather' });
      expect(new Date(`${added[0]!.start}T00:00:00Z`).getUTCDay()).toBe(0);

      // A Monday: refused with the Sunday before, nothing saved.
      const start = page.getByTestId('disruption-start');
      await start.fill('2026-12-21');
      await page
        .getByTestId('disruption-row')
        .getByText(
          '2026-12-21 is not a Sunday: a disruption week is an evaluation window, which runs Sunday to Saturday (the Sunday before is 2026-12-20)',
        )
        .waitFor();
      await page
        .getByTestId('save-status')
        .getByText(/Not saved/)
        .waitFor();
      expect(stored().operations!.disruption!.weeks[0]!.start).toBe(added[0]!.start);
      await start.fill('2026-12-20');
      await saved(page);
      await page.getByTestId('disruption-share').fill('50');
      await saved(page);
      await page.getByTestId('disruption-row').getByRole('combobox', { name: 'Carriers' }).click();
      await page.getByRole('option', { name: 'USPS', exact: true }).click();
      await saved(page);
      await page.getByTestId('disruption-row').getByRole('combobox', { name: 'Extra days' }).click();
      await page.getByRole('option', { name: '+2 days', exact: true }).click();
      await saved(page);
      await page.getByTestId('disruption-row').getByRole('combobox', { name: 'Reason' }).click();
      await page.getByRole('option', { name: 'carrier holiday backlog', exact: true }).click();
      await saved(page);
      expect(stored().operations!.disruption).toEqual({
        weeks: [{ start: '2026-12-20', extraDays: 2, share: 0.5, carriers: ['usps'], reason: 'carrierHoliday' }],
      });
      await expect(serious(page, '[data-testid="eligibility-disruption"]')).resolves.toEqual([]);
      await shot(page, 'eligibility-disruption', 'eligibility-disruption-en');

      await page.getByTestId('disruption-remove').click();
      await saved(page);
      expect(stored().operations?.disruption).toBeUndefined();
      expect(errors).toEqual([]);
      await context.close();

      app.workspace.setPrefs({ language: 'fr' });
      const fr = await app.newPage();
      await fr.page.getByTestId('nav-eligibility').click();
      await fr.page.getByRole('heading', { name: 'Semaines de perturbation des transporteurs (scénario)' }).waitFor();
      await fr.page.getByRole('button', { name: 'Ajouter une semaine perturbée' }).click();
      await fr.page.getByTestId('disruption-row').getByRole('combobox', { name: 'Cause' }).waitFor();
      await expect(serious(fr.page, '[data-testid="eligibility-disruption"]')).resolves.toEqual([]);
      await shot(fr.page, 'eligibility-disruption', 'eligibility-disruption-fr');
      await fr.page.getByRole('button', { name: 'Retirer la semaine perturbée 1' }).click();
      await fr.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
      expect(stored().operations?.disruption).toBeUndefined();
      expect(fr.errors).toEqual([]);
      await fr.context.close();
      app.workspace.setPrefs({ language: 'en' });
    },
    TEST_TIMEOUT,
  );
});
