import { textOf, type T } from '../../app/i18n/useT';
import type { Settings } from '../../../../shared/domain/settings';
import type { SettingDifference } from '../../../../shared/domain/diffSettings';
import { WEEKDAYS, type Weekday } from '../../../../shared/time/dateTime';

/** A path segment or listed value that names a weekday (its text key is then typed). */
const isWeekday = (x: unknown): x is Weekday => (WEEKDAYS as readonly unknown[]).includes(x);

/** A readable label for a differing setting, e.g. "Columbus DC › UPS Ground › Saturday". */
export function describePath(d: SettingDifference, a: Settings, b: Settings, t: T): string {
  const parts: string[] = [];
  const p = d.path;
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    const prev = p[i - 1];
    if (prev === 'warehouses') parts.push([...a.warehouses, ...b.warehouses].find((w) => w.id === seg)?.name ?? seg);
    else if (prev === 'services') parts.push(textOf(t, `catalog.service.${seg}`, undefined, seg));
    else if (isWeekday(seg)) parts.push(t(`catalog.weekday.${seg}`));
    else if (
      seg === 'warehouses' ||
      seg === 'services' ||
      seg === 'days' ||
      seg === 'times' ||
      seg === 'latest' ||
      seg === 'kind'
    )
      continue;
    else parts.push(textOf(t, `scenarios.path.${seg}`, undefined, seg));
  }
  return parts.join(' › ');
}

/** A readable value: handovers as "Pickup 17:00, 19:15", lists joined, absent as a dash. */
export function describeValue(v: unknown, t: T): string {
  if (v === undefined || v === null) return t('scenarios.absent');
  if (typeof v === 'boolean') return v ? t('scenarios.yes') : t('scenarios.no');
  if (Array.isArray(v))
    return v.map((x) => (isWeekday(x) ? t(`weekday.${x}`) : describeValue(x, t))).join(', ') || t('scenarios.absent');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o['kind'] === 'pickup' && Array.isArray(o['times']))
      return t('scenarios.value.pickup', { times: (o['times'] as string[]).join(', ') });
    if (o['kind'] === 'dropoff' && typeof o['latest'] === 'string')
      return t('scenarios.value.dropoff', { time: o['latest'] });
    if (typeof o['serviceId'] === 'string')
      return textOf(t, `catalog.service.${o['serviceId']}`, undefined, o['serviceId']);
    if (typeof o['name'] === 'string') return String(o['name']);
    return Object.entries(o)
      .map(([k, x]) => `${k}: ${describeValue(x, t)}`)
      .join('; ');
  }
  return String(v);
}
