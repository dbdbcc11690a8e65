import {
  SETTINGS_FORMAT_VERSION,
  SettingsSchema,
  type Settings,
  type SettingsInput,
} from '../../shared/domain/settings';
import { defaultViewProfile } from '../../shared/catalog/viewProfile';

type WarehouseInput = SettingsInput['warehouses'][number];

/**
 * A Columbus, OH warehouse (America/New_York) shipping Mon-Sat: cutoffs 14:00 on weekdays and 10:30 on
 * Saturday, one hour customer lead; UPS Ground picks up 16:00 on weekdays; UPS Next Day Air 17:00 on
 * weekdays and 12:00 on Saturday; USPS Priority Mail 15:00 on weekdays and 11:00 on Saturday.
 * Engine tests tweak it per case.
 */
export function columbusWarehouse(overrides: Partial<WarehouseInput> = {}): WarehouseInput {
  return {
    id: 'cmh',
    name: 'Columbus',
    zip: '43215',
    timeZone: 'America/New_York',
    operatingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    cutoffs: { mon: '14:00', tue: '14:00', wed: '14:00', thu: '14:00', fri: '14:00', sat: '10:30' },
    customerCutoffLeadMinutes: 60,
    services: [
      {
        serviceId: 'ups-ground',
        days: {
          mon: { kind: 'pickup', times: ['16:00'] },
          tue: { kind: 'pickup', times: ['16:00'] },
          wed: { kind: 'pickup', times: ['16:00'] },
          thu: { kind: 'pickup', times: ['16:00'] },
          fri: { kind: 'pickup', times: ['16:00'] },
        },
      },
      {
        serviceId: 'ups-next-day-air',
        days: {
          mon: { kind: 'pickup', times: ['17:00'] },
          tue: { kind: 'pickup', times: ['17:00'] },
          wed: { kind: 'pickup', times: ['17:00'] },
          thu: { kind: 'pickup', times: ['17:00'] },
          fri: { kind: 'pickup', times: ['17:00'] },
          sat: { kind: 'pickup', times: ['12:00'] },
        },
      },
      {
        serviceId: 'usps-priority-mail',
        days: {
          mon: { kind: 'pickup', times: ['15:00'] },
          tue: { kind: 'pickup', times: ['15:00'] },
          wed: { kind: 'pickup', times: ['15:00'] },
          thu: { kind: 'pickup', times: ['15:00'] },
          fri: { kind: 'pickup', times: ['15:00'] },
          sat: { kind: 'pickup', times: ['11:00'] },
        },
      },
    ],
    ...overrides,
  };
}

/**
 * Parsed settings around the given warehouses (default: the Columbus warehouse), population weights,
 * the default view profile and the July 2026 policy.
 * @example fixtureSettings({ holidays: [{ date: '2026-06-10', name: 'Inventory' }] })
 */
export function fixtureSettings(overrides: Partial<SettingsInput> = {}): Settings {
  return SettingsSchema.parse({
    formatVersion: SETTINGS_FORMAT_VERSION,
    name: 'Engine fixture',
    warehouses: [columbusWarehouse()],
    holidays: [],
    transitOverrides: [],
    viewProfile: defaultViewProfile(),
    destinationWeights: { source: 'population' },
    sizeTierMix: { standard: 0.8, oversize: 0.15, extraLarge: 0.05 },
    policyId: 'us-2026-07',
    ...overrides,
  });
}
