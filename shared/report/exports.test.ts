import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { parseSettings } from '../domain/parseSettings';
import { SETTINGS_FORMAT_VERSION } from '../domain/settings';
import { simulate } from '../engine/simulate';
import { loadGeo } from '../geo';
import { coverageStateCsv, coverageZip3Csv, metricsCsv, scenarioJson, scheduleCsv } from './exports';
import { translator } from './format';

const geo = loadGeo();
const settings = sampleSettings();
const result = simulate(settings, geo);
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('scheduleCsv', () => {
  it('has one row per warehouse, day and handover, with the customer cutoff an hour before the seller’s', () => {
    const rows = lines(scheduleCsv(settings, translator('en')));
    expect(rows[0]).toBe(
      'Warehouse,ZIP,Time zone,Weekday,Ships,Seller cutoff,Customer cutoff,Service id,Service,Carrier,Handover,Times,Special operating plan,Buy Shipping',
    );
    // 7 services Mon-Fri, 4 on Saturday, Sunday a single empty row.
    expect(rows.length - 1).toBe(5 * 7 + 4 + 1);
    expect(rows).toContain(
      'Columbus DC,43215,America/New_York,Saturday,yes,10:30,09:30,ups-2nd-day-air,UPS 2nd Day Air,UPS,pickup,12:00,no,yes',
    );
    expect(rows).toContain('Columbus DC,43215,America/New_York,Sunday,no,,,,,,,,,');
  });

  it('defuses a warehouse name that is a formula', () => {
    const s = sampleSettings();
    s.warehouses[0]!.name = '=HYPERLINK("http://evil","x")';
    const csv = scheduleCsv(s, translator('fr'));
    expect(lines(csv)[0]!.startsWith('Entrepôt,Code ZIP')).toBe(true);
    expect(lines(csv)[1]!.startsWith('"\'=HYPERLINK(""http://evil"",""x"")",43215')).toBe(true);
    expect(csv).not.toMatch(/(^|,|\r\n)=/);
  });
});

describe('coverage CSVs', () => {
  it('lists every measured ZIP3 and the 49 states, with weights summing to 1', () => {
    const zip3 = lines(coverageZip3Csv(result, geo, translator('en')));
    const weights = zip3.slice(1).map((r) => Number(r.split(',')[3]));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(zip3.find((r) => r.startsWith('432,OH,America/New_York,'))).toBeDefined();
    // Alaska (995-999) is outside the measured area.
    expect(zip3.some((r) => r.startsWith('995,'))).toBe(false);
    const states = lines(coverageStateCsv(result, translator('fr')));
    expect(states.length - 1).toBe(49);
    const ca = states.find((r) => r.startsWith('CA,'))!.split(',');
    expect(ca[1]).toBe('Californie');
    expect(Number(ca[4])).toBeCloseTo(result.byState['CA']!.le2, 5);
  });
});

describe('coverage CSVs with a remote region included in Prime', () => {
  const withHawaii = simulate({ ...settings, primeRemoteRegions: ['hawaii'] }, geo);

  it('the state CSV gains exactly the HI row, weighed as simulate() weighs Hawaii and not counted for coverage', () => {
    const before = lines(coverageStateCsv(result, translator('en')));
    const after = lines(coverageStateCsv(withHawaii, translator('en')));
    expect(after.length).toBe(before.length + 1);
    const hi = after.find((r) => r.startsWith('HI,'))!.split(',');
    expect(hi[1]).toBe('Hawaii');
    expect(Number(hi[2])).toBeCloseTo(withHawaii.byState['HI']!.weight, 6);
    expect(Number(hi[2])).toBeGreaterThan(0);
    expect(hi[7]).toBe('not counted: in Prime but outside the 48 states + DC coverage');
    // Every other row names the same states; the weights are now shares of views that include Hawaii's.
    expect(after.filter((r) => !r.startsWith('HI,')).map((r) => r.split(',')[0])).toEqual(
      before.map((r) => r.split(',')[0]),
    );
    const fr = lines(coverageStateCsv(withHawaii, translator('fr'))).find((r) => r.startsWith('HI,'))!;
    expect(fr.split(',')[7]).toBe('non compté : dans Prime mais hors de la couverture des 48 États + DC');
  });

  it('the ZIP3 CSV gains exactly Hawaii’s ZIP3s (967, 968), and its weights still add up to 1', () => {
    const before = lines(coverageZip3Csv(result, geo, translator('en')));
    const after = lines(coverageZip3Csv(withHawaii, geo, translator('en')));
    const added = after.filter((r) => !before.some((b) => b.split(',')[0] === r.split(',')[0]));
    expect(added.map((r) => r.split(',').slice(0, 2).join(','))).toEqual(['967,HI', '968,HI']);
    const hawaiiWeight = added.reduce((a, r) => a + Number(r.split(',')[3]), 0);
    expect(hawaiiWeight).toBeCloseTo(withHawaii.byState['HI']!.weight, 5);
    expect(after.slice(1).reduce((a, r) => a + Number(r.split(',')[3]), 0)).toBeCloseTo(1, 4);
    expect(after.some((r) => r.startsWith('995,'))).toBe(false);
  });

  it('without remote regions the CSVs are the 48 states + DC only (the default output)', () => {
    expect(Object.keys(result.byState)).toHaveLength(49);
    expect(lines(coverageStateCsv(result, translator('en'))).some((r) => r.includes('not counted'))).toBe(false);
    expect(
      lines(coverageZip3Csv(result, geo, translator('en'))).some((r) => /^(00[6-9]|96[789]|99[5-9]),/.test(r)),
    ).toBe(false);
  });
});

