/**
 * Names people use for time zones ("Pacific Time (Los Angeles)", "Heure du Pacifique (Los Angeles)")
 * for the IANA ids the app stores (America/Los_Angeles). The US zones a warehouse can be in — every zone
 * of the bundled ZIP data, a test keeps the two in step — have hand-written names in English and French,
 * so the picker reads the same on every machine; any other zone the runtime knows gets the runtime's own
 * generic name (Intl), which is good enough for a warehouse outside the usual places.
 */
import type { Lang } from '../i18n/lang';
import { isValidTimeZone } from './zoneNames';

/** Clock families of the US zones: zones of one family keep the same clock today (checked by a test). */
const FAMILY_NAMES = {
  eastern: { en: 'Eastern Time', fr: 'Heure de l’Est' },
  central: { en: 'Central Time', fr: 'Heure du Centre' },
  mountain: { en: 'Mountain Time', fr: 'Heure des Rocheuses' },
  arizona: { en: 'Mountain Time, no daylight saving', fr: 'Heure des Rocheuses, sans heure d’été' },
  pacific: { en: 'Pacific Time', fr: 'Heure du Pacifique' },
  alaska: { en: 'Alaska Time', fr: 'Heure de l’Alaska' },
  hawaiiAleutian: { en: 'Hawaii-Aleutian Time', fr: 'Heure d’Hawaï-Aléoutiennes' },
  hawaii: { en: 'Hawaii Time', fr: 'Heure d’Hawaï' },
  atlantic: { en: 'Atlantic Time', fr: 'Heure de l’Atlantique' },
  chamorro: { en: 'Chamorro Time', fr: 'Heure des Chamorro' },
  samoa: { en: 'Samoa Time', fr: 'Heure des Samoa' },
} as const;
export type ZoneFamily = keyof typeof FAMILY_NAMES;

/**
 * Every zone the bundled ZIP codes use (the majority zone of a ZIP3 or a ZIP's own), the family's
 * reference zone first, in the order a US manager reads the map (east to west, then the territories).
 */
export const US_TIME_ZONES: readonly { id: string; family: ZoneFamily }[] = [
  { id: 'America/New_York', family: 'eastern' },
  { id: 'America/Detroit', family: 'eastern' },
  { id: 'America/Indiana/Indianapolis', family: 'eastern' },
  { id: 'America/Indiana/Marengo', family: 'eastern' },
  { id: 'America/Indiana/Petersburg', family: 'eastern' },
  { id: 'America/Indiana/Vevay', family: 'eastern' },
  { id: 'America/Indiana/Vincennes', family: 'eastern' },
  { id: 'America/Indiana/Winamac', family: 'eastern' },
  { id: 'America/Kentucky/Louisville', family: 'eastern' },
  { id: 'America/Kentucky/Monticello', family: 'eastern' },
  { id: 'America/Toronto', family: 'eastern' },
  { id: 'America/Chicago', family: 'central' },
  { id: 'America/Indiana/Knox', family: 'central' },
  { id: 'America/Indiana/Tell_City', family: 'central' },
  { id: 'America/Menominee', family: 'central' },
  { id: 'America/North_Dakota/Beulah', family: 'central' },
  { id: 'America/North_Dakota/Center', family: 'central' },
  { id: 'America/North_Dakota/New_Salem', family: 'central' },
  { id: 'America/Winnipeg', family: 'central' },
  { id: 'America/Denver', family: 'mountain' },
  { id: 'America/Boise', family: 'mountain' },
  { id: 'America/Phoenix', family: 'arizona' },
  { id: 'America/Los_Angeles', family: 'pacific' },
  { id: 'America/Anchorage', family: 'alaska' },
  { id: 'America/Juneau', family: 'alaska' },
  { id: 'America/Metlakatla', family: 'alaska' },
  { id: 'America/Nome', family: 'alaska' },
  { id: 'America/Sitka', family: 'alaska' },
  { id: 'America/Yakutat', family: 'alaska' },
  { id: 'America/Adak', family: 'hawaiiAleutian' },
  { id: 'Pacific/Honolulu', family: 'hawaii' },
  { id: 'America/Puerto_Rico', family: 'atlantic' },
  { id: 'America/St_Thomas', family: 'atlantic' },
  { id: 'Pacific/Guam', family: 'chamorro' },
  { id: 'Pacific/Saipan', family: 'chamorro' },
  { id: 'Pacific/Pago_Pago', family: 'samoa' },
];

/**
 * Larger cities of each family, for search only: a manager in Reno types "reno", not "los angeles".
 * Shown nowhere, so a short list is enough.
 */
const FAMILY_CITIES: Partial<Record<ZoneFamily, string>> = {
  eastern:
    'Atlanta Boston Charlotte Columbus Miami Philadelphia Pittsburgh Washington Orlando Tampa Cleveland Baltimore',
  central:
    'Dallas Houston Austin San Antonio Memphis Nashville Minneapolis Kansas City St Louis New Orleans Milwaukee Oklahoma City',
  mountain: 'Salt Lake City Albuquerque El Paso Colorado Springs Cheyenne Billings',
  arizona: 'Tucson Mesa Scottsdale',
  pacific: 'Seattle Portland San Francisco San Diego San Jose Sacramento Las Vegas Reno Fresno Spokane',
};
const FAMILY_REFERENCE: Partial<Record<ZoneFamily, string>> = {
  eastern: 'America/New_York',
  central: 'America/Chicago',
  mountain: 'America/Denver',
  arizona: 'America/Phoenix',
  pacific: 'America/Los_Angeles',
};

