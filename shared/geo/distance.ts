/** Mean Earth radius in statute miles (IUGG mean radius 6,371.0088 km / 1.609344). */
export const EARTH_RADIUS_MILES = 3958.7613;

const toRadians = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in statute miles between two points (haversine formula, spherical Earth;
 * good to ~0.5 %, far better than carrier zone bands need).
 * @example distanceMiles({ lat: 39.9612, lon: -82.9988 }, { lat: 34.0522, lon: -118.2437 }) // ≈ 1,987
 */
export function distanceMiles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against h creeping past 1 through rounding for antipodal points.
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
