/**
 * Bench (`npx tsx test/bench/orderImportAppPath.ts`): a 1,000,000-row Amazon order report imported
 * through the app's own path — dispatch of import:orderReport with a task id, as the page sends it —
 * while task:progress is polled every 200 ms, as the page does. Prints wall and CPU time, how many
 * progress calls were answered during the import (the main process stays free between chunks), the
 * longest gap of a 5 ms timer (how long the event loop was held at once) and the resident memory.
 * The report (256 MiB, Seller Central's 24 columns) is written once to the temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import { openTempWorkspace } from '../support/tempWorkspace';
import { createHandlers, dispatch } from '../../electron/main/ipc/handlers';
import { loadGeo } from '../../shared/geo';

const geo = loadGeo();
const file = `${os.tmpdir()}/shipweek-bench-orders-1m.txt`;
if (!fs.existsSync(file)) {
  const zips: string[] = [];
  for (const z of geo.zip3s) {
    if (['AK', 'HI', 'PR', 'VI', 'GU', 'AS', 'MP', 'AA', 'AE', 'AP'].includes(z.state)) continue;
    for (let k = 1; k < 100; k++) {
      const zip = `${z.zip3}${String(k).padStart(2, '0')}`;
      if (geo.zip5Exists(zip)) {
        zips.push(zip);
        break;
      }
    }
  }
  const fd = fs.openSync(file, 'w');
  let buf =
    'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tship-city\tship-state\tship-postal-code\tship-country\tis-prime\tlatest-ship-date\tpromise-date\n';
  for (let i = 0; i < 1_000_000; i++) {
    const zip = zips[i % zips.length]!;
    const day = 1 + (i % 28);
    const d = `2026-06-${String(day).padStart(2, '0')}`;
    buf += `${100 + (i % 900)}-${String(1_000_000 + Math.floor(i / 900)).padStart(7, '0')}-${String(i).padStart(7, '0')}\tSW-${i}\t${d}T${String(i % 24).padStart(2, '0')}:15:00-07:00\t${d}T18:00:00-07:00\tShipped\tMerchant\tAmazon.com\tStandard\tStoneware mug, 12 oz, blue\tSKU-1\tB0ABCDEFGH\tShipped\t1\tUSD\t14.99\t0.00\t0.00\tSpringfield\t${geo.lookup(zip)!.state}\t${zip}\tUS\t${i % 10 ? 'true' : 'false'}\t${d}T23:59:59Z\t2026-07-0${1 + (i % 5)}T23:59:59-07:00\n`;
    if (buf.length > 4 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}
const size = fs.statSync(file).size;
const tw = openTempWorkspace('bench-app-import', { subfolder: true });
const handlers = createHandlers({
  ...tw.svc,
  startup: tw.ws.report,
  version: '1',
  dataDir: tw.dataDir,
  chooseOpenPath: async () => file,
});
const taskId = 'bench000-0000-4000-8000-000000000001';
let maxGap = 0;
let last = performance.now();
const lag = setInterval(() => {
  const now = performance.now();
  maxGap = Math.max(maxGap, now - last);
  last = now;
}, 5);
let polls = 0;
let lastProgress = 0;
const poller = setInterval(async () => {
  const r = await dispatch(handlers, 'task:progress', { taskId }, () => undefined);
  polls++;
  if (r.ok) lastProgress = (r.value as { bytesRead: number }).bytesRead;
}, 200);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const res = await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, taskId }, (e) => console.error(e));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(lag);
clearInterval(poller);
const v = res.ok ? (res.value as { read: { rows: number; orders: number; primeOrders: number } }).read : null;
console.log(
  JSON.stringify({
    sizeMiB: +(size / 2 ** 20).toFixed(1),
    ok: res.ok,
    rows: v?.rows,
    orders: v?.orders,
    prime: v?.primeOrders,
    wallS: +(wall / 1000).toFixed(2),
    cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    progressPollsAnswered: polls,
    lastPolledBytes: lastProgress,
    maxEventLoopGapMs: +maxGap.toFixed(0),
    rssMiB: +(process.memoryUsage().rss / 2 ** 20).toFixed(0),
  }),
);
tw.close();
