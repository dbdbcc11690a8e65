import { describe, expect, it } from 'vitest';
import { customerClocks, sameInstantElsewhere } from './clocks';

describe('customer clocks', () => {
  it('a Reno 13:00 cutoff is 16:00 in New York and 13:00 in Los Angeles', () => {
    expect(customerClocks('America/Los_Angeles', '2026-11-23', 13 * 60)).toEqual([
      { id: 'east', timeZone: 'America/New_York', time: '16:00', dayShift: 0 },
      { id: 'west', timeZone: 'America/Los_Angeles', time: '13:00', dayShift: 0 },
    ]);
  });

  it('crosses midnight both ways and says which day', () => {
    expect(sameInstantElsewhere('America/Los_Angeles', '2026-06-12', 22 * 60 + 30, 'America/New_York')).toEqual({
      time: '01:30',
      dayShift: 1,
    });
    expect(sameInstantElsewhere('America/New_York', '2026-06-12', 60, 'America/Los_Angeles')).toEqual({
      time: '22:00',
      dayShift: -1,
    });
    // A customer cutoff lead that goes before midnight: minute −30 is 23:30 the day before.
    expect(sameInstantElsewhere('America/New_York', '2026-06-12', -30, 'America/New_York')).toEqual({
      time: '23:30',
      dayShift: -1,
    });
  });

  it('follows DST by date: Phoenix (no DST) is 3 h behind New York in summer, 2 h in winter', () => {
    expect(sameInstantElsewhere('America/Phoenix', '2026-07-06', 14 * 60, 'America/New_York').time).toBe('17:00');
    expect(sameInstantElsewhere('America/Phoenix', '2026-01-05', 14 * 60, 'America/New_York').time).toBe('16:00');
  });
});
