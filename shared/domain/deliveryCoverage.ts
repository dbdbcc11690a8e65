import type { ServiceId } from '../domain/carrier';

/**
 * "Where available": the area a carrier's extra weekend delivery covers when the user does not list
 * states or ZIP3s. Carriers publish a share of the population, not a list, so ShipWeek takes the most
 * populous ZIP3s of the 48 states + DC until they hold that share (dense metro areas first, where
 * these services run). Each default is an assumption with its source; list states or ZIP3s to replace it.
 */
export interface WhereAvailableDefault {
  /** Share of the 48 states + DC population covered. */
  populationShare: number;
  /** Where the figure comes from (English; grade: A carrier page, B press, C weak). */
  source: string;
  grade: 'A' | 'B' | 'C';
}

export const WHERE_AVAILABLE: Readonly<Partial<Record<`${ServiceId}:${'sat' | 'sun'}`, WhereAvailableDefault>>> = {
  'ups-ground:sat': {
    populationShare: 0.5,
    source:
      'UPS: residential Saturday Ground delivery in about 6,000 cities (2018); the half of the population in the largest ZIP3s is an assumption',
    grade: 'C',
  },
  'fedex-home-delivery:sun': {
    populationShare: 2 / 3,
    source: 'FedEx: Sunday Home Delivery reaches about two-thirds of the US population (March 2025)',
    grade: 'B',
  },
  'usps-priority-mail-express:sun': {
    populationShare: 0.5,
    source:
      'USPS: Priority Mail Express Sunday delivery in select areas, for a fee; the half of the population in the largest ZIP3s is an assumption',
    grade: 'C',
  },
};

/**
 * The "where available" default of a service and weekend day, if ShipWeek has one.
 * @example whereAvailableDefault('fedex-home-delivery', 'sun')?.populationShare // 0.666…
 */
export function whereAvailableDefault(serviceId: ServiceId, day: 'sat' | 'sun'): WhereAvailableDefault | undefined {
  return WHERE_AVAILABLE[`${serviceId}:${day}`];
}
