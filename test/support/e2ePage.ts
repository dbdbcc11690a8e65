/**
 * The steps the Chromium tests repeat around AppHarness: open the app on a page in a language, wait
 * for the simulation or the save, pick a week in a week picker, run axe over a part of the page, and
 * check a long job's progress bar before pressing its Cancel. Each test keeps its own assertions on
 * what the page says; these only drive the page and hold the checks every such page shares.
 */
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { SCREENSHOT_DIR, type AppHarness } from './appHarness';

/** The browser locale each language is tested in. */
const BROWSER_LOCALE = { en: 'en-US', fr: 'fr-FR' } as const;

export interface OpenPageOptions {
  /** Stored in the workspace's preferences first, and the browser's locale set to match; else both left as they are. */
  lang?: keyof typeof BROWSER_LOCALE;
  /** A data-testid scrolled into view once the page is shown. */
  section?: string;
  shell?: 'browser' | 'electron';
}

/**
 * A new page of the app opened on the navigation entry `nav` (its data-testid is `nav-<nav>`).
 * @example const { page, context, errors } = await openPage(app, 'schedule', { lang: 'fr', section: 'extra-days' });
 */
export async function openPage(
  app: AppHarness,
  nav: string,
  options: OpenPageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  if (options.lang) app.workspace.setPrefs({ language: options.lang });
  const opened = await app.newPage({
    shell: options.shell,
    locale: options.lang ? BROWSER_LOCALE[options.lang] : undefined,
  });
  await opened.page.getByTestId(`nav-${nav}`).click();
  if (options.section) await opened.page.getByTestId(options.section).scrollIntoViewIfNeeded();
  return opened;
}

/** Resolves once the Simulation page shows figures for what is picked. */
export const simulationReady = (page: Page) =>
  page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();

/** Resolves once the save status says the plan as shown is saved. */
export const settingsSaved = (page: Page) => page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

/**
 * Picks "Another week…" in the week picker `select` (a data-testid) and types a day of the wanted
 * week; with `weeks`, also the number of weeks judged together.
 * @example await pickWeek(page, 'compare-week-select', '2026-11-23', 13);
 */
export async function pickWeek(page: Page, select: string, day: string, weeks?: number): Promise<void> {
  await page.getByTestId(select).click();
  await page.getByTestId('week-option-other').click();
  await page.getByTestId(`${select}-date`).fill(day);
  if (weeks === undefined) return;
  await page.getByTestId(`${select}-weeks`).click();
  await page.getByTestId(`weeks-option-${weeks}`).click();
}

/**
 * Axe's serious and critical violations inside the elements with these data-testids, one line each.
 * @example expect(await seriousViolations(page, 'prime-off')).toEqual([]);
 */
export async function seriousViolations(page: Page, ...testIds: string[]): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  for (const id of testIds) axe = axe.include(`[data-testid="${id}"]`);
  const results = await axe.options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
}

export interface ProgressCheck {
  /** The data-testid of the progress block, and of its Cancel button. */
  progress: string;
  cancel: string;
  weeksTotal: number;
  /** What the block says: the text of its status element, or of the whole block (Cancel included). */
  sentence: { of: 'status' | 'block'; is: string | RegExp };
  /** The progress bar's accessible name. */
  barLabel: string;
  /** Saved in the screenshots folder as `<screenshot>.png`: the window, the block scrolled into view. */
  screenshot: string;
}

/**
 * A long job's progress block as every such page shows it — the total of weeks, the sentence, the
 * bar's name, no serious axe violation, a screenshot of it in view — then its Cancel pressed.
 */
export async function expectProgressThenCancel(page: Page, check: ProgressCheck): Promise<Locator> {
  const progress = page.getByTestId(check.progress);
  expect(await progress.getAttribute('data-weeks-total')).toBe(String(check.weeksTotal));
  const said = await (check.sentence.of === 'status' ? progress.getByRole('status') : progress).textContent();
  if (typeof check.sentence.is === 'string') expect(said).toBe(check.sentence.is);
  else expect(said).toMatch(check.sentence.is);
  expect(await progress.getByRole('progressbar').getAttribute('aria-label')).toBe(check.barLabel);
  expect(await seriousViolations(page, check.progress)).toEqual([]);
  await progress.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${check.screenshot}.png`) });
  await page.getByTestId(check.cancel).click();
  return progress;
}
