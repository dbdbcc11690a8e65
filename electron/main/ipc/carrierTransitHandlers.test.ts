import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { dumpDatabase } from '../../../test/support/dbDump';
import { createHandlers, dispatch, type HandlerTable } from './handlers';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/transit');
let tw: TempWorkspace;
let handlers: HandlerTable;
let nextFile: string | null;
beforeEach(() => {
  tw = openTempWorkspace('ipc-transit', { subfolder: true });
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

describe('import:carrierTransit (through dispatch)', () => {
  it('imports the plan origin’s USPS standards and UPS responses into the transit overrides, saying what changed', async () => {
    expect(
      await dispatch(handlers, 'import:carrierTransit', { scenarioId: tw.sid, kind: 'usps-standards' }, quiet),
    ).toEqual({ ok: true, value: { imported: false, summary: null } });
    nextFile = path.join(FIXTURES, 'usps-service-standards.txt');
    const usps = await dispatch(
      handlers,
      'import:carrierTransit',
      { scenarioId: tw.sid, kind: 'usps-standards' },
      quiet,
    );
    expect(usps).toEqual({
      ok: true,
      value: {
        imported: true,
        summary: {
          kind: 'usps-standards',
          added: 5,
          changed: [],
          unchanged: 0,
          total: 5,
          zip3: 5,
          zip5: 0,
          skipped: { 'First-Class Mail': 1, 'USPS Marketing Mail': 1 },
        },
      },
    });
    expect(tw.svc.scenarios.get(tw.sid).settings.transitOverrides).toContainEqual({
      serviceId: 'usps-priority-mail',
      dest: '900',
      businessDays: 3,
    });
    nextFile = path.join(FIXTURES, 'ups-time-in-transit.json');
    const ups = await dispatch(handlers, 'import:carrierTransit', { scenarioId: tw.sid, kind: 'ups-tnt' }, quiet);
    expect(ups).toMatchObject({
      ok: true,
      value: {
        imported: true,
        summary: { kind: 'ups-tnt', added: 6, total: 11, zip5: 6, skipped: { '1DM': 1, '2DM': 1 } },
      },
    });
  });

  it('a refused file comes back with its row and field, the database unchanged', async () => {
    const bad = path.join(tw.dir, 'bad.txt');
    fs.writeFileSync(bad, 'ORIGIN_ZIP3|DEST_ZIP3|MAIL_CLASS|SERVICE_STANDARD\n432|900|Priority Mail|99\n');
    nextFile = bad;
    const before = dumpDatabase(tw.ws.db);
    const res = await dispatch(
      handlers,
      'import:carrierTransit',
      { scenarioId: tw.sid, kind: 'usps-standards' },
      quiet,
    );
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        key: 'transitFile.rejected',
        fields: [
          {
            field: 'SERVICE_STANDARD',
            key: 'transitFile.badDays',
            params: { row: 2, value: '99' },
            message: 'bad.txt: row 2, field "SERVICE_STANDARD": 99 is not a whole number of days between 0 and 15',
          },
        ],
      },
    });
    expect(dumpDatabase(tw.ws.db)).toBe(before);
    expect((await dispatch(handlers, 'import:carrierTransit', { scenarioId: tw.sid, kind: 'fedex' }, quiet)).ok).toBe(
      false,
    );
  });
});
