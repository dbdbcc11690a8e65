import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { dumpDatabase } from '../../../test/support/dbDump';
import { AppError } from '../../../shared/ipc/result';
import { loadGeo } from '../../../shared/geo';
import { computePromise } from '../../../shared/engine/explainedPromise';
import { dayNumber, formatLocalDateTime, isoDate, toLocalMinutes } from '../../../shared/time/timezone';

const geo = loadGeo();
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('orders', { subfolder: true });
});
afterEach(() => tw.close());

function file(name: string, content: string | Buffer): string {
  const p = path.join(tw.dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function rejected(fn: () => Promise<unknown>): Promise<AppError> {
  const before = dumpDatabase(tw.ws.db);
  let error: unknown;
  try {
    await fn();
  } catch (e) {
    error = e;
  }
  expect(error, 'the import was refused').toBeInstanceOf(AppError);
  expect(dumpDatabase(tw.ws.db), 'database unchanged').toBe(before);
  return error as AppError;
}

const HEADER = 'amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tis-prime\tpromise-date';

describe('Amazon order report in the workspace', () => {
  it("replaces the scenario's destination weights with Prime orders per ZIP, and the view profile only when asked", async () => {
    const before = tw.svc.scenarios.get(tw.sid).settings;
    const report = file(
      'orders.txt',
      [
        HEADER,
        '113-0000000-0000001\t2026-06-10T15:00:00-07:00\tStandard\t10001\ttrue\t2026-06-12',
        '113-0000000-0000001\t2026-06-10T15:00:00-07:00\tStandard\t10001\ttrue\t2026-06-12',
        '113-0000000-0000002\t2026-06-11T09:00:00-07:00\tStandard\t10001\ttrue\t2026-06-13',
        '113-0000000-0000003\t2026-06-11T09:00:00-07:00\tStandard\t90001\tfalse\t2026-06-13',
        '113-0000000-0000004\t2026-06-12T09:00:00-07:00\tStandard\t60601-4321\ttrue\t2026-06-15',
        '113-0000000-0000005\t2026-06-12T09:00:00-07:00\tStandard\t00000\ttrue\t2026-06-15',
      ].join('\n'),
    );
    const r = await tw.svc.orders.importOrderReport(tw.sid, report);
    if (r.cancelled) throw new Error('not cancelled');
    expect(r.read).toMatchObject({
      rows: 6,
      orders: 4,
      primeOrders: 3,
      duplicateLines: 1,
      primeZips: 2,
      unknownZips: { rows: 1, zips: ['00000'] },
    });
    const after = tw.svc.scenarios.get(tw.sid);
    expect(after.revision).toBe(r.revision);
    expect(after.settings.destinationWeights).toEqual({ source: 'custom', byZip: { '10001': 2, '60601': 1 } });
    expect(after.settings.viewProfile).toEqual(before.viewProfile);

    const shaped = await tw.svc.orders.importOrderReport(tw.sid, report, { adoptShape: true });
    if (shaped.cancelled) throw new Error('not cancelled');
    expect(shaped.shapeAdopted).toBe(true);
    const profile = tw.svc.scenarios.get(tw.sid).settings.viewProfile;
    expect(profile.source).toBe('custom');
    // 15:00 Pacific on Wednesday 10 June = 18:00 in New York.
    expect(profile.weights[2]![18]).toBe(1);
    expect(profile.weights.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('changes nothing when the report is refused: unknown layout, every ZIP unknown, no Prime order, not UTF-8, a folder, a missing file', async () => {
    const layout = await rejected(() =>
      tw.svc.orders.importOrderReport(tw.sid, file('w.csv', 'zip,weight\n10001,3\n')),
    );
    expect(layout.extra).toMatchObject({
      key: 'reports.import.ordersRejected',
      fields: [{ key: 'orders.report.unknownLayout' }],
    });
    const zips = await rejected(() =>
      tw.svc.orders.importOrderReport(
        tw.sid,
        file('z.txt', `${HEADER}\n1\t2026-06-10T15:00:00Z\tStandard\t00000\ttrue\t\n`),
      ),
    );
    expect(zips.extra.fields!.map((f) => f.key)).toEqual(['orders.report.noUsableOrders', 'orders.report.unknownZip']);
    expect(zips.extra.fields![1]).toMatchObject({ field: 'ship-postal-code', params: { row: 2, value: '00000' } });
    expect(
      (
        await rejected(() =>
          tw.svc.orders.importOrderReport(
            tw.sid,
            file('np.txt', `${HEADER}\n1\t2026-06-10T15:00:00Z\tStandard\t10001\tfalse\t\n`),
          ),
        )
      ).extra.key,
    ).toBe('reports.import.ordersNoPrime');
    expect(
      (await rejected(() => tw.svc.orders.importOrderReport(tw.sid, file('bin.txt', Buffer.from([0x61, 0xff, 0x0a])))))
        .extra.key,
    ).toBe('reports.import.notText');
    expect((await rejected(() => tw.svc.orders.importOrderReport(tw.sid, tw.dir))).extra.key).toBe(
      'reports.import.notAFile',
    );
    expect(
      (await rejected(() => tw.svc.orders.importOrderReport(tw.sid, path.join(tw.dir, 'none.txt')))).extra.key,
    ).toBe('reports.import.cannotRead');
    expect(
      (
        await rejected(() =>
          tw.svc.orders.importOrderReport(
            999_999,
            file('ok.txt', `${HEADER}\n1\t2026-06-10T15:00:00Z\tStandard\t10001\ttrue\t\n`),
          ),
        )
      ).code,
    ).toBe('notFound');
  });

  it('backtests the stored scenario without writing anything', async () => {
    const settings = tw.svc.scenarios.get(tw.sid).settings;
    const lines = [HEADER];
    const zips = ['10001', '90001', '60601', '98101'];
    for (let i = 0; i < 12; i++) {
      const zip = zips[i % 4]!;
      const purchase = Date.UTC(2026, 5, 8 + i, 14, 30) / 60000;
      const r = computePromise(settings, geo, {
        at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(zip)!, purchase)),
        to: zip,
      });
      if (!r.ok) throw new Error('no promise');
      const amazon = i === 5 ? isoDate(dayNumber(r.deliveryDate) + 2) : r.deliveryDate;
      lines.push(
        [
          `113-0000000-${String(i).padStart(7, '0')}`,
          `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
          'Standard',
          zip,
          'true',
          amazon,
        ].join('\t'),
      );
    }
    const report = file('bt.txt', `${lines.join('\n')}\n`);
    const before = dumpDatabase(tw.ws.db);
    const r = await tw.svc.orders.backtestScenario(tw.sid, report);
    if (r.cancelled) throw new Error('not cancelled');
    const { read, result } = r;
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    expect(read.orders).toBe(12);
    expect(result).toMatchObject({ compared: 12, agree: 11 });
    expect(result.worst.map((w) => [w.orderId, w.diffDays])).toEqual([['113-0000000-0000005', -2]]);
  });

  /** A report of `orders` Prime orders to New York, one per line (~80 bytes each). */
  function manyOrders(name: string, orders: number): string {
    const lines = [HEADER];
    for (let i = 0; i < orders; i++)
      lines.push(
        `113-${String(i).padStart(7, '0')}-0000001\t2026-06-10T15:00:00-07:00\tStandard\t10001\ttrue\t2026-06-12`,
      );
    return file(name, `${lines.join('\n')}\n`);
  }

  it('reports progress after every 1 MiB and, stopped after the first, writes nothing (import and backtest)', async () => {
    const report = manyOrders('big.txt', 40_000); // ~2.9 MiB: three chunks, the last one shorter
    const size = fs.statSync(report).size;
    const before = dumpDatabase(tw.ws.db);
    const seen: [number, number][] = [];
    const stopped = await tw.svc.orders.importOrderReport(tw.sid, report, {
      onProgress: (done, total) => seen.push([done, total]),
      isCancelled: () => seen.length >= 1,
    });
    expect(stopped).toEqual({ cancelled: true });
    expect(seen).toEqual([[1024 * 1024, size]]);
    expect(dumpDatabase(tw.ws.db), 'database unchanged').toBe(before);

    const backtestSeen: number[] = [];
    expect(
      await tw.svc.orders.backtestScenario(tw.sid, report, {
        onProgress: (done) => backtestSeen.push(done),
        isCancelled: () => backtestSeen.length >= 2,
      }),
    ).toEqual({ cancelled: true });
    expect(backtestSeen).toEqual([1024 * 1024, 2 * 1024 * 1024]);

    const all: number[] = [];
    const done = await tw.svc.orders.importOrderReport(tw.sid, report, {
      onProgress: (n) => all.push(n),
      isCancelled: () => false,
    });
    if (done.cancelled) throw new Error('not cancelled');
    expect(all).toEqual([1, 2].map((k) => k * 1024 * 1024).concat([size]));
    expect(done.read.primeOrders).toBe(40_000);
    expect(tw.svc.scenarios.get(tw.sid).settings.destinationWeights).toEqual({
      source: 'custom',
      byZip: { '10001': 40_000 },
    });
  });

  it('keeps an edit saved while the file was read: the import applies to the plan as it is when reading ends', async () => {
    const report = manyOrders('mid.txt', 20_000); // two chunks
    let edited = false;
    const r = await tw.svc.orders.importOrderReport(tw.sid, report, {
      onProgress: () => {
        if (edited) return;
        edited = true;
        const doc = tw.svc.scenarios.get(tw.sid);
        tw.svc.scenarios.save(tw.sid, doc.revision, {
          ...doc.settings,
          transitOverrides: [{ serviceId: 'ups-ground', dest: '100', businessDays: 2 }],
        });
      },
    });
    if (r.cancelled) throw new Error('not cancelled');
    const after = tw.svc.scenarios.get(tw.sid);
    expect(after.settings.transitOverrides).toEqual([{ serviceId: 'ups-ground', dest: '100', businessDays: 2 }]);
    expect(after.settings.destinationWeights).toEqual({ source: 'custom', byZip: { '10001': 20_000 } });
  });
});
