/**
 * Engine benchmark (`npm run bench`). Prints medians and fast/reference ratios measured side by side in
 * this one run; nothing here is asserted (timings are never tests).
 */
import os from 'node:os';
import { sampleSettings } from '../../shared/catalog/sample';
import { loadGeo } from '../../shared/geo';
import { simulate } from '../../shared/engine/simulate';
import { createPromiseEngine, TYPICAL_WEEK_START } from '../../shared/engine/compiledPromiseEngine';
import { computePromise } from '../../shared/engine/explainedPromise';
import { DEFAULT_ENGINE_CATALOG } from '../../shared/engine/engineCatalog';
import { dayNumber, formatLocalDateTime, toLocalMinutes } from '../../shared/time/timezone';
import { referencePromise } from '../reference/promiseReference';
import { referenceSimulation } from '../reference/simulateReference';
import { createRng } from '../../shared/eligibility/rng';

const settings = sampleSettings();
const geo = loadGeo();

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9) };
}

function timeRuns(fn: () => void, warmup: number, runs: number) {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return stats(out);
}

const fmt = (ms: number) => ms.toFixed(2);
const fmtRate = (perSecond: number) =>
  perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${Math.round(perSecond).toLocaleString('en-US')} /s`;

console.log(
  `ShipWeek engine benchmark — Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`,
);
console.log(
  `sample: ${settings.warehouses.length} warehouse, ${settings.warehouses[0]!.services.length} services, ${geo.zip3s.length} ZIP3s, 3 size tiers, 7 x 24 view hours`,
);
console.log('');

// 1. Full simulation of the sample.
const typical = timeRuns(() => simulate(settings, geo), 30, 101);
console.log(
  `simulate(sample, typical week)           median ${fmt(typical.median)} ms   (p10 ${fmt(typical.p10)}, p90 ${fmt(typical.p90)}, 101 runs)`,
);
const real = timeRuns(() => simulate(settings, geo, { weekStart: '2026-11-23' }), 10, 51);
console.log(
  `simulate(sample, week of 2026-11-23)     median ${fmt(real.median)} ms   (p10 ${fmt(real.p10)}, p90 ${fmt(real.p90)}, 51 runs)`,
);
const compile = timeRuns(
  () => createPromiseEngine(settings, geo, { from: TYPICAL_WEEK_START, holidays: false }),
  30,
  101,
);
console.log(`createPromiseEngine(sample)              median ${fmt(compile.median)} ms`);

// 1b. ZIP5 mode (every ZIP5 of 48 + DC, ZIP5 transit overrides applied) beside the ZIP3 simulation,
// runs alternating so the machine's load hits both alike. Worst case: a country-wide UPS Ground file
// with a figure for every ZIP5 (1-5 days by the ZIP5's last digit, so most differ from their ZIP3).
{
  const countryWide = geo.zip3s.flatMap((z) =>
    geo
      .zip5sOf(z.zip3)
      .map((dest) => ({ serviceId: 'ups-ground' as const, dest, businessDays: 1 + (Number(dest) % 5) })),
  );
  const withFile = { ...settings, transitOverrides: [...settings.transitOverrides, ...countryWide] };
  const cases = [
    { name: 'sample, no ZIP5 override', plan: settings },
    { name: `sample + ${countryWide.length.toLocaleString('en-US')} ZIP5 overrides`, plan: withFile },
  ];
  for (const c of cases) {
    const zip3Ms: number[] = [];
    const zip5Ms: number[] = [];
    let summary = simulate(c.plan, geo, { destinations: 'zip5' }).zip5;
    for (let i = 0; i < 10; i++) {
      simulate(c.plan, geo);
      summary = simulate(c.plan, geo, { destinations: 'zip5' }).zip5;
    }
    for (let i = 0; i < 41; i++) {
      let t = performance.now();
      simulate(c.plan, geo);
      zip3Ms.push(performance.now() - t);
      t = performance.now();
      simulate(c.plan, geo, { destinations: 'zip5' });
      zip5Ms.push(performance.now() - t);
    }
    const a = stats(zip3Ms);
    const b = stats(zip5Ms);
    console.log(
      `simulate ZIP5 mode (${c.name}): ${summary!.zips.toLocaleString('en-US')} ZIP5s, ${summary!.withOwnTransit.toLocaleString('en-US')} with their own transit`,
    );
    console.log(
      `  ZIP3 median ${fmt(a.median)} ms (p10 ${fmt(a.p10)}, p90 ${fmt(a.p90)}) | ZIP5 median ${fmt(b.median)} ms (p10 ${fmt(b.p10)}, p90 ${fmt(b.p90)}), 41 runs alternating   ZIP5 / ZIP3 ${(b.median / a.median).toFixed(1)} x   target ZIP5 <= 100 ms`,
    );
  }
}
if (process.env.BENCH_ONLY === 'simulation') process.exit(0);

// 2. Single promises: the same random views for the fast engine, the explained calculator and the oracle.
const engine = createPromiseEngine(settings, geo, { from: TYPICAL_WEEK_START, days: 7, holidays: true });
const random = createRng(7);
const N = 1_000_000;
const views = new Int32Array(N);
const dests = new Int32Array(N);
const weekStartMinute = dayNumber(TYPICAL_WEEK_START) * 1440;
for (let i = 0; i < N; i++) {
  views[i] = weekStartMinute + Math.floor(random() * 7 * 1440);
  dests[i] = Math.floor(random() * geo.zip3s.length);
}
let sink = 0;
const fastRuns: number[] = [];
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  for (let i = 0; i < N; i++) sink += engine.promise(views[i]!, dests[i]!, 0) & 1;
  fastRuns.push(performance.now() - t);
}
const fastMs = stats(fastRuns.slice(2)).median;
const fastPerPromise = fastMs / N;
console.log(
  `promise() fast engine                    ${fmtRate(N / (fastMs / 1000))}   (median of 5 x ${N.toLocaleString('en-US')} promises, ${fmt(fastMs)} ms each)`,
);

const E = 2_000;
const explainedT = performance.now();
for (let i = 0; i < E; i++) {
  const d = geo.zip3s[dests[i]!]!;
  const r = computePromise(settings, geo, {
    at: formatLocalDateTime(toLocalMinutes(d.timeZone, views[i]!)),
    to: d.zip3,
  });
  sink += r.ok ? r.promiseDays : 0;
}
const explainedMs = performance.now() - explainedT;
console.log(
  `computePromise() explained               ${fmtRate(E / (explainedMs / 1000))}   (${E.toLocaleString('en-US')} promises)`,
);

const K = 300;
let agree = 0;
const refT = performance.now();
for (let i = 0; i < K; i++) {
  const ref = referencePromise(settings, geo, DEFAULT_ENGINE_CATALOG, views[i]!, geo.zip3s[dests[i]!]!, {
    holidays: true,
    sizeTier: 'standard',
  });
  if (ref.promiseDays === engine.promise(views[i]!, dests[i]!, 0)) agree++;
}
const refMs = performance.now() - refT;
const refPerPromise = refMs / K;
console.log(
  `reference oracle (minute by minute)      ${fmtRate(K / (refMs / 1000))}   (${K} of the same promises, ${fmt(refMs)} ms; agree ${agree}/${K})`,
);
console.log(
  `  fast / reference speed ratio           ${Math.round(refPerPromise / fastPerPromise).toLocaleString('en-US')} x`,
);

// 3. The simulation against its minute-by-minute integration (every minute of the week, every ZIP3).
const weights = new Map<number, number>();
geo.zip3s.forEach((z, i) => {
  if (z.population > 0 && !['AK', 'HI', 'PR', 'VI', 'GU', 'AS', 'MP'].includes(z.state)) weights.set(i, z.population);
});
const refSimT = performance.now();
const refSim = referenceSimulation(settings, geo, weights, TYPICAL_WEEK_START, false);
const refSimMs = performance.now() - refSimT;
const piecewise = simulate(settings, geo);
console.log(
  `simulation, minute-by-minute integration ${fmt(refSimMs)} ms   (1 run, ${weights.size} ZIP3s x 10,080 minutes x 3 tiers)`,
);
console.log(
  `  piecewise / integration speed ratio    ${Math.round(refSimMs / typical.median).toLocaleString('en-US')} x   (standard <=2d: ${piecewise.tiers.standard.le2.toFixed(6)} vs ${refSim.tiers.standard!.le2.toFixed(6)})`,
);
if (sink === 0.5) console.log('');

// 4. CLI start-up: `shipweek simulate <sample> --json`, wall time of the whole process, the prebuilt
// bundle (what `shipweek` runs) against compiling the sources with tsx (its fallback). Runs
// alternate so a change in the machine's load hits both alike.
{
  const { buildCliBundle } = await import('../../scripts/build-cli.mjs');
  const { spawnSync } = await import('node:child_process');
  const path = await import('node:path');
  const root = path.resolve(import.meta.dirname, '../..');
  await buildCliBundle(root);
  const sample = 'resources/samples/sample-columbus.json';
  const cli = (from: 'bundle' | 'sources') => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['bin/shipweek.mjs', 'simulate', sample, '--json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SHIPWEEK_CLI_FROM: from },
    });
    return { ms: performance.now() - t, status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const first = { bundle: cli('bundle'), sources: cli('sources') };
  if (first.bundle.status === null || first.bundle.status > 1)
    throw new Error(`shipweek simulate failed (exit ${first.bundle.status}): ${first.bundle.stderr}`);
  const same = first.bundle.stdout === first.sources.stdout && first.bundle.status === first.sources.status;
  const bundleMs: number[] = [];
  const sourcesMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    bundleMs.push(cli('bundle').ms);
    sourcesMs.push(cli('sources').ms);
  }
  const b = stats(bundleMs);
  const s = stats(sourcesMs);
  console.log('');
  console.log(
    `CLI \`shipweek simulate ${sample} --json\`, wall time of the process (10 runs each, alternating; load ${os.loadavg()[0]!.toFixed(2)}):`,
  );
  console.log(
    `  prebuilt bundle (out/cli)              median ${(b.median / 1000).toFixed(2)} s   (p10 ${(b.p10 / 1000).toFixed(2)}, p90 ${(b.p90 / 1000).toFixed(2)})   target <= 0.50 s`,
  );
  console.log(
    `  sources compiled by tsx (fallback)     median ${(s.median / 1000).toFixed(2)} s   (p10 ${(s.p10 / 1000).toFixed(2)}, p90 ${(s.p90 / 1000).toFixed(2)})`,
  );
  console.log(
    `  tsx / bundle start-up ratio            ${(s.median / b.median).toFixed(1)} x   (same output: ${same ? 'yes' : 'NO'}, exit ${first.bundle.status})`,
  );
}

// The plan advisor's figures (test/bench/advisor.ts).
await import('./advisor');

// The eligibility horizon's figures (test/bench/eligibility.ts).
await import('./eligibility');

// The Amazon order report import and the backtest over 1,000,000 rows (test/bench/orders.ts).
await import('./orders');
