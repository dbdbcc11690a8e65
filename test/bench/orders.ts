/**
 * Order report benchmark (part of `npm run bench`; alone: `npx tsx test/bench/orders.ts`).
 *
 * Writes a 1,000,000-row Amazon order report (Seller Central's tab-separated layout, 24 columns, one
 * in twenty orders with a second item line, ~5 % of promises moved by a day) to a temp file, then in a
 * FRESH child process each (so the memory figures belong to that work alone):
 * - the streamed import (readOrderReportFile: read, parse, summarise) — time and peak memory;
 * - the streamed backtest (read + backtest as `shipweek backtest` does) — time and peak memory;
 * - the backtest alone over the same orders held in memory — time (the ≤ 5 s target).
 * Peak memory is the high-water mark of process.memoryUsage() sampled after every 1 MiB chunk.
 * Nothing is asserted: timings are never tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sampleSettings } from '../../shared/catalog/sample';
import { loadGeo } from '../../shared/geo';
import { createPromiseEngine } from '../../shared/engine/compiledPromiseEngine';
import { formatLocalDateTime, isoDate, toLocalMinutes } from '../../shared/time/timezone';
import { readOrderReportFile } from '../../electron/main/services/orderReportFile';
import { backtestOrders, createBacktest } from '../../shared/backtest/backtest';
import type { OrderLine } from '../../shared/orders/orderReport';
import { createRng } from '../../shared/eligibility/rng';

const ROWS = 1_000_000;
const HEADER = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'ship-service-level',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
  'currency',
  'item-price',
  'item-tax',
  'shipping-price',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
  'is-prime',
  'latest-ship-date',
  'promise-date',
];

const MB = 1024 * 1024;
const mem = () => process.memoryUsage();

/** Writes the report in 4 MiB pieces: the generator never holds the file either. */
function generate(file: string): { orders: number; bytes: number } {
  const geo = loadGeo();
  const settings = sampleSettings();
  // Existing ZIP5s of the 48 states + DC, weighted by nothing in particular: a few per ZIP3.
  const zips: string[] = [];
  for (const z of geo.zip3s) {
    if (['AK', 'HI', 'PR', 'VI', 'GU', 'AS', 'MP', 'AA', 'AE', 'AP'].includes(z.state)) continue;
    for (let k = 1, found = 0; k < 100 && found < 3; k++) {
      const zip = `${z.zip3}${String(k).padStart(2, '0')}`;
      if (geo.zip5Exists(zip)) {
        zips.push(zip);
        found++;
      }
    }
  }
  const zip3Index = new Map(geo.zip3s.map((z, i) => [z.zip3, i]));
  const random = createRng(2026);
  const start = Date.UTC(2026, 0, 1) / 60000;
  const span = 365 * 1440;
  const fd = fs.openSync(file, 'w');
  let buffer = `${HEADER.join('\t')}\n`;
  let bytes = 0;
  let orders = 0;
  const engines = new Map<number, ReturnType<typeof createPromiseEngine>>();
  for (let row = 0; row < ROWS;) {
    const purchase = start + Math.floor(random() * span);
    const zip = zips[Math.floor(random() * zips.length)]!;
    const block = Math.floor(Math.floor(purchase / 1440) / 28);
    let engine = engines.get(block);
    if (!engine)
      engines.set(block, (engine = createPromiseEngine(settings, geo, { from: isoDate(block * 28), days: 28 })));
    const days = engine.promise(purchase, zip3Index.get(zip.slice(0, 3))!);
    const delivery =
      days === Number.POSITIVE_INFINITY
        ? Math.floor(purchase / 1440) + 5
        : engine.lastDeliveryDay + (random() < 0.05 ? (random() < 0.5 ? 1 : -1) : 0);
    const id = `${100 + (orders % 900)}-${String(1_000_000 + Math.floor(orders / 900)).padStart(7, '0')}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    const z = geo.lookup(zip)!;
    // Seller Central writes the Pacific clock with its offset.
    const local = toLocalMinutes('America/Los_Angeles', purchase);
    const purchaseText = `${formatLocalDateTime(local)}:00${local - purchase === -420 ? '-07:00' : '-08:00'}`;
    const items = random() < 0.05 ? 2 : 1;
    for (let item = 0; item < items && row < ROWS; item++, row++) {
      const cells = [
        id,
        `SW-${orders}`,
        purchaseText,
        purchaseText,
        'Shipped',
        'Merchant',
        'Amazon.com',
        random() < 0.2 ? 'SecondDay' : 'Standard',
        item === 0 ? 'Stoneware mug, 12 oz, blue' : '12" bamboo ruler',
        `SKU-${item}`,
        'B0ABCDEFGH',
        'Shipped',
        '1',
        'USD',
        '14.99',
        '0.00',
        '0.00',
        'Springfield',
        z.state,
        zip,
        'US',
        random() < 0.9 ? 'true' : 'false',
        `${isoDate(Math.floor(purchase / 1440) + 1)}T06:59:59Z`,
        `${isoDate(delivery)}T23:59:59-07:00`,
      ];
      buffer += `${cells.join('\t')}\n`;
    }
    orders++;
    if (buffer.length > 4 * MB) {
      bytes += fs.writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return { orders, bytes };
}

/** Runs in the child: one measurement, printed as JSON on stdout. */
function child(kind: string, file: string): void {
  const geo = loadGeo();
  const settings = sampleSettings();
  const base = mem();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = mem();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const c = process.cpuUsage(cpu0);
    return (c.user + c.system) / 1000;
  };
  if (kind === 'import') {
    const t = performance.now();
    const r = readOrderReportFile(file, { geo, onProgress: sample });
    const ms = performance.now() - t;
    const cpu = cpuMs();
    sample();
    if ('problem' in r || !r.ok) throw new Error(JSON.stringify(r));
    console.log(
      JSON.stringify({
        ms,
        cpu,
        baseRss: base.rss,
        peakRss,
        peakHeap,
        rows: r.summary.rows,
        orders: r.summary.orders,
        prime: r.summary.primeOrders,
        duplicates: r.summary.duplicateLines,
      }),
    );
    return;
  }
  // Streamed backtest, as the CLI runs it.
  const bt = createBacktest(settings, geo);
  const t = performance.now();
  const r = readOrderReportFile(file, { geo, onOrder: (line) => bt.add(line), onProgress: sample });
  const result = bt.finish();
  const ms = performance.now() - t;
  const cpu = cpuMs();
  sample();
  if ('problem' in r || !r.ok) throw new Error(JSON.stringify(r));
  // The backtest alone: the same orders held in memory first (after the streamed figures were taken).
  const lines: OrderLine[] = [];
  readOrderReportFile(file, { geo, onOrder: (line) => lines.push(line) });
  const t2 = performance.now();
  const cpu2 = process.cpuUsage();
  const again = backtestOrders(settings, geo, lines);
  const alone = performance.now() - t2;
  const c2 = process.cpuUsage(cpu2);
  console.log(
    JSON.stringify({
      ms,
      cpu,
      aloneCpu: (c2.user + c2.system) / 1000,
      baseRss: base.rss,
      peakRss,
      peakHeap,
      alone,
      compared: result.compared,
      agree: result.agree,
      againAgree: again.agree,
      suggestions: result.suggestedOverrides.length,
      blocks: result.blocksCompiled,
      prime: result.primeOrders,
    }),
  );
}

const here = fileURLToPath(import.meta.url);
if (process.argv[2] === '--child') {
  child(process.argv[3]!, process.argv[4]!);
} else {
  // SHIPWEEK_BENCH_ORDERS=<path> keeps the generated report there and reuses it on the next run.
  const keep = process.env.SHIPWEEK_BENCH_ORDERS;
  const dir = keep ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'shipweek-orders-bench-'));
  const file = keep ?? path.join(dir!, 'orders-1m.txt');
  try {
    console.log('');
    console.log(
      `Amazon order report, ${ROWS.toLocaleString('en-US')} rows (load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} at start; 2 cores shared):`,
    );
    let bytes: number;
    if (keep && fs.existsSync(keep)) {
      bytes = fs.statSync(keep).size;
      console.log(`  reusing ${keep} (${(bytes / MB).toFixed(0)} MiB)`);
    } else {
      const g0 = performance.now();
      const generated = generate(file);
      bytes = generated.bytes;
      console.log(
        `  generated ${(bytes / MB).toFixed(0)} MiB, ${generated.orders.toLocaleString('en-US')} orders in ${((performance.now() - g0) / 1000).toFixed(1)} s (not part of the figures)`,
      );
    }
    const run = (kind: string) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', kind, file], {
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      });
      if (r.status !== 0) throw new Error(`child ${kind} failed: ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    };
    const imp = run('import');
    console.log(
      `  streamed import                         ${(imp.ms / 1000).toFixed(2)} s wall, ${(imp.cpu / 1000).toFixed(2)} s CPU   target <= 10 s   (${imp.rows.toLocaleString('en-US')} rows, ${imp.orders.toLocaleString('en-US')} orders, ${imp.prime.toLocaleString('en-US')} Prime, ${imp.duplicates.toLocaleString('en-US')} item lines counted once)`,
    );
    console.log(
      `    peak memory                           rss ${(imp.peakRss / MB).toFixed(0)} MiB (${(imp.baseRss / MB).toFixed(0)} MiB before reading), heap ${(imp.peakHeap / MB).toFixed(0)} MiB — file ${(bytes / MB).toFixed(0)} MiB`,
    );
    const bt = run('backtest');
    console.log(
      `  streamed read + backtest                ${(bt.ms / 1000).toFixed(2)} s wall, ${(bt.cpu / 1000).toFixed(2)} s CPU   (${bt.compared.toLocaleString('en-US')} Prime orders compared, ${bt.agree.toLocaleString('en-US')} agree, ${bt.suggestions} suggestions, ${bt.blocks} engine blocks)`,
    );
    console.log(
      `    peak memory                           rss ${(bt.peakRss / MB).toFixed(0)} MiB (${(bt.baseRss / MB).toFixed(0)} MiB before reading), heap ${(bt.peakHeap / MB).toFixed(0)} MiB`,
    );
    console.log(
      `  backtest alone, orders in memory        ${(bt.alone / 1000).toFixed(2)} s wall, ${(bt.aloneCpu / 1000).toFixed(2)} s CPU   target <= 5 s   (same agreement: ${bt.againAgree === bt.agree ? 'yes' : 'NO'})`,
    );
    console.log(
      `  load at end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}`,
    );
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
