import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { orderLines, shiftedOrderReport } from '../support/shiftedOrderReport';
import { loadGeo } from '../../shared/geo';
import { simulate } from '../../shared/engine/simulate';
import { backtestOrders } from '../../shared/backtest/backtest';
import type { Settings } from '../../shared/domain/settings';
import { gapClass } from '../../renderer/src/features/reports/backtestGap';

const geo = loadGeo();

/**
 * In Chromium: the backtest's gap by ZIP3 within a state (re-derived from the engine's own backtest of
 * the same report), overlapping plans in force refused as they are typed, and the Simulation page
 * saying it ran in ZIP5 mode after a UPS Time in Transit import; axe over each part, EN and FR.
 */
describe('Backtest gap by ZIP3, plans in force, ZIP5 simulation mode end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  async function seriousViolations(page: Page, testId: string): Promise<string[]> {
    const results = await new AxeBuilder({ page })
      .include(`[data-testid="${testId}"]`)
      .options({ resultTypes: ['violations'] })
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  }

  const lines = (text: string) => orderLines(text, geo);

  /** Rows of the ZIP3 table as a user reads them: ZIP3, band tag, orders, agree, earlier, later, mean. */
  async function zip3Rows(page: Page) {
    return page
      .getByTestId('backtest-zip3-row')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-zip3'),
          r.getAttribute('data-paint'),
          ...[...r.querySelectorAll('td')].slice(2).map((td) => td.textContent),
        ]),
      );
  }

  it(
    'drills the gap map down to the ZIP3s of a state, as the engine computes them (EN light, FR dark, axe)',
    { timeout: 180_000 },
    async () => {
      const base: Settings = app.services.scenarios.get(scenarioId()).settings;
      // Amazon promised Los Angeles (900) two days after ShipWeek and Beverly Hills (902) as ShipWeek did;
      // Chicago (606) one day before; New York (100) as ShipWeek.
      const shift: Record<string, number> = { '90001': 2, '90210': 0, '60601': -1, '10001': 0 };
      const text = shiftedOrderReport(base, geo, shift, 5);
      const report = path.join(app.dataDir, 'orders-zip3.txt');
      fs.writeFileSync(report, text);
      const expected = backtestOrders(base, geo, lines(text));
      const zip3 = new Map(expected.byZip3.map((g) => [g.key, g]));
      expect([zip3.get('900')!.compared, zip3.get('902')!.compared, zip3.get('606')!.compared]).toEqual([5, 5, 5]);
      const pct = (g: { agree: number; compared: number }) =>
        new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(g.agree / g.compared);
      const row = (key: string) => {
        const g = zip3.get(key)!;
        return [
          key,
          gapClass(g),
          String(g.compared),
          pct(g),
          String(g.earlier),
          String(g.later),
          new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(g.meanDiffDays),
        ];
      };

      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-reports').click();
      app.queueOpenPath(report);
      await page.getByTestId('backtest-run').click();
      const drill = page.getByTestId('backtest-zip3');
      await drill.waitFor();
      // California first: as many orders disagree there as in Illinois (5), and it has more orders compared (10 against
      // 5).
      expect(await drill.getAttribute('data-state')).toBe('CA');
      expect(await zip3Rows(page)).toEqual([row('900'), row('902')]);
      expect((await zip3Rows(page)).map((r) => r[1])).toEqual(['earlier2', 'even']);
      expect(await page.getByRole('table', { name: 'Gap by ZIP3 in California' }).count()).toBe(1);
      await page.getByRole('combobox', { name: 'State to show by ZIP3' }).click();
      await page.getByRole('option', { name: 'Illinois (IL)' }).click();
      await page.locator('[data-testid="backtest-zip3"][data-state="IL"]').waitFor();
      expect(await zip3Rows(page)).toEqual([row('606')]);
      expect(await seriousViolations(page, 'backtest-map-section')).toEqual([]);
      await drill.scrollIntoViewIfNeeded();
      await drill.screenshot({ path: path.join(SCREENSHOT_DIR, 'backtest-gap-zip3.png'), animations: 'disabled' });
      expect(errors).toEqual([]);
      await context.close();

      // French, dark theme.
      app.workspace.setPrefs({ language: 'fr', theme: 'dark' });
      const fr = await app.newPage({ locale: 'fr-FR', colorScheme: 'dark' });
      await fr.page.getByTestId('nav-reports').click();
      app.queueOpenPath(report);
      await fr.page.getByTestId('backtest-run').click();
      await fr.page.getByTestId('backtest-zip3').waitFor();
      expect(await fr.page.getByText('Écart par ZIP3 dans un État').count()).toBe(1);
      expect(await fr.page.getByRole('table', { name: 'Écart par ZIP3 : Californie' }).count()).toBe(1);
      expect(await seriousViolations(fr.page, 'backtest-map-section')).toEqual([]);
      await fr.page.getByTestId('backtest-zip3').scrollIntoViewIfNeeded();
      await fr.page
        .getByTestId('backtest-zip3')
        .screenshot({ path: path.join(SCREENSHOT_DIR, 'backtest-gap-zip3-fr-dark.png'), animations: 'disabled' });
      expect(fr.errors).toEqual([]);
      await fr.context.close();
      app.workspace.setPrefs({ language: 'en', theme: 'system' });
    },
  );

  it(
    'refuses overlapping plans in force as they are typed, naming both and the shared dates; Run waits',
    { timeout: 120_000 },
    async () => {
      const base: Settings = app.services.scenarios.get(scenarioId()).settings;
      app.services.scenarios.createFromSettings('Peak plan', base);
      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-reports').click();
      const plans = page.getByTestId('backtest-plans');
      for (const [from, to] of [
        ['2026-06-01', '2026-06-30'],
        ['2026-06-20', '2026-07-05'],
      ] as const) {
        await page.getByTestId('backtest-plan-add').click();
        const rowEl = plans.getByTestId('backtest-plan-row').last();
        await rowEl.getByLabel('From').fill(from);
        await rowEl.getByLabel('To (included)').fill(to);
      }
      const problem = page.getByTestId('backtest-plans-problem');
      await problem.waitFor();
      expect(await problem.textContent()).toBe(
        'Plans in force may not overlap: “Peak plan” (Mon, Jun 1, 2026 to Tue, Jun 30, 2026) and “Peak plan” (Sat, Jun 20, 2026 to Sun, Jul 5, 2026) both hold Sat, Jun 20, 2026 to Tue, Jun 30, 2026. Give each date one plan.',
      );
      expect(await page.getByTestId('backtest-run').isDisabled()).toBe(true);
      expect(await seriousViolations(page, 'backtest-plans')).toEqual([]);
      await plans.screenshot({ path: path.join(SCREENSHOT_DIR, 'backtest-plans-overlap.png'), animations: 'disabled' });
      // Moving the second range after the first clears it.
      await plans.getByTestId('backtest-plan-row').last().getByLabel('From').fill('2026-07-01');
      await problem.waitFor({ state: 'detached' });
      expect(await page.getByTestId('backtest-run').isDisabled()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'after a UPS Time in Transit import the Simulation runs in ZIP5 mode and says so, with the engine’s counts (EN, FR, axe)',
    { timeout: 180_000 },
    async () => {
      const fixtures = path.resolve(__dirname, '../fixtures/transit');
      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-simulation').click();
      await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
      expect(await page.getByTestId('zip5-mode-note').count()).toBe(0);
      await page.getByTestId('nav-reports').click();
      app.queueOpenPath(path.join(fixtures, 'ups-time-in-transit.json'));
      await page.getByTestId('import-ups').click();
      await page
        .getByTestId('reports-outcome')
        .getByText(/^UPS Time in Transit imported as transit times by ZIP5/)
        .waitFor();
      const settings = app.services.scenarios.get(scenarioId()).settings;
      const summary = simulate(settings, geo, { destinations: 'auto' }).zip5!;
      expect(summary.withOwnTransit).toBeGreaterThan(0);

      await page.getByTestId('nav-simulation').click();
      const note = page.getByTestId('zip5-mode-note');
      await note.waitFor();
      expect(await note.textContent()).toBe(
        `ZIP5 mode: this plan has transit times for single ZIP5s, so the week is simulated over all ${summary.zips.toLocaleString('en-US')} ZIP5s of the 48 states + DC. ` +
          `${summary.withOwnTransit} of them ${summary.withOwnTransit === 1 ? 'takes its' : 'take their'} own transit time (ZIP3s affected: ${summary.zip3sAffected}); the others take their ZIP3’s. “What it takes” still searches by ZIP3 (ZIP5 transit times left out).`,
      );
      expect(await seriousViolations(page, 'zip5-mode-note')).toEqual([]);
      await app.screenshot(page, 'simulation-zip5-mode');
      await note.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await note.screenshot({ path: path.join(SCREENSHOT_DIR, 'simulation-zip5-note.png'), animations: 'disabled' });
      expect(errors).toEqual([]);
      await context.close();

      app.workspace.setPrefs({ language: 'fr' });
      const fr = await app.newPage({ locale: 'fr-FR' });
      await fr.page.getByTestId('nav-simulation').click();
      await fr.page.getByTestId('zip5-mode-note').waitFor();
      expect(await fr.page.getByTestId('zip5-mode-note').textContent()).toContain(
        `Mode ZIP5 : ce plan a des délais de transport pour des codes ZIP5 précis`,
      );
      expect(await seriousViolations(fr.page, 'zip5-mode-note')).toEqual([]);
      expect(fr.errors).toEqual([]);
      await fr.context.close();
      app.workspace.setPrefs({ language: 'en' });
    },
  );
});
