import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/appHarness';
import { dumpDatabase } from '../support/dbDump';
import { loadGeo } from '../../shared/geo';
import { computePromise } from '../../shared/engine/explainedPromise';
import { formatLocalDateTime, toLocalMinutes } from '../../shared/time/timezone';
import { applyTransitSuggestions, backtestOrders } from '../../shared/backtest/backtest';
import { readOrderReport, type OrderLine } from '../../shared/orders/orderReport';
import type { Settings } from '../../shared/domain/settings';

const geo = loadGeo();
const ZIPS = ['10001', '60601', '98101', '30303', '75201', '90001', '90011', '90210', '90001', '90011'];

/**
 * The Backtest view on the Reports page: an order report whose promises come from a plan where the
 * fastest service to ZIP3 900 is one day quicker than in the open scenario. The view shows the
 * agreement, the states that differ, the orders that differ with ShipWeek's reasoning, and suggests the
 * transit time that closes the gap; "Try them in a new scenario" creates a scenario that — backtested
 * again by the engine here, not by the page — agrees on every order. Nothing in the open scenario changes.
 */
describe('Backtest view end to end', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await AppHarness.start();
  });
  afterAll(async () => {
    await app?.stop();
  });
  const scenarioId = () => app.workspace.getPrefs().currentScenarioId!;

  function lines(text: string): OrderLine[] {
    const out: OrderLine[] = [];
    const gen = readOrderReport([text], { geo });
    for (let n = gen.next(); !n.done; n = gen.next()) out.push(n.value);
    return out;
  }

  it('shows the gap, explains the orders, and its suggestion closes the gap in a new scenario', async () => {
    const base: Settings = app.services.scenarios.get(scenarioId()).settings;
    const probe = computePromise(base, geo, { at: '2026-06-10T10:00', to: '90001' });
    if (!probe.ok) throw new Error('no promise to 90001');
    const truth = applyTransitSuggestions(base, [
      { serviceId: probe.service.serviceId, dest: '900', businessDays: probe.transitDays - 1 },
    ]);
    const rows = ['amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tis-prime\tpromise-date'];
    for (let i = 0; i < 40; i++) {
      const zip = ZIPS[i % ZIPS.length]!;
      const purchase = Date.UTC(2026, 5, 8 + (i % 10), 13 + (i % 3), 5 * i) / 60000;
      const r = computePromise(truth, geo, {
        at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(zip)!, purchase)),
        to: zip,
      });
      if (!r.ok) throw new Error(`no promise to ${zip}`);
      rows.push(
        [
          `113-0000000-${String(i).padStart(7, '0')}`,
          `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
          'Standard',
          zip,
          'true',
          r.deliveryDate,
        ].join('\t'),
      );
    }
    const text = `${rows.join('\n')}\n`;
    const report = path.join(app.dataDir, 'orders-backtest.txt');
    fs.writeFileSync(report, text);
    // What the engine says, independently of the page.
    const expected = backtestOrders(base, geo, lines(text));
    const to900 = rows.filter((r) => /\t900\d\d\t/.test(r)).length;
    expect(expected.compared - expected.agree).toBe(to900);

    const { page, context, errors } = await app.newPage();
    await page.getByTestId('nav-reports').click();
    const before = dumpDatabase(app.opened.db);
    app.queueOpenPath(report);
    await page.getByTestId('backtest-run').click();
    const summary = page.getByTestId('backtest-summary');
    await summary.waitFor();
    const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
      expected.agreeShare,
    );
    expect(await summary.textContent()).toBe(
      `${expected.agree} of 40 Prime orders (${share}) get the date Amazon promised. ShipWeek earlier: ${expected.earlier}, later: ${expected.later}, no promise: 0.`,
    );
    expect(dumpDatabase(app.opened.db), 'a backtest writes nothing').toBe(before);
    expect(
      await page.getByTestId('backtest-states').locator('tbody tr').first().locator('td').first().textContent(),
    ).toBe('CA');
    const worstIds = await page
      .getByTestId('backtest-worst-order')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-order-id')));
    expect(worstIds.sort()).toEqual(expected.worst.map((w) => w.orderId).sort());
    expect(await page.getByTestId('backtest-worst-order').first().locator('ol li').count()).toBeGreaterThan(3);
    const suggestion = page.getByTestId('backtest-suggestion');
    expect(await suggestion.count()).toBe(1);
    expect(await suggestion.textContent()).toContain(
      `to ZIP3 900: ${probe.transitDays} → ${probe.transitDays - 1} business days (${to900} orders; agree now 0, with it ${to900})`,
    );
    await app.screenshot(page, 'reports-backtest-en');

    await page.getByTestId('backtest-apply').click();
    await page.getByTestId('backtest-note').getByText('with the suggested transit times (1)').waitFor();
    const created = app.workspace.listScenarios().find((s) => s.name.endsWith('+ backtest transit times'))!;
    const again = backtestOrders(app.services.scenarios.get(created.id).settings, geo, lines(text));
    expect(again.agree).toBe(40);
    expect(app.services.scenarios.get(scenarioId()).settings).toEqual(base);
    expect(errors).toEqual([]);
    await context.close();
  });
});
