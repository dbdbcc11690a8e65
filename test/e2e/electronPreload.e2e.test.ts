import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';

/**
 * The desktop app's door, proven against the same built renderer the browser shell serves: the built
 * Electron preload (out/preload/index.cjs) runs in the page with a stand-in for `electron`, and its
 * ipcRenderer reaches the same handler table after main's sender check. The window.api it exposes has
 * exactly two members, refuses channels outside the contract before anything leaves the page, and
 * passes only the native menu's known commands on to the app.
 */
describe('Electron preload contract', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('exposes exactly invoke and onMenuCommand, read-only, and the browser adapter leaves it alone', async () => {
    const { page, context, errors } = await app.newPage({ shell: 'electron' });
    await page.getByRole('cell', { name: 'Columbus DC' }).waitFor();
    const shape = await page.evaluate(() => {
      const d = Object.getOwnPropertyDescriptor(window, 'api')!;
      const api = window.api as unknown as Record<string, unknown>;
      return {
        keys: Object.keys(api).sort(),
        types: Object.values(api).map((v) => typeof v),
        writable: d.writable,
        configurable: d.configurable,
        frozen: Object.isFrozen(api),
      };
    });
    expect(shape).toEqual({
      keys: ['invoke', 'onMenuCommand'],
      types: ['function', 'function'],
      writable: false,
      configurable: false,
      frozen: true,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a channel outside the contract in the preload itself, and carries contract calls to main', async () => {
    const { page, context } = await app.newPage({ shell: 'electron' });
    await page.getByRole('cell', { name: 'Columbus DC' }).waitFor();
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __shipweekPreloadCalls: number };
      const before = w.__shipweekPreloadCalls;
      const refused = await window.api!.invoke('shell:openExternal', { url: 'https://example.com' });
      const afterRefusal = w.__shipweekPreloadCalls;
      const prefs = await window.api!.invoke('prefs:get', {});
      return {
        refused,
        sentForRefused: afterRefusal - before,
        sentForPrefs: w.__shipweekPreloadCalls - afterRefusal,
        prefs,
      };
    });
    expect(result.refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(result.sentForRefused).toBe(0);
    expect(result.sentForPrefs).toBe(1);
    expect(result.prefs).toMatchObject({ ok: true, value: { language: 'en' } });
    await context.close();
  });

  it('runs the native menu’s commands like the screens and ignores any other message', async () => {
    const { page, context, errors } = await app.newPage({ shell: 'electron' });
    await page.getByRole('cell', { name: 'Columbus DC' }).waitFor();
    await app.menuCommand(page, 'deleteEverything');
    await app.menuCommand(page, 'exportScenario');
    await page.waitForTimeout(300);
    expect(await page.getByRole('heading', { name: 'Warehouses', level: 1 }).count()).toBe(1);
    const before = app.savedPaths.length;
    await app.menuCommand(page, 'exportScenarioJson');
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page
      .getByTestId('reports-outcome')
      .getByText(/Saved to .*settings.*\.json/)
      .waitFor();
    expect(app.savedPaths.length).toBe(before + 1);
    expect(JSON.parse(fs.readFileSync(app.savedPaths.at(-1)!, 'utf8')).formatVersion).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
