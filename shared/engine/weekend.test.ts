import { describe, it, expect } from 'vitest';
import type { Settings } from '../domain/settings';
import { sampleSettings } from '../catalog/sample';
import { checkWeekend, sixDayDelivery, sixDayOperation, shippingDays, deliveryDays } from './weekend';

/** The sample with its services replaced, so each case states exactly what it ships with. */
function withServices(
  services: Settings['warehouses'][number]['services'],
  patch: Partial<Settings['warehouses'][number]> = {},
): Settings {
  const s = sampleSettings();
  s.warehouses[0] = { ...s.warehouses[0]!, services, ...patch };
  return s;
}
const plan = (
  serviceId: Settings['warehouses'][number]['services'][number]['serviceId'],
  days: Settings['warehouses'][number]['services'][number]['days'],
  sat = false,
  sun = false,
) => ({ serviceId, enabled: true, days, specialPlans: { sat, sun } });
const weekdaysAt = (t: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, { kind: 'pickup' as const, times: [t] }]));

describe('checkWeekend', () => {
  it('UPS Ground Saturday pickup without a plan needs one, and suggests the UPS 2nd Day Air pickup', () => {
    const items = checkWeekend(
      withServices([plan('ups-ground', { ...weekdaysAt('17:00'), sat: { kind: 'pickup', times: ['12:00'] } })]),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      serviceId: 'ups-ground',
      day: 'sat',
      kind: 'pickup',
      capability: 'limited',
      status: 'needsSpecialPlan',
      specialPlan: false,
      usable: false,
      outsideBuyShipping: true,
      path: 'warehouses.0.services.0.days.sat',
      fix: {
        messageKey: 'finding.weekend.fix.specialPlanOrSwitch',
        params: { carrier: 'ups', alternative: 'ups-2nd-day-air', alternativeKind: 'pickup' },
      },
    });
  });

  it('with the special plan declared it is usable but outside Buy Shipping', () => {
    const [item] = checkWeekend(
      withServices([plan('ups-ground', { sat: { kind: 'pickup', times: ['12:00'] } }, true)]),
    );
    expect(item).toMatchObject({
      status: 'needsSpecialPlan',
      specialPlan: true,
      usable: true,
      outsideBuyShipping: true,
    });
    expect(item!.fix).toEqual({ messageKey: 'finding.weekend.fix.outsideBuyShipping', params: { carrier: 'ups' } });
  });

  it('a special plan cannot rescue an option the carrier does not offer at all (FedEx Home Delivery Saturday)', () => {
    const [item] = checkWeekend(
      withServices([plan('fedex-home-delivery', { sat: { kind: 'pickup', times: ['12:00'] } }, true)]),
    );
    expect(item).toMatchObject({ status: 'notOffered', usable: false, outsideBuyShipping: false });
    expect(item!.fix).toEqual({
      messageKey: 'finding.weekend.fix.switchPickup',
      params: { day: 'sat', alternative: 'fedex-2day' },
    });
  });

  it('prefers a service the warehouse already hands over that day', () => {
    const items = checkWeekend(
      withServices([
        plan('usps-priority-mail', { sat: { kind: 'dropoff', latest: '13:00' } }),
        plan('fedex-ground', { sat: { kind: 'dropoff', latest: '13:00' } }),
      ]),
    );
    const ground = items.find((i) => i.serviceId === 'fedex-ground')!;
    expect(ground.status).toBe('notOffered');
    expect(ground.fix).toEqual({
      messageKey: 'finding.weekend.fix.useDropoff',
      params: { day: 'sat', alternative: 'usps-priority-mail' },
    });
  });

  it('Sunday UPS air pickups are not offered; the only Sunday route is a limited one under a plan', () => {
    const [item] = checkWeekend(withServices([plan('ups-2nd-day-air', { sun: { kind: 'pickup', times: ['12:00'] } })]));
    expect(item).toMatchObject({ status: 'notOffered', capability: 'no' });
    expect(item!.fix).toEqual({
      messageKey: 'finding.weekend.fix.switchWithPlan',
      params: { day: 'sun', alternative: 'ups-ground', carrier: 'ups' },
    });
  });

  it('Sunday drop-off not offered for UPS air: suggests USPS, the only carrier taking Sunday drop-offs (with a plan)', () => {
    const [item] = checkWeekend(
      withServices([plan('ups-next-day-air', { sun: { kind: 'dropoff', latest: '12:00' } })]),
    );
    expect(item!.fix).toEqual({
      messageKey: 'finding.weekend.fix.switchWithPlan',
      params: { day: 'sun', alternative: 'usps-priority-mail', carrier: 'usps' },
    });
  });

  it('USPS Sunday without a plan: sign one (nobody offers Sunday in general service)', () => {
    const [item] = checkWeekend(
      withServices([plan('usps-priority-mail', { sun: { kind: 'pickup', times: ['10:00'] } })]),
    );
    expect(item!.fix).toEqual({
      messageKey: 'finding.weekend.fix.specialPlan',
      params: { carrier: 'usps', day: 'sun' },
    });
  });

  it('ignores disabled services and weekdays', () => {
    const s = withServices([
      { ...plan('ups-ground', { sat: { kind: 'pickup', times: ['12:00'] } }), enabled: false },
      plan('ups-ground', weekdaysAt('17:00')),
    ]);
    expect(checkWeekend(s)).toEqual([]);
  });
});

