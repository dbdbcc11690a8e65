import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';

/**
 * A new shipping manager's first what-if, start to finish, as issue 4 describes it: open on the
 * sample, move the Saturday pickup, watch the ≤2-day share change, keep the change as a new
 * scenario, compare it with the original, and read the comparison in French.
 */
describe('First what-if, as a new user', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('moves the Saturday pickup, sees the ≤2-day share change, duplicates, compares, and reads it in French', async () => {
    const { page, context, errors } = await app.newPage();
    const le2 = () => page.getByTestId('metric-standard.le2').getByTestId('metric-value').textContent();
    const ready = () => page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();

    await page.getByTestId('nav-simulation').click();
    await ready();
    const before = await le2();
    expect(before).toMatch(/^\d+\.\d%$/);

    // USPS Priority Mail's Saturday pickup moves from 12:00 to 10:00, before the 10:30 cutoff:
    // Saturday orders can no longer leave by USPS that day.
    await page.getByTestId('nav-schedule').click();
    const satPickup = page.getByLabel('USPS Priority Mail pickup 1 on Saturday');
    expect(await satPickup.inputValue()).toBe('12:00');
    await satPickup.fill('10:00');
    await page
      .getByText(/USPS Priority Mail.*Saturday.*10:00.*before/i)
      .first()
      .waitFor();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    await page.getByTestId('nav-simulation').click();
    await ready();
    await expect.poll(le2).not.toBe(before);
    const after = (await le2())!;
    expect(parseFloat(after)).toBeLessThan(parseFloat(before!));
    await app.screenshot(page, 'journey-simulation-after-en');

    // Keep the change as its own scenario, and put the live plan back as it was.
    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('button', { name: /^Duplicate Sample/ }).click();
    await page.getByTestId('scenario-name').fill('USPS Saturday pickup at 10:00');
    await page.getByTestId('scenario-name-save').click();
    await page.getByRole('cell', { name: 'USPS Saturday pickup at 10:00' }).waitFor();
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => satPickup.inputValue()).toBe('12:00');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('compare-b').click();
    await page.getByRole('option', { name: 'USPS Saturday pickup at 10:00' }).click();
    const diff = page.getByTestId('compare-settings');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('USPS Priority Mail › Saturday');
    await page.getByTestId('compare-metrics').waitFor();
    const row = await page.getByTestId('metric-le2').textContent();
    expect(row).toContain(before);
    expect(row).toContain(after);
    expect(row).toMatch(/−0\.\d pts|-0\.\d pts/);
    await app.screenshot(page, 'journey-compare-en');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').click();
    await page.getByTestId('language-fr').click();
    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('heading', { name: 'Comparer des scénarios' }).waitFor();
    await page.getByTestId('compare-b').click();
    await page.getByRole('option', { name: 'USPS Saturday pickup at 10:00' }).click();
    await page.getByTestId('compare-metrics').waitFor();
    expect(await page.getByTestId('compare-settings').textContent()).toContain('USPS Priority Mail › samedi');
    expect(await page.getByTestId('metric-le2').textContent()).toMatch(/Promesses ≤ 2 jours.*pt/);
    await app.screenshot(page, 'journey-compare-fr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
