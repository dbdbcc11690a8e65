import { describe, expect, it } from 'vitest';
import { normaliseTime } from './TimeField';

describe('normaliseTime', () => {
  it('reads the ways people type a time', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('14:00')).toBe('14:00');
    // Three digits are ambiguous while typing (93 could become 09:3x or 93:…), settled on leaving the box.
    expect(normaliseTime('930')).toBe('930');
    expect(normaliseTime('930', true)).toBe('09:30');
    expect(normaliseTime('2500')).toBe('25:00'); // normalised, then refused as a time by the field
  });
});
