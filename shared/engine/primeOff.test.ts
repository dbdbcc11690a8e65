import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import type { PrimeOffPeriod } from '../domain/primeOff';
import { isContiguousUs, loadGeo } from '../geo';
import { renderMessage } from '../i18n/render';
import { simulate } from './simulate';
import { simulateWindow } from './simulateWindow';
import { describePrimeOff } from './primeOffText';
import { computePromise } from './explainedPromise';
import { CATALOGUE, type MessageKey } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const geo = loadGeo();

/** Page views only on Monday and Tuesday 10:00-11:00 customer-local, equal weights. */
function twoHourPlan(periods?: PrimeOffPeriod[], only?: 'mon' | 'tue'): Settings {
  const s = sampleSettings();
  const weights = s.viewProfile.weights.map((row) => row.map(() => 0));
  if (only !== 'tue') weights[0]![10] = 1;
  if (only !== 'mon') weights[1]![10] = 1;
  return { ...s, viewProfile: { source: 'custom', weights }, ...(periods ? { primeOffPeriods: periods } : {}) };
}

// Monday 7 Dec 2026 10:00-11:00 local is 15:00-16:00 UTC in New York and 18:00-19:00 UTC in Los Angeles
// (standard time, UTC-5 … UTC-8): 14:00-20:00 UTC holds that hour on every clock of the 48 states + DC.
const MONDAY_HOUR_EVERYWHERE: PrimeOffPeriod = { start: '2026-12-07T14:00', end: '2026-12-07T20:00', timeZone: 'UTC' };

