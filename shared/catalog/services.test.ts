import { describe, it, expect } from 'vitest';
import { SERVICE_IDS } from '../domain/carrier';
import { SERVICES, servicesOf, transitDaysFor } from './services';

describe('SERVICES', () => {
  it('has one entry per known service id, keyed by its own id', () => {
    expect(Object.keys(SERVICES).sort()).toEqual([...SERVICE_IDS].sort());
    for (const id of SERVICE_IDS) expect(SERVICES[id].id).toBe(id);
  });

  it('ground services take 1 day to zones 1-2 and 5 days to zone 8, never getting faster with distance', () => {
    for (const id of ['ups-ground', 'fedex-ground', 'fedex-home-delivery'] as const) {
      const t = SERVICES[id].transitByZone;
      expect(t[0]).toBe(1);
      expect(t[1]).toBe(1);
      expect(t[7]).toBe(5);
      for (let z = 1; z < 8; z++) expect(t[z]!).toBeGreaterThanOrEqual(t[z - 1]!);
    }
  });

  it('air services are flat: next day 1, 2nd day / 2Day 2, 3 Day Select / Express Saver 3', () => {
    const expected = {
      'ups-next-day-air': 1,
      'ups-next-day-air-saver': 1,
      'fedex-standard-overnight': 1,
      'fedex-priority-overnight': 1,
      'ups-2nd-day-air': 2,
      'fedex-2day': 2,
      'ups-3-day-select': 3,
      'fedex-express-saver': 3,
    } as const;
    for (const [id, days] of Object.entries(expected)) {
      expect(new Set(SERVICES[id as keyof typeof expected].transitByZone)).toEqual(new Set([days]));
    }
  });

  it('USPS ranges match the advertised 2-5 / 1-3 / 1-2 days', () => {
    const range = (id: keyof typeof SERVICES) => [
      Math.min(...SERVICES[id].transitByZone),
      Math.max(...SERVICES[id].transitByZone),
    ];
    expect(range('usps-ground-advantage')).toEqual([2, 5]);
    expect(range('usps-priority-mail')).toEqual([1, 3]);
    expect(range('usps-priority-mail-express')).toEqual([1, 2]);
  });

  it('delivery days: UPS Ground Mon-Fri, FedEx Home Delivery Tue-Sat, USPS Mon-Sat, Priority Mail Express Mon-Sat (Sunday only where a plan adds it)', () => {
    expect(SERVICES['ups-ground'].deliveryDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(SERVICES['fedex-ground'].deliveryDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(SERVICES['fedex-home-delivery'].deliveryDays).toEqual(['tue', 'wed', 'thu', 'fri', 'sat']);
    expect(SERVICES['fedex-2day'].deliveryDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(SERVICES['usps-priority-mail'].deliveryDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(SERVICES['usps-priority-mail-express'].deliveryDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });

  it('USPS never counts Sunday as a transit day (rule since 2025)', () => {
    for (const s of servicesOf('usps')) expect(s.transitDays).not.toContain('sun');
  });

  it('every default is flagged as an assumption and sold through Buy Shipping', () => {
    for (const id of SERVICE_IDS) {
      expect(SERVICES[id].assumption).toBe(true);
      expect(SERVICES[id].buyShipping).toBe(true);
    }
  });

  it('groups services by carrier and looks transit up by zone', () => {
    expect(servicesOf('ups')).toHaveLength(5);
    expect(servicesOf('fedex')).toHaveLength(6);
    expect(servicesOf('usps')).toHaveLength(3);
    expect(transitDaysFor('ups-ground', 5)).toBe(3);
    expect(transitDaysFor('ups-ground', 12)).toBe(5);
  });
});
