import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { refundDeadline } from '../catalog/sellerObligations';
import { calendarFor, yearsAround } from './deadlines';

/** The sample with its holidays removed, so only the built-in calendars and what a test adds apply. */
function plan(edit: (s: Settings) => void = () => {}): Settings {
  const s: Settings = { ...sampleSettings(), holidays: [], reopenedCarrierDays: [] };
  edit(s);
  return s;
}
const refundBy = (s: Settings, received: string) =>
  refundDeadline(received, calendarFor(s, undefined, yearsAround(Date.parse(received))).closedDates);

describe('refund-by dates read the engine’s calendar (built-in + own − reopened)', () => {
  it('Veterans Day (Wed 11 Nov 2026) is a USPS holiday: a return of Tue 10 Nov is due Fri 13, not Thu 12', () => {
    expect(refundBy(plan(), '2026-11-10')).toBe('2026-11-13');
  });

  it('a warehouse that ships only with UPS keeps 11 Nov as a business day (UPS works on Veterans Day)', () => {
    const upsOnly = plan((s) => {
      s.warehouses = [
        { ...s.warehouses[0]!, services: s.warehouses[0]!.services.filter((p) => p.serviceId === 'ups-ground') },
      ];
    });
    expect(refundBy(upsOnly, '2026-11-10')).toBe('2026-11-12');
    // Christmas (Fri 25 Dec) is built in for UPS: Thu 24 Dec -> Mon 28 (1), Tue 29 (2).
    expect(refundBy(upsOnly, '2026-12-24')).toBe('2026-12-29');
    // Reopened for UPS, it counts again: Fri 25 (1), Mon 28 (2).
    const reopened = { ...upsOnly, reopenedCarrierDays: [{ date: '2026-12-25', carrier: 'ups' as const }] };
    expect(refundBy(reopened, '2026-12-24')).toBe('2026-12-28');
    // The plan's own holiday adds to it: Mon 28 closed too -> Fri 25 (1), Tue 29 (2).
    expect(refundBy({ ...reopened, holidays: [{ date: '2026-12-28', name: 'Inventory' }] }, '2026-12-24')).toBe(
      '2026-12-29',
    );
  });

  it('a day reopened for one carrier stays closed while another carrier of the warehouse observes it', () => {
    const s = plan((x) => (x.reopenedCarrierDays = [{ date: '2026-12-25', carrier: 'ups' }]));
    // USPS and FedEx still close on Christmas: Thu 24 -> Mon 28 (1), Tue 29 (2).
    expect(refundBy(s, '2026-12-24')).toBe('2026-12-29');
  });

  it('without years the plan’s own dates decide which years are read; the calendar lists each closed date once', () => {
    const c = calendarFor(plan((s) => (s.holidays = [{ date: '2026-07-01', name: 'Stock count' }])));
    expect(c.closedDates).toContain('2025-12-25');
    expect(c.closedDates).toContain('2027-12-24'); // Christmas 2027 falls on a Saturday: observed Friday 24
    expect(new Set(c.closedDates).size).toBe(c.closedDates.length);
    expect(calendarFor(plan()).closedDates).toEqual([]);
  });
});
