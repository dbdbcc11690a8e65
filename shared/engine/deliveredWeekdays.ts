import type { ServiceId } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { WEEKDAYS, type Weekday } from '../time/dateTime';
import { DEFAULT_ENGINE_CATALOG, type EngineCatalog } from './engineCatalog';
import { shipsOn } from './weekend';
import type { MessageKey } from '../i18n/catalogue';

/*
 * Six-day delivery judged on what the plan's promises do, not on what its services could do: a plan
 * whose only Saturday-delivering service ships on Mondays never has a parcel arrive on a Saturday,
 * even though that service "delivers on Saturdays". The simulation counts, per weekday, the
 * standard-size views whose promised delivery date falls on it; this file turns those shares into the
 * verdict and says why each missing weekday is missing.
 */

/** Weekdays with delivered promises that six-day delivery needs. */
export const SIX_DAY_DELIVERY_MIN_DAYS = 6;

/**
 * Why no promise of the week delivers on a weekday:
 * - `noService`: none of the plan's services that ship delivers on that weekday at all;
 * - `neverPromised`: `services` deliver on it, but no promise lands there — their ship days and transit
 *   times never reach it, or a faster service always gives an earlier date.
 */
export type MissingDeliveryReason = 'noService' | 'neverPromised';

export interface MissingDeliveryDay {
  day: Weekday;
  reason: MissingDeliveryReason;
  /** The shipping services whose delivery days include `day` (empty for `noService`). */
  services: ServiceId[];
}

export interface DeliveredWeekdays {
  /** At least SIX_DAY_DELIVERY_MIN_DAYS weekdays receive promised deliveries. */
  pass: boolean;
  /** Weekdays with at least one promised delivery, Monday first. */
  days: Weekday[];
  /** Share of standard-size views whose promised delivery falls on each weekday (served views only). */
  shares: Record<Weekday, number>;
  /** Every weekday without a promised delivery, Monday first, with its reason. */
  missing: MissingDeliveryDay[];
}

/**
 * The six-day delivery verdict from the simulated week's delivery shares per weekday (Monday first).
 * @example
 * judgeDeliveredWeekdays(settings, [0.2, 0.2, 0.2, 0.2, 0.1, 0, 0]).missing[0]
 * // { day: 'sat', reason: 'noService', services: [] }
 */
export function judgeDeliveredWeekdays(
  settings: Settings,
  sharesMonFirst: readonly number[],
  catalog: EngineCatalog = DEFAULT_ENGINE_CATALOG,
): DeliveredWeekdays {
  const shares = Object.fromEntries(WEEKDAYS.map((d, i) => [d, sharesMonFirst[i] ?? 0])) as Record<Weekday, number>;
  const days = WEEKDAYS.filter((d) => shares[d] > 0);
  // Services that leave some warehouse at least one day a week: only they can deliver anything.
  const shipping = new Set<ServiceId>();
  for (const w of settings.warehouses)
    for (const p of w.services) if (WEEKDAYS.some((d) => shipsOn(w, p, d))) shipping.add(p.serviceId);
  const missing: MissingDeliveryDay[] = WEEKDAYS.filter((d) => !(shares[d] > 0)).map((day) => {
    const services = [...shipping].filter((id) => catalog.services[id].deliveryDays.includes(day));
    return { day, reason: services.length > 0 ? 'neverPromised' : 'noService', services };
  });
  return { pass: days.length >= SIX_DAY_DELIVERY_MIN_DAYS, days, shares, missing };
}

/**
 * The verdict's explanation as lines of text (report and CLI; the app lays out the same messages):
 * the delivery weekdays, then one line per missing weekday with its reason.
 * @example describeDeliveredWeekdays(result.deliveredWeekdays, (k, p) => renderMessage(messagesEn, k, p))
 */
export function describeDeliveredWeekdays(
  d: DeliveredWeekdays,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string[] {
  const day = (w: Weekday) => t(`catalog.weekday.${w}`);
  return [
    d.days.length > 0
      ? t('engine.delivery.deliversOn', { days: d.days.map(day).join(', ') })
      : t('engine.delivery.deliversOnNone'),
    ...d.missing.map((m) =>
      t(`engine.delivery.missing.${m.reason}`, {
        day: day(m.day),
        services: m.services.map((id) => t(`catalog.service.${id}`)).join(', '),
      }),
    ),
  ];
}
