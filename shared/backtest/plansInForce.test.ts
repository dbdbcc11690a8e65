import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { computePromise } from '../engine/explainedPromise';
import { formatLocalDateTime, toLocalMinutes } from '../time/timezone';
import { readOrderReport, type OrderLine } from '../orders/orderReport';
import { applyTransitSuggestions, backtestOrders } from './backtest';

const geo = loadGeo();
const HEADER = 'amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tis-prime\tpromise-date';
const ZIPS = ['90001', '90011', '10001', '60601'];

/** Orders whose Amazon dates are `plan`'s own promises, bought on the given June or July days. */
function ordersFrom(plan: Settings, month: 5 | 6, idFrom: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < 12; i++) {
    const zip = ZIPS[i % ZIPS.length]!;
    const purchase = Date.UTC(2026, month, 8 + (i % 10), 15, 7 * i) / 60000;
    const r = computePromise(plan, geo, {
      at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(zip)!, purchase)),
      to: zip,
    });
    if (!r.ok) throw new Error(`no promise to ${zip}`);
    rows.push(
      [
        `113-0000000-${String(idFrom + i).padStart(7, '0')}`,
        `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
        'Standard',
        zip,
        'true',
        r.deliveryDate,
      ].join('\t'),
    );
  }
  return rows;
}

function lines(text: string): OrderLine[] {
  const out: OrderLine[] = [];
  const gen = readOrderReport([text], { geo });
  for (let n = gen.next(); !n.done; n = gen.next()) out.push(n.value);
  return out;
}

describe('the plan in force at each date', () => {
  // June's plan promised ZIP3 900 one transit day sooner than today's (July's) plan.
  const today = sampleSettings();
  const probe = computePromise(today, geo, { at: '2026-06-10T10:00', to: '90001' });
  if (!probe.ok) throw new Error('no promise to 90001');
  const june = applyTransitSuggestions(today, [
    { serviceId: probe.service.serviceId, dest: '900', businessDays: probe.transitDays - 1 },
  ]);
  const report = lines(`${[HEADER, ...ordersFrom(june, 5, 0), ...ordersFrom(today, 6, 100)].join('\n')}\n`);
  const juneTo900 = report.filter((l) => l.zip.startsWith('900') && l.orderId < '113-0000000-0000100').length;

  it('judged with today’s plan alone, exactly June’s orders to 900 disagree', () => {
    const r = backtestOrders(today, geo, report);
    expect(juneTo900).toBeGreaterThan(0);
    expect(r.compared - r.agree).toBe(juneTo900);
    expect(r.byPlan).toEqual([{ name: null, compared: 24, agree: 24 - juneTo900 }]);
  });

  it('with June’s plan in force for June, every order agrees, and each plan says how many it judged', () => {
    const r = backtestOrders(today, geo, report, {
      plansInForce: [{ name: 'June plan', from: '2026-06-01', to: '2026-06-30', settings: june }],
    });
    expect([r.compared, r.agree]).toEqual([24, 24]);
    expect(r.byPlan).toEqual([
      { name: null, compared: 12, agree: 12 },
      { name: 'June plan', compared: 12, agree: 12 },
    ]);
    // The suggestions are for today's plan, from its own orders only: nothing to suggest.
    expect(r.suggestedOverrides).toEqual([]);
  });

  it('the wrong plan in force for a range shows in the worst orders, named, with its own reasoning', () => {
    const r = backtestOrders(june, geo, report, {
      plansInForce: [{ name: 'Today', from: '2026-06-01', to: '2026-06-30', settings: today }],
    });
    expect(r.compared - r.agree).toBe(2 * juneTo900);
    const named = r.worst.filter((w) => w.planName === 'Today');
    expect(named.length).toBe(juneTo900);
    expect(named.every((w) => w.purchaseLocal.startsWith('2026-06'))).toBe(true);
    // Its explanation is the engine's for that plan on that order.
    const w = named[0]!;
    const again = computePromise(today, geo, { at: w.purchaseLocal, to: w.zip });
    expect(again.ok && again.deliveryDate).toBe(w.shipweekPromise);
    expect(r.worst.filter((x) => x.planName === null).every((x) => x.purchaseLocal.startsWith('2026-07'))).toBe(true);
  });
});
