import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { SettingsSchema } from './settings';
import { PrimeOffPeriodsSchema, primeOffSpans } from './primeOff';

const issues = (value: unknown) => {
  const r = PrimeOffPeriodsSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Prime-off periods in the settings', () => {
  it('a well-formed list passes, periods that touch included', () => {
    expect(
      issues([
        { start: '2026-11-27T18:00', end: '2026-11-30T06:00', timeZone: 'America/New_York', note: 'stock count' },
        { start: '2026-11-30T06:00', end: '2026-11-30T08:00', timeZone: 'America/New_York' },
      ]),
    ).toEqual([]);
  });

  it('refuses an end not after its start, naming the field', () => {
    expect(issues([{ start: '2026-11-27T18:00', end: '2026-11-27T18:00', timeZone: 'America/New_York' }])).toEqual([
      '0.end: must come after the start (2026-11-27T18:00): Prime off from 2026-11-27T18:00 to 2026-11-27T18:00 is no time at all',
    ]);
  });

  it('compares instants, not wall clocks: 10:00 in Los Angeles is after 12:00 in New York', () => {
    expect(
      issues([{ start: '2026-11-27T12:00', end: '2026-11-27T10:00', timeZone: 'America/Los_Angeles' }]),
    ).not.toEqual([]);
    // Overlap across zones: 09:00-10:00 PST = 12:00-13:00 EST overlaps 12:30-14:00 EST.
    expect(
      issues([
        { start: '2026-11-27T12:30', end: '2026-11-27T14:00', timeZone: 'America/New_York' },
        { start: '2026-11-27T09:00', end: '2026-11-27T10:00', timeZone: 'America/Los_Angeles' },
      ]),
    ).toEqual(['1.start: overlaps period 1 (2026-11-27T12:30 to 2026-11-27T14:00): merge them or move one']);
  });

  it('refuses an unknown zone and a date that does not exist', () => {
    expect(issues([{ start: '2026-11-27T12:00', end: '2026-11-27T13:00', timeZone: 'Mars/Olympus' }])).toEqual([
      'timeZone: unknown time zone "Mars/Olympus": use an IANA name such as America/New_York'.replace(/^/, '0.'),
    ]);
    expect(issues([{ start: '2026-02-30T12:00', end: '2026-03-01T13:00', timeZone: 'UTC' }])).toEqual([
      '0.start: is not a real calendar date between 1970 and 2199',
    ]);
  });

  it('is optional in a settings file: absent stays absent, so files round-trip unchanged', () => {
    const parsed = SettingsSchema.parse(sampleSettings());
    expect('primeOffPeriods' in parsed).toBe(false);
    const withOff = SettingsSchema.safeParse({
      ...sampleSettings(),
      primeOffPeriods: [{ start: '2026-11-27T18:00', end: '2026-11-27T17:00', timeZone: 'UTC' }],
    });
    expect(withOff.success).toBe(false);
    expect(withOff.error!.issues[0]!.path).toEqual(['primeOffPeriods', 0, 'end']);
  });

  it('spans are epoch minutes, clipped: 27 Nov 2026 00:00-24:00 UTC', () => {
    const day = Date.UTC(2026, 10, 27) / 60_000;
    expect(
      primeOffSpans([{ start: '2026-11-27T00:00', end: '2026-11-28T00:00', timeZone: 'UTC' }], 0, Infinity),
    ).toEqual([{ from: day, to: day + 1440 }]);
    expect(
      primeOffSpans([{ start: '2026-11-27T00:00', end: '2026-11-28T00:00', timeZone: 'UTC' }], day + 60, day + 120),
    ).toEqual([{ from: day + 60, to: day + 120 }]);
  });
});
