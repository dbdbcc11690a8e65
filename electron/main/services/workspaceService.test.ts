import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import type { OpenedWorkspace } from '../db/workspace';
import type { WorkspaceService } from './workspaceService';
import { AppError } from '../../../shared/ipc/result';
import { sampleSettings } from '../../../shared/catalog/sample';

let ws: OpenedWorkspace;
let svc: WorkspaceService;
let sid: number;
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('svc');
  ({ ws, sid } = tw);
  svc = tw.svc.workspace;
});
afterEach(() => tw.close());

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return (e.extra.fields ?? []).map((f) => `${f.field}:${f.key}`);
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('workspace service: warehouses', () => {
  it('creates a warehouse with a fresh id, trimming input, and no carrier service unless asked', () => {
    const w = svc.createWarehouse(sid, { name: '  Reno West ', zip: '89502', timeZone: 'America/Los_Angeles' });
    expect(w).toMatchObject({ name: 'Reno West', zip: '89502', timeZone: 'America/Los_Angeles' });
    expect(w.id).toMatch(/^wh-/);
    // Nothing inherited silently: no service, so the new warehouse ships nothing until one is added.
    expect(w.services).toEqual([]);
    expect(w.operatingDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(svc.getSettings(sid).warehouses.map((x) => x.name)).toEqual(['Columbus DC', 'Reno West']);
    expect(svc.getSettings(sid).warehouses[1]!.services).toEqual([]);
  });

  it('starts a warehouse as a copy of another one’s week (not its closures) or as the sample week', () => {
    const source = svc.getSettings(sid).warehouses[0]!;
    const copy = svc.createWarehouse(
      sid,
      { name: 'Copy of Columbus', zip: '10001', timeZone: 'America/New_York' },
      { kind: 'copy', fromId: source.id },
    );
    expect(copy.services).toEqual(source.services);
    expect(copy.cutoffs).toEqual(source.cutoffs);
    expect(copy.operatingDays).toEqual(source.operatingDays);
    expect(copy.closures).toEqual([]);
    const sample = svc.createWarehouse(
      sid,
      { name: 'Sample week', zip: '60601', timeZone: 'America/Chicago' },
      { kind: 'sample' },
    );
    expect(sample.services.map((p) => p.serviceId)).toEqual(
      sampleSettings().warehouses[0]!.services.map((p) => p.serviceId),
    );
    const before = JSON.stringify(svc.getSettings(sid));
    expect(() =>
      svc.createWarehouse(
        sid,
        { name: 'Orphan', zip: '60601', timeZone: 'America/Chicago' },
        { kind: 'copy', fromId: 'wh-missing' },
      ),
    ).toThrow(/does not exist/);
    expect(JSON.stringify(svc.getSettings(sid))).toBe(before);
    svc.deleteWarehouse(sid, copy.id);
    svc.deleteWarehouse(sid, sample.id);
  });

  it('refuses empty and duplicate names (case-insensitive), bad and unknown ZIPs, bad time zones — writing nothing', () => {
    const before = JSON.stringify(svc.getSettings(sid));
    expect(fieldsOf(() => svc.createWarehouse(sid, { name: ' ', zip: '43215', timeZone: 'America/New_York' }))).toEqual(
      ['name:warehouses.error.nameRequired'],
    );
    expect(
      fieldsOf(() => svc.createWarehouse(sid, { name: 'COLUMBUS dc', zip: '43215', timeZone: 'America/New_York' })),
    ).toEqual(['name:warehouses.error.nameTaken']);
    expect(fieldsOf(() => svc.createWarehouse(sid, { name: 'X', zip: '4321', timeZone: 'America/New_York' }))).toEqual([
      'zip:warehouses.error.zipFormat',
    ]);
    expect(fieldsOf(() => svc.createWarehouse(sid, { name: 'X', zip: '00000', timeZone: 'America/New_York' }))).toEqual(
      ['zip:warehouses.error.zipUnknown'],
    );
    expect(fieldsOf(() => svc.createWarehouse(sid, { name: 'X', zip: '43215', timeZone: 'Mars/Olympus' }))).toEqual([
      'timeZone:warehouses.error.timeZone',
    ]);
    expect(JSON.stringify(svc.getSettings(sid))).toBe(before);
  });

  it('updates identity but keeps the week; renaming to itself is not a clash', () => {
    const [columbus] = svc.listWarehouses(sid);
    const updated = svc.updateWarehouse(sid, columbus!.id, {
      name: 'Columbus DC',
      zip: '43004',
      timeZone: 'America/New_York',
    });
    expect(updated.zip).toBe('43004');
    expect(updated.cutoffs).toEqual(columbus!.cutoffs);
    expect(updated.services).toEqual(columbus!.services);
  });

  it('deletes, and a second delete is a clear not-found', () => {
    const [columbus] = svc.listWarehouses(sid);
    expect(svc.deleteWarehouse(sid, columbus!.id)).toEqual({ deleted: true });
    expect(() => svc.deleteWarehouse(sid, columbus!.id)).toThrow(/does not exist/);
    expect(svc.listWarehouses(sid)).toEqual([]);
  });

  it('looks ZIPs up for the form: state and time zone, null for unknown', () => {
    expect(svc.lookupZip('43215')).toEqual({
      zip: '43215',
      state: 'OH',
      timeZone: 'America/New_York',
      city: 'Columbus',
    });
    expect(svc.lookupZip('895')).toEqual({
      zip: '895',
      state: 'NV',
      timeZone: 'America/Los_Angeles',
      city: 'Reno',
      prefix: true,
    });
    expect(svc.lookupZip('89502')?.timeZone).toBe('America/Los_Angeles');
    expect(svc.lookupZip('00000')).toBeNull();
    expect(svc.lookupZip('abc')).toBeNull();
  });

  it('remembers preferences and refuses a scenario that does not exist', () => {
    expect(svc.setPrefs({ language: 'fr', theme: 'dark' })).toMatchObject({
      language: 'fr',
      theme: 'dark',
      currentScenarioId: sid,
    });
    expect(() => svc.setPrefs({ currentScenarioId: 999 })).toThrow(/does not exist/);
    expect(svc.getPrefs().currentScenarioId).toBe(sid);
  });
});

describe('workspace service: damaged preferences', () => {
  it('falls back to the default for a preference that is not valid, keeping the others', () => {
    svc.setPrefs({ language: 'fr', theme: 'dark' });
    ws.db.prepare("UPDATE pref SET value = '\"klingon\"' WHERE key = 'language'").run();
    expect(svc.getPrefs()).toMatchObject({ language: 'en', theme: 'dark', currentScenarioId: sid });
  });
});
