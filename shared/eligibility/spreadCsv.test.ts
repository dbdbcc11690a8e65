import { describe, expect, it } from 'vitest';
import { parseSpreadCsv, percentilesToShares } from './spreadCsv';
import { SettingsSchema } from '../domain/settings';
import { sampleSettings } from '../catalog/sample';
import { parseSettings } from '../domain/parseSettings';
import { defaultSpreadShares, onTimeShare } from '../catalog/transitSpread';
import { eligibilityEngine as eligibilityEngine_en } from '../i18n/en/eligibilityEngine';
import type { Texts } from '../i18n/texts';
import { eligibilityEngine as eligibilityEngine_fr } from '../i18n/fr/eligibilityEngine';

const eligibilityMessagesEn: Texts = eligibilityEngine_en;
const eligibilityMessagesFr: Texts = eligibilityEngine_fr;

const errorsOf = (text: string) => {
  const r = parseSpreadCsv(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => `${e.row}|${e.field}|${e.message}`);
};

describe('transit-spread CSV: shares per day', () => {
  it('groups rows by service, zone and month and accepts names, "all" zones and percentages', () => {
    const r = parseSpreadCsv(
      'Service,Zone,Month,Days,Share\r\nUPS Ground,5,,3,0.9\nups-ground,5,,4,10%\nUSPS Priority Mail,all,12,2,0.5\nusps-priority-mail,,12,3,0.5\n',
    );
    expect(r).toEqual({
      ok: true,
      layout: 'shares',
      spreads: [
        { serviceId: 'ups-ground', zone: 5, shares: [0, 0, 0, 0.9, 0.1] },
        { serviceId: 'usps-priority-mail', month: 12, shares: [0, 0, 0.5, 0.5] },
      ],
    });
  });

  it('refuses shares that do not add up to 1, naming the first row of the group', () => {
    expect(errorsOf('service,zone,days,share\nups-ground,5,3,0.9\nups-ground,5,4,0.05\n')).toEqual([
      '2|share|shares of UPS Ground, zone 5, month all add up to 0.95, not 1 (tolerance 0.005)',
    ]);
  });

  it('names row and field for negative shares, unknown services, bad zones, formulas and repeated days', () => {
    expect(
      errorsOf(
        'service,zone,days,share\nups-ground,5,3,-0.1\nUPS Grnd,5,3,1\nups-ground,9,3,1\nups-ground,5,=1+1,1\nfedex-2day,1,2,0.5\nfedex-2day,1,2,0.5\n',
      ),
    ).toEqual([
      '2|share|"-0.1" is negative; shares and days are 0 or more',
      '3|service|unknown service "UPS Grnd" (did you mean "UPS Ground"?)',
      '4|zone|"9" is not a carrier zone 1 to 8 (leave it empty or write "all" for every zone)',
      '5|days|"=1+1" is a spreadsheet formula, not a value',
      '7|days|FedEx 2Day, zone 1, month all, 2 days is already given on row 6',
      '6|share|shares of FedEx 2Day, zone 1, month all add up to 0.5, not 1 (tolerance 0.005)',
    ]);
  });

  it('explains a header without a known layout, and an empty file', () => {
    expect(errorsOf('service,zone,foo\nups-ground,1,2\n')).toEqual([
      '1||header has neither days,share nor percentile columns (p50, p75, p90, p95, p99…)',
    ]);
    expect(errorsOf('service,days\nups-ground,1\n')).toEqual([
      '1|share|header has no "share" column (expected service,zone,days,share or service,zone,p50,p75,p90,p95,p99)',
    ]);
    expect(errorsOf('')).toEqual(['0||file is empty']);
    expect(errorsOf('service,zone,days,share\n')).toEqual(['1||file has a header but no data rows']);
  });

  it('refuses a file over the size cap before reading it', () => {
    const r = parseSpreadCsv('service,zone,days,share\n' + 'ups-ground,1,1,1\n'.repeat(100), { maxBytes: 200 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.messageKey).toBe('eligibility.spreadCsv.tooLarge');
  });
});

describe('transit-spread CSV: percentiles', () => {
  it('turns percentiles into shares conservatively (below the lowest at it, beyond the highest one day later)', () => {
    expect(percentilesToShares([0.5, 0.75, 0.9, 0.95, 0.99], [2, 2, 3, 3, 4])).toEqual([0, 0, 0.75, 0.2, 0.04, 0.01]);
    const r = parseSpreadCsv('service,zone,p50,p75,p85,p90,p95,p97,p99\nups-ground,8,5,5,5,5,6,6,7\n');
    expect(r).toEqual({
      ok: true,
      layout: 'percentiles',
      spreads: [{ serviceId: 'ups-ground', zone: 8, shares: [0, 0, 0, 0, 0, 0.9, 0.07, 0.02, 0.01] }],
    });
  });

  it('refuses decreasing percentiles, naming the column', () => {
    expect(errorsOf('service,zone,p50,p75,p90,p95,p99\nups-ground,5,3,4,3,5,6\n')).toEqual([
      '2|p90|p90 (3 days) is less than p75 (4 days): percentiles must not decrease',
    ]);
  });

  it('refuses a tail past 15 days and a repeated service/zone', () => {
    expect(errorsOf('service,zone,p50,p99\nups-ground,5,3,15\n')).toEqual([
      '2|p99|the slowest parcels would take 16 days; the limit is 15',
    ]);
    expect(errorsOf('service,zone,p50,p99\nups-ground,5,3,4\nups-ground,5,3,4\n')).toEqual([
      '3||UPS Ground, zone 5, month all is already given on row 2',
    ]);
  });

  it('refuses a header mixing both layouts', () => {
    expect(errorsOf('service,zone,days,share,p50\nups-ground,5,3,1,3\n')).toEqual([
      '1||header has both days,share and percentile columns: use one format per file',
    ]);
  });
});

describe('transit spread and operations in the settings file', () => {
  it('a settings file with operations and a spread parses; shares off by more than the tolerance do not', () => {
    const base = sampleSettings();
    const ok = SettingsSchema.safeParse({
      ...base,
      operations: { missedPickupShare: 0.01 },
      transitSpread: [{ serviceId: 'ups-ground', shares: [0, 0.5, 0.5] }],
    });
    expect(ok.success).toBe(true);
    const bad = parseSettings(
      JSON.stringify({ ...base, transitSpread: [{ serviceId: 'ups-ground', shares: [0, 0.5, 0.4] }] }),
      'plan.json',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(
        /transitSpread\[0\]\.shares.*add up to 1/,
      );
    const negative = parseSettings(JSON.stringify({ ...base, operations: { cancellationRate: -0.01 } }), 'plan.json');
    expect(negative.ok).toBe(false);
    if (!negative.ok)
      expect(negative.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(
        /operations\.cancellationRate.*at least 0/,
      );
    const typo = parseSettings(JSON.stringify({ ...base, operations: { cancelationRate: 0.01 } }), 'plan.json');
    expect(typo.ok).toBe(false);
  });
});

describe('default spread', () => {
  it('December uses ShipMatrix December 2025 on-time figures; other months half the late share', () => {
    expect(onTimeShare('ups', 12)).toBe(0.972);
    expect(onTimeShare('usps', 12)).toBe(0.941);
    expect(onTimeShare('fedex', 6)).toBeCloseTo(1 - 0.047 / 2, 12);
    const s = defaultSpreadShares('ups', 12, 2);
    expect(s[2]).toBe(0.972);
    expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(s[3]! + s[4]! + s[5]!).toBeCloseTo(0.028, 12);
  });
});

describe('eligibility messages', () => {
  it('English and French have the same keys and placeholders', () => {
    expect(Object.keys(eligibilityMessagesFr).sort()).toEqual(Object.keys(eligibilityMessagesEn).sort());
    const ph = (t: string) =>
      [...t.matchAll(/\{\{(\w+)\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join();
    for (const k of Object.keys(eligibilityMessagesEn))
      expect(ph(eligibilityMessagesFr[k]!), k).toBe(ph(eligibilityMessagesEn[k]!));
  });
});

describe('transit-spread CSV: caps', () => {
  it('a huge single row is refused by the size cap, not parsed', () => {
    const r = parseSpreadCsv('service,zone,days,share\n' + 'x'.repeat(2 * 1024 * 1024));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.messageKey).toBe('eligibility.spreadCsv.tooLarge');
  });
});
