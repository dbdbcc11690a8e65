import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { dumpDatabase } from '../../../test/support/dbDump';
import { createHandlers, dispatch, type HandlerTable } from './handlers';

let tw: TempWorkspace;
let handlers: HandlerTable;
let nextFile: string | null;
beforeEach(() => {
  tw = openTempWorkspace('ipc-orders', { subfolder: true });
  nextFile = null;
  handlers = createHandlers({
    ...tw.svc,
    startup: tw.ws.report,
    version: '1',
    dataDir: tw.dataDir,
    chooseOpenPath: async () => nextFile,
  });
});
afterEach(() => tw.close());
const quiet = () => undefined;

function file(name: string, content: string): string {
  const p = path.join(tw.dir, name);
  fs.writeFileSync(p, content);
  return p;
}
const REPORT =
  'amazon-order-id\tpurchase-date\tship-postal-code\tis-prime\tpromise-date\n113-0000000-0000001\t2026-06-10T15:00:00-07:00\t10001\ttrue\t2026-06-12\n113-0000000-0000002\t2026-06-10T15:00:00-07:00\t90001\ttrue\t2026-06-30\n';

describe('order report channels (through dispatch: the contract parses arguments and results)', () => {
  it('import:orderReport imports, answers what was read, and a cancelled dialog changes nothing', async () => {
    const before = dumpDatabase(tw.ws.db);
    expect(await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid }, quiet)).toEqual({
      ok: true,
      value: { imported: false, read: null, cancelled: false },
    });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    nextFile = file('orders.txt', REPORT);
    const res = await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, adoptShape: false }, quiet);
    expect(res).toMatchObject({
      ok: true,
      value: { imported: true, read: { rows: 2, orders: 2, primeOrders: 2, primeZips: 2, delimiter: 'tab' } },
    });
    expect(tw.svc.scenarios.get(tw.sid).settings.destinationWeights).toEqual({
      source: 'custom',
      byZip: { '10001': 1, '90001': 1 },
    });
  });

  it('a skipped row’s example arrives with its code, key and technical place, as the reader made it', async () => {
    nextFile = file('orders.txt', `${REPORT}113-0000000-0000003\t2026-06-10T15:00:00-07:00\tABCDE\ttrue\t2026-06-12\n`);
    const res = await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid }, quiet);
    if (!res.ok) throw new Error(JSON.stringify(res));
    const { read } = res.value as { read: { skipped: { total: number; examples: unknown[] } } };
    expect(read.skipped.total).toBe(1);
    expect(read.skipped.examples).toEqual([
      {
        row: 4,
        field: 'ship-postal-code',
        code: 'badZip',
        messageKey: 'orders.report.badZip',
        params: { value: '"ABCDE"' },
        message: expect.stringContaining('ABCDE'),
        details: 'rows[3].ship-postal-code',
      },
    ]);
  });

  it('a refused report comes back as an error with its problems, the database unchanged', async () => {
    nextFile = file('w.csv', 'zip,weight\n10001,1\n');
    const before = dumpDatabase(tw.ws.db);
    const res = await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid }, quiet);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid', key: 'reports.import.ordersRejected' } });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    expect((await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, adoptShape: 'yes' }, quiet)).ok).toBe(
      false,
    );
  });

  it('backtest:run answers the agreement and the worst orders with their explanation', async () => {
    nextFile = file('orders.txt', REPORT);
    const res = await dispatch(handlers, 'backtest:run', { scenarioId: tw.sid }, quiet);
    if (!res.ok) throw new Error(JSON.stringify(res));
    const value = res.value as {
      done: boolean;
      result: { compared: number; agree: number; worst: { orderId: string; explanation: unknown[] }[] };
    };
    expect(value.done).toBe(true);
    expect(value.result.compared).toBe(2);
    // 30 June is far later than any promise from Columbus: that order disagrees.
    expect(value.result.worst.map((w) => w.orderId)).toContain('113-0000000-0000002');
    expect(value.result.worst[0]!.explanation.length).toBeGreaterThan(3);
  });

  it('task:progress follows a named import over a slow pipe, and task:cancel stops it with nothing written', async () => {
    const fifo = path.join(tw.dir, 'orders.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = fs.openSync(fifo, fs.constants.O_RDWR); // a writer that sends one part, then goes quiet
    const lines = [REPORT.trimEnd()];
    for (let i = 0; i < 600; i++)
      lines.push(`113-1000000-${String(i).padStart(7, '0')}\t2026-06-10T15:00:00-07:00\t10001\ttrue\t2026-06-12`);
    const part = `${lines.join('\n')}\n`;
    fs.writeSync(writer, part);
    const taskId = 'c0ffee00-0000-4000-8000-000000000001';
    expect(await dispatch(handlers, 'task:progress', { taskId }, quiet)).toEqual({
      ok: true,
      value: { state: 'waiting', bytesRead: 0, totalBytes: 0 },
    });
    const before = dumpDatabase(tw.ws.db);
    nextFile = fifo;
    const call = dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, taskId }, quiet);
    let progress: unknown;
    do {
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress = await dispatch(handlers, 'task:progress', { taskId }, quiet);
    } while ((progress as { value: { bytesRead: number } }).value.bytesRead === 0);
    expect(progress).toEqual({
      ok: true,
      value: { state: 'running', bytesRead: Buffer.byteLength(part), totalBytes: 0 },
    });
    expect(await dispatch(handlers, 'task:cancel', { taskId }, quiet)).toEqual({
      ok: true,
      value: { cancelling: true },
    });
    expect(await call).toEqual({ ok: true, value: { imported: false, read: null, cancelled: true } });
    expect((await dispatch(handlers, 'task:progress', { taskId }, quiet)) as unknown).toMatchObject({
      ok: true,
      value: { state: 'cancelled' },
    });
    expect(await dispatch(handlers, 'task:cancel', { taskId }, quiet)).toEqual({
      ok: true,
      value: { cancelling: false },
    });
    fs.closeSync(writer);
    expect(dumpDatabase(tw.ws.db)).toBe(before);
  });

  it('a task cancelled before its call starts (the browser still uploading) answers cancelled at once; bad task ids are refused', async () => {
    const taskId = 'c0ffee00-0000-4000-8000-000000000002';
    expect(await dispatch(handlers, 'task:cancel', { taskId }, quiet)).toEqual({
      ok: true,
      value: { cancelling: true },
    });
    nextFile = file('orders.txt', REPORT);
    const before = dumpDatabase(tw.ws.db);
    expect(await dispatch(handlers, 'backtest:run', { scenarioId: tw.sid, taskId }, quiet)).toEqual({
      ok: true,
      value: { done: false, read: null, result: null, cancelled: true },
    });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    // Another task runs to the end and says so.
    const other = 'c0ffee00-0000-4000-8000-000000000003';
    expect(await dispatch(handlers, 'backtest:run', { scenarioId: tw.sid, taskId: other }, quiet)).toMatchObject({
      ok: true,
      value: { done: true, cancelled: false },
    });
    expect(await dispatch(handlers, 'task:progress', { taskId: other }, quiet)).toEqual({
      ok: true,
      value: { state: 'finished', bytesRead: Buffer.byteLength(REPORT), totalBytes: Buffer.byteLength(REPORT) },
    });
    for (const bad of ['short', 'x'.repeat(65), '../../etc/passwd', 42, null]) {
      expect((await dispatch(handlers, 'task:progress', { taskId: bad }, quiet)).ok).toBe(false);
      expect((await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, taskId: bad }, quiet)).ok).toBe(
        false,
      );
    }
  });

  it('backtest:run judges the orders of a date range with the plan in force then, and refuses a backwards or unreal range', async () => {
    const base = tw.svc.scenarios.get(tw.sid).settings;
    // June's plan had no UPS Next Day Air Saver: with it in force for June, a June order gets that plan's (later)
    // promise.
    const june = {
      ...base,
      warehouses: base.warehouses.map((w) => ({
        ...w,
        services: w.services.filter((s) => s.serviceId !== 'ups-next-day-air-saver'),
      })),
    };
    const other = tw.svc.scenarios.createFromSettings('June plan', june);
    nextFile = file('orders.txt', REPORT);
    const plain = await dispatch(handlers, 'backtest:run', { scenarioId: tw.sid }, quiet);
    const inForce = await dispatch(
      handlers,
      'backtest:run',
      { scenarioId: tw.sid, plansInForce: [{ scenarioId: other.id, from: '2026-06-01', to: '2026-06-30' }] },
      quiet,
    );
    if (!plain.ok || !inForce.ok) throw new Error(JSON.stringify([plain, inForce]).slice(0, 400));
    const a = (plain.value as { result: { byPlan: unknown[] } }).result;
    const b = (
      inForce.value as {
        result: { byPlan: { name: string | null; compared: number }[]; worst: { planName: string | null }[] };
      }
    ).result;
    expect(a.byPlan).toEqual([{ name: null, compared: 2, agree: expect.any(Number) }]);
    expect(b.byPlan.map((p) => [p.name, p.compared])).toEqual([
      [null, 0],
      ['June plan', 2],
    ]);
    expect(b.worst.every((w) => w.planName === 'June plan')).toBe(true);
    const before = dumpDatabase(tw.ws.db);
    nextFile = file('orders2.txt', REPORT);
    expect(
      await dispatch(
        handlers,
        'backtest:run',
        { scenarioId: tw.sid, plansInForce: [{ scenarioId: other.id, from: '2026-06-30', to: '2026-06-01' }] },
        quiet,
      ),
    ).toMatchObject({ ok: false, error: { key: 'reports.backtest.planRangeBackwards' } });
    expect(
      (
        await dispatch(
          handlers,
          'backtest:run',
          { scenarioId: tw.sid, plansInForce: [{ scenarioId: other.id, from: '2026-02-30', to: '2026-03-01' }] },
          quiet,
        )
      ).ok,
    ).toBe(false);
    // Two ranges sharing dates: refused, naming both plans and the shared dates.
    const overlapping = [
      { scenarioId: other.id, from: '2026-06-01', to: '2026-06-30' },
      { scenarioId: other.id, from: '2026-06-25', to: '2026-07-10' },
    ];
    expect(
      await dispatch(handlers, 'backtest:run', { scenarioId: tw.sid, plansInForce: overlapping }, quiet),
    ).toMatchObject({
      ok: false,
      error: {
        key: 'reports.backtest.plansOverlap',
        params: {
          first: 'June plan',
          firstFrom: '2026-06-01',
          firstTo: '2026-06-30',
          second: 'June plan',
          secondFrom: '2026-06-25',
          secondTo: '2026-07-10',
          from: '2026-06-25',
          to: '2026-06-30',
        },
      },
    });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
  });
});
