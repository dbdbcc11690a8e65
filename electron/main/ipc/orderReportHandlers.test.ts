import fs from 'node:fs';
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
  handlers = createHandlers({ ...tw.svc, startup: tw.ws.report, version: '1', dataDir: tw.dataDir, chooseOpenPath: async () => nextFile });
});
afterEach(() => tw.close());
const quiet = () => undefined;

function file(name: string, content: string): string {
  const p = path.join(tw.dir, name);
  fs.writeFileSync(p, content);
  return p;
}
const REPORT = 'amazon-order-id\tpurchase-date\tship-postal-code\tis-prime\tpromise-date\n113-0000000-0000001\t2026-06-10T15:00:00-07:00\t10001\ttrue\t2026-06-12\n113-0000000-0000002\t2026-06-10T15:00:00-07:00\t90001\ttrue\t2026-06-30\n';

describe('order report channels (through dispatch: the contract parses arguments and results)', () => {
  it('import:orderReport imports, answers what was read, and a cancelled dialog changes nothing', async () => {
    const before = dumpDatabase(tw.ws.db);
    expect(await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid }, quiet)).toEqual({ ok: true, value: { imported: false, read: null } });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    nextFile = file('orders.txt', REPORT);
    const res = await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, adoptShape: false }, quiet);
    expect(res).toMatchObject({ ok: true, value: { imported: true, read: { rows: 2, orders: 2, primeOrders: 2, primeZips: 2, delimiter: 'tab' } } });
    expect(tw.svc.scenarios.get(tw.sid).settings.destinationWeights).toEqual({ source: 'custom', byZip: { '10001': 1, '90001': 1 } });
  });

  it('a refused report comes back as an error with its problems, the database unchanged', async () => {
    nextFile = file('w.csv', 'zip,weight\n10001,1\n');
    const before = dumpDatabase(tw.ws.db);
    const res = await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid }, quiet);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid', key: 'reports.import.ordersRejected' } });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    expect((await dispatch(handlers, 'import:orderReport', { scenarioId: tw.sid, adoptShape: 'yes' }, quiet)).ok).toBe(false);
  });

  it('backtest:run answers the agreement and the worst orders with their explanation', async () => {
    nextFile = file('orders.txt', REPORT);
    const res = await dispatch(handlers, 'backtest:run', { scenarioId: tw.sid }, quiet);
    if (!res.ok) throw new Error(JSON.stringify(res));
    const value = res.value as { done: boolean; result: { compared: number; agree: number; worst: { orderId: string; explanation: unknown[] }[] } };
    expect(value.done).toBe(true);
    expect(value.result.compared).toBe(2);
    // 30 June is far later than any promise from Columbus: that order disagrees.
    expect(value.result.worst.map((w) => w.orderId)).toContain('113-0000000-0000002');
    expect(value.result.worst[0]!.explanation.length).toBeGreaterThan(3);
  });
});
