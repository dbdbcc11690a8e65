import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { simulateWindow } from './simulateWindow';
import { loadGeo, isContiguousUs } from '../geo';
import { parseSettings, formatSettingsIssue } from '../domain/parseSettings';
import { sampleSettings } from '../catalog/sample';
import { fixtureSettings } from '../../test/reference/fixtures';
import { computePromise } from './explainedPromise';
import { describeRemotePrime } from './remotePrimeText';
import { renderMessage } from '../i18n/render';
import { CATALOGUE } from '../i18n/catalogue';

/*
 * Alaska, Hawaii, Puerto Rico and the Pacific territories in the Prime regions (settings.primeRemoteRegions):
 * off by default; once a plan includes a region its views count in the speed figures with their own
 * promises, coverage stays the 48 contiguous states + DC, and `remotePrime` says what they cost.
 */
const geo = loadGeo();
const popOf = (pred: (z: (typeof geo.zip3s)[number]) => boolean) =>
  geo.zip3s.filter(pred).reduce((a, z) => a + z.population, 0);
const mainland = popOf((z) => isContiguousUs(z));
const hawaii = popOf((z) => z.zip3 === '967' || z.zip3 === '968');

/** The Columbus fixture with UPS Ground alone: it does not go to Hawaii, so no Hawaii view gets a promise. */
function groundOnly(extra: Partial<ReturnType<typeof fixtureSettings>> = {}) {
  const s = fixtureSettings(extra);
  return { ...s, warehouses: [{ ...s.warehouses[0]!, services: [s.warehouses[0]!.services[0]!] }] };
}

