import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../../shared/catalog/sample';
import { renoSettings } from '../../test/support/renoPlan';
import { loadGeo } from '../../shared/geo';
import { generateMoves } from '../../shared/advisor/moves';
import { resolveCostModel } from '../../shared/catalog/costDefaults';
import { runCli } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'shipweek-advise-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const sampleFile = write('sample.json', JSON.stringify(sampleSettings()));
const renoFile = write('reno.json', JSON.stringify(renoSettings()));

/** simulate --json of a settings object, through a file, as a user would run it. */
function simulateChecks(settings: unknown, name: string) {
  const file = write(name, JSON.stringify(settings));
  const r = runCli(['simulate', file, '--json'], dir);
  expect(r.exitCode === 0 || r.exitCode === 1).toBe(true);
  const out = JSON.parse(r.stdout) as { checks: { id: string; value: number; pass: boolean }[]; pass: boolean };
  return { checks: out.checks.map((c) => ({ id: c.id, value: c.value, pass: c.pass })), pass: out.pass };
}

describe('shipweek advise', () => {
  it('--json: every suggested settings file reproduces its checks under shipweek simulate', () => {
    const r = runCli(['advise', renoFile, '--json', '--max-moves', '3'], dir);
    const out = JSON.parse(r.stdout);
    expect(r.exitCode).toBe(out.cheapestPassing ? 0 : 1);
    expect(typeof out.weeklyCost).toBe('number');
    expect(out.pass).toBe(false);
    expect(out.suggestions.length).toBeGreaterThan(0);
    out.suggestions.forEach(
      (
        s: { settings: unknown; checks: { id: string; value: number; pass: boolean }[]; weeklyCostDelta: number },
        i: number,
      ) => {
        expect(simulateChecks(s.settings, `s${i}.json`).checks).toEqual(
          s.checks.map((c) => ({ id: c.id, value: c.value, pass: c.pass })),
        );
        expect(typeof s.weeklyCostDelta).toBe('number');
      },
    );
    if (out.cheapestPassing) expect(simulateChecks(out.cheapestPassing.settings, 'passing.json').pass).toBe(true);
    else {
      expect(out.binding.length).toBeGreaterThan(0);
      for (const c of out.ceiling)
        expect(simulateChecks(c.settings, `c-${c.checkId}.json`).checks.find((x) => x.id === c.checkId)!.value).toBe(
          c.best,
        );
    }
  });

  it('explains itself in French, and exits 0 or 1 as documented', () => {
    const r = runCli(['advise', sampleFile, '--max-moves', '2', '--lang', 'fr'], dir);
    expect([0, 1]).toContain(r.exitCode);
    expect(r.stdout).toContain('Conseils pour');
    expect(r.stdout).toMatch(/Recherche : /);
  });

  it('bad input: budget, max-moves, candidate ZIPs, label costs, negative costs in the settings — exit 2 naming the place', () => {
    expect(runCli(['advise', sampleFile, '--budget', 'lots'], dir)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--budget'),
    });
    expect(runCli(['advise', sampleFile, '--max-moves', '0'], dir).exitCode).toBe(2);
    const zips = write('zips.txt', 'zip\n89502\n99999\n');
    expect(runCli(['advise', sampleFile, '--candidate-zips', zips], dir)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('zips.txt: row 3: ZIP 99999 does not exist'),
    });
    const costs = write(
      'costs.csv',
      'service,zone,tier,usd\nups-ground,1,standard,9.5\nups-grnd,2,standard,10\nups-ground,3,standard,-4\nups-ground,4,standard,\n',
    );
    const bad = runCli(['advise', sampleFile, '--label-costs', costs], dir);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('costs.csv: row 3, field "service": unknown service "ups-grnd"');
    expect(bad.stderr).toContain('costs.csv: row 4, field "usd": "-4" is negative');
    expect(bad.stderr).toContain('costs.csv: row 5, field "usd": value is missing');
    const negative = {
      ...sampleSettings(),
      costModel: {
        weeklyOrders: 500,
        labelRates: [{ serviceId: 'ups-ground', zone: 2, tier: 'standard', usd: -1 }],
        operatingDayUsd: { weekday: 1, saturday: 1, sunday: 1 },
        pickupUsd: {},
        dropoffUsd: 0,
        specialPlanUsdPerWeek: 0,
        warehouseUsdPerWeek: 0,
      },
    };
    const r = runCli(['advise', write('negative.json', JSON.stringify(negative)), '--json'], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('costModel.labelRates[0].usd');
  });

  it('a label-cost CSV changes the weekly cost; candidate ZIPs add warehouse moves', () => {
    const base = JSON.parse(runCli(['advise', sampleFile, '--json', '--max-moves', '1'], dir).stdout);
    const cheap = write(
      'cheap.csv',
      ['service,zone,tier,usd', ...[1, 2, 3, 4, 5, 6, 7, 8].map((z) => `UPS Next Day Air Saver,${z},standard,1`)].join(
        '\n',
      ),
    );
    const withCsv = JSON.parse(
      runCli(['advise', sampleFile, '--json', '--max-moves', '1', '--label-costs', cheap], dir).stdout,
    );
    expect(withCsv.weeklyCost).toBeLessThan(base.weeklyCost);
    expect(withCsv.costModel).toBe('settings');
    const zips = write('sites.txt', '89502\n');
    const sites = JSON.parse(
      runCli(['advise', sampleFile, '--json', '--max-moves', '1', '--candidate-zips', zips], dir).stdout,
    );
    expect(sites.ok).toBe(true);
    const moves = generateMoves(sampleSettings(), loadGeo(), resolveCostModel(sampleSettings()), {
      candidateZips: ['89502'],
    });
    expect(moves.filter((m) => m.kind === 'addWarehouse').map((m) => (m as { zip: string }).zip)).toEqual(['89502']);
  });
});
