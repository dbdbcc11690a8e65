import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { createHandlers, dispatch, type HandlerTable } from '../../electron/main/ipc/handlers';
import { openWorkspace, type OpenedWorkspace } from '../../electron/main/db/workspace';
import { createServices } from '../../electron/main/services';
import { seedSampleWorkspace } from '../../electron/main/services/workspaceService';
import { dumpDatabase, recordFigure, tempDir } from './support';

/**
 * Every IPC channel of the contract, attacked through `dispatch` — the function Electron's ipcMain
 * handlers and the e2e binding both call — over a real workspace database:
 * - bad payloads (random values, prototype-pollution shapes, huge strings, wrong types, extra and
 *   missing keys, exotic objects) must be refused with `invalid` before any handler runs;
 * - well-formed calls the services must refuse (unknown ids, stale revisions, the live scenario,
 *   duplicate names, unknown ZIPs) must be refused too;
 * - unknown channel names must be `forbidden`;
 * and after all of it the database dump is byte-identical, nothing threw, nothing leaked a stack,
 * and Object.prototype is untouched. (Which sender may call at all is checked by senderGuard and
 * the harness's frame check: see security.test.ts in this folder.)
 */

const SEED = Number(process.env['RELIABILITY_SEED'] ?? Date.now() % 2 ** 31);
const RUNS_PER_CHANNEL = Number(process.env['RELIABILITY_IPC_RUNS'] ?? 400);

