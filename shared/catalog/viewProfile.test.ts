import { describe, it, expect } from 'vitest';
import { ViewProfileSchema } from '../domain/settings';
import { defaultViewProfile } from './viewProfile';

describe('defaultViewProfile', () => {
  const p = defaultViewProfile();
  const flat = p.weights.flat();

  it('is a valid 7x24 profile marked as the default assumption, summing to 1', () => {
    expect(ViewProfileSchema.parse(p)).toEqual(p);
    expect(p.source).toBe('default');
    expect(flat.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(flat.every((v) => v > 0)).toBe(true);
  });

  it('peaks in the evening and bottoms out before dawn on every day', () => {
    for (const row of p.weights) {
      const peak = row.indexOf(Math.max(...row));
      const trough = row.indexOf(Math.min(...row));
      expect(peak).toBeGreaterThanOrEqual(19);
      expect(peak).toBeLessThanOrEqual(21);
      expect(trough).toBeGreaterThanOrEqual(3);
      expect(trough).toBeLessThanOrEqual(5);
    }
  });

  it('has a weekend shape: Saturday is flatter than a weekday, Sunday evening is the busiest hour of the week', () => {
    const ratio = (row: number[]) => Math.max(...row) / Math.min(...row);
    expect(ratio(p.weights[5]!)).toBeLessThan(ratio(p.weights[1]!));
    const busiest = flat.indexOf(Math.max(...flat));
    expect(Math.floor(busiest / 24)).toBe(6);
    expect(p.weights[5]![9]!).toBeLessThan(p.weights[1]![9]!); // Saturday mornings start later
  });

  it('is deterministic and returns a fresh copy each call', () => {
    const a = defaultViewProfile();
    a.weights[0]![0] = 99;
    expect(defaultViewProfile()).toEqual(p);
  });
});
