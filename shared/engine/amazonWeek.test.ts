import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { sundayOf, weekKindOf, WeekStartSchema, DateRangeSchema } from '../domain/week';
import { simulate, type SimulationResult } from './simulate';
import { simulateWindow, rangeWeekStarts } from './simulateWindow';
import { referenceSimulation } from '../../test/reference/simulateReference';
import { columbusWarehouse, fixtureSettings } from '../../test/reference/fixtures';

/*
 * Amazon evaluates SFP weekly, Sunday to Saturday, and its dashboard also takes a custom date range.
 * These cases are computed by hand on a plan small enough to follow (one warehouse, one service, one
 * destination, views at one hour of the day), then checked against the minute-by-minute reference.
 */

const geo = loadGeo();
const indexOf = new Map(geo.zip3s.map((z, i) => [z.zip3, i]));

/**
 * Columbus ships UPS Ground only (Mon–Fri, pickup 16:00, cutoff 14:00); every view is from Columbus
 * (ZIP3 432, the warehouse's own clock) at 10:00–11:00 local on the given weekdays (Monday first),
 * and UPS Ground takes 1 business day there. A view on day D before the cutoff ships on D if UPS picks
 * up that day, and is delivered on the next UPS business day.
 */
function tinyPlan(viewDays: number[]): Settings {
  const weights = Array.from({ length: 7 }, (_, wd) =>
    Array.from({ length: 24 }, (_, h) => (viewDays.includes(wd) && h === 10 ? 1 : 0)),
  );
  const base = columbusWarehouse();
  return fixtureSettings({
    warehouses: [columbusWarehouse({ services: base.services.filter((s) => s.serviceId === 'ups-ground') })],
    transitOverrides: [{ serviceId: 'ups-ground', dest: '432', businessDays: 1 }],
    viewProfile: { source: 'custom', weights },
    destinationWeights: { source: 'custom', byZip: { '432': 1 } },
    sizeTierMix: { standard: 1, oversize: 0, extraLarge: 0 },
  });
}

/** The figures that make up the metric, without the week's name. */
function figures(r: SimulationResult) {
  return {
    tiers: r.tiers,
    byState: r.byState,
    byZip3: r.byZip3,
    heatmap: r.heatmap,
    deliveredWeekdays: r.deliveredWeekdays,
    outsideBuyShippingShare: r.outsideBuyShippingShare,
    checks: r.checks,
    missingStates: r.missingStates,
  };
}

const SUNDAY = 6;

