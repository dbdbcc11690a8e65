import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { computePromise } from '../../shared/engine/explainedPromise';
import { loadGeo } from '../../shared/geo';
import path from 'node:path';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { type Lang } from '../../shared/i18n/lang';

/**
 * Whose clock a time is on, for a Reno, NV warehouse (Pacific time): the schedule says its customer
 * cutoffs are warehouse time and what East- and West-coast customers read; Explain takes a 24-hour
 * time however it is typed, says the cutoff on both clocks ("16:00 … 13:00 at Reno NV"), never
 * shows AM/PM, and does not dress a slow promise as good news. English and French, 1024 px and wide.
 */
describe('Times say whose clock they are', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
    const sid = app.workspace.getPrefs().currentScenarioId!;
    const doc = app.services.scenarios.get(sid);
    const next = structuredClone(doc.settings);
    const w = next.warehouses[0]!;
    // The sample week, moved to Reno: 14:00 order cutoff, 60 min lead, so customers see 13:00 there.
    Object.assign(w, { name: 'Reno NV', zip: '89502', timeZone: 'America/Los_Angeles' });
    app.services.scenarios.save(sid, doc.revision, next);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const settings = () => app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings;

  async function toLanguage(page: Page, lang: Lang) {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').click();
    await page.getByTestId(`language-${lang}`).click();
  }

  it('the schedule says the customer cutoff is warehouse time, with what each coast reads', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    expect(await page.getByTestId('customer-cutoff-mon').textContent()).toBe('13:00');
    expect(await page.getByTestId('customer-cutoff-clock').first().textContent()).toBe(
      'warehouse time (America/Los_Angeles)',
    );
    // Reno is on Pacific time: New York reads three hours later, Los Angeles the same.
    expect(await page.getByTestId('customer-cutoff-coasts-mon').textContent()).toBe(
      'East coast 16:00 · West coast 13:00',
    );
    expect(await page.getByTestId('customer-cutoff-coasts-sat').textContent()).toBe(
      'East coast 12:30 · West coast 09:30',
    );
    await app.screenshot(page, 'clocks-schedule-wide-en');
    await page.setViewportSize({ width: 1024, height: 800 });
    await app.screenshot(page, 'clocks-schedule-1024-en');
    await toLanguage(page, 'fr');
    await page.getByTestId('nav-schedule').click();
    expect(await page.getByTestId('customer-cutoff-coasts-mon').textContent()).toBe(
      'Côte Est 16:00 · Côte Ouest 13:00',
    );
    expect(await page.getByTestId('customer-cutoff-clock').first().textContent()).toBe(
      'heure de l’entrepôt (America/Los_Angeles)',
    );
    await app.screenshot(page, 'clocks-schedule-1024-fr');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Explain reads a typed time as 24-hour, says the cutoff on both clocks and does not style a slow promise as good news', async () => {
    const query = { to: '10001', at: '2026-06-12T15:30' };
    const expected = computePromise(settings(), loadGeo(), query);
    if (!expected.ok) throw new Error('the Reno plan must promise New York');
    const { page, context, errors } = await app.newPage();
    await toLanguage(page, 'en');
    await page.getByTestId('nav-simulation').click();
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
    await page.getByTestId('explain-zip').fill(query.to);
    await page.getByTestId('explain-date').fill(query.at.slice(0, 10));
    const time = page.getByTestId('explain-time');
    await time.fill('3:30 pm');
    await time.press('Tab');
    expect(await time.inputValue()).toBe('15:30');
    await page.getByTestId('explain-run').click();
    await page.locator('[data-testid="explain-result"][data-status="ready"]').waitFor();
    const section = (await page.getByTestId('explain-result').textContent()) ?? '';
    expect(section).not.toMatch(/\b(AM|PM)\b/);
    const steps = (await page.getByTestId('explain-steps').textContent()) ?? '';
    // 15:30 in New York is 12:30 in Reno, before its 13:00 customer cutoff: it ships that Friday.
    expect(steps).toContain('16:00 on the customer’s clock, 13:00 at Reno NV');
    const headline = page.getByTestId('explain-headline');
    expect(await headline.textContent()).toContain(`a ${expected.promiseDays}-day promise`);
    const tone = await headline.getAttribute('data-tone');
    // Across the country is more than two days: not the green "success" look, and it says why.
    expect(expected.promiseDays).toBeGreaterThan(2);
    expect(tone).not.toBe('success');
    expect(await headline.evaluate((el) => el.className)).not.toContain('Success');
    expect(await headline.textContent()).toContain('Slower than the two days Prime shoppers expect.');
    await page.getByTestId('explain-section').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'clocks-explain-wide-en.png') });

    // A nearby ZIP gets a fast promise, and that one is good news.
    const near = computePromise(settings(), loadGeo(), { to: '89501', at: '2026-06-09T10:00' });
    if (!near.ok) throw new Error('Reno must promise Reno');
    expect(near.promiseDays).toBeLessThanOrEqual(2);
    await page.getByTestId('explain-zip').fill('89501');
    await page.getByTestId('explain-date').fill('2026-06-09');
    await time.fill('1000');
    await page.getByTestId('explain-run').click();
    await expect.poll(() => headline.getAttribute('data-tone')).toBe('success');

    await page.setViewportSize({ width: 1024, height: 800 });
    await toLanguage(page, 'fr');
    await page.getByTestId('nav-simulation').click();
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
    await page.getByTestId('explain-zip').fill(query.to);
    await page.getByTestId('explain-date').fill(query.at.slice(0, 10));
    await time.fill('15h30');
    await page.getByTestId('explain-run').click();
    await page.locator('[data-testid="explain-result"][data-status="ready"]').waitFor();
    await expect.poll(async () => (await page.getByTestId('explain-steps').textContent()) ?? '').toContain('Reno NV');
    const fr = (await page.getByTestId('explain-steps').textContent()) ?? '';
    expect(fr).toContain("16:00 à l'heure du client, 13:00 à Reno NV");
    expect(await headline.textContent()).toContain(`une promesse en ${expected.promiseDays} jours`);
    await page.getByTestId('explain-section').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'clocks-explain-1024-fr.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
