import { describe, expect, it } from 'vitest';
import { createHolidayBook, createLane, deliveryDay, findShipDay, shipDayVerdict } from './calendar';
import { DEFAULT_ENGINE_CATALOG } from './engineCatalog';
import { dayNumber, fromLocalMinutes, isoDate, parseLocalDateTime } from '../time/timezone';
import { columbusWarehouse, fixtureSettings } from '../../test/reference/fixtures';

const catalog = DEFAULT_ENGINE_CATALOG;
const day = dayNumber;

describe('holiday book', () => {
  it('closes carriers on their holidays, the warehouse on its own, and nothing in a typical week', () => {
    const settings = fixtureSettings({
      holidays: [
        { date: '2026-06-10', name: 'Stocktake' },
        { date: '2026-06-11', name: 'Strike', carriers: ['fedex'] },
      ],
      warehouses: [columbusWarehouse({ closures: ['2026-06-12'] })],
    });
    const book = createHolidayBook(settings, catalog, true);
    expect(book.carrierClosed('usps', day('2026-07-03'))).toMatch(/Independence/); // observed (4 July is a Saturday)
    expect(book.carrierClosed('ups', day('2026-10-12'))).toBeUndefined(); // Columbus Day: USPS only
    expect(book.carrierClosed('usps', day('2026-10-12'))).toBeDefined();
    expect(book.carrierClosed('fedex', day('2026-06-11'))).toBe('Strike');
    expect(book.carrierClosed('ups', day('2026-06-11'))).toBeUndefined();
    expect(book.warehouseClosed(0, day('2026-06-10'))).toEqual({ kind: 'holiday', name: 'Stocktake' });
    expect(book.warehouseClosed(0, day('2026-06-12'))).toEqual({ kind: 'closure', name: '' });
    const typical = createHolidayBook(settings, catalog, false);
    expect(typical.carrierClosed('usps', day('2026-07-03'))).toBeUndefined();
    expect(typical.warehouseClosed(0, day('2026-06-12'))).toBeUndefined();
  });
});

describe('lanes', () => {
  const settings = fixtureSettings();
  const book = createHolidayBook(settings, catalog, true);
  const ground = createLane(settings, 0, 0, catalog, book);
  const nda = createLane(settings, 0, 1, catalog, book);

  it('read weekday rules: no UPS Ground on Saturday, Next Day Air Saturday at 12:00', () => {
    expect(shipDayVerdict(ground, day('2026-06-13'))).toMatchObject({ ok: false, key: 'engine.skip.noHandover' });
    expect(shipDayVerdict(nda, day('2026-06-13'))).toMatchObject({
      ok: true,
      sellerCutoff: 630,
      handover: { kind: 'pickup', minute: 720 },
    });
    expect(shipDayVerdict(nda, day('2026-06-14'))).toMatchObject({ ok: false, key: 'engine.skip.notOperating' });
    // Customer cutoff: 14:00 EDT minus one hour = 17:00Z.
    const v = shipDayVerdict(ground, day('2026-06-08'));
    expect(v.ok && v.customerCutoffInstant).toBe(Date.UTC(2026, 5, 8, 17) / 60000);
  });

  it('count transit days on transit days only and deliver on delivery days only', () => {
    // UPS Ground from Friday: 1 day -> Monday, 5 days -> next Friday.
    expect(isoDate(deliveryDay(ground, day('2026-06-12'), 1))).toBe('2026-06-15');
    expect(isoDate(deliveryDay(ground, day('2026-06-12'), 5))).toBe('2026-06-19');
    // Zero days: delivered the handover day if it is a delivery day.
    expect(isoDate(deliveryDay(ground, day('2026-06-10'), 0))).toBe('2026-06-10');
    // Over Independence Day (observed Friday 3 July) UPS loses a day.
    expect(isoDate(deliveryDay(ground, day('2026-07-02'), 1))).toBe('2026-07-06');
  });

  it('find the first ship day whose customer cutoff is still ahead, listing the days passed over', () => {
    const view = fromLocalMinutes('America/New_York', parseLocalDateTime('2026-06-12T15:30'));
    const found = findShipDay(ground, view)!;
    expect(isoDate(found.day)).toBe('2026-06-15');
    expect(found.skipped.map((s) => [isoDate(s.day), s.key])).toEqual([
      ['2026-06-12', 'engine.skip.cutoffPassed'],
      ['2026-06-13', 'engine.skip.noHandover'],
      ['2026-06-14', 'engine.skip.notOperating'],
    ]);
  });

  it('never ship a day whose pickups all come before the cutoff, nor a limited weekend day without a plan', () => {
    const s = fixtureSettings({
      warehouses: [
        columbusWarehouse({
          services: [
            {
              serviceId: 'ups-ground',
              days: { mon: { kind: 'pickup', times: ['11:00'] }, sat: { kind: 'pickup', times: ['12:00'] } },
            },
          ],
        }),
      ],
    });
    const lane = createLane(s, 0, 0, catalog, createHolidayBook(s, catalog, true));
    expect(shipDayVerdict(lane, day('2026-06-08'))).toMatchObject({
      ok: false,
      key: 'engine.skip.handoverBeforeCutoff',
    });
    expect(shipDayVerdict(lane, day('2026-06-13'))).toMatchObject({ ok: false, key: 'engine.skip.weekendNeedsPlan' });
    const withPlan = fixtureSettings({
      warehouses: [
        columbusWarehouse({
          services: [
            {
              serviceId: 'ups-ground',
              days: { sat: { kind: 'pickup', times: ['12:00'] } },
              specialPlans: { sat: true, sun: false },
            },
          ],
        }),
      ],
    });
    const planned = createLane(withPlan, 0, 0, catalog, createHolidayBook(withPlan, catalog, true));
    expect(shipDayVerdict(planned, day('2026-06-13'))).toMatchObject({ ok: true, handover: { specialPlan: true } });
  });
});

