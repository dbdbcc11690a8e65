/** A carrier zone: 1 (nearest) .. 8 (farthest) in the contiguous US. */
export type CarrierZone = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * Upper bound (miles, inclusive) of zones 1..7; beyond the last bound is zone 8.
 * Bands used by UPS/FedEx/USPS-style zone charts: 1: <=50, 2: 51-150, 3: 151-300, 4: 301-600,
 * 5: 601-1000, 6: 1001-1400, 7: 1401-1800, 8: 1801+ (an assumption: carriers publish per-origin charts).
 */
export const ZONE_UPPER_BOUNDS_MILES: readonly number[] = [50, 150, 300, 600, 1000, 1400, 1800];

/**
 * Carrier zone for a great-circle distance. Charts list whole miles (2: "51-150"), so a distance is
 * rounded up to the next whole mile first: 50.2 mi falls in zone 2, exactly 50 in zone 1.
 * @example zoneForDistance(1990) // 8
 * @example zoneForDistance(150) // 2
 */
export function zoneForDistance(miles: number): CarrierZone {
  if (!Number.isFinite(miles) || miles < 0)
    throw new RangeError(`distance must be a non-negative number of miles (got ${miles})`);
  const whole = Math.ceil(miles);
  for (let i = 0; i < ZONE_UPPER_BOUNDS_MILES.length; i++) {
    if (whole <= ZONE_UPPER_BOUNDS_MILES[i]!) return (i + 1) as CarrierZone;
  }
  return 8;
}
