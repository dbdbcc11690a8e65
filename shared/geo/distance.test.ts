import { describe, it, expect } from 'vitest';
import { distanceMiles } from './distance';

// City-centre coordinates and published great-circle distances (hand-checked against
// independent calculators; carrier zone bands only need ~1 % accuracy).
const columbus = { lat: 39.9612, lon: -82.9988 };
const losAngeles = { lat: 34.0522, lon: -118.2437 };
const newYork = { lat: 40.7128, lon: -74.006 };
const chicago = { lat: 41.8781, lon: -87.6298 };

describe('distanceMiles', () => {
  it('Columbus, OH to Los Angeles is about 1,990 miles', () => {
    expect(distanceMiles(columbus, losAngeles)).toBeGreaterThan(1970);
    expect(distanceMiles(columbus, losAngeles)).toBeLessThan(2000);
  });

  it('New York to Los Angeles is about 2,445 miles and New York to Chicago about 711', () => {
    expect(distanceMiles(newYork, losAngeles)).toBeCloseTo(2445, -1);
    expect(distanceMiles(newYork, chicago)).toBeCloseTo(711, -1);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceMiles(columbus, columbus)).toBe(0);
    expect(distanceMiles(columbus, chicago)).toBeCloseTo(distanceMiles(chicago, columbus), 9);
  });

  it('one degree of latitude is about 69.1 miles', () => {
    expect(distanceMiles({ lat: 40, lon: -100 }, { lat: 41, lon: -100 })).toBeCloseTo(69.09, 1);
  });

  it('stays finite for antipodal points (half the circumference)', () => {
    expect(distanceMiles({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 3958.7613, 3);
  });
});
