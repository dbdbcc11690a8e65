import { SETTINGS_MAX_BYTES } from '../../../shared/domain/parseSettings';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import type { OpenedWorkspace } from '../db/workspace';
import type { Services } from '.';
import { AppError } from '../../../shared/ipc/result';
import { sampleSettings } from '../../../shared/catalog/sample';
import { scenarioJson } from '../../../shared/report/exports';
import { dumpDatabase } from '../../../test/support/dbDump';

let dir: string;
let ws: OpenedWorkspace;
let svc: Services;
let sid: number;
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('imp', { subfolder: true });
  ({ dir, ws, svc, sid } = tw);
});
afterEach(() => tw.close());

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

/** Runs a call that must be refused; returns the error and checks the database did not change. */
function rejected(fn: () => unknown): AppError {
  const before = dumpDatabase(ws.db);
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, 'the import was refused').toBeInstanceOf(AppError);
  expect(dumpDatabase(ws.db), 'database unchanged').toBe(before);
  return error as AppError;
}

describe('settings import', () => {
  it('imports an exported scenario as a new one, with a suffixed name when the name is taken', () => {
    const json = scenarioJson(svc.scenarios.get(sid).settings);
    const first = svc.imports.importSettingsFile(file('plan.json', json), 'en');
    expect(first.scenario.name).toBe('Sample — Columbus, OH (imported)');
    expect(first.renamedFrom).toBe('Sample — Columbus, OH');
    expect(first.scenario.isLive).toBe(false);
    const second = svc.imports.importSettingsFile(file('plan.json', json), 'fr');
    expect(second.scenario.name).toBe('Sample — Columbus, OH (importé)');
    // Round trip: the imported scenario has the same settings as the original (name aside).
    const { name: _a, ...orig } = svc.scenarios.get(sid).settings;
    const { name: _b, ...back } = svc.scenarios.get(first.scenario.id).settings;
    expect(back).toEqual(orig);
    const fresh = svc.imports.importSettingsFile(
      file('new.json', scenarioJson({ ...sampleSettings(), name: 'Brand new' })),
      'en',
    );
    expect(fresh).toMatchObject({ renamedFrom: null, migratedFrom: null, scenario: { name: 'Brand new' } });
  });

  it('refuses truncated, foreign, oversized, non-UTF-8 and invalid files with file and place, changing nothing', () => {
    const json = scenarioJson(sampleSettings());
    const truncated = rejected(() => svc.imports.importSettingsFile(file('cut.json', json.slice(0, 400)), 'en'));
    expect(truncated.extra.key).toBe('reports.import.settingsRejected');
    expect(truncated.extra.fields![0]!.field).toMatch(/^line \d+, column \d+$/);
    expect(truncated.extra.fields![0]!.message).toMatch(/^cut\.json: line \d+, column \d+: invalid JSON/);

    const foreign = rejected(() =>
      svc.imports.importSettingsFile(file('package.json', '{"name":"x","version":"1.0.0"}'), 'en'),
    );
    expect(foreign.extra.fields![0]).toMatchObject({
      field: 'formatVersion',
      message: 'package.json: formatVersion: is required (is this a ShipWeek settings file?)',
    });

    const newer = rejected(() =>
      svc.imports.importSettingsFile(
        file('future.json', json.replace('"formatVersion": 2', '"formatVersion": 9')),
        'en',
      ),
    );
    expect(newer.extra.fields![0]!.message).toContain('newer ShipWeek');

    // A typo in a key is refused by key (translated in the dialog), with the path and the closest known key.
    const typo = rejected(() =>
      svc.imports.importSettingsFile(file('typo.json', json.replace('"closures"', '"closure"')), 'en'),
    );
    expect(typo.extra.fields).toEqual([
      {
        field: 'warehouses[0].closure',
        key: 'domain.shape.unknownKeySuggest',
        params: { suggestion: 'closures', file: 'typo.json', where: 'warehouses[0].closure' },
        message: 'typo.json: warehouses[0].closure: unknown key; did you mean "closures"?',
      },
    ]);
    const flood = rejected(() =>
      svc.imports.importSettingsFile(
        file('flood.json', json.replace('{', `{${Array.from({ length: 5000 }, (_, i) => `"bad${i}": 0,`).join('')}`)),
        'en',
      ),
    );
    expect(flood.extra.params).toMatchObject({ count: 5000 });
    expect(flood.extra.fields).toHaveLength(50);

    const badService = rejected(() =>
      svc.imports.importSettingsFile(file('svc.json', json.replace('"ups-ground"', '"ups-groundd"')), 'en'),
    );
    expect(badService.extra.fields![0]!.field).toMatch(/^warehouses\[0\]\.services\[0\]\.serviceId$/);
    expect(badService.extra.fields![0]!.message).toContain('unknown carrier service "ups-groundd"');

    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, SETTINGS_MAX_BYTES + 1);
    expect(rejected(() => svc.imports.importSettingsFile(big, 'en')).extra.key).toBe('reports.import.tooLarge');

    expect(
      rejected(() => svc.imports.importSettingsFile(file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])), 'en')).extra
        .key,
    ).toBe('reports.import.notText');
    expect(rejected(() => svc.imports.importSettingsFile(path.join(dir, 'missing.json'), 'en')).extra.key).toBe(
      'reports.import.cannotRead',
    );
    expect(rejected(() => svc.imports.importSettingsFile(dir, 'en')).extra.key).toBe('reports.import.notAFile');

    const s = sampleSettings();
    s.warehouses.push({ ...s.warehouses[0]!, id: 'other' });
    const dup = rejected(() => svc.imports.importSettingsFile(file('dup.json', scenarioJson(s)), 'en'));
    expect(dup.extra.fields![0]).toMatchObject({ field: 'warehouses[1].name' });
  });

  it('accepts a file with a UTF-8 BOM and CRLF line ends', () => {
    const json = `\uFEFF${scenarioJson({ ...sampleSettings(), name: 'Windows' }).replace(/\n/g, '\r\n')}`;
    expect(svc.imports.importSettingsFile(file('win.json', json), 'en').scenario.name).toBe('Windows');
  });
});

