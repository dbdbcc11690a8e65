/**
 * Eligibility horizon benchmark (part of `npm run bench`; alone: `npx tsx test/bench/eligibility.ts`):
 * compiling the sample's 13 weeks of orders, then the Monte Carlo of 10,000 runs x 13 weeks x 500
 * orders a week (65 million simulated orders), in simulated orders per second, beside a plain
 * per-order loop over the same compiled weeks (a Bernoulli draw for every event, slots found by a scan
 * of the cumulative weights) as the reference. Wall time with the process's CPU time beside it: on a
 * shared machine the load average inflates wall time, not CPU time. Printed, never asserted.
 */
import os from 'node:os';
import { sampleSettings } from '../../shared/catalog/sample';
import { loadGeo } from '../../shared/geo';
import { resolvePolicy } from '../../shared/catalog/policies';
import { compileHorizonOrders, type HorizonOrders } from '../../shared/eligibility/orderTable';
import { DEFAULT_EVALUATION, runCompiledHorizon } from '../../shared/eligibility/horizon';
import { resolveOperations, type ResolvedOperations } from '../../shared/eligibility/operations';
import { createRng, type Rng } from '../../shared/eligibility/rng';

const geo = loadGeo();
const settings = sampleSettings();
const START = '2026-11-22';
const WEEKS = 13;
const RUNS = 10_000;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = <T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } => {
  const c = cpuMs();
  const t = performance.now();
  const value = fn();
  return { value, wallMs: performance.now() - t, cpuMs: cpuMs() - c };
};
const rate = (orders: number, ms: number) => `${(orders / (ms / 1000) / 1e6).toFixed(2)} M/s`;

/** The reference: every order draws every event and finds its slot by a linear scan; same model, no shortcuts. */
function referenceLateOrders(
  compiled: HorizonOrders,
  ops: ResolvedOperations,
  runs: number,
  rng: Rng,
): { late: number; invalid: number } {
  let lateTotal = 0;
  let invalid = 0;
  const cumulative = compiled.weeks.map((wk) => {
    const c = new Float64Array(wk.size);
    let acc = 0;
    for (let s = 0; s < wk.size; s++) {
      acc += wk.weight[s]!;
      c[s] = acc;
    }
    return c;
  });
  for (let r = 0; r < runs; r++) {
    for (let w = 0; w < WEEKS; w++) {
      const wk = compiled.weeks[w]!;
      const cum = cumulative[w]!;
      for (let i = 0; i < ops.weeklyOrders; i++) {
        if (rng() < ops.cancellationRate) continue;
        const u = rng() * cum[cum.length - 1]!;
        let slot = 0;
        while (slot < cum.length - 1 && cum[slot]! <= u) slot++;
        const missed = rng() < ops.missedPickupShare;
        const late = rng() < (missed ? wk.lateMissed[slot]! : wk.lateOnTime[slot]!);
        const bought = wk.outsideBuyShipping[slot] === 0 && rng() < ops.buyShippingShare;
        const isProtected = bought && !missed && rng() < ops.otdrProtectedShare;
        if (late && !isProtected) lateTotal++;
        if (rng() >= ops.validTrackingRate) invalid++;
      }
    }
  }
  return { late: lateTotal, invalid };
}

console.log('');
console.log(
  `Eligibility horizon — sample plan, ${WEEKS} weeks from ${START} (Thanksgiving to February), load ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`,
);
const base = resolvePolicy(settings);
const evaluation = base.evaluation ?? DEFAULT_EVALUATION;
const ops = resolveOperations(settings);
const compiles: { wallMs: number; cpuMs: number }[] = [];
let compiled!: HorizonOrders;
for (let i = 0; i < 3; i++) {
  const c = timed(() => compileHorizonOrders(settings, geo, { start: START, weeks: WEEKS }));
  compiled = c.value;
  compiles.push(c);
}
compiles.sort((a, b) => a.wallMs - b.wallMs);
const slots = compiled.weeks.map((w) => w.size);
console.log(
  `  compile 13 weeks of orders             median ${compiles[1]!.wallMs.toFixed(0)} ms wall, ${compiles[1]!.cpuMs.toFixed(0)} ms CPU   (3 runs; slots per week ${Math.min(...slots)}-${Math.max(...slots)})`,
);

// Warm-up, then the measured run.
runCompiledHorizon(settings, compiled, base, evaluation, ops, {
  start: START,
  weeks: WEEKS,
  runs: 200,
  rng: createRng(2),
});
const mc = timed(() =>
  runCompiledHorizon(settings, compiled, base, evaluation, ops, {
    start: START,
    weeks: WEEKS,
    runs: RUNS,
    rng: createRng(1),
  }),
);
const orders = mc.value.simulatedOrders;
console.log(
  `  Monte Carlo ${RUNS.toLocaleString('en-US')} runs x ${WEEKS} weeks x ${ops.weeklyOrders} orders  ${(mc.wallMs / 1000).toFixed(2)} s wall (${rate(orders, mc.wallMs)}), ${(mc.cpuMs / 1000).toFixed(2)} s CPU (${rate(orders, mc.cpuMs)})   ${(orders / 1e6).toFixed(0)} M orders; target >= 1 M/s`,
);
const total = compiles[1]!.wallMs + mc.wallMs;
const totalCpu = compiles[1]!.cpuMs + mc.cpuMs;
console.log(
  `  compile + Monte Carlo                  ${(total / 1000).toFixed(2)} s wall, ${(totalCpu / 1000).toFixed(2)} s CPU   target <= 5 s`,
);

const refRuns = 1000;
const ref = timed(() => referenceLateOrders(compiled, ops, refRuns, createRng(1)));
const refOrders = refRuns * WEEKS * ops.weeklyOrders;
const fastPerOrder = mc.cpuMs / orders;
const refPerOrder = ref.cpuMs / refOrders;
console.log(
  `  reference per-order loop (${refRuns.toLocaleString('en-US')} runs)     ${rate(refOrders, ref.wallMs)} wall, ${rate(refOrders, ref.cpuMs)} CPU`,
);
console.log(
  `  engine / reference speed ratio (CPU)   ${(refPerOrder / fastPerOrder).toFixed(1)} x   (revoked within 13 weeks: ${(mc.value.revokedWithin.probability * 100).toFixed(1)} %, load now ${os.loadavg()[0]!.toFixed(2)})`,
);
