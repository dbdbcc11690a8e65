import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { AppHarness } from '../support/appHarness';
import { recordFigure } from '../reliability/support';
import { app as en } from '../../shared/i18n/en/app';
import { app as fr } from '../../shared/i18n/fr/app';

const LANGUAGES = ['en', 'fr'] as const;
const THEMES = ['light', 'dark'] as const;

/** One line per failing node, enough to find it: rule, impact, selector, and axe's own summary. */
function describeViolations(where: string, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact}) at ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
    ),
  );
}

/**
 * axe-core over what is on screen now; only the violations a user with assistive tech is blocked or seriously hindered
 * by.
 */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Let transitions (MUI's fades, the theme switch) settle so contrast is measured on final colours.
  await page.waitForTimeout(300);
  // Only violations are collected in full (passes and incomplete keep one node each): several times faster.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return describeViolations(where, serious);
}

/**
 * Accessibility, measured: axe-core over every page of the app and the Add-warehouse dialog, in
 * English and French, light and dark theme, on the real renderer in Chromium. Every serious or
 * critical violation fails the test with its rule, element and reason; the figure printed is what
 * was actually visited.
 */
describe('Accessibility (axe-core)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
    // A second plan, without Saturday, so the Scenarios page shows the compare view with its
    // tables and a highlighted check (six-day operation flips).
    const baseId = app.workspace.getPrefs().currentScenarioId!;
    const copy = app.services.scenarios.duplicate(baseId, 'No Saturday');
    const doc = app.services.scenarios.get(copy.id);
    const next = structuredClone(doc.settings);
    next.warehouses[0]!.operatingDays = next.warehouses[0]!.operatingDays.filter((d) => d !== 'sat');
    delete next.warehouses[0]!.cutoffs.sat;
    app.services.scenarios.save(copy.id, doc.revision, next);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Screens checked per language × theme run, filled in by the runs below. */
  const visited = new Map<string, string[]>();

  for (const lang of LANGUAGES) {
    for (const theme of THEMES) {
      // One test per run so a slow, busy machine gets a hang guard per run rather than one for all four.
      it(
        `every page and the Add-warehouse dialog in ${lang}, ${theme} theme: 0 serious or critical violations`,
        { timeout: 480_000 },
        async () => {
          app.workspace.setPrefs({ language: lang, theme });
          const { page, context, errors } = await app.newPage({
            locale: lang === 'fr' ? 'fr-FR' : 'en-US',
            colorScheme: theme,
          });
          const dict: Record<string, string> = lang === 'fr' ? fr : en;
          const screens: string[] = [];
          const problems: string[] = [];
          // Every page the navigation offers, read from the app itself so a new page is checked too.
          await page.getByTestId('nav-warehouses').waitFor();
          const pages = await page
            .locator('nav [data-testid^="nav-"]')
            .evaluateAll((items) => items.map((i) => i.getAttribute('data-testid')!.slice('nav-'.length)));
          expect(pages.length).toBeGreaterThanOrEqual(7);
          for (const p of pages) {
            await page.getByTestId(`nav-${p}`).click();
            await page.locator(`[data-testid="nav-${p}"][aria-current="page"]`).waitFor();
            await page.getByRole('heading', { level: 1, name: dict[`nav.${p}`] }).waitFor();
            if (p === 'simulation')
              await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
            if (p === 'scenarios')
              await page.locator('[data-testid="check-operation.sixDays"][data-flip="true"]').waitFor();
            problems.push(...(await seriousViolations(page, `${p} ${lang} ${theme}`)));
            screens.push(p);
            if (p === 'warehouses') {
              await page.getByTestId('warehouse-add').click();
              await page.getByRole('dialog').waitFor();
              problems.push(...(await seriousViolations(page, `add-warehouse dialog ${lang} ${theme}`)));
              screens.push('add-warehouse dialog');
              await page.keyboard.press('Escape');
              await page.getByRole('dialog').waitFor({ state: 'detached' });
            }
          }
          expect(problems).toEqual([]);
          expect(errors).toEqual([]);
          visited.set(`${lang} ${theme}`, screens);
          await context.close();
        },
      );
    }
  }

  it('prints what was measured', () => {
    // Every language × theme run checked the same screens, so the figure is one count per run.
    expect([...visited.keys()].length).toBe(LANGUAGES.length * THEMES.length);
    const counts = new Set([...visited.values()].map((screens) => screens.join(',')));
    expect(counts.size).toBe(1);
    const screens = [...visited.values()][0]!;
    expect(screens).toContain('add-warehouse dialog');
    recordFigure(
      'accessibility',
      `axe: ${screens.length} pages × ${LANGUAGES.length} languages × ${THEMES.length} themes, 0 serious or critical`,
    );
  });
});
