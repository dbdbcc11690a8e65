import type { ServiceId } from '../domain/carrier';
import type { DeliveryArea, Settings } from '../domain/settings';
import type { GeoData } from '../geo';
import { CONTIGUOUS_48_DC } from '../geo';
import { whereAvailableDefault } from '../domain/deliveryCoverage';

/*
 * The weekend days a service also delivers on in part of the country (settings `extraDeliveryDays`):
 * UPS Ground on Saturday in metro areas, FedEx Home Delivery on Sunday for about two-thirds of the
 * population. In that area the day is a transit day and a delivery day of the service (a parcel moves
 * and is delivered then); elsewhere the catalog's days apply. Documented assumption, mirrored by the
 * reference oracle in test/reference.
 */

export type WeekendDay = 'sat' | 'sun';

export interface ExtraDeliveryDays {
  /** The extra days of `serviceId` at destination ZIP3 `zip3` ('' key = none), in sat, sun order. */
  daysFor(serviceId: ServiceId, zip3: string): readonly WeekendDay[];
  /** Every distinct non-empty set of extra days the service has somewhere (one compiled lane each). */
  variantsOf(serviceId: ServiceId): readonly (readonly WeekendDay[])[];
}

const defaultAreas = new WeakMap<GeoData, Map<number, Set<string>>>();

/**
 * The "where available" default area: the most populous ZIP3s of the 48 states + DC until they hold
 * `share` of its population (see shared/domain/deliveryCoverage.ts).
 * @example defaultArea(loadGeo(), 2 / 3).has('100') // true: Manhattan is in FedEx's Sunday area
 */
export function defaultArea(geo: GeoData, share: number): Set<string> {
  let perGeo = defaultAreas.get(geo);
  if (!perGeo) defaultAreas.set(geo, (perGeo = new Map()));
  let area = perGeo.get(share);
  if (!area) {
    const states = new Set<string>(CONTIGUOUS_48_DC);
    const zips = geo.zip3s
      .filter((z) => states.has(z.state))
      .sort((a, b) => b.population - a.population || a.zip3.localeCompare(b.zip3));
    const total = zips.reduce((s, z) => s + z.population, 0);
    area = new Set();
    let covered = 0;
    for (const z of zips) {
      if (covered >= share * total) break;
      area.add(z.zip3);
      covered += z.population;
    }
    perGeo.set(share, area);
  }
  return area;
}

function areaZip3s(geo: GeoData, serviceId: ServiceId, day: WeekendDay, area: DeliveryArea): Set<string> {
  if (area.kind === 'zip3s') return new Set(area.zip3s);
  if (area.kind === 'states') {
    const states = new Set(area.states);
    return new Set(geo.zip3s.filter((z) => states.has(z.state)).map((z) => z.zip3));
  }
  const d = whereAvailableDefault(serviceId, day);
  return d ? defaultArea(geo, d.populationShare) : new Set();
}

/**
 * Resolves a plan's extra delivery days against the ZIP data.
 * @example
 * createExtraDeliveryDays(settings, geo).daysFor('fedex-home-delivery', '100') // ['sun'] with "Sunday where available"
 */
export function createExtraDeliveryDays(settings: Settings, geo: GeoData): ExtraDeliveryDays {
  const areas = new Map<ServiceId, { day: WeekendDay; zip3s: Set<string> }[]>();
  for (const e of settings.extraDeliveryDays) {
    let list = areas.get(e.serviceId);
    if (!list) areas.set(e.serviceId, (list = []));
    list.push({ day: e.day, zip3s: areaZip3s(geo, e.serviceId, e.day, e.area) });
  }
  const none: readonly WeekendDay[] = [];
  const memo = new Map<string, readonly WeekendDay[]>();
  const daysFor = (serviceId: ServiceId, zip3: string): readonly WeekendDay[] => {
    const list = areas.get(serviceId);
    if (!list) return none;
    const key = `${serviceId}:${zip3}`;
    let days = memo.get(key);
    if (!days) {
      const set = new Set(list.filter((a) => a.zip3s.has(zip3)).map((a) => a.day));
      days = (['sat', 'sun'] as const).filter((d) => set.has(d));
      memo.set(key, days);
    }
    return days;
  };
  return {
    daysFor,
    variantsOf(serviceId) {
      if (!areas.has(serviceId)) return [];
      const seen = new Map<string, readonly WeekendDay[]>();
      for (const z of geo.zip3s) {
        const days = daysFor(serviceId, z.zip3);
        if (days.length > 0) seen.set(days.join(','), days);
      }
      return [...seen.values()];
    },
  };
}
