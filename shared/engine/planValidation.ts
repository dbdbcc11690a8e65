import type { Settings } from '../domain/settings';
import type { GeoData } from '../geo';
import type { Finding } from './findings';
import { simulate } from './simulate';
import type { DeliveredWeekdays } from './deliveredWeekdays';
import { validateSettings } from './validate';

/*
 * The checks of a plan that need its simulated promises. Six-day delivery is one: whether parcels
 * arrive six days a week depends on ship days, transit and which service wins each view, which only
 * the simulation knows. These run the one simulation (typical week) rather than a second count of
 * delivery days, so the Weekly schedule, the Weekend check page, `shipweek validate` and the
 * simulation's policy check give one verdict.
 */

/**
 * The weekdays this plan's standard-size promises deliver on in the typical week, with the reason
 * for each missing one (simulate()'s deliveredWeekdays).
 * @example typicalDeliveredWeekdays(sampleSettings(), loadGeo()).pass // true
 */
export function typicalDeliveredWeekdays(settings: Settings, geo: GeoData): DeliveredWeekdays {
  return simulate(settings, geo).deliveredWeekdays;
}

/**
 * Every static finding of validateSettings plus six-day delivery judged on the promises.
 * @example validatePlan(sampleSettings(), loadGeo()) // []
 */
export function validatePlan(
  settings: Settings,
  geo: GeoData,
  delivered: DeliveredWeekdays = typicalDeliveredWeekdays(settings, geo),
): Finding[] {
  return validateSettings(settings, geo, delivered);
}
