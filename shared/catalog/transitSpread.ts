import type { CarrierId, ServiceId } from '../domain/carrier';
import type { TransitSpread } from '../domain/operations';
import { MAX_SPREAD_DAYS } from '../domain/operations';
import { SERVICES } from './services';

/*
 * Default transit-time spread: how often a carrier takes longer than its nominal transit time.
 *
 * The nominal days are the catalog's (transitByZone, themselves assumptions). Around them:
 * - on time (nominal days or fewer): the carrier's on-time share. December uses ShipMatrix's
 *   December 2025 figures (trade press, grade B): UPS 97.2 %, FedEx 95.3 % (FedEx Express; applied to
 *   every FedEx service, which ShipMatrix does not split the same way), USPS 94.1 %.
 * - other months: ASSUMPTION (grade C) that half as many parcels are late as in December (peak
 *   volume is what makes December late); import your own spread (CSV) to replace it.
 * - late parcels: 70 % one day late, 20 % two days, 10 % three days (ASSUMPTION, grade C: the shape of
 *   published carrier delay reports, not a measured figure).
 * Nothing is assumed early: an early parcel never changes a verdict.
 */

/** On-time share per carrier in December (ShipMatrix, December 2025). */
export const DECEMBER_ON_TIME: Readonly<Record<CarrierId, number>> = { ups: 0.972, fedex: 0.953, usps: 0.941 };

/** Shares of late parcels by days late (1, 2, 3). */
export const LATE_SHAPE: readonly number[] = [0.7, 0.2, 0.1];

/** Where each default comes from (shown next to the figures; all are marked as assumptions or grade B). */
export const SPREAD_DEFAULT_SOURCES: Readonly<Record<string, string>> = {
  december:
    'ShipMatrix on-time delivery, December 2025 (trade press, grade B): UPS 97.2 %, FedEx 95.3 % (FedEx Express, used for every FedEx service), USPS 94.1 %.',
  otherMonths:
    'Assumption (grade C): outside December half as many parcels are late as in December. Replace with your own spread.',
  lateShape: 'Assumption (grade C): of the late parcels, 70 % arrive one day late, 20 % two days, 10 % three days.',
  nominal:
    'Nominal days: the catalog transit time per service and zone (itself an assumption), or your transit overrides.',
};

/** On-time share of a carrier in a month (1-12). @example onTimeShare('ups', 12) // 0.972 */
export function onTimeShare(carrier: CarrierId, month: number): number {
  const december = DECEMBER_ON_TIME[carrier];
  return month === 12 ? december : 1 - (1 - december) / 2;
}

/**
 * The default spread around `nominalDays` for a carrier and month: shares per transit day 0..15.
 * @example defaultSpreadShares('ups', 12, 2) // [0, 0, 0.972, 0.0196, 0.0056, 0.0028, 0, ...]
 */
export function defaultSpreadShares(carrier: CarrierId, month: number, nominalDays: number): number[] {
  const shares = new Array<number>(MAX_SPREAD_DAYS + 1).fill(0);
  const onTime = onTimeShare(carrier, month);
  const nominal = Math.min(MAX_SPREAD_DAYS, Math.max(0, nominalDays));
  shares[nominal] = onTime;
  LATE_SHAPE.forEach((part, i) => {
    const d = Math.min(MAX_SPREAD_DAYS, nominal + i + 1);
    shares[d] = shares[d]! + (1 - onTime) * part;
  });
  return shares;
}

/**
 * The default spread rows for one service (every zone, December and the rest of the year), in the
 * settings' `transitSpread` form; useful to show or export the defaults for editing.
 * @example defaultSpreadRows('ups-ground').length // 16 (8 zones x December / other months)
 */
export function defaultSpreadRows(serviceId: ServiceId): TransitSpread[] {
  const info = SERVICES[serviceId];
  const rows: TransitSpread[] = [];
  for (let zone = 1; zone <= 8; zone++) {
    const nominal = info.transitByZone[zone - 1]!;
    rows.push({
      serviceId,
      zone,
      month: 12,
      shares: trim(defaultSpreadShares(info.carrier, 12, nominal)),
      source: SPREAD_DEFAULT_SOURCES.december,
    });
    rows.push({
      serviceId,
      zone,
      shares: trim(defaultSpreadShares(info.carrier, 1, nominal)),
      source: SPREAD_DEFAULT_SOURCES.otherMonths,
    });
  }
  return rows;
}

function trim(shares: number[]): number[] {
  let n = shares.length;
  while (n > 1 && shares[n - 1] === 0) n--;
  return shares.slice(0, n);
}
