import { SERVICE_IDS, type CarrierId, type ServiceId } from '../domain/carrier';
import type { Weekday } from '../time/dateTime';
import type { ServiceInfo } from './types';
import { remoteRegionOf, type RemoteRegion } from '../geo/remoteRegions';

/*
 * Default data for every carrier service ShipWeek knows.
 *
 * Every figure here is a published-rule-of-thumb default, not a carrier guarantee: transit times are
 * interpolated from the ranges carriers advertise, and delivery days are the standard residential
 * offer without paid options. That is why every entry carries `assumption: true`; the UI and the
 * report say so, and users override transit per destination with transit overrides.
 */

type ZoneRow = ServiceInfo['transitByZone'];

/**
 * Ground networks (UPS Ground, FedEx Ground, FedEx Home Delivery): zones 1-2 take 1 business day and
 * zone 8 takes 5; zones 3-7 are the linear interpolation (1 + 4 * (zone - 2) / 6) rounded to the
 * nearest day: 1.67 -> 2, 2.33 -> 2, 3, 3.67 -> 4, 4.33 -> 4.
 */
const GROUND_TRANSIT: ZoneRow = [1, 1, 2, 2, 3, 4, 4, 5];
/** USPS Ground Advantage is advertised as 2-5 business days: 2 near, 5 coast to coast. */
const USPS_GROUND_ADVANTAGE_TRANSIT: ZoneRow = [2, 2, 3, 3, 4, 4, 5, 5];
/** USPS Priority Mail is advertised as 1-3 business days. */
const USPS_PRIORITY_TRANSIT: ZoneRow = [1, 1, 2, 2, 2, 3, 3, 3];
/**
 * USPS Priority Mail Express is advertised as overnight to 2-day; overnight is typical up to
 * ~600 miles (zone 4). Some remote destinations take 3 days: enter those as transit overrides
 * rather than slowing every zone-8 promise down.
 */
const USPS_EXPRESS_TRANSIT: ZoneRow = [1, 1, 1, 1, 2, 2, 2, 2];
const flat = (days: number): ZoneRow => [days, days, days, days, days, days, days, days];

const MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_SAT: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TUE_SAT: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Why the delivery/transit days are what they are, per service (English, for docs and tests; the UI
 * shows the translated `catalog.serviceNote.<id>` message).
 */
export const SERVICE_NOTES: Readonly<Partial<Record<ServiceId, string>>> = {
  'ups-ground':
    'UPS delivers Ground on Saturday in many metro areas, but not everywhere: the default keeps Mon-Fri; add Saturday as an extra delivery day (where available, or by state or ZIP3).',
  'fedex-home-delivery':
    'FedEx Home Delivery delivers Tuesday to Saturday; Sunday delivery (about two-thirds of the population) is not assumed: add it as an extra delivery day. Saturday counts as a transit day.',
  'fedex-express-saver': 'Saturday delivery is a paid FedEx Express option, not assumed.',
  'fedex-2day': 'Saturday delivery is a paid FedEx Express option, not assumed.',
  'fedex-standard-overnight': 'Saturday delivery is a paid FedEx Express option, not assumed.',
  'fedex-priority-overnight': 'Saturday delivery is a paid FedEx Express option, not assumed.',
  'ups-next-day-air': 'Saturday delivery is a paid UPS option, not assumed.',
  'ups-next-day-air-saver': 'Saturday delivery is a paid UPS option, not assumed.',
  'ups-2nd-day-air': 'Saturday delivery is a paid UPS option, not assumed.',
  'usps-ground-advantage': 'Since 2025 USPS does not count Sundays and holidays as transit days.',
  'usps-priority-mail': 'Since 2025 USPS does not count Sundays and holidays as transit days.',
  'usps-priority-mail-express':
    'Delivers Monday to Saturday; Sunday delivery exists in select areas for a fee and is not assumed (add it as an extra delivery day, where available or by area). Since 2025 Sundays and holidays are not counted as transit days. Some remote ZIPs take 3 days.',
};

