/**
 * Plan advisor benchmark (part of `npm run bench`; alone: `npx tsx test/bench/advisor.ts`): moves
 * evaluated per second with the cached evaluator (lanes and view classes) against a full rebuild per
 * move, measured side by side in the same rounds; advise() on the sample; the best-site search over
 * every populated ZIP3. Wall time, with the process's CPU time beside it (on a shared machine the
 * load average inflates wall time, not CPU time). Printed, never asserted.
 */
import os from 'node:os';
import { sampleSettings } from '../../shared/catalog/sample';
import type { Settings } from '../../shared/domain/settings';
import { CONTIGUOUS_48_DC, loadGeo } from '../../shared/geo';
import { simulate } from '../../shared/engine/simulate';
import { advise } from '../../shared/advisor/advise';
import { resolveCostModel } from '../../shared/catalog/costDefaults';
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
let work = { lanes: 0, computed: 0, reused: 0 };
for (let r = 0; r < 7; r++) {
  const fresh = createEvaluator(geo);
  fresh.evaluate(base, cost);
  const before = { ...fresh.stats };
  inc.push(perMove((s) => fresh.evaluate(s, cost)));
  work = {
    lanes: fresh.stats.lanesCompiled - before.lanesCompiled,
    computed: fresh.stats.viewClassesComputed - before.viewClassesComputed,
    reused: fresh.stats.viewClassesReused - before.viewClassesReused,
  };
  coldMs.push(perMove((s) => cold.evaluate(s, cost)));
  full.push(perMove(rebuild));
}
const [mi, mc, mf] = [median(inc), median(coldMs), median(full)];
console.log(
  `  incremental (cached lanes + view classes)  median ${mi.toFixed(3)} ms/move = ${Math.round(1000 / mi).toLocaleString('en-US')} moves/s`,
);
console.log(
  `    work per move: ${(work.lanes / plans.length).toFixed(2)} lanes compiled, view classes ${(work.computed / plans.length).toFixed(1)} computed / ${(work.reused / plans.length).toFixed(1)} reused`,
);
console.log(
  `  same evaluator, every cache dropped        median ${mc.toFixed(3)} ms/move  -> incremental ${(mc / mi).toFixed(1)} x faster`,
);
console.log(
  `  full rebuild: simulate() + weeklyCost()    median ${mf.toFixed(3)} ms/move  -> incremental ${(mf / mi).toFixed(1)} x faster (target >= 10 x)`,
);

const cpuMs = () => process.cpuUsage().user / 1000;
const adviseMs: number[] = [];
const adviseCpu: number[] = [];
let last = advise(base, geo);
for (let i = 0; i < 3; i++) {
  const [t, c] = [performance.now(), cpuMs()];
  last = advise(base, geo);
  adviseMs.push(performance.now() - t);
  adviseCpu.push(cpuMs() - c);
}
console.log(
  `  advise(sample), default limits            median ${(median(adviseMs) / 1000).toFixed(2)} s (CPU ${(median(adviseCpu) / 1000).toFixed(2)} s; 3 runs; ${last.searchNote.evaluations} plans evaluated)   target <= 2 s`,
);

// Best-site search: a copy of the sample's warehouse at every populated ZIP3 of the 48 + DC.
const scope = new Set(CONTIGUOUS_48_DC);
const sites = geo.zip3s.filter((z) => z.population > 0 && scope.has(z.state));
const siteEval = createEvaluator(geo);
siteEval.evaluate(base, cost);
let t = performance.now();
let c0 = cpuMs();
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
const siteLoopCpu = cpuMs() - c0;
t = performance.now();
c0 = cpuMs();
const withSites = advise(base, geo, { searchSites: true, maxMoves: 2 });
const siteAdvise = performance.now() - t;
const siteAdviseCpu = cpuMs() - c0;
console.log(
  `  best-site search, ${evaluated} ZIP3 sites evaluated     ${(siteLoop / 1000).toFixed(2)} s (CPU ${(siteLoopCpu / 1000).toFixed(2)} s; view classes ${siteEval.stats.viewClassesComputed} computed / ${siteEval.stats.viewClassesReused} reused); advise(searchSites, 2 moves) ${(siteAdvise / 1000).toFixed(2)} s (CPU ${(siteAdviseCpu / 1000).toFixed(2)} s) -> ${withSites.bestSite?.id ?? 'none'}   target <= 10 s`,
);
