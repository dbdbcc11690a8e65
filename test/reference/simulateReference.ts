/**
 * The obvious version of the simulation's integration: every minute of the week is one instant, each
 * gets its customer-local hour's view weight shared evenly among the instants of that hour, and the
 * promise is asked minute by minute (from the compiled engine, which the property tests check against
 * the minute-by-minute oracle). A local hour with no instant (spring-forward) keeps its weight at the
 * instant its wall-clock start maps to. No grouping, no cutting at cutoffs. Tests only.
 */
import { SIZE_TIERS } from '../../shared/domain/carrier';
import type { Settings } from '../../shared/domain/settings';
import { distanceMiles, zoneForDistance, type GeoData, type Zip3Record } from '../../shared/geo';
import { WEEKDAYS } from '../../shared/time/dateTime';
import { serviceCarriesTier } from '../../shared/engine/routing';
import { shipsOn } from '../../shared/engine/weekend';
import { DEFAULT_ENGINE_CATALOG } from '../../shared/engine/engineCatalog';
import { createPromiseEngine } from '../../shared/engine/compiledPromiseEngine';
import { dayNumber, fromLocalMinutes, toLocalMinutes } from '../../shared/time/timezone';

export interface ReferenceSimulation {
  tiers: Record<string, { le1: number; le2: number; le3: number; le5: number; none: number; meanDays: number | null }>;
  /** Standard-size le2 share per customer-local [weekday][hour]. */
  heatmap: number[][];
  outsideBuyShippingShare: number;
  /** Per ZIP3 index: standard-size mean promise days over served views. */
  meanDays: Map<number, number | null>;
  /** Per ZIP3 index: standard-size shares of the destination's views promised within 2 and 5 days. */
  le2: Map<number, number>;
  le5: Map<number, number>;
  /** Standard-size view shares by the weekday (Mon..Sun) of the promised delivery date. */
  deliveredByWeekday: number[];
}

/**
 * Amazon's coverage rule written out from the raw settings: some enabled service that carries standard
 * size, ships on at least one operating day, and whose zone to the destination is within its cap.
 * @example referenceReachable(settings, geo, geo.byZip3.get('900')!) // false when every zone cap is below 8
 */
export function referenceReachable(settings: Settings, geo: GeoData, dest: Zip3Record): boolean {
  return settings.warehouses.some((w) => {
    const origin = geo.lookup(w.zip) ?? geo.byZip3.get(w.zip.slice(0, 3));
    if (!origin) return false;
    const zone = zoneForDistance(distanceMiles(origin, dest));
    return w.services.some(
      (p) =>
        p.enabled &&
        serviceCarriesTier(DEFAULT_ENGINE_CATALOG.services[p.serviceId], 'standard') &&
        zone <= (p.zoneCap ?? 8) &&
        WEEKDAYS.some((d) => w.operatingDays.includes(d) && shipsOn(w, p, d)),
    );
  });
}

/**
 * Integrates promise shares over the week for the destinations with a positive weight.
 * @example referenceSimulation(settings, geo, new Map([[idx432, 1]]), '2026-06-08', false)
 */
export function referenceSimulation(
  settings: Settings,
  geo: GeoData,
  weights: ReadonlyMap<number, number>,
  weekStart: string,
  holidays: boolean,
): ReferenceSimulation {
  const engine = createPromiseEngine(settings, geo, { from: weekStart, days: 7, holidays });
  const fromDay = dayNumber(weekStart);
  const profile = settings.viewProfile.weights;
  const profileTotal = profile.flat().reduce((a, b) => a + b, 0);
  const mixTotal = SIZE_TIERS.reduce((a, t) => a + settings.sizeTierMix[t], 0);
  const mix = SIZE_TIERS.map((t) => settings.sizeTierMix[t] / mixTotal);
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);

  const tierSums = SIZE_TIERS.map(() => ({ le1: 0, le2: 0, le3: 0, le5: 0, none: 0, days: 0 }));
  const heatNum = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let outside = 0;
  const meanDays = new Map<number, number | null>();
  const le2 = new Map<number, number>();
  const le5 = new Map<number, number>();
  const deliveredByWeekday = new Array<number>(7).fill(0);

  for (const [d, destWeight] of weights) {
    const share = destWeight / totalWeight;
    const tz = geo.zip3s[d]!.timeZone;
    const start = fromLocalMinutes(tz, fromDay * 1440);
    const end = fromLocalMinutes(tz, (fromDay + 7) * 1440);
    // Instants per local hour cell.
    const cellOf = (t: number) => {
      const local = toLocalMinutes(tz, t) - fromDay * 1440;
      return Math.floor(local / 60);
    };
    const perCell = new Array<number>(168).fill(0);
    for (let t = start; t < end; t++) perCell[cellOf(t)]!++;
    const instants: [number, number][] = [];
    for (let t = start; t < end; t++) instants.push([t, cellOf(t)]);
    for (let c = 0; c < 168; c++)
      if (perCell[c] === 0) instants.push([fromLocalMinutes(tz, fromDay * 1440 + c * 60), c]);
    let dDays = 0;
    let dServed = 0;
    let dLe2 = 0;
    let dLe5 = 0;
    for (const [t, c] of instants) {
      // The profile and the heat map go by true weekday (Monday first), whichever day the week starts on.
      const wd = (((fromDay + Math.floor(c / 24) + 3) % 7) + 7) % 7;
      const h = c % 24;
      const w = profile[wd]![h]! / profileTotal / Math.max(1, perCell[c]!);
      const cellShare = 1 / Math.max(1, perCell[c]!);
      SIZE_TIERS.forEach((_, ti) => {
        const days = engine.promise(t, d, ti);
        const sums = tierSums[ti]!;
        if (days === Number.POSITIVE_INFINITY) {
          sums.none += share * w;
          return;
        }
        sums.days += share * w * days;
        if (days <= 1) sums.le1 += share * w;
        if (days <= 2) sums.le2 += share * w;
        if (days <= 3) sums.le3 += share * w;
        if (days <= 5) sums.le5 += share * w;
        if (engine.lastOutsideBuyShipping) outside += share * w * mix[ti]!;
        if (ti === 0) {
          dDays += w * days;
          dServed += w;
          if (days <= 2) dLe2 += w;
          if (days <= 5) dLe5 += w;
          // Weekday of the promised delivery date (day numbers count from Thursday 1 Jan 1970).
          deliveredByWeekday[(((engine.lastDeliveryDay + 3) % 7) + 7) % 7]! += share * w;
          if (days <= 2) heatNum[wd]![h]! += share * cellShare;
        }
      });
    }
    meanDays.set(d, dServed > 0 ? dDays / dServed : null);
    le2.set(d, dLe2);
    le5.set(d, dLe5);
  }
  const tiers: ReferenceSimulation['tiers'] = {};
  SIZE_TIERS.forEach((tier, ti) => {
    const s = tierSums[ti]!;
    tiers[tier] = {
      le1: s.le1,
      le2: s.le2,
      le3: s.le3,
      le5: s.le5,
      none: s.none,
      meanDays: 1 - s.none > 0 ? s.days / (1 - s.none) : null,
    };
  });
  return { tiers, heatmap: heatNum, outsideBuyShippingShare: outside, meanDays, le2, le5, deliveredByWeekday };
}
