import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import { createUspsStandardsReader, formatTransitFileError, parseUspsStandards } from './uspsStandards';
import { parseUpsTimeInTransit } from './upsTimeInTransit';
import { mergeTransitOverrides } from './mergeOverrides';

const geo = loadGeo();
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/transit', name), 'utf8');
const errorsOf = (r: { ok: boolean; errors?: Parameters<typeof formatTransitFileError>[0][] }) =>
  r.ok ? [] : r.errors!.map(formatTransitFileError);

describe('USPS service standards files', () => {
  it('keeps the rows of the plan’s origin for the three USPS services ShipWeek models, counting the other products', () => {
    const r = parseUspsStandards(fixture('usps-service-standards.txt'), { origins: ['432'], geo });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.overrides).toEqual([
      { serviceId: 'usps-priority-mail', dest: '432', businessDays: 1 },
      { serviceId: 'usps-priority-mail', dest: '900', businessDays: 3 },
      { serviceId: 'usps-ground-advantage', dest: '900', businessDays: 5 },
      { serviceId: 'usps-priority-mail', dest: '100', businessDays: 2 },
      { serviceId: 'usps-priority-mail-express', dest: '100', businessDays: 1 },
    ]);
    expect(r.summary).toEqual({
      rows: 10,
      originRows: 8,
      otherProducts: { 'First-Class Mail': 1, 'USPS Marketing Mail': 1 },
      zip3: 5,
      zip5: 0,
      repeats: 1,
      origins: ['432'],
    });
  });

  it('reads the 5-digit supplement (CSV, CRLF) as ZIP5 overrides, and gives the same result fed in pieces of any size', () => {
    const text = fixture('usps-5digit-supplement.csv');
    const whole = parseUspsStandards(text, { origins: ['432'], geo });
    expect(whole).toMatchObject({
      ok: true,
      overrides: [
        { serviceId: 'usps-priority-mail', dest: '90210', businessDays: 2 },
        { serviceId: 'usps-ground-advantage', dest: '10001', businessDays: 2 },
      ],
      summary: { zip3: 0, zip5: 2 },
    });
    for (const size of [1, 7, 64]) {
      const reader = createUspsStandardsReader({ origins: ['432'], geo });
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
  });

  it('refuses with row, field and why: unknown layout, bad ZIP, unknown ZIP, bad days, formula, conflict, no row for the origin', () => {
    expect(errorsOf(parseUspsStandards('zip,weight\n10001,3\n', { origins: ['432'] }))).toEqual([
      'row 1: not a USPS service standards file: the header needs an origin, a destination, a product and days columns (e.g. origin_zip3, dest_zip3, mail_class, service_standard); it has "zip", "weight"',
    ]);
    const bad = [
      'ORIGIN_ZIP3|DEST_ZIP3|MAIL_CLASS|SERVICE_STANDARD',
      '432|90|Priority Mail|2',
      '432|000|Priority Mail|2',
      '432|900|Priority Mail|two',
      '432|=1+1|Priority Mail|2',
      '432|100|Priority Mail|2',
      '432|100|Priority Mail|3',
      '999|12|Priority Mail|x',
    ].join('\n');
    expect(errorsOf(parseUspsStandards(bad, { origins: ['432'], geo }))).toEqual([
      'row 2, field "DEST_ZIP3": 90 is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
      'row 3, field "DEST_ZIP3": ZIP 000 does not exist',
      'row 4, field "SERVICE_STANDARD": two is not a whole number of days between 0 and 15',
      'row 5, field "DEST_ZIP3": =1+1 looks like a spreadsheet formula, not a value',
      'row 7, field "SERVICE_STANDARD": usps-priority-mail to 100 is already given as 2 days on row 6',
    ]);
    expect(errorsOf(parseUspsStandards(fixture('usps-service-standards.txt'), { origins: ['850'], geo }))).toEqual([
      'file: no row has the plan’s origin 850 (the file’s first origins: 432, 606)',
    ]);
  });
});

