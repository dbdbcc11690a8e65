import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { dumpDatabase } from '../../../test/support/dbDump';
import { createHandlers, dispatch, type HandlerTable } from './handlers';

let tw: TempWorkspace;
let handlers: HandlerTable;
let nextFile: string | null;
let savedTo: string | null;
beforeEach(() => {
  tw = openTempWorkspace('ipc-returns', { subfolder: true });
  nextFile = null;
  savedTo = null;
  handlers = createHandlers({
    ...tw.svc,
    startup: tw.ws.report,
    version: '1',
    dataDir: tw.dataDir,
    chooseOpenPath: async () => nextFile,
    chooseSavePath: async ({ defaultName }) => (savedTo = path.join(tw.dir, defaultName)),
  });
});
afterEach(() => tw.close());
const quiet = () => undefined;
const FIXTURE = fs.readFileSync(
  new URL('../../../test/fixtures/returns/returns-report-2026-11.txt', import.meta.url),
  'utf8',
);
const call = (channel: string, arg: unknown) => dispatch(handlers, channel, arg, quiet);

describe('returns channels (through dispatch: the contract parses arguments and results)', () => {
  it('imports the fixture in the warehouse zone, re-import updates by order id and item, never duplicates', async () => {
    expect(await call('returns:importReport', { scenarioId: tw.sid })).toEqual({
      ok: true,
      value: { imported: false, read: null, added: 0, updated: 0, unchanged: 0, register: null },
    });
    nextFile = path.join(tw.dir, 'returns.txt');
    fs.writeFileSync(nextFile, FIXTURE);
    const first = await call('returns:importReport', { scenarioId: tw.sid });
    expect(first).toMatchObject({
      ok: true,
      value: {
        imported: true,
        added: 7,
        updated: 0,
        read: {
          rows: 7,
          received: 6,
          refunded: 1,
          notArrived: 1,
          assumedTimeZone: { timeZone: 'America/New_York', rows: 7 },
        },
      },
    });
    // A later report: the candle arrived and the mug was refunded.
    const lines = FIXTURE.split('\r\n');
    const header = lines[0]!.split('\t');
    const setCell = (item: string, column: string, value: string) => {
      const i = lines.findIndex((l) => l.includes(`\t${item}\t`));
      const cells = lines[i]!.split('\t');
      cells[header.indexOf(column)] = value;
      lines[i] = cells.join('\t');
    };
    setCell('CANDLE-3PK', 'Return delivery date', '2026-12-01');
    setCell('MUG-12OZ-BLU', 'Refunded Amount', '18.99');
    fs.writeFileSync(nextFile, lines.join('\r\n'));
    const second = await call('returns:importReport', { scenarioId: tw.sid });
    expect(second).toMatchObject({ ok: true, value: { added: 0, updated: 2, unchanged: 5 } });
    const list = await call('returns:list', {});
    if (!list.ok) throw new Error('list failed');
    const { returns } = list.value as { returns: { entry: { item: string; receivedAt: string; refunded: boolean } }[] };
    expect(returns).toHaveLength(7);
    expect(returns.find((r) => r.entry.item === 'CANDLE-3PK')!.entry.receivedAt).toBe('2026-12-01');
    expect(returns.find((r) => r.entry.item === 'MUG-12OZ-BLU')!.entry.refunded).toBe(true);
  });

  it('a refused report names row and field and writes nothing', async () => {
    nextFile = path.join(tw.dir, 'bad.txt');
    fs.writeFileSync(
      nextFile,
      'order-id\treturn-request-date\treturn-delivery-date\nB\t2026-11-20\t2026-11-18\nA\t2026-11-20\t\nA\t2026-11-21\t\n',
    );
    const before = dumpDatabase(tw.ws.db);
    const r = await call('returns:importReport', { scenarioId: tw.sid });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        key: 'returns.error.reportRejected',
        fields: [
          { field: 'return-delivery-date', key: 'returns.report.receivedBeforeRequested', params: { row: 2 } },
          { field: 'order-id', key: 'returns.report.duplicateRow', params: { row: 4, first: 3 } },
        ],
      },
    });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
  });

  it('hand entry: save as typed, a duplicate is a conflict, undo puts everything back', async () => {
    const saved = await call('returns:saveReturn', {
      id: null,
      entry: { orderId: '114-1', item: '', requestedAt: '2026-11-24', receivedAt: '2026-11-25' },
    });
    expect(saved).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const id = (saved as { value: { id: number } }).value.id;
    expect(
      await call('returns:saveReturn', {
        id,
        entry: { orderId: '114-1', item: '', requestedAt: '2026-11-24', receivedAt: '2026-11-27' },
      }),
    ).toEqual({ ok: true, value: { id } });
    expect(
      await call('returns:saveReturn', { id: null, entry: { orderId: '114-1', item: '', requestedAt: '2026-11-24' } }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', key: 'returns.error.duplicateReturn' } });
    expect(
      await call('returns:saveReturn', {
        id: null,
        entry: { orderId: '\u001b[2J', item: '', requestedAt: '2026-11-24' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const snapshot = await call('returns:list', {});
    await call('returns:deleteReturn', { id });
    expect(await call('returns:list', {})).toEqual({ ok: true, value: { returns: [], claims: [] } });
    const back = snapshot.ok
      ? (snapshot.value as { returns: { entry: unknown }[]; claims: { claim: unknown }[] })
      : null;
    const restored = await call('returns:replaceAll', {
      returns: back!.returns.map((r) => r.entry),
      claims: back!.claims.map((c) => c.claim),
    });
    expect(restored).toMatchObject({
      ok: true,
      value: { returns: [{ entry: { orderId: '114-1', receivedAt: '2026-11-27' } }] },
    });
  });

  it('a SAFE-T claim walked through request, answer, decision and one dispute; a second dispute and a late one are refused by field', async () => {
    const claim = {
      claimId: 'SAFE-T-9',
      orderId: '112-1',
      filedOn: '2026-11-20',
      amount: 42,
      infoRequestedOn: '2026-11-23',
      infoSentOn: '2026-11-27',
      decisionOn: '2026-12-03',
      outcome: 'denied',
    };
    const r = await call('returns:saveClaim', { id: null, claim });
    expect(r.ok).toBe(true);
    const id = (r as { value: { id: number } }).value.id;
    expect(await call('returns:saveClaim', { id, claim: { ...claim, disputedOn: '2026-12-11' } })).toMatchObject({
      ok: false,
      error: {
        key: 'returns.error.claimDates',
        fields: [{ field: 'disputedOn', key: 'returns.claim.disputeAfterWindow', params: { deadline: '2026-12-10' } }],
      },
    });
    expect(await call('returns:saveClaim', { id, claim: { ...claim, disputedOn: '2026-12-10' } })).toEqual({
      ok: true,
      value: { id },
    });
    expect(await call('returns:saveClaim', { id: null, claim })).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'returns.error.duplicateClaim' },
    });
  });

  it('CSV export: refund-by dates in the warehouse calendar, French headers', async () => {
    nextFile = path.join(tw.dir, 'returns.txt');
    fs.writeFileSync(nextFile, FIXTURE);
    await call('returns:importReport', { scenarioId: tw.sid });
    const r = await call('returns:exportCsv', { scenarioId: tw.sid, kind: 'returns', lang: 'fr', today: '2026-11-30' });
    expect(r).toMatchObject({ ok: true, value: { saved: true } });
    const lines = fs.readFileSync(savedTo!, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toContain('Rembourser au plus tard le');
    expect(lines.find((l) => l.includes('TOWEL-SET-3'))).toContain(
      "2026-11-25,2026-11-30,À faire aujourd'hui,America/New_York",
    );
    expect(lines.find((l) => l.includes('RUG-2X3-GRY'))).toContain('2026-11-27,2026-12-01,À faire,America/New_York');
    expect(
      await call('returns:exportCsv', { scenarioId: tw.sid, kind: 'returns', lang: 'fr', today: '2026-02-30' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('the settings report PDF with the returns section on request (through dispatch)', () => {
  it('prints the register with hand-computed refund-by dates only when includeReturns is set', async () => {
    // Monday 30 November 2026, 10:00 in Columbus (the sample's warehouse, America/New_York).
    const at = openTempWorkspace('ipc-returns-pdf', { subfolder: true, now: () => new Date('2026-11-30T15:00:00Z') });
    try {
      const printed: string[] = [];
      const h = createHandlers({
        ...at.svc,
        startup: at.ws.report,
        version: '1',
        dataDir: at.dataDir,
        chooseOpenPath: async () => path.join(at.dir, 'returns.txt'),
        chooseSavePath: async ({ defaultName }) => path.join(at.dir, defaultName),
        printToPdf: async (html) => {
          printed.push(html);
          return new TextEncoder().encode('%PDF-1.7 stand-in: the HTML is what this test reads');
        },
      });
      fs.writeFileSync(path.join(at.dir, 'returns.txt'), FIXTURE);
      expect(await dispatch(h, 'returns:importReport', { scenarioId: at.sid }, quiet)).toMatchObject({
        ok: true,
        value: { added: 7 },
      });

      expect(await dispatch(h, 'export:reportPdf', { scenarioId: at.sid, lang: 'en' }, quiet)).toMatchObject({
        ok: true,
        value: { saved: true },
      });
      expect(
        await dispatch(h, 'export:reportPdf', { scenarioId: at.sid, lang: 'en', includeReturns: false }, quiet),
      ).toMatchObject({ ok: true });
      expect(
        await dispatch(h, 'export:reportPdf', { scenarioId: at.sid, lang: 'en', includeReturns: true }, quiet),
      ).toMatchObject({ ok: true, value: { saved: true } });
      expect(
        await dispatch(h, 'export:reportPdf', { scenarioId: at.sid, lang: 'fr', includeReturns: true }, quiet),
      ).toMatchObject({ ok: true });
      const [plain, off, en, fr] = printed;
      for (const html of [plain!, off!]) {
        expect(html).not.toContain('class="returns"');
        expect(html).not.toContain('MUG-12OZ-BLU');
      }
      expect(en).toContain('As of 2026-11-30 at Columbus DC (time zone America/New_York)');
      // By hand: arrived Friday 20 Nov -> Mon 23, Tue 24 are the two business days: refund by Tue 24, overdue on the
      // 30th.
      expect(en).toContain(
        '<tr class="overdue"><td>112-3344556-0000001</td><td>MUG-12OZ-BLU</td><td>2026-11-18</td><td>2026-11-20</td><td>2026-11-24</td><td>Overdue</td></tr>',
      );
      // Wednesday 25 Nov, Thanksgiving Thursday and the weekend skipped: Friday 27, Monday 30.
      expect(en).toContain(
        '<td>TOWEL-SET-3</td><td>2026-11-21</td><td>2026-11-25</td><td>2026-11-30</td><td>Due today</td>',
      );
      // Friday 27 Nov -> Monday 30, Tuesday 1 Dec.
      expect(en).toContain('<td>RUG-2X3-GRY</td><td>2026-11-23</td><td>2026-11-27</td><td>2026-12-01</td><td>Due</td>');
      expect(en!.indexOf('class="returns"')).toBeGreaterThan(en!.indexOf('data-check="speed.standard.le2"'));
      expect(fr).toContain('<html lang="fr">');
      expect(fr).toContain('<td>MUG-12OZ-BLU</td><td>2026-11-18</td><td>2026-11-20</td><td>2026-11-24</td>');
      expect(fr).toContain('<th>Rembourser au plus tard le</th>');
      // The calendar of another warehouse when the Returns page shows that one.
      const reno = at.svc.workspace.createWarehouse(at.sid, {
        name: 'Reno West',
        zip: '89502',
        timeZone: 'America/Los_Angeles',
      });
      expect(
        await dispatch(
          h,
          'export:reportPdf',
          { scenarioId: at.sid, lang: 'en', includeReturns: true, returnsWarehouseId: reno.id },
          quiet,
        ),
      ).toMatchObject({ ok: true });
      expect(printed[4]).toContain('As of 2026-11-30 at Reno West (time zone America/Los_Angeles)');
      // A flag that is not a boolean is refused by the contract, like any other bad argument.
      expect(
        await dispatch(h, 'export:reportPdf', { scenarioId: at.sid, lang: 'en', includeReturns: 'yes' }, quiet),
      ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    } finally {
      at.close();
    }
  });
});
