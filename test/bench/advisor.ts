/**
 * Plan advisor benchmark (part of `npm run bench`): moves evaluated per second with the lane-cached
 * evaluator against a full rebuild per move, measured side by side in the same rounds; advise() on
 * the sample; the best-site search over every populated ZIP3. Printed, never asserted.
 */
import os from 'node:os';
import { sampleSettings } from '../../shared/domain/sample';
import type { Settings } from '../../shared/domain/settings';
import { CONTIGUOUS_48_DC, loadGeo } from '../../shared/geo';
import { simulate } from '../../shared/engine/simulate';
import { advise } from '../../shared/advisor/advise';
import { resolveCostModel } from '../../shared/advisor/costModel';
import { createEvaluator } from '../../shared/advisor/evaluator';
import { applyMove, generateMoves, representativeZip, warehouseMove } from '../../shared/advisor/moves';
import { weeklyCost } from '../../shared/advisor/weeklyCost';

const geo = loadGeo();
const base = sampleSettings();
const cost = resolveCostModel(base);
const plans = generateMoves(base, geo, cost)
  .map((m) => applyMove(base, m))
  .filter((s): s is Settings => s !== null);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perMove = (fn: (s: Settings) => void) => {
  const t = performance.now();
  for (const p of plans) fn(p);
  return (performance.now() - t) / plans.length;
};

console.log('');
console.log(`Plan advisor — ${plans.length} single moves of the sample, load ${os.loadavg()[0]!.toFixed(2)}`);
const warm = createEvaluator(geo);
warm.evaluate(base, cost);
const cold = createEvaluator(geo, { incremental: false });
const rebuild = (s: Settings) => {
  simulate(s, geo);
  weeklyCost(s, geo);
};
// Warm-up of all three, then rounds that alternate so load changes hit them alike. The warm
// evaluator starts each round from the plan alone, so every move's own lane is compiled again.
for (let i = 0; i < 2; i++) {
  perMove((s) => warm.evaluate(s, cost));
  perMove((s) => cold.evaluate(s, cost));
  perMove(rebuild);
}
const inc: number[] = [];
const coldMs: number[] = [];
const full: number[] = [];
for (let r = 0; r < 7; r++) {
  const fresh = createEvaluator(geo);
  fresh.evaluate(base, cost);
  inc.push(perMove((s) => fresh.evaluate(s, cost)));
  coldMs.push(perMove((s) => cold.evaluate(s, cost)));
  full.push(perMove(rebuild));
}
const [mi, mc, mf] = [median(inc), median(coldMs), median(full)];
console.log(`  incremental (a move recompiles its lanes)  median ${mi.toFixed(3)} ms/move = ${Math.round(1000 / mi).toLocaleString('en-US')} moves/s`);
console.log(`  same evaluator, every cache dropped        median ${mc.toFixed(3)} ms/move  -> incremental ${(mc / mi).toFixed(1)} x faster`);
console.log(`  full rebuild: simulate() + weeklyCost()    median ${mf.toFixed(3)} ms/move  -> incremental ${(mf / mi).toFixed(1)} x faster (target >= 10 x)`);

const adviseMs: number[] = [];
let last = advise(base, geo);
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  last = advise(base, geo);
  adviseMs.push(performance.now() - t);
}
console.log(`  advise(sample), default limits            median ${(median(adviseMs) / 1000).toFixed(2)} s (3 runs; ${last.searchNote.evaluations} plans evaluated)   target <= 2 s`);

// Best-site search: a copy of the sample's warehouse at every populated ZIP3 of the 48 + DC.
const scope = new Set(CONTIGUOUS_48_DC);
const sites = geo.zip3s.filter((z) => z.population > 0 && scope.has(z.state));
const siteEval = createEvaluator(geo);
siteEval.evaluate(base, cost);
let t = performance.now();
let evaluated = 0;
for (const z of sites) {
  const zip = representativeZip(geo, z.zip3);
  const m = zip ? warehouseMove(base, geo, base.warehouses[0]!.id, zip) : null;
  const s = m ? applyMove(base, m) : null;
  if (!s) continue;
  siteEval.evaluate(s, cost);
  evaluated++;
}
const siteLoop = performance.now() - t;
t = performance.now();
const withSites = advise(base, geo, { searchSites: true, maxMoves: 2 });
const siteAdvise = performance.now() - t;
console.log(`  best-site search, ${evaluated} ZIP3 sites evaluated     ${(siteLoop / 1000).toFixed(2)} s; advise(searchSites, 2 moves) ${(siteAdvise / 1000).toFixed(2)} s -> ${withSites.bestSite?.id ?? 'none'}   target <= 10 s`);