describe('remote regions in the Prime regions', () => {
  it('by default none counts: the figures are the 48 + DC ones and there is no remotePrime', () => {
    const r = simulate(fixtureSettings(), geo);
    expect(r.remotePrime).toBeUndefined();
    expect(Object.keys(r.byState)).not.toContain('HI');
    expect(r.byZip3.weight[geo.zip3s.findIndex((z) => z.zip3 === '968')]).toBe(0);
  });

  it('Hawaii with UPS Ground only: its views get no promise, so every share drops by exactly its view weight', () => {
    // Population weights: Hawaii's share of the measured views is hawaii / (mainland + hawaii); none of
    // them is served, so ≤ 2 days = (1 − w) × the mainland figure and "no promise" = (1 − w) × mainland + w.
    const w = hawaii / (mainland + hawaii);
    expect(w).toBeGreaterThan(0.003);
    expect(w).toBeLessThan(0.006);
    const without = simulate(groundOnly(), geo);
    const withHawaii = simulate(groundOnly({ primeRemoteRegions: ['hawaii'] }), geo);
    const a = without.tiers.standard;
    const b = withHawaii.tiers.standard;
    expect(b.le1).toBeCloseTo((1 - w) * a.le1, 12);
    expect(b.le2).toBeCloseTo((1 - w) * a.le2, 12);
    expect(b.le5).toBeCloseTo((1 - w) * a.le5, 12);
    expect(b.none).toBeCloseTo((1 - w) * a.none + w, 12);
    // Mean promise days are over served views only: unchanged.
    expect(b.meanDays).toBeCloseTo(a.meanDays!, 12);
    expect(withHawaii.remotePrime).toEqual({
      regions: ['hawaii'],
      share: expect.closeTo(w, 12),
      contiguous: { le1: expect.closeTo(a.le1, 12), le2: expect.closeTo(a.le2, 12), le5: expect.closeTo(a.le5, 12) },
    });
    expect(withHawaii.byState['HI']).toMatchObject({ le2: 0, meanDays: null, weight: expect.closeTo(w, 12) });
    // Coverage stays Amazon's 48 + DC: Hawaii unreachable is not a missing state.
    expect(withHawaii.byState['HI']!.covered).toBe(false);
    expect(withHawaii.missingStates).toEqual(without.missingStates);
    expect(withHawaii.nationwide).toBe(without.nationwide);
  });

  it('Hawaii served by air (the full fixture): the ≤ 2-day share moves by Hawaii’s weight times its gap to the mainland', () => {
    // ≤ 2 days with Hawaii = (1 − w) × mainland + w × Hawaii, i.e. it drops by w × (mainland − Hawaii).
    const w = hawaii / (mainland + hawaii);
    const without = simulate(fixtureSettings(), geo);
    const r = simulate(fixtureSettings({ primeRemoteRegions: ['hawaii'] }), geo);
    const hi = r.byState['HI']!;
    // UPS Next Day Air takes 2 business days to Honolulu, so some Hawaii views are within 2 days, not all.
    expect(hi.le2).toBeGreaterThan(0);
    expect(hi.le2).toBeLessThan(1);
    expect(hi.meanDays!).toBeGreaterThan(without.tiers.standard.meanDays!);
    const main = without.tiers.standard.le2;
    expect(r.tiers.standard.le2).toBeCloseTo(main - w * (main - hi.le2), 12);
    expect(r.remotePrime!.contiguous.le2).toBeCloseTo(main, 12);
    expect(r.remotePrime!.share).toBeCloseTo(w, 12);
    expect(r.missingStates).toEqual(without.missingStates);
  });

  it('all four regions: their states are measured, a custom weight there counts, and a window carries the figures', () => {
    const s = fixtureSettings({
      primeRemoteRegions: ['alaska', 'hawaii', 'puertoRico', 'pacific'],
      destinationWeights: { source: 'custom', byZip: { '43215': 3, '96813': 1 } },
    });
    const r = simulate(s, geo);
    // Columbus 3, Honolulu 1: a quarter of the views go to Hawaii.
    expect(r.remotePrime!.share).toBeCloseTo(0.25, 12);
    expect(r.remotePrime!.regions).toEqual(['alaska', 'hawaii', 'puertoRico', 'pacific']);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('sim.weightsDropped');
    const byDefault = simulate({ ...s, primeRemoteRegions: undefined }, geo);
    expect(byDefault.findings.find((f) => f.ruleId === 'sim.weightsDropped')?.params).toEqual({ count: 1 });
    for (const state of ['AK', 'HI', 'PR', 'GU']) expect(Object.keys(r.byState)).toContain(state);
    const window = simulateWindow(s, geo, { weekStart: '2026-06-08', weeks: 2 });
    expect(window.remotePrime!.share).toBeCloseTo(0.25, 12);
    expect(window.remotePrime!.contiguous.le2).toBeGreaterThan(window.tiers.standard.le2);
  });

  it('the settings file takes the list and refuses an unknown region or one listed twice', () => {
    const base = JSON.parse(JSON.stringify(sampleSettings()));
    const ok = parseSettings(JSON.stringify({ ...base, primeRemoteRegions: ['hawaii', 'alaska'] }), 'plan.json', {
      geo,
    });
    expect(ok.ok && ok.settings.primeRemoteRegions).toEqual(['hawaii', 'alaska']);
    const bad = parseSettings(
      JSON.stringify({ ...base, primeRemoteRegions: ['hawaii', 'guam', 'hawaii'] }),
      'plan.json',
      { geo },
    );
    if (bad.ok) throw new Error('expected errors');
    expect(bad.errors.map((e) => formatSettingsIssue('plan.json', e))[0]).toMatch(
      /^plan.json: primeRemoteRegions\[1\]: /,
    );
  });

  it('says what including them costs, in English and French, and nothing when none is included', () => {
    const result = {
      tiers: { standard: { le2: 0.61 } },
      remotePrime: { regions: ['alaska', 'hawaii'], share: 0.006, contiguous: { le1: 0.2, le2: 0.614, le5: 0.99 } },
    } as unknown as Parameters<typeof describeRemotePrime>[0];
    const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
    expect(describeRemotePrime(result, (k, p) => renderMessage(CATALOGUE.en, k, p), pct)).toBe(
      'Prime regions also include Alaska · Hawaii (0.6 % of the counted views, with their own longer promises). Standard size within 2 days: 61 % with them, 61.4 % for the 48 contiguous states + DC alone: including them costs 0.4 % of the views. Nationwide coverage is still judged on the 48 states + DC.',
    );
    expect(describeRemotePrime(result, (k, p) => renderMessage(CATALOGUE.fr, k, p), pct)).toBe(
      'Les régions Prime incluent aussi Alaska · Hawaï (0.6 % des pages vues comptées, avec leurs propres promesses, plus longues). Taille standard en 2 jours ou moins : 61 % avec elles, 61.4 % pour les 48 États contigus + DC seuls : les inclure coûte 0.4 % des pages vues. La couverture nationale reste jugée sur les 48 États + DC.',
    );
    expect(describeRemotePrime({ ...result, remotePrime: undefined }, (k) => k, pct)).toBeNull();
  });

  it('explain this promise: a Honolulu view counts once the plan includes Hawaii', () => {
    const q = { at: '2026-06-10T06:00', to: '96813' };
    const keys = (s: ReturnType<typeof fixtureSettings>) => {
      const r = computePromise(s, geo, q);
      if (!r.ok) throw new Error(r.reason);
      return r.explanation.map((e) => e.key);
    };
    expect(keys(fixtureSettings())).toContain('engine.explain.outsidePrime');
    const included = keys(fixtureSettings({ primeRemoteRegions: ['hawaii'] }));
    expect(included).toContain('engine.explain.remoteInPrime');
    expect(included).not.toContain('engine.explain.outsidePrime');
    // Alaska only: Honolulu is still outside.
    expect(keys(fixtureSettings({ primeRemoteRegions: ['alaska'] }))).toContain('engine.explain.outsidePrime');
  });
});