type RemoteRow = Readonly<Record<RemoteRegion, number | null>>;
const remote = (
  alaska: number | null,
  hawaii: number | null,
  puertoRico: number | null,
  pacific: number | null,
): RemoteRow => ({ alaska, hawaii, puertoRico, pacific });

/**
 * Transit to Alaska, Hawaii, Puerto Rico / the U.S. Virgin Islands and Guam / the Northern Marianas,
 * per service (business days; null = not served). These places have their own carrier zones, not the
 * mainland distance bands, and are mostly reached by air. Defaults from the carriers' published
 * service descriptions, rounded up so a promise is not late (all assumptions, grade C):
 * - UPS Ground and UPS 3 Day Select: not offered from the 48 states to these destinations (ship by air).
 * - UPS Next Day Air (Saver) and 2nd Day Air: 2 days to Alaska, Hawaii and Puerto Rico (next day only
 *   to some areas); not to Guam.
 * - FedEx Ground and Home Delivery: 3-7 business days to Alaska and Hawaii -> 7; not to the territories.
 * - FedEx Express: overnight services 2 days, 2Day 3, Express Saver 4 to Alaska, Hawaii and Puerto
 *   Rico; not to Guam.
 * - USPS (every US address): Priority Mail Express 2 (3 to Guam), Priority Mail 3 (4), Ground
 *   Advantage 7 (8; by surface to the territories it can take longer).
 */
export const REMOTE_TRANSIT: Readonly<Record<ServiceId, RemoteRow>> = {
  'ups-ground': remote(null, null, null, null),
  'ups-3-day-select': remote(null, null, null, null),
  'ups-2nd-day-air': remote(2, 2, 2, null),
  'ups-next-day-air-saver': remote(2, 2, 2, null),
  'ups-next-day-air': remote(2, 2, 2, null),
  'fedex-ground': remote(7, 7, null, null),
  'fedex-home-delivery': remote(7, 7, null, null),
  'fedex-express-saver': remote(4, 4, 4, null),
  'fedex-2day': remote(3, 3, 3, null),
  'fedex-standard-overnight': remote(2, 2, 2, null),
  'fedex-priority-overnight': remote(2, 2, 2, null),
  'usps-ground-advantage': remote(7, 7, 7, 8),
  'usps-priority-mail': remote(3, 3, 3, 4),
  'usps-priority-mail-express': remote(2, 2, 2, 3),
};

function service(
  id: ServiceId,
  carrier: CarrierId,
  name: string,
  kind: ServiceInfo['kind'],
  transitByZone: ZoneRow,
  deliveryDays: readonly Weekday[],
  transitDays: readonly Weekday[],
): ServiceInfo {
  // All three carriers' domestic services are sold through Amazon Buy Shipping; only options that
  // need a special operating plan fall outside it (see weekendMatrix.ts).
  return {
    id,
    carrier,
    name,
    kind,
    transitByZone,
    deliveryDays,
    transitDays,
    remoteTransit: REMOTE_TRANSIT[id],
    buyShipping: true,
    assumption: true,
  };
}

/**
 * Catalog of the 14 carrier services, keyed by id.
 * @example SERVICES['ups-ground'].transitByZone[7] // 5 business days to zone 8
 */
