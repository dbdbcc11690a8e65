import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { dumpDatabase } from '../support/dbDump';
import { sampleSettings } from '../../shared/catalog/sample';

/**
 * A refused import as a manager reads it: each problem in plain words first ("Row 4, weight: "-2" is
 * negative…"), the technical place (`rows[3].weight`, a settings file's JSON path) folded under
 * Details and shown only when asked; nothing changed in the workspace.
 */
describe('import errors: plain words first, details on demand', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a bad weights CSV: the plain line, then its cell path folded', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const csv = path.join(app.dataDir, 'plain-weights.csv');
    fs.writeFileSync(csv, 'zip,weight\n900,10\n432,-2\n');
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(csv);
    await page.getByTestId('import-weights').click();
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-error').allTextContents()).toEqual([
      'Row 3, weight: "-2" is negative; a weight is 0 or more',
    ]);
    const details = page.getByTestId('import-error-details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.locator('code').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('code').isVisible()).toBe(true);
    expect(await details.locator('code').textContent()).toBe('plain-weights.csv · rows[2].weight');
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a bad settings file: the reason without the JSON path, the path under Details', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const s = sampleSettings();
    const json = path.join(app.dataDir, 'plain-settings.json');
    fs.writeFileSync(
      json,
      JSON.stringify({ ...s, name: 'Bad ZIP', warehouses: [{ ...s.warehouses[0]!, zip: '99999' }] }),
    );
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(json);
    await page.getByTestId('import-settings').click();
    await page.getByTestId('import-errors').waitFor();
    const lines = await page.getByTestId('import-error').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    // The plain line does not start with the technical path; the folded details carry it.
    expect(lines[0]).not.toMatch(/^warehouses\[0\]/);
    const detail = page.getByTestId('import-error-details').first();
    await detail.waitFor();
    await detail.locator('summary').click();
    expect(await detail.locator('code').textContent()).toContain('warehouses[0].zip');
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
