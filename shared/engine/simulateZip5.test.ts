import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isContiguousUs, loadGeo } from '../geo';
import { sampleSettings } from '../catalog/sample';
import type { Settings, SettingsInput, TransitOverride } from '../domain/settings';
import { SERVICES } from '../catalog/services';
import { computePromise } from './explainedPromise';
import { hasZip5Overrides, simulate, type SimulationResult } from './simulate';
import { columbusWarehouse, fixtureSettings } from '../../test/reference/fixtures';

/*
 * The ZIP5 simulation mode: the same week over every ZIP5 of 48 + DC, each with its own transit
 * overrides first. Without ZIP5 overrides it must be the ZIP3 simulation; with them it must differ
 * exactly in the ZIP3s holding an overridden ZIP5, by the share of that ZIP3 the ZIP5 stands for.
 */

const geo = loadGeo();
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261201;
const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 20;
console.log(`[ZIP5 simulation properties] fast-check seed ${seed}, ${numRuns} runs (FC_SEED=<n> to replay)`);

/** A result without the fields that only say which mode ran. */
function figures(r: SimulationResult) {
  const { destinationLevel: _level, zip5: _zip5, ...rest } = r;
  return rest;
}

const zip3Index = new Map(geo.zip3s.map((z, i) => [z.zip3, i]));
const inScopeZip5Count = geo.zip3s.filter((z) => isContiguousUs(z)).reduce((n, z) => n + geo.zip5sOf(z.zip3).length, 0);

/** ZIP3s near and far from the sample's Columbus warehouse, every contiguous clock. */
const DEST_ZIP3S = ['432', '100', '606', '331', '802', '850', '900', '902', '981', '836', '200', '752'];

describe('ZIP5 simulation mode — equals the ZIP3 simulation without ZIP5 overrides', () => {
  it('on the sample plan, and says it ran over every ZIP5 of 48 + DC', () => {
    const settings = sampleSettings();
    expect(hasZip5Overrides(settings)).toBe(false);
    const zip3 = simulate(settings, geo);
    const zip5 = simulate(settings, geo, { destinations: 'zip5' });
    expect(zip3.destinationLevel).toBe('zip3');
    expect(zip3.zip5).toBeUndefined();
    expect(zip5.destinationLevel).toBe('zip5');
    expect(zip5.zip5).toEqual({ zips: inScopeZip5Count, withOwnTransit: 0, zip3sAffected: 0 });
    expect(figures(zip5)).toEqual(figures(zip3));
    // 'auto' picks the ZIP3 mode for a plan without ZIP5 overrides.
    expect(simulate(settings, geo, { destinations: 'auto' }).destinationLevel).toBe('zip3');
  });

  it('for random plans, ZIP3 overrides and ZIP3 / ZIP5 demand (property)', () => {
    const zip5Keys = DEST_ZIP3S.flatMap((z) => geo.zip5sOf(z).slice(0, 3));
    fc.assert(
      fc.property(
        fc.record({
          services: fc.uniqueArray(
            fc.constantFrom(
              'ups-ground',
              'ups-next-day-air',
              'usps-priority-mail',
              'fedex-home-delivery',
              'usps-ground-advantage',
            ),
            { minLength: 1, maxLength: 3 },
          ),
          zoneCap: fc.option(fc.integer({ min: 3, max: 8 }), { nil: undefined }),
          zip3Overrides: fc.array(
            fc.record({
              serviceId: fc.constantFrom('ups-ground', 'usps-priority-mail'),
              dest: fc.constantFrom(...DEST_ZIP3S),
              businessDays: fc.integer({ min: 0, max: 6 }),
            }),
            { maxLength: 3 },
          ),
          demand: fc.option(
            fc.dictionary(fc.constantFrom(...DEST_ZIP3S, ...zip5Keys), fc.integer({ min: 0, max: 50 }), {
              minKeys: 1,
              maxKeys: 8,
            }),
            { nil: undefined },
          ),
          week: fc.constantFrom(undefined, '2026-11-23', '2026-03-09'),
        }),
        (p) => {
          const settings = planWith(p.services, p.zoneCap, p.zip3Overrides, p.demand);
          const opts = p.week ? { weekStart: p.week } : {};
          expect(figures(simulate(settings, geo, { ...opts, destinations: 'zip5' }))).toEqual(
            figures(simulate(settings, geo, opts)),
          );
        },
      ),
      { seed, numRuns },
    );
  });
});