export const SERVICES: Readonly<Record<ServiceId, ServiceInfo>> = {
  'ups-ground': service('ups-ground', 'ups', 'UPS Ground', 'ground', GROUND_TRANSIT, MON_FRI, MON_FRI),
  'ups-3-day-select': service('ups-3-day-select', 'ups', 'UPS 3 Day Select', 'air', flat(3), MON_FRI, MON_FRI),
  'ups-2nd-day-air': service('ups-2nd-day-air', 'ups', 'UPS 2nd Day Air', 'air', flat(2), MON_FRI, MON_FRI),
  'ups-next-day-air-saver': service(
    'ups-next-day-air-saver',
    'ups',
    'UPS Next Day Air Saver',
    'air',
    flat(1),
    MON_FRI,
    MON_FRI,
  ),
  'ups-next-day-air': service('ups-next-day-air', 'ups', 'UPS Next Day Air', 'air', flat(1), MON_FRI, MON_FRI),
  'fedex-ground': service('fedex-ground', 'fedex', 'FedEx Ground', 'ground', GROUND_TRANSIT, MON_FRI, MON_FRI),
  'fedex-home-delivery': service(
    'fedex-home-delivery',
    'fedex',
    'FedEx Home Delivery',
    'ground',
    GROUND_TRANSIT,
    TUE_SAT,
    MON_SAT,
  ),
  'fedex-express-saver': service(
    'fedex-express-saver',
    'fedex',
    'FedEx Express Saver',
    'air',
    flat(3),
    MON_FRI,
    MON_FRI,
  ),
  'fedex-2day': service('fedex-2day', 'fedex', 'FedEx 2Day', 'air', flat(2), MON_FRI, MON_FRI),
  'fedex-standard-overnight': service(
    'fedex-standard-overnight',
    'fedex',
    'FedEx Standard Overnight',
    'air',
    flat(1),
    MON_FRI,
    MON_FRI,
  ),
  'fedex-priority-overnight': service(
    'fedex-priority-overnight',
    'fedex',
    'FedEx Priority Overnight',
    'air',
    flat(1),
    MON_FRI,
    MON_FRI,
  ),
  'usps-ground-advantage': service(
    'usps-ground-advantage',
    'usps',
    'USPS Ground Advantage',
    'postal',
    USPS_GROUND_ADVANTAGE_TRANSIT,
    MON_SAT,
    MON_SAT,
  ),
  'usps-priority-mail': service(
    'usps-priority-mail',
    'usps',
    'USPS Priority Mail',
    'postal',
    USPS_PRIORITY_TRANSIT,
    MON_SAT,
    MON_SAT,
  ),
  'usps-priority-mail-express': service(
    'usps-priority-mail-express',
    'usps',
    'USPS Priority Mail Express',
    'postal',
    USPS_EXPRESS_TRANSIT,
    MON_SAT,
    MON_SAT,
  ),
};

/**
 * Services of one carrier, in catalog order.
 * @example
 * servicesOf('usps').map((s) => s.id) // ['usps-ground-advantage', 'usps-priority-mail', 'usps-priority-mail-express']
 */
export function servicesOf(carrier: CarrierId): ServiceInfo[] {
  return SERVICE_IDS.map((id) => SERVICES[id]).filter((s) => s.carrier === carrier);
}

/**
 * Default business days in transit for a service and carrier zone (1-8; out-of-range zones are clamped).
 * @example transitDaysFor('ups-ground', 5) // 3
 */
export function transitDaysFor(serviceId: ServiceId, zone: number): number {
  const z = Math.min(8, Math.max(1, Math.round(zone)));
  return SERVICES[serviceId].transitByZone[z - 1]!;
}

/**
 * The catalog's business days in transit for a service to a destination ZIP3 (or ZIP5) in carrier zone
 * `zone`: the zone table on the mainland, the service's own figure for Alaska, Hawaii, Puerto Rico and
 * the Pacific territories — or -1 when the service does not go there.
 * @example defaultTransitDays(SERVICES['ups-ground'], 8, '968') // -1: UPS Ground does not serve Hawaii
 * @example defaultTransitDays(SERVICES['usps-priority-mail'], 8, '968') // 3
 */
export function defaultTransitDays(info: ServiceInfo, zone: number, zip: string): number {
  const region = remoteRegionOf(zip);
  if (region === undefined || info.remoteTransit === undefined) return info.transitByZone[zone - 1]!;
  return info.remoteTransit[region] ?? -1;
}

/** i18n key of a service's display name. @example serviceNameKey('fedex-2day') // 'catalog.service.fedex-2day' */
export function serviceNameKey(serviceId: ServiceId): string {
  return `catalog.service.${serviceId}`;
}
