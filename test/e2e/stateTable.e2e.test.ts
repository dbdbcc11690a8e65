import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../shared/engine/simulate';
import { loadGeo } from '../../shared/geo';
import { AppHarness } from '../support/appHarness';

/**
 * The per-state table ranks states by the points of the ≤2-day share they cost, as the plan of
 * action does: the order and the figures are re-derived here from simulate() (weight × shortfall
 * below the target), in English and French.
 */
describe('State table: points lost', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('states ranked by points lost, figures from the engine, EN and FR', { timeout: 120_000 }, async () => {
    const settings = app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings;
    const result = simulate(settings, loadGeo());
    const target = result.checks.find((c) => c.id === 'speed.standard.le2')!.target;
    const ranked = Object.entries(result.byState)
      .map(([code, s]) => ({ code, lost: s.le2 < target ? s.weight * (target - s.le2) * 100 : 0 }))
      .filter((r) => r.lost > 0)
      .sort((a, b) => b.lost - a.lost);
    expect(ranked.length).toBeGreaterThan(3);

    for (const lang of ['en', 'fr'] as const) {
      app.workspace.setPrefs({ language: lang });
      const { page, context, errors } = await app.newPage({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      await page.getByTestId('nav-simulation').click();
      await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
      const rows = page.getByTestId('state-row');
      await rows.first().waitFor();
      const order = await rows.evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getAttribute('data-state')));
      expect(order).toEqual(ranked.slice(0, 5).map((r) => r.code));
      const first = ranked[0]!;
      const shown = lang === 'fr' ? `−${first.lost.toFixed(1).replace('.', ',')} pt` : `−${first.lost.toFixed(1)} pts`;
      expect(await rows.first().getByTestId('state-lost').textContent()).toBe(shown);
      // Every state's figure: a loss under 0.05 points reads 0.0, never "−0.0" (a negative zero).
      const lostText = (lost: number) => {
        const one = lost.toFixed(1);
        const text = lang === 'fr' ? `${one.replace('.', ',')} pt` : `${one} pts`;
        return lost === 0 ? '0' : one === '0.0' ? text : `−${text}`;
      };
      const byCode = new Map(ranked.map((r) => [r.code, r.lost]));
      const cells = await rows.evaluateAll((trs) =>
        trs.map(
          (tr) =>
            [tr.getAttribute('data-state')!, tr.querySelector('[data-testid="state-lost"]')!.textContent!] as const,
        ),
      );
      for (const [code, text] of cells) expect(text, code).toBe(lostText(byCode.get(code) ?? 0));
      expect(cells.some(([, text]) => text.startsWith('−0,0') || text.startsWith('−0.0'))).toBe(false);
      expect(await page.getByTestId('state-table').locator('thead').textContent()).toContain(
        lang === 'fr' ? 'Points perdus (≤ 2 jours)' : 'Points lost (≤ 2 days)',
      );
      await page.getByTestId('state-table').scrollIntoViewIfNeeded();
      await app.screenshot(page, `state-table-lost-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