describe('metricsCsv', () => {
  it('has every check with its status, then the tier figures', () => {
    const rows = lines(metricsCsv(result, translator('en')));
    const le1 = rows.find((r) => r.startsWith('speed.standard.le1,'))!;
    expect(le1).toContain(',0.4,Fail,');
    expect(rows.find((r) => r.startsWith('speed.standard.le5,'))).toContain(',Pass,');
    expect(rows.find((r) => r.startsWith('tier.oversize.le2,'))).toBeDefined();
    expect(rows.find((r) => r.startsWith('coverage.statesCovered,'))).toContain(',49,49,');
    expect(rows[1]).toBe('simulatedWeek,Simulated week,typical,,A typical week (no holidays or closures),,,,');
    // Raw fractions for formulas, and the unit and the figure as the app shows it beside them.
    expect(rows[0]).toContain(',Unit of value and target,Value as shown,Target as shown');
    expect(le1).toMatch(/,share 0-1 \(0\.652 = 65\.2%\),\d+(\.\d)?%,40%$/);
    expect(rows.find((r) => r.startsWith('coverage.statesCovered,'))).toMatch(/,count,49,49$/);
    expect(rows.find((r) => r.startsWith('tier.standard.meanDays,'))).toMatch(/,days,\d\.\d days,$/);
    const fr = lines(metricsCsv(result, translator('fr')));
    expect(fr.find((r) => r.startsWith('speed.standard.le1,'))).toMatch(
      /,"?part 0-1 \(0,652 = 65,2 %\)"?,"?\d+(,\d)?\u00a0%"?,"?40\u00a0%"?$/,
    );
  });

  it('says which real week its figures are for', () => {
    const thanksgiving = simulate(settings, geo, { weekStart: '2026-11-23' });
    const rows = lines(metricsCsv(thanksgiving, translator('fr')));
    expect(rows[1]).toContain('simulatedWeek,');
    expect(rows[1]).toContain(',2026-11-23,');
  });
});

describe('scenarioJson', () => {
  it('writes the settings format that parseSettings reads back identically', () => {
    const text = scenarioJson(settings);
    expect(JSON.parse(text).formatVersion).toBe(SETTINGS_FORMAT_VERSION);
    const back = parseSettings(text, 'x.json', { geo });
    expect(back.ok && back.settings).toEqual(settings);
  });
});

describe('scenarioJson at the schema limits', () => {
  it('a plan holding the maximum of transit overrides still exports under the import cap and parses back', async () => {
    const { MAX_TRANSIT_OVERRIDES } = await import('../domain/settings');
    const { parseSettings, SETTINGS_MAX_BYTES } = await import('../domain/parseSettings');
    const { sampleSettings } = await import('../catalog/sample');
    const s = sampleSettings();
    const services = ['usps-priority-mail-express', 'fedex-standard-overnight'] as const;
    for (let i = 0; i < MAX_TRANSIT_OVERRIDES; i++) {
      s.transitOverrides.push({
        serviceId: services[i % 2]!,
        dest: String(10000 + Math.floor(i / 2)).padStart(5, '0'),
        businessDays: 3,
      });
    }
    const text = scenarioJson(s);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SETTINGS_MAX_BYTES);
    const back = parseSettings(text, 'big.json');
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.settings.transitOverrides).toHaveLength(MAX_TRANSIT_OVERRIDES);
  });
});
