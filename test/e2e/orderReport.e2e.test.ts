import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { dumpDatabase } from '../support/dbDump';

/**
 * The Reports page's "Import Amazon order report": a Seller Central flat file becomes the scenario's
 * destination weights (Prime orders per ZIP), what was read is said in plain words, and a file that is
 * not an order report is refused with the columns found and the database unchanged.
 */
describe('Amazon order report import end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  it('imports the Prime orders per ZIP as destination weights and says what it read', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const report = path.join(app.dataDir, 'orders.txt');
    fs.writeFileSync(
      report,
      [
        'amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tis-prime\tpromise-date',
        '113-0000000-0000001\t2026-06-10T15:00:00-07:00\tStandard\t90001\ttrue\t2026-06-15',
        '113-0000000-0000001\t2026-06-10T15:00:00-07:00\tStandard\t90001\ttrue\t2026-06-15',
        '113-0000000-0000002\t2026-06-10 16:00:00\tStandard\t94103\ttrue\t2026-06-15',
        '113-0000000-0000003\t2026-06-11T09:00:00-07:00\tStandard\t10001\tfalse\t2026-06-13',
        '113-0000000-0000004\t2026-06-11T09:00:00-07:00\tStandard\t00000\ttrue\t2026-06-13',
      ].join('\n'),
    );
    app.queueOpenPath(report);
    await page.getByTestId('import-orders').click();
    await page
      .getByTestId('reports-outcome')
      .getByText(
        'Amazon order report read: 5 rows, 3 orders, 2 Prime orders, 1 row skipped. Destination weights now follow the Prime orders in 2 ZIP codes. Date-times without an offset (1) were read in America/Los_Angeles (an assumption: the marketplace’s zone).',
      )
      .waitFor();
    expect(app.services.scenarios.get(scenarioId()).settings.destinationWeights).toEqual({
      source: 'custom',
      byZip: { '90001': 1, '94103': 1 },
    });
    await page.locator('[data-testid="weights-source"][data-source="custom"]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a file that is not an order report, naming the columns, and changes nothing', async () => {
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const bad = path.join(app.dataDir, 'not-orders.csv');
    fs.writeFileSync(bad, 'zip,weight\n10001,3\n');
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(bad);
    await page.getByTestId('import-orders').click();
    const box = page.getByTestId('import-errors');
    await box.waitFor();
    expect(await box.textContent()).toContain(
      'not-orders.csv is not a usable Amazon order report (1 problem). Nothing was imported.',
    );
    expect((await page.getByTestId('import-error').allTextContents()).join('\n')).toContain(
      'not an Amazon order report: the header needs amazon-order-id (or order-id), purchase-date, ship-postal-code; it has "zip", "weight"',
    );
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
