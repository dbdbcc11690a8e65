import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { app as en } from '../../shared/i18n/en/app';
import { app as fr } from '../../shared/i18n/fr/app';

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
 * Every page in both languages, as screenshots to look at, with two checks a reviewer would make:
 * the page's heading is in the chosen language, and no raw i18n key (a.b.c with no spaces) leaked
 * onto the screen.
 */
describe('Every page in English and French', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`renders all ${PAGES.length} pages in ${lang} without leaked keys or errors`, async () => {
      app.workspace.setPrefs({ language: lang, theme: 'light' });
      const { page, context, errors } = await app.newPage({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      const dict: Record<string, string> = lang === 'fr' ? fr : en;
      for (const p of PAGES) {
        await page.getByTestId(`nav-${p}`).click();
        await page.getByRole('heading', { level: 1, name: dict[`nav.${p}`] }).waitFor();
        if (p === 'simulation') await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
        await page.waitForTimeout(150);
        const text = await page.locator('main').innerText();
        const leaked = text.match(/\b[a-z][A-Za-z]+\.[a-z][A-Za-z]+\.[a-zA-Z.]+\b/g) ?? [];
        expect(
          leaked.filter((k) => !/^\d|\.(json|csv|pdf|md|sqlite)$/.test(k)),
          `${lang}/${p}`,
        ).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await app.screenshot(page, `page-${p}-${lang}`);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
