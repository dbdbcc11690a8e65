import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../../../test/support/tempWorkspace';
import { openWorkspace, type OpenedWorkspace } from '../db/workspace';
import { createServices, type Services } from '.';
import { dumpDatabase } from '../../../test/support/dbDump';

let dir: string;
let ws: OpenedWorkspace;
let svc: Services;
let sid: number;
const now = () => new Date('2026-06-10T14:05:00Z');
let tw: TempWorkspace;
beforeEach(() => {
  tw = openTempWorkspace('plan', { now, version: '0.1.0', subfolder: true });
  ({ dir, ws, svc, sid } = tw);
});
afterEach(() => tw.close());

describe('plan of action service', () => {
  it('drafts from the saved scenario, saves edits with a revision check, and exports Markdown', async () => {
    expect(svc.plans.get(sid)).toBeNull();
    const drafted = svc.plans.draft(sid, 'en');
    expect(drafted.revision).toBe(1);
    expect(drafted.plan.sections.map((s) => s.id)).toEqual([
      'summary',
      'speed.standard.le1',
      'speed.standard.le2',
      'prevention',
    ]);
    const saved = svc.plans.save(sid, 1, [
      {
        id: 'speed.standard.le2',
        rootCause: 'Our own words.',
        actions: '- Ship Saturdays with UPS Ground under a special plan.',
      },
    ]);
    expect(saved.revision).toBe(2);
    expect(saved.plan.sections[2]!.rootCause).toBe('Our own words.');
    // Reopening the workspace keeps it.
    ws.db.close();
    ws = openWorkspace({ dataDir: path.join(dir, 'ws'), seed: () => undefined });
    svc = createServices(ws.db, now, { version: '0.1.0' });
    expect(svc.plans.get(sid)!.plan.sections[2]!.rootCause).toBe('Our own words.');

    const before = dumpDatabase(ws.db);
    expect(() => svc.plans.save(sid, 1, [])).toThrow(/changed elsewhere/);
    expect(() => svc.plans.save(sid, 2, [{ id: 'nope', rootCause: '', actions: '' }])).toThrow(/Unknown plan section/);
    expect(dumpDatabase(ws.db)).toBe(before);

    const md = path.join(dir, 'plan.md');
    await svc.exports.writePlan(sid, 'markdown', md, async () => new Uint8Array());
    const text = fs.readFileSync(md, 'utf8');
    expect(text).toContain('# Plan of action');
    expect(text).toContain('Our own words.');
  });

  it('redrafts in the other language, keeping every text the user changed and translating the rest', () => {
    const en = svc.plans.draft(sid, 'en');
    const le2 = en.plan.sections.find((s) => s.id === 'speed.standard.le2')!;
    svc.plans.save(sid, en.revision, [{ id: le2.id, rootCause: 'Our own words.', actions: le2.actions }]);
    const fr = svc.plans.draft(sid, 'fr', { keepEdits: true });
    // Without keepEdits a redraft replaces everything, as the confirmation says: the fresh French draft.
    const frFresh = svc.plans.draft(sid, 'fr');
    expect(fr.plan.lang).toBe('fr');
    const byId = (p: typeof fr, id: string) => p.plan.sections.find((s) => s.id === id)!;
    // The edited text stays as written; the untouched actions of the same section and every other
    // section are the French draft.
    expect(byId(fr, le2.id).rootCause).toBe('Our own words.');
    expect(byId(fr, le2.id).actions).toBe(byId(frFresh, le2.id).actions);
    expect(byId(fr, le2.id).actions).not.toBe(le2.actions);
    for (const s of fr.plan.sections.filter((x) => x.id !== le2.id)) expect(s).toEqual(byId(frFresh, s.id));
    expect(byId(frFresh, le2.id).rootCause).not.toBe('Our own words.');
  });

  it('deletes the plan with its scenario', () => {
    const copy = svc.scenarios.duplicate(sid, 'Copy');
    svc.plans.draft(copy.id, 'fr');
    svc.scenarios.delete(copy.id);
    expect(ws.db.prepare('SELECT count(*) AS n FROM plan_of_action').get()).toEqual({ n: 0 });
  });
});
