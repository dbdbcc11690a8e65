import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from './simulate';
import { mondayOf, WeekStartSchema } from '../domain/week';
import { inWeek, specialWeeks, weekEvents } from './simulatedWeek';

describe('the simulated week', () => {
  it('names a week by its Monday and refuses any other day', () => {
    expect(mondayOf('2026-11-26')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday ends the week
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(WeekStartSchema.safeParse('2026-11-23').success).toBe(true);
    expect(WeekStartSchema.safeParse('2026-11-26').success).toBe(false);
    expect(WeekStartSchema.safeParse('2026-02-30').success).toBe(false);
    expect(WeekStartSchema.safeParse('0100-01-04').success).toBe(false);
    expect(inWeek('2026-11-29', '2026-11-23')).toBe(true);
    expect(inWeek('2026-11-30', '2026-11-23')).toBe(false);
  });

  it('Thanksgiving week of the sample: the carriers closed on Thursday, and the simulation of that week is slower than the typical week', () => {
    const settings = sampleSettings();
    const events = weekEvents(settings, '2026-11-23');
    expect(events).toEqual([
      {
        kind: 'carrierHoliday',
        date: '2026-11-26',
        name: 'Thanksgiving Day',
        carriers: expect.arrayContaining(['ups']) as string[],
      },
    ]);
    const typical = simulate(settings, loadGeo());
    const thanksgiving = simulate(settings, loadGeo(), { weekStart: '2026-11-23' });
    expect(thanksgiving.typicalWeek).toBe(false);
    expect(thanksgiving.tiers.standard.le2).toBeLessThan(typical.tiers.standard.le2);
  });

  it('lists only the carriers the plan ships with, and its own closures and warehouse holidays', () => {
    const settings: Settings = sampleSettings();
    const upsOnly: Settings = {
      ...settings,
      warehouses: settings.warehouses.map((w) => ({
        ...w,
        services: w.services.filter((s) => s.serviceId.startsWith('ups-')),
        closures: ['2026-11-27'],
      })),
      holidays: [...settings.holidays, { date: '2026-11-24', name: 'Stocktake' }],
    };
    // Veterans Day closes USPS only: a UPS-only plan has nothing special that week.
    expect(weekEvents(upsOnly, '2026-11-09')).toEqual([]);
    expect(weekEvents(settings, '2026-11-09').map((e) => e.kind === 'carrierHoliday' && e.carriers)).toEqual([
      ['usps'],
    ]);
    expect(weekEvents(upsOnly, '2026-11-23')).toEqual([
      { kind: 'warehouseHoliday', date: '2026-11-24', name: 'Stocktake' },
      { kind: 'carrierHoliday', date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] },
      { kind: 'closure', date: '2026-11-27', warehouse: upsOnly.warehouses[0]!.name },
    ]);
  });

  it('special weeks: the weeks ahead that have a holiday for this plan, in order', () => {
    const weeks = specialWeeks(sampleSettings(), '2026-11-01', 8);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-11-09', '2026-11-23', '2026-12-21']);
    expect(weeks.every((w) => w.events.length > 0)).toBe(true);
  });
});
