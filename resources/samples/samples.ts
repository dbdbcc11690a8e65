/**
 * The sample settings files shipped in resources/samples/, built from code so they never drift from
 * the schema: `npx tsx resources/samples/build-samples.ts` rewrites them, and a test fails when a
 * committed file differs from a fresh build.
 */
import { sampleSettings } from '../../shared/catalog/sample';
import { SettingsSchema, type Settings, type SettingsInput } from '../../shared/domain/settings';

export interface SampleFile {
  fileName: string;
  /** One line for `shipweek sample --list` and the README. */
  description: string;
  build(): Settings;
}

const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const pickups = (time: string) => Object.fromEntries(MON_FRI.map((d) => [d, { kind: 'pickup' as const, times: [time] }]));

/**
 * The Columbus sample plus a second warehouse in Reno, NV (89502, Pacific time): the usual first idea
 * for reaching the West Coast faster. Simulating both samples shows what it really changes (ground
 * promises in the West shorten; the two-day share moves little because Columbus's 2-day air services
 * already reach the whole country). Reno runs Monday-Saturday too, with
 * Ground and USPS pickups after 16:00 local and Saturday USPS and UPS 2nd Day Air pickups.
 */
export function twoWarehouseSample(): Settings {
  const base = sampleSettings();
  const reno: SettingsInput['warehouses'][number] = {
    id: 'wh-reno',
    name: 'Reno DC',
    zip: '89502',
    timeZone: 'America/Los_Angeles',
    operatingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    cutoffs: { mon: '14:00', tue: '14:00', wed: '14:00', thu: '14:00', fri: '14:00', sat: '10:30' },
    serviceCutoffs: {},
    customerCutoffLeadMinutes: 60,
    services: [
      { serviceId: 'ups-ground', enabled: true, days: pickups('17:00') },
      { serviceId: 'ups-2nd-day-air', enabled: true, days: { ...pickups('17:00'), sat: { kind: 'pickup', times: ['12:00'] } } },
      { serviceId: 'fedex-home-delivery', enabled: true, days: pickups('16:30') },
      { serviceId: 'usps-ground-advantage', enabled: true, days: { ...pickups('16:00'), sat: { kind: 'pickup', times: ['12:00'] } } },
      { serviceId: 'usps-priority-mail', enabled: true, days: { ...pickups('16:00'), sat: { kind: 'pickup', times: ['12:00'] } } },
    ],
    closures: [],
  };
  return SettingsSchema.parse({
    ...base,
    name: 'Sample — Columbus, OH + Reno, NV',
    warehouses: [...base.warehouses, reno],
  });
}

export const SAMPLE_FILES: readonly SampleFile[] = [
  {
    fileName: 'sample-columbus.json',
    description: 'One warehouse in Columbus, OH, Monday-Saturday, UPS/FedEx/USPS pickups (the app\'s opening sample).',
    build: sampleSettings,
  },
  {
    fileName: 'sample-two-warehouses.json',
    description: 'Columbus, OH plus Reno, NV (Pacific time): compare with the one-warehouse sample to see what a second, western warehouse changes.',
    build: twoWarehouseSample,
  },
];

/** A sample as file text: points editors at the JSON Schema, 2-space indented, final newline. */
export function sampleFileText(settings: Settings): string {
  return JSON.stringify({ $schema: '../schema/settings.schema.json', ...settings }, null, 2) + '\n';
}
