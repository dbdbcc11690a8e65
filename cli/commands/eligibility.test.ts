import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../shared/catalog/sample';
import { binomialPmf, cdfAt, singleLanePlan } from '../../test/support/eligibilityPlans';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'shipweek-eligibility-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const sampleFile = write('sample.json', JSON.stringify(sampleSettings()));

interface EligibilityJson {
  runs: number;
  seed: number;
  start: string;
  weeks: {
    week: number;
    start: string;
    policyId: string;
    passProbability: number;
    disruptions: { start: string }[];
    metrics: Record<string, { p10: number; p50: number; p90: number; passShare: number }>;
  }[];
  revokedWithin: { weeks: number; probability: number };
  expectedStrikes: number;
  trial: { passProbability: number };
  verdict: 'pass' | 'risk';
}

describe('shipweek eligibility', () => {
  it('--json: the documented shape; the sample (far below the July 2026 speed targets) is revoked in week 3 and exits 1', () => {
    const r = runCli(
      ['eligibility', sampleFile, '--json', '--runs', '50', '--weeks', '4', '--start', '2026-06-07', '--seed', '9'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as EligibilityJson;
    expect(out).toMatchObject({
      runs: 50,
      seed: 9,
      start: '2026-06-07',
      revokedWithin: { weeks: 4, probability: 1 },
      expectedStrikes: 3,
      trial: { passProbability: 0 },
      verdict: 'risk',
    });
    expect(out.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4]);
    const w1 = out.weeks[0]!;
    for (const id of [
      'onTimeDelivery',
      'lateShipment',
      'cancellation',
      'buyShipping',
      'validTracking',
      'speed.standard.le1',
    ]) {
      expect(Object.keys(w1.metrics[id]!).sort()).toEqual(['p10', 'p50', 'p90', 'passShare', 'threshold']);
    }
    expect(w1.metrics['speed.standard.le1']!.passShare).toBe(0);
    // Same seed, same figures.
    expect(
      runCli(
        ['eligibility', sampleFile, '--json', '--runs', '50', '--weeks', '4', '--start', '2026-06-07', '--seed', '9'],
        dir,
      ).stdout,
    ).toBe(r.stdout);
  });

  it("the JSON's figures agree with the binomial (single lane, p = 0.96 on time, 200 orders a week, threshold 95 %)", () => {
    const file = write(
      'binomial.json',
      JSON.stringify(singleLanePlan({ onTime: 0.96, weeklyOrders: 200, threshold: 0.95 })),
    );
    const r = runCli(['eligibility', file, '--json', '--runs', '3000', '--start', '2026-06-07', '--seed', '42'], dir);
    const out = JSON.parse(r.stdout) as EligibilityJson;
    const exact = cdfAt(binomialPmf(200, 0.04), 10);
    const mean = out.weeks.reduce((a, w) => a + w.metrics['onTimeDelivery']!.passShare, 0) / out.weeks.length;
    console.log(
      `CLI binomial check: exact ${exact.toFixed(5)}, JSON mean passShare ${mean.toFixed(5)} over 13 x 3000 weeks (seed 42)`,
    );
    // 39,000 simulated weeks: standard error ~0.002; tolerance 0.012 (~6 SE).
    expect(Math.abs(mean - exact)).toBeLessThan(0.012);
    expect(out.weeks.every((w) => w.passProbability === w.metrics['onTimeDelivery']!.passShare)).toBe(true);
    expect(r.exitCode).toBe(out.verdict === 'pass' ? 0 : 1);
  });

  it('prints a readable verdict in English and French', () => {
    const en = runCli(['eligibility', sampleFile, '--runs', '20', '--weeks', '3', '--start', '2026-06-07'], dir);
    expect(en.stdout).toMatch(
      /Eligibility of "Sample — Columbus, OH" against us-2026-07: 3 weeks from 2026-06-07 \(20 runs, seed 1\)/,
    );
    expect(en.stdout).toMatch(/Standard size within 1 day: passes in 0% of runs/);
    expect(en.stdout).toMatch(/Verdict: AT RISK/);
    const fr = runCli(
      ['eligibility', sampleFile, '--runs', '20', '--weeks', '3', '--start', '2026-06-07', '--lang', 'fr'],
      dir,
    );
    expect(fr.stdout).toMatch(/Éligibilité de « Sample — Columbus, OH »/);
    expect(fr.stdout).toMatch(/Verdict : À RISQUE/);
    expect(runCli(['eligibility', '--help'], dir).stdout).toMatch(/--transit-spread/);
  });

  it('reads a transit-spread CSV; bad input gets a clear error and exit 2', () => {
    const good = write('spread.csv', 'service,zone,p50,p75,p90,p95,p99\nups-ground,,2,3,3,4,5\n');
    const ok = runCli(
      ['eligibility', sampleFile, '--runs', '5', '--weeks', '1', '--start', '2026-06-07', '--transit-spread', good],
      dir,
    );
    expect(ok.stdout).toMatch(/Transit spread: spread\.csv \(1 row\)/);

    const bad = (args: string[]) => {
      const r = runCli(['eligibility', sampleFile, '--start', '2026-06-07', '--runs', '5', ...args], dir);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(bad(['--weeks', '0'])).toMatch(/--weeks must be a whole number of weeks from 1 to 520 \(got "0"\)/);
    expect(bad(['--weeks', '10000'])).toMatch(/got "10000"/);
    expect(bad(['--runs', '0'])).toMatch(/--runs must be a whole number/);
    expect(bad(['--seed', 'abc'])).toMatch(/--seed must be a whole number/);
    expect(runCli(['eligibility', sampleFile, '--start', '2026-06-08'], dir).stderr).toMatch(
      /2026-06-08 is not a Sunday/,
    );
    const notOne = write('sum.csv', 'service,zone,days,share\nups-ground,5,3,0.9\nups-ground,5,4,0.05\n');
    expect(bad(['--transit-spread', notOne])).toMatch(
      /sum\.csv: row 2, field "share": shares of UPS Ground, zone 5, month all add up to 0\.95, not 1/,
    );
    const decreasing = write('dec.csv', 'service,zone,p50,p75,p90,p95,p99\nups-ground,5,3,4,3,5,6\n');
    expect(bad(['--transit-spread', decreasing])).toMatch(
      /dec\.csv: row 2, field "p90": p90 \(3 days\) is less than p75 \(4 days\)/,
    );
    const unknown = write('unknown.csv', 'service,zone,days,share\nDHL Express,5,3,1\n');
    expect(bad(['--transit-spread', unknown])).toMatch(/row 2, field "service": unknown service "DHL Express"/);
    const negative = write(
      'negative.json',
      JSON.stringify({ ...sampleSettings(), operations: { missedPickupShare: -0.02 } }),
    );
    expect(runCli(['eligibility', negative], dir).exitCode).toBe(2);
    expect(runCli(['eligibility', negative], dir).stderr).toMatch(/operations\.missedPickupShare/);
    const frErr = runCli(['eligibility', sampleFile, '--transit-spread', notOne, '--lang', 'fr'], dir);
    expect(frErr.stderr).toMatch(
      /ligne 2, champ « share » : les parts de UPS Ground, zone 5, mois all totalisent 0\.95/,
    );
    // Nothing was written next to the inputs.
    expect(readFileSync(join(dir, 'sample.json'), 'utf8')).toBe(JSON.stringify(sampleSettings()));
  });
});

describe('shipweek eligibility: disruption weeks from the settings', () => {
  it('applies them (on-time drops in that week only), says so in English and French, and lists weeks outside the horizon', () => {
    const plan = singleLanePlan({ onTime: 1, weeklyOrders: 200, threshold: 0.5 });
    const disrupted = {
      ...plan,
      operations: {
        ...plan.operations,
        disruption: {
          weeks: [
            {
              start: '2026-06-14',
              extraDays: 1,
              share: 0.5,
              carriers: ['ups'],
              reason: 'weather',
              note: 'storm forecast',
            },
            { start: '2026-12-20', extraDays: 2, share: 0.3, reason: 'carrierHoliday' },
          ],
        },
      },
    };
    const file = write('disrupted.json', JSON.stringify(disrupted));
    const args = ['eligibility', file, '--runs', '200', '--weeks', '3', '--start', '2026-06-07', '--seed', '3'];
    const out = JSON.parse(runCli([...args, '--json'], dir).stdout) as EligibilityJson;
    const p50 = out.weeks.map((w) => w.metrics['onTimeDelivery']!.p50);
    expect(p50[0]).toBe(1);
    expect(p50[2]).toBe(1);
    // Binomial(200, 0.5) late orders: the median on-time share is 50 % within a few orders.
    expect(Math.abs(p50[1]! - 0.5)).toBeLessThan(0.03);
    expect(out.weeks.map((w) => w.disruptions.map((d) => d.start))).toEqual([[], ['2026-06-14'], []]);

    const en = runCli(args, dir).stdout;
    expect(en).toMatch(
      /Carrier disruption from the settings' "operations\.disruption" \(your assumption, not a default\):/,
    );
    expect(en).toMatch(
      /week 2 \(2026-06-14\): 50% of the parcels of UPS take 1 day more than the spread \(weather\) — storm forecast/,
    );
    expect(en).toMatch(/Disruption weeks outside this horizon, not simulated: 2026-12-20\./);
    const fr = runCli([...args, '--lang', 'fr'], dir).stdout;
    expect(fr).toMatch(
      /semaine 2 \(2026-06-14\) : 50\s?% des colis de UPS mettent 1 jour de plus que la dispersion \(météo\)/,
    );
    expect(fr).toMatch(/Semaines perturbées hors de cet horizon, non simulées : 2026-12-20\./);
    // Without the setting, no such lines.
    expect(
      runCli(['eligibility', sampleFile, '--runs', '5', '--weeks', '1', '--start', '2026-06-07'], dir).stdout,
    ).not.toMatch(/disruption/i);
  });

  it('refuses a disruption week that does not start on a Sunday, with its path, exit 2', () => {
    const bad = write(
      'badDisruption.json',
      JSON.stringify({
        ...sampleSettings(),
        operations: { disruption: { weeks: [{ start: '2026-06-15', extraDays: 1, share: 0.5, reason: 'weather' }] } },
      }),
    );
    const r = runCli(['eligibility', bad, '--runs', '5', '--weeks', '1', '--start', '2026-06-07'], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(
      /operations\.disruption\.weeks\[0\]\.start.*2026-06-15 is not a Sunday.*the Sunday before is 2026-06-14/,
    );
  });
});

describe('shipweek eligibility --trade-off', () => {
  it('adds the plan with one more promised day per service: JSON rows and a table', () => {
    const file = write(
      'tradeoff.json',
      JSON.stringify(singleLanePlan({ onTime: 0.7, weeklyOrders: 100, threshold: 0.9 })),
    );
    const r = runCli(
      ['eligibility', file, '--json', '--runs', '20', '--weeks', '2', '--start', '2026-06-07', '--trade-off'],
      dir,
    );
    const out = JSON.parse(r.stdout) as {
      tradeOff: { slowerService: string | null; expectedOnTime: number; speedLe2: number }[];
    };
    expect(out.tradeOff.map((x) => x.slowerService)).toEqual([null, 'ups-ground']);
    expect(out.tradeOff[0]!.expectedOnTime).toBeCloseTo(0.7, 6);
    expect(out.tradeOff[1]!.expectedOnTime).toBeCloseTo(1, 6);
    const text = runCli(
      ['eligibility', file, '--runs', '20', '--weeks', '2', '--start', '2026-06-07', '--trade-off'],
      dir,
    ).stdout;
    expect(text).toMatch(/\+1 day on UPS Ground \(100% of orders\) +[\d.]+% +[\d.]+% +100%/);
  });
});
