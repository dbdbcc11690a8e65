import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simulate } from '../../shared/engine/simulate';
import { simulateWindow } from '../../shared/engine/simulateWindow';
import { loadGeo } from '../../shared/geo';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { openPage, pickWeek, seriousViolations, simulationReady } from '../support/e2ePage';

/**
 * Amazon evaluates SFP weekly, Sunday to Saturday, and its dashboard takes a custom date range. A day
 * typed into "Another week…" picks the Amazon week it falls in, named by its days; "A date range…"
 * next to "Weeks judged together" simulates those days only, with the engine's figures on the cards;
 * a range that runs backwards is refused on screen and changes nothing. English and French, axe over
 * the picker.
 */
describe('Amazon weeks and date ranges on the Simulation page', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = () => app.services.scenarios.get(scenarioId()).settings;
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const le2 = (page: Page) => page.getByTestId('metric-standard.le2').getByTestId('metric-value');

  it(
    'Thanksgiving Thursday picks Sun 22 – Sat 28 Nov; Wed 25 – Fri 27 Nov as a range gives the engine’s cards',
    {
      timeout: 240_000,
    },
    async () => {
      const geo = loadGeo();
      const week = simulate(saved(), geo, { weekStart: '2026-11-22', destinations: 'auto' });
      const range = simulateWindow(saved(), geo, {
        range: { from: '2026-11-25', to: '2026-11-27' },
        destinations: 'auto',
      });
      expect(pct(range.tiers.standard.le2)).not.toBe(pct(week.tiers.standard.le2));

      const { page, context, errors } = await openPage(app, 'simulation');
      await simulationReady(page);
      await pickWeek(page, 'week-select', '2026-11-26');
      const label = page.getByTestId('week-label');
      await expect.poll(() => label.getAttribute('data-week')).toBe('2026-11-22');
      await simulationReady(page);
      expect(await page.getByTestId('week-select').textContent()).toBe(
        'Sun 22 Nov – Sat 28 Nov 2026 (Thanksgiving Day)',
      );
      expect(await label.textContent()).toBe(
        'Figures for Sun 22 Nov – Sat 28 Nov 2026, with its holiday or closure: Thanksgiving Day on Thursday 26 November.',
      );
      await expect.poll(() => le2(page).textContent()).toBe(pct(week.tiers.standard.le2));
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(page, 'amazon-week-simulation-en');

      // 4 weeks judged together first: the range below replaces them, and they must not come back unasked.
      await page.getByTestId('week-select-weeks').click();
      await page.getByTestId('weeks-option-4').click();
      await expect.poll(() => label.getAttribute('data-weeks')).toBe('4');
      await simulationReady(page);

      // The date range: Wednesday to Friday of Thanksgiving week.
      await page.getByTestId('week-select-weeks').click();
      await page.getByTestId('weeks-option-range').click();
      await page.getByTestId('week-select-range-from').fill('2026-11-25');
      // Backwards first: refused with its reason, the figures stay those of the week.
      await page.getByTestId('week-select-range-to').fill('2026-11-20');
      expect(await page.getByTestId('week-select-range-message').textContent()).toBe(
        'The last day is before the first: nothing changed.',
      );
      expect(await label.getAttribute('data-week')).toBe('2026-11-22');
      await page.getByTestId('week-select-range-to').fill('2026-11-27');
      await expect.poll(() => label.getAttribute('data-range')).toBe('2026-11-25/2026-11-27');
      await simulationReady(page);
      await expect.poll(() => le2(page).textContent()).toBe(pct(range.tiers.standard.le2));
      expect(await page.getByTestId('metric-standard.le1').getByTestId('metric-value').textContent()).toBe(
        pct(range.tiers.standard.le1),
      );
      expect(await page.getByTestId('simulation-verdict').getAttribute('data-pass')).toBe(String(range.pass));
      expect(await label.textContent()).toBe(
        'Figures for Wed 25 Nov – Fri 27 Nov 2026 (date range, 3 days): only the page views of these days count, as on Amazon’s dashboard, with its holiday or closure: Thanksgiving Day on Thursday 26 November.',
      );
      expect(await seriousViolations(page, 'week-select-group', 'week-label')).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(page, 'amazon-range-simulation-en');

      // The heat map over the range: Monday, Tuesday, Saturday and Sunday are not measured (no share,
      // no ▾), and the counts and the slowest hour are over the 72 hours of the range's days only.
      const heat = page.getByTestId('heatmap');
      await heat.scrollIntoViewIfNeeded();
      const rows = heat.locator('tbody tr');
      for (const [wd, inRange] of [false, false, true, true, true, false, false].entries()) {
        const cells = rows.nth(wd).locator('td');
        expect(await cells.evaluateAll((tds) => tds.filter((td) => td.dataset.measured === 'false').length)).toBe(
          inRange ? 0 : 24,
        );
        if (!inRange) expect(await cells.first().textContent()).toBe('–');
      }
      const measured = [2, 3, 4].flatMap((wd) => range.heatmap[wd]!.map((v) => v!));
      const below = measured.filter((v) => v < 0.75 - 1e-9).length;
      expect(await page.getByTestId('heat-low').textContent()).toMatch(
        new RegExp(`^Measured hours below the target: ${below} of 72\\. Slowest from (Wednesday|Thursday|Friday) `),
      );
      expect(await page.getByTestId('heat-not-measured').textContent()).toContain('Hours marked – are not measured');
      expect(await page.getByText('over the days of the date range').count()).toBe(1);
      await page
        .getByTestId('heat-section')
        .screenshot({ path: path.join(SCREENSHOT_DIR, 'amazon-range-heatmap-en.png') });

      // Another week typed after the range: one week, the range fields closed, every selector naming it.
      await pickWeek(page, 'week-select', '2026-12-09');
      await expect.poll(() => label.getAttribute('data-week')).toBe('2026-12-06');
      await simulationReady(page);
      expect(await label.getAttribute('data-weeks')).toBe('1');
      expect(await label.textContent()).toMatch(/^Figures for Sun 6 Dec – Sat 12 Dec 2026/);
      expect(await page.getByTestId('week-select').textContent()).toMatch(/^Sun 6 Dec – Sat 12 Dec 2026/);
      expect(await page.getByTestId('week-select-weeks').textContent()).toBe('1 week');
      expect(await page.getByTestId('week-select-range-from').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('in French the week is named by its days too', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openPage(app, 'simulation', { lang: 'fr' });
    await simulationReady(page);
    await pickWeek(page, 'week-select', '2026-11-26');
    await expect.poll(() => page.getByTestId('week-label').getAttribute('data-week')).toBe('2026-11-22');
    expect(await page.getByTestId('week-label').textContent()).toMatch(
      /^Chiffres pour dim\. 22 nov\. – sam\. 28 nov\. 2026, avec son jour férié/,
    );
    expect(await seriousViolations(page, 'week-select-group', 'week-label')).toEqual([]);
    await app.screenshot(page, 'amazon-week-simulation-fr');
    // A range, then "Semaine type": the range fields close and the window select reads one week again.
    await page.getByTestId('week-select-weeks').click();
    await page.getByTestId('weeks-option-range').click();
    await page.getByTestId('week-select-range-from').fill('2026-11-25');
    await page.getByTestId('week-select-range-to').fill('2026-11-27');
    await expect.poll(() => page.getByTestId('week-label').getAttribute('data-range')).toBe('2026-11-25/2026-11-27');
    // One day: named once, in the singular.
    await page.getByTestId('week-select-range-from').fill('2026-11-26');
    await page.getByTestId('week-select-range-to').fill('2026-11-26');
    await expect.poll(() => page.getByTestId('week-label').getAttribute('data-range')).toBe('2026-11-26/2026-11-26');
    expect(await page.getByTestId('week-label').textContent()).toMatch(
      /^Chiffres pour jeu\. 26 nov\. 2026 \(plage de dates, 1 jour\) : seules les pages vues de ce jour comptent/,
    );
    await page.getByTestId('week-select').click();
    await page.getByTestId('week-option-typical').click();
    await expect.poll(() => page.getByTestId('week-label').getAttribute('data-week')).toBe('typical');
    expect(await page.getByTestId('week-select-weeks').textContent()).toBe('1 semaine');
    expect(await page.getByTestId('week-select-range-from').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    app.workspace.setPrefs({ language: 'en' });
  });
});