describe('six-day verdicts', () => {
  it('Mon-Fri only fails six-day operation; Sun-Fri passes', () => {
    const monFri = withServices([plan('ups-ground', weekdaysAt('17:00'))], {
      operatingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    });
    expect(sixDayOperation(monFri).pass).toBe(false);
    const sunFri = withServices(
      [plan('usps-priority-mail', { ...weekdaysAt('17:00'), sun: { kind: 'pickup', times: ['12:00'] } }, false, true)],
      {
        operatingDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri'],
        cutoffs: { sun: '11:00', mon: '14:00', tue: '14:00', wed: '14:00', thu: '14:00', fri: '14:00' },
      },
    );
    expect(sixDayOperation(sunFri).warehouses[0]).toMatchObject({
      pass: true,
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sun'],
    });
  });

  it('a Saturday that only has an unplanned limited pickup is not a shipping day', () => {
    const s = withServices([plan('ups-ground', { ...weekdaysAt('17:00'), sat: { kind: 'pickup', times: ['12:00'] } })]);
    expect(shippingDays(s.warehouses[0]!)).not.toContain('sat');
    expect(sixDayOperation(s).pass).toBe(false);
    s.warehouses[0]!.services[0]!.specialPlans.sat = true;
    expect(sixDayOperation(s).pass).toBe(true);
  });

  it('UPS alone delivers five days; adding FedEx Home Delivery makes six', () => {
    const upsOnly = withServices([
      plan('ups-ground', weekdaysAt('17:00')),
      plan('ups-2nd-day-air', { sat: { kind: 'pickup', times: ['12:00'] } }),
    ]);
    expect(deliveryDays(upsOnly.warehouses[0]!)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(sixDayDelivery(upsOnly).pass).toBe(false);
    const withHd = withServices([...upsOnly.warehouses[0]!.services, plan('fedex-home-delivery', weekdaysAt('16:30'))]);
    expect(sixDayDelivery(withHd).pass).toBe(true);
  });

  it('no warehouse means no pass', () => {
    const s = sampleSettings();
    s.warehouses = [];
    expect(sixDayOperation(s).pass).toBe(false);
    expect(sixDayDelivery(s).pass).toBe(false);
  });
});

describe('six-day verdicts follow the engine: a handover before the cutoff does not ship', () => {
  it('a Saturday cutoff after every Saturday pickup leaves Mon-Fri only, so six-day operation fails', () => {
    const s = sampleSettings();
    s.warehouses[0]!.cutoffs.sat = '13:00'; // Saturday pickups are at 11:30 and 12:00
    expect(shippingDays(s.warehouses[0]!)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(sixDayOperation(s).pass).toBe(false);
  });

  it('a per-service cutoff earlier than the pickup keeps that service shipping', () => {
    const s = sampleSettings();
    const w = s.warehouses[0]!;
    w.cutoffs.sat = '13:00';
    w.serviceCutoffs['usps-priority-mail'] = { sat: '11:00' };
    expect(shippingDays(w)).toContain('sat');
    expect(sixDayOperation(s).pass).toBe(true);
  });
});
