/**
 * The city of a ZIP code ("89502" → "Reno"), for the hints where a user types a ZIP. Read from
 * resources/geo/cities.json (format in resources/geo/cityBuild.ts). Kept out of loadGeo() so only the
 * code that shows a hint bundles it (the main process), not the renderer or the engine's worker.
 * Decoded lazily, one ZIP3 at a time, and cached.
 */
import citiesData from '../../resources/geo/cities.json';

interface CitiesFile {
  format: string;
  names: string;
  byZip3: Record<string, string>;
}

let names: string[] | undefined;
const decoded = new Map<string, { main: string; slots: string[] } | null>();

function zip3Cities(zip3: string): { main: string; slots: string[] } | null {
  let hit = decoded.get(zip3);
  if (hit !== undefined) return hit;
  const data = citiesData as CitiesFile;
  if (data.format !== 'city-runs-v1') throw new Error(`resources/geo/cities.json: unknown format ${data.format}`);
  names ??= data.names.split('|');
  const text = Object.prototype.hasOwnProperty.call(data.byZip3, zip3) ? data.byZip3[zip3] : undefined;
  if (text === undefined) hit = null;
  else {
    const [main, runs] = text.split(';') as [string, string];
    const slots: string[] = [];
    for (const run of runs.split(',')) {
      const [idx, length] = run.split('*');
      const name = names[parseInt(idx!, 36)]!;
      for (let i = 0; i < Number(length ?? 1); i++) slots.push(name);
    }
    if (slots.length !== 100)
      throw new Error(`resources/geo/cities.json: ZIP3 ${zip3} covers ${slots.length} ZIP codes, not 100`);
    hit = { main: names[parseInt(main, 36)]!, slots };
  }
  decoded.set(zip3, hit);
  return hit;
}

/**
 * City of an existing 5-digit ZIP code (check it exists first: codes that do not exist share a
 * neighbour's city in the table), or null when the prefix is unknown.
 * @example cityOfZip('89502') // 'Reno'
 */
export function cityOfZip(zip: string): string | null {
  if (!/^\d{5}$/.test(zip)) return null;
  return zip3Cities(zip.slice(0, 3))?.slots[Number(zip.slice(3))] ?? null;
}

/**
 * The city holding most of a ZIP3's residents (the prefix's best-known place), or null.
 * @example mainCityOfZip3('432') // 'Columbus'
 */
export function mainCityOfZip3(zip3: string): string | null {
  if (!/^\d{3}$/.test(zip3)) return null;
  return zip3Cities(zip3)?.main ?? null;
}
