import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { advise, weeklyCost } from '../../shared/advisor';
import { loadGeo } from '../../shared/geo';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * What it takes with the user's limits, in Chromium on the sample: a refused limit is named and
 * blocks the search; with at most 2 changes and no extra cost, the ceiling the panel shows is
 * advise() of the stored plan with the same limits, re-derived here; the per-label figure is
 * weeklyCost()'s labels / orders; the on-time constraint says how many plans it left out.
 */
describe('What it takes: search limits, the per-label figure and the on-time constraint', () => {
  let app: AppHarness;
  const geo = loadGeo();
  const SEARCH_TIMEOUT = 300_000;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const stored = () => app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings;
  const shot = (page: Page, name: string) =>
    page.getByTestId('advisor-section').screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}.png`),
      animations: 'disabled',
      style: 'header { visibility: hidden !important; }',
    });

  it('limits, re-derived figures, English and French', async () => {
    const settings = stored();
    const expected = advise(settings, geo, { maxMoves: 2, budget: 0 });
    const cost = weeklyCost(settings, geo);

    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-simulation').click();
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor({ timeout: SEARCH_TIMEOUT });
    await page.getByTestId('advisor-max-moves').fill('9');
    await page.getByText('Type a whole number from 1 to 6.').waitFor();
    await expect(page.getByTestId('advisor-run').isDisabled()).resolves.toBe(true);
    await page.getByTestId('advisor-budget').fill('-5');
    await page.getByText('Type an amount in dollars, 0 or more (up to 1,000,000), or leave it empty.').waitFor();
    await page.getByTestId('advisor-max-moves').fill('2');
    await page.getByTestId('advisor-budget').fill('0');
    await expect(page.getByTestId('advisor-run').isDisabled()).resolves.toBe(false);
    await page.getByTestId('advisor-run').click();
    await page.locator('[data-testid="advisor-section"][data-status="ready"]').waitFor({ timeout: SEARCH_TIMEOUT });

    // The per-label figure: weeklyCost()'s labels / orders of the stored plan.
    const perLabel = Number(await page.getByTestId('advisor-label-cost').getAttribute('data-per-label'));
    expect(perLabel).toBeCloseTo(cost.labels / cost.orders, 9);
    await expect(page.getByTestId('advisor-per-label').textContent()).resolves.toContain(
      `$${(cost.labels / cost.orders).toFixed(2)}`,
    );
    await page.getByTestId('advisor-label-why').click();
    await page.getByTestId('advisor-label-detail').waitFor();
    await expect(page.getByTestId('advisor-label-driver').getAttribute('data-service')).resolves.toBe(
      'ups-next-day-air-saver',
    );
    // The on-time constraint and what it left out.
    await expect(page.getByTestId('advisor-on-time').getAttribute('data-excluded')).resolves.toBe(
      String(expected.onTime!.excluded),
    );
    // With these limits nothing passes on the sample: the ceiling is advise()'s with the same limits, within 2 changes
    // and no extra cost.
    expect(expected.cheapestPassing).toBeNull();
    await page
      .getByTestId('advisor-ceiling')
      .getByText(
        'No plan of up to 2 changes passes every check. The best each failing check can reach: Within the limit of $0 a week more.',
      )
      .waitFor();
    for (const c of expected.ceiling) {
      expect(c.moves.length).toBeLessThanOrEqual(2);
      expect(weeklyCost(c.settings, geo).total).toBeLessThanOrEqual(expected.weeklyCost + 1e-6);
      await expect(page.getByTestId(`advisor-ceiling-${c.checkId}`).getAttribute('data-best')).resolves.toBe(
        String(c.best),
      );
    }
    expect(errors).toEqual([]);
    await shot(page, 'advisor-limits-en');
    await context.close();

    app.workspace.setPrefs({ language: 'fr' });
    const fr = await app.newPage();
    await fr.page.getByTestId('nav-simulation').click();
    await fr.page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor({ timeout: SEARCH_TIMEOUT });
    await fr.page.getByTestId('advisor-run').click();
    await fr.page.locator('[data-testid="advisor-section"][data-status="ready"]').waitFor({ timeout: SEARCH_TIMEOUT });
    await fr.page.getByText(/l’étiquette en moyenne/).waitFor();
    await fr.page.getByText(/La livraison dans les délais est une contrainte/).waitFor();
    await fr.page.getByTestId('advisor-label-why').click();
    expect(fr.errors).toEqual([]);
    await shot(fr.page, 'advisor-limits-fr');
    await fr.context.close();
    app.workspace.setPrefs({ language: 'en' });
  }, 600_000);
});
