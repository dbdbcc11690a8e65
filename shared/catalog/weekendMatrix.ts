import type { ServiceId } from '../domain/carrier';
import type { WeekendCapability, WeekendMatrixRow, WeekendRowLabel } from './types';
import type { MessageKey } from '../i18n/catalogue';

/*
 * Amazon's SFP weekend matrix, row for row as the source help page prints it (Yes / Limited / No).
 *
 * "Limited" means the carrier only offers it through a special operating plan or contract; labels for
 * such shipments cannot be bought through Buy Shipping, and those shipments are exempt from the Buy
 * Shipping requirement. The help page's "Domestique" row is FedEx Home Delivery (the residential ground
 * service); "Air" covers all UPS air services including 3 Day Select, "Express" all FedEx Express
 * services including Express Saver.
 */
export const WEEKEND_MATRIX: readonly WeekendMatrixRow[] = [
  {
    carrier: 'ups',
    row: 'Ground',
    services: ['ups-ground'],
    satPickup: 'limited',
    satDropoff: 'no',
    sunPickup: 'limited',
    sunDropoff: 'no',
  },
  {
    carrier: 'ups',
    row: 'Air',
    services: ['ups-3-day-select', 'ups-2nd-day-air', 'ups-next-day-air-saver', 'ups-next-day-air'],
    satPickup: 'yes',
    satDropoff: 'yes',
    sunPickup: 'no',
    sunDropoff: 'no',
  },
  {
    carrier: 'fedex',
    row: 'Ground',
    services: ['fedex-ground'],
    satPickup: 'limited',
    satDropoff: 'no',
    sunPickup: 'limited',
    sunDropoff: 'no',
  },
  {
    carrier: 'fedex',
    row: 'Home Delivery',
    services: ['fedex-home-delivery'],
    satPickup: 'no',
    satDropoff: 'no',
    sunPickup: 'no',
    sunDropoff: 'no',
  },
  {
    carrier: 'fedex',
    row: 'Express',
    services: ['fedex-express-saver', 'fedex-2day', 'fedex-standard-overnight', 'fedex-priority-overnight'],
    satPickup: 'yes',
    satDropoff: 'yes',
    sunPickup: 'no',
    sunDropoff: 'no',
  },
  {
    carrier: 'usps',
    row: 'All',
    services: ['usps-ground-advantage', 'usps-priority-mail', 'usps-priority-mail-express'],
    satPickup: 'yes',
    satDropoff: 'yes',
    sunPickup: 'limited',
    sunDropoff: 'limited',
  },
];

export type WeekendDay = 'sat' | 'sun';
export type HandoverKind = 'pickup' | 'dropoff';

/**
 * The matrix row a service belongs to.
 * @example weekendRowOf('fedex-2day').row // 'Express'
 */
export function weekendRowOf(serviceId: ServiceId): WeekendMatrixRow {
  const row = WEEKEND_MATRIX.find((r) => r.services.includes(serviceId));
  // Every ServiceId is listed in exactly one row (asserted by the tests), so this cannot happen at run time.
  if (!row) throw new Error(`service ${serviceId} is missing from the weekend matrix`);
  return row;
}

/**
 * Whether a service's carrier offers a weekend pickup or drop-off: 'yes', 'limited' (special operating
 * plan only, outside Buy Shipping) or 'no'.
 * @example weekendCapability('ups-ground', 'sat', 'pickup') // 'limited'
 * @example weekendCapability('usps-priority-mail', 'sun', 'dropoff') // 'limited'
 */
export function weekendCapability(serviceId: ServiceId, day: WeekendDay, kind: HandoverKind): WeekendCapability {
  const row = weekendRowOf(serviceId);
  if (day === 'sat') return kind === 'pickup' ? row.satPickup : row.satDropoff;
  return kind === 'pickup' ? row.sunPickup : row.sunDropoff;
}

/**
 * Whether shipping this way falls outside Buy Shipping (and is exempt from its requirement): true
 * exactly for "Limited" weekend options, which exist only under a special operating plan.
 * @example isOutsideBuyShipping('fedex-ground', 'sun', 'pickup') // true
 */
export function isOutsideBuyShipping(serviceId: ServiceId, day: WeekendDay, kind: HandoverKind): boolean {
  return weekendCapability(serviceId, day, kind) === 'limited';
}

const ROW_KEYS = {
  Ground: 'ground',
  Air: 'air',
  'Home Delivery': 'homeDelivery',
  Express: 'express',
  All: 'all',
} as const satisfies Record<WeekendRowLabel, string>;

/**
 * i18n key of a matrix row's label.
 * @example weekendRowKey(WEEKEND_MATRIX[3]) // 'catalog.weekendRow.homeDelivery'
 */
export function weekendRowKey(row: WeekendMatrixRow): MessageKey {
  return `catalog.weekendRow.${ROW_KEYS[row.row]}`;
}
