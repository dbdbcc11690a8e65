import { type Lang } from '../i18n/lang';
/**
 * US states, DC and the territories present in the ZIP data, with English and French names.
 * Place names are data (proper nouns), so they live in this table rather than in the i18n messages.
 */

export type StateKind = 'contiguous' | 'district' | 'noncontiguous' | 'territory';

export interface StateInfo {
  code: string;
  en: string;
  fr: string;
  kind: StateKind;
}

const table: [code: string, en: string, fr: string, kind: StateKind][] = [
  ['AL', 'Alabama', 'Alabama', 'contiguous'],
  ['AK', 'Alaska', 'Alaska', 'noncontiguous'],
  ['AZ', 'Arizona', 'Arizona', 'contiguous'],
  ['AR', 'Arkansas', 'Arkansas', 'contiguous'],
  ['CA', 'California', 'Californie', 'contiguous'],
  ['CO', 'Colorado', 'Colorado', 'contiguous'],
  ['CT', 'Connecticut', 'Connecticut', 'contiguous'],
  ['DE', 'Delaware', 'Delaware', 'contiguous'],
  ['DC', 'District of Columbia', 'District de Columbia', 'district'],
  ['FL', 'Florida', 'Floride', 'contiguous'],
  ['GA', 'Georgia', 'Géorgie', 'contiguous'],
  ['HI', 'Hawaii', 'Hawaï', 'noncontiguous'],
  ['ID', 'Idaho', 'Idaho', 'contiguous'],
  ['IL', 'Illinois', 'Illinois', 'contiguous'],
  ['IN', 'Indiana', 'Indiana', 'contiguous'],
  ['IA', 'Iowa', 'Iowa', 'contiguous'],
  ['KS', 'Kansas', 'Kansas', 'contiguous'],
  ['KY', 'Kentucky', 'Kentucky', 'contiguous'],
  ['LA', 'Louisiana', 'Louisiane', 'contiguous'],
  ['ME', 'Maine', 'Maine', 'contiguous'],
  ['MD', 'Maryland', 'Maryland', 'contiguous'],
  ['MA', 'Massachusetts', 'Massachusetts', 'contiguous'],
  ['MI', 'Michigan', 'Michigan', 'contiguous'],
  ['MN', 'Minnesota', 'Minnesota', 'contiguous'],
  ['MS', 'Mississippi', 'Mississippi', 'contiguous'],
  ['MO', 'Missouri', 'Missouri', 'contiguous'],
  ['MT', 'Montana', 'Montana', 'contiguous'],
  ['NE', 'Nebraska', 'Nebraska', 'contiguous'],
  ['NV', 'Nevada', 'Nevada', 'contiguous'],
  ['NH', 'New Hampshire', 'New Hampshire', 'contiguous'],
  ['NJ', 'New Jersey', 'New Jersey', 'contiguous'],
  ['NM', 'New Mexico', 'Nouveau-Mexique', 'contiguous'],
  ['NY', 'New York', 'New York', 'contiguous'],
  ['NC', 'North Carolina', 'Caroline du Nord', 'contiguous'],
  ['ND', 'North Dakota', 'Dakota du Nord', 'contiguous'],
  ['OH', 'Ohio', 'Ohio', 'contiguous'],
  ['OK', 'Oklahoma', 'Oklahoma', 'contiguous'],
  ['OR', 'Oregon', 'Oregon', 'contiguous'],
  ['PA', 'Pennsylvania', 'Pennsylvanie', 'contiguous'],
  ['RI', 'Rhode Island', 'Rhode Island', 'contiguous'],
  ['SC', 'South Carolina', 'Caroline du Sud', 'contiguous'],
  ['SD', 'South Dakota', 'Dakota du Sud', 'contiguous'],
  ['TN', 'Tennessee', 'Tennessee', 'contiguous'],
  ['TX', 'Texas', 'Texas', 'contiguous'],
  ['UT', 'Utah', 'Utah', 'contiguous'],
  ['VT', 'Vermont', 'Vermont', 'contiguous'],
  ['VA', 'Virginia', 'Virginie', 'contiguous'],
  ['WA', 'Washington', 'Washington', 'contiguous'],
  ['WV', 'West Virginia', 'Virginie-Occidentale', 'contiguous'],
  ['WI', 'Wisconsin', 'Wisconsin', 'contiguous'],
  ['WY', 'Wyoming', 'Wyoming', 'contiguous'],
  ['PR', 'Puerto Rico', 'Porto Rico', 'territory'],
  ['VI', 'U.S. Virgin Islands', 'Îles Vierges des États-Unis', 'territory'],
  ['GU', 'Guam', 'Guam', 'territory'],
  ['AS', 'American Samoa', 'Samoa américaines', 'territory'],
  ['MP', 'Northern Mariana Islands', 'Îles Mariannes du Nord', 'territory'],
];

/** Every state, DC and territory by 2-letter code. */
export const STATES: Readonly<Record<string, StateInfo>> = Object.freeze(
  Object.fromEntries(table.map(([code, en, fr, kind]) => [code, Object.freeze({ code, en, fr, kind })])),
);

/**
 * The 48 contiguous states plus DC, alphabetical: the area Amazon's SFP nationwide-coverage rule
 * requires standard-size Prime offers to reach.
 */
export const CONTIGUOUS_48_DC: readonly string[] = Object.freeze(
  table
    .filter(([, , , kind]) => kind === 'contiguous' || kind === 'district')
    .map(([code]) => code)
    .sort(),
);

const CONTIGUOUS_SET: ReadonlySet<string> = new Set(CONTIGUOUS_48_DC);

/**
 * Whether a ZIP3 (or anything carrying its state code) lies in the 48 contiguous states + DC — the
 * area Amazon measures nationwide coverage and delivery speed over.
 * @example isContiguousUs(loadGeo().byZip3.get('968')!) // false (Honolulu)
 */
export function isContiguousUs(place: { readonly state: string }): boolean {
  return CONTIGUOUS_SET.has(place.state);
}

/** Alaska and Hawaii: states outside the nationwide-coverage requirement. */
export const NONCONTIGUOUS_STATES: readonly string[] = Object.freeze(['AK', 'HI']);

/** Territories in the ZIP data (not part of the nationwide-coverage requirement). */
export const TERRITORIES: readonly string[] = Object.freeze(
  table
    .filter(([, , , kind]) => kind === 'territory')
    .map(([code]) => code)
    .sort(),
);

/**
 * Display name of a state code in English or French; the code itself when unknown.
 * @example stateName('NC', 'fr') // 'Caroline du Nord'
 */
export function stateName(code: string, lang: Lang = 'en'): string {
  const info = STATES[code];
  return info ? info[lang] : code;
}
