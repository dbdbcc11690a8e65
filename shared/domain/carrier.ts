import { z } from 'zod';

export const CARRIERS = ['ups', 'fedex', 'usps'] as const;
export type CarrierId = (typeof CARRIERS)[number];
export const CarrierIdSchema = z.enum(CARRIERS);
/** How carriers write their own names, for English messages (the UI translates catalog.carrier.*). */
export const CARRIER_NAMES: Readonly<Record<CarrierId, string>> = { ups: 'UPS', fedex: 'FedEx', usps: 'USPS' };

/** Every carrier service ShipWeek knows; the catalog (shared/catalog) holds their data. */
export const SERVICE_IDS = [
  'ups-ground',
  'ups-3-day-select',
  'ups-2nd-day-air',
  'ups-next-day-air-saver',
  'ups-next-day-air',
  'fedex-ground',
  'fedex-home-delivery',
  'fedex-express-saver',
  'fedex-2day',
  'fedex-standard-overnight',
  'fedex-priority-overnight',
  'usps-ground-advantage',
  'usps-priority-mail',
  'usps-priority-mail-express',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
export const ServiceIdSchema = z.enum(SERVICE_IDS, {
  error: (issue) => `unknown carrier service ${JSON.stringify(issue.input)}; known services: ${SERVICE_IDS.join(', ')}`,
});

/** Package size tiers Amazon measures delivery speed by. */
export const SIZE_TIERS = ['standard', 'oversize', 'extraLarge'] as const;
export type SizeTier = (typeof SIZE_TIERS)[number];
export const SizeTierSchema = z.enum(SIZE_TIERS);
