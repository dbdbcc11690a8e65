import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';

/**
 * axe-core over the parts this test is about (the help buttons and their popovers, the warehouse
 * dialog with its time-zone list): the serious and critical violations, one line each. Whole pages are
 * measured by accessibility.e2e.test.ts.
 */
async function seriousViolations(page: Page, parts: string[]): Promise<string[]> {
  await page.waitForTimeout(300);
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  for (const part of parts) builder = builder.include(part);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
}

/** A screenshot of the part of the window around an element (with some of what is next to it), to look at. */
async function shotAround(page: Page, selector: string, name: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await page.locator(selector).first().boundingBox())!;
  const x = Math.max(0, box.x - 320);
  const y = Math.max(0, box.y - 200);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    clip: { x, y, width: Math.min(1280 - x, box.width + 640), height: box.height + 400 },
  });
}

/** Presses Tab until the element with this test id has the focus; fails after `limit` presses. */
async function tabTo(page: Page, testId: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(
      () =>
        `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('aria-label') ?? ''}`,
    );
    if (at.endsWith(` ${testId}`)) return presses;
    if (process.env.SHIPWEEK_DEBUG_TAB) console.log(presses, at);
  }
  throw new Error(`${testId} was not reached with ${limit} presses of Tab`);
}

/**
 * Words a manager understands: every ⓘ help button is reached with Tab, opens with Enter, reads in
 * English and French, closes with Esc back onto the button; the warehouse time zone is a searchable
 * list ("los" → Pacific Time (Los Angeles)) that stores the IANA id; the ZIP hints name the city.
 * axe-core finds 0 serious or critical violations with the help open and with the list open.
 */