describe('transit CSV import', () => {
  it('adds overrides to the scenario, replacing the same service and destination, and accepts BOM + CRLF', () => {
    const r1 = svc.imports.importTransitCsv(
      sid,
      file('t.csv', '\uFEFFdest,service,business_days\r\n432,UPS Ground,1\r\n90001,ups-ground,4\r\n'),
    );
    expect(r1).toMatchObject({ count: 2, total: 2 });
    const r2 = svc.imports.importTransitCsv(sid, file('t2.csv', 'dest,service,business_days\n90001,UPS Ground,3\n'));
    expect(r2).toMatchObject({ count: 1, total: 2 });
    expect(svc.scenarios.get(sid).settings.transitOverrides).toEqual([
      { serviceId: 'ups-ground', dest: '432', businessDays: 1 },
      { serviceId: 'ups-ground', dest: '90001', businessDays: 3 },
    ]);
    expect(svc.scenarios.get(sid).revision).toBe(r2.revision);
  });

  it('refuses bad tables whole, naming row and field, and changes nothing', () => {
    const bad = rejected(() =>
      svc.imports.importTransitCsv(
        sid,
        file('bad.csv', 'dest,service,business_days\n432,UPS Ground,1\n432,UPS Grnd,2\n=cmd|calc,Teleport,x\n'),
      ),
    );
    expect(bad.extra.key).toBe('reports.import.transitRejected');
    const fields = bad.extra.fields!;
    expect(fields.find((f) => f.params.row === 3 && f.field === 'service')!.message).toBe(
      'bad.csv: row 3, field "service": unknown service "UPS Grnd" (did you mean "UPS Ground"?)',
    );
    expect(fields.find((f) => f.params.row === 4 && f.field === 'dest')).toBeDefined();
    expect(fields.find((f) => f.params.row === 4 && f.field === 'service')!.key).toBe('geo.transitCsv.unknownService');
    expect(fields.find((f) => f.params.row === 4 && f.field === 'business_days')).toBeDefined();

    const unterminated = rejected(() =>
      svc.imports.importTransitCsv(sid, file('q.csv', 'dest,service,business_days\n"432,UPS Ground,1\n')),
    );
    expect(unterminated.extra.fields![0]).toMatchObject({
      key: 'geo.transitCsv.unterminatedQuote',
      params: { row: 2 },
    });

    // 10 million rows: refused by size before reading (stat), without building a string.
    const huge = path.join(dir, 'huge.csv');
    fs.writeFileSync(huge, 'dest,service,business_days\n');
    fs.truncateSync(huge, 10_000_000 * 18);
    expect(rejected(() => svc.imports.importTransitCsv(sid, huge)).extra.key).toBe('reports.import.tooLarge');

    expect(rejected(() => svc.imports.importTransitCsv(sid, file('empty.csv', ''))).extra.fields![0]!.key).toBe(
      'geo.transitCsv.empty',
    );
    expect(
      rejected(() => svc.imports.importTransitCsv(999, file('x.csv', 'dest,service,business_days\n432,UPS Ground,1\n')))
        .code,
    ).toBe('notFound');
  });
});