describe('ZIP5 simulation mode — differs exactly where ZIP5 overrides apply', () => {
  it('hand-computed: one Los Angeles ZIP5 at 1 day of UPS Ground, views only on a Tuesday 09:00', () => {
    // One service, UPS Ground from Columbus (pickup 16:00, cutoff 14:00, customers see 13:00 Eastern);
    // every view at 09:00-10:00 customer-local on Tuesday 9 June 2026. A Los Angeles view (12:00-13:00
    // Eastern) ships Tuesday; zone 8 takes the catalog's figure in business days (Mon-Fri).
    const ground = SERVICES['ups-ground'].transitByZone[7]!;
    expect(ground).toBe(5);
    const weights = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    weights[1]![9] = 1;
    const base = fixtureSettings({
      warehouses: [columbusWarehouse({ services: [columbusWarehouse().services[0]!] })],
      viewProfile: { source: 'custom', weights },
    });
    const override: TransitOverride = { serviceId: 'ups-ground', dest: '90210', businessDays: 1 };
    const settings: Settings = { ...base, transitOverrides: [override] };
    expect(hasZip5Overrides(settings)).toBe(true);

    // Single promises, as the ZIP5 mode must read them: 90210 Wednesday (1 day), its neighbours next Tuesday (7).
    expect(promiseDays(settings, '90210')).toBe(1);
    const neighbour = geo.zip5sOf('902').find((z) => z !== '90210')!;
    expect(promiseDays(settings, neighbour)).toBe(7);

    const zip3 = simulate(settings, geo);
    const zip5 = simulate(settings, geo, { destinations: 'auto' });
    expect(zip5.destinationLevel).toBe('zip5');
    expect(zip5.zip5).toEqual({ zips: inScopeZip5Count, withOwnTransit: 1, zip3sAffected: 1 });

    const n = geo.zip5sOf('902').length; // 90210 stands for 1/n of ZIP3 902's population
    const d = zip3Index.get('902')!;
    expect(zip3.byZip3.le1[d]).toBe(0);
    expect(zip3.byZip3.meanDays[d]).toBe(7);
    expect(zip5.byZip3.le1[d]).toBeCloseTo(1 / n, 12);
    expect(zip5.byZip3.le2[d]).toBeCloseTo(1 / n, 12);
    expect(zip5.byZip3.le5[d]).toBeCloseTo(1 / n, 12);
    expect(zip5.byZip3.meanDays[d]).toBeCloseTo((1 + 7 * (n - 1)) / n, 12);
    expect(zip5.byZip3.minDays[d]).toBe(1);
    expect(zip3.byZip3.minDays[d]).toBe(7);

    // Every other ZIP3 is exactly as before.
    for (const key of ['le1', 'le2', 'le5', 'meanDays', 'minDays', 'weight', 'reachable'] as const) {
      zip3.byZip3.zip3.forEach((z, i) => {
        if (i !== d) expect(zip5.byZip3[key][i], `${key} ${z}`).toBe(zip3.byZip3[key][i]);
      });
    }
    // Nationally and in California the ≤1-day share grows by 902's population share over n.
    const scope = geo.zip3s.filter((z) => isContiguousUs(z));
    const total = scope.reduce((a, z) => a + z.population, 0);
    const california = scope.filter((z) => z.state === 'CA').reduce((a, z) => a + z.population, 0);
    const pop902 = geo.byZip3.get('902')!.population;
    expect(zip5.tiers.standard.le1 - zip3.tiers.standard.le1).toBeCloseTo(pop902 / total / n, 12);
    expect(zip5.byState.CA!.le1 - zip3.byState.CA!.le1).toBeCloseTo(pop902 / california / n, 12);
    for (const [state, stats] of Object.entries(zip3.byState))
      if (state !== 'CA') expect(zip5.byState[state], state).toEqual(stats);
    expect(zip5.missingStates).toEqual(zip3.missingStates);
  });

  it('for random ZIP5 overrides, each ZIP3 is its ZIP5s: the rest as the ZIP3, each overridden ZIP5 as a ZIP3 override would make it (property)', () => {
    const candidates = ['900', '100', '606', '802', '331'].flatMap((z) => geo.zip5sOf(z).slice(0, 4));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            serviceId: fc.constantFrom('ups-ground', 'usps-priority-mail', 'ups-next-day-air'),
            dest: fc.constantFrom(...candidates),
            businessDays: fc.integer({ min: 0, max: 8 }),
          }),
          { minLength: 1, maxLength: 4, selector: (o) => `${o.serviceId}:${o.dest}` },
        ),
        fc.array(
          fc.record({
            serviceId: fc.constantFrom('ups-ground', 'usps-priority-mail'),
            dest: fc.constantFrom('900', '100', '606'),
            businessDays: fc.integer({ min: 0, max: 6 }),
          }),
          { maxLength: 2 },
        ),
        (zip5Overrides, zip3Overrides) => {
          const base = planWith(
            ['ups-ground', 'ups-next-day-air', 'usps-priority-mail'],
            undefined,
            zip3Overrides,
            undefined,
          );
          const settings: Settings = { ...base, transitOverrides: [...zip3Overrides, ...zip5Overrides] };
          const zip3 = simulate(settings, geo);
          const zip5 = simulate(settings, geo, { destinations: 'zip5' });
          // The expected figure of each ZIP3, derived from ZIP3 simulations only: a ZIP5 with overrides
          // behaves as its ZIP3 would with the same figures as ZIP3 overrides (same clock and zone).
          const byZip3 = new Map<string, TransitOverride[][]>();
          const perZip5 = new Map<string, TransitOverride[]>();
          for (const o of zip5Overrides) perZip5.set(o.dest, [...(perZip5.get(o.dest) ?? []), o]);
          for (const [zip, list] of perZip5)
            byZip3.set(zip.slice(0, 3), [...(byZip3.get(zip.slice(0, 3)) ?? []), list]);
          let nationalShift = 0;
          const total = geo.zip3s.filter((z) => isContiguousUs(z)).reduce((a, z) => a + z.population, 0);
          for (const [z3, zips] of byZip3) {
            const d = zip3Index.get(z3)!;
            const n = geo.zip5sOf(z3).length;
            let le1 = (n - zips.length) * zip3.byZip3.le1[d]!;
            let le2 = (n - zips.length) * zip3.byZip3.le2[d]!;
            for (const list of zips) {
              const asZip3 = simulate(
                {
                  ...settings,
                  transitOverrides: [...settings.transitOverrides, ...list.map((o) => ({ ...o, dest: z3 }))],
                },
                geo,
              );
              le1 += asZip3.byZip3.le1[d]!;
              le2 += asZip3.byZip3.le2[d]!;
            }
            expect(zip5.byZip3.le1[d], `le1 ${z3}`).toBeCloseTo(le1 / n, 10);
            expect(zip5.byZip3.le2[d], `le2 ${z3}`).toBeCloseTo(le2 / n, 10);
            nationalShift += (geo.byZip3.get(z3)!.population / total) * (le2 / n - zip3.byZip3.le2[d]!);
          }
          // ZIP3s without an overridden ZIP5 are untouched; the nation moves by the affected ZIP3s only.
          zip3.byZip3.zip3.forEach((z, i) => {
            if (!byZip3.has(z)) expect(zip5.byZip3.le2[i], z).toBe(zip3.byZip3.le2[i]);
          });
          expect(zip5.tiers.standard.le2 - zip3.tiers.standard.le2).toBeCloseTo(nationalShift, 10);
        },
      ),
      { seed, numRuns: Math.max(5, Math.floor(numRuns / 2)) },
    );
  });

  it('a ZIP5 override beyond the zone cap changes nothing (the cap is the ZIP3 zone)', () => {
    const capped = planWith(['ups-ground'], 7, [], undefined);
    const settings: Settings = {
      ...capped,
      transitOverrides: [{ serviceId: 'ups-ground', dest: '90210', businessDays: 1 }],
    };
    const zip5 = simulate(settings, geo, { destinations: 'zip5' });
    expect(zip5.zip5?.withOwnTransit).toBe(0);
    expect(figures(zip5)).toEqual(figures(simulate(settings, geo)));
  });
});

function promiseDays(settings: Settings, zip: string): number | undefined {
  const r = computePromise(settings, geo, { at: '2026-06-09T09:30', to: zip, holidays: false });
  return r.ok ? r.promiseDays : undefined;
}

/** The fixture warehouse with the given services (pickups as the fixture's UPS Ground), overrides and demand. */
function planWith(
  services: readonly string[],
  zoneCap: number | undefined,
  overrides: TransitOverride[],
  demand: Record<string, number> | undefined,
): Settings {
  const ground = columbusWarehouse().services[0]!;
  const input: Partial<SettingsInput> = {
    warehouses: [
      columbusWarehouse({
        services: services.map((serviceId) => ({
          ...ground,
          serviceId: serviceId as typeof ground.serviceId,
          ...(zoneCap ? { zoneCap } : {}),
        })),
      }),
    ],
    transitOverrides: overrides,
    ...(demand && Object.values(demand).some((w) => w > 0)
      ? { destinationWeights: { source: 'custom' as const, byZip: demand } }
      : {}),
  };
  return fixtureSettings(input);
}
