import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';

/**
 * A new user's first minutes, in real Chromium over the real services and a real SQLite file:
 * the sample opens, a warehouse is added and survives a restart, bad input is refused inline
 * without writing anything, French can be chosen and is remembered.
 */
describe('Warehouses end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  it('opens on the sample workspace and says it was created', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByRole('heading', { name: 'Warehouses' }).waitFor();
    await expect(page.getByTestId('startup-notice').textContent()).resolves.toContain('sample workspace');
    const rows = page.getByTestId('warehouse-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('43215');
    expect(await page.getByTestId('current-scenario').textContent()).toContain('Columbus');
    await app.screenshot(page, 'warehouses-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a warehouse with the time zone filled in from its ZIP, and it survives a restart', async () => {
    const { page, context } = await app.newPage();
    await page.getByTestId('warehouse-add').click();
    await page.getByTestId('warehouse-name').fill('Reno West');
    await page.getByTestId('warehouse-zip').fill('89502');
    await expect.poll(() => page.getByTestId('warehouse-tz').inputValue()).toBe('Pacific Time (Los Angeles)');
    await app.screenshot(page, 'warehouse-dialog-en');
    await page.getByTestId('warehouse-save').click();
    await page.getByRole('cell', { name: 'Reno West' }).waitFor();
    await context.close();

    app.restartServices();
    const stored = app.workspace.listWarehouses(scenarioId());
    expect(stored.map((w) => w.name)).toEqual(['Columbus DC', 'Reno West']);
    expect(stored[1]!.timeZone).toBe('America/Los_Angeles');

    const again = await app.newPage();
    await again.page.getByRole('cell', { name: 'Reno West' }).waitFor();
    expect(await again.page.getByTestId('warehouse-row').count()).toBe(2);
    await again.context.close();
  });

  it('refuses an unknown ZIP, a malformed ZIP, an empty and a duplicate name inline, writing nothing', async () => {
    const before = JSON.stringify(app.workspace.listWarehouses(scenarioId()));
    const { page, context } = await app.newPage();
    await page.getByTestId('warehouse-add').click();
    await page.getByTestId('warehouse-zip').fill('00000');
    await page.getByText('ZIP code 00000 does not exist.').waitFor();
    await page.getByTestId('warehouse-save').click();
    await page.getByText('Enter a name for the warehouse.').waitFor();

    await page.getByTestId('warehouse-zip').fill('4321');
    await page.getByTestId('warehouse-name').fill('columbus dc');
    await page.getByTestId('warehouse-save').click();
    await page.getByText('A US ZIP code has exactly 5 digits.').waitFor();

    await page.getByTestId('warehouse-zip').fill('43004');
    await page.getByTestId('warehouse-save').click();
    await page.getByText('A warehouse named “columbus dc” already exists in this scenario.').waitFor();
    await app.screenshot(page, 'warehouse-dialog-errors-en');
    await context.close();
    expect(JSON.stringify(app.workspace.listWarehouses(scenarioId()))).toBe(before);
  });

  it('deletes a warehouse only after confirmation', async () => {
    const { page, context } = await app.newPage();
    await page.getByRole('button', { name: 'Delete Reno West' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(app.workspace.listWarehouses(scenarioId())).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete Reno West' }).click();
    await page.getByTestId('confirm-delete').click();
    await page.getByText('Warehouse “Reno West” deleted.').waitFor();
    expect(app.workspace.listWarehouses(scenarioId()).map((w) => w.name)).toEqual(['Columbus DC']);
    await context.close();
  });

  it('switches to French, changes every label, and remembers it after a restart', async () => {
    const { page, context } = await app.newPage();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').click();
    await page.getByTestId('language-fr').click();
    await page.getByRole('heading', { name: 'Paramètres' }).waitFor();
    await expect.poll(() => page.getByTestId('nav-warehouses').textContent()).toBe('Entrepôts');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await app.screenshot(page, 'settings-fr');
    await context.close();

    app.restartServices();
    expect(app.workspace.getPrefs().language).toBe('fr');
    const again = await app.newPage();
    await again.page.getByRole('heading', { name: 'Entrepôts' }).waitFor();
    expect(await again.page.getByRole('columnheader', { name: 'Fuseau horaire' }).count()).toBe(1);
    await app.screenshot(again.page, 'warehouses-fr');
    await again.page.getByTestId('warehouse-add').click();
    await again.page.getByRole('dialog').getByText('Ajouter un entrepôt').waitFor();
    await app.screenshot(again.page, 'warehouse-dialog-fr');
    await again.context.close();
  });

  it('renders the dark theme', async () => {
    app.workspace.setPrefs({ theme: 'dark', language: 'en' });
    const { page, context } = await app.newPage();
    await page.getByRole('heading', { name: 'Warehouses' }).waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
    await app.screenshot(page, 'warehouses-dark-en');
    await context.close();
  });
});

describe('A damaged workspace at start', () => {
  it('is quarantined, the last backup restored, and the user told so on screen', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { openWorkspace } = await import('../../electron/main/db/workspace');
    const { seedSampleWorkspace } = await import('../../electron/main/services/workspaceService');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-e2e-damaged-'));
    openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, new Date()) }).db.close();
    const file = path.join(dataDir, 'workspace.sqlite');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, 0);
    fs.closeSync(fd);

    const app = await AppHarness.start({ dataDir });
    try {
      expect(app.opened.report.status).toBe('restored');
      const { page, context } = await app.newPage();
      const notice = page.getByTestId('startup-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/damaged.*moved to .*quarantine.*last good backup/);
      // The notice holds one Alert per message since start-up faults got their own; the restore is a warning.
      expect(await notice.getByRole('alert').count()).toBe(1);
      expect(await page.getByTestId('warehouse-row').count()).toBe(1);
      await app.screenshot(page, 'startup-restored-en');
      await context.close();
    } finally {
      await app.stop();
    }
  });
});
