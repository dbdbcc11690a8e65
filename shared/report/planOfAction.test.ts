import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { simulate } from '../engine/simulate';
import { loadGeo } from '../geo';
import { applyMoves, weeklyCost } from '../advisor';
import { moveText } from '../advisor/messages';
import { WEEKDAYS } from '../time/dateTime';
import { draftAdvice, draftPlanOfAction, weakStates, weakWindows } from './planOfAction';
import { translator } from './format';
import { planHtml, planMarkdown } from './planDocument';
import { advisorMoves as advisorMoves_en } from '../i18n/en/advisorMoves';
import type { Texts } from '../i18n/texts';

const advisorMessagesEn: Texts = advisorMoves_en;

const geo = loadGeo();

describe('weakWindows', () => {
  it('merges consecutive slow hours per weekday and weighs them by views', () => {
    const heat = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: 24 }, (_, h) => (d === 4 && h >= 12 ? 0.1 : 0.9)),
    );
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
      CA: { weight: 0.12, le1: 0.1, le2: 0.6, le5: 1, meanDays: 3, covered: true, unreachableZip3s: [] },
      OH: { weight: 0.04, le1: 0.9, le2: 0.95, le5: 1, meanDays: 1, covered: true, unreachableZip3s: [] },
      WY: { weight: 0.002, le1: 0, le2: 0.1, le5: 1, meanDays: 4, covered: true, unreachableZip3s: [] },
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
    expect(plan.sections.map((s) => s.id)).toEqual([
      'summary',
      'speed.standard.le1',
      'speed.standard.le2',
      'prevention',
    ]);
    const le2 = plan.sections[2]!;
    expect(le2.status).toBe('fail');
    expect(le2.rootCause).toContain('65.2% of standard-size page views are promised within 2 days; the target is 75%.');
    // The sample's weak spot: views from Thursday afternoon to Saturday ship too late for 2 days.
    expect(le2.rootCause).toMatch(/Saturday 00:00–24:00: 13% of weekly views, 0\.9% within 2 days/);
    expect(le2.rootCause).toMatch(/Friday 00:00–24:00/);
    expect(le2.rootCause).toContain('California (CA)');
    // The sample already ships on Saturday: the plan never tells it to.
    expect(le2.actions).not.toContain('Weekend operations');
    expect(le2.actions).toContain('at least 75%');
    // The 1-day section locates its slow hours with the same 2-day heat map, and says why.
    const le1 = plan.sections[1]!;
    expect(le1.rootCause).toContain('are where 1-day promises are missing');
    expect(le2.rootCause).not.toContain('1-day promises are missing');
  });

  it('advises shipping on Saturday only to a plan that does not', () => {
    const s = sampleSettings();
    const w = s.warehouses[0]!;
    w.operatingDays = w.operatingDays.filter((d) => d !== 'sat');
    delete w.cutoffs.sat;
    const plan = draftPlanOfAction(s, simulate(s, geo), 'en');
    expect(plan.sections.filter((x) => x.actions.includes('Weekend operations')).length).toBeGreaterThan(0);
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

describe('plan of action from the advisor', () => {
  const settings = sampleSettings();
  const result = simulate(settings, geo);
  const advice = draftAdvice(settings, geo);
  const en = draftPlanOfAction(settings, result, 'en', advice);
  const tr = translator('en', advisorMessagesEn);
  const name = (id: string) => settings.warehouses.find((w) => w.id === id)?.name ?? id;
  const usd = (v: number) =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    }).format(Math.abs(v) < 0.5 ? 0 : v);

  it('keeps the document structure and cites changes with the figures the simulation gives them', () => {
    expect(en.sections.map((s) => s.id)).toEqual(draftPlanOfAction(settings, result, 'en').sections.map((s) => s.id));
    const base = weeklyCost(settings, geo).total;
    let cited = 0;
    for (const section of en.sections.filter((s) => s.checkId)) {
      expect(section.actions).toContain('Changes simulated by the advisor');
      // Every change the section names is re-applied to the plan and simulated here, from scratch.
      for (const sug of advice.result.suggestions) {
        const text = moveText(sug.labels[0]!, tr.t, name);
        const line = section.actions.split('\n').find((l) => l.startsWith(`  - ${text}:`));
        if (!line) continue;
        cited++;
        const changed = applyMoves(settings, sug.moves)!;
        const after = simulate(changed, geo).checks.find((c) => c.id === section.checkId)!;
        const before = result.checks.find((c) => c.id === section.checkId)!;
        expect(after.value).toBeGreaterThan(before.value);
        expect(line).toContain(`${tr.percent(before.value)} → ${tr.percent(after.value)}`);
        expect(line).toContain(`weekly cost ${usd(weeklyCost(changed, geo).total - base)}`);
      }
    }
    expect(cited).toBeGreaterThan(0);
  });

  it('names the check that binds, and the best reachable for each failing check, when nothing passes', () => {
    expect(advice.result.cheapestPassing).toBeNull();
    expect(en.sections[0]!.actions).toContain('the check that binds');
    for (const entry of advice.result.ceiling.filter((e) => e.moves.length > 0)) {
      const section = en.sections.find((s) => s.checkId === entry.checkId)!;
      const best = simulate(applyMoves(settings, entry.moves)!, geo).checks.find((c) => c.id === entry.checkId)!;
      expect(section.actions).toContain(
        best.pass ? `is reachable (${tr.percent(best.value)})` : `the best found is ${tr.percent(best.value)}`,
      );
    }
  });

  it('never advises what the plan already does', () => {
    const text = en.sections.map((s) => s.actions).join('\n');
    for (const day of WEEKDAYS.filter((d) => settings.warehouses[0]!.operatingDays.includes(d)))
      expect(text).not.toContain(`Ship on ${tr.t(`catalog.weekday.${day}`)}`);
    expect(text).not.toContain('Weekend operations');
    // Every change offered changes the plan (a move already in it would apply as nothing).
    for (const sug of advice.result.suggestions) expect(applyMoves(settings, sug.moves)).not.toEqual(settings);
  });

  it('reads in French, with no raw key', () => {
    const fr = draftPlanOfAction(settings, result, 'fr', advice);
    const text = fr.sections.map((s) => `${s.rootCause}\n${s.actions}`).join('\n');
    expect(text).toContain('Changements simulés par le conseiller');
    expect(text).toContain('coût hebdomadaire');
    expect(text).not.toMatch(/advisor\.|plan\.advice|catalog\./);
  });
});
