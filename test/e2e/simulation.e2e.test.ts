import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Settings } from '../../shared/domain/settings';
import { simulate } from '../../shared/engine/simulate';
import { computePromise } from '../../shared/engine/explainedPromise';
import { loadGeo } from '../../shared/geo';
import { mapBand, mapScale } from '../../shared/report/mapScale';
import { usMapSvg } from '../../shared/report/charts';
import { translator } from '../../shared/report/format';
import path from 'node:path';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * The Simulation dashboard against the engine itself: the cards, map, heatmap and state table show
 * exactly what simulate() computes for the saved plan; the explanation is computePromise()'s; an edit
 * (through the store: undo, or choosing another policy) updates the cards live, and the test prints
 * how long that took in Chromium (printed, never asserted: wall-clock bounds make flaky tests).
 */
describe('Simulation dashboard end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = () => app.services.scenarios.get(scenarioId()).settings;
  function rewrite(mutate: (s: Settings) => void) {
    const doc = app.services.scenarios.get(scenarioId());
    const next = structuredClone(doc.settings);
    mutate(next);
    app.services.scenarios.save(scenarioId(), doc.revision, next);
  }
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

  /** A viewport screenshot with one section at the top (below the app bar), for a closer look. */
  async function sectionShot(page: Page, testId: string, name: string) {
    await page.getByTestId(testId).evaluate((el) => {
      el.scrollIntoView();
      window.scrollBy(0, -80);
    });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
  }
  /** A full-page screenshot from the top (fixed bars stay where they belong). */
  async function pageShot(page: Page, name: string) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(page, name);
  }

  async function openDashboard(page: Page) {
    await page.getByTestId('nav-simulation').click();
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
  }

  /**
   * Milliseconds from the user's input (the keydown or pointerdown that makes the edit) to the
   * moment the watched card's text changes, measured inside the page.
   */
  async function timeEditToCard(
    page: Page,
    cardTestId: string,
    act: () => Promise<void>,
    prepare?: () => Promise<void>,
  ): Promise<{ ms: number; before: string; after: string }> {
    // Whatever only sets the edit up (opening a menu) happens before the clock starts.
    if (prepare) await prepare();
    await page.evaluate((id) => {
      const w = window as unknown as {
        __edit?: { t0: number | null; t1: number | null; before: string; after: string };
      };
      const card = document.querySelector(`[data-testid="${id}"]`)!;
      const state = { t0: null as number | null, t1: null as number | null, before: card.textContent ?? '', after: '' };
      w.__edit = state;
      const start = () => {
        if (state.t0 === null) state.t0 = performance.now();
      };
      document.addEventListener('keydown', start, { capture: true, once: true });
      document.addEventListener('pointerdown', start, { capture: true });
      new MutationObserver((_, obs) => {
        const text = card.textContent ?? '';
        if (state.t0 !== null && text !== state.before) {
          state.t1 = performance.now();
          state.after = text;
          obs.disconnect();
        }
      }).observe(card, { subtree: true, childList: true, characterData: true });
    }, cardTestId);
    await act();
    await page.waitForFunction(() => (window as unknown as { __edit: { t1: number | null } }).__edit.t1 !== null);
    return page.evaluate(() => {
      const e = (window as unknown as { __edit: { t0: number; t1: number; before: string; after: string } }).__edit;
      return { ms: e.t1 - e.t0, before: e.before, after: e.after };
    });
  }

  it('shows the engine’s figures for the sample: cards with targets and gaps, map, heatmap, states', async () => {
    const expected = simulate(saved(), loadGeo());
    const { page, context, errors } = await app.newPage();
    await openDashboard(page);
    const le1 = page.getByTestId('metric-standard.le1');
    expect(await le1.getByTestId('metric-value').textContent()).toBe(pct(expected.tiers.standard.le1));
    expect(await page.getByTestId('metric-standard.le2').getByTestId('metric-value').textContent()).toBe(
      pct(expected.tiers.standard.le2),
    );
    expect(await page.getByTestId('metric-extraLarge.le5').getByTestId('metric-value').textContent()).toBe(
      pct(expected.tiers.extraLarge.le5),
    );
    const le1Check = expected.checks.find((c) => c.id === 'speed.standard.le1')!;
    expect(await le1.textContent()).toContain('Target 40%');
    if (!le1Check.pass)
      expect(await le1.getByTestId('metric-gap').textContent()).toBe(`${(le1Check.gap * 100).toFixed(1)} points short`);
    expect(await page.getByTestId('simulation-verdict').getAttribute('data-pass')).toBe(String(expected.pass));
    expect(await page.getByTestId('req-nationwide').getByTestId('metric-value').textContent()).toBe(
      `${49 - expected.missingStates.length} of 49`,
    );
    expect(await page.getByTestId('req-outside').getByTestId('metric-value').textContent()).toBe(
      pct(expected.outsideBuyShippingShare),
    );

    const map = page.getByTestId('us-map');
    await map.waitFor();
    expect(await map.locator('path[data-state]').count()).toBeGreaterThanOrEqual(51);
    // The map colours by the report map's bands of the ≤ 2-day share around the policy's 2-day target
    // (it coloured by mean promise days before): each state in the band the report's map gives it.
    const target = expected.checks.find((c) => c.id === 'speed.standard.le2')?.target ?? null;
    const reportSvg = usMapSvg(expected.byState, expected.missingStates, translator('en'), target);
    for (const state of ['OH', 'CA', 'NY', 'HI', 'AK']) {
      const s = expected.byState[state];
      const want = !s ? 'outside' : s.covered ? String(mapBand(mapScale(target), s.le2)) : 'none';
      expect(await map.locator(`path[data-state="${state}"]`).getAttribute('data-band'), state).toBe(want);
      if (s?.covered) expect(reportSvg).toContain(`data-state="${state}" data-band="${want}"`);
    }
    expect(await page.getByTestId('map-legend').textContent()).toContain(
      target === null
        ? 'Standard size, share of views promised within 2 days'
        : `Standard size, share of views promised within 2 days (target ${Math.round(target * 100)}%)`,
    );
    expect(await page.getByTestId('heatmap').locator('tbody tr').count()).toBe(7);
    expect(await page.getByTestId('heatmap').locator('tbody td').count()).toBe(7 * 24);
    expect(await page.getByTestId('state-row').count()).toBe(Object.keys(expected.byState).length);
    expect(await page.locator('[data-testid="state-row"][data-state="OH"]').textContent()).toContain(
      pct(expected.byState.OH!.le1),
    );
    await pageShot(page, 'simulation-en');
    await sectionShot(page, 'map-section', 'simulation-map-en');

    await page.getByTestId('map-zip3').click();
    await page.getByTestId('zip3-dots').waitFor();
    expect(await page.getByTestId('zip3-dots').locator('circle').count()).toBeGreaterThan(800);
    await sectionShot(page, 'map-section', 'simulation-map-zip3-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains one promise step by step, with every alternative, as computePromise does', async () => {
    const query = { to: '10001', at: '2026-06-12T15:30' };
    const expected = computePromise(saved(), loadGeo(), query);
    expect(expected.ok).toBe(true);
    const { page, context, errors } = await app.newPage();
    await openDashboard(page);
    await page.getByTestId('explain-zip').fill('');
    await page.getByTestId('explain-run').click();
    await page.getByText('Enter a 5-digit ZIP code or a 3-digit prefix.').waitFor();
    await page.getByTestId('explain-zip').fill(query.to);
    await page.getByTestId('explain-date').fill(query.at.slice(0, 10));
    await page.getByTestId('explain-time').fill(query.at.slice(11));
    await page.getByTestId('explain-run').click();
    await page.locator('[data-testid="explain-result"][data-status="ready"]').waitFor();
    const headline = (await page.getByTestId('explain-headline').textContent()) ?? '';
    if (expected.ok) expect(headline).toContain(`a ${expected.promiseDays}-day promise`);
    expect(await page.getByTestId('explain-steps').locator('li').count()).toBe(expected.explanation.length);
    const steps = (await page.getByTestId('explain-steps').textContent()) ?? '';
    expect(steps).toContain('Page viewed');
    expect(steps).not.toMatch(/engine\.|catalog\.|\{\{|\$t\(/);
    expect(await page.getByTestId('explain-alternatives').locator('tbody tr').count()).toBe(
      expected.alternatives.length,
    );
    expect(await page.locator('[data-testid="explain-alternatives"] tr[data-chosen="true"]').count()).toBe(1);
    await sectionShot(page, 'explain-section', 'simulation-explain-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('updates the cards live after an edit through the store, and prints how long it took', async () => {
    // A Sunday USPS pickup exists only under a special operating plan ("Limited").
    rewrite((s) => {
      const w = s.warehouses[0]!;
      w.operatingDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
      w.cutoffs.sun = '11:00';
      const usps = w.services.find((p) => p.serviceId === 'usps-priority-mail')!;
      usps.days.sun = { kind: 'pickup', times: ['13:00'] };
      usps.specialPlans.sun = false;
    });
    const { page, context, errors } = await app.newPage();
    // Declare the plan on the Weekend check (edit 1), then look at the dashboard.
    await page.getByTestId('nav-weekend').click();
    await page.getByLabel('Special operating plan with USPS for USPS Priority Mail on Sunday (Columbus DC)').check();
    await openDashboard(page);
    await expect.poll(() => page.getByTestId('req-outside').getByTestId('metric-value').textContent()).not.toBe('0.0%');
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();

    // Undo (Ctrl+Z) withdraws the plan: Sunday shipping stops, the cards must follow.
    const undo = await timeEditToCard(page, 'req-outside', () => page.keyboard.press('Control+z'));
    expect(undo.after).not.toBe(undo.before);
    const undoStatus = await page.getByTestId('simulation-status').textContent();
    expect(await page.getByTestId('req-outside').getByTestId('metric-value').textContent()).toBe('0.0%');
    // The undo is autosaved shortly after; compare with the engine once the workspace has it.
    const usps = (x: Settings) => x.warehouses[0]!.services.find((p) => p.serviceId === 'usps-priority-mail')!;
    await expect.poll(() => usps(saved()).specialPlans.sun).toBe(false);
    const withoutPlan = simulate(saved(), loadGeo());
    await expect
      .poll(() => page.getByTestId('metric-standard.le1').getByTestId('metric-value').textContent())
      .toBe(pct(withoutPlan.tiers.standard.le1));

    // Choosing another policy is an edit too: targets, pass and gaps change at once.
    const policyTimes: number[] = [];
    for (const id of ['us-2021', 'us-speed-30-74', 'us-2026-07']) {
      const r = await timeEditToCard(
        page,
        'metric-standard.le1',
        () => page.getByTestId(`policy-${id}`).click(),
        async () => {
          await page.getByTestId('policy-select').click();
          await page.getByTestId(`policy-${id}`).waitFor();
        },
      );
      expect(r.after).not.toBe(r.before);
      policyTimes.push(r.ms);
    }
    await expect.poll(() => saved().policyId).toBe('us-2026-07');
    console.log(
      `[simulation latency] edit -> cards updated in Chromium: undo of a Sunday special plan ${undo.ms.toFixed(1)} ms; policy changes ${policyTimes.map((m) => m.toFixed(1)).join(' / ')} ms (sample plan, build in out/renderer); status after undo: ${undoStatus}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in French and renders in the dark theme', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    const fr = await app.newPage();
    await openDashboard(fr.page);
    await fr.page.getByRole('heading', { name: 'Vitesse de livraison' }).waitFor();
    const text = (await fr.page.locator('main').textContent()) ?? '';
    expect(text).toContain('Couverture nationale');
    expect(text).toMatch(/\d+,\d\s%/);
    expect(text).not.toMatch(/simulation\.|engine\.|catalog\.|policy\./);
    await fr.page.getByTestId('explain-run').click();
    await fr.page.locator('[data-testid="explain-result"][data-status="ready"]').waitFor();
    await pageShot(fr.page, 'simulation-fr');
    await sectionShot(fr.page, 'speed-section', 'simulation-cards-fr');
    await sectionShot(fr.page, 'explain-section', 'simulation-explain-fr');
    await fr.context.close();

    app.workspace.setPrefs({ language: 'en', theme: 'dark' });
    const dark = await app.newPage();
    await openDashboard(dark.page);
    await dark.page.getByTestId('us-map').waitFor();
    await pageShot(dark.page, 'simulation-dark-en');
    await sectionShot(dark.page, 'speed-section', 'simulation-cards-dark-en');
    await sectionShot(dark.page, 'map-section', 'simulation-map-dark-en');
    await sectionShot(dark.page, 'heat-section', 'simulation-heat-dark-en');
    await dark.context.close();
    app.workspace.setPrefs({ theme: 'light' });
  });
});
