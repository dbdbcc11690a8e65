import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSettings } from '../../shared/catalog/sample';
import { listAssumptions } from '../../shared/report/assumptions';
import { translator } from '../../shared/report/format';
import { AppHarness } from '../support/appHarness';
import { asMessageKey } from '../../shared/i18n/messageKey';

/**
 * The Assumptions page lists the same rows as shared/report/assumptions.ts gives the report: every
 * default with its source and grade, and what this plan replaces (its own transit override and demand
 * here), in English and French.
 */
describe('Assumptions page', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows every assumption, its source and the plan’s own values (EN and FR)', { timeout: 120_000 }, async () => {
    const id = app.workspace.getPrefs().currentScenarioId!;
    const doc = app.services.scenarios.get(id);
    const settings = { ...sampleSettings(), name: doc.settings.name };
    settings.transitOverrides = [{ serviceId: 'ups-ground' as const, dest: '900', businessDays: 6 }];
    settings.destinationWeights = { source: 'custom' as const, byZip: { '432': 3, '900': 1, '100': 2 } };
    app.services.scenarios.save(id, doc.revision, settings);

    for (const lang of ['en', 'fr'] as const) {
      const tr = translator(lang);
      const expected = listAssumptions(app.services.scenarios.get(id).settings, {
        locale: tr.locale,
        colon: tr.t('report.colon'),
        year: new Date().getFullYear(),
        dayName: (d) => tr.t(`assumptions.day.${d}`),
        serviceName: (s) => tr.t(asMessageKey(`catalog.service.${s}`)),
      });
      app.workspace.setPrefs({ language: lang });
      const { page, context, errors } = await app.newPage({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      await page.getByTestId('nav-assumptions').click();
      await page.getByRole('heading', { level: 1, name: lang === 'fr' ? 'Hypothèses' : 'Assumptions' }).waitFor();
      const rows = page.getByTestId('assumption-row');
      expect(
        await rows.evaluateAll((trs) =>
          trs.map((r) => [r.getAttribute('data-assumption'), r.getAttribute('data-status')]),
        ),
      ).toEqual(expected.map((a) => [a.id, a.status]));
      const transit = page.locator('[data-testid="assumption-row"][data-assumption="transit"]');
      expect(await transit.getByTestId('assumption-override').textContent()).toBe(
        lang === 'fr'
          ? 'Délais de transit personnalisés : 1 (prioritaires pour leur service et leur destination).'
          : 'Transit overrides of your own: 1 (they win for their service and destination).',
      );
      expect(await transit.textContent()).toContain(lang === 'fr' ? 'La vôtre' : 'Yours');
      expect(
        await page
          .locator('[data-testid="assumption-row"][data-assumption="destinations"]')
          .getByTestId('assumption-override')
          .textContent(),
      ).toContain('3');
      expect(await page.locator('[data-testid="assumption-row"][data-assumption="coverage"]').textContent()).toContain(
        lang === 'fr' ? 'Règle' : 'Rule',
      );
      expect(await page.getByTestId('assumptions-count').textContent()).toBe(
        lang === 'fr' ? 'Hypothèses : 16 ; remplacées par ce plan : 2.' : 'Assumptions: 16; replaced by this plan: 2.',
      );
      // The period the figures are for, named as on the Simulation page (the typical week unless one is chosen).
      expect(await page.getByTestId('assumptions-period').textContent()).toBe(tr.t('simulation.week.showingTypical'));
      await app.screenshot(page, `assumptions-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
