import { describe, expect, it } from 'vitest';
import { migrateHolidaysAddUp, type SettingsNotice } from './settingsMigrations';
import { formatSettingsIssue, parseSettings } from './parseSettings';
import { sampleSettings } from '../catalog/sample';
import { carrierHolidaySettings } from '../domain/holidays';
import { createHolidayBook } from '../engine/calendar';
import { DEFAULT_ENGINE_CATALOG } from '../engine/engineCatalog';
import { dayNumber } from '../time/timezone';

/** The sample as a format-1 document with the given holidays. */
function formatOneText(holidays: unknown[]): string {
  const { reopenedCarrierDays: _r, ...doc } = JSON.parse(JSON.stringify(sampleSettings())) as Record<string, unknown>;
  void _r;
  return JSON.stringify({ ...doc, formatVersion: 1, holidays });
}

describe('format 1 -> 2: holidays add up', () => {
  it('a format-1 file listing only Thanksgiving 2026 for UPS keeps its meaning: the other UPS 2026 holidays become reopenings, and the user is told', () => {
    const notices: SettingsNotice[] = [];
    const doc = migrateHolidaysAddUp(
      { formatVersion: 1, holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] }] },
      notices,
    );
    expect(doc.formatVersion).toBe(2);
    // UPS 2026 built-in: New Year, Memorial, 3 and 4 July, Labor, Thanksgiving, Christmas — all but Thanksgiving
    // reopened.
    expect(doc.reopenedCarrierDays).toEqual(
      ['2026-01-01', '2026-05-25', '2026-07-03', '2026-07-04', '2026-09-07', '2026-12-25'].map((date) => ({
        date,
        carrier: 'ups',
      })),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.messageKey).toBe('domain.migration.holidaysReopened');
    expect(notices[0]!.params).toEqual({
      carrier: 'UPS',
      year: 2026,
      days: '2026-01-01, 2026-05-25, 2026-07-03, 2026-07-04, 2026-09-07, 2026-12-25',
      count: 6,
    });
    expect(notices[0]!.message).toMatch(/^UPS 2026: .*2026-12-25/);
  });

  it('through parseSettings: same engine answers before and after, and the notice comes with the result', () => {
    const result = parseSettings(
      formatOneText([{ date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] }]),
      'old.json',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(1);
    expect(result.notices?.map((n) => n.params.carrier)).toEqual(['UPS']);
    const book = createHolidayBook(result.settings, DEFAULT_ENGINE_CATALOG, true);
    // Format 1 made Christmas 2026 a UPS transit day; the upgraded plan says so explicitly.
    expect(book.carrierClosed('ups', dayNumber('2026-12-25'))).toBeUndefined();
    expect(book.carrierClosed('ups', dayNumber('2026-11-26'))).toBe('Thanksgiving Day');
    // Other carriers and years were never listed: their built-in calendars applied then and now.
    expect(book.carrierClosed('fedex', dayNumber('2026-12-25'))).toBe('Christmas Day');
    expect(book.carrierClosed('ups', dayNumber('2027-12-24'))).toBe('Christmas Day (observed)');
  });

  it('a file listing whole built-in calendars (as the sample did) changes nothing and says nothing', () => {
    const result = parseSettings(
      formatOneText(carrierHolidaySettings(['ups', 'fedex', 'usps'], [2026, 2027])),
      'full.json',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(1);
    expect(result.notices).toBeUndefined();
    expect(result.settings.reopenedCarrierDays).toEqual([]);
  });

  it('one notice per carrier and year, warehouse holidays and junk entries left to the schema', () => {
    const notices: SettingsNotice[] = [];
    const doc = migrateHolidaysAddUp(
      {
        formatVersion: 1,
        holidays: [
          { date: '2026-12-25', name: 'Christmas', carriers: ['ups', 'fedex'] },
          { date: '2027-01-01', name: 'New Year', carriers: ['fedex'] },
          { date: '2026-08-01', name: 'Inventory' },
          { date: 'soon', carriers: ['ups'] },
          42,
        ],
      },
      notices,
    );
    // FedEx 2027: 1 Jan, 31 May, 4 and 5 Jul, 6 Sep, 25 Nov, 24 and 25 Dec, and 31 Dec (New Year 2028 is a
    // Saturday, observed on Friday) — nine days, New Year listed, eight reopened.
    expect(notices.map((n) => `${n.params.carrier} ${n.params.year} ${n.params.count}`)).toEqual([
      'UPS 2026 6',
      'FedEx 2026 6',
      'FedEx 2027 8',
    ]);
    expect(doc.holidays).toHaveLength(5);
  });
});

describe('reopening a day', () => {
  it('a day that is not a built-in holiday of that carrier is refused with its path and the reason', () => {
    const doc = {
      ...JSON.parse(JSON.stringify(sampleSettings())),
      reopenedCarrierDays: [
        { date: '2026-12-24', carrier: 'ups' },
        { date: '2026-10-12', carrier: 'fedex' },
        { date: '2026-10-12', carrier: 'usps' },
      ],
    };
    const result = parseSettings(JSON.stringify(doc), 'plan.json');
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((e) => formatSettingsIssue('plan.json', e))).toEqual([
      'plan.json: reopenedCarrierDays[0].date: 2026-12-24 is not a built-in UPS holiday, so there is nothing to reopen (add your own closures as holidays instead)',
      'plan.json: reopenedCarrierDays[1].date: 2026-10-12 is not a built-in FedEx holiday, so there is nothing to reopen (add your own closures as holidays instead)',
    ]);
    expect(result.errors[0]!.messageKey).toBe('domain.holiday.notBuiltIn');
  });
});
