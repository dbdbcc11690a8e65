import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../domain/sample';
import { simulate } from '../engine/simulate';
import { loadGeo } from '../geo';
import { draftPlanOfAction, weakStates, weakWindows } from './planOfAction';
import { planHtml, planMarkdown } from './planDocument';

const geo = loadGeo();

describe('weakWindows', () => {
  it('merges consecutive slow hours per weekday and weighs them by views', () => {
    const heat = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => (d === 4 && h >= 12 ? 0.1 : 0.9)));
    const views = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 1));
    const windows = weakWindows(heat, views, 0.75);
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatchObject({ day: 'fri', from: 12, to: 24 });
    expect(windows[0]!.viewShare).toBeCloseTo(12 / 168);
    expect(windows[0]!.le2).toBeCloseTo(0.1);
    expect(weakWindows(heat, views, 0.05)).toEqual([]);
  });
});

describe('weakStates', () => {
  it('ranks states by the points they cost the national figure', () => {
    const byState = {
      CA: { weight: 0.12, le1: 0.1, le2: 0.6, meanDays: 3, covered: true },
      OH: { weight: 0.04, le1: 0.9, le2: 0.95, meanDays: 1, covered: true },
      WY: { weight: 0.002, le1: 0, le2: 0.1, meanDays: 4, covered: true },
    };
    const ranked = weakStates(byState, 'le2', 0.75);
    expect(ranked.map((s) => s.state)).toEqual(['CA', 'WY']);
    expect(ranked[0]!.cost).toBeCloseTo(0.12 * 0.15);
  });
});

describe('draftPlanOfAction', () => {
  const settings = sampleSettings();
  const result = simulate(settings, geo);

  it('has a summary, one section per failing check with numbers from the simulation, and prevention', () => {
    const plan = draftPlanOfAction(settings, result, 'en');
    expect(plan.sections.map((s) => s.id)).toEqual(['summary', 'speed.standard.le1', 'speed.standard.le2', 'prevention']);
    const le2 = plan.sections[2]!;
    expect(le2.status).toBe('fail');
    expect(le2.rootCause).toContain('65.2% of standard-size page views are promised within 2 day(s); the target is 75%.');
    // The sample's weak spot: views from Thursday afternoon to Saturday ship too late for 2 days.
    expect(le2.rootCause).toMatch(/Saturday 00:00–24:00: 13% of weekly views, 0\.9% within 2 days/);
    expect(le2.rootCause).toMatch(/Friday 00:00–24:00/);
    expect(le2.rootCause).toContain('California (CA)');
    expect(le2.actions).toContain('Weekend operations');
    expect(le2.actions).toContain('at least 75%');
  });

  it('drafts coverage and six-day sections with their causes when those fail', () => {
    const s = sampleSettings();
    const w = s.warehouses[0]!;
    w.operatingDays = ['mon', 'tue', 'wed', 'thu', 'fri'];
    delete w.cutoffs.sat;
    w.services = w.services.map((p) => ({ ...p, zoneCap: 4, days: { ...p.days, sat: undefined } }));
    const r = simulate(s, geo);
    const plan = draftPlanOfAction(s, r, 'fr');
    const ids = plan.sections.map((x) => x.id);
    expect(ids).toContain('coverage.nationwide');
    expect(ids).toContain('operation.sixDays');
    const coverage = plan.sections.find((x) => x.id === 'coverage.nationwide')!;
    expect(coverage.rootCause).toContain('Californie (CA)');
    expect(coverage.rootCause).toContain('jusqu’à la zone 4');
    expect(coverage.actions).toContain('Relever ou supprimer les limites de zone');
    expect(plan.sections.find((x) => x.id === 'operation.sixDays')!.actions).toContain('samedi');
  });

  it('says there is nothing to correct when every check passes comfortably', () => {
    const r = simulate(sampleSettings(), geo, { policyId: 'sfp-help-page' });
    const plan = draftPlanOfAction(sampleSettings(), r, 'en');
    expect(plan.sections.map((s) => s.id)).toEqual(['summary', 'prevention']);
    expect(plan.sections[0]!.rootCause).toContain('no failing or at-risk metric');
  });
});

describe('plan documents', () => {
  const settings = sampleSettings();
  const plan = draftPlanOfAction(settings, simulate(settings, geo), 'en');
  plan.sections[1]!.actions = '# not a heading\n<b>bold?</b> & more';

  it('renders Markdown with headings per section and the user text kept literal', () => {
    const md = planMarkdown(settings, plan, { generatedAt: '2026-06-10T09:00:00Z', version: '0.1.0', timeZone: 'UTC' });
    expect(md.startsWith('# Plan of action\n')).toBe(true);
    expect(md).toContain('## Summary');
    expect(md).toContain('### Root cause');
    expect(md).toContain('\\# not a heading');
    expect(md.match(/^## /gm)!.length).toBe(4);
  });

  it('renders HTML with the user text escaped and no script', () => {
    const html = planHtml(settings, plan, { generatedAt: '2026-06-10T09:00:00Z', timeZone: 'UTC' });
    expect(html).toContain('&lt;b&gt;bold?&lt;/b&gt; &amp; more');
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<section class="plan-section"/g)!.length).toBe(4);
  });
});

describe('plan documents and the policy they were drafted against', () => {
  it('name the drafting policy, and say so when it has since left the scenario instead of naming another', () => {
    const s = sampleSettings();
    const geo = loadGeo();
    const plan = draftPlanOfAction(s, simulate(s, geo), 'en');
    const opts = { generatedAt: '2026-06-10T09:00:00Z', version: '0.1.0', timeZone: 'UTC' };
    expect(planMarkdown(s, plan, opts)).toContain(`(${plan.policyId})`);
    const gone = { ...plan, policyId: 'custom-removed' };
    const md = planMarkdown(s, gone, opts);
    expect(md).toContain('custom-removed (drafted against this policy, which is no longer in the scenario)');
    expect(md).not.toContain('(us-2026-07)');
    expect(planHtml(s, gone, opts)).toContain('no longer in the scenario');
  });
});
