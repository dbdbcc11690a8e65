import type { ServiceId, SizeTier } from '../domain/carrier';
import type { Settings, Warehouse } from '../domain/settings';
import type { ServiceInfo } from '../catalog/types';
import { defaultTransitDays } from '../catalog/services';
import { remoteRegionOf } from '../geo/remoteRegions';
import { distanceMiles, zoneForDistance, type GeoData, type Zip3Record } from '../geo';

/*
 * Which lanes may carry a parcel to a destination, how many business days they take, and how the
 * engine breaks ties. Documented assumptions:
 * - Size tiers: standard and oversize parcels may use every service; extra-large parcels never use USPS
 *   (USPS refuses parcels over 70 lb or 130 in length + girth, which extra-large parcels usually exceed).
 *   UPS and FedEx services, ground and air, accept them (up to 150 lb).
 * - Zone: great-circle distance between the warehouse ZIP's ZIP3 centroid and the destination ZIP3
 *   centroid, banded into carrier zones 1-8. A plan's zoneCap excludes farther zones.
 * - Transit: a settings transit override for the destination ZIP5, else for its ZIP3, else the
 *   catalog's default: by zone on the mainland; Alaska, Hawaii, Puerto Rico and the Pacific territories
 *   have their own figure per service, and -1 when the service does not go there (defaultTransitDays).
 *   When several overrides name the same service and destination, the last wins.
 * - Ties on the delivery date prefer Buy Shipping, then the cheaper service by a cost proxy (ground <
 *   postal < air; within a kind, the slower service), then the warehouse and service listed first.
 */

/**
 * Whether a service may carry a parcel of this size tier.
 * @example serviceCarriesTier(SERVICES['usps-priority-mail'], 'extraLarge') // false
 */
export function serviceCarriesTier(info: ServiceInfo, tier: SizeTier): boolean {
  return tier !== 'extraLarge' || info.carrier !== 'usps';
}

const KIND_COST: Record<ServiceInfo['kind'], number> = { ground: 0, postal: 1, air: 2 };

/**
 * Cost proxy of a service (lower = cheaper), used only to break ties between equally fast options.
 * @example costRank(SERVICES['ups-ground']) < costRank(SERVICES['ups-next-day-air']) // true
 */
export function costRank(info: ServiceInfo): number {
  return KIND_COST[info.kind] * 10 + (10 - Math.min(9, info.transitByZone[7]));
}

/**
 * Where a transit figure came from: an override, the zone table, or a remote region's own figure (Alaska, Hawaii...).
 */
export type TransitSource = 'zip5' | 'zip3' | 'zone' | 'region';

/** Looks up the business days in transit of a service to a destination. */
export type TransitLookup = (
  serviceId: ServiceId,
  info: ServiceInfo,
  zone: number,
  zip3: string,
  zip5?: string,
) => { days: number; source: TransitSource };

/**
 * Builds the transit lookup of a settings file (overrides by ZIP5, then ZIP3, then the catalog default; -1 = not
 * served).
 * @example createTransitLookup(settings)('ups-ground', SERVICES['ups-ground'], 5, '606') // { days: 3, source: 'zone' }
 */
export function createTransitLookup(settings: Settings): TransitLookup {
  const overrides = new Map<string, number>();
  for (const o of settings.transitOverrides) overrides.set(`${o.serviceId}:${o.dest}`, o.businessDays);
  return (serviceId, info, zone, zip3, zip5) => {
    if (zip5 !== undefined) {
      const d5 = overrides.get(`${serviceId}:${zip5}`);
      if (d5 !== undefined) return { days: d5, source: 'zip5' };
    }
    const d3 = overrides.get(`${serviceId}:${zip3}`);
    if (d3 !== undefined) return { days: d3, source: 'zip3' };
    return {
      days: defaultTransitDays(info, zone, zip5 ?? zip3),
      source: remoteRegionOf(zip5 ?? zip3) ? 'region' : 'zone',
    };
  };
}

/**
 * The ZIP3 record a warehouse ships from: its ZIP5's prefix (also when the ZIP5 itself is unknown).
 * @example warehouseOrigin(loadGeo(), { zip: '43215', ... })?.zip3 // '432'
 */
export function warehouseOrigin(geo: GeoData, warehouse: Pick<Warehouse, 'zip'>): Zip3Record | undefined {
  return geo.lookup(warehouse.zip) ?? geo.byZip3.get(warehouse.zip.slice(0, 3));
}

/**
 * Distance (miles) and carrier zone between two ZIP3 centroids.
 * @example route(geo.byZip3.get('432')!, geo.byZip3.get('900')!).zone // 8
 */
export function route(from: Zip3Record, to: Zip3Record): { miles: number; zone: number } {
  const miles = distanceMiles(from, to);
  return { miles, zone: zoneForDistance(miles) };
}
