import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import type { OpenedWorkspace } from '../db/workspace';
import type { Services } from '.';
import { AppError } from '../../../shared/ipc/result';

let ws: OpenedWorkspace;
let svc: Services;
let sid: number;
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('scn');
  ({ ws, svc, sid } = tw);
});
afterEach(() => tw.close());

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
};

describe('scenario service', () => {
  it('saves an edited plan and reads it back, bumping the revision', () => {
    const doc = svc.scenarios.get(sid);
    const settings = structuredClone(doc.settings);
    settings.warehouses[0]!.cutoffs.sat = '11:15';
    const saved = svc.scenarios.save(sid, doc.revision, settings);
    expect(saved.revision).toBe(doc.revision + 1);
    const again = svc.scenarios.get(sid);
    expect(again.settings.warehouses[0]!.cutoffs.sat).toBe('11:15');
    expect(again.settings).toEqual(settings);
  });

  it('refuses a save based on a stale revision and keeps the newer data', () => {
    const doc = svc.scenarios.get(sid);
    const a = structuredClone(doc.settings);
    a.warehouses[0]!.cutoffs.mon = '15:00';
    svc.scenarios.save(sid, doc.revision, a);
    const b = structuredClone(doc.settings);
    b.warehouses[0]!.cutoffs.mon = '16:00';
    expect(codeOf(() => svc.scenarios.save(sid, doc.revision, b))).toBe('conflict');
    expect(svc.scenarios.get(sid).settings.warehouses[0]!.cutoffs.mon).toBe('15:00');
  });

  it('refuses two warehouses with the same name in one save, writing nothing', () => {
    const doc = svc.scenarios.get(sid);
    const s = structuredClone(doc.settings);
    s.warehouses.push({ ...structuredClone(s.warehouses[0]!), id: 'wh-2', name: 'COLUMBUS DC ' });
    expect(codeOf(() => svc.scenarios.save(sid, doc.revision, s))).toBe('conflict');
    expect(svc.scenarios.get(sid).revision).toBe(doc.revision);
  });

  it('duplicates into an independent copy; names are unique whatever their case', () => {
    const copy = svc.scenarios.duplicate(sid, 'Saturday air pickup');
    expect(copy).toMatchObject({ name: 'Saturday air pickup', isLive: false, warehouseCount: 1 });
    expect(codeOf(() => svc.scenarios.duplicate(sid, 'saturday AIR pickup'))).toBe('conflict');
    expect(codeOf(() => svc.scenarios.duplicate(sid, '   '))).toBe('invalid');
    const doc = svc.scenarios.get(copy.id);
    const s = structuredClone(doc.settings);
    s.warehouses[0]!.cutoffs.fri = '12:00';
    svc.scenarios.save(copy.id, doc.revision, s);
    expect(svc.scenarios.get(sid).settings.warehouses[0]!.cutoffs.fri).toBe('14:00');
  });

  it('creates a scenario from a settings document as it is, numbering a taken name, refusing bad input', () => {
    const doc = svc.scenarios.get(sid);
    const settings = structuredClone(doc.settings);
    settings.warehouses[0]!.cutoffs.mon = '15:30';
    const a = svc.scenarios.createFromSettings('  What it takes: later cutoff  ', settings);
    expect(a.name).toBe('What it takes: later cutoff');
    expect(a.isLive).toBe(false);
    expect(svc.scenarios.get(a.id).settings).toEqual({ ...settings, name: a.name });
    // The original is untouched and still the one open.
    expect(svc.scenarios.get(sid).settings).toEqual(doc.settings);
    expect(ws.db.prepare('select value from pref where key = ?').get('currentScenarioId')).toEqual({
      value: JSON.stringify(sid),
    });
    const b = svc.scenarios.createFromSettings('What it takes: later cutoff', settings);
    expect(b.name).toBe('What it takes: later cutoff (2)');
    const long = svc.scenarios.createFromSettings('x'.repeat(120), settings);
    const longAgain = svc.scenarios.createFromSettings('x'.repeat(120), settings);
    expect(long.name).toHaveLength(120);
    expect(longAgain.name).toBe(`${'x'.repeat(116)} (2)`);

    const before = svc.workspace.listScenarios().length;
    expect(codeOf(() => svc.scenarios.createFromSettings('   ', settings))).toBe('invalid');
    const twins = { ...settings, warehouses: [settings.warehouses[0]!, settings.warehouses[0]!] };
    expect(codeOf(() => svc.scenarios.createFromSettings('Twins', twins))).toBe('conflict');
    expect(svc.workspace.listScenarios()).toHaveLength(before);
  });

  it('renames, moves the live mark, and never deletes the live scenario', () => {
    const copy = svc.scenarios.duplicate(sid, 'Copy');
    expect(svc.scenarios.rename(copy.id, 'Plan B').name).toBe('Plan B');
    expect(codeOf(() => svc.scenarios.rename(copy.id, svc.scenarios.get(sid).summary.name))).toBe('conflict');
    expect(codeOf(() => svc.scenarios.delete(sid))).toBe('conflict');
    const list = svc.scenarios.setLive(copy.id);
    expect(list.filter((s) => s.isLive).map((s) => s.id)).toEqual([copy.id]);
    svc.workspace.setPrefs({ currentScenarioId: sid });
    expect(svc.scenarios.delete(sid)).toEqual({ deleted: true });
    expect(svc.workspace.getPrefs().currentScenarioId).toBe(copy.id);
    expect(svc.workspace.listScenarios().map((s) => s.name)).toEqual(['Plan B']);
    expect(ws.db.prepare('SELECT count(*) AS n FROM warehouse WHERE scenario_id = ?').get(sid)).toEqual({ n: 0 });
  });
});
