import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { openPage, seriousViolations, settingsSaved } from '../support/e2ePage';

/**
 * The Simulation page's editor of Prime-off periods (settings.primeOffPeriods) in Chromium: a period
 * added is saved; an end before its start and an overlap stay on screen with the schema's reason and
 * the save status says Not saved; a fixed entry saves; the typical week says the periods are not
 * applied; removing saves. The Weekend check page lists the weekdays the promises deliver on.
 * English and French; axe over the section.
 */
describe('Prime-off periods editor and six-day delivery from the promises', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const stored = () => app.services.scenarios.get(app.workspace.getPrefs().currentScenarioId!).settings.primeOffPeriods;

  it(
    'adds a period, refuses an end before the start and an overlap, saves the fix, removes (English)',
    { timeout: 180_000 },
    async () => {
      expect(stored()).toBeUndefined();
      const { page, context, errors } = await openPage(app, 'simulation', { section: 'prime-off' });
      const section = page.getByTestId('prime-off');
      expect(await section.getByText('No period listed: every page view counts.').count()).toBe(1);

      await page.getByTestId('prime-off-add').click();
      await expect.poll(() => stored()?.length).toBe(1);
      await settingsSaved(page);
      const first = stored()![0]!;
      expect(first.timeZone).toBe('America/New_York');
      await expect
        .poll(() => page.getByTestId('prime-off-effect').textContent())
        .toBe(
          "Prime switched off: the typical week has no dates, so the plan's Prime-off period is not applied; simulate a real week to leave its page views out.",
        );

      const start = page.getByTestId('prime-off-start').first();
      const end = page.getByTestId('prime-off-end').first();
      await start.fill('2026-12-24 18:00');
      await start.press('Tab');
      await end.fill('2026-12-24 08:00');
      await end.press('Tab');
      const invalid = page.getByTestId('save-invalid');
      await expect.poll(() => invalid.textContent()).toContain('must come after the start (2026-12-24T18:00)');
      expect(await page.getByRole('alert').filter({ hasText: 'must come after the start' }).count()).toBeGreaterThan(0);
      expect(await seriousViolations(page, 'prime-off')).toEqual([]);
      await end.fill('2026-12-26 06:00');
      await end.press('Tab');
      await expect
        .poll(() => stored())
        .toEqual([{ start: '2026-12-24T18:00', end: '2026-12-26T06:00', timeZone: 'America/New_York' }]);
      await settingsSaved(page);

      // A second period overlapping the first is refused, naming it.
      await page.getByTestId('prime-off-add').click();
      await expect.poll(() => stored()?.length).toBe(2);
      const start2 = page.getByTestId('prime-off-start').nth(1);
      await start2.fill('2026-12-25 12:00');
      await start2.press('Tab');
      await expect
        .poll(() => invalid.textContent())
        .toContain('overlaps period 1 (2026-12-24T18:00 to 2026-12-26T06:00)');
      await app.screenshot(page, 'prime-off-overlap-en');
      await start2.fill('2026-12-26 06:00');
      await start2.press('Tab');
      await expect.poll(() => stored()![1]!.start).toBe('2026-12-26T06:00');
      await settingsSaved(page);

      await page.getByRole('button', { name: 'Remove period 2' }).click();
      await page.getByRole('button', { name: 'Remove period 1' }).click();
      await expect.poll(() => stored()).toBeUndefined();
      await settingsSaved(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'in French: labels, the time zone picked from the searchable list (an unknown name matches nothing); the Weekend check lists the delivery weekdays',
    { timeout: 180_000 },
    async () => {
      const { page, context, errors } = await openPage(app, 'simulation', { lang: 'fr', section: 'prime-off' });
      expect(await page.getByRole('heading', { name: 'Quand Prime est désactivé' }).count()).toBe(1);
      await page.getByTestId('prime-off-add').click();
      await expect.poll(() => stored()?.length).toBe(1);
      // The zone is picked from the searchable list, so an unknown name finds nothing to save.
      const zone = page.getByRole('combobox', { name: 'Période 1 : fuseau horaire' });
      await zone.click();
      await zone.fill('Mars/Olympus');
      await page.getByText('Aucun fuseau ne correspond', { exact: false }).waitFor();
      expect(await seriousViolations(page, 'prime-off')).toEqual([]);
      await zone.fill('Chicago');
      await page.getByRole('option', { name: /America\/Chicago/ }).click();
      await expect.poll(() => stored()![0]!.timeZone).toBe('America/Chicago');
      await page.getByText('Enregistré comme America/Chicago.', { exact: false }).waitFor();
      await settingsSaved(page);

      await page.getByTestId('nav-weekend').click();
      const card = page.getByTestId('six-day-delivery');
      await card.waitFor();
      expect(await page.getByTestId('six-day-delivery-verdict').getAttribute('data-pass')).toBe('true');
      expect(await page.getByTestId('six-day-delivery-days').textContent()).toContain('Les promesses livrent le : ');
      expect(await card.textContent()).toContain('Compté sur les promesses de ce plan pendant une semaine type');
      expect(await seriousViolations(page, 'six-day-delivery')).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
