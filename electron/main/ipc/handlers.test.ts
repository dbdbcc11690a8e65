import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import type { OpenedWorkspace } from '../db/workspace';
import { createServices } from '../services';
import { createHandlers, dispatch, type HandlerTable } from './handlers';
import { CHANNELS } from '../../../shared/ipc/contract';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels';

let dir: string;
let ws: OpenedWorkspace;
let handlers: HandlerTable;
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('ipc');
  ({ dir, ws } = tw);
  handlers = createHandlers({ ...tw.svc, startup: ws.report, version: '1.2.3', dataDir: dir });
});
afterEach(() => tw.close());

const quiet = () => undefined;
const rowCount = () =>
  (
    ws.db
      .prepare(
        'SELECT (SELECT count(*) FROM warehouse) + (SELECT count(*) FROM scenario) + (SELECT count(*) FROM pref) + (SELECT total(revision) FROM scenario) AS n',
      )
      .get() as { n: number }
  ).n;

describe('dispatch', () => {
  it('every contract channel has a handler and is allow-listed for the preload', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a good call with { ok: true, value }', async () => {
    const res = await dispatch(handlers, 'scenario:list', {}, quiet);
    expect(res.ok).toBe(true);
    if (res.ok) expect((res.value as { name: string }[])[0]!.name).toContain('Columbus');
  });

  it('refuses unknown channels and prototype keys', async () => {
    for (const ch of ['nope:nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const res = await dispatch(handlers, ch, {}, quiet);
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('parses arguments before anything runs: malformed payloads change nothing', async () => {
    const before = rowCount();
    const bad: [string, unknown][] = [
      ['warehouse:create', undefined],
      ['warehouse:create', { scenarioId: '1', draft: { name: 'A', zip: '43215', timeZone: 'America/New_York' } }],
      [
        'warehouse:create',
        { scenarioId: 1, draft: { name: 'A'.repeat(500), zip: '43215', timeZone: 'America/New_York' } },
      ],
      [
        'warehouse:create',
        { scenarioId: 1, draft: { name: 'A', zip: '43215', timeZone: 'America/New_York' }, extra: true },
      ],
      ['warehouse:delete', { scenarioId: -1, id: 'x' }],
      ['prefs:set', { language: 'de' }],
      ['prefs:set', { isAdmin: true }],
      ['app:info', { anything: 1 }],
    ];
    for (const [channel, arg] of bad) {
      const res = await dispatch(handlers, channel, arg, quiet);
      expect(res.ok, `${channel} ${JSON.stringify(arg)}`).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('invalid');
    }
    expect(rowCount()).toBe(before);
  });

  it('turns service refusals into field errors and unexpected failures into a plain message without a stack', async () => {
    const refused = await dispatch(
      handlers,
      'warehouse:create',
      { scenarioId: 1, draft: { name: '', zip: '1', timeZone: 'x' } },
      quiet,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!refused.ok) expect(refused.error.fields?.map((f) => f.field).sort()).toEqual(['name', 'timeZone', 'zip']);

    const boom = createHandlers({ ...createServices(ws.db), startup: ws.report, version: '1', dataDir: dir });
    boom['scenario:list'] = () => {
      throw new Error('secret internals at /home/user/x.ts:12');
    };
    const failed = await dispatch(boom, 'scenario:list', {}, quiet);
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(failed)).not.toContain('secret');
  });

  it('checks results against the contract too, so a handler cannot leak extra shapes', async () => {
    const leaky = createHandlers({ ...createServices(ws.db), startup: ws.report, version: '1', dataDir: dir });
    (leaky as Record<string, unknown>)['geo:lookupZip'] = () => ({ zip: 'nope', state: 1 });
    expect(await dispatch(leaky, 'geo:lookupZip', { zip: '43215' }, quiet)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
