import { describe, it, expect } from 'vitest';
import { SettingsSchema } from '../domain/settings';
import { sampleSettings } from './sample';
import { loadGeo } from '../geo';
import { validateSettings } from '../engine/validate';
import { checkWeekend, sixDayDelivery, sixDayOperation } from '../engine/weekend';
import { resolvePolicy } from '../catalog/policies';

describe('sampleSettings', () => {
  it('parses with the settings schema (round trip through JSON unchanged)', () => {
    const s = sampleSettings();
    expect(SettingsSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(s.name).toBe('Sample — Columbus, OH');
    expect(s.warehouses[0]).toMatchObject({
      id: 'wh-columbus',
      name: 'Columbus DC',
      zip: '43215',
      timeZone: 'America/New_York',
    });
    expect(s.sizeTierMix).toEqual({ standard: 0.85, oversize: 0.12, extraLarge: 0.03 });
  });

  it('is judged by the July 2026 policy and has no findings at all under it (with geography)', () => {
    const s = sampleSettings();
    expect(resolvePolicy(s).id).toBe('us-2026-07');
    expect(validateSettings(s, loadGeo())).toEqual([]);
  });

  it("works six days and delivers six days; every weekend handover is in the carriers' general service", () => {
    const s = sampleSettings();
    expect(sixDayOperation(s).warehouses[0]!.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(sixDayDelivery(s).pass).toBe(true);
    const weekend = checkWeekend(s);
    expect(weekend.length).toBe(4);
    expect(weekend.every((i) => i.status === 'available' && !i.outsideBuyShipping)).toBe(true);
  });

  it('carries 2026-2027 carrier holidays, Thanksgiving closing all three carriers', () => {
    const s = sampleSettings();
    expect(s.holidays.find((h) => h.date === '2026-11-26')?.carriers).toEqual(['ups', 'fedex', 'usps']);
    expect(s.holidays.find((h) => h.date === '2027-01-18')?.carriers).toEqual(['usps']); // MLK Day 2027
  });

  it('returns an independent copy each time', () => {
    const a = sampleSettings();
    a.warehouses[0]!.cutoffs.mon = '09:00';
    expect(sampleSettings().warehouses[0]!.cutoffs.mon).toBe('14:00');
  });
});