describe('Amazon weeks (Sunday to Saturday)', () => {
  it('names weeks by their Sunday and still knows a Monday week for what it is', () => {
    expect(sundayOf('2026-11-26')).toBe('2026-11-22');
    expect(sundayOf('2026-11-22')).toBe('2026-11-22');
    expect(sundayOf('2026-11-28')).toBe('2026-11-22');
    expect(weekKindOf('2026-11-22')).toBe('sunSat');
    expect(weekKindOf('2026-11-23')).toBe('monSun');
    expect(WeekStartSchema.safeParse('2026-11-22').success).toBe(true);
    expect(WeekStartSchema.safeParse('2026-11-23').success).toBe(true);
    expect(WeekStartSchema.safeParse('2026-11-24').success).toBe(false);
    expect(() => simulate(sampleSettings(), geo, { weekStart: '2026-11-24' })).toThrow(/Sunday or a Monday/);
  });

  it('Labor Day (Mon 7 Sep 2026): the Sunday-started week holds Sunday 6 Sep, whose views wait for Tuesday', () => {
    const plan = tinyPlan([SUNDAY]);
    // Sun 6 Sep 10:00: Monday is Labor Day (UPS closed), so it ships Tue 8, arrives Wed 9: 3 days.
    const amazon = simulate(plan, geo, { weekStart: '2026-09-06' });
    expect(amazon.tiers.standard).toMatchObject({ le1: 0, le2: 0, le3: 1, le5: 1, none: 0, meanDays: 3 });
    expect(amazon.deliveredWeekdays.shares.wed).toBe(1);
    // Monday to Sunday holds Sun 13 Sep instead: ships Mon 14, arrives Tue 15: 2 days.
    const monSun = simulate(plan, geo, { weekStart: '2026-09-07' });
    expect(monSun.tiers.standard).toMatchObject({ le1: 0, le2: 1, le3: 1, le5: 1, none: 0, meanDays: 2 });
    expect(monSun.deliveredWeekdays.shares.tue).toBe(1);
    // The heat map stays Monday-first: the Sunday row is the last one in both.
    expect(amazon.heatmap[SUNDAY]![10]).toBe(0);
    expect(monSun.heatmap[SUNDAY]![10]).toBe(1);
    expect(amazon.weekStart).toBe('2026-09-06');
    expect(monSun.weekStart).toBe('2026-09-07');
  });

  it('the profile’s Monday row applies to Monday views whatever day the week starts on', () => {
    // Views on Mondays only. Sun 6 – Sat 12 Sep holds Labor Day itself: Mon 7 10:00 ships Tue 8, arrives Wed 9 (2
    // days).
    const r = simulate(tinyPlan([0]), geo, { weekStart: '2026-09-06' });
    expect(r.tiers.standard).toMatchObject({ le1: 0, le2: 1, meanDays: 2 });
    expect(r.heatmap[0]![10]).toBe(1);
    expect(r.deliveredWeekdays.shares.wed).toBe(1);
    // An ordinary Monday (Sun 13 – Sat 19 Sep): ships Mon 14, arrives Tue 15, 1 day.
    expect(simulate(tinyPlan([0]), geo, { weekStart: '2026-09-13' }).tiers.standard.le1).toBe(1);
  });

  it('matches the minute-by-minute reference on Sunday weeks: Thanksgiving, and both DST changes (on a Sunday)', () => {
    const demand: Record<string, number> = { '432': 5, '100': 9, '606': 7, '802': 2, '850': 3, '900': 8, '981': 2 };
    const settings: Settings = { ...sampleSettings(), destinationWeights: { source: 'custom', byZip: demand } };
    const weights = new Map(Object.entries(demand).map(([z, w]) => [indexOf.get(z)!, w]));
    for (const week of ['2026-11-22', '2026-03-08', '2026-11-01']) {
      const r = simulate(settings, geo, { weekStart: week });
      const ref = referenceSimulation(settings, geo, weights, week, true);
      for (const k of ['le1', 'le2', 'le3', 'le5', 'none'] as const)
        expect(r.tiers.standard[k], `${week} ${k}`).toBeCloseTo(ref.tiers.standard![k], 9);
      for (let wd = 0; wd < 7; wd++)
        for (let h = 0; h < 24; h++)
          expect(r.heatmap[wd]![h], `${week} ${wd}/${h}`).toBeCloseTo(ref.heatmap[wd]![h]!, 9);
      (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).forEach((d, i) =>
        expect(r.deliveredWeekdays.shares[d], `${week} ${d}`).toBeCloseTo(ref.deliveredByWeekday[i]!, 9),
      );
    }
  });

  it('regression: the typical week is unchanged, and a holiday-free week gives it from a Sunday or a Monday', () => {
    const typical = simulate(sampleSettings(), geo);
    // Recorded before Sunday weeks existed (sample plan, typical week).
    expect(typical.tiers.standard.le2).toBe(0.651954119134559);
    expect(typical.weekStart).toBe('2026-06-08');
    expect(typical.range).toBeUndefined();
    // June 2026 has no holiday from the 7th to the 14th and no clock change: same 7 weekdays, same figures.
    const fixture = fixtureSettings();
    for (const settings of [sampleSettings(), fixture]) {
      const t = figures(simulate(settings, geo));
      expect(figures(simulate(settings, geo, { weekStart: '2026-06-08' }))).toEqual(t);
      const sun = figures(simulate(settings, geo, { weekStart: '2026-06-07' }));
      expect(sun.tiers).toEqual(closeTo(t.tiers));
      expect(sun.heatmap).toEqual(closeTo(t.heatmap));
      expect(sun.deliveredWeekdays.shares).toEqual(closeTo(t.deliveredWeekdays.shares));
      expect(sun.missingStates).toEqual(t.missingStates);
    }
  });
});