describe('Help texts, the time-zone picker and ZIP hints', { timeout: 180_000 }, () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sid = () => app.workspace.getPrefs().currentScenarioId!;

  /** A page for one test, closed however the test ends (a page left open would hold the next test up). */
  async function withPage(
    options: { locale?: string },
    run: (page: Page, errors: string[]) => Promise<void>,
  ): Promise<void> {
    const { page, context, errors } = await app.newPage(options);
    try {
      await run(page, errors);
    } catch (e) {
      if (process.env.SHIPWEEK_DEBUG_TAB) await page.screenshot({ path: `/tmp/sw11/fail-${Date.now()}.png` });
      throw e;
    } finally {
      await context.close();
    }
  }

  /** Opens the help with the keyboard, checks its name and text, closes it with Esc. */
  async function readHelp(page: Page, term: string, name: string, text: RegExp, shot?: string): Promise<string[]> {
    // Focus whatever comes just before the button in the page's tab order, then reach the button with
    // one press of Tab: it is in the tab order, in its reading place.
    await page.evaluate((id) => {
      const tabbable = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
      ].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
      const at = tabbable.findIndex((el) => el.getAttribute('data-testid') === id);
      tabbable[at - 1]!.focus();
    }, `help-${term}`);
    await tabTo(page, `help-${term}`, 1);
    const button = page.getByTestId(`help-${term}`);
    expect(await button.getAttribute('aria-label')).toBe(name);
    await page.keyboard.press('Enter');
    const popup = page.getByTestId(`help-text-${term}`);
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(text);
    expect(await page.getByRole('dialog', { name: (await popup.locator('h2').textContent()) ?? '' }).count()).toBe(1);
    const problems = await seriousViolations(page, ['[data-testid^="help-"]', `[data-testid="help-text-${term}"]`]);
    if (shot) await shotAround(page, `[data-testid="help-text-${term}"]`, shot);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    // Focus goes back where the user was.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`help-${term}`);
    return problems;
  }

  it('explains the Prime switch, zone cap and special plan on the Weekly schedule, by keyboard', async () => {
    await withPage({}, async (page, errors) => {
      await page.getByTestId('nav-schedule').click();
      await page.getByTestId('services-help').waitFor();
      const problems = [
        ...(await readHelp(
          page,
          'primeSwitch',
          'What is “Prime switch”?',
          /no Prime promise uses it.*nothing is sent to Amazon/s,
          'help-prime-switch-en',
        )),
        ...(await readHelp(
          page,
          'zoneCap',
          'What is “Zone cap”?',
          /zone 1 is within about 50 miles, zone 8 more than 1,800 miles/,
        )),
        ...(await readHelp(
          page,
          'specialPlan',
          'What is “Special operating plan”?',
          /“Limited”.*outside Buy Shipping and exempt from its requirement/s,
        )),
      ];
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('explains "outside Buy Shipping" and the engine time on the Simulation page', async () => {
    await withPage({}, async (page, errors) => {
      await page.getByTestId('nav-simulation').click();
      await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
      const problems = [
        ...(await readHelp(page, 'engineTime', 'What is “Engine time”?', /not a figure Amazon looks at/)),
        ...(await readHelp(
          page,
          'outsideBuyShipping',
          'What is “Outside Buy Shipping”?',
          /at least 99 % of your Prime orders.*97 % on time/s,
          'help-outside-buy-shipping-en',
        )),
      ];
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('reads the help in French', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    try {
      await withPage({ locale: 'fr-FR' }, async (page, errors) => {
        await page.getByTestId('nav-simulation').click();
        await page.locator('[data-testid="simulation-status"][data-state="ready"]').waitFor();
        const problems = await readHelp(
          page,
          'outsideBuyShipping',
          'Que veut dire « Hors Achat de l’affranchissement » ?',
          /au moins 99 % de vos commandes Prime/,
          'help-outside-buy-shipping-fr',
        );
        await page.getByTestId('nav-schedule').click();
        await page.getByTestId('services-help').waitFor();
        problems.push(
          ...(await readHelp(
            page,
            'zoneCap',
            'Que veut dire « Limite de zone » ?',
            /la zone 1 est à moins d’environ 80 km/,
            'help-zone-cap-fr',
          )),
        );
        await page.getByTestId('nav-warehouses').click();
        problems.push(
          ...(await readHelp(
            page,
            'timeZone',
            'Que veut dire « Fuseau horaire » ?',
            /America\/Los_Angeles pour l’heure du Pacifique/,
          )),
        );
        expect(await page.getByTestId('warehouse-row').first().textContent()).toContain('Heure de l’Est (New York)');
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      });
    } finally {
      app.workspace.setPrefs({ language: 'en' });
    }
  });

  it('picks the time zone from a searchable list: "los" → Pacific Time (Los Angeles), saved as its IANA id, shown again after a reload', async () => {
    await withPage({}, async (page, errors) => {
      // The sample warehouse is in Columbus, OH (Eastern Time); the user moves its clock to Pacific.
      await page.getByRole('button', { name: 'Edit Columbus DC' }).click();
      const tz = page.getByTestId('warehouse-tz');
      expect(await tz.inputValue()).toBe('Eastern Time (New York)');
      // The ZIP hint names the city, not only the state.
      await page.getByText('Columbus, OH · Eastern Time (New York)').waitFor();
      await tz.click();
      await tz.fill('los');
      const option = page.getByRole('option', { name: /^Pacific Time \(Los Angeles\)/ });
      await option.waitFor();
      // Only what matches is listed; the IANA id is shown under each name.
      expect(await page.getByRole('option').count()).toBeLessThan(10);
      expect(await option.textContent()).toContain('America/Los_Angeles');
      expect(await seriousViolations(page, ['[role="dialog"]', '[role="listbox"]'])).toEqual([]);
      await app.screenshot(page, 'timezone-picker-search-en');
      await option.click();
      expect(await tz.inputValue()).toBe('Pacific Time (Los Angeles)');
      await page.getByText('Saved as America/Los_Angeles.', { exact: false }).waitFor();
      await page.getByTestId('warehouse-save').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect
        .poll(() => app.services.scenarios.get(sid()).settings.warehouses[0]!.timeZone)
        .toBe('America/Los_Angeles');
      expect(errors).toEqual([]);
    });

    await withPage({}, async (page, errors) => {
      const again = { page };
      const row = again.page.getByTestId('warehouse-row').first();
      await row.getByText('Pacific Time (Los Angeles)').waitFor();
      expect(await row.textContent()).toContain('America/Los_Angeles');
      await again.page.getByRole('button', { name: 'Edit Columbus DC' }).click();
      expect(await again.page.getByTestId('warehouse-tz').inputValue()).toBe('Pacific Time (Los Angeles)');
      await app.screenshot(again.page, 'timezone-picker-saved-en');
      expect(await seriousViolations(again.page, ['[role="dialog"]'])).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('finds a zone by keyboard only, and a city typed in French', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    try {
      await withPage({ locale: 'fr-FR' }, async (page, errors) => {
        await page.getByTestId('warehouse-add').click();
        await page.getByTestId('warehouse-name').fill('Entrepôt Denver');
        await page.getByTestId('warehouse-zip').fill('80216');
        await page.getByText('Denver, CO · Heure des Rocheuses (Denver)').waitFor();
        const tz = page.getByTestId('warehouse-tz');
        await expect.poll(() => tz.inputValue()).toBe('Heure des Rocheuses (Denver)');
        await tz.focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('pacifique');
        await page.getByRole('option', { name: /^Heure du Pacifique \(Los Angeles\)/ }).waitFor();
        await page.keyboard.press('Enter');
        expect(await tz.inputValue()).toBe('Heure du Pacifique (Los Angeles)');
        await app.screenshot(page, 'timezone-picker-fr');
        await page.keyboard.press('Escape');
        expect(errors).toEqual([]);
      });
    } finally {
      app.workspace.setPrefs({ language: 'en' });
    }
  });

  it('names the city of a destination ZIP and of a ZIP3 prefix in Explain this promise', async () => {
    await withPage({}, async (page, errors) => {
      await page.getByTestId('nav-simulation').click();
      const zip = page.getByTestId('explain-zip');
      await zip.fill('94103');
      await page.getByText('San Francisco, CA', { exact: true }).waitFor();
      await zip.fill('100');
      await page.getByText('ZIP3 100 · around New York, NY').waitFor();
      await shotAround(page, '[data-testid="explain-zip"]', 'explain-zip-hint-en');
      expect(errors).toEqual([]);
    });
  });
});
