/**
 * Upgrades of older settings documents, one function per format step. Each works on the raw JSON (before
 * the schema checks it), leaves anything it does not understand for the schema to report, and says in
 * notices what it changed, so nothing is reinterpreted without the user being told.
 */
import { CARRIER_NAMES, CARRIERS, type CarrierId } from './carrier';
import { carrierHolidays } from '../domain/holidays';
import type { MessageKey } from '../i18n/catalogue';

/** Something a migration changed that the user must hear about (shown on import and on open). */
export interface SettingsNotice {
  /** English text. */
  message: string;
  /** Translation key (shared/i18n: domain.migration.*) and its parameters. */
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Format 1 -> 2: holidays add up.
 *
 * Format 1 read a carrier's holidays as a replacement: when the file listed any holiday of a carrier
 * in a year, only the listed days closed that carrier that year and its other built-in holidays were
 * transit and delivery days. Format 2 always applies the built-in calendars, adds the listed days, and
 * lifts a built-in day only through `reopenedCarrierDays`. To keep a format-1 plan's meaning, every
 * built-in day such a year left out becomes a reopening, with one notice per carrier and year naming
 * the days; a year the file listed in full changes nothing and says nothing.
 * @example
 * migrateHolidaysAddUp(
 *   { formatVersion: 1, holidays: [{ date: '2026-11-26', name: 'Thanksgiving', carriers: ['ups'] }] },
 *   notices,
 * )
 * // reopenedCarrierDays: [{ date: '2026-01-01', carrier: 'ups' }, ... { date: '2026-12-25', carrier: 'ups' }],
 * // one notice "UPS 2026: ..."
 */
export function migrateHolidaysAddUp(
  doc: Record<string, unknown>,
  notices: SettingsNotice[] = [],
): Record<string, unknown> {
  const listed = new Map<CarrierId, Set<string>>();
  const holidays = Array.isArray(doc.holidays) ? (doc.holidays as unknown[]) : [];
  for (const h of holidays) {
    if (typeof h !== 'object' || h === null) continue;
    const { date, carriers } = h as { date?: unknown; carriers?: unknown };
    if (typeof date !== 'string' || !ISO_DATE.test(date) || !Array.isArray(carriers)) continue;
    for (const c of carriers) {
      if (!(CARRIERS as readonly unknown[]).includes(c)) continue;
      let dates = listed.get(c as CarrierId);
      if (!dates) listed.set(c as CarrierId, (dates = new Set()));
      dates.add(date);
    }
  }
  const reopened: { date: string; carrier: CarrierId }[] = [];
  for (const carrier of CARRIERS) {
    const dates = listed.get(carrier);
    if (!dates) continue;
    const years = [...new Set([...dates].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
    for (const year of years) {
      const missing = carrierHolidays(carrier, year).filter((h) => !dates.has(h.date));
      if (missing.length === 0) continue;
      for (const h of missing) reopened.push({ date: h.date, carrier });
      const days = missing.map((h) => h.date).join(', ');
      const name = CARRIER_NAMES[carrier];
      notices.push({
        message:
          `${name} ${year}: this file listed only some ${name} holidays for ${year}, which older ShipWeek versions read as ` +
          `${name}'s whole calendar for that year. Holidays now add up to the built-in calendar, so to keep your plan as it was ` +
          `these built-in ${name} holidays are marked as reopened (${name} works): ${days}. Remove a reopening in Weekly schedule → Holidays to let ${name} close that day.`,
        messageKey: 'domain.migration.holidaysReopened',
        params: { carrier: name, year, days, count: missing.length },
      });
    }
  }
  const out: Record<string, unknown> = { ...doc, formatVersion: 2 };
  if (reopened.length > 0) {
    const existing = Array.isArray(doc.reopenedCarrierDays) ? (doc.reopenedCarrierDays as unknown[]) : [];
    out.reopenedCarrierDays = [...existing, ...reopened];
  }
  return out;
}
