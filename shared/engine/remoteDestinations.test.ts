import { describe, expect, it } from 'vitest';
import { computePromise } from './explainedPromise';
import { createPromiseEngine } from './compiledPromiseEngine';
import { loadGeo } from '../geo';
import { dayNumber, fromLocalMinutes, parseLocalDateTime } from '../time/timezone';
import { fixtureSettings } from '../../test/reference/fixtures';
import { defaultTransitDays, SERVICES } from '../catalog/services';

/*
 * Alaska, Hawaii, Puerto Rico and the Pacific territories: their own transit per service, some services
 * not going there at all, and outside Prime by default. Hand-computed on the Columbus fixture (cutoff
 * 14:00 ET, one hour lead; UPS Ground 16:00, UPS Next Day Air 17:00, USPS Priority Mail 15:00 pickups).
 */
const geo = loadGeo();

describe('remote destinations', () => {
  it('a Honolulu promise: UPS Ground does not go there, UPS Next Day Air takes 2 days, and it is outside Prime', () => {
    // Wednesday 10 June 2026, 06:00 in Honolulu (HST, UTC-10) is 12:00 in Columbus (EDT): before the
    // 13:00 customer cutoff, so it ships Wednesday. UPS Next Day Air to Hawaii: 2 business days ->
    // Thursday, Friday 12 June. USPS Priority Mail: 3 -> Saturday 13 June. Before, Honolulu was zone 8:
    // UPS Ground 5 days and Next Day Air 1 day (a 1-day promise to Hawaii).
    const r = computePromise(fixtureSettings(), geo, { at: '2026-06-10T06:00', to: '96813' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.shipDate).toBe('2026-06-10');
    expect(r.service.serviceId).toBe('ups-next-day-air');
    expect(r.transitDays).toBe(2);
    expect(r.transitSource).toBe('region');
    expect(r.deliveryDate).toBe('2026-06-12');
    expect(r.promiseDays).toBe(2);
    expect(r.remoteRegion).toBe('hawaii');
    expect(r.explanation.map((s) => s.key)).toContain('engine.explain.outsidePrime');
    expect(r.explanation.map((s) => s.key)).toContain('engine.explain.transitRegion');
    const alt = Object.fromEntries(r.alternatives.map((a) => [a.serviceId, a]));
    expect(alt['ups-ground']).toMatchObject({ deliveryDate: null, reasonKey: 'engine.alt.notServed' });
    expect(alt['usps-priority-mail']).toMatchObject({ deliveryDate: '2026-06-13', transitDays: 3 });
    // The compiled engine agrees.
    const engine = createPromiseEngine(fixtureSettings(), geo, { from: '2026-06-08', days: 7, holidays: true });
    const honolulu = geo.zip3s.findIndex((z) => z.zip3 === '968');
    expect(engine.promise(fromLocalMinutes('Pacific/Honolulu', parseLocalDateTime('2026-06-10T06:00')), honolulu)).toBe(
      2,
    );
    expect(engine.lastDeliveryDay).toBe(dayNumber('2026-06-12'));
  });

  it('Guam only by USPS: Priority Mail 4 days; a mainland destination keeps its zone table', () => {
    // Thursday 11 June 02:00 in Guam (UTC+10) is Wednesday 12:00 in Columbus: ships Wednesday; Priority
    // Mail 4 days to the Pacific: Thu, Fri, Sat, (Sunday is not a transit day) Mon 15 June.
    const r = computePromise(fixtureSettings(), geo, { at: '2026-06-11T02:00', to: '969' });
    if (!r.ok) throw new Error(r.reason);
    expect(r).toMatchObject({
      service: { serviceId: 'usps-priority-mail' },
      deliveryDate: '2026-06-15',
      promiseDays: 4,
      remoteRegion: 'pacific',
    });
    expect(r.alternatives.filter((a) => a.reasonKey === 'engine.alt.notServed').map((a) => a.serviceId)).toEqual([
      'ups-ground',
      'ups-next-day-air',
    ]);
    expect(defaultTransitDays(SERVICES['ups-ground'], 8, '900')).toBe(5);
    expect(defaultTransitDays(SERVICES['ups-ground'], 8, '995')).toBe(-1);
  });

  it('a transit override makes a service serve a remote destination', () => {
    const s = fixtureSettings({ transitOverrides: [{ serviceId: 'ups-ground', dest: '968', businessDays: 6 }] });
    const r = computePromise(s, geo, { at: '2026-06-10T06:00', to: '96813' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.alternatives.find((a) => a.serviceId === 'ups-ground')).toMatchObject({ transitDays: 6 });
  });
});
