import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { openPage, seriousViolations, settingsSaved } from '../support/e2ePage';

/**
 * The Weekly schedule's "Prime regions beyond the 48 states" in Chromium: none ticked by default;
 * ticking Hawaii (keyboard) saves primeRemoteRegions, the Simulation page then says what including it
 * costs in the ≤ 2-day share, and the Assumptions page shows the default as replaced; unticking drops
 * the field again. English and French; axe over the section.
 */
describe('Prime regions beyond the 48 states', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const stored = () =>
    app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings.primeRemoteRegions;

  it(
    'ticks Hawaii, sees its cost on Simulation and the override in Assumptions, unticks (English)',
    { timeout: 180_000 },
    async () => {
      expect(stored()).toBeUndefined();
      const { page, context, errors } = await openPage(app, 'schedule', { section: 'prime-regions' });
      expect(await page.getByRole('heading', { name: 'Prime regions beyond the 48 states' }).count()).toBe(1);
      expect(await page.getByTestId('prime-regions-status').textContent()).toBe(
        'None included (the usual template): their views are not measured.',
      );
      for (const name of [
        'Alaska',
        'Hawaii',
        'Puerto Rico and the U.S. Virgin Islands',
        'Guam, the Northern Mariana Islands and American Samoa',
      ])
        expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(false);

      await page.getByTestId('prime-region-hawaii').focus();
      await page.keyboard.press('Space');
      await expect.poll(() => stored()).toEqual(['hawaii']);
      await settingsSaved(page);
      expect(await page.getByTestId('prime-regions-status').textContent()).toContain(
        'nationwide coverage is still judged on the 48 states + DC',
      );
      expect(await seriousViolations(page, 'prime-regions')).toEqual([]);
      await app.screenshot(page, 'prime-regions-en');

      await page.getByTestId('nav-simulation').click();
      const note = page.getByTestId('remote-prime-note');
      await note.waitFor();
      expect(await note.textContent()).toMatch(
        /^Prime regions also include Hawaii \(0\.\d% of the counted views, with their own longer promises\)\. Standard size within 2 days: [\d.]+% with them, [\d.]+% for the 48 contiguous states \+ DC alone: including them costs [\d.]+% of the views\. Nationwide coverage is still judged on the 48 states \+ DC\.$/,
      );
      await note.scrollIntoViewIfNeeded();
      await app.screenshot(page, 'prime-regions-simulation-en');

      await page.getByTestId('nav-assumptions').click();
      const row = page.locator('[data-testid="assumption-row"][data-assumption="primeRegions"]');
      expect(await row.getAttribute('data-status')).toBe('overridden');
      expect(await row.getByTestId('assumption-override').textContent()).toBe(
        'Included in your Prime regions: Hawaii.',
      );

      await page.getByTestId('nav-schedule').click();
      await page.getByRole('checkbox', { name: 'Hawaii' }).uncheck();
      await expect.poll(() => stored()).toBeUndefined();
      await settingsSaved(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('in French: Alaska and Puerto Rico ticked, the Simulation sentence in French', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openPage(app, 'schedule', { lang: 'fr', section: 'prime-regions' });
    expect(await page.getByRole('heading', { name: 'Régions Prime hors des 48 États' }).count()).toBe(1);
    await page.getByTestId('prime-region-puertoRico').check();
    await page.getByTestId('prime-region-alaska').check();
    await expect.poll(() => stored()).toEqual(['alaska', 'puertoRico']);
    await settingsSaved(page);
    expect(await seriousViolations(page, 'prime-regions')).toEqual([]);
    await app.screenshot(page, 'prime-regions-fr');
    await page.getByTestId('nav-simulation').click();
    const note = page.getByTestId('remote-prime-note');
    await note.waitFor();
    expect(await note.textContent()).toContain(
      'Les régions Prime incluent aussi Alaska · Porto Rico et les Îles Vierges des États-Unis',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
