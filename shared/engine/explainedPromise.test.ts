import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import { computePromise, type PromiseResult } from './explainedPromise';
import { columbusWarehouse, fixtureSettings } from '../../test/reference/fixtures';

const geo = loadGeo();
type Ok = Extract<PromiseResult, { ok: true }>;

function ok(r: PromiseResult): Ok {
  if (!r.ok) throw new Error(`expected a promise, got ${r.reason} ${JSON.stringify(r.params)}`);
  return r;
}

// 2026-06-08 is a Monday; New York (ZIP 10001) is zone 4 from Columbus (477 mi).
describe('computePromise — hand-checked cases', () => {
  it('a Friday 15:30 view misses Friday (customer cutoff 13:00) and ships on Saturday when Saturday operates', () => {
    const r = ok(computePromise(fixtureSettings(), geo, { at: '2026-06-12T15:30', to: '10001' }));
    expect(r.shipDate).toBe('2026-06-13');
    // Next Day Air picked up Saturday 12:00 delivers Monday; Priority Mail (2 days) would be Tuesday.
    expect(r.service.serviceId).toBe('ups-next-day-air');
    expect(r.handover).toEqual({ kind: 'pickup', time: '12:00', date: '2026-06-13', specialPlan: false });
    expect(r.customerCutoff).toBe('2026-06-13T09:30');
    expect(r.sellerCutoff).toBe('10:30');
    expect(r.deliveryDate).toBe('2026-06-15');
    expect(r.promiseDays).toBe(3);
    expect(r.explanation.map((s) => s.key)).toContain('engine.skip.cutoffPassed');
  });

  it('without Saturday operation the same view ships Monday', () => {
    const settings = fixtureSettings({
      warehouses: [columbusWarehouse({ operatingDays: ['mon', 'tue', 'wed', 'thu', 'fri'] })],
    });
    const r = ok(computePromise(settings, geo, { at: '2026-06-12T15:30', to: '10001' }));
    expect(r.shipDate).toBe('2026-06-15');
    expect(r.deliveryDate).toBe('2026-06-16');
    expect(r.promiseDays).toBe(4);
    expect(r.explanation.some((s) => s.key === 'engine.skip.notOperating' && s.params.date === '2026-06-13')).toBe(
      true,
    );
  });

  it('the Saturday 10:30 seller cutoff shows customers 09:30: 09:29 makes it, 09:30 does not', () => {
    const before = ok(computePromise(fixtureSettings(), geo, { at: '2026-06-13T09:29', to: '10001' }));
    const at = ok(computePromise(fixtureSettings(), geo, { at: '2026-06-13T09:30', to: '10001' }));
    expect(before.shipDate).toBe('2026-06-13');
    expect(at.shipDate).toBe('2026-06-15');
  });

  it('ties on the delivery date go to the cheaper service (Priority Mail over Next Day Air)', () => {
    // Friday noon: both Next Day Air (Fri -> Mon) and Priority Mail (2 days: Sat, Mon) deliver Monday.
    const r = ok(computePromise(fixtureSettings(), geo, { at: '2026-06-12T12:00', to: '10001' }));
    expect(r.deliveryDate).toBe('2026-06-15');
    expect(r.service.serviceId).toBe('usps-priority-mail');
    const nda = r.alternatives.find((a) => a.serviceId === 'ups-next-day-air');
    expect(nda?.deliveryDate).toBe('2026-06-15');
  });

  it('skips a warehouse holiday and a carrier holiday (Labor Day 2026-09-07)', () => {
    const settings = fixtureSettings({ holidays: [{ date: '2026-09-08', name: 'Inventory day' }] });
    const r = ok(computePromise(settings, geo, { at: '2026-09-06T12:00', to: '10001' }));
    // Monday is Labor Day (all carriers closed), Tuesday the warehouse's own holiday -> Wednesday.
    expect(r.shipDate).toBe('2026-09-09');
    const keys = r.explanation.map((s) => s.key);
    expect(keys).toContain('engine.skip.carrierHoliday');
    expect(keys).toContain('engine.skip.warehouseHoliday');
    // The same question on a "typical" calendar ships Monday.
    const typical = ok(computePromise(settings, geo, { at: '2026-09-06T12:00', to: '10001', holidays: false }));
    expect(typical.shipDate).toBe('2026-09-07');
  });

  it('a settings holiday naming a carrier closes only that carrier', () => {
    const settings = fixtureSettings({ holidays: [{ date: '2026-06-10', name: 'UPS strike', carriers: ['ups'] }] });
    const r = ok(computePromise(settings, geo, { at: '2026-06-10T08:00', to: '10001' }));
    expect(r.service.carrier).toBe('usps');
    expect(r.shipDate).toBe('2026-06-10');
    expect(r.alternatives.find((a) => a.serviceId === 'ups-next-day-air')?.shipDate).toBe('2026-06-11');
  });

  it('does not deliver on a day the service does not deliver (UPS Ground: Friday +1 -> Monday)', () => {
    const settings = fixtureSettings({
      warehouses: [columbusWarehouse({ services: [columbusWarehouse().services[0]!] })],
    });
    // Cleveland (441) is zone 2: one business day.
    const r = ok(computePromise(settings, geo, { at: '2026-06-12T10:00', to: '44114' }));
    expect(r.service.serviceId).toBe('ups-ground');
    expect(r.zone).toBe(2);
    expect(r.deliveryDate).toBe('2026-06-15');
  });

  it('rolls a FedEx Home Delivery arrival on Monday to Tuesday', () => {
    const settings = fixtureSettings({
      warehouses: [
        columbusWarehouse({
          services: [{ serviceId: 'fedex-home-delivery', days: { fri: { kind: 'pickup', times: ['16:00'] } } }],
        }),
      ],
      transitOverrides: [{ serviceId: 'fedex-home-delivery', dest: '100', businessDays: 2 }],
    });
    const r = ok(computePromise(settings, geo, { at: '2026-06-12T10:00', to: '10001' }));
    // Friday handover, transit Sat (1) and Mon (2); Monday is no delivery day -> Tuesday.
    expect(r.deliveryDate).toBe('2026-06-16');
    expect(r.transitSource).toBe('zip3');
    expect(r.explanation.find((s) => s.key === 'engine.explain.deliveryRolled')?.params).toMatchObject({
      from: '2026-06-15',
      to: '2026-06-16',
    });
  });

  it('a midnight seller cutoff with a one-hour lead shows customers 23:00 the day before', () => {
    const settings = fixtureSettings({
      warehouses: [
        columbusWarehouse({
          cutoffs: { mon: '14:00', tue: '00:00', wed: '14:00', thu: '14:00', fri: '14:00', sat: '10:30' },
          services: [
            {
              serviceId: 'ups-ground',
              days: {
                mon: { kind: 'pickup', times: ['16:00'] },
                tue: { kind: 'pickup', times: ['08:00'] },
                wed: { kind: 'pickup', times: ['16:00'] },
              },
            },
          ],
        }),
      ],
    });
    const late = ok(computePromise(settings, geo, { at: '2026-06-08T22:59', to: '10001' }));
    expect(late.shipDate).toBe('2026-06-09');
    expect(late.customerCutoff).toBe('2026-06-08T23:00');
    expect(late.handover.time).toBe('08:00');
    const tooLate = ok(computePromise(settings, geo, { at: '2026-06-08T23:00', to: '10001' }));
    expect(tooLate.shipDate).toBe('2026-06-10');
  });

  it('Sunday operation counts a limited USPS Sunday pickup only with a special plan (outside Buy Shipping)', () => {
    const sunday = (plan: boolean) =>
      fixtureSettings({
        warehouses: [
          columbusWarehouse({
            operatingDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri'],
            cutoffs: { sun: '12:00', mon: '14:00', tue: '14:00', wed: '14:00', thu: '14:00', fri: '14:00' },
            services: [
              {
                serviceId: 'usps-priority-mail',
                days: { sun: { kind: 'pickup', times: ['13:00'] }, mon: { kind: 'pickup', times: ['15:00'] } },
                specialPlans: { sat: false, sun: plan },
              },
            ],
          }),
        ],
      });
    const withPlan = ok(computePromise(sunday(true), geo, { at: '2026-06-14T09:00', to: '10001' }));
    expect(withPlan.shipDate).toBe('2026-06-14');
    expect(withPlan.outsideBuyShipping).toBe(true);
    expect(withPlan.deliveryDate).toBe('2026-06-16'); // Sunday is no USPS transit day: Mon (1), Tue (2)
    const without = ok(computePromise(sunday(false), geo, { at: '2026-06-14T09:00', to: '10001' }));
    expect(without.shipDate).toBe('2026-06-15');
    expect(without.explanation.map((s) => s.key)).toContain('engine.skip.weekendNeedsPlan');
  });

  it('honours zone caps, per-service cutoffs and the size tier', () => {
    const base = columbusWarehouse();
    const settings = fixtureSettings({
      warehouses: [
        columbusWarehouse({
          serviceCutoffs: { 'usps-priority-mail': { mon: '12:00' } },
          services: base.services.map((s) => (s.serviceId === 'ups-next-day-air' ? { ...s, zoneCap: 3 } : s)),
        }),
      ],
    });
    const r = ok(computePromise(settings, geo, { at: '2026-06-08T11:30', to: '10001' }));
    expect(r.alternatives.find((a) => a.serviceId === 'ups-next-day-air')?.reasonKey).toBe('engine.alt.zoneCap');
    // Priority Mail's Monday cutoff is 12:00 (customers: 11:00), so an 11:30 view ships Tuesday.
    expect(r.alternatives.find((a) => a.serviceId === 'usps-priority-mail')?.shipDate).toBe('2026-06-09');
    expect(r.service.serviceId).toBe('ups-ground');
    const xl = computePromise(fixtureSettings(), geo, { at: '2026-06-08T11:30', to: '10001', sizeTier: 'extraLarge' });
    expect(ok(xl).service.carrier).toBe('ups');
    expect(ok(xl).alternatives.find((a) => a.serviceId === 'usps-priority-mail')?.reasonKey).toBe(
      'engine.alt.tierNotCarried',
    );
  });

  it('counts promise days at the destination: a Los Angeles view at 10:30 is already after the Columbus customer cutoff (13:00 Eastern)', () => {
    const r = ok(computePromise(fixtureSettings(), geo, { at: '2026-06-09T10:30', to: '90012' }));
    // 10:30 PDT = 13:30 EDT: after the 13:00 customer cutoff, ships Wednesday.
    expect(r.shipDate).toBe('2026-06-10');
    expect(r.customerCutoff).toBe('2026-06-10T10:00');
    expect(r.destination.timeZone).toBe('America/Los_Angeles');
  });

  it('refuses unknown ZIPs and bad times with a reason key', () => {
    const r = computePromise(fixtureSettings(), geo, { at: '2026-06-09T10:30', to: '00000' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('engine.reason.unknownZip');
    const t = computePromise(fixtureSettings(), geo, { at: '2026-06-31T10:30', to: '10001' });
    expect(!t.ok && t.reason).toBe('engine.reason.badViewTime');
    // Years 0-99 used to send the ship-day search round the 1900s forever; before 1970 nothing could deliver.
    for (const at of ['0100-01-01T10:00', '1969-06-01T10:00']) {
      const old = computePromise(fixtureSettings(), geo, { at, to: '10001' });
      expect(!old.ok && old.reason, at).toBe('engine.reason.badViewTime');
    }
  });
});
