import type { ServiceId } from '../domain/carrier';
import type { TransitSpread } from '../domain/operations';
import type { Settings } from '../domain/settings';
import type { GeoData } from '../geo';
import type { EngineCatalog } from '../engine/engineCatalog';
import { compileHorizonOrders, type HorizonOrders } from './orderTable';
import { resolveOperations } from './operations';

/*
 * The trade-off between promising fast and delivering on time, made visible: the plan as it is and,
 * for each service it uses, the plan promising one more transit day with that service (what a
 * seller does by lengthening the transit time of the shipping template). Both figures are
 * expectations over the same compiled weeks the horizon draws from — standard-size delivery speed
 * (share of page views, as Amazon measures it) and the expected on-time share of orders (missed
 * pickups included, before OTDR protection) — so no Monte Carlo is needed to compare them.
 */

export interface TradeOffRow {
  /** null for the plan as it is. */
  slowerService: ServiceId | null;
  /** Standard-size share of views promised within 1 and 2 days, mean over the weeks. */
  speedLe1: number;
  speedLe2: number;
  /** Expected share of orders delivered by the promised day, mean over the weeks. */
  expectedOnTime: number;
  /** Share of orders the service carries in the plan as it is (null for the base row). */
  orderShare: number | null;
}

export interface TradeOffOptions {
  start: string;
  weeks: number;
  transitSpread?: readonly TransitSpread[];
  catalog?: EngineCatalog;
}

function figures(
  compiled: HorizonOrders,
  missedPickupShare: number,
): Pick<TradeOffRow, 'speedLe1' | 'speedLe2' | 'expectedOnTime'> {
  let le1 = 0;
  let le2 = 0;
  let onTime = 0;
  for (const wk of compiled.weeks) {
    le1 += wk.speed.standard.le1;
    le2 += wk.speed.standard.le2;
    let late = 0;
    for (let s = 0; s < wk.size; s++)
      late += wk.weight[s]! * ((1 - missedPickupShare) * wk.lateOnTime[s]! + missedPickupShare * wk.lateMissed[s]!);
    onTime += wk.size > 0 ? 1 - late : 1;
  }
  const n = Math.max(1, compiled.weeks.length);
  return { speedLe1: le1 / n, speedLe2: le2 / n, expectedOnTime: onTime / n };
}

/**
 * The plan, and the plan with one more promised transit day per service it uses.
 * @example tradeOff(sampleSettings(), loadGeo(), { start: '2026-11-29', weeks: 4 })[0].expectedOnTime // ~0.97
 */
export function tradeOff(settings: Settings, geo: GeoData, opts: TradeOffOptions): TradeOffRow[] {
  const ops = resolveOperations(settings);
  const base = compileHorizonOrders(settings, geo, opts);
  const services = [...new Set(base.lanes.map((l) => l.serviceId))];
  const shareOf = new Map<ServiceId, number>();
  let total = 0;
  for (const wk of base.weeks) {
    for (let s = 0; s < wk.size; s++) {
      const id = base.lanes[wk.lane[s]!]!.serviceId;
      shareOf.set(id, (shareOf.get(id) ?? 0) + wk.weight[s]!);
      total += wk.weight[s]!;
    }
  }
  const rows: TradeOffRow[] = [{ slowerService: null, ...figures(base, ops.missedPickupShare), orderShare: null }];
  for (const serviceId of services) {
    const compiled = compileHorizonOrders(settings, geo, { ...opts, promisePadding: { serviceId, days: 1 } });
    rows.push({
      slowerService: serviceId,
      ...figures(compiled, ops.missedPickupShare),
      orderShare: total > 0 ? (shareOf.get(serviceId) ?? 0) / total : 0,
    });
  }
  return rows;
}
