import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { expectProgressThenCancel, openPage, pickWeek, seriousViolations } from '../support/e2ePage';

/**
 * The compare view simulates every plan over the chosen window in the engine worker: past 300 ms it
 * shows how many of the plans' weeks are done with a Cancel button; Cancel stops the worker and says
 * no figures are shown, "Compare again" starts afresh, and a shorter window then compares as usual.
 * English and French, axe over the progress.
 */
describe('The compare view shows its progress over a window and can be cancelled', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
    // 48 warehouses make each week dozens of times the sample's work: two plans over 13 weeks are
    // 26 long weeks, far more than the few steps the page needs to show the bar and press Cancel.
    const scenarioId = app.workspace.getPrefs().currentScenarioId!;
    const doc = app.services.scenarios.get(scenarioId);
    const heavy = structuredClone(doc.settings);
    const base = heavy.warehouses[0]!;
    for (let i = 2; i <= 48; i++)
      heavy.warehouses.push({ ...structuredClone(base), id: `${base.id}-${i}`, name: `${base.name} ${i}` });
    app.services.scenarios.save(scenarioId, doc.revision, heavy);
    app.services.scenarios.duplicate(scenarioId, 'Copy to compare');
  });
  afterAll(async () => {
    await app?.stop();
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`13 weeks of two plans: progress, Cancel, Compare again (${lang})`, { timeout: 240_000 }, async () => {
      const { page, context, errors } = await openPage(app, 'scenarios', { lang });
      await pickWeek(page, 'compare-week-select', '2026-11-23', 13);
      const progress = page.getByTestId('compare-progress');
      await progress.waitFor({ timeout: 60_000 });
      await expectProgressThenCancel(page, {
        progress: 'compare-progress',
        cancel: 'compare-cancel',
        weeksTotal: 26,
        sentence: {
          of: 'status',
          is:
            lang === 'fr'
              ? /^Simulation de 2 plans : semaine \d+ sur 26 au total…$/
              : /^Simulating 2 plans: week \d+ of 26 in all…$/,
        },
        barLabel: lang === 'fr' ? 'Avancement de la comparaison' : 'Progress of the comparison',
        screenshot: `compare-progress-${lang}`,
      });
      await progress.waitFor({ state: 'detached' });
      const stopped = page.getByTestId('compare-stopped');
      expect(await stopped.textContent()).toContain(
        lang === 'fr'
          ? 'Comparaison arrêtée : aucun chiffre n’est affiché.'
          : 'Comparison stopped: no figures are shown.',
      );
      expect(await page.getByTestId('compare-metrics').count()).toBe(0);
      expect(await seriousViolations(page, 'compare-stopped')).toEqual([]);

      // Compare again: the same window runs afresh (the bar is back), stopped once more.
      await page.getByTestId('compare-again').click();
      await progress.waitFor({ timeout: 60_000 });
      await page.getByTestId('compare-cancel').click();
      await stopped.waitFor();

      // A 2-week window then compares to the end: the worker answers after the cancels.
      await pickWeek(page, 'compare-week-select', '2026-11-23', 2);
      await page.getByTestId('compare-metrics').waitFor({ timeout: 120_000 });
      expect(await stopped.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
