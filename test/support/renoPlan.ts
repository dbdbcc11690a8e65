import { sampleSettings } from '../../shared/catalog/sample';
import { SettingsSchema, type Settings } from '../../shared/domain/settings';

/** The Reno, NV plan of the issue: UPS Ground Mon-Fri 17:00, USPS Priority Mail Mon-Sat. */
export function renoSettings(): Settings {
  const s = sampleSettings();
  const w = s.warehouses[0]!;
  const weekdays = Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, { kind: 'pickup' as const, times: ['17:00'] }]),
  );
  return SettingsSchema.parse({
    ...s,
    name: 'Reno, NV',
    warehouses: [
      {
        ...w,
        id: 'wh-reno',
        name: 'Reno',
        zip: '89502',
        timeZone: 'America/Los_Angeles',
        services: [
          { serviceId: 'ups-ground', enabled: true, days: weekdays },
          {
            serviceId: 'usps-priority-mail',
            enabled: true,
            days: { ...weekdays, sat: { kind: 'pickup', times: ['12:00'] } },
          },
        ],
      },
    ],
  });
}