describe('destination weights CSV import', () => {
  it("replaces the scenario's destination weights in one save, summing repeated ZIPs, and accepts BOM + CRLF", () => {
    expect(svc.scenarios.get(sid).settings.destinationWeights).toEqual({ source: 'population' });
    const before = svc.scenarios.get(sid);
    const r1 = svc.imports.importDestinationWeights(
      sid,
      file('w.csv', '\uFEFFzip,orders\r\n900,120\r\n90001-1234,5\r\n90001,5\r\n432,10\r\n'),
    );
    expect(r1).toEqual({ count: 3, revision: before.revision + 1 });
    const after = svc.scenarios.get(sid);
    expect(after.settings.destinationWeights).toEqual({
      source: 'custom',
      byZip: { '900': 120, '90001': 10, '432': 10 },
    });
    // Nothing else in the plan moved.
    expect({ ...after.settings, destinationWeights: null }).toEqual({ ...before.settings, destinationWeights: null });
    // A second file replaces the first whole (no merge).
    const r2 = svc.imports.importDestinationWeights(sid, file('w2.csv', 'zip,share\n100,1\n'));
    expect(r2).toEqual({ count: 1, revision: r1.revision + 1 });
    expect(svc.scenarios.get(sid).settings.destinationWeights).toEqual({ source: 'custom', byZip: { '100': 1 } });
  });

  it('refuses bad files whole, naming row and field, and changes nothing', () => {
    const bad = rejected(() =>
      svc.imports.importDestinationWeights(
        sid,
        file('bad.csv', 'zip,weight\n432,10\n43299,5\n900,-3\n=cmd|calc,1\n1001,2\n'),
      ),
    );
    expect(bad.extra.key).toBe('reports.import.weightsRejected');
    expect(bad.extra.params).toMatchObject({ file: 'bad.csv', count: 4 });
    expect(bad.extra.fields!.map((f) => f.message)).toEqual([
      'bad.csv: row 3, field "zip": ZIP 43299 does not exist',
      'bad.csv: row 4, field "weight": "-3" is negative; a weight is 0 or more',
      'bad.csv: row 5, field "zip": "=cmd|calc" is a spreadsheet formula, not a value; export the computed values',
      'bad.csv: row 6, field "zip": "1001" looks like a ZIP that lost its leading zero; write it as text: "01001"',
    ]);
    expect(bad.extra.fields![1]).toMatchObject({
      field: 'weight',
      key: 'geo.weightsCsv.negativeWeight',
      params: { row: 4, file: 'bad.csv' },
    });

    expect(
      rejected(() => svc.imports.importDestinationWeights(sid, file('zero.csv', 'zip,weight\n432,0\n'))).extra
        .fields![0]!.key,
    ).toBe('geo.weightsCsv.allZero');
    expect(
      rejected(() => svc.imports.importDestinationWeights(sid, file('q.csv', 'zip,weight\n"432,1\n'))).extra.fields![0],
    ).toMatchObject({ key: 'geo.weightsCsv.unterminatedQuote', params: { row: 2 } });
    expect(rejected(() => svc.imports.importDestinationWeights(sid, file('empty.csv', ''))).extra.fields![0]!.key).toBe(
      'geo.weightsCsv.empty',
    );

    // Refused by size with stat, before a byte is read.
    const huge = path.join(dir, 'huge.csv');
    fs.writeFileSync(huge, 'zip,weight\n');
    fs.truncateSync(huge, 50_000_000);
    expect(rejected(() => svc.imports.importDestinationWeights(sid, huge)).extra.key).toBe('reports.import.tooLarge');
    expect(
      rejected(() =>
        svc.imports.importDestinationWeights(sid, file('latin1.csv', Buffer.from('zip,weight\n432,\xe9\n', 'latin1'))),
      ).extra.key,
    ).toBe('reports.import.notText');
    expect(rejected(() => svc.imports.importDestinationWeights(999, file('x.csv', 'zip,weight\n432,1\n'))).code).toBe(
      'notFound',
    );

    // An earlier import survives a refused one untouched.
    svc.imports.importDestinationWeights(sid, file('ok.csv', 'zip,weight\n432,1\n'));
    rejected(() => svc.imports.importDestinationWeights(sid, file('bad2.csv', 'zip,weight\n432,x\n')));
    expect(svc.scenarios.get(sid).settings.destinationWeights).toEqual({ source: 'custom', byZip: { '432': 1 } });
  });
});