describe('IPC fuzzing through dispatch', () => {
  const dataDir = tempDir('ipc');
  let opened: OpenedWorkspace;
  let handlers: HandlerTable;
  let internalErrors: unknown[] = [];
  const log = (e: unknown) => internalErrors.push(e);

  beforeAll(() => {
    opened = openWorkspace({ dataDir, seed: (db) => seedSampleWorkspace(db, new Date()) });
    const services = createServices(opened.db);
    handlers = createHandlers({ ...services, startup: opened.report, version: '0.1.0-test', dataDir });
  });
  afterAll(() => {
    opened?.db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A valid argument per channel, built from the live workspace (the mutations start from these). */
  async function validExamples(): Promise<Partial<Record<Channel, Record<string, unknown>>>> {
    const prefs = (await dispatch(handlers, 'prefs:get', {})) as { ok: true; value: { currentScenarioId: number } };
    const scenarioId = prefs.value.currentScenarioId;
    const doc = (await dispatch(handlers, 'scenario:get', { scenarioId })) as {
      ok: boolean;
      value?: { revision: number; settings: unknown };
    };
    const draft = { name: 'Reno West', zip: '89502', timeZone: 'America/Los_Angeles' };
    return {
      'app:info': {},
      'prefs:get': {},
      'prefs:set': { language: 'fr', theme: 'dark', currentScenarioId: scenarioId },
      'scenario:list': {},
      'scenario:get': { scenarioId },
      'scenario:save': { scenarioId, baseRevision: doc.value?.revision ?? 1, settings: doc.value?.settings },
      'scenario:duplicate': { scenarioId, name: 'Copy' },
      'scenario:rename': { scenarioId, name: 'Renamed' },
      'scenario:delete': { scenarioId },
      'scenario:setLive': { scenarioId },
      'scenario:createFromSettings': { name: 'What it takes: test', settings: doc.value?.settings },
      'warehouse:list': { scenarioId },
      'warehouse:create': { scenarioId, draft },
      'warehouse:update': { scenarioId, id: 'wh-columbus', draft },
      'warehouse:delete': { scenarioId, id: 'wh-columbus' },
      'geo:lookupZip': { zip: '43215' },
      'export:reportPdf': {
        scenarioId,
        lang: 'en',
        policyId: 'us-2021',
        includeReturns: true,
        returnsWarehouseId: 'wh-columbus',
      },
      'export:scenarioJson': { scenarioId },
      'export:csv': { scenarioId, kind: 'metrics', lang: 'fr' },
      'import:settings': { lang: 'en' },
      'import:transitCsv': { scenarioId },
      'plan:get': { scenarioId },
      'plan:draft': { scenarioId, lang: 'en' },
      'plan:save': {
        scenarioId,
        baseRevision: 1,
        sections: [{ id: 'speed.standard.le2', rootCause: 'Friday views', actions: 'Add a Saturday air pickup' }],
      },
      'plan:export': { scenarioId, format: 'markdown' },
      'export:reveal': { path: '/tmp/never-exported.csv', action: 'showInFolder' },
      'import:destinationWeights': { scenarioId },
      'import:orderReport': { scenarioId, adoptShape: true },
      'backtest:run': { scenarioId },
      'returns:list': {},
      'returns:saveReturn': {
        id: null,
        entry: {
          orderId: '112-1',
          item: 'SKU',
          requestedAt: '2026-11-20',
          receivedAt: '2026-11-25',
          quantity: 1,
          refunded: false,
        },
      },
      'returns:deleteReturn': { id: 1 },
      'returns:saveClaim': {
        id: null,
        claim: {
          claimId: 'C-1',
          filedOn: '2026-11-20',
          infoRequestedOn: '2026-11-23',
          decisionOn: '2026-12-03',
          outcome: 'denied',
          disputedOn: '2026-12-05',
        },
      },
      'returns:deleteClaim': { id: 1 },
      'returns:replaceAll': { returns: [{ orderId: '112-1', item: '', requestedAt: '2026-11-20' }], claims: [] },
      'returns:importReport': { scenarioId },
      'returns:exportCsv': { scenarioId, kind: 'returns', lang: 'fr', today: '2026-11-30' },
      'task:progress': { taskId: 'c0ffee00-0000-4000-8000-00000000f022' },
      'task:cancel': { taskId: 'c0ffee00-0000-4000-8000-00000000f022' },
      'import:carrierTransit': { scenarioId, kind: 'usps-standards' },
    } as Partial<Record<Channel, Record<string, unknown>>>;
  }

  const HUGE = 'A'.repeat(2_000_000);
  const hostileValues: unknown[] = [
    undefined,
    null,
    0,
    -0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53 + 2,
    Number.MIN_VALUE,
    10n,
    '',
    ' ',
    '1',
    HUGE,
    '\u0000',
    '\uD800',
    "'; DROP TABLE scenario; --",
    "=cmd|' /C calc'!A0",
    true,
    [],
    [1, 2, 3],
    {},
    new Date(0),
    new Map([['a', 1]]),
    new Uint8Array(16),
    Object.create(null),
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    () => 1,
    Symbol('x'),
  ];

  /** Bad variants of a valid argument: each key replaced, removed, extra keys, pollution shapes, non-objects. */
  function mutations(valid: Record<string, unknown>): unknown[] {
    const out: unknown[] = [...hostileValues];
    for (const key of Object.keys(valid)) {
      const { [key]: _dropped, ...rest } = valid;
      out.push(rest);
      for (const v of hostileValues) out.push({ ...valid, [key]: v });
      const inner = valid[key];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        for (const innerKey of Object.keys(inner)) {
          for (const v of [undefined, null, 7, HUGE, [], {}])
            out.push({ ...valid, [key]: { ...(inner as object), [innerKey]: v } });
        }
        out.push({ ...valid, [key]: { ...(inner as object), extra: 1 } });
      }
    }
    out.push({ ...valid, extra: 1 });
    out.push({ ...valid, constructor: { prototype: { polluted: 'yes' } } });
    out.push(Object.assign(JSON.parse('{"__proto__": {"polluted": "yes"}}'), valid));
    out.push(Object.assign(Object.create({ polluted: 'yes', ...valid }), {}));
    out.push([valid]);
    out.push(JSON.stringify(valid));
    return out;
  }

  const hasStack = (r: unknown) =>
    /\n\s+at |\.ts:\d+|node_modules/.test(
      JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '',
    );

  it('refuses every bad payload on every channel and writes nothing', async () => {
    const examples = await validExamples();
    const missing = CHANNELS.filter((c) => !examples[c]);
    expect(missing, 'add a valid example for each new channel to validExamples()').toEqual([]);

    const before = dumpDatabase(opened.db);
    internalErrors = [];
    let badPayloads = 0;
    let uncaught = 0;
    const problems: string[] = [];
    const guarded = new Set<Channel>();

    const call = async (
      channel: unknown,
      arg: unknown,
    ): Promise<{ ok: boolean; error?: { code: string } } | undefined> => {
      try {
        const r = (await dispatch(handlers, channel, arg, log)) as { ok: boolean; error?: { code: string } };
        if (hasStack(r)) problems.push(`${String(channel)}: answer contains a stack or a source path`);
        return r;
      } catch (e) {
        uncaught++;
        problems.push(`${String(channel)}: dispatch threw ${String(e)}`);
        return undefined;
      }
    };

    for (const channel of CHANNELS) {
      const schema = contract[channel].arg;
      let refusedAll = true;
      let tried = 0;
      const tryBad = async (arg: unknown) => {
        let accepted: boolean;
        try {
          accepted = schema.safeParse(arg).success;
        } catch {
          accepted = false;
        }
        if (accepted) return; // a valid argument is not a bad payload (it may legitimately write)
        badPayloads++;
        tried++;
        const r = await call(channel, arg);
        if (!r || r.ok || r.error?.code !== 'invalid') {
          refusedAll = false;
          problems.push(
            `${channel}: bad payload not refused as invalid: ${String(JSON.stringify(arg))?.slice(0, 120)} -> ${JSON.stringify(r)?.slice(0, 200)}`,
          );
        }
      };
      for (const arg of mutations(examples[channel]!)) await tryBad(arg);
      const randomArgs = fc.sample(
        fc.oneof(
          fc.anything({
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withUnicodeString: true,
          }),
          fc.dictionary(
            fc.constantFrom(
              '__proto__',
              'constructor',
              'prototype',
              'scenarioId',
              'id',
              'draft',
              'name',
              'zip',
              'settings',
              'baseRevision',
              'language',
            ),
            fc.anything(),
            { maxKeys: 5 },
          ),
        ),
        { seed: SEED + CHANNELS.indexOf(channel), numRuns: RUNS_PER_CHANNEL },
      );
      for (const arg of randomArgs) await tryBad(arg);
      if (refusedAll && tried > 0) guarded.add(channel);
    }

    // Channel names that are not in the contract, including names every object has.
    for (const bogus of [
      '',
      'app:info ',
      'APP:INFO',
      'app',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'scenario:drop',
      'fs:readFile',
      42,
      null,
      undefined,
      {},
      ['app:info'],
      Symbol('app:info'),
    ]) {
      badPayloads++;
      const r = await call(bogus, {});
      if (!r || r.ok || r.error?.code !== 'forbidden')
        problems.push(`channel ${String(bogus)}: not refused as forbidden (${JSON.stringify(r)})`);
    }

    const after = dumpDatabase(opened.db);
    const rowsWritten = before === after ? 0 : countRowDifferences(before, after);
    recordFigure(
      'IPC fuzzing',
      `${guarded.size}/${CHANNELS.length} channels guarded; ${badPayloads} bad payloads, ${uncaught} uncaught, ${rowsWritten} rows written`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(internalErrors.map(String)).toEqual([]);
    expect(guarded.size).toBe(CHANNELS.length);
    expect(rowsWritten).toBe(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  }, 120_000);

  it('well-formed calls the services must refuse are refused and write nothing', async () => {
    const ex = await validExamples();
    const scenarioId = (ex['scenario:get'] as { scenarioId: number }).scenarioId;
    const save = ex['scenario:save'] as { baseRevision: number; settings: { warehouses: unknown[] } };
    const draft = { name: 'Reno West', zip: '89502', timeZone: 'America/Los_Angeles' };
    const refused: [Channel, unknown][] = [
      ['prefs:set', { currentScenarioId: 999_999 }],
      ['scenario:get', { scenarioId: 999_999 }],
      ['scenario:save', { scenarioId, baseRevision: save.baseRevision + 1, settings: save.settings }],
      ['scenario:save', { scenarioId: 999_999, baseRevision: 1, settings: save.settings }],
      [
        'scenario:save',
        {
          scenarioId,
          baseRevision: save.baseRevision,
          settings: { ...save.settings, warehouses: [save.settings.warehouses[0], save.settings.warehouses[0]] },
        },
      ],
      ['scenario:duplicate', { scenarioId: 999_999, name: 'Copy' }],
      ['scenario:duplicate', { scenarioId, name: '   ' }],
      ['scenario:rename', { scenarioId, name: '' }],
      ['scenario:rename', { scenarioId: 999_999, name: 'X' }],
      ['scenario:delete', { scenarioId }], // the live one
      ['scenario:delete', { scenarioId: 999_999 }],
      ['scenario:setLive', { scenarioId: 999_999 }],
      ['warehouse:list', { scenarioId: 999_999 }],
      ['warehouse:create', { scenarioId: 999_999, draft }],
      ['warehouse:create', { scenarioId, draft: { ...draft, zip: '00000' } }],
      ['warehouse:create', { scenarioId, draft: { ...draft, zip: '1234' } }],
      ['warehouse:create', { scenarioId, draft: { ...draft, name: '   ' } }],
      ['warehouse:create', { scenarioId, draft: { ...draft, name: 'COLUMBUS dc' } }],
      ['warehouse:create', { scenarioId, draft: { ...draft, timeZone: 'Mars/Olympus' } }],
      ['warehouse:update', { scenarioId, id: 'wh-nope', draft }],
      ['warehouse:update', { scenarioId, id: 'wh-columbus', draft: { ...draft, zip: '99999' } }],
      ['export:reportPdf', { scenarioId: 999_999, lang: 'en' }],
      ['export:reportPdf', { scenarioId, lang: 'en', policyId: 'no-such-policy' }],
      ['export:csv', { scenarioId: 999_999, kind: 'metrics', lang: 'en' }],
      ['export:scenarioJson', { scenarioId: 999_999 }],
      ['import:transitCsv', { scenarioId: 999_999 }],
      ['import:destinationWeights', { scenarioId: 999_999 }],
      ['plan:draft', { scenarioId: 999_999, lang: 'en' }],
      ['plan:export', { scenarioId: 999_999, format: 'pdf' }],
      ['warehouse:delete', { scenarioId, id: 'wh-nope' }],
      ['warehouse:delete', { scenarioId: 999_999, id: 'wh-columbus' }],
    ];
    const before = dumpDatabase(opened.db);
    internalErrors = [];
    const notRefused: string[] = [];
    for (const [channel, arg] of refused) {
      expect(
        contract[channel].arg.safeParse(arg).success,
        `${channel} ${JSON.stringify(arg)} should pass the schema`,
      ).toBe(true);
      const r = await dispatch(handlers, channel, arg, log);
      if (r.ok) notRefused.push(`${channel} ${JSON.stringify(arg).slice(0, 100)}`);
    }
    const after = dumpDatabase(opened.db);
    recordFigure(
      'IPC valid-but-refused calls',
      `${refused.length - notRefused.length}/${refused.length} refused, ${before === after ? 0 : countRowDifferences(before, after)} rows written`,
    );
    expect(notRefused).toEqual([]);
    expect(internalErrors.map(String)).toEqual([]);
    expect(after).toBe(before);
  });
});

/** Rows that differ between two dumps (added, removed or changed), for the figure. */
function countRowDifferences(a: string, b: string): number {
  const rows = (d: string) => {
    const parsed = JSON.parse(d) as { out: Record<string, unknown[]> };
    return new Set(Object.entries(parsed.out).flatMap(([t, rs]) => rs.map((r) => `${t}:${JSON.stringify(r)}`)));
  };
  const ra = rows(a);
  const rb = rows(b);
  let n = 0;
  for (const r of ra) if (!rb.has(r)) n++;
  for (const r of rb) if (!ra.has(r)) n++;
  return Math.max(n, 1);
}
