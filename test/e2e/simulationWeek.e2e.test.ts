import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../shared/engine/simulate';
import { loadGeo } from '../../shared/geo';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { openPage, pickWeek, simulationReady } from '../support/e2ePage';

/**
 * A real week instead of the typical one: the user picks Thanksgiving week (by typing any day of it),
 * the Simulation cards change to simulate()'s figures for that week and every screen that shows
 * figures names the week — the Simulation page, the Weekly schedule's check strip, the compare view
 * and the Reports page, whose metrics CSV is simulated over the same week. English and French.
 */
describe('Simulating a real week', () => {
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

  it(
    'Thanksgiving week 2026: other figures than the typical week, and every screen says which week',
    { timeout: 240_000 },
    async () => {
      const geo = loadGeo();
      const typical = simulate(saved(), geo);
      const thanksgiving = simulate(saved(), geo, { weekStart: '2026-11-22' });
      // The week is worth picking only if it changes something the user sees.
      expect(thanksgiving.tiers.standard.le2).not.toBeCloseTo(typical.tiers.standard.le2, 3);

      // A second plan to compare with: Saturday's cutoff an hour later.
      const copy = app.services.scenarios.duplicate(scenarioId(), 'Later Saturday cutoff');
      const doc = app.services.scenarios.get(copy.id);
      const later = structuredClone(doc.settings);
      later.warehouses[0]!.cutoffs.sat = '11:30';
      app.services.scenarios.save(copy.id, doc.revision, later);
      const laterThanksgiving = simulate(later, geo, { weekStart: '2026-11-22' });

      const { page, context, errors } = await openPage(app, 'simulation');
      await simulationReady(page);
      const le2 = page.getByTestId('metric-standard.le2').getByTestId('metric-value');
      expect(await le2.textContent()).toBe(pct(typical.tiers.standard.le2));
      const label = page.getByTestId('week-label');
      expect(await label.getAttribute('data-week')).toBe('typical');
      expect(await label.textContent()).toBe(
        'Figures for a typical week: holidays and closures are ignored. Pick a real week to see them.',
      );

      // A Thursday typed: the week it falls in (Monday 23 to Sunday 29 November) is simulated.
      await pickWeek(page, 'week-select', '2026-11-26');
      await expect.poll(() => label.getAttribute('data-week')).toBe('2026-11-22');
      await simulationReady(page);
      expect(await le2.textContent()).toBe(pct(thanksgiving.tiers.standard.le2));
      expect(await page.getByTestId('metric-standard.le1').getByTestId('metric-value').textContent()).toBe(
        pct(thanksgiving.tiers.standard.le1),
      );
      expect(await page.getByTestId('simulation-verdict').getAttribute('data-pass')).toBe(String(thanksgiving.pass));
      expect(await label.textContent()).toBe(
        'Figures for Sun 22 Nov – Sat 28 Nov 2026, with its holiday or closure: Thanksgiving Day on Thursday 26 November.',
      );
      expect(await page.getByTestId('week-select').textContent()).toBe(
        'Sun 22 Nov – Sat 28 Nov 2026 (Thanksgiving Day)',
      );
      // What it takes still searches the typical week, and the page says so rather than mixing the two.
      // Inside the advisor's own section, naming the week shown, with the intro saying what it judges.
      const advisor = page.getByTestId('advisor-section');
      expect(await advisor.getByTestId('advisor-week-note').textContent()).toBe(
        'These figures are for the typical week (holidays and closures ignored), not for Sun 22 Nov – Sat 28 Nov 2026 (Thanksgiving Day) shown above: the advisor judges every plan on the typical week.',
      );
      expect(await advisor.textContent()).toContain('Judged on the typical week (holidays and closures ignored):');
      await advisor.scrollIntoViewIfNeeded();
      await advisor.screenshot({ path: path.join(SCREENSHOT_DIR, 'week-thanksgiving-advisor-note-en.png') });
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(page, 'week-thanksgiving-simulation-en');

      // The Weekly schedule's live strip names the week its checks are for.
      await page.getByTestId('nav-schedule').click();
      expect(await page.getByTestId('strip-week').textContent()).toBe(
        'Sun 22 Nov – Sat 28 Nov 2026 (Thanksgiving Day)',
      );
      await app.screenshot(page, 'week-thanksgiving-strip-en');

      // Compare: both plans over the week chosen on the Simulation page (one choice), said above the table.
      await page.getByTestId('nav-scenarios').click();
      await expect.poll(() => page.getByTestId('compare-week-label').getAttribute('data-week')).toBe('2026-11-22');
      await page.getByTestId('compare-metrics').waitFor();
      expect(await page.getByTestId('compare-week-label').textContent()).toContain('Sun 22 Nov – Sat 28 Nov 2026');
      const row = page.getByTestId('metric-le2');
      await expect.poll(() => row.textContent()).toContain(pct(thanksgiving.tiers.standard.le2));
      expect(await row.textContent()).toContain(pct(laterThanksgiving.tiers.standard.le2));
      await app.screenshot(page, 'week-thanksgiving-compare-en');

      // Reports: the same week, and the exported metrics are that week's.
      await page.getByTestId('nav-reports').click();
      expect(await page.getByTestId('reports-week-label').getAttribute('data-week')).toBe('2026-11-22');
      const download = app.nextDownload();
      await page.getByTestId('export-csv-metrics').click();
      const csv = fs
        .readFileSync(await download, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(csv[1]).toContain('simulatedWeek,Simulated week,2026-11-22,');
      const le2Row = csv.find((r) => r.startsWith('tier.standard.le2,'))!;
      expect(Number(le2Row.split(',')[2])).toBeCloseTo(thanksgiving.tiers.standard.le2, 6);
      await app.screenshot(page, 'week-thanksgiving-reports-en');

      // Back to the typical week: the typical figures again.
      await page.getByTestId('nav-simulation').click();
      await page.getByTestId('week-select').click();
      await page.getByTestId('week-option-typical').click();
      await expect.poll(() => label.getAttribute('data-week')).toBe('typical');
      await simulationReady(page);
      await expect.poll(() => le2.textContent()).toBe(pct(typical.tiers.standard.le2));
      // The advisor judges the week shown again: no note.
      expect(await page.getByTestId('advisor-week-note').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('in French: the picker, the week and its holiday in French', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openPage(app, 'simulation', { lang: 'fr' });
    await simulationReady(page);
    const label = page.getByTestId('week-label');
    expect(await label.textContent()).toBe(
      'Chiffres d’une semaine type : jours fériés et fermetures ignorés. Choisissez une semaine réelle pour les voir.',
    );
    // A Saturday typed: it ends Amazon's week that began on Sunday 22.
    await pickWeek(page, 'week-select', '2026-11-28');
    await expect.poll(() => label.getAttribute('data-week')).toBe('2026-11-22');
    expect(await label.textContent()).toBe(
      'Chiffres pour dim. 22 nov. – sam. 28 nov. 2026, avec son jour férié ou sa fermeture : Thanksgiving le jeudi 26 novembre.',
    );
    expect(await page.getByTestId('week-select').textContent()).toBe('dim. 22 nov. – sam. 28 nov. 2026 (Thanksgiving)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(page, 'week-thanksgiving-simulation-fr');
    // The compare view follows the same choice, and its picker changes it for every screen.
    await page.getByTestId('nav-scenarios').click();
    await expect.poll(() => page.getByTestId('compare-week-label').getAttribute('data-week')).toBe('2026-11-22');
    await pickWeek(page, 'compare-week-select', '2026-12-24');
    await expect.poll(() => page.getByTestId('compare-week-label').getAttribute('data-week')).toBe('2026-12-20');
    await page.getByTestId('compare-metrics').waitFor();
    expect(await page.getByTestId('compare-week-label').textContent()).toContain('Noël le vendredi 25 décembre');
    await app.screenshot(page, 'week-christmas-compare-fr');
    await page.getByTestId('nav-simulation').click();
    await expect.poll(() => label.getAttribute('data-week')).toBe('2026-12-20');
    expect(errors).toEqual([]);
    await context.close();
  });
});
