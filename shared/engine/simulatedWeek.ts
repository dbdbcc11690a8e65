import { CARRIERS, type CarrierId } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { mondayOf } from '../domain/week';
import { addDays, daysBetween } from '../time/civilDate';
import { createHolidayBook } from './calendar';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from './engineCatalog';
import { dayNumber } from '../time/timezone';

/*
 * Which week a simulation shows. The default "typical week" ignores holidays and closures; a real
 * week (named by its Monday) applies them. Screens name the week and what is special in it, so a
 * figure never looks better than the week it came from.
 */

/** Something in a real week that the typical week ignores. */
export type WeekEvent =
  /** Carriers closed (a built-in carrier holiday or one of the plan's own carrier holidays). */
  | { kind: 'carrierHoliday'; date: string; name: string; carriers: CarrierId[] }
  /** A plan holiday without carriers: every warehouse closed. */
  | { kind: 'warehouseHoliday'; date: string; name: string }
  /** One warehouse's own closure. */
  | { kind: 'closure'; date: string; warehouse: string };

/**
 * The holidays and closures of the week starting `weekStart` that change the plan: carrier holidays
 * of the carriers the plan ships with (all carriers when it has no service yet), warehouse holidays
 * and closures, by date. The same calendar the engine applies (a year the plan lists carrier
 * holidays for is the plan's to decide).
 * @example
 * weekEvents(sampleSettings(), '2026-11-23')
 * // [{ kind: 'carrierHoliday', date: '2026-11-26', name: 'Thanksgiving Day', carriers: ['ups', 'fedex', 'usps'] }]
 */
export function weekEvents(
  settings: Settings,
  weekStart: string,
  catalog: EngineCatalog = DEFAULT_ENGINE_CATALOG,
): WeekEvent[] {
  const book = createHolidayBook(settings, catalog, true);
  const used = new Set<CarrierId>();
  for (const w of settings.warehouses) for (const s of w.services) used.add(catalog.services[s.serviceId].carrier);
  const carriers = used.size > 0 ? CARRIERS.filter((c) => used.has(c)) : [...CARRIERS];
  const out: WeekEvent[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(weekStart, i);
    const day = dayNumber(date);
    const byName = new Map<string, CarrierId[]>();
    for (const c of carriers) {
      const name = book.carrierClosed(c, day);
      if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), c]);
    }
    for (const [name, closed] of byName) out.push({ kind: 'carrierHoliday', date, name, carriers: closed });
    const holidays = new Set<string>();
    settings.warehouses.forEach((w, wi) => {
      const closed = book.warehouseClosed(wi, day);
      if (closed?.kind === 'closure') out.push({ kind: 'closure', date, warehouse: w.name });
      else if (closed?.kind === 'holiday' && !holidays.has(closed.name)) {
        holidays.add(closed.name);
        out.push({ kind: 'warehouseHoliday', date, name: closed.name });
      }
    });
  }
  return out;
}

/**
 * The weeks from the one containing `from` through the next `weeks` weeks that have a holiday or
 * closure for this plan: the weeks worth simulating apart (Thanksgiving, Christmas…).
 * @example specialWeeks(sampleSettings(), '2026-11-01', 8)[0] // { weekStart: '2026-11-09', events: [Veterans Day] }
 */
export function specialWeeks(
  settings: Settings,
  from: string,
  weeks: number,
  catalog: EngineCatalog = DEFAULT_ENGINE_CATALOG,
  /** The first day of the week a date is in: mondayOf, or sundayOf for Amazon's weeks (the app's). */
  startOf: (date: string) => string = mondayOf,
): { weekStart: string; events: WeekEvent[] }[] {
  const first = startOf(from);
  const out: { weekStart: string; events: WeekEvent[] }[] = [];
  for (let i = 0; i <= weeks; i++) {
    const weekStart = addDays(first, 7 * i);
    const events = weekEvents(settings, weekStart, catalog);
    if (events.length > 0) out.push({ weekStart, events });
  }
  return out;
}

/**
 * Whether `date` lies in the week starting `weekStart`.
 * @example inWeek('2026-11-26', '2026-11-23') // true
 */
export function inWeek(date: string, weekStart: string): boolean {
  const d = daysBetween(weekStart, date);
  return d >= 0 && d < 7;
}
