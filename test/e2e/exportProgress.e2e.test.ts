import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppHarness } from '../support/appHarness';
import { expectProgressThenCancel, openPage, pickWeek } from '../support/e2ePage';
import type { Lang } from '../../shared/i18n/lang';

/**
 * An export over a window of 13 weeks simulates each week in main: the Reports page shows "week N of
 * 13" with a Cancel button, and Cancel stops it between weeks with no file written — in the browser
 * shell (no download) and in the Electron shell (nothing at the path the save dialog gave). The app
 * stays usable: the next export runs to its end. English and French, axe over the progress.
 *
 * Work is counted, not time: the export is held after its 2nd week (what it awaits between weeks),
 * as a slow machine would hold it, while the page is looked at and Cancel pressed; released, it
 * stops before simulating week 3.
 */
describe('Exports over a window of weeks show their progress and can be cancelled', () => {
  let app: AppHarness;
  /** Weeks the exports have finished, in order, since the last reset. */
  const weeksSeen: number[] = [];
  let holdAfter: number | null = null;
  let reached: (() => void) | null = null;
  let release: (() => void) | null = null;
  beforeAll(async () => {
    app = await AppHarness.start({
      betweenWeeks: async (done) => {
        weeksSeen.push(done);
        if (done === holdAfter) {
          holdAfter = null;
          await new Promise<void>((resolve) => {
            release = resolve;
            reached?.();
          });
        } else await new Promise<void>((resolve) => setImmediate(resolve));
      },
    });
  });
  afterAll(async () => {
    release?.();
    await app?.stop();
  });

  /** The next export waits after `weeks` weeks until `release` is called; resolves once it waits. */
  function holdAfterWeeks(weeks: number): Promise<void> {
    holdAfter = weeks;
    return new Promise<void>((resolve) => (reached = resolve));
  }

  async function pickWindow(page: Page, day: string, weeks: number) {
    await pickWeek(page, 'reports-week-select', day, weeks);
    await expect.poll(() => page.getByTestId('reports-week-label').getAttribute('data-weeks')).toBe(String(weeks));
  }

  /** Starts a 13-week export held after week 2, checks the bar there, presses Cancel, then lets it go on. */
  async function startThenCancel(page: Page, button: string, lang: Lang) {
    weeksSeen.length = 0;
    const held = holdAfterWeeks(2);
    await page.getByTestId(button).click();
    await held;
    const progress = page.getByTestId('export-progress');
    await expect.poll(() => progress.getAttribute('data-weeks-done'), { timeout: 30_000 }).toBe('2');
    expect(await progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(
      String(Math.round((2 / 13) * 100)),
    );
    expect(await progress.locator('[aria-live="polite"]').count()).toBe(1);
    await expectProgressThenCancel(page, {
      progress: 'export-progress',
      cancel: 'export-progress-cancel',
      weeksTotal: 13,
      sentence: {
        of: 'block',
        is:
          lang === 'fr'
            ? 'Simulation de la semaine 3 sur 13 pour l’export…Annuler'
            : 'Simulating week 3 of 13 for the export…Cancel',
      },
      barLabel: lang === 'fr' ? 'Avancement de l’export' : 'Progress of the export',
      screenshot: `export-progress-${lang}`,
    });
    await expect.poll(() => progress.textContent()).toBe(lang === 'fr' ? 'Arrêt en cours…Annuler' : 'Stopping…Cancel');
    release!();
    await progress.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('reports-outcome').textContent())
      .toBe(lang === 'fr' ? 'Export annulé : aucun fichier n’a été écrit.' : 'Export cancelled: no file was written.');
    // Stopped between weeks: week 3 was never simulated.
    expect(weeksSeen).toEqual([1, 2]);
  }

  it(
    'browser shell, English: Cancel leaves no download, and the next export completes',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openPage(app, 'reports', { lang: 'en' });
      await pickWindow(page, '2026-11-23', 13);
      const downloadsBefore = app.savedPaths.length;

      await startThenCancel(page, 'export-csv-metrics', 'en');
      await app.screenshot(page, 'export-cancelled-en');
      // The call answered before any download could start: none came.
      expect(app.savedPaths.length).toBe(downloadsBefore);

      // Still usable: a 2-week export of the same CSV runs to its end and downloads.
      weeksSeen.length = 0;
      await pickWindow(page, '2026-11-23', 2);
      const download = app.nextDownload(120_000);
      await page.getByTestId('export-csv-metrics').click();
      const csv = fs.readFileSync(await download, 'utf8');
      // Two weeks from the week of 23 November, named by the CSV's simulated-week row.
      expect(csv.split('\r\n')[1]).toMatch(/^simulatedWeek,[^,]*,2026-11-2\d\/2026-12-0\d,/);
      expect(weeksSeen).toEqual([1, 2]);
      await expect.poll(() => page.getByTestId('export-progress').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'Electron shell, French: Cancel leaves nothing at the chosen path (PDF export)',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openPage(app, 'reports', { lang: 'fr', shell: 'electron' });
      await pickWindow(page, '2026-11-23', 13);
      const chosenBefore = app.savedPaths.length;

      await startThenCancel(page, 'export-pdf', 'fr');
      // The save dialog gave a path; nothing was written there, nor beside it (no temporary file).
      expect(app.savedPaths.length).toBe(chosenBefore + 1);
      const target = app.savedPaths.at(-1)!;
      expect(fs.existsSync(target)).toBe(false);
      const beside = fs.existsSync(path.dirname(target)) ? fs.readdirSync(path.dirname(target)) : [];
      expect(beside.filter((f) => f.includes(path.basename(target, '.pdf')))).toEqual([]);
      await app.screenshot(page, 'export-cancelled-fr');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
