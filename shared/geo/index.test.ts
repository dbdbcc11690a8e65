import { describe, it, expect } from 'vitest';
import { CONTIGUOUS_48_DC, distanceMiles, loadGeo, zoneForDistance } from './index';
import { decodeZip5Bitmap } from './zip5Codec';
import zip5Data from '../../resources/geo/zip5.json';

describe('loadGeo: the bundled dataset', () => {
  const geo = loadGeo();

  it('has 896 ZIP3 prefixes, sorted, about 334 million people', () => {
    expect(geo.zip3s).toHaveLength(896);
    const keys = geo.zip3s.map((r) => r.zip3);
    expect([...keys].sort()).toEqual(keys);
    const population = geo.zip3s.reduce((s, r) => s + r.population, 0);
    expect(population).toBe(334_362_514);
    expect(geo.byZip3.size).toBe(896);
  });

  it("has every one of the 48 contiguous states and DC as some ZIP3's majority state", () => {
    const states = new Set(geo.zip3s.map((r) => r.state));
    for (const s of CONTIGUOUS_48_DC) expect(states, s).toContain(s);
  });

  it('keeps every record plausible: US coordinates, 2-letter states, IANA zones', () => {
    for (const r of geo.zip3s) {
      expect(r.zip3).toMatch(/^\d{3}$/);
      expect(r.lat).toBeGreaterThan(-15);
      expect(r.lat).toBeLessThan(72);
      // Guam and the Northern Marianas lie west of the date line; everything else is west of Greenwich.
      if (r.state === 'GU' || r.state === 'MP') expect(r.lon).toBeGreaterThan(140);
      else expect(r.lon).toBeLessThan(-64);
      if (CONTIGUOUS_48_DC.includes(r.state)) {
        expect(r.lat, r.zip3).toBeGreaterThan(24.5);
        expect(r.lat, r.zip3).toBeLessThan(49.5);
        expect(r.lon, r.zip3).toBeGreaterThan(-125);
        expect(r.lon, r.zip3).toBeLessThan(-66.9);
      }
      expect(r.state).toMatch(/^[A-Z]{2}$/);
      expect(r.timeZone).toMatch(/^(America|Pacific)\//);
      expect(Number.isInteger(r.population)).toBe(true);
    }
  });

  it('lists 33,787 ZIP5s', () => {
    const count = Object.values((zip5Data as { bitmaps: Record<string, string> }).bitmaps).reduce(
      (s, b) => s + decodeZip5Bitmap(b).length,
      0,
    );
    expect(count).toBe(33_787);
  });

  it('looks up Columbus, OH by ZIP5 and ZIP3', () => {
    expect(geo.lookup('43215')?.zip3).toBe('432');
    expect(geo.lookup('432')?.state).toBe('OH');
    expect(geo.lookup('432')?.timeZone).toBe('America/New_York');
    expect(geo.zip5Exists('43215')).toBe(true);
  });

  it('refuses ZIPs that do not exist or are malformed', () => {
    expect(geo.zip5Exists('43299')).toBe(false);
    expect(geo.lookup('43299')).toBeUndefined();
    expect(geo.lookup('000')).toBeUndefined();
    expect(geo.lookup('4321')).toBeUndefined();
    expect(geo.lookup('43215-1234')).toBeUndefined();
    expect(geo.zip5Exists('abcde')).toBe(false);
  });

  it('gives a ZIP5 its own time zone when it differs from its ZIP3 (Chattanooga area, TN)', () => {
    // ZIP3 373 is mostly Eastern, but 37301 (Altamont, Grundy County) keeps Central time.
    expect(geo.lookup('373')?.timeZone).toBe('America/New_York');
    expect(geo.timeZoneOf('37301')).toBe('America/Chicago');
    expect(geo.timeZoneOf('37402')).toBe('America/New_York');
    expect(geo.timeZoneOf('99999')).toBeUndefined();
  });

  it('puts Columbus, OH to Los Angeles in zone 8 and to Chicago (~280 mi) in zone 3', () => {
    const columbus = geo.lookup('43215')!;
    const la = geo.lookup('90001')!;
    const chicago = geo.lookup('60601')!;
    expect(distanceMiles(columbus, la)).toBeGreaterThan(1900);
    expect(zoneForDistance(distanceMiles(columbus, la))).toBe(8);
    expect(zoneForDistance(distanceMiles(columbus, chicago))).toBe(3);
  });

  it('lists the ZIP5s of a ZIP3: 33,787 in all, each existing and under its prefix', () => {
    let total = 0;
    for (const z of geo.zip3s) {
      const list = geo.zip5sOf(z.zip3);
      total += list.length;
      for (const zip5 of list) expect(zip5.startsWith(z.zip3) && geo.zip5Exists(zip5), zip5).toBe(true);
      expect([...list].sort()).toEqual(list);
    }
    expect(total).toBe(33787);
    expect(geo.zip5sOf('432')).toContain('43215');
    expect(geo.zip5sOf('000')).toEqual([]);
    expect(geo.zip5sOf('43215')).toEqual([]);
  });

  it('is memoised', () => {
    expect(loadGeo()).toBe(geo);
  });
});