describe('custom date range', () => {
  it('Sat 5 – Mon 7 Sep 2026 (two Amazon weeks, Labor Day): only those three days count, computed by hand', () => {
    // Views at 10:00 every day. Sat 5: ships Tue 8 (UPS closed Sat–Mon), arrives Wed 9 = 4 days;
    // Sun 6: 3 days; Mon 7 (Labor Day): 2 days. Equal weights: le2 = 1/3, le3 = 2/3, mean 3.
    const plan = tinyPlan([0, 1, 2, 3, 4, 5, 6]);
    const r = simulateWindow(plan, geo, { range: { from: '2026-09-05', to: '2026-09-07' } });
    expect(r.weekStarts).toEqual(['2026-08-30', '2026-09-06']);
    expect(r.tiers.standard.le1).toBe(0);
    expect(r.tiers.standard.le2).toBeCloseTo(1 / 3, 12);
    expect(r.tiers.standard.le3).toBeCloseTo(2 / 3, 12);
    expect(r.tiers.standard.le5).toBeCloseTo(1, 12);
    expect(r.tiers.standard.meanDays).toBeCloseTo(3, 12);
    expect(r.deliveredWeekdays.shares.wed).toBeCloseTo(1, 12);
    expect(r.primeOff.excludedShare).toBeCloseTo(0, 12);
    expect(r.range).toEqual({ from: '2026-09-05', to: '2026-09-07', share: expect.closeTo(3 / 14, 12) });
    // The heat map shows the range's weekdays only, each its own day's figure.
    expect(r.heatmap[5]![10]).toBe(0); // Saturday: 4 days
    expect(r.heatmap[SUNDAY]![10]).toBe(0); // Sunday: 3 days
    expect(r.heatmap[0]![10]).toBe(1); // Monday: 2 days
    expect(r.heatmap[2]![10]).toBeNull(); // Wednesday: outside the range, not measured
  });

  it('a 3-day range is the view-weighted mix of those three days (Thanksgiving, sample plan)', () => {
    const s = sampleSettings();
    const range = { from: '2026-11-25', to: '2026-11-27' };
    const r = simulateWindow(s, geo, { range });
    expect(r.weekStarts).toEqual(['2026-11-22']);
    // Each day alone: the same week with the view profile kept on that weekday only.
    let le2 = 0;
    let le5 = 0;
    let total = 0;
    for (const wd of [2, 3, 4]) {
      const weights = s.viewProfile.weights.map((row, i) => (i === wd ? [...row] : row.map(() => 0)));
      const day = simulate({ ...s, viewProfile: { source: 'custom', weights } }, geo, { weekStart: '2026-11-22' });
      const w = s.viewProfile.weights[wd]!.reduce((a, b) => a + b, 0);
      le2 += w * day.tiers.standard.le2;
      le5 += w * day.tiers.standard.le5;
      total += w;
    }
    expect(r.tiers.standard.le2).toBeCloseTo(le2 / total, 12);
    expect(r.tiers.standard.le5).toBeCloseTo(le5 / total, 12);
    const profileTotal = s.viewProfile.weights.flat().reduce((a, b) => a + b, 0);
    expect(r.range!.share).toBeCloseTo(total / profileTotal, 12);
  });

  it('a range of whole Amazon weeks is those weeks', () => {
    const s = sampleSettings();
    const range = simulateWindow(s, geo, { range: { from: '2026-11-22', to: '2026-12-05' } });
    const weeks = simulateWindow(s, geo, { weekStart: '2026-11-22', weeks: 2 });
    expect(range.tiers).toEqual(closeTo(weeks.tiers));
    expect(range.heatmap).toEqual(closeTo(weeks.heatmap));
    expect(range.range!.share).toBeCloseTo(1, 12);
  });

  it('refuses a range that runs backwards, is longer than 13 weeks or leaves the years ShipWeek plans in', () => {
    expect(rangeWeekStarts({ from: '2026-11-25', to: '2026-12-01' })).toEqual(['2026-11-22', '2026-11-29']);
    const s = sampleSettings();
    expect(() => simulateWindow(s, geo, { range: { from: '2026-11-27', to: '2026-11-25' } })).toThrow(/run forward/);
    expect(() => simulateWindow(s, geo, { range: { from: '2026-01-01', to: '2026-04-02' } })).toThrow(/91 days/);
    expect(() => simulateWindow(s, geo, { range: { from: '1969-12-30', to: '1970-01-02' } })).toThrow(/1970-2199/);
    expect(DateRangeSchema.safeParse({ from: '2026-01-01', to: '2026-04-01' }).success).toBe(true); // 91 days
    const long = DateRangeSchema.safeParse({ from: '2026-01-01', to: '2026-04-02' });
    expect(long.success).toBe(false);
    expect(long.error!.issues[0]!.path).toEqual(['to']);
    expect(long.error!.issues[0]!.message).toMatch(/92 days/);
    const back = DateRangeSchema.safeParse({ from: '2026-11-27', to: '2026-11-25' });
    expect(back.error!.issues[0]!.message).toMatch(/not be before from/);
    expect(DateRangeSchema.safeParse({ from: '2026-02-30', to: '2026-03-02' }).error!.issues[0]!.path).toEqual([
      'from',
    ]);
  });
});

/** An expectation object matching `value` with every number within 1e-12. */
function closeTo(value: unknown): unknown {
  if (typeof value === 'number') return expect.closeTo(value, 12);
  if (Array.isArray(value)) return value.map(closeTo);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeTo(v)]));
  return value;
}
