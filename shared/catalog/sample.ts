import { SettingsSchema, SETTINGS_FORMAT_VERSION, type Settings, type SettingsInput } from '../domain/settings';
import { carrierHolidaySettings } from '../domain/holidays';
import { defaultViewProfile } from '../catalog/viewProfile';
import { DEFAULT_POLICY_ID } from '../catalog/policies';

/*
 * The settings ShipWeek opens on: one realistic warehouse in Columbus, OH that passes the default
 * (July 2026) policy with no findings at all, so the first screen shows a working plan and every
 * number on it is explainable.
 *
 * Choices worth knowing:
 * - Six-day operation Mon-Sat. Saturday's cutoff is the earliest Amazon allows (10:30); weekdays 14:00.
 * - Weekday pickups are at or after 16:00 (the program's pickup floor).
 * - UPS Ground deliberately has NO Saturday pickup: the carrier matrix marks it "Limited" (special
 *   operating plan only). Saturday parcels leave with UPS 2nd Day Air, FedEx 2Day and USPS, which all
 *   pick up on Saturdays in their general service. Adding a UPS Ground Saturday pickup is the quickest
 *   way to see the weekend check at work (error until a special plan is declared, then an info that
 *   those labels fall outside Buy Shipping).
 * - FedEx Home Delivery and USPS deliver on Saturday, which makes the week six delivery days.
 * - Holidays: UPS, FedEx and USPS closures for 2026 and 2027, computed by rule.
 */
const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function weekdays(time: string) {
  return Object.fromEntries(MON_FRI.map((d) => [d, { kind: 'pickup' as const, times: [time] }]));
}

/**
 * A fresh copy of the sample settings ("Sample — Columbus, OH").
 * @example sampleSettings().warehouses[0].zip // '43215'
 */
export function sampleSettings(): Settings {
  const input: SettingsInput = {
    formatVersion: SETTINGS_FORMAT_VERSION,
    name: 'Sample — Columbus, OH',
    warehouses: [
      {
        id: 'wh-columbus',
        name: 'Columbus DC',
        zip: '43215',
        timeZone: 'America/New_York',
        operatingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        cutoffs: { mon: '14:00', tue: '14:00', wed: '14:00', thu: '14:00', fri: '14:00', sat: '10:30' },
        serviceCutoffs: {},
        customerCutoffLeadMinutes: 60,
        services: [
          { serviceId: 'ups-ground', enabled: true, days: weekdays('17:00') },
          {
            serviceId: 'ups-2nd-day-air',
            enabled: true,
            days: { ...weekdays('17:00'), sat: { kind: 'pickup', times: ['12:00'] } },
          },
          { serviceId: 'ups-next-day-air-saver', enabled: true, days: weekdays('17:00') },
          { serviceId: 'fedex-home-delivery', enabled: true, days: weekdays('16:30') },
          {
            serviceId: 'fedex-2day',
            enabled: true,
            days: { ...weekdays('16:30'), sat: { kind: 'pickup', times: ['11:30'] } },
          },
          {
            serviceId: 'usps-ground-advantage',
            enabled: true,
            days: { ...weekdays('16:00'), sat: { kind: 'pickup', times: ['12:00'] } },
          },
          {
            serviceId: 'usps-priority-mail',
            enabled: true,
            days: { ...weekdays('16:00'), sat: { kind: 'pickup', times: ['12:00'] } },
          },
        ],
        closures: [],
      },
    ],
    holidays: carrierHolidaySettings(['ups', 'fedex', 'usps'], [2026, 2027]),
    transitOverrides: [],
    viewProfile: defaultViewProfile(),
    destinationWeights: { source: 'population' },
    sizeTierMix: { standard: 0.85, oversize: 0.12, extraLarge: 0.03 },
    policyId: DEFAULT_POLICY_ID,
    customPolicies: [],
  };
  return SettingsSchema.parse(input);
}
