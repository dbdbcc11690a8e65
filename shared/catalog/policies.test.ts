import { describe, it, expect } from 'vitest';
import { PolicyProfileSchema } from '../domain/policy';
import {
  POLICY_PROFILES,
  DEFAULT_POLICY_ID,
  BUILT_IN_POLICY_IDS,
  copyPolicy,
  findPolicy,
  resolvePolicy,
  isBuiltInPolicy,
} from './policies';

const byId = (id: string) => POLICY_PROFILES.find((p) => p.id === id)!;

describe('built-in policy profiles', () => {
  it('have unique ids, parse with the schema, and include the default', () => {
    const ids = POLICY_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of POLICY_PROFILES) expect(PolicyProfileSchema.parse(p)).toEqual(p);
    expect(ids).toContain(DEFAULT_POLICY_ID);
  });

  it('are exactly the ids the built-in id type lists (what isBuiltInPolicy narrows to)', () => {
    expect(POLICY_PROFILES.map((p) => p.id)).toEqual([...BUILT_IN_POLICY_IDS]);
  });

  it('the SFP help page: weekday cutoff floor 14:00, Saturday 10:30, 48 + DC coverage', () => {
    const seed = byId('sfp-help-page');
    expect(seed.rules).toEqual({ minWeekdayCutoff: '14:00', minSaturdayCutoff: '10:30' });
    expect(seed.requireNationwide).toBe(true);
  });

  it('2021 program: 99% / 99% / 0.5% / 97%, six days, 16:00 pickups, 20% / 55%', () => {
    const p = byId('us-2021');
    expect(p.thresholds).toEqual({
      onTimeShipmentMin: 0.99,
      buyShippingMin: 0.99,
      cancellationMax: 0.005,
      onTimeDeliveryMin: 0.97,
    });
    expect(p.minPickupTime).toBe('16:00');
    expect([p.requireNationwide, p.requireSixDayOperation, p.requireSixDayDelivery]).toEqual([true, true, true]);
    expect(p.targets.standard).toEqual({ le1: 0.2, le2: 0.55 });
  });

  it('later targets: standard 30/74, oversize 17/63', () => {
    expect(byId('us-speed-30-74').targets).toEqual({
      standard: { le1: 0.3, le2: 0.74 },
      oversize: { le1: 0.17, le2: 0.63 },
    });
  });

  it('July 2026 (default): dated 2026-07-06, 40/75/90, 15/80, 25/60, with the help page cutoff rules', () => {
    const p = byId(DEFAULT_POLICY_ID);
    expect(p.effectiveDate).toBe('2026-07-06');
    expect(p.targets).toEqual({
      standard: { le1: 0.4, le2: 0.75, le5: 0.9 },
      oversize: { le1: 0.15, le5: 0.8 },
      extraLarge: { le2: 0.25, le5: 0.6 },
    });
    expect(p.rules).toEqual({ minWeekdayCutoff: '14:00', minSaturdayCutoff: '10:30' });
    expect(p.requireSixDayOperation).toBe(true);
  });
});

describe('resolving and copying', () => {
  const custom = copyPolicy(byId('us-2021'), 'my-rules', 'My rules');
  const settings = { policyId: 'my-rules', customPolicies: [custom] };

  it('copy is deep, renamed and records its origin', () => {
    expect(custom).toMatchObject({ id: 'my-rules', name: 'My rules', source: { basedOn: 'us-2021' } });
    custom.targets.standard!.le1 = 0.5;
    expect(byId('us-2021').targets.standard!.le1).toBe(0.2);
  });

  it('refuses an invalid id for the copy', () => {
    expect(() => copyPolicy(byId('us-2021'), 'has space', 'x')).toThrow();
  });

  it('resolves custom ids, explicit ids, and falls back to the default for an unknown id', () => {
    expect(resolvePolicy(settings).id).toBe('my-rules');
    expect(resolvePolicy(settings, 'us-2021').id).toBe('us-2021');
    expect(resolvePolicy({ policyId: 'gone', customPolicies: [] }).id).toBe(DEFAULT_POLICY_ID);
    expect(findPolicy(settings, 'gone')).toBeUndefined();
    expect(isBuiltInPolicy('my-rules')).toBe(false);
  });

  it('a built-in wins over a custom profile reusing its id', () => {
    const clash = { ...copyPolicy(byId('sfp-help-page'), 'us-2021', 'Impostor') };
    expect(resolvePolicy({ policyId: 'us-2021', customPolicies: [clash] }).name).toBe('US SFP program 2021');
  });
});
