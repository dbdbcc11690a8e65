import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Settings } from '../../shared/domain/settings';
import { simulate } from '../../shared/engine/simulate';
import { computePromise } from '../../shared/engine/explainedPromise';
import { loadGeo } from '../../shared/geo';
import { AppHarness } from '../support/appHarness';

/**
 * The new user's walk-through of issue 11, in one go, in Chromium over the real services and
 * SQLite file: add a Reno, NV warehouse and choose its services; type entries the plan cannot take
 * (refused, kept on screen, never saved) and then valid ones; read whose clock the times are on;
 * pick Thanksgiving week; compare three scenarios over it; ask why New York is slow; switch to
 * French. Every figure shown is re-derived from the engine; each step is photographed.
 */
describe('The new user’s walk-through', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const baseId = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = (id = baseId()) => app.services.scenarios.get(id).settings;
  const reno = () => saved().warehouses.find((w) => w.name === 'Reno NV');
  const state = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const bracketPlural = /[A-Za-zÀ-ÿ]\((?:s|e|es)\)/;
  let shot = 0;
  const step = (page: Page, name: string) =>
    app.screenshot(page, `walkthrough-${String(++shot).padStart(2, '0')}-${name}`);

  it(
    'add a warehouse, invalid then valid entries, Thanksgiving week, three scenarios compared, French',
    { timeout: 420_000 },
    async () => {
      const geo = loadGeo();
      const { page, context, errors } = await app.newPage();
      await page.setViewportSize({ width: 1024, height: 800 });

      // 1. A new warehouse in Reno that starts with a copy of Columbus's services, as chosen.
      await page.getByTestId('warehouse-add').click();
      await page.getByTestId('warehouse-name').fill('Reno NV');
      await page.getByTestId('warehouse-zip').fill('89502');
      await expect.poll(() => page.getByTestId('warehouse-tz').inputValue()).toBe('Pacific Time (Los Angeles)');
      await page.getByTestId('warehouse-start-copy').check();
      await page
        .getByRole('dialog')
        .getByText(/Its days, cutoffs and \d+ carrier services: UPS Ground/)
        .waitFor();
      await step(page, 'new-warehouse');
      await page.getByTestId('warehouse-save').click();
      await page.getByRole('cell', { name: 'Reno NV' }).waitFor();
      await expect.poll(() => reno()?.services.length ?? 0).toBe(saved().warehouses[0]!.services.length);

      // 2. Entries the plan cannot take are kept, explained and never saved; valid ones are.
      await page.getByTestId('nav-schedule').click();
      await page.getByRole('tab', { name: 'Reno NV (89502)' }).click();
      const lead = page.getByTestId('lead-minutes');
      await lead.fill('−30');
      await page.getByText('−30 is below the minimum (0 min).').first().waitFor();
      await expect.poll(() => state(page)).toBe('invalid');
      expect(await page.getByTestId('save-status').textContent()).toContain('Not saved');
      expect(reno()!.customerCutoffLeadMinutes).toBe(60);
      const monday = page.getByTestId('cutoff-mon');
      await monday.fill('25:00');
      await page.getByText('25:00 is not a time: hours go from 00 to 23.').first().waitFor();
      await step(page, 'refused-entries');
      expect(reno()!.cutoffs.mon).toBe('14:00');
      await lead.fill('60');
      await monday.fill('3pm');
      await monday.press('Tab');
      await expect.poll(() => reno()!.cutoffs.mon).toBe('15:00');
      await expect.poll(() => state(page)).not.toBe('invalid');
      expect(await monday.inputValue()).toBe('15:00');
      // Whose clock: warehouse time, and what each coast reads (Reno is on Pacific time).
      expect(await page.getByTestId('customer-cutoff-mon').textContent()).toBe('14:00');
      expect(await page.getByTestId('customer-cutoff-coasts-mon').textContent()).toBe(
        'East coast 17:00 · West coast 14:00',
      );
      await step(page, 'valid-entries');

      // 3. Thanksgiving week, picked by typing its Thursday: the figures are simulate()'s for that week.
      const thanksgiving = simulate(saved(), geo, { weekStart: '2026-11-22' });
      await page.getByTestId('nav-simulation').click();
      await page.getByTestId('week-select').click();
      await page.getByTestId('week-option-other').click();
      await page.getByTestId('week-select-date').fill('2026-11-26');
      await expect.poll(() => page.getByTestId('week-label').getAttribute('data-week')).toBe('2026-11-22');
      await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
      await expect
        .poll(() => page.getByTestId('metric-standard.le2').getByTestId('metric-value').textContent())
        .toBe(pct(thanksgiving.tiers.standard.le2));
      await step(page, 'thanksgiving');

      // Why is New York slow from here? Explain says whose clock and does not dress it as good news.
      const promise = computePromise(saved(), geo, { to: '10001', at: '2026-11-27T15:30' });
      await page.getByTestId('explain-zip').fill('10001');
      await page.getByTestId('explain-date').fill('2026-11-27');
      await page.getByTestId('explain-time').fill('15:30');
      await page.getByTestId('explain-run').click();
      await page.locator('[data-testid="explain-result"][data-status="ready"]').waitFor();
      if (promise.ok) {
        expect(await page.getByTestId('explain-headline').textContent()).toContain(
          `a ${promise.promiseDays}-day promise`,
        );
        expect(await page.getByTestId('explain-headline').getAttribute('data-tone')).toBe(
          promise.promiseDays <= 2 ? 'success' : promise.promiseDays > 4 ? 'error' : 'warning',
        );
      }
      expect((await page.getByTestId('explain-result').textContent()) ?? '').not.toMatch(/\b(AM|PM)\b/);
      await page.getByTestId('explain-section').evaluate((el) => el.scrollIntoView());
      await step(page, 'explain');

      // 4. Three scenarios compared over Thanksgiving week: this plan, one without Saturday, one with Reno's Monday
      // back at 14:00.
      const make = (name: string, change: (s: Settings) => void) => {
        const copy = app.services.scenarios.duplicate(baseId(), name);
        const doc = app.services.scenarios.get(copy.id);
        const next = structuredClone(doc.settings);
        change(next);
        app.services.scenarios.save(copy.id, doc.revision, next);
        return next;
      };
      const noSat = make('No Saturday', (s) => {
        for (const w of s.warehouses) {
          w.operatingDays = w.operatingDays.filter((d) => d !== 'sat');
          delete w.cutoffs.sat;
        }
      });
      const earlier = make(
        'Reno Monday 14:00',
        (s) => void (s.warehouses.find((w) => w.name === 'Reno NV')!.cutoffs.mon = '14:00'),
      );
      const expected = [saved(), noSat, earlier].map((s) => simulate(s, geo, { weekStart: '2026-11-22' }));
      // The two copies were made behind the page's back (as another window would): reload to list them.
      await page.reload();
      await page.getByTestId('nav-scenarios').click();
      await page.getByTestId('compare-b').click();
      await page.getByRole('option', { name: 'No Saturday' }).click();
      await page.getByTestId('compare-add').click();
      await page.getByTestId('compare-2').click();
      await page.getByRole('option', { name: 'Reno Monday 14:00' }).click();
      await expect.poll(() => page.getByTestId('compare-metrics').locator('thead th').count()).toBe(1 + 3 + 2);
      // The week is a view choice (not saved): after the reload, pick Thanksgiving again, here.
      await page.getByTestId('compare-week-select').click();
      await page.getByTestId('week-option-other').click();
      await page.getByTestId('compare-week-select-date').fill('2026-11-24');
      await expect.poll(() => page.getByTestId('compare-week-label').getAttribute('data-week')).toBe('2026-11-22');
      await expect
        .poll(async () => (await page.getByTestId('metric-le2').locator('td').allTextContents()).slice(0, 3))
        .toEqual(expected.map((r) => pct(r.tiers.standard.le2)));
      expect(await page.getByTestId('compare-checks').locator('tbody tr').count()).toBe(expected[0]!.checks.length);
      await step(page, 'compare-three');

      // 5. French: the same comparison, French words and plurals, no "(s)".
      await page.mouse.click(5, 400);
      await page.getByTestId('nav-settings').click();
      await page
        .getByTestId('language-select')
        .waitFor({ timeout: 10_000 })
        .catch(async () => {
          await step(page, 'settings-not-open');
          await page.getByTestId('nav-settings').click();
        });
      await page.getByTestId('language-select').click();
      await page.getByTestId('language-fr').click();
      await page.getByTestId('nav-scenarios').click();
      await page.getByRole('heading', { name: 'Comparer des scénarios' }).waitFor();
      const main = page.locator('main');
      expect((await main.textContent()) ?? '').not.toMatch(bracketPlural);
      await step(page, 'compare-fr');
      await page.getByTestId('nav-schedule').click();
      await page.getByRole('tab', { name: 'Reno NV (89502)' }).click();
      expect(await page.getByTestId('customer-cutoff-coasts-mon').textContent()).toBe(
        'Côte Est 17:00 · Côte Ouest 14:00',
      );
      expect((await main.textContent()) ?? '').not.toMatch(bracketPlural);
      await step(page, 'schedule-fr');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByTestId('nav-simulation').click();
      await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
      expect((await main.textContent()) ?? '').not.toMatch(bracketPlural);
      await step(page, 'simulation-fr-wide');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
