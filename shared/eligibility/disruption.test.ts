import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import type { DisruptionWeek } from '../domain/operations';
import { formatSettingsIssue, parseSettings } from '../domain/parseSettings';
import { loadGeo, type GeoData } from '../geo';
import { binomialPmf, cdfAt, singleLanePlan } from '../../test/support/eligibilityPlans';
import { runHorizon } from './horizon';
import { compileHorizonOrders, windowDisruptions } from './orderTable';
import { createRng } from './rng';

let geo: GeoData;
beforeAll(() => {
  geo = loadGeo();
});

/** The single UPS Ground lane of singleLanePlan, always delivered on its nominal day, with disruption weeks. */
function disruptedPlan(weeks: DisruptionWeek[], weeklyOrders = 400): Settings {
  const plan = singleLanePlan({ onTime: 1, weeklyOrders, threshold: 0.5 });
  return { ...plan, operations: { ...plan.operations!, disruption: { weeks } } };
}

describe('disruption weeks in the eligibility horizon', () => {
  // Sunday windows from 2026-06-07; week 2 opens on Sunday 2026-06-14.
  const start = '2026-06-07';
  const week2 = '2026-06-14';

  it('compiles exactly: half the parcels one day late in week 2 makes every order late with probability 0.5 there, 0 elsewhere', () => {
    const plan = disruptedPlan([{ start: week2, extraDays: 1, share: 0.5, reason: 'weather' }]);
    const compiled = compileHorizonOrders(plan, geo, { start, weeks: 3 });
    // The spread always delivers on the nominal day, which is the promised day: one day more is late.
    for (const s of compiled.weeks[0]!.lateOnTime) expect(s).toBe(0);
    for (const s of compiled.weeks[1]!.lateOnTime) expect(s).toBe(0.5);
    for (const s of compiled.weeks[2]!.lateOnTime) expect(s).toBe(0);
    // Without the setting the same plan is never late.
    const none = compileHorizonOrders(disruptedPlan([]), geo, { start, weeks: 3 });
    for (const wk of none.weeks) for (const s of wk.lateOnTime) expect(s).toBe(0);
  });

  it('the Monte Carlo agrees with the binomial in the disrupted week and leaves the other weeks on time', () => {
    const n = 400;
    const runs = 2000;
    const seed = 20261214;
    const plan = disruptedPlan([{ start: week2, extraDays: 1, share: 0.5, reason: 'weather', carriers: ['ups'] }], n);
    const r = runHorizon(plan, geo, { start, weeks: 3, runs, rng: createRng(seed) });
    const [w1, w2, w3] = r.weeks.map((w) => w.metrics['onTimeDelivery']!);
    // Weeks 1 and 3: every run 100 % on time.
    for (const m of [w1!, w3!]) expect([m.p10, m.p50, m.p90]).toEqual([1, 1, 1]);
    expect(r.weeks[0]!.disruptions).toEqual([]);
    expect(r.weeks[1]!.disruptions).toHaveLength(1);

    // Week 2: late orders ~ Binomial(400, 0.5). The threshold 50 % passes with at most 200 late.
    const pmf = binomialPmf(n, 0.5);
    const exactPass = cdfAt(pmf, 200); // 0.5199...
    // passShare is a mean of 2,000 Bernoulli draws: standard error sqrt(p(1-p)/runs) ~ 0.0112; allow 4 SE.
    const passTolerance = 4 * Math.sqrt((exactPass * (1 - exactPass)) / runs);
    console.log(
      `disrupted week: exact pass ${exactPass.toFixed(5)}, Monte Carlo ${w2!.passShare.toFixed(5)} (tolerance ${passTolerance.toFixed(4)}, seed ${seed})`,
    );
    expect(Math.abs(w2!.passShare - exactPass)).toBeLessThan(passTolerance);
    // Quantiles of the on-time share (400 - late) / 400: the binomial's within one order.
    const quantile = (q: number) => {
      let acc = 0;
      for (let k = 0; k <= n; k++) {
        acc += pmf[k]!;
        if (acc >= 1 - q) return (n - k) / n;
      }
      return 0;
    };
    expect(Math.abs(w2!.p50 - 0.5)).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(Math.abs(w2!.p10 - quantile(0.1))).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(Math.abs(w2!.p90 - quantile(0.9))).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(r.weeks[0]!.passProbability).toBe(1);
    expect(r.weeks[2]!.passProbability).toBe(1);
    // The lane's expected late share over the 3 weeks: (0 + 0.5 + 0) / 3.
    expect(r.lanes[0]!.lateShare).toBeCloseTo(0.5 / 3, 9);
  });

  it('holds up only the carriers it names, and needs extra days beyond the slack of the promise', () => {
    const fedexOnly = disruptedPlan([
      { start: week2, extraDays: 2, share: 1, reason: 'carrierHoliday', carriers: ['fedex'] },
    ]);
    const r = runHorizon(fedexOnly, geo, { start, weeks: 3, runs: 50, rng: createRng(1) });
    for (const w of r.weeks) expect(w.metrics['onTimeDelivery']!.p10).toBe(1);
    // Every UPS parcel held up 3 days: all late in week 2.
    const all = runHorizon(disruptedPlan([{ start: week2, extraDays: 3, share: 1, reason: 'weather' }]), geo, {
      start,
      weeks: 3,
      runs: 50,
      rng: createRng(1),
    });
    expect(all.weeks[1]!.metrics['onTimeDelivery']!.p90).toBe(0);
    expect(all.weeks[1]!.passProbability).toBe(0);
  });

  it('a profile with Monday windows is hit in the window that opens during the listed week', () => {
    const w: DisruptionWeek = { start: week2, extraDays: 1, share: 0.2, reason: 'weather' };
    expect(windowDisruptions([w], '2026-06-14')).toEqual([w]);
    expect(windowDisruptions([w], '2026-06-15')).toEqual([w]);
    expect(windowDisruptions([w], '2026-06-08')).toEqual([]);
    expect(windowDisruptions([w], '2026-06-21')).toEqual([]);
  });
});

