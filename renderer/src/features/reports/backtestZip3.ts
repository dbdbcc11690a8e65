/**
 * The backtest's gap by ZIP3, grouped by the state each ZIP3 belongs to (the drill-down under the gap
 * map). The groups are the backtest's own byZip3 figures; only the grouping happens here.
 */
import type { BacktestResultDto } from '../../../../shared/ipc/orderReportSchemas';
import type { GeoData } from '../../../../shared/geo';
import type { BacktestGroupDto } from './backtestGap';

/**
 * ZIP3 groups by state code, each state's ZIP3s ascending; ZIP3s the data does not know are left out.
 * @example gapByZip3State({ byZip3: [{ key: '900', ... }] }, loadGeo()).get('CA') // [{ key: '900', ... }]
 */
export function gapByZip3State(
  result: Pick<BacktestResultDto, 'byZip3'>,
  geo: GeoData,
): Map<string, BacktestGroupDto[]> {
  const out = new Map<string, BacktestGroupDto[]>();
  for (const g of result.byZip3) {
    const state = geo.byZip3.get(g.key)?.state;
    if (!state || g.compared === 0) continue;
    const list = out.get(state);
    if (list) list.push(g);
    else out.set(state, [g]);
  }
  for (const list of out.values()) list.sort((a, b) => a.key.localeCompare(b.key));
  return out;
}

/**
 * The state shown first: the one with the most orders that disagree (ties: more orders compared, then
 * the code), or any state with orders when all agree; null when no ZIP3 has a compared order.
 * @example initialDrillState(result, gapByZip3State(result, loadGeo())) // 'CA'
 */
export function initialDrillState(
  result: Pick<BacktestResultDto, 'byState'>,
  byState: ReadonlyMap<string, unknown>,
): string | null {
  const candidates = result.byState.filter((g) => byState.has(g.key));
  if (candidates.length === 0) return byState.size > 0 ? [...byState.keys()].sort()[0]! : null;
  const worst = [...candidates].sort(
    (a, b) => b.compared - b.agree - (a.compared - a.agree) || b.compared - a.compared || a.key.localeCompare(b.key),
  )[0]!;
  return worst.key;
}
