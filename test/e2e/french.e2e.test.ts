import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { type Lang } from '../../shared/i18n/lang';

/**
 * French as a French seller reads it: real plurals ("0 erreur", "2 avertissements", never "jour(s)"),
 * Seller Central's terms ("Non nécessaire", "pages vues"), a plan of action drafted in English that
 * follows the interface into French while keeping what the user wrote, and export files named in
 * French.
 */
describe('French throughout', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function toLanguage(page: Page, lang: Lang) {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').click();
    await page.getByTestId(`language-${lang}`).click();
  }
  const bracketPlural = /[A-Za-zÀ-ÿ]\((?:s|e|es)\)/;

  it('a plan drafted in English is redrafted in French with the user’s words kept; exports get French names', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('plan-draft').click();
    const root = page.getByTestId('plan-root-speed.standard.le2');
    await root.waitFor();
    const englishActions = await page.getByTestId('plan-actions-speed.standard.le2').inputValue();
    await root.fill('Our own words.');
    await page.getByTestId('plan-save-state').getByText('All changes saved').waitFor();
    expect(await page.getByTestId('plan-other-language').count()).toBe(0);

    await toLanguage(page, 'fr');
    await page.getByTestId('nav-reports').click();
    const offer = page.getByTestId('plan-other-language');
    await offer.getByText('Ce plan d’action est en anglais.').waitFor();
    await page.getByTestId('plan-translate').click();
    await page.getByTestId('plan-save-state').getByText('Rédigé en français.').waitFor();
    expect(await offer.count()).toBe(0);
    expect(await root.inputValue()).toBe('Our own words.');
    const frenchActions = await page.getByTestId('plan-actions-speed.standard.le2').inputValue();
    expect(frenchActions).not.toBe(englishActions);
    const summary = await page.getByTestId('plan-root-summary').inputValue();
    expect(summary).toMatch(/La simulation du scénario « .+ » montre \d+ statistiques? en échec/);
    expect(summary).not.toMatch(bracketPlural);
    await page.setViewportSize({ width: 1024, height: 800 });
    await app.screenshot(page, 'french-plan-1024-fr');

    const csv = app.nextDownload();
    await page.getByTestId('export-csv-metrics').click();
    expect(path.basename(await csv)).toMatch(/ - statistiques - \d{4}-\d{2}-\d{2}\.csv$/);
    const md = app.nextDownload();
    await page.getByTestId('plan-export-md').click();
    const mdFile = await md;
    expect(path.basename(mdFile)).toMatch(/ - plan d’action - \d{4}-\d{2}-\d{2}\.md$/);
    const text = fs.readFileSync(mdFile, 'utf8');
    expect(text).toContain('Our own words.');
    expect(text).not.toMatch(bracketPlural);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts read as French counts and the weekend check says "Non nécessaire"', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    const main = page.locator('main');
    await main
      .getByText(/\d+ erreurs?, \d+ avertissements?, \d+ remarques?/)
      .first()
      .waitFor();
    expect((await main.textContent()) ?? '').not.toMatch(bracketPlural);
    await page.getByTestId('nav-weekend').click();
    await main.getByText('Non nécessaire').first().waitFor();
    expect((await main.textContent()) ?? '').not.toContain('Inutile');
    await page.getByTestId('nav-simulation').click();
    await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
    const sim = (await main.textContent()) ?? '';
    expect(sim).not.toMatch(bracketPlural);
    expect(sim).not.toContain('consultations');
    // Policy names take an article: "contrôles du profil « Programme … »", not "contrôles de Programme".
    expect(sim).toMatch(/contrôles du profil « Programme SFP [^»]+ »/);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'french-simulation-wide-fr.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