const REGION_NAMES: Record<string, { en: string; fr: string }> = {
  Indiana: { en: 'Indiana', fr: 'Indiana' },
  Kentucky: { en: 'Kentucky', fr: 'Kentucky' },
  North_Dakota: { en: 'North Dakota', fr: 'Dakota du Nord' },
};

const US_BY_ID: ReadonlyMap<string, ZoneFamily> = new Map(US_TIME_ZONES.map((z) => [z.id, z.family]));

/**
 * The place an IANA id is named after, as people write it.
 * @example zoneCity('America/Los_Angeles', 'en') // 'Los Angeles'
 * @example zoneCity('America/North_Dakota/New_Salem', 'fr') // 'New Salem, Dakota du Nord'
 */
export function zoneCity(id: string, lang: Lang): string {
  const parts = id.split('/');
  const city = parts[parts.length - 1]!.replace(/_/g, ' ');
  if (parts.length < 3) return city;
  const region = parts[parts.length - 2]!;
  return `${city}, ${REGION_NAMES[region]?.[lang] ?? region.replace(/_/g, ' ')}`;
}

const genericCache = new Map<string, string>();

/** The runtime's generic name of a zone ("Central European Time"), or '' when it has none. */
function intlGenericName(id: string, lang: Lang): string {
  const key = `${lang}|${id}`;
  let name = genericCache.get(key);
  if (name === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(lang, { timeZone: id, timeZoneName: 'longGeneric' }).formatToParts(0);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
      // A name that is only an offset ("GMT+03:00") says nothing the id does not.
      if (/^(GMT|UTC)([+−-]|$)/.test(name)) name = '';
      // The name opens a list entry: French writes it in lower case ("heure normale…"), so capitalise.
      if (name) name = name.charAt(0).toUpperCase() + name.slice(1);
    } catch {
      name = '';
    }
    genericCache.set(key, name);
  }
  return name;
}

/**
 * "Pacific Time (Los Angeles)": the zone's name and its place, in the language; the IANA id itself
 * when neither the US list nor the runtime names it.
 * @example zoneLabel('America/Los_Angeles', 'en') // 'Pacific Time (Los Angeles)'
 * @example zoneLabel('America/Los_Angeles', 'fr') // 'Heure du Pacifique (Los Angeles)'
 */
export function zoneLabel(id: string, lang: Lang): string {
  const family = US_BY_ID.get(id);
  const name = family ? FAMILY_NAMES[family][lang] : intlGenericName(id, lang);
  if (!name) return id;
  if (!id.includes('/')) return `${name} (${id})`;
  return `${name} (${zoneCity(id, lang)})`;
}

export interface ZoneOption {
  /** The IANA id, stored exactly as chosen. */
  id: string;
  label: string;
  /** The US zones first, then every other zone the runtime knows. */
  group: 'us' | 'other';
  /** Lower-case text the search matches: both languages' names, the place, the id, larger cities. */
  search: string;
}

/** Lower case without accents, so "heure de l'est" finds "Heure de l’Est". */
export function searchText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/_/g, ' ')
    .toLowerCase();
}

function optionOf(id: string, group: ZoneOption['group'], lang: Lang): ZoneOption {
  const family = US_BY_ID.get(id);
  const words = [
    zoneLabel(id, 'en'),
    zoneLabel(id, 'fr'),
    id,
    family && FAMILY_REFERENCE[family] === id ? (FAMILY_CITIES[family] ?? '') : '',
  ];
  return { id, label: zoneLabel(id, lang), group, search: searchText(words.join(' ')) };
}

/**
 * The picker's list: the US zones, then (when the runtime can list them) every other IANA zone, and
 * `keep` — the value already stored — when it is in neither, so a plan's zone is never lost from view.
 * @example zoneOptions('en')[0] // { id: 'America/New_York', label: 'Eastern Time (New York)', group: 'us', … }
 */
export function zoneOptions(lang: Lang, keep?: string): ZoneOption[] {
  const out = US_TIME_ZONES.map((z) => optionOf(z.id, 'us', lang));
  const seen = new Set(out.map((o) => o.id));
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const others = supported.filter((id) => !seen.has(id)).map((id) => optionOf(id, 'other', lang));
  others.sort((a, b) => a.label.localeCompare(b.label, lang));
  for (const o of others) seen.add(o.id);
  if (keep && !seen.has(keep) && isValidTimeZone(keep)) out.push(optionOf(keep, 'other', lang));
  return out.concat(others);
}

/**
 * Whether an option matches what the user typed: every word typed appears in its names, place or id.
 * @example zoneMatches(zoneOptions('en')[22]!, 'los') // true (Pacific Time (Los Angeles))
 */
export function zoneMatches(option: ZoneOption, typed: string): boolean {
  const words = searchText(typed)
    .split(/[\s/,()]+/)
    .filter(Boolean);
  return words.every((w) => option.search.includes(w));
}
