import { describe, expect, it } from 'vitest';
import { SERVICES } from '../catalog/services';
import { loadGeo } from '../geo';
import { costRank, createTransitLookup, route, serviceCarriesTier, warehouseOrigin } from './routing';
import { fixtureSettings } from '../../test/reference/fixtures';

describe('routing', () => {
  it('keeps extra-large parcels off USPS and lets oversize use every service', () => {
    expect(serviceCarriesTier(SERVICES['usps-ground-advantage'], 'extraLarge')).toBe(false);
    expect(serviceCarriesTier(SERVICES['usps-ground-advantage'], 'oversize')).toBe(true);
    expect(serviceCarriesTier(SERVICES['fedex-2day'], 'extraLarge')).toBe(true);
  });

  it('ranks ground below postal below air, and the slower of two air services as cheaper', () => {
    expect(costRank(SERVICES['ups-ground'])).toBeLessThan(costRank(SERVICES['usps-priority-mail']));
    expect(costRank(SERVICES['usps-priority-mail'])).toBeLessThan(costRank(SERVICES['ups-2nd-day-air']));
    expect(costRank(SERVICES['ups-2nd-day-air'])).toBeLessThan(costRank(SERVICES['ups-next-day-air']));
  });

  it('takes transit from a ZIP5 override, then a ZIP3 override, then the zone default', () => {
    const lookup = createTransitLookup(
      fixtureSettings({
        transitOverrides: [
          { serviceId: 'ups-ground', dest: '100', businessDays: 3 },
          { serviceId: 'ups-ground', dest: '10001', businessDays: 1 },
        ],
      }),
    );
    const info = SERVICES['ups-ground'];
    expect(lookup('ups-ground', info, 4, '100', '10001')).toEqual({ days: 1, source: 'zip5' });
    expect(lookup('ups-ground', info, 4, '100', '10002')).toEqual({ days: 3, source: 'zip3' });
    expect(lookup('ups-ground', info, 4, '101')).toEqual({ days: info.transitByZone[3], source: 'zone' });
    expect(lookup('fedex-ground', SERVICES['fedex-ground'], 4, '100')).toEqual({ days: 2, source: 'zone' });
  });

  it('measures zones between ZIP3 centroids from the warehouse ZIP', () => {
    const geo = loadGeo();
    const origin = warehouseOrigin(geo, { zip: '43215' })!;
    expect(origin.zip3).toBe('432');
    expect(route(origin, geo.byZip3.get('900')!).zone).toBe(8);
    expect(route(origin, geo.byZip3.get('441')!).zone).toBe(2);
    expect(route(origin, origin)).toEqual({ miles: 0, zone: 1 });
  });
});
