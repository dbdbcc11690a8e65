import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyMove, generateMoves, moveId, resolveCostModel, weeklyCost } from '../../shared/advisor';
import { simulate, type SimulationCheck } from '../../shared/engine/simulate';
import { loadGeo } from '../../shared/geo';
import { sampleSettings } from '../../shared/catalog/sample';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * "What it takes" end to end, in Chromium on the sample: the panel opens from a failing check, the
 * search runs off the UI thread (Cancel answers while it computes), a suggestion opens as a new
 * scenario and lands in the compare view beside the plan it came from. Every figure the panel and
 * the compare view show for it is re-derived here from the scenario stored in the database, with
 * the engine's own simulate() and weeklyCost() — never from the panel's code.
 */
describe('What it takes (plan advisor) end to end', () => {
  let app: AppHarness;
  const geo = loadGeo();
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = () => app.services.scenarios.get(scenarioId()).settings;
  // Waits, not time limits: a search on a busy 2-core machine may take a while; it still has to finish.
  const SEARCH_TIMEOUT = 240_000;
  const TEST_TIMEOUT = 420_000;

  /** How the panel writes a check's value (en-US): shares with one decimal, states as a count, yes/no. */
  const shown = (c: Pick<SimulationCheck, 'id' | 'value'>) =>
    c.id.startsWith('speed.')
      ? `${(c.value * 100).toFixed(1)}%`
      : c.id === 'coverage.nationwide'
        ? String(Math.round(c.value))
        : c.value >= 1
          ? 'Yes'
          : 'No';
  /**
   * The advisor's tables write it the same, except a share below its target that passes only because
   * Amazon rounds both up to whole percents: that one says so beside the exact figure.
   */
  const upPct = (v: number) => Math.ceil(v * 100 - 1e-9);
  const panelShown = (c: Pick<SimulationCheck, 'id' | 'value' | 'target'>) =>
    c.id.startsWith('speed.') && c.value < c.target - 1e-9 && upPct(c.value) >= upPct(c.target)
      ? `${shown(c)} (${upPct(c.value)}% as Amazon rounds it)`
      : shown(c);
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const usdDelta = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });

  async function openSimulation(page: Page) {
    await page.getByTestId('nav-simulation').click();
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor({ timeout: SEARCH_TIMEOUT });
  }
  /** The panel alone, without the app's fixed bar drawn over it. */
  const panelShot = (page: Page, name: string) =>
    page.getByTestId('advisor-section').screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}.png`),
      animations: 'disabled',
      style: 'header { visibility: hidden !important; }',
    });
  const panelIn = (page: Page, status: string) =>
    page.locator(`[data-testid="advisor-section"][data-status="${status}"]`);

  it(
    'the search runs off the UI thread: Cancel answers while it computes',
    async () => {
      const { page, context, errors } = await app.newPage();
      await openSimulation(page);
      await page.getByTestId('advisor-run').click();
      await page.getByTestId('advisor-progress').waitFor();
      await expect(page.getByRole('progressbar', { name: 'Advisor search progress' }).count()).resolves.toBe(1);
      // The page handles the click and re-renders while the worker is still searching.
      await page.getByTestId('advisor-cancel').click();
      await panelIn(page, 'cancelled').waitFor();
      await expect(page.getByTestId('advisor-progress').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'opens from a failing check, and a suggestion opened as a scenario shows what the engine computes for it',
    async () => {
      const { page, context, errors } = await app.newPage();
      const original = saved();
      const before = simulate(original, geo);
      expect(before.pass).toBe(false);
      await openSimulation(page);

      // From the failing ≤1-day card: the panel comes into view, focused on that check, and searches.
      const failing = before.checks.find((c) => !c.pass)!;
      await page.getByTestId(`what-it-takes-${failing.id}`).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('advisor-title');
      await panelIn(page, 'ready').waitFor({ timeout: SEARCH_TIMEOUT });
      await expect(page.getByTestId('advisor-focus').count()).resolves.toBe(1);
      await expect(page.getByTestId('advisor-note').getAttribute('data-complete')).resolves.toBe('true');
      // The sample cannot pass with the allowed changes: the ceiling names the check that binds.
      const outcome = (await page.getByTestId('advisor-cheapest').count()) > 0 ? 'cheapest' : 'ceiling';
      if (outcome === 'ceiling')
        await expect(page.getByTestId('advisor-binding').textContent()).resolves.toContain(
          'share of page views promised within',
        );
      await expect(page.getByTestId('advisor-current-cost').textContent()).resolves.toContain(
        usd.format(weeklyCost(original, geo).total),
      );

      // The first ranked change, with its "Why?".
      const first = page.getByTestId('advisor-suggestion').first();
      const id = (await first.getAttribute('data-id'))!;
      const change = (await first.getByTestId('advisor-change').textContent())!;
      const costShown = await first.getByTestId('advisor-cost-delta').textContent();
      await first.getByTestId('advisor-why-toggle').click();
      const why = page.getByTestId('advisor-why');
      await why.waitFor();
      const afterShown = Object.fromEntries(
        await why
          .locator('[data-testid^="why-check-"]')
          .evaluateAll((rows) =>
            rows.map((r) => [
              r.getAttribute('data-testid')!.slice('why-check-'.length),
              r.querySelector('[data-testid="after"]')!.textContent,
            ]),
          ),
      ) as Record<string, string>;
      const totalShown = await why.getByRole('row').filter({ hasText: 'Total' }).locator('td').last().textContent();
      await panelShot(page, 'advisor-panel-en');

      // Open it as a new scenario: the Scenarios page compares it with the plan it came from.
      await first.getByTestId('advisor-open').click();
      // The notice names the new scenario (it hides itself after a few seconds, so it is caught first).
      await page
        .getByTestId('notice')
        .filter({ hasText: `What it takes: ${change}` })
        .waitFor();
      await page.getByTestId('compare-metrics').waitFor({ timeout: SEARCH_TIMEOUT });

      // Re-derived from the database: the new scenario is the original plus exactly that change ...
      const created = app.workspace.listScenarios().find((s) => s.name === `What it takes: ${change}`);
      expect(created, `a scenario named after "${change}"`).toBeDefined();
      expect(created!.isLive).toBe(false);
      expect(scenarioId()).not.toBe(created!.id);
      const stored = app.services.scenarios.get(created!.id).settings;
      const move = generateMoves(original, geo, resolveCostModel(original)).find((m) => moveId(m) === id)!;
      expect(move, id).toBeDefined();
      expect({ ...stored, name: original.name }).toEqual(applyMove(original, move));

      // ... and every figure the panel showed for it is the engine's for that stored plan.
      const after = simulate(stored, geo);
      expect(Object.keys(afterShown).sort()).toEqual(after.checks.map((c) => c.id).sort());
      for (const c of after.checks) expect(afterShown[c.id], c.id).toBe(panelShown(c));
      const costAfter = weeklyCost(stored, geo).total;
      const costBefore = weeklyCost(original, geo).total;
      expect(costShown).toBe(
        `${usdDelta.format(Math.abs(costAfter - costBefore) < 0.5 ? 0 : costAfter - costBefore)} / week`,
      );
      expect(totalShown).toBe(usd.format(costAfter));

      // The compare view holds the two plans side by side, with the engine's figures for each.
      await expect(page.getByTestId('compare-a').textContent()).resolves.toContain(original.name);
      await expect(page.getByTestId('compare-b').textContent()).resolves.toContain(created!.name);
      const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
      for (const [row, a, b] of [
        ['le1', before.tiers.standard.le1, after.tiers.standard.le1],
        ['le2', before.tiers.standard.le2, after.tiers.standard.le2],
        ['le5', before.tiers.standard.le5, after.tiers.standard.le5],
      ] as const) {
        const cells = await page.getByTestId(`metric-${row}`).locator('td').allTextContents();
        expect(cells.slice(0, 2), row).toEqual([pct(a), pct(b)]);
      }
      const failedCells = await page.getByTestId('metric-failedChecks').locator('td').allTextContents();
      expect(failedCells.slice(0, 2)).toEqual([
        String(before.checks.filter((c) => !c.pass).length),
        String(after.checks.filter((c) => !c.pass).length),
      ]);
      await app.screenshot(page, 'advisor-compare-en');
      expect(errors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'reads in French: the panel, its changes and its figures',
    async () => {
      app.workspace.setPrefs({ language: 'fr' });
      const { page, context, errors } = await app.newPage({ locale: 'fr-FR' });
      await openSimulation(page);
      await page.getByTestId('advisor-run').click();
      await panelIn(page, 'ready').waitFor({ timeout: SEARCH_TIMEOUT });
      await expect(page.locator('#advisor-title').textContent()).resolves.toBe('Ce qu’il faut pour réussir');
      const first = page.getByTestId('advisor-suggestion').first();
      await first.getByTestId('advisor-why-toggle').click();
      await page.getByTestId('advisor-why').waitFor();
      // No English move text and no raw key left on the French panel.
      const text = (await page.getByTestId('advisor-section').textContent())!;
      expect(text).not.toMatch(/advisor\.|catalog\.|Ship on|Order cutoff|Add a /);
      expect(text).toMatch(/par semaine/);
      await panelShot(page, 'advisor-panel-fr');
      expect(errors).toEqual([]);
      await context.close();
      app.workspace.setPrefs({ language: 'en' });
    },
    TEST_TIMEOUT,
  );

  it(
    'the Weekly schedule page shows the key checks before → after the last edit',
    async () => {
      const { page, context, errors } = await app.newPage();
      const before = simulate(saved(), geo);
      await page.getByTestId('nav-schedule').click();
      const strip = page.getByTestId('check-strip');
      await strip.waitFor();
      // Before any edit: the failing checks as they are.
      for (const c of before.checks.filter((x) => !x.pass))
        await expect.poll(() => page.getByTestId(`strip-${c.id}`).textContent()).toContain(shown(c));

      await page.getByTestId('cutoff-mon').fill('16:00');
      await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
      const after = simulate(saved(), geo);
      expect(saved().warehouses[0]!.cutoffs.mon).toBe('16:00');
      const moved = after.checks.filter(
        (c) => Math.abs(c.value - before.checks.find((b) => b.id === c.id)!.value) > 1e-9,
      );
      expect(moved.length).toBeGreaterThan(0);
      for (const c of moved) {
        const b = before.checks.find((x) => x.id === c.id)!;
        await expect.poll(() => page.getByTestId(`strip-${c.id}`).textContent()).toContain(`${shown(b)} → ${shown(c)}`);
      }
      await strip.screenshot({ path: path.join(SCREENSHOT_DIR, 'advisor-strip-en.png'), animations: 'disabled' });
      expect(errors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the cheapest plan that passes, which re-simulates to a pass at the weekly cost shown',
    async () => {
      // The sample judged by the 2021 profile fails only the 1-day share, which a few changes fix.
      const sid = scenarioId();
      const doc = app.services.scenarios.get(sid);
      app.services.scenarios.save(sid, doc.revision, {
        ...sampleSettings(),
        name: doc.settings.name,
        policyId: 'us-2021',
      });
      const original = saved();
      expect(simulate(original, geo).pass).toBe(false);
      const { page, context, errors } = await app.newPage();
      await openSimulation(page);
      await page.getByTestId('advisor-run').click();
      await panelIn(page, 'ready').waitFor({ timeout: SEARCH_TIMEOUT });
      const card = page.getByTestId('advisor-cheapest');
      await card.waitFor();
      const movesShown = await card.locator('ol > li').allTextContents();
      const costShown = await page.getByTestId('advisor-cheapest-cost').textContent();
      const afterShown = Object.fromEntries(
        await page
          .getByTestId('advisor-cheapest-why')
          .locator('[data-testid^="why-check-"]')
          .evaluateAll((rows) =>
            rows.map((r) => [
              r.getAttribute('data-testid')!.slice('why-check-'.length),
              r.querySelector('[data-testid="after"]')!.textContent,
            ]),
          ),
      ) as Record<string, string>;
      await panelShot(page, 'advisor-cheapest-en');

      await page.getByTestId('advisor-cheapest-open').click();
      await page.getByTestId('compare-metrics').waitFor({ timeout: SEARCH_TIMEOUT });
      const created = app.workspace
        .listScenarios()
        .find((x) => x.name === `What it takes: cheapest passing plan (${movesShown.length} changes)`);
      expect(created, 'the plan opened as a scenario').toBeDefined();
      const stored = app.services.scenarios.get(created!.id).settings;
      const after = simulate(stored, geo);
      expect(after.pass).toBe(true);
      for (const c of after.checks) expect(afterShown[c.id], c.id).toBe(panelShown(c));
      const total = weeklyCost(stored, geo).total;
      const delta = total - weeklyCost(original, geo).total;
      expect(costShown).toBe(
        `${usd.format(total)} a week (${usdDelta.format(Math.abs(delta) < 0.5 ? 0 : delta)} a week)`,
      );
      const cells = await page.getByTestId('metric-pass').locator('td').allTextContents();
      expect(cells.slice(0, 2)).toEqual(['No', 'Yes']);
      expect(errors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );
});
