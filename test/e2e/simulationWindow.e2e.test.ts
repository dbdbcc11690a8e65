import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { simulateWindow } from '../../shared/engine/simulateWindow';
import { loadGeo } from '../../shared/geo';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * A window of several real weeks judged as one, as Amazon's dashboard judges a date range: the user
 * picks Thanksgiving week and "4 weeks"; the Simulation cards show the CLI's simulateWindow figures,
 * and the Simulation page, the check strip, the compare view and the Reports page (whose metrics CSV
 * is simulated over the same window) name the window. A long window shows its progress and can be
 * cancelled, which puts the picker back on the window on screen. English and French, axe over the
 * picker and the progress bar.
 */
describe('Simulating a window of several weeks', () => {
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
  const ready = (page: Page) => page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();

  async function seriousViolations(page: Page, selectors: string[]): Promise<string[]> {
    let axe = new AxeBuilder({ page });
    for (const s of selectors) axe = axe.include(s);
    const results = await axe.options({ resultTypes: ['violations'] }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  }

  async function pickWindow(page: Page, selectTestId: string, day: string, weeks: number) {
    await page.getByTestId(selectTestId).click();
    await page.getByTestId('week-option-other').click();
    await page.getByTestId(`${selectTestId}-date`).fill(day);
    // Keyboard only for the window: focus the select, open it with Enter, choose with the arrows.
    await page.getByTestId(`${selectTestId}-weeks`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('weeks-option-1').waitFor();
    for (let i = 1; i < weeks; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }

  it(
    '4 weeks from Thanksgiving week: simulateWindow’s figures, and every screen names the window',
    { timeout: 240_000 },
    async () => {
      const geo = loadGeo();
      // Thursday 26 Nov picks Amazon's week, Sunday 22 to Saturday 28 November.
      const window4 = simulateWindow(saved(), geo, { weekStart: '2026-11-22', weeks: 4 });
      const week1 = simulateWindow(saved(), geo, { weekStart: '2026-11-22', weeks: 1 });
      // The window is worth showing only if it differs from its first week on screen.
      expect(pct(window4.tiers.standard.le2)).not.toBe(pct(week1.tiers.standard.le2));
      app.services.scenarios.duplicate(scenarioId(), 'Copy to compare');

      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-simulation').click();
      await ready(page);
      // Typical week: the window select is there but off, and says why.
      expect(await page.getByTestId('week-select-weeks').getAttribute('aria-disabled')).toBe('true');

      await pickWindow(page, 'week-select', '2026-11-26', 4);
      const label = page.getByTestId('week-label');
      await expect.poll(() => label.getAttribute('data-weeks')).toBe('4');
      await ready(page);
      expect(await label.getAttribute('data-week')).toBe('2026-11-22');
      const le2 = page.getByTestId('metric-standard.le2').getByTestId('metric-value');
      expect(await le2.textContent()).toBe(pct(window4.tiers.standard.le2));
      expect(await page.getByTestId('metric-standard.le1').getByTestId('metric-value').textContent()).toBe(
        pct(window4.tiers.standard.le1),
      );
      expect(await page.getByTestId('simulation-verdict').getAttribute('data-pass')).toBe(String(window4.pass));
      expect(await label.textContent()).toBe(
        'Figures for Sun 22 Nov – Sat 19 Dec 2026 (4 weeks), judged together as Amazon’s dashboard judges a date range (each share is the weeks’ average, rounded up once), with their holiday or closure: Thanksgiving Day on Thursday 26 November.',
      );
      expect(await page.getByTestId('week-select-weeks').textContent()).toBe('4 weeks');
      expect(
        await seriousViolations(page, ['[data-testid="week-select-group"]', '[data-testid="week-label"]']),
      ).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(page, 'window-4-weeks-simulation-en');

      await page.getByTestId('nav-schedule').click();
      expect(await page.getByTestId('strip-week').textContent()).toBe(
        'Sun 22 Nov – Sat 19 Dec 2026 (4 weeks; Thanksgiving Day)',
      );

      await page.getByTestId('nav-scenarios').click();
      await expect.poll(() => page.getByTestId('compare-week-label').getAttribute('data-weeks')).toBe('4');
      await page.getByTestId('compare-metrics').waitFor();
      await expect.poll(() => page.getByTestId('metric-le2').textContent()).toContain(pct(window4.tiers.standard.le2));
      expect(await page.getByTestId('compare-week-label').textContent()).toContain(
        'Sun 22 Nov – Sat 19 Dec 2026 (4 weeks)',
      );
      await app.screenshot(page, 'window-4-weeks-compare-en');

      await page.getByTestId('nav-reports').click();
      expect(await page.getByTestId('reports-week-label').getAttribute('data-weeks')).toBe('4');
      const download = app.nextDownload();
      await page.getByTestId('export-csv-metrics').click();
      const csv = fs
        .readFileSync(await download, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(csv[1]).toContain('simulatedWeek,Simulated week,2026-11-22/2026-12-19,');
      expect(csv[1]).toContain('Sun 22 Nov – Sat 19 Dec 2026 (4 weeks), judged together');
      const le2Row = csv.find((r) => r.startsWith('tier.standard.le2,'))!;
      expect(Number(le2Row.split(',')[2])).toBeCloseTo(window4.tiers.standard.le2, 6);
      await app.screenshot(page, 'window-4-weeks-reports-en');

      // A date range chosen on the Reports page: the metrics CSV is simulated over that range (not the
      // window chosen before) and its first row names it.
      const rangeResult = simulateWindow(saved(), geo, { range: { from: '2026-11-25', to: '2026-12-01' } });
      expect(pct(rangeResult.tiers.standard.le2)).not.toBe(pct(window4.tiers.standard.le2));
      await page.getByTestId('reports-week-select-weeks').click();
      await page.getByTestId('weeks-option-range').click();
      await page.getByTestId('reports-week-select-range-from').fill('2026-11-25');
      await page.getByTestId('reports-week-select-range-to').fill('2026-12-01');
      await expect
        .poll(() => page.getByTestId('reports-week-label').getAttribute('data-range'))
        .toBe('2026-11-25/2026-12-01');
      // The week menu says the range is what is shown, not the week chosen before it.
      await expect.poll(() => page.getByTestId('reports-week-select').textContent()).toBe('The date range beside');
      const rangeDownload = app.nextDownload();
      await page.getByTestId('export-csv-metrics').click();
      const rangeCsv = fs
        .readFileSync(await rangeDownload, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(rangeCsv[1]).toContain('simulatedWeek,Simulated week,2026-11-25/2026-12-01,');
      expect(rangeCsv[1]).toContain('Wed 25 Nov – Tue 1 Dec 2026 (date range, 7 days)');
      const rangeLe2 = rangeCsv.find((r) => r.startsWith('tier.standard.le2,'))!;
      expect(Number(rangeLe2.split(',')[2])).toBeCloseTo(rangeResult.tiers.standard.le2, 6);

      // The compare view judges the plans over the same range, and names it.
      await page.getByTestId('nav-scenarios').click();
      await expect
        .poll(() => page.getByTestId('compare-week-label').getAttribute('data-range'))
        .toBe('2026-11-25/2026-12-01');
      await expect
        .poll(() => page.getByTestId('metric-le2').textContent())
        .toContain(pct(rangeResult.tiers.standard.le2));
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'a long window shows its progress and Cancel goes back to the window on screen (English, then French)',
    { timeout: 240_000 },
    async () => {
      // 48 warehouses make each week dozens of times the sample's work, so 13 weeks run for seconds:
      // long enough to press Cancel, and to check the bar with axe on a second run.
      const doc = app.services.scenarios.get(scenarioId());
      const heavy = structuredClone(doc.settings);
      const base = heavy.warehouses[0]!;
      for (let i = 2; i <= 48; i++)
        heavy.warehouses.push({ ...structuredClone(base), id: `${base.id}-${i}`, name: `${base.name} ${i}` });
      app.services.scenarios.save(scenarioId(), doc.revision, heavy);

      for (const lang of ['en', 'fr'] as const) {
        app.workspace.setPrefs({ language: lang });
        const { page, context, errors } = await app.newPage({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
        await page.getByTestId('nav-simulation').click();
        await ready(page);
        await pickWindow(page, 'week-select', '2026-11-23', 2);
        const label = page.getByTestId('week-label');
        await expect.poll(() => label.getAttribute('data-weeks'), { timeout: 60_000 }).toBe('2');
        await ready(page);
        const shownText = await label.textContent();

        // 13 weeks: the bar appears with "week N of 13" and Cancel, pressed at once.
        const progress = page.getByTestId('window-progress');
        const weeksSelect = page.getByTestId('week-select-weeks');
        await weeksSelect.click();
        await page.getByTestId('weeks-option-13').click();
        await progress.waitFor();
        await page.getByTestId('window-cancel').click();
        await progress.waitFor({ state: 'detached' });
        // Back on the 2-week window whose figures never left the screen.
        expect(await label.getAttribute('data-weeks')).toBe('2');
        expect(await label.textContent()).toBe(shownText);
        expect(await weeksSelect.textContent()).toBe(lang === 'fr' ? '2 semaines' : '2 weeks');
        expect(await page.getByTestId('simulation-status').getAttribute('data-state')).toBe('ready');
        if (lang === 'fr') {
          expect(shownText).toContain('Chiffres pour dim. 22 nov. – sam. 5 déc. 2026 (2 semaines), jugées ensemble');
          expect(
            await seriousViolations(page, ['[data-testid="week-select-group"]', '[data-testid="week-label"]']),
          ).toEqual([]);
          await page.evaluate(() => window.scrollTo(0, 0));
          await app.screenshot(page, 'window-2-weeks-simulation-fr');
        }

        // Again, left to finish: the bar passes axe, and the engine answers after the cancel (a new worker).
        await weeksSelect.click();
        await page.getByTestId('weeks-option-13').click();
        await progress.waitFor();
        // The viewport at once (a full-page capture can outlast the run).
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `window-progress-${lang}.png`) });
        expect(await progress.textContent()).toMatch(
          lang === 'fr' ? /Simulation de la semaine \d+ sur 13…Annuler/ : /Simulating week \d+ of 13…Cancel/,
        );
        expect(await seriousViolations(page, ['[data-testid="window-progress"]'])).toEqual([]);
        await expect.poll(() => label.getAttribute('data-weeks'), { timeout: 120_000 }).toBe('13');
        await progress.waitFor({ state: 'detached' });
        expect(errors).toEqual([]);
        await context.close();
      }
    },
  );
});
