import { LOCALES, toLang } from '../../../../shared/i18n/lang';
import { useStore } from '../../store';
import { calendarFor, todayIn, yearsAround, type ReturnsCalendar } from '../../../../shared/returns/deadlines';
import { whatIsDue, type DueSummary } from '../../../../shared/returns/register';

/** Days ahead the "what is due" list and the navigation count look. */
export const DUE_HORIZON_DAYS = 7;

export interface ReturnsView {
  calendar: ReturnsCalendar | null;
  /** Today in the warehouse's zone. */
  today: string;
  due: DueSummary | null;
}

/**
 * The calendar of the open scenario's chosen warehouse (its first unless the page picked another),
 * today there, and what is due: the one derivation the page and the navigation count share.
 */
export function useReturnsView(): ReturnsView {
  const settings = useStore((s) => s.doc?.settings);
  const register = useStore((s) => s.register);
  const warehouseId = useStore((s) => s.returnsWarehouseId);
  const calendar =
    settings && settings.warehouses.length > 0
      ? calendarFor(settings, warehouseId ?? undefined, yearsAround(Date.now()))
      : null;
  // The page asks the clock (the engine never does): deadlines are about the real today.
  const today = todayIn(calendar?.timeZone ?? 'UTC', Date.now());
  const due =
    calendar && register
      ? whatIsDue(
          register.returns.map((r) => r.entry),
          register.claims.map((c) => c.claim),
          calendar,
          today,
          DUE_HORIZON_DAYS,
        )
      : null;
  return { calendar, today, due };
}

/** A date for people: "Mon, Nov 30, 2026" / "lun. 30 nov. 2026". */
export function formatDay(date: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALES[toLang(lang)], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
