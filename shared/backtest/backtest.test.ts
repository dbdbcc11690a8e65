import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { computePromise } from '../engine/explainedPromise';
import { dayNumber, formatLocalDateTime, fromLocalMinutes, isoDate, offsetAt, toLocalMinutes } from '../time/timezone';
import { readOrderReport, type OrderLine, type OrderReportResult } from '../orders/orderReport';
import { applyTransitSuggestions, backtestOrders, type BacktestResult } from './backtest';

const geo = loadGeo();
const HEADER =
  'amazon-order-id\tpurchase-date\tship-service-level\tquantity\tship-state\tship-postal-code\tis-prime\tpromise-date';
const PACIFIC = 'America/Los_Angeles';

/** Seeded generator (mulberry32), printed by the tests that use it. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Existing ZIP5s, a few per ZIP3 over the whole country (territories and all). */
function someZips(step: number): string[] {
  const zips: string[] = [];
  geo.zip3s.forEach((z, i) => {
    if (i % step !== 0) return;
    for (let k = 1; k < 100; k++) {
      const zip = `${z.zip3}${String(k).padStart(2, '0')}`;
      if (geo.zip5Exists(zip)) {
        zips.push(zip);
        break;
      }
    }
  });
  return zips;
}

interface SyntheticOrder {
  id: string;
  purchase: number;
  zip: string;
  /** The engine's own delivery date (explained engine), or null when it cannot promise. */
  delivery: string | null;
  serviceId: string | null;
}

/** Orders over June–July 2026 (Juneteenth and 3–4 July inside) with the explained engine's promises. */
function syntheticOrders(settings: Settings, count: number, seed: number, zips: string[]): SyntheticOrder[] {
  const random = rng(seed);
  const start = Date.UTC(2026, 5, 1) / 60000;
  const out: SyntheticOrder[] = [];
  for (let i = 0; i < count; i++) {
    const zip = zips[Math.floor(random() * zips.length)]!;
    const purchase = start + Math.floor(random() * 60 * 1440);
    const tz = geo.timeZoneOf(zip)!;
    const r = computePromise(settings, geo, { at: formatLocalDateTime(toLocalMinutes(tz, purchase)), to: zip });
    out.push({
      id: `113-${String(1_000_000 + i)}-${String(7_000_000 + i)}`,
      purchase,
      zip,
      delivery: r.ok ? r.deliveryDate : null,
      serviceId: r.ok ? r.service.serviceId : null,
    });
  }
  return out;
}

/** Writes the orders as Seller Central does, purchase dates and promises in varied but equivalent forms. */
function reportText(
  orders: readonly SyntheticOrder[],
  amazonDate: (o: SyntheticOrder, i: number) => string | null,
): string {
  const lines = [HEADER];
  orders.forEach((o, i) => {
    const date = amazonDate(o, i);
    let promise = '';
    if (date) {
      const day = dayNumber(date);
      // End of the promised day on the Pacific clock, written three ways Amazon's files use.
      const endLocal = day * 1440 + 23 * 60 + 59;
      const endInstant = fromLocalMinutes(PACIFIC, endLocal);
      const off = offsetAt(PACIFIC, endInstant);
      const sign = off < 0 ? '-' : '+';
      const hhmm = `${String(Math.floor(Math.abs(off) / 60)).padStart(2, '0')}:${String(Math.abs(off) % 60).padStart(2, '0')}`;
      promise =
        i % 3 === 0
          ? `${date}T23:59:59${sign}${hhmm}`
          : i % 3 === 1
            ? `${new Date(endInstant * 60000).toISOString().slice(0, 19)}Z`
            : date;
    }
    const purchase =
      i % 2 === 0
        ? `${new Date(o.purchase * 60000).toISOString().slice(0, 19)}+00:00`
        : `${formatLocalDateTime(toLocalMinutes(PACIFIC, o.purchase))}:00`;
    const state = geo.lookup(o.zip)!.state;
    const row = [o.id, purchase, i % 4 === 0 ? 'SecondDay' : 'Standard', '1', state, o.zip, 'true', promise].join('\t');
    lines.push(row);
    // Second item of every fifth order: must not count twice.
    if (i % 5 === 0) lines.push(row);
  });
  return `${lines.join('\n')}\n`;
}

function readLines(text: string): OrderLine[] {
  const lines: OrderLine[] = [];
  const gen = readOrderReport([text], { geo });
  let next = gen.next();
  while (!next.done) {
    lines.push(next.value);
    next = gen.next();
  }
  const result: OrderReportResult = next.value;
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return lines;
}

function settingsWithZip5Override(): { settings: Settings; zip: string } {
  const settings = sampleSettings();
  const zip = '94103';
  settings.transitOverrides = [{ serviceId: 'ups-ground', dest: zip, businessDays: 2 }];
  return { settings, zip };
}

