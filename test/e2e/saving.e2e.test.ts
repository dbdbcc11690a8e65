import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppHarness } from '../support/appHarness';

/**
 * Nothing the user typed is lost and nothing they did not ask for is written, whatever they do
 * next: switch scenario, add a warehouse, undo, press Ctrl+Z in a dialog, or use the native menu.
 */
describe('Saving and undo across the app', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const sid = () => app.workspace.getPrefs().currentScenarioId!;
  const saved = () => app.services.scenarios.get(sid()).settings;
  const state = (page: Page) => page.getByTestId('save-status').getAttribute('data-state');

  /** Another writer changes the scenario behind the screen's back, so the next autosave is refused. */
  function changeBehindTheScreen() {
    const doc = app.services.scenarios.get(sid());
    const other = structuredClone(doc.settings);
    other.warehouses[0]!.cutoffs.wed = '15:00';
    app.services.scenarios.save(sid(), doc.revision, other);
  }

  it('a refused edit survives an attempt to open another scenario, and is saved by Retry', async () => {
    const other = app.services.scenarios.duplicate(sid(), 'Other plan');
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    changeBehindTheScreen();
    await page.getByTestId('cutoff-tue').fill('16:45');
    await expect.poll(() => state(page)).toBe('error');

    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('button', { name: `Open ${other.name} in the planner` }).click();
    await page.getByText(/not saved yet, so nothing else was done/).waitFor();
    expect(await page.getByTestId('current-scenario').textContent()).not.toContain('Other plan');
    await page.getByTestId('nav-schedule').click();
    expect(await page.getByTestId('cutoff-tue').inputValue()).toBe('16:45');

    await page.getByTestId('save-retry').click();
    await expect.poll(() => state(page)).toBe('saved');
    expect(saved().warehouses[0]!.cutoffs.tue).toBe('16:45');
    await context.close();
  });

  it('undo after adding a warehouse never deletes it, and the Warehouses page follows the schedule', async () => {
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('cutoff-mon').fill('15:15');
    await expect.poll(() => state(page)).toBe('saved');

    await page.getByTestId('nav-warehouses').click();
    await page.getByTestId('warehouse-add').click();
    await page.getByTestId('warehouse-name').fill('Reno DC');
    await page.getByTestId('warehouse-zip').fill('89502');
    await expect.poll(() => page.getByTestId('warehouse-tz').inputValue()).toBe('Pacific Time (Los Angeles)');
    await page.getByTestId('warehouse-save').click();
    await page.getByRole('cell', { name: 'Reno DC' }).waitFor();

    // The undo history ended at the warehouse write: Undo has nothing older to write back.
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(600);
    expect(saved().warehouses.map((w) => w.name)).toEqual(['Columbus DC', 'Reno DC']);

    await page.getByTestId('nav-schedule').click();
    await page.getByRole('checkbox', { name: 'Ships orders on Saturday' }).first().click();
    await expect.poll(() => state(page)).toBe('saved');
    await page.getByTestId('nav-warehouses').click();
    expect(await page.getByTestId('warehouse-row').first().textContent()).not.toContain('Sat');
    await context.close();
  });

  it('Ctrl+Z does nothing to the plan while a dialog is open', async () => {
    const { page, context } = await app.newPage();
    const before = JSON.stringify(saved());
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('cutoff-fri').fill('15:00');
    await expect.poll(() => state(page)).toBe('saved');
    await page.getByTestId('nav-warehouses').click();
    await page.getByTestId('warehouse-add').click();
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(600);
    expect(saved().warehouses[0]!.cutoffs.fri).toBe('15:00');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => saved().warehouses[0]!.cutoffs.fri).toBe(JSON.parse(before).warehouses[0].cutoffs.fri);
    await page.getByText('Last edit undone.').waitFor();
    await context.close();
  });

  it('native menu (through the Electron preload): Save now, Undo, and Import settings run like the screens, and the new scenario shows at once', async () => {
    const { page, context } = await app.newPage({ shell: 'electron' });
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('cutoff-thu').fill('16:10');
    await app.menuCommand(page, 'save');
    await expect.poll(() => saved().warehouses[0]!.cutoffs.thu).toBe('16:10');
    await app.menuCommand(page, 'undo');
    await expect.poll(() => saved().warehouses[0]!.cutoffs.thu).not.toBe('16:10');

    const file = path.join(app.dataDir, 'to-import.json');
    fs.writeFileSync(file, JSON.stringify({ ...saved(), name: 'Imported from the menu' }));
    app.queueOpenPath(file);
    await app.menuCommand(page, 'importSettings');
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    await page.getByText('Imported as the new scenario “Imported from the menu”.').waitFor();
    await page.getByTestId('nav-scenarios').click();
    await page.getByRole('cell', { name: 'Imported from the menu' }).waitFor();
    await context.close();
  });
});
