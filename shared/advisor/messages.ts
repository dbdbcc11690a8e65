import { WEEKDAYS, type Weekday } from '../time/dateTime';
import { SERVICE_IDS, type ServiceId } from '../domain/carrier';
import type { MessageKey } from '../i18n/catalogue';
import type { MoveLabel } from './moves';

/** A translator: key + params -> text (i18next's t, or the report's translator). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const isWeekday = (d: string): d is Weekday => (WEEKDAYS as readonly string[]).includes(d);
const isServiceId = (s: string): s is ServiceId => (SERVICE_IDS as readonly string[]).includes(s);

/**
 * A service id from a move's `services` list as the service's name. describeMove lists catalogue
 * services only; anything else is shown as written.
 * @example serviceName('ups-ground', t) // 'UPS Ground'
 */
export function serviceName(id: string, tr: Translate): string {
  return isServiceId(id) ? tr(`catalog.service.${id}`) : id;
}

/**
 * A weekday code from a move's `days` list as the day's name; anything else is shown as written.
 * @example weekdayName('mon', t) // 'Monday'
 */
export function weekdayName(code: string, tr: Translate): string {
  return isWeekday(code) ? tr(`catalog.weekday.${code}`) : code;
}

/** "Monday to Friday" for three or more consecutive days, else the names one by one. */
function dayList(codes: string, tr: Translate): string {
  const days = codes
    .split(',')
    .map((d) => d.trim())
    .filter(isWeekday);
  const names = days.map((d) => tr(`catalog.weekday.${d}`));
  const idx = days.map((d) => WEEKDAYS.indexOf(d));
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
  if (days.length >= 3 && consecutive)
    return tr('advisor.days.range', { from: names[0]!, to: names[names.length - 1]! });
  return names.join(', ');
}

/**
 * describeMove's params ready for the `advisor.move.*` messages: lists of weekday codes and service
 * ids as words ("Monday to Friday", "UPS Ground, USPS Priority Mail"), warehouse ids as the
 * warehouse's name (via `warehouseName`, which may return the id itself). Single `service` and `day`
 * ids stay ids: the messages name them themselves.
 * @example moveParams({ days: 'mon, tue, wed', warehouse: 'wh-1', service: 'ups-ground' }, t, () => 'Reno')
 *   // { days: 'Monday to Wednesday', warehouse: 'Reno', service: 'ups-ground' }
 */
export function moveParams(
  params: Record<string, string | number>,
  tr: Translate,
  warehouseName: (id: string) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') continue;
    if (k === 'services')
      out[k] = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => serviceName(s, tr))
        .join(', ');
    else if (k === 'days') out[k] = dayList(v, tr);
    else if (k === 'warehouse' || k === 'copyOf') out[k] = warehouseName(v);
  }
  return out;
}

/**
 * One move (describeMove's key and params) as text.
 * @example moveText(describeMove(m), t, (id) => settings.warehouses.find((w) => w.id === id)?.name ?? id)
 */
export function moveText(label: MoveLabel, tr: Translate, warehouseName: (id: string) => string): string {
  return tr(label.key, moveParams(label.params, tr, warehouseName));
}
