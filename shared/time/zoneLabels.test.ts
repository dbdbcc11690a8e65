import { describe, expect, it } from 'vitest';
import zip3Data from '../../resources/geo/zip3.json';
import zip5Data from '../../resources/geo/zip5.json';
import { US_TIME_ZONES, zoneCity, zoneLabel, zoneMatches, zoneOptions } from './zoneLabels';
import { timeZonesAgree } from './zoneNames';

describe('US time-zone names', () => {
  it('names every zone the bundled ZIP codes use', () => {
    const used = new Set([
      ...(zip3Data as { timeZone: string }[]).map((r) => r.timeZone),
      ...Object.keys((zip5Data as { timeZoneExceptions: Record<string, string[]> }).timeZoneExceptions),
    ]);
    const listed = new Set(US_TIME_ZONES.map((z) => z.id));
    expect([...used].filter((id) => !listed.has(id))).toEqual([]);
    expect(listed.size).toBe(US_TIME_ZONES.length);
  });

  it('puts a zone in a family only when it keeps that family’s clock (2025–2027)', () => {
    const reference = new Map<string, string>();
    for (const z of US_TIME_ZONES) {
      const ref = reference.get(z.family);
      if (!ref) reference.set(z.family, z.id);
      else expect(timeZonesAgree(z.id, ref), `${z.id} vs ${ref}`).toBe(true);
    }
    // Arizona is not Mountain Time with daylight saving, nor Alaska Hawaii.
    expect(timeZonesAgree('America/Phoenix', 'America/Denver')).toBe(false);
  });

  it('reads "Pacific Time (Los Angeles)" in English and French', () => {
    expect(zoneLabel('America/Los_Angeles', 'en')).toBe('Pacific Time (Los Angeles)');
    expect(zoneLabel('America/Los_Angeles', 'fr')).toBe('Heure du Pacifique (Los Angeles)');
    expect(zoneLabel('America/Indiana/Knox', 'en')).toBe('Central Time (Knox, Indiana)');
    expect(zoneCity('America/North_Dakota/New_Salem', 'fr')).toBe('New Salem, Dakota du Nord');
    expect(zoneLabel('America/Phoenix', 'fr')).toBe('Heure des Rocheuses, sans heure d’été (Phoenix)');
  });
});

describe('the picker’s list and search', () => {
  const en = zoneOptions('en');
  const find = (typed: string) => en.filter((o) => zoneMatches(o, typed)).map((o) => o.id);

  it('lists the US zones first, then the other zones the runtime knows, each id once', () => {
    expect(en.slice(0, US_TIME_ZONES.length).every((o) => o.group === 'us')).toBe(true);
    expect(en.length).toBeGreaterThan(300);
    expect(new Set(en.map((o) => o.id)).size).toBe(en.length);
    expect(en.find((o) => o.id === 'Europe/Paris')?.group).toBe('other');
  });

  it('finds a zone by its city, its name in either language, its IANA id, or a larger city in it', () => {
    expect(find('los')[0]).toBe('America/Los_Angeles');
    expect(find('pacific')[0]).toBe('America/Los_Angeles');
    expect(find('heure du pacifique')).toContain('America/Los_Angeles');
    expect(find('America/Chicago')).toEqual(['America/Chicago']);
    expect(find('reno')).toEqual(['America/Los_Angeles']);
    expect(find('est new york')).toEqual(['America/New_York']);
    expect(find('xyzzy')).toEqual([]);
  });

  it('keeps a stored zone the lists do not hold, so the field never loses it', () => {
    const stored = 'Etc/GMT+8';
    const list = zoneOptions('fr', stored);
    expect(list.filter((o) => o.id === stored)).toHaveLength(1);
    expect(zoneOptions('en', 'Not/AZone').some((o) => o.id === 'Not/AZone')).toBe(false);
  });
});
