import { describe, it, expect } from 'vitest';
import { isValidTimeZone, timeZonesAgree, utcOffsetMinutes } from './zoneNames';

describe('time zones', () => {
  it('knows valid IANA names and refuses others', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('computes UTC offsets across DST (New York: -5 h in January, -4 h in July)', () => {
    expect(utcOffsetMinutes('America/New_York', Date.UTC(2026, 0, 15, 12))).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', Date.UTC(2026, 6, 15, 12))).toBe(-240);
    expect(utcOffsetMinutes('America/Phoenix', Date.UTC(2026, 6, 15, 12))).toBe(-420);
  });

  it('treats aliases with the same clock as agreeing, and different clocks as not', () => {
    expect(timeZonesAgree('America/Indiana/Indianapolis', 'America/New_York')).toBe(true);
    expect(timeZonesAgree('America/Detroit', 'America/New_York')).toBe(true);
    expect(timeZonesAgree('America/Phoenix', 'America/Denver')).toBe(false);
    expect(timeZonesAgree('America/Chicago', 'America/New_York')).toBe(false);
    expect(timeZonesAgree('Nowhere/Land', 'Nowhere/Land')).toBe(false);
  });
});