describe('views while Prime is off are not counted (Amazon: neither numerator nor denominator)', () => {
  it('Prime off over the Monday hour: half the views leave, and the shares are exactly those of the Tuesday views alone', () => {
    const off = simulate(twoHourPlan([MONDAY_HOUR_EVERYWHERE]), geo, { weekStart: '2026-12-07' });
    const tuesdayOnly = simulate(twoHourPlan(undefined, 'tue'), geo, { weekStart: '2026-12-07' });
    expect(off.primeOff).toEqual({ periods: 1, excludedShare: 0.5 });
    for (const tier of ['standard', 'oversize', 'extraLarge'] as const) {
      for (const k of ['le1', 'le2', 'le3', 'le5', 'none'] as const)
        expect(off.tiers[tier][k]).toBeCloseTo(tuesdayOnly.tiers[tier][k], 12);
    }
    expect(off.byState.CA!.le2).toBeCloseTo(tuesdayOnly.byState.CA!.le2, 12);
    expect(off.heatmap[0]![10]).toBeNull(); // no counted view in that hour: not measured
    expect(off.heatmap[1]![10]).toBeCloseTo(tuesdayOnly.heatmap[1]![10]!, 12);
    expect(off.deliveredWeekdays.shares).toEqual(
      expect.objectContaining({ wed: expect.closeTo(tuesdayOnly.deliveredWeekdays.shares.wed, 12) }),
    );
    expect(off.checks.map((c) => c.pass)).toEqual(tuesdayOnly.checks.map((c) => c.pass));
  });

  it('half an hour off in New York time only: the excluded share is half of the Eastern clock’s Monday views', () => {
    // 10:00-10:30 EST on Monday = 15:00-15:30 UTC; no other US clock is at 10:00-11:00 then.
    const period: PrimeOffPeriod = { start: '2026-12-07T10:00', end: '2026-12-07T10:30', timeZone: 'America/New_York' };
    const r = simulate(twoHourPlan([period]), geo, { weekStart: '2026-12-07' });
    // Share of the destination weight (population) on a clock that reads UTC-5 on 7 Dec 2026.
    const at = Date.UTC(2026, 11, 7, 15, 0);
    let eastern = 0;
    let total = 0;
    for (const z of geo.zip3s) {
      if (!isContiguousUs(z)) continue;
      total += z.population;
      if (
        new Intl.DateTimeFormat('en-US', { timeZone: z.timeZone, hour: 'numeric', hourCycle: 'h23' }).format(at) ===
        '10'
      )
        eastern += z.population;
    }
    // Monday's hour is half the week's views; half of it is off, on the Eastern clocks only.
    expect(r.primeOff.periods).toBe(1);
    expect(r.primeOff.excludedShare).toBeCloseTo(0.5 * 0.5 * (eastern / total), 12);
  });

  it('the typical week has no dates: the periods are not applied, and the line says so', () => {
    const r = simulate(twoHourPlan([MONDAY_HOUR_EVERYWHERE]), geo);
    expect(r.primeOff).toEqual({ periods: 0, excludedShare: 0 });
    expect(r.tiers).toEqual(simulate(twoHourPlan(), geo).tiers);
    const t = (k: MessageKey, p?: Record<string, string | number>) => renderMessage(messagesEn, k, p);
    expect(describePrimeOff(r, 1, t, (x) => `${x * 100} %`)).toBe(
      "Prime switched off: the typical week has no dates, so the plan's Prime-off period is not applied; simulate a real week to leave its page views out.",
    );
  });

  it('a week Prime is off throughout counts no view: every share is 0 and a finding says why', () => {
    const r = simulate(twoHourPlan([{ start: '2026-12-06T00:00', end: '2026-12-15T00:00', timeZone: 'UTC' }]), geo, {
      weekStart: '2026-12-07',
    });
    expect(r.primeOff.excludedShare).toBe(1);
    expect(r.tiers.standard.le2).toBe(0);
    expect(r.tiers.standard.meanDays).toBeNull();
    expect(r.findings.map((f) => f.ruleId)).toContain('sim.primeOffAllWeek');
  });

  it('over a window, each week weighs by its counted views: (½ · week 1 + 1 · week 2) / 1½', () => {
    const s = twoHourPlan([MONDAY_HOUR_EVERYWHERE]);
    const w1 = simulate(s, geo, { weekStart: '2026-12-07' });
    const w2 = simulate(s, geo, { weekStart: '2026-12-14' });
    const w = simulateWindow(s, geo, { weekStart: '2026-12-07', weeks: 2 });
    expect(w.primeOff).toEqual({ periods: 1, excludedShare: 0.25 });
    expect(w.tiers.standard.le2).toBeCloseTo((0.5 * w1.tiers.standard.le2 + w2.tiers.standard.le2) / 1.5, 12);
    const en = describePrimeOff(
      w,
      1,
      (k, p) => renderMessage(messagesEn, k, p),
      (x) => `${x * 100} %`,
    );
    expect(en).toBe(
      'Prime switched off: 25 % of the simulated page views fell in 1 Prime-off period and are not counted (left out of the shares and of their totals, as Amazon measures).',
    );
    const fr = describePrimeOff(
      w,
      1,
      (k, p) => renderMessage(messagesFr, k, p),
      (x) => `${x * 100} %`,
    );
    expect(fr).toBe(
      'Prime désactivé : 25 % des pages vues simulées tombent dans 1 période sans Prime et ne sont pas comptées (ni dans les parts ni dans leurs totaux, comme le mesure Amazon).',
    );
  });

  it('explain this promise says when the view fell while Prime was off (and still gives the date)', () => {
    const s = twoHourPlan([MONDAY_HOUR_EVERYWHERE]);
    const inside = computePromise(s, geo, { at: '2026-12-07T10:15', to: '10001' });
    expect(inside.ok).toBe(true);
    const step = inside.explanation.find((e) => e.key === 'engine.primeOff.atView');
    expect(step?.params).toEqual({ start: '2026-12-07 14:00', end: '2026-12-07 20:00', timeZone: 'UTC' });
    expect(renderMessage(messagesEn, step!.key, step!.params)).toBe(
      'Prime was switched off at this moment (2026-12-07 14:00 to 2026-12-07 20:00, UTC): Amazon does not count this page view in the delivery-speed metric.',
    );
    // 08:59 in New York is 13:59 UTC, a minute before the period; the typical calendar ignores periods.
    expect(
      computePromise(s, geo, { at: '2026-12-07T08:59', to: '10001' }).explanation.some(
        (e) => e.key === 'engine.primeOff.atView',
      ),
    ).toBe(false);
    expect(
      computePromise(s, geo, { at: '2026-12-07T10:15', to: '10001', holidays: false }).explanation.some(
        (e) => e.key === 'engine.primeOff.atView',
      ),
    ).toBe(false);
  });
});