describe('UPS Time in Transit responses', () => {
  it('reads each response’s destination and the five UPS levels ShipWeek models, counting the others', () => {
    const r = parseUpsTimeInTransit(fixture('ups-time-in-transit.json'), { geo });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.overrides).toEqual([
      { serviceId: 'ups-next-day-air', dest: '90001', businessDays: 1 },
      { serviceId: 'ups-next-day-air-saver', dest: '90001', businessDays: 1 },
      { serviceId: 'ups-2nd-day-air', dest: '90001', businessDays: 2 },
      { serviceId: 'ups-3-day-select', dest: '90001', businessDays: 3 },
      { serviceId: 'ups-ground', dest: '90001', businessDays: 4 },
      { serviceId: 'ups-ground', dest: '10001', businessDays: 2 },
    ]);
    expect(r.summary).toEqual({ responses: 2, destinations: ['90001', '10001'], otherLevels: { '1DM': 1, '2DM': 1 } });
  });

  it('refuses what is not a response, with the response and the field', () => {
    expect(errorsOf(parseUpsTimeInTransit('{"emsResponse": '))[0]).toMatch(/^file: not JSON: /);
    expect(errorsOf(parseUpsTimeInTransit('{"zip": "10001"}'))).toEqual([
      'row 1, field "emsResponse.services": not a UPS Time in Transit response: no emsResponse.services list',
    ]);
    const noDest = JSON.stringify([
      { emsResponse: { destinationPostalCode: '00000', services: [] } },
      { emsResponse: { services: [] } },
      { emsResponse: { destinationPostalCode: '10001', services: [{ serviceLevel: 'GND', businessTransitDays: -1 }] } },
    ]);
    expect(errorsOf(parseUpsTimeInTransit(noDest, { geo }))).toEqual([
      'row 1, field "emsResponse.destinationPostalCode": ZIP 00000 does not exist',
      'row 2, field "emsResponse.destinationPostalCode": the response does not say its destination postal code (emsResponse.destinationPostalCode)',
      'row 3, field "emsResponse.services[0].businessTransitDays": businessTransitDays -1 is not a whole number between 0 and 15',
    ]);
  });
});

describe('merging a file’s transit times into the plan', () => {
  it('replaces the same service and destination, keeps the others, and says what changed', () => {
    const m = mergeTransitOverrides(
      [
        { serviceId: 'ups-ground', dest: '900', businessDays: 5 },
        { serviceId: 'ups-ground', dest: '100', businessDays: 2 },
        { serviceId: 'usps-priority-mail', dest: '432', businessDays: 1 },
      ],
      [
        { serviceId: 'ups-ground', dest: '900', businessDays: 4 },
        { serviceId: 'usps-priority-mail', dest: '432', businessDays: 1 },
        { serviceId: 'ups-ground', dest: '606', businessDays: 3 },
      ],
    );
    expect(m.overrides).toEqual([
      { serviceId: 'ups-ground', dest: '100', businessDays: 2 },
      { serviceId: 'ups-ground', dest: '900', businessDays: 4 },
      { serviceId: 'usps-priority-mail', dest: '432', businessDays: 1 },
      { serviceId: 'ups-ground', dest: '606', businessDays: 3 },
    ]);
    expect([m.added, m.unchanged, m.changed]).toEqual([
      1,
      1,
      [{ serviceId: 'ups-ground', dest: '900', from: 5, to: 4 }],
    ]);
  });
});

describe('transit-file messages', () => {
  it('French has every English key, with the same placeholders, and no bracketed plural', async () => {
    const en: Readonly<Record<string, string>> = (await import('../i18n/en/transitFiles')).transitFiles;
    const fr: Readonly<Record<string, string>> = (await import('../i18n/fr/transitFiles')).transitFiles;
    const { BRACKET_PLURAL } = await import('../i18n/units');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en)) expect(holes(fr[k]!), k).toEqual(holes(en[k]!));
    expect(Object.values({ ...en, ...fr }).filter((v) => BRACKET_PLURAL.test(v))).toEqual([]);
  });
});
