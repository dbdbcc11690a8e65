import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, SCREENSHOT_DIR } from '../support/appHarness';
import { ORDER_REPORT_HEADER, orderLines, shiftedOrderReport } from '../support/shiftedOrderReport';
import { dumpDatabase } from '../support/dbDump';
import { loadGeo } from '../../shared/geo';
import { computePromise } from '../../shared/engine/explainedPromise';
import { formatLocalDateTime, toLocalMinutes } from '../../shared/time/timezone';
import { backtestOrders } from '../../shared/backtest/backtest';
import type { Settings } from '../../shared/domain/settings';
import { gapClass } from '../../renderer/src/features/reports/backtestGap';

const geo = loadGeo();

/**
 * The Backtest view's gap map and the progress + Cancel of long order-report reads, in Chromium.
 * The map's colours are re-derived here from the engine's own backtest of the same report; progress
 * is driven by a pipe whose writer the test controls, so "mid-way" is a fact, not a timing.
 */
describe('Backtest gap map and order-report progress end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  const lines = (text: string) => orderLines(text, geo);

  it('paints each state by its mean gap (ShipWeek − Amazon), as the engine computes it, with the counts behind it', async () => {
    const base: Settings = app.services.scenarios.get(scenarioId()).settings;
    // New York agrees; Amazon promised California two days after ShipWeek, Illinois one day before.
    const shift: Record<string, number> = { '10001': 0, '90001': 2, '60601': -1 };
    const text = shiftedOrderReport(base, geo, shift, 6);
    const report = path.join(app.dataDir, 'orders-gap.txt');
    fs.writeFileSync(report, text);
    const expected = backtestOrders(base, geo, lines(text));
    const expectedByState = new Map(expected.byState.map((g) => [g.key, g]));
    expect(expected.compared).toBe(18);

    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    app.queueOpenPath(report);
    await page.getByTestId('backtest-run').click();
    const map = page.getByTestId('backtest-map');
    await map.waitFor();
    const painted = await map
      .locator('path[data-state]')
      .evaluateAll((paths) =>
        paths.map((p) => [
          p.getAttribute('data-state')!,
          p.getAttribute('data-paint')!,
          p.querySelector('title')?.textContent ?? '',
        ]),
      );
    expect(painted.length).toBeGreaterThanOrEqual(51);
    for (const [state, tag] of painted) {
      const g = expectedByState.get(state!);
      expect(tag, state).toBe(g ? gapClass(g) : 'none');
    }
    // The hand-made shifts, as a user reads them.
    const tagOf = (s: string) => painted.find(([state]) => state === s)?.[1];
    expect([tagOf('NY'), tagOf('CA'), tagOf('IL'), tagOf('TX')]).toEqual(['even', 'earlier2', 'later1', 'none']);
    const caTitle = painted.find(([s]) => s === 'CA')![2]!;
    const ca = expectedByState.get('CA')!;
    expect(caTitle).toBe(
      `California: ${ca.compared} Prime orders compared; agree: ${ca.agree} (0%); ShipWeek earlier: ${ca.earlier}, later: ${ca.later}, no promise: ${ca.unserved}; mean gap in days: -2`,
    );
    expect(painted.find(([s]) => s === 'TX')![2]).toBe('Texas: no Prime order with a promised date in the report');
    await page.getByTestId('backtest-map-section').scrollIntoViewIfNeeded();
    await app.screenshot(page, 'backtest-gap-map');
    await page
      .getByTestId('backtest-map-section')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'backtest-gap-map-detail.png'), animations: 'disabled' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a cancel while the browser is still uploading the report stops the import before it starts: nothing changes', async () => {
    const report = path.join(app.dataDir, 'orders-upload.txt');
    fs.writeFileSync(
      report,
      `${ORDER_REPORT_HEADER}\n113-0000000-0000001\t2026-06-10T15:00:00Z\tStandard\t10001\ttrue\t2026-06-12\n`,
    );
    const before = dumpDatabase(app.opened.db);
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/upload**', async (route) => {
      await released;
      await route.continue();
    });
    app.queueOpenPath(report);
    await page.getByTestId('import-orders').click();
    const progress = page.getByTestId('import-orders-progress');
    await progress.getByText('Waiting for the file…').waitFor();
    await page.getByTestId('import-orders-progress-cancel').click();
    await progress.getByText('Stopping…').waitFor();
    release();
    await page.getByTestId('reports-outcome').getByText('Import cancelled: nothing was changed.').waitFor();
    await progress.waitFor({ state: 'detached' });
    expect(dumpDatabase(app.opened.db)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows how much of a slow report was read, Cancel stops it mid-way with nothing changed, and a completed read imports', async () => {
    const orders = (from: number, count: number) => {
      const out: string[] = [];
      for (let i = from; i < from + count; i++)
        out.push(
          `113-${String(i).padStart(7, '0')}-0000001\t2026-06-10T15:00:00-07:00\tStandard\t${i % 2 ? '10001' : '90001'}\ttrue\t2026-06-12`,
        );
      return out;
    };
    // The first part fits in a pipe's buffer (64 KiB), so writing it never waits for the reader.
    const first = `${[ORDER_REPORT_HEADER, ...orders(0, 500)].join('\n')}\n`;
    const rest = `${orders(500, 20_000).join('\n')}\n`;
    expect(Buffer.byteLength(first)).toBeLessThan(60_000);
    // The Electron shell (its preload against the same handler table): there the open dialog hands main a path, here a
    // pipe.
    const { page, context, errors } = await app.newPage({ shell: 'electron' });
    await page.getByTestId('nav-reports').click();

    const fifo = path.join(app.dataDir, 'orders-slow.fifo');
    execFileSync('mkfifo', [fifo]);
    const before = dumpDatabase(app.opened.db);
    let writer = fs.openSync(fifo, fs.constants.O_RDWR);
    fs.writeSync(writer, first);
    app.queueOpenPath(fifo);
    await page.getByTestId('import-orders').click();
    const progress = page.getByTestId('import-orders-progress');
    await page
      .locator(`[data-testid="import-orders-progress"][data-bytes-read="${Buffer.byteLength(first)}"]`)
      .waitFor();
    expect(await progress.locator('p').first().textContent()).toBe(
      `Reading the order report: ${Math.round(Buffer.byteLength(first) / 1000)} kB so far`,
    );
    await app.screenshot(page, 'order-import-progress');
    await page
      .getByTestId('import-orders')
      .locator('xpath=ancestor::section[1]')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'order-import-progress-detail.png'), animations: 'disabled' });
    await page.getByTestId('import-orders-progress-cancel').click();
    await page.getByTestId('reports-outcome').getByText('Import cancelled: nothing was changed.').waitFor();
    fs.closeSync(writer);
    expect(dumpDatabase(app.opened.db)).toBe(before);

    // Again, and this time the writer sends the rest: the import completes and says what it read.
    writer = fs.openSync(fifo, fs.constants.O_RDWR);
    fs.writeSync(writer, first);
    app.queueOpenPath(fifo);
    await page.getByTestId('import-orders').click();
    await page
      .locator(`[data-testid="import-orders-progress"][data-bytes-read="${Buffer.byteLength(first)}"]`)
      .waitFor();
    // The rest is larger than the pipe's buffer: written from the thread pool while main reads it.
    const written = new Promise<void>((resolve, reject) =>
      fs.write(writer, rest, (error) => (fs.closeSync(writer), error ? reject(error) : resolve())),
    );
    await page
      .getByTestId('reports-outcome')
      .getByText(/^Amazon order report read: 20,500 rows, 20,500 orders, 20,500 Prime orders, 0 rows skipped\./)
      .waitFor();
    await written;
    expect(app.services.scenarios.get(scenarioId()).settings.destinationWeights).toEqual({
      source: 'custom',
      byZip: { '10001': 10_250, '90001': 10_250 },
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a USPS service standards file and UPS Time in Transit responses as transit times, saying what changed; a bad file names its row and field', async () => {
    const fixtures = path.resolve(__dirname, '../fixtures/transit');
    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const before = app.services.scenarios.get(scenarioId()).settings.transitOverrides.length;
    app.queueOpenPath(path.join(fixtures, 'usps-service-standards.txt'));
    await page.getByTestId('import-usps').click();
    const outcome = page.getByTestId('reports-outcome');
    await outcome
      .getByText(/^USPS service standards of this plan’s origin imported as transit times \(5 by ZIP3, 0 by ZIP5\)/)
      .waitFor();
    expect(await outcome.textContent()).toContain(
      'Not imported (ShipWeek does not model them): First-Class Mail (1), USPS Marketing Mail (1).',
    );
    expect(app.services.scenarios.get(scenarioId()).settings.transitOverrides).toContainEqual({
      serviceId: 'usps-priority-mail',
      dest: '900',
      businessDays: 3,
    });

    const bad = path.join(app.dataDir, 'ssd-bad.txt');
    fs.writeFileSync(bad, 'ORIGIN_ZIP3|DEST_ZIP3|MAIL_CLASS|SERVICE_STANDARD\n432|900|Priority Mail|99\n');
    const dump = dumpDatabase(app.opened.db);
    app.queueOpenPath(bad);
    await page.getByTestId('import-usps').click();
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-error').allTextContents()).toEqual([
      'Row 2, SERVICE_STANDARD: 99 is not a whole number of days between 0 and 15',
    ]);
    expect(dumpDatabase(app.opened.db)).toBe(dump);

    app.queueOpenPath(path.join(fixtures, 'ups-time-in-transit.json'));
    await page.getByTestId('import-ups').click();
    await outcome
      .getByText(/^UPS Time in Transit imported as transit times by ZIP5 \(6; they apply to single promises/)
      .waitFor();
    expect(app.services.scenarios.get(scenarioId()).settings.transitOverrides.length).toBe(before + 11);
    await page.getByTestId('import-ups').locator('xpath=ancestor::section[1]').scrollIntoViewIfNeeded();
    await page
      .getByTestId('reports-outcome')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'carrier-transit-import.png'), animations: 'disabled' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('judges a period’s orders with the scenario the user says was in force then, and names it', async () => {
    const base: Settings = app.services.scenarios.get(scenarioId()).settings;
    const probe = computePromise(base, geo, { at: '2026-06-10T10:00', to: '90001' });
    if (!probe.ok) throw new Error('no promise to 90001');
    // June's plan promised ZIP3 900 one transit day sooner; Amazon's June dates are that plan's.
    const june = {
      ...base,
      transitOverrides: [
        ...base.transitOverrides.filter((o) => !(o.serviceId === probe.service.serviceId && o.dest === '900')),
        { serviceId: probe.service.serviceId, dest: '900', businessDays: probe.transitDays - 1 },
      ],
    };
    app.services.scenarios.createFromSettings('June plan', june);
    const rows = [ORDER_REPORT_HEADER];
    for (let i = 0; i < 6; i++) {
      const purchase = Date.UTC(2026, 5, 8 + i, 16, 0) / 60000;
      const r = computePromise(june, geo, {
        at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf('90001')!, purchase)),
        to: '90001',
      });
      if (!r.ok) throw new Error('no promise');
      rows.push(
        [
          `114-0000000-${String(i).padStart(7, '0')}`,
          `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
          'Standard',
          '90001',
          'true',
          r.deliveryDate,
        ].join('\t'),
      );
    }
    const report = path.join(app.dataDir, 'orders-june.txt');
    fs.writeFileSync(report, `${rows.join('\n')}\n`);
    const inForce = backtestOrders(base, geo, lines(fs.readFileSync(report, 'utf8')), {
      plansInForce: [{ name: 'June plan', from: '2026-06-01', to: '2026-06-30', settings: june }],
    });
    expect([inForce.compared, inForce.agree]).toEqual([6, 6]);

    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('backtest-plan-add').click();
    const row = page.getByTestId('backtest-plan-row');
    await row.getByLabel('From').fill('2026-06-01');
    await row.getByLabel('To (included)').fill('2026-06-30');
    app.queueOpenPath(report);
    await page.getByTestId('backtest-run').click();
    await page
      .getByTestId('backtest-by-plan')
      .getByText('Judged with: this scenario, 0 of 0 agree; June plan, 6 of 6 agree.')
      .waitFor();
    expect(await page.getByTestId('backtest-summary').textContent()).toContain(
      '6 of 6 Prime orders (100%) get the date Amazon promised.',
    );
    await page
      .getByTestId('backtest-panel')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'backtest-plan-in-force.png'), animations: 'disabled' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
