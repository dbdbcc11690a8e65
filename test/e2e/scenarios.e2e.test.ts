import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';

/** What-if scenarios as a shipping manager uses them: copy the live plan, change it, compare. */
describe('Scenarios end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('duplicates, refuses a taken name inline, opens the copy, edits it and compares it with the live plan', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
    await page.getByRole('button', { name: /^Duplicate Sample/ }).click();
    await page.getByTestId('scenario-name').fill('sample — columbus, oh');
    await page.getByTestId('scenario-name-save').click();
    await page.getByText('A scenario named “sample — columbus, oh” already exists.').waitFor();
    expect(app.workspace.listScenarios()).toHaveLength(1);

    await page.getByTestId('scenario-name').fill('Saturday 11:30 cutoff');
    await page.getByTestId('scenario-name-save').click();
    await page.getByRole('cell', { name: 'Saturday 11:30 cutoff' }).waitFor();
    expect(
      app.workspace
        .listScenarios()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Sample — Columbus, OH', 'Saturday 11:30 cutoff']);

    await page.getByRole('button', { name: 'Open Saturday 11:30 cutoff in the planner' }).click();
    await expect.poll(() => page.getByTestId('current-scenario').textContent()).toContain('Saturday 11:30 cutoff');
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('cutoff-sat').fill('11:30');
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    await page.getByTestId('nav-scenarios').click();
    const settingsTable = page.getByTestId('compare-settings');
    await settingsTable.waitFor();
    // The live plan is the baseline (A), the open what-if B: its later cutoff reads 10:30 → 11:30.
    expect(await settingsTable.textContent()).toMatch(/Columbus DC › Order cutoff › Saturday.*10:30.*11:30/);
    await page.getByTestId('compare-metrics').waitFor();
    expect(await page.getByTestId('metric-le2').textContent()).toMatch(/%/);
    await app.screenshot(page, 'scenarios-compare-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the live mark, never deletes the live scenario, deletes the other after confirmation', async () => {
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-scenarios').click();
    const liveDelete = page.getByRole('button', { name: 'Delete Sample — Columbus, OH' });
    expect(await liveDelete.isDisabled()).toBe(true);
    // Reachable by keyboard (Tab from Rename), it says why it does nothing, and Enter deletes nothing.
    await page.getByRole('button', { name: 'Rename Sample — Columbus, OH' }).focus();
    await page.keyboard.press('Tab');
    expect(await liveDelete.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('tooltip', { name: /cannot be deleted: mark another scenario live first/ }).waitFor();
    expect(
      await liveDelete.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toContain('cannot be deleted');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('notice')
      .getByText(/cannot be deleted/)
      .waitFor();
    expect(app.workspace.listScenarios().map((s) => s.name)).toContain('Sample — Columbus, OH');
    // The open scenario (the copy made above) is a what-if, and the header says so and what it means.
    const header = page.getByTestId('scenario-status');
    expect(await header.getAttribute('data-live')).toBe('false');
    expect(await header.textContent()).toContain('What-if');
    expect(await header.textContent()).toContain('the live plan is untouched. ShipWeek sends nothing to Amazon.');
    await app.screenshot(page, 'scenarios-live-delete-en');
    await page.keyboard.press('Escape'); // closes the tooltip, which covers the next row's buttons
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Mark Saturday 11:30 cutoff as live' }).click();
    await expect.poll(() => app.workspace.listScenarios().find((s) => s.isLive)?.name).toBe('Saturday 11:30 cutoff');
    await expect.poll(() => header.getAttribute('data-live')).toBe('true');
    expect(await header.textContent()).toContain('Live plan');
    expect(await header.textContent()).toContain('The plan you run today. ShipWeek sends nothing to Amazon.');
    await page.getByRole('button', { name: 'Delete Sample — Columbus, OH' }).click();
    await page.getByTestId('confirm-delete-scenario').click();
    await expect.poll(() => app.workspace.listScenarios().map((s) => s.name)).toEqual(['Saturday 11:30 cutoff']);
    await page.getByText('Duplicate a scenario to have something to compare.').waitFor();
    await context.close();
  });

  it('reads in French', async () => {
    app.workspace.setPrefs({ language: 'fr' });
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('heading', { name: 'Scénarios' }).waitFor();
    await page.getByText('En service').first().waitFor();
    await app.screenshot(page, 'scenarios-fr');
    await context.close();
    app.workspace.setPrefs({ language: 'en' });
  });
});
