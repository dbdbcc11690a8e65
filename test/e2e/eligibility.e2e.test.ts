import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/i18n/catalogue';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { copyPolicy, findPolicy } from '../../shared/catalog/policies';
import { runHorizon } from '../../shared/eligibility/horizon';
import { createRng } from '../../shared/eligibility/rng';
import { loadGeo } from '../../shared/geo';
import { AppHarness } from '../support/appHarness';
import { type Lang } from '../../shared/i18n/lang';

/**
 * The Eligibility page in Chromium: the horizon runs in its worker (Cancel answers while it
 * computes), and every figure the page shows is re-derived here with runHorizon() on the scenario
 * stored in the database and the same seed — never from the page's code. English (light theme) and French (dark), with
 * axe-core over the results.
 */
describe('Eligibility page end to end', () => {
  let app: AppHarness;
  const geo = loadGeo();
  const RUN_TIMEOUT = 240_000;
  const TEST_TIMEOUT = 420_000;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;
  const pct = (v: number, lang: Lang = 'en') =>
    new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(v);

  async function fill(
    page: Page,
    labels: { start: string; weeks: string; runs: string; seed: string },
    values: { start: string; weeks: string; runs: string; seed: string },
  ) {
    await page.getByLabel(labels.start).fill(values.start);
    await page.getByLabel(labels.weeks, { exact: true }).fill(values.weeks);
    await page.getByLabel(labels.runs).fill(values.runs);
    await page.getByLabel(labels.seed).fill(values.seed);
  }
  /** axe-core's serious and critical violations on screen now (the results: cards, chart, tables). */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  }
  const EN = { start: 'First week starts (a Sunday)', weeks: 'Weeks', runs: 'Simulated horizons', seed: 'Seed' };

  it('a run bar entry it cannot use says why under the field, linked for screen readers, in English and French', async () => {
    const FR = {
      start: 'Début de la première semaine (un dimanche)',
      weeks: 'Semaines',
      runs: 'Horizons simulés',
      seed: 'Graine',
    };
    const cases = [
      {
        lang: 'en' as const,
        labels: EN,
        run: 'Run',
        start: '2026-12-08 is a Tuesday: pick a Sunday, e.g. 2026-12-06',
        weeks: 'A whole number: at least 1 week, at most 520',
        seed: 'A whole number from 0 to 4,294,967,295',
      },
      {
        lang: 'fr' as const,
        labels: FR,
        run: 'Lancer',
        start: 'Le 2026-12-08 est un mardi : choisissez un dimanche, par ex. le 2026-12-06',
        weeks: 'Un nombre entier : au moins 1 semaine, au plus 520',
        seed: 'Un nombre entier de 0 à 4\u202f294\u202f967\u202f295',
      },
    ];
    for (const c of cases) {
      app.workspace.setPrefs({ language: c.lang });
      const { page, context, errors } = await app.newPage({ locale: c.lang === 'fr' ? 'fr-FR' : 'en-US' });
      await page.getByTestId('nav-eligibility').click();
      await fill(page, c.labels, { start: '2026-12-08', weeks: '0', runs: '2000', seed: '-1' });
      const described = async (label: string, exact = false) => {
        const input = page.getByLabel(label, { exact });
        expect(await input.getAttribute('aria-invalid')).toBe('true');
        const id = (await input.getAttribute('aria-describedby'))!;
        expect(id).toBeTruthy();
        return page.locator(`[id="${id}"]`).textContent();
      };
      expect(await described(c.labels.start)).toBe(c.start);
      expect(await described(c.labels.weeks, true)).toBe(c.weeks);
      expect(await described(c.labels.seed)).toBe(c.seed);
      expect(await page.getByLabel(c.labels.runs).getAttribute('aria-invalid')).toBe('false');
      expect(await page.getByRole('button', { name: c.run, exact: true }).isDisabled()).toBe(true);
      await page.getByLabel(c.labels.start).scrollIntoViewIfNeeded();
      await app.screenshot(page, `eligibility-run-bar-problems-${c.lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      // Fixed, the reasons go and Run can be pressed.
      await fill(page, c.labels, { start: '2026-12-06', weeks: '13', runs: '2000', seed: '1' });
      expect(await page.getByLabel(c.labels.start).getAttribute('aria-describedby')).toBeNull();
      expect(await page.getByRole('button', { name: c.run, exact: true }).isDisabled()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    }
    app.workspace.setPrefs({ language: 'en' });
  });

  it(
    'runs off the UI thread: progress shows and Cancel answers while it computes',
    async () => {
      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-eligibility').click();
      await page.getByRole('heading', { name: 'Eligibility: trial and keeping Prime', level: 1 }).waitFor();
      await fill(page, EN, { start: '2026-06-07', weeks: '52', runs: '100000', seed: '1' });
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByRole('button', { name: 'Cancel' }).waitFor({ timeout: RUN_TIMEOUT });
      await page.getByText(/Simulating… \d+ %/).waitFor({ timeout: RUN_TIMEOUT });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('Cancelled: no figures were kept.').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the horizon of the stored plan, as runHorizon computes it, in English and French',
    async () => {
      // A plan judged on account health only (the 2021 page's 97 % on-time delivery, no speed targets), so
      // that the figures are probabilities, not certainties.
      const stored = app.services.scenarios.get(scenarioId());
      const us2021 = findPolicy(stored.settings, 'us-2021')!;
      const profile = { ...copyPolicy(us2021, 'otd-97', 'On-time 97 %'), targets: {} };
      const settings = { ...stored.settings, policyId: 'otd-97', customPolicies: [profile] };
      app.services.scenarios.save(scenarioId(), stored.revision, settings);
      const saved = app.services.scenarios.get(scenarioId()).settings;
      const expected = runHorizon(saved, geo, { start: '2026-11-29', weeks: 8, runs: 400, rng: createRng(11) });

      const { page, context, errors } = await app.newPage();
      await page.getByTestId('nav-eligibility').click();
      await fill(page, EN, { start: '2026-11-29', weeks: '8', runs: '400', seed: '11' });
      await page.getByRole('button', { name: 'Run' }).click();
      await page.getByTestId('eligibility-results').waitFor({ timeout: RUN_TIMEOUT });
      await expect(page.getByTestId('eligibility-trial').textContent()).resolves.toContain(
        pct(expected.trial.passProbability),
      );
      await expect(page.getByTestId('eligibility-revoked').textContent()).resolves.toContain(
        pct(expected.revokedWithin.probability),
      );
      const rows = page
        .getByRole('table', {
          name: 'Each week: pass probability, on-time delivery and where the strike ladder stands',
        })
        .getByRole('row');
      await expect(rows.count()).resolves.toBe(9);
      for (const w of expected.weeks) {
        const cells = await rows.nth(w.week).getByRole('cell').allTextContents();
        const otd = w.metrics['onTimeDelivery']!;
        // The profile in force is named as the Settings page names it, not by its id.
        const custom = saved.customPolicies.find((p) => p.id === w.policyId);
        expect(cells[2]).toBe(custom ? custom.name : CATALOGUE.en[`policy.name.${w.policyId}`]);
        expect(cells[2]).not.toBe(w.policyId);
        expect(cells[3]).toBe(pct(w.passProbability));
        expect(cells[4]).toBe(`${pct(otd.p10)} / ${pct(otd.p50)} / ${pct(otd.p90)}`);
        expect(cells[7]).toBe(pct(w.states.revoked));
      }
      // A failing metric's bound reads as the target it is, not as a simulated minimum.
      const failing = await page.getByTestId('eligibility-failing').allTextContents();
      if (failing.length > 0) expect(failing.join(' ')).toMatch(/target at (least|most) \d/);
      await page.getByTestId('eligibility-fan').waitFor();
      await expect(seriousViolations(page)).resolves.toEqual([]);
      expect(errors).toEqual([]);
      await app.screenshot(page, 'eligibility-en');
      await context.close();

      app.workspace.setPrefs({ language: 'fr', theme: 'dark' });
      const fr = await app.newPage();
      await fr.page.getByTestId('nav-eligibility').click();
      await fr.page
        .getByRole('heading', { name: 'Éligibilité : période d’essai et maintien de Prime', level: 1 })
        .waitFor();
      await fill(
        fr.page,
        {
          start: 'Début de la première semaine (un dimanche)',
          weeks: 'Semaines',
          runs: 'Horizons simulés',
          seed: 'Graine',
        },
        { start: '2026-11-29', weeks: '8', runs: '400', seed: '11' },
      );
      await fr.page.getByRole('button', { name: 'Lancer' }).click();
      await fr.page.getByTestId('eligibility-results').waitFor({ timeout: RUN_TIMEOUT });
      await expect(fr.page.getByTestId('eligibility-revoked').textContent()).resolves.toContain(
        pct(expected.revokedWithin.probability, 'fr'),
      );
      await fr.page.getByRole('heading', { name: 'Voies à l’origine des retards' }).waitFor();
      await expect(seriousViolations(fr.page)).resolves.toEqual([]);
      expect(fr.errors).toEqual([]);
      await app.screenshot(fr.page, 'eligibility-fr');
      await fr.context.close();
      app.workspace.setPrefs({ language: 'en', theme: 'light' });
    },
    TEST_TIMEOUT,
  );
});
