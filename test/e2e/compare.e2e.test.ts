import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Settings } from '../../shared/domain/settings';
import { simulate, type SimulationResult } from '../../shared/engine/simulate';
import { loadGeo } from '../../shared/geo';
import { AppHarness } from '../support/appHarness';

/**
 * Three plans side by side, as a manager weighs options: the live sample, the same plan without
 * Saturday, and the sample with a second warehouse in Reno. Every figure and verdict in the compare
 * view is re-derived here from simulate() of the stored scenarios; the checks whose verdict differs
 * between plans are the highlighted ones; the added warehouse lists what it holds.
 */
describe('Comparing three scenarios', () => {
  let app: AppHarness;
  const names = { base: 'Sample — Columbus, OH', noSat: 'No Saturday', reno: 'Plus Reno NV' };
  const expected: SimulationResult[] = [];
  beforeAll(async () => {
    app = await AppHarness.start();
    const baseId = app.workspace.getPrefs().currentScenarioId!;
    const make = (name: string, change: (s: Settings) => void) => {
      const copy = app.services.scenarios.duplicate(baseId, name);
      const doc = app.services.scenarios.get(copy.id);
      const next = structuredClone(doc.settings);
      change(next);
      app.services.scenarios.save(copy.id, doc.revision, next);
      return next;
    };
    const noSat = make(names.noSat, (s) => {
      const w = s.warehouses[0]!;
      w.operatingDays = w.operatingDays.filter((d) => d !== 'sat');
      delete w.cutoffs.sat;
    });
    const reno = make(names.reno, (s) => {
      s.warehouses.push({
        ...structuredClone(s.warehouses[0]!),
        id: 'wh-reno',
        name: 'Reno NV',
        zip: '89502',
        timeZone: 'America/Los_Angeles',
        closures: [],
      });
    });
    const geo = loadGeo();
    expected.push(
      simulate(app.services.scenarios.get(baseId).settings, geo),
      simulate(noSat, geo),
      simulate(reno, geo),
    );
  });
  afterAll(async () => {
    await app?.stop();
  });

  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

  async function openThree(page: Page) {
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('compare-b').click();
    await page.getByRole('option', { name: names.noSat }).click();
    await page.getByTestId('compare-add').click();
    await page.getByTestId('compare-2').click();
    await page.getByRole('option', { name: names.reno }).click();
    await expect.poll(() => page.getByTestId('compare-metrics').locator('thead th').count()).toBe(1 + 3 + 2);
  }

  it(
    'three columns: the engine’s figures, every check of every size tier with the flips highlighted, and what the new warehouse holds',
    { timeout: 180_000 },
    async () => {
      const { page, context, errors } = await app.newPage();
      await openThree(page);
      for (const [row, share] of [
        ['le1', (r: SimulationResult) => r.tiers.standard.le1],
        ['le2', (r: SimulationResult) => r.tiers.standard.le2],
        ['oversizeLe5', (r: SimulationResult) => r.tiers.oversize.le5],
      ] as const) {
        await expect
          .poll(async () => (await page.getByTestId(`metric-${row}`).locator('td').allTextContents()).slice(0, 3), {
            message: row,
          })
          .toEqual(expected.map((r) => pct(share(r))));
      }
      const failed = (await page.getByTestId('metric-failedChecks').locator('td').allTextContents()).slice(0, 3);
      expect(failed).toEqual(expected.map((r) => String(r.checks.filter((c) => !c.pass).length)));

      // Every check of the policy, every size tier, each with each plan's verdict.
      const ids = expected[0]!.checks.map((c) => c.id);
      expect(ids.filter((id) => id.startsWith('speed.')).map((id) => id.split('.')[1])).toEqual(
        expect.arrayContaining(['standard', 'oversize', 'extraLarge']),
      );
      expect(await page.getByTestId('compare-checks').locator('tbody tr').count()).toBe(ids.length);
      let flips = 0;
      for (const id of ids) {
        const verdicts = expected.map((r) => r.checks.find((c) => c.id === id)!.pass);
        const flip = new Set(verdicts).size > 1;
        if (flip) flips++;
        const row = page.getByTestId(`check-${id}`);
        expect(await row.getAttribute('data-flip'), id).toBe(String(flip));
        expect(await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-pass'))), id).toEqual(
          verdicts.map(String),
        );
      }
      // Dropping Saturday loses six-day operation: at least that check flips.
      expect(flips).toBeGreaterThan(0);
      expect(await page.getByTestId('check-operation.sixDays').getAttribute('data-flip')).toBe('true');
      expect(await page.getByTestId('compare-flips').textContent()).toBe(
        flips === 1
          ? '1 check passes in one scenario and fails in another (highlighted).'
          : `${flips} checks pass in one scenario and fail in another (highlighted).`,
      );

      // The Reno warehouse is in C only: its row lists what it holds.
      const renoRow = page.getByTestId('setting-row').filter({ hasText: 'Reno NV' });
      const inside = renoRow.getByTestId('setting-inside');
      await inside.locator('summary').click();
      expect(await inside.locator('summary').textContent()).toMatch(/^What it holds: \d+ settings$/);
      const text = await inside.textContent();
      expect(text).toContain('ZIP code: 89502');
      expect(text).toContain('Time zone: America/Los_Angeles');
      expect(text).toContain('UPS Ground › Monday: Pickup 17:00');
      expect(await renoRow.locator('td').allTextContents()).toEqual(['—', '—', 'Reno NV']);
      // The Saturday change is B's alone: A and C keep the baseline's value.
      const satRow = page
        .getByTestId('setting-row')
        .filter({ has: page.locator('th', { hasText: /^Columbus DC › Order cutoff › Saturday$/ }) });
      expect(await satRow.locator('td').allTextContents()).toEqual(['10:30', '—', '10:30']);
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(page, 'compare-three-en');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('in French, and a column can be removed again', { timeout: 120_000 }, async () => {
    app.workspace.setPrefs({ language: 'fr' });
    const { page, context, errors } = await app.newPage({ locale: 'fr-FR' });
    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('heading', { name: 'Comparer des scénarios' }).waitFor();
    await page.getByTestId('compare-b').click();
    await page.getByRole('option', { name: names.noSat }).click();
    await page.getByTestId('compare-add').click();
    await page.getByTestId('compare-2').click();
    await page.getByRole('option', { name: names.reno }).click();
    await page.getByTestId('compare-checks').waitFor();
    const flips = await page.getByTestId('compare-flips').getAttribute('data-count');
    expect(await page.getByTestId('compare-flips').textContent()).toMatch(
      Number(flips) === 1
        ? /^1 contrôle est réussi dans un scénario et échoué dans un autre/
        : /contrôles sont réussis dans un scénario et échoués dans un autre \(surlignés\)\.$/,
    );
    expect(await page.getByTestId('check-operation.sixDays').textContent()).toContain('Verdict différent');
    expect(
      await page.getByTestId('setting-row').filter({ hasText: 'Reno NV' }).getByTestId('setting-inside').textContent(),
    ).toContain('Code ZIP : 89502');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(page, 'compare-three-fr');
    await page.getByRole('button', { name: `Retirer ${names.reno} de la comparaison` }).click();
    await expect.poll(() => page.getByTestId('compare-metrics').locator('thead th').count()).toBe(1 + 2 + 1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
