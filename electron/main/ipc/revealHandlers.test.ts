import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { createHandlers, dispatch, type HandlerTable } from './handlers';

let tw: TempWorkspace;
const quiet = () => undefined;
afterEach(() => tw.close());

describe('export:reveal (through dispatch: the contract parses arguments and results)', () => {
  // Electron's shell stands behind revealFile in the app (electron/main/index.ts); here a recorder.
  let revealed: [string, string][];
  let handlers: HandlerTable;
  beforeEach(() => {
    tw = openTempWorkspace('ipc-reveal', { subfolder: true });
    revealed = [];
    handlers = createHandlers({
      ...tw.svc,
      startup: tw.ws.report,
      version: '1',
      dataDir: tw.dataDir,
      chooseSavePath: async ({ defaultName }) => path.join(tw.dir, defaultName),
      revealFile: async (file, action) => (revealed.push([file, action]), ''),
    });
  });
  const call = (channel: string, arg: unknown) => dispatch(handlers, channel, arg, quiet);

  it('opens or shows only a file this session exported, and says the desktop app can', async () => {
    expect(await call('app:info', {})).toMatchObject({ ok: true, value: { fileActions: true } });
    // Never a file it did not write: nothing reaches the shell.
    expect(await call('export:reveal', { path: '/etc/passwd', action: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'reports.reveal.notExported' },
    });
    expect(await call('export:reveal', { path: '', action: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await call('export:reveal', { path: '/tmp/x', action: 'delete' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(revealed).toEqual([]);

    const exported = await call('export:csv', { scenarioId: tw.sid, kind: 'metrics', lang: 'fr' });
    if (!exported.ok) throw new Error(exported.error.message);
    const file = (exported.value as { path: string }).path;
    expect(path.basename(file)).toMatch(/ - statistiques - /);
    expect(await call('export:reveal', { path: file, action: 'open' })).toEqual({ ok: true, value: { done: true } });
    expect(await call('export:reveal', { path: file, action: 'showInFolder' })).toEqual({
      ok: true,
      value: { done: true },
    });
    expect(revealed).toEqual([
      [file, 'open'],
      [file, 'showInFolder'],
    ]);
  });

  it('in a shell without file actions (the browser) says so and refuses', async () => {
    const web = createHandlers({
      ...tw.svc,
      startup: tw.ws.report,
      version: '1',
      dataDir: tw.dataDir,
      chooseSavePath: async ({ defaultName }) => path.join(tw.dir, defaultName),
    });
    expect(await dispatch(web, 'app:info', {}, quiet)).toMatchObject({ ok: true, value: { fileActions: false } });
    const exported = await dispatch(web, 'export:csv', { scenarioId: tw.sid, kind: 'metrics', lang: 'en' }, quiet);
    const file = (exported as { value: { path: string } }).value.path;
    expect(await dispatch(web, 'export:reveal', { path: file, action: 'open' }, quiet)).toMatchObject({
      ok: false,
      error: { key: 'reports.error.unavailable' },
    });
  });
});