describe('disruption in the settings file', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write raw JSON, including invalid shapes
  const withDisruption = (weeks: any[]) => {
    const doc = JSON.parse(JSON.stringify(sampleSettings()));
    doc.operations = { disruption: { weeks } };
    return JSON.stringify(doc);
  };
  const errors = (text: string) => {
    const r = parseSettings(text, 'plan.json');
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('is optional: a file without it (format 2, no migration) still reads, and one with it round-trips', () => {
    const plain = parseSettings(JSON.stringify(sampleSettings()), 'plan.json');
    expect(plain.ok && plain.settings.operations).toBeUndefined();
    const weeks = [
      {
        start: '2026-12-06',
        extraDays: 2,
        share: 0.3,
        carriers: ['usps'],
        reason: 'carrierHoliday',
        note: 'Christmas backlog as last year',
      },
    ];
    const r = parseSettings(withDisruption(weeks), 'plan.json');
    expect(r.ok && r.settings.operations?.disruption).toEqual({ weeks });
  });

  it('refuses a start that is not a Sunday, naming the Sunday before', () => {
    const [e, ...rest] = errors(withDisruption([{ start: '2026-12-08', extraDays: 1, share: 0.2, reason: 'weather' }]));
    expect(rest).toEqual([]);
    expect(e!.path).toBe('operations.disruption.weeks[0].start');
    expect(e!.messageKey).toBe('domain.disruption.notSunday');
    expect(formatSettingsIssue('plan.json', e!)).toMatch(/2026-12-08 is not a Sunday.*the Sunday before is 2026-12-06/);
  });

  it('refuses a share outside 0..1, extra days outside 1..3, an unknown reason and a week listed twice for a carrier', () => {
    const ok = { start: '2026-12-06', extraDays: 1, share: 0.2, reason: 'weather' };
    const one = (week: object) => errors(withDisruption([week])).map((e) => `${e.path}: ${e.message}`);
    expect(one({ ...ok, share: 1.5 })).toEqual(['operations.disruption.weeks[0].share: must be at most 1 (got 1.5)']);
    expect(one({ ...ok, share: -0.1 })).toEqual([
      'operations.disruption.weeks[0].share: must be at least 0 (got -0.1)',
    ]);
    expect(one({ ...ok, extraDays: 4 })).toEqual([
      'operations.disruption.weeks[0].extraDays: must be at most 3 (got 4)',
    ]);
    expect(one({ ...ok, extraDays: 0 })).toEqual([
      'operations.disruption.weeks[0].extraDays: must be at least 1 (got 0)',
    ]);
    expect(one({ ...ok, reason: 'strike' })[0]).toMatch(/weeks\[0\]\.reason/);
    const twice = errors(withDisruption([ok, { ...ok, carriers: ['fedex'], extraDays: 2 }]));
    expect(twice.map((e) => e.path)).toEqual(['operations.disruption.weeks[1].start']);
    expect(twice[0]!.message).toBe(
      'the week of 2026-12-06 already holds up FedEx (entry 1): merge the two into one entry',
    );
    // Different carriers in the same week are fine.
    expect(
      parseSettings(
        withDisruption([
          { ...ok, carriers: ['ups'] },
          { ...ok, carriers: ['fedex'] },
        ]),
        'plan.json',
      ).ok,
    ).toBe(true);
  });
});