describe('holiday book: holidays add up', () => {
  it('only Thanksgiving 2026 listed for UPS: Christmas 2026 is still a UPS holiday (the built-in calendar always applies)', () => {
    const s = fixtureSettings({
      warehouses: [columbusWarehouse()],
      holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] }],
    });
    const book = createHolidayBook(s, DEFAULT_ENGINE_CATALOG, true);
    expect(book.carrierClosed('ups', dayNumber('2026-11-26'))).toBe('Thanksgiving Day');
    expect(book.carrierClosed('ups', dayNumber('2026-12-25'))).toBe('Christmas Day');
    expect(book.carrierClosed('ups', dayNumber('2026-07-03'))).toBe('Independence Day (observed)');
    // Friday 24 Dec 2026 is an ordinary UPS day.
    expect(book.carrierClosed('ups', dayNumber('2026-12-24'))).toBeUndefined();
  });

  it('a reopened built-in day is open for that carrier only; an own closure adds a day', () => {
    const s = fixtureSettings({
      warehouses: [columbusWarehouse()],
      holidays: [{ date: '2026-12-24', name: 'Christmas Eve', carriers: ['fedex'] }],
      reopenedCarrierDays: [{ date: '2027-12-24', carrier: 'ups' }],
    });
    const book = createHolidayBook(s, DEFAULT_ENGINE_CATALOG, true);
    // Christmas 2027 is a Saturday, observed Friday 24 Dec: UPS runs (reopened), FedEx and USPS do not.
    expect(book.carrierClosed('ups', dayNumber('2027-12-24'))).toBeUndefined();
    expect(book.carrierClosed('fedex', dayNumber('2027-12-24'))).toBe('Christmas Day (observed)');
    expect(book.carrierClosed('usps', dayNumber('2027-12-24'))).toBe('Christmas Day (observed)');
    expect(book.carrierClosed('ups', dayNumber('2027-12-25'))).toBe('Christmas Day');
    expect(book.carrierClosed('fedex', dayNumber('2026-12-24'))).toBe('Christmas Eve');
    expect(book.carrierClosed('ups', dayNumber('2026-12-24'))).toBeUndefined();
    // The typical week ignores all of it.
    expect(
      createHolidayBook(s, DEFAULT_ENGINE_CATALOG, false).carrierClosed('ups', dayNumber('2027-12-25')),
    ).toBeUndefined();
  });

  it('hand-computed promise: a UPS Ground parcel handed over on Thursday 24 Dec 2026 is not delivered on Christmas, with only Thanksgiving listed', () => {
    const s = fixtureSettings({
      warehouses: [columbusWarehouse()],
      holidays: [{ date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups'] }],
    });
    const book = createHolidayBook(s, DEFAULT_ENGINE_CATALOG, true);
    const lane = createLane(s, 0, 0, DEFAULT_ENGINE_CATALOG, book); // UPS Ground
    // One transit day from Thursday 24 Dec: Friday 25 Dec is closed, the weekend is not a transit day
    // -> Monday 28 Dec. (Under the old replacement rule, Christmas was a transit day: Friday 25 Dec.)
    expect(deliveryDay(lane, dayNumber('2026-12-24'), 1)).toBe(dayNumber('2026-12-28'));
    const reopened = fixtureSettings({ ...s, reopenedCarrierDays: [{ date: '2026-12-25', carrier: 'ups' }] });
    const open = createLane(
      reopened,
      0,
      0,
      DEFAULT_ENGINE_CATALOG,
      createHolidayBook(reopened, DEFAULT_ENGINE_CATALOG, true),
    );
    expect(deliveryDay(open, dayNumber('2026-12-24'), 1)).toBe(dayNumber('2026-12-25'));
  });
});