describe('plans from before holidays added up (settings format 1)', () => {
  /** The sample as format 1 with only Thanksgiving 2026 listed for UPS (so UPS worked on its other 2026 holidays). */
  function formatOneBody(): Record<string, unknown> {
    const {
      name: _n,
      warehouses: _w,
      reopenedCarrierDays: _r,
      ...body
    } = JSON.parse(JSON.stringify(sampleSettings())) as Record<string, unknown>;
    return {
      ...body,
      formatVersion: 1,
      holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] }],
    };
  }

  it('an imported format-1 file keeps its meaning through reopened days, and the import says which', () => {
    const doc = { ...formatOneBody(), name: 'Old plan', warehouses: sampleSettings().warehouses };
    const result = svc.imports.importSettingsFile(file('old.json', JSON.stringify(doc)), 'en');
    expect(result.migratedFrom).toBe(1);
    expect(result.notices.map((n) => [n.messageKey, n.params.carrier, n.params.year, n.params.days])).toEqual([
      [
        'domain.migration.holidaysReopened',
        'UPS',
        2026,
        '2026-01-01, 2026-05-25, 2026-07-03, 2026-07-04, 2026-09-07, 2026-12-25',
      ],
    ]);
    const stored = svc.scenarios.get(result.scenario.id);
    expect(stored.settings.formatVersion).toBe(2);
    expect(stored.settings.reopenedCarrierDays.map((r) => r.date)).toContain('2026-12-25');
    // Stored in today's format: opening it again has nothing to say.
    expect(stored.notices).toEqual([]);
  });

  it('a scenario stored in format 1 is read in format 2 on open with the notice, until it is saved', () => {
    ws.db.prepare('UPDATE scenario SET settings = ? WHERE id = ?').run(JSON.stringify(formatOneBody()), sid);
    const opened = svc.scenarios.get(sid);
    expect(opened.notices.map((n) => `${n.params.carrier} ${n.params.year}`)).toEqual(['UPS 2026']);
    expect(opened.settings.reopenedCarrierDays).toHaveLength(6);
    expect(svc.workspace.getSettings(sid).reopenedCarrierDays).toHaveLength(6);
    svc.scenarios.save(sid, opened.revision, opened.settings);
    const again = svc.scenarios.get(sid);
    expect(again.notices).toEqual([]);
    expect(again.settings).toEqual(opened.settings);
  });
});
