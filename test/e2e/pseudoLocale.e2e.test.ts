import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { CATALOGUE } from '../../shared/i18n/catalogue';
import { PSEUDO_SWITCH, pseudoLocale } from '../../shared/i18n/pseudo';

const PAGES = [
  'warehouses',
  'schedule',
  'weekend',
  'simulation',
  'eligibility',
  'scenarios',
  'reports',
  'returns',
  'assumptions',
  'settings',
] as const;

/**
 * A third language is a folder of texts: the pseudo-language built from the English catalogue (every
 * text in ⟦…⟧) renders every page with no key missing (the renderer reports a missing key on the
 * console, which fails the test), no raw key on screen and the catalogue's texts in place.
 */
describe('Every page in a pseudo-language built from the English texts', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it(`renders all ${PAGES.length} pages without a missing or raw key`, async () => {
    const pseudo = pseudoLocale(CATALOGUE.en);
    expect(Object.keys(pseudo)).toEqual(Object.keys(CATALOGUE.en));
    app.workspace.setPrefs({ language: 'en', theme: 'light' });
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-warehouses').waitFor();
    await page.evaluate((key) => window.localStorage.setItem(key, '1'), PSEUDO_SWITCH);
    await page.reload();
    let bracketed = 0;
    for (const p of PAGES) {
      await page.getByTestId(`nav-${p}`).click();
      // The page heading, in the pseudo-language, names the page as the navigation does.
      const navLabel = CATALOGUE.en[`nav.${p}`]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await page.getByRole('heading', { level: 1, name: new RegExp(`⟦[^⟧]*${navLabel}`) }).waitFor();
      if (p === 'simulation') await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
      await page.waitForTimeout(150);
      const text = await page.locator('body').innerText();
      const leaked = text.match(/\b[a-z][A-Za-z]+\.[a-z][A-Za-z]+\.[a-zA-Z.]+\b/g) ?? [];
      expect(
        leaked.filter((k) => !/^\d|\.(json|csv|pdf|md|sqlite)$/.test(k)),
        p,
      ).toEqual([]);
      const texts = text.match(/⟦/g)?.length ?? 0;
      expect(texts, `${p}: texts from the catalogue`).toBeGreaterThan(5);
      bracketed += texts;
      await app.screenshot(page, `page-${p}-pseudo`);
    }
    expect(bracketed).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
    // Ten pages in Chromium on a shared two-core machine: counted work, not time, is what is checked.
  }, 300_000);
});
