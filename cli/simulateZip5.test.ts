import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';
import { sampleSettings } from '../shared/catalog/sample';
import { isContiguousUs, loadGeo } from '../shared/geo';
import { simulate } from '../shared/engine/simulate';

/*
 * shipweek simulate takes the ZIP5 mode by itself when the file has a ZIP5 transit override, says so,
 * and --destinations forces either mode. The figures are the engine's own (re-derived here).
 */

let dir: string;
const run = (...argv: string[]) => runCli(argv, dir);
const geo = loadGeo();
// Every ZIP5 of ZIP3 100 (Manhattan) delivered the day UPS Ground picks up from Columbus (zone 5 by
// default): no other service of the sample is that fast, so Manhattan's mean promise shortens.
const manhattan = geo.zip5sOf('100');
const plan = {
  ...sampleSettings(),
  transitOverrides: manhattan.map((dest) => ({ serviceId: 'ups-ground' as const, dest, businessDays: 0 })),
};
const inScope = geo.zip3s.filter((z) => isContiguousUs(z)).reduce((n, z) => n + geo.zip5sOf(z.zip3).length, 0);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipweek-zip5-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  writeFileSync(join(dir, 'sample.json'), JSON.stringify(sampleSettings()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipweek simulate: ZIP5 mode', () => {
  it('runs in ZIP5 mode by itself for a file with ZIP5 overrides, and says so (EN, FR)', () => {
    const json = JSON.parse(run('simulate', 'plan.json', '--json').stdout);
    expect(json.destinationLevel).toBe('zip5');
    expect(json.zip5).toEqual({ zips: inScope, withOwnTransit: manhattan.length, zip3sAffected: 1 });
    const expected = simulate(plan, geo, { destinations: 'zip5' });
    expect(json.tiers.standard.meanDays).toBeCloseTo(expected.tiers.standard.meanDays!, 6);
    // Every ZIP5 of 100 at 0 days is ZIP3 100 at 0 days: the ZIP3 simulation of that plan agrees.
    const asZip3 = simulate(
      { ...plan, transitOverrides: [{ serviceId: 'ups-ground', dest: '100', businessDays: 0 }] },
      geo,
    );
    expect(json.tiers.standard.meanDays).toBeCloseTo(asZip3.tiers.standard.meanDays!, 6);
    expect(json.byState.NY.meanDays).toBeCloseTo(asZip3.byState.NY!.meanDays!, 6);

    expect(run('simulate', 'plan.json').stdout).toContain(
      `ZIP5 mode: the week over ${inScope.toLocaleString('en-US')} ZIP5s of the 48 states + DC; with transit of their own (ZIP5 transit overrides): ${manhattan.length}, in 1 of the ZIP3s.`,
    );
    expect(run('simulate', 'plan.json', '--lang', 'fr').stdout).toContain('Mode ZIP5 : la semaine sur');
  });

  it('--destinations zip3 ignores the ZIP5 overrides; zip5 on a plan without them equals zip3', () => {
    const zip3 = JSON.parse(run('simulate', 'plan.json', '--json', '--destinations', 'zip3').stdout);
    expect(zip3.destinationLevel).toBe('zip3');
    expect(zip3.zip5).toBeUndefined();
    expect(zip3.tiers.standard.meanDays).toBeCloseTo(simulate(plan, geo).tiers.standard.meanDays!, 6);
    expect(JSON.parse(run('simulate', 'plan.json', '--json').stdout).byState.NY.meanDays).toBeLessThan(
      zip3.byState.NY.meanDays,
    );

    const sample = JSON.parse(run('simulate', 'sample.json', '--json').stdout);
    expect(sample.destinationLevel).toBe('zip3');
    const forced = JSON.parse(run('simulate', 'sample.json', '--json', '--destinations', 'zip5').stdout);
    expect(forced.destinationLevel).toBe('zip5');
    const { destinationLevel: _a, zip5: _b, ...a } = forced;
    const { destinationLevel: _c, ...b } = sample;
    expect(a).toEqual(b);
  });

  it('refuses an unknown --destinations value (exit 2)', () => {
    const r = run('simulate', 'plan.json', '--destinations', 'zip4');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--destinations must be auto, zip3 or zip5 (got "zip4")');
  });
});