describe('backtest', () => {
  it("agrees 100 % with a report built from the engine's own promises (holidays, DST-free summer, ZIP5 override, duplicates, offset-less dates)", () => {
    const seed = 20260612;
    const { settings, zip } = settingsWithZip5Override();
    const zips = [...someZips(4), zip, zip, zip];
    const orders = syntheticOrders(settings, 1500, seed, zips).filter((o) => o.delivery !== null);
    const lines = readLines(reportText(orders, (o) => o.delivery));
    expect(lines).toHaveLength(orders.length);
    const result = backtestOrders(settings, geo, lines, { worstCount: 50 });
    expect({ seed, compared: result.compared, agree: result.agree, worst: result.worst.map((w) => w.orderId) }).toEqual(
      { seed, compared: orders.length, agree: orders.length, worst: [] },
    );
    expect(result.agreeShare).toBe(1);
    expect(result.suggestedOverrides).toEqual([]);
    expect(result.slowPathOrders).toBe(orders.filter((o) => o.zip === zip).length);
    expect(result.slowPathOrders).toBeGreaterThan(0);
    expect(result.byState.reduce((n, g) => n + g.compared, 0)).toBe(orders.length);
    expect(result.byWeekdayHour.reduce((n, c) => n + c.agree, 0)).toBe(orders.length);
    expect(result.diffHistogram).toEqual([{ diffDays: 0, orders: orders.length }]);
  });

  it("reports exactly the perturbed orders, with the shift, ShipWeek's date and its explanation", () => {
    const seed = 77;
    const settings = sampleSettings();
    const orders = syntheticOrders(settings, 800, seed, someZips(3)).filter((o) => o.delivery !== null);
    const random = rng(seed + 1);
    const shifts = new Map<string, number>();
    orders.forEach((o) => {
      if (random() < 0.05) shifts.set(o.id, [1, -1, 2, -3, 5][shifts.size % 5]!);
    });
    const lines = readLines(reportText(orders, (o) => isoDate(dayNumber(o.delivery!) + (shifts.get(o.id) ?? 0))));
    const result = backtestOrders(settings, geo, lines, { worstCount: 1000 });
    expect(result.compared).toBe(orders.length);
    expect(result.agree).toBe(orders.length - shifts.size);
    expect(new Set(result.worst.map((w) => w.orderId))).toEqual(new Set(shifts.keys()));
    for (const w of result.worst) {
      const o = orders.find((x) => x.id === w.orderId)!;
      // Amazon's date moved by +s days means ShipWeek's is s days earlier.
      expect({ id: w.orderId, diff: w.diffDays, shipweek: w.shipweekPromise }).toEqual({
        id: o.id,
        diff: -shifts.get(o.id)!,
        shipweek: o.delivery,
      });
      expect(w.explanation.at(-1)).toMatchObject({
        key: 'engine.explain.promise',
        params: { deliveryDate: o.delivery },
      });
      expect(w.serviceId).toBe(o.serviceId);
    }
    // Worst first: the 5-day shifts lead.
    expect(Math.abs(result.worst[0]!.diffDays!)).toBe(5);
    expect(result.earlier).toBe([...shifts.values()].filter((s) => s > 0).length);
    expect(result.later).toBe([...shifts.values()].filter((s) => s < 0).length);
  });

  it('suggests the transit override that closes a systematic gap, and the plan with it agrees fully', () => {
    // One service, so the lane that wins stays the same with either transit figure.
    const base = sampleSettings();
    base.warehouses[0]!.services = base.warehouses[0]!.services.map((s) => ({
      ...s,
      enabled: s.serviceId === 'ups-ground',
    }));
    const la = ['90001', '90011', '90210', '90301'].filter((z) => geo.zip5Exists(z));
    const zips = [...someZips(5), ...la, ...la, ...la, ...la];
    const current = computePromise(base, geo, { at: '2026-06-10T10:00', to: '90001' });
    if (!current.ok) throw new Error('sample cannot reach 90001');
    expect(current.transitDays).toBeGreaterThan(1);
    // "Amazon" ran with UPS Ground one day faster to ZIP3 900.
    const truth = applyTransitSuggestions(base, [
      { serviceId: 'ups-ground', dest: '900', businessDays: current.transitDays - 1 },
    ]);
    const orders = syntheticOrders(truth, 1200, 4242, zips).filter((o) => o.delivery !== null);
    const lines = readLines(reportText(orders, (o) => o.delivery));
    const before: BacktestResult = backtestOrders(base, geo, lines);
    const to900 = orders.filter((o) => o.zip.startsWith('900')).length;
    expect(before.compared - before.agree).toBe(to900);
    // Calendar days: one business day more spans a weekend for some orders. Re-derived with the explained engine.
    const gaps = orders
      .filter((o) => o.zip.startsWith('900'))
      .map((o) => {
        const r = computePromise(base, geo, {
          at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(o.zip)!, o.purchase)),
          to: o.zip,
        });
        return r.ok ? dayNumber(r.deliveryDate) - dayNumber(o.delivery!) : NaN;
      });
    const meanGap = Math.round((gaps.reduce((a, g) => a + g, 0) / gaps.length) * 100) / 100;
    expect(meanGap).toBeGreaterThan(1);
    expect(before.byZip3[0]).toMatchObject({
      key: '900',
      compared: to900,
      agree: 0,
      later: to900,
      meanDiffDays: meanGap,
    });
    expect(before.suggestedOverrides).toEqual([
      {
        serviceId: 'ups-ground',
        dest: '900',
        businessDays: current.transitDays - 1,
        currentBusinessDays: current.transitDays,
        orders: to900,
        agreeNow: 0,
        agreeWith: to900,
      },
    ]);
    const after = backtestOrders(applyTransitSuggestions(base, before.suggestedOverrides), geo, lines);
    expect(after.agree).toBe(after.compared);
    expect(after.suggestedOverrides).toEqual([]);
  });

  it('leaves out non-Prime orders and counts Prime orders without a promised date', () => {
    const settings = sampleSettings();
    const text = `${HEADER}\n1\t2026-06-10T15:00:00Z\tStandard\t1\tNY\t10001\tfalse\t2026-06-12\n2\t2026-06-10T15:00:00Z\tStandard\t1\tNY\t10001\ttrue\t\n`;
    const result = backtestOrders(settings, geo, readLines(text));
    expect(result).toMatchObject({ orders: 2, primeOrders: 1, withoutAmazonPromise: 1, compared: 0, agreeShare: 0 });
  });
});
