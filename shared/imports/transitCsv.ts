/**
 * Import of a carrier time-in-transit table (CSV) as transit overrides.
 *
 * Format: a header row naming the columns `dest`, `service` and `business_days` (any order, any case;
 * extra columns are ignored, as carrier exports carry more), then one row per destination and service:
 *
 *   dest,service,business_days
 *   432,UPS Ground,1
 *   90001,ups-ground,5
 *
 * All or nothing: one bad row rejects the whole file, with errors that name the row (spreadsheet row,
 * header = row 1), the field and the reason. Size caps are checked before any parsing.
 */
import { SERVICE_IDS, type ServiceId } from '../domain/carrier';
import type { TransitOverride } from '../domain/settings';
import { SERVICES } from '../catalog/services';
import { normaliseCsvName } from './csv';
import { createIssueCollector, formatImportError, quoteCell, readCsvTable, type ImportError } from './framework';
import type { GeoData } from '../geo';
import { englishTextsOf, type CodeUnder } from '../i18n/catalogue';

/** A transit-CSV problem: the imports' one error shape (framework.ts), keys `geo.transitCsv.*`. */
export type TransitCsvError = ImportError;

export type TransitCsvResult =
  | { ok: true; overrides: TransitOverride[] }
  | {
      ok: false;
      errors: TransitCsvError[];
      /** all errors found, including those left out of `errors` */ totalErrors: number;
    };

export interface TransitCsvOptions {
  /** Largest accepted file, in UTF-8 bytes (default 4 MB). */
  maxBytes?: number;
  /** Largest accepted number of data rows (default 100,000: every ZIP3 x every service is ~12,500). */
  maxRows?: number;
  /** Errors returned in full (default 20); the rest are only counted. */
  maxErrors?: number;
  /** When given, destinations must exist in the data (ZIP3 prefix, or ZIP5). */
  geo?: GeoData;
}

export const TRANSIT_CSV_DEFAULTS = { maxBytes: 4 * 1024 * 1024, maxRows: 100_000, maxErrors: 20 } as const;

const MAX_BUSINESS_DAYS = 15;

const COLUMN_ALIASES: Record<'dest' | 'service' | 'business_days', readonly string[]> = {
  dest: ['dest', 'destination', 'zip', 'dest_zip', 'destination_zip'],
  service: ['service', 'service_id', 'serviceid'],
  business_days: ['business_days', 'businessdays', 'days', 'transit_days', 'transit'],
};

const EN_TEXT = englishTextsOf('geo.transitCsv.');

const quoted = quoteCell;

/** Case, spaces, hyphens, underscores and dots don't matter ("UPS Ground" = "ups-ground"); anything else does. */
const normalise = normaliseCsvName;

/** Friendly name -> service id: ids, catalog names ("UPS Ground") and names without the carrier prefix. */
const SERVICE_NAMES: ReadonlyMap<string, ServiceId | 'ambiguous'> = (() => {
  const map = new Map<string, ServiceId | 'ambiguous'>();
  const add = (name: string, id: ServiceId) => {
    const key = normalise(name);
    if (!key) return;
    const prev = map.get(key);
    map.set(key, prev === undefined || prev === id ? id : 'ambiguous');
  };
  for (const id of SERVICE_IDS) {
    add(id, id);
    add(SERVICES[id].name, id);
  }
  // Without the carrier prefix ("Priority Mail", "2Day"); "Ground" stays ambiguous between carriers.
  for (const id of SERVICE_IDS) add(SERVICES[id].name.replace(/^(UPS|FedEx|USPS)\s+/i, ''), id);
  return map;
})();

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * Resolves a service id or friendly name ("UPS Ground", "fedex-2day", "Priority Mail").
 * @example resolveServiceName('UPS Ground') // { id: 'ups-ground' }
 * @example resolveServiceName('UPS Grnd') // { suggestion: 'UPS Ground' }
 */
export function resolveServiceName(
  value: string,
  options: { suggest?: boolean } = {},
): { id: ServiceId } | { ambiguous: ServiceId[] } | { suggestion?: string } {
  const key = normalise(value);
  const hit = SERVICE_NAMES.get(key);
  if (hit === 'ambiguous') {
    return { ambiguous: SERVICE_IDS.filter((id) => normalise(SERVICES[id].name).endsWith(key)) };
  }
  if (hit) return { id: hit };
  // The typo search is quadratic in the cell's length: skip it for cells no service name resembles
  // (a 3 MB cell took seconds) and when the caller will not show the message anyway.
  if (options.suggest === false || key.length > MAX_SUGGEST_LENGTH) return {};
  let best: ServiceId | undefined;
  let bestDistance = Infinity;
  for (const id of SERVICE_IDS) {
    const d = Math.min(editDistance(key, normalise(SERVICES[id].name)), editDistance(key, normalise(id)));
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  // A suggestion only for near misses (typos), not for unrelated words.
  return best !== undefined && key.length > 0 && bestDistance <= Math.max(2, Math.floor(key.length / 4))
    ? { suggestion: SERVICES[best].name }
    : {};
}

/** No service name or id is longer than this; longer cells get no "did you mean". */
const MAX_SUGGEST_LENGTH = 40;

/**
 * Parses a time-in-transit CSV into transit overrides, or explains every problem.
 * @example
 * parseTransitCsv('dest,service,business_days\n432,UPS Ground,1\n')
 * // { ok: true, overrides: [{ serviceId: 'ups-ground', dest: '432', businessDays: 1 }] }
 * @example
 * parseTransitCsv('dest,service,business_days\n432,UPS Grnd,1\n')
 * // { ok: false, totalErrors: 1, errors: [{ row: 2, field: 'service',
 * //   message: 'unknown service "UPS Grnd" (did you mean "UPS Ground"?)', ... }] }
 */
export function parseTransitCsv(text: string, options: TransitCsvOptions = {}): TransitCsvResult {
  const maxBytes = options.maxBytes ?? TRANSIT_CSV_DEFAULTS.maxBytes;
  const maxRows = options.maxRows ?? TRANSIT_CSV_DEFAULTS.maxRows;
  const maxErrors = options.maxErrors ?? TRANSIT_CSV_DEFAULTS.maxErrors;
  const issues = createIssueCollector({
    keyOf: (code: CodeUnder<'geo.transitCsv'>) => `geo.transitCsv.${code}`,
    english: EN_TEXT,
    maxErrors,
  });
  const fail = issues.fail;
  const result = (): TransitCsvResult => issues.refusal();
  const resolvedServices = new Map<string, ReturnType<typeof resolveServiceName>>();

  // Caps, BOM, split and header: the framework's skeleton (framework.ts).
  const table = readCsvTable(text, { maxBytes, maxRows, columns: COLUMN_ALIASES }, issues);
  if (!table) return result();
  const { rows } = table;

  const overrides: TransitOverride[] = [];
  const seen = new Map<string, { row: number; days: number }>();
  for (const record of rows) {
    const { row } = record;
    const cell = (column: keyof typeof COLUMN_ALIASES) => table.cell(record, column);

    let dest: string | undefined;
    const rawDest = cell('dest');
    if (rawDest === '') fail(row, 'dest', 'missingField');
    else {
      // ZIP+4 ("43215-1234") is read as its ZIP5.
      const zip = /^\d{5}-\d{4}$/.test(rawDest) ? rawDest.slice(0, 5) : rawDest;
      if (/^\d{3}$/.test(zip) || /^\d{5}$/.test(zip)) {
        const exists = !options.geo || (zip.length === 3 ? options.geo.byZip3.has(zip) : options.geo.zip5Exists(zip));
        if (exists) dest = zip;
        else fail(row, 'dest', 'unknownZip', { value: zip });
      } else if (/^\d{4}$/.test(zip)) {
        fail(row, 'dest', 'lostLeadingZero', { value: quoted(zip), fixed: `0${zip}` });
      } else fail(row, 'dest', 'badZip', { value: quoted(rawDest) });
    }

    let serviceId: ServiceId | undefined;
    const rawService = cell('service');
    if (rawService === '') fail(row, 'service', 'missingField');
    else {
      // Only rows whose errors will be listed need a suggestion; the same cell is resolved once.
      let resolved = resolvedServices.get(rawService);
      if (!resolved) {
        resolved = resolveServiceName(rawService, { suggest: !issues.full });
        resolvedServices.set(rawService, resolved);
      }
      if ('id' in resolved) serviceId = resolved.id;
      else if ('ambiguous' in resolved) {
        fail(row, 'service', 'ambiguousService', {
          value: quoted(rawService),
          choices: resolved.ambiguous.map((id) => SERVICES[id].name).join(', '),
        });
      } else if (resolved.suggestion) {
        fail(row, 'service', 'unknownServiceSuggest', { value: quoted(rawService), suggestion: resolved.suggestion });
      } else fail(row, 'service', 'unknownService', { value: quoted(rawService) });
    }

    let businessDays: number | undefined;
    const rawDays = cell('business_days');
    if (rawDays === '') fail(row, 'business_days', 'missingField');
    else if (/^\d{1,2}$/.test(rawDays) && Number(rawDays) <= MAX_BUSINESS_DAYS) businessDays = Number(rawDays);
    else fail(row, 'business_days', 'badDays', { value: quoted(rawDays), max: MAX_BUSINESS_DAYS });

    if (dest === undefined || serviceId === undefined || businessDays === undefined) continue;
    const key = `${serviceId}|${dest}`;
    const earlier = seen.get(key);
    if (earlier) {
      // The same figure twice is harmless (merged exports); two different figures are a real conflict.
      if (earlier.days !== businessDays) {
        fail(row, 'business_days', 'conflict', {
          service: SERVICES[serviceId].name,
          dest,
          days: earlier.days,
          otherRow: earlier.row,
        });
      }
      continue;
    }
    seen.set(key, { row, days: businessDays });
    overrides.push({ serviceId, dest, businessDays });
  }
  return issues.total > 0 ? result() : { ok: true, overrides };
}

/** Every i18n key this module can produce, with its English text (the messages files mirror them). */
export const TRANSIT_CSV_MESSAGES_EN: Readonly<Record<string, string>> = EN_TEXT;

/**
 * One line per error, as the CLI and logs show them (the framework's `formatImportError`).
 * @example formatTransitCsvError({ row: 14, field: 'service', message: 'unknown service "UPS Grnd"', ... })
 * // 'row 14, field "service": unknown service "UPS Grnd"'
 */
export const formatTransitCsvError: (error: Pick<TransitCsvError, 'row' | 'field' | 'message'>) => string =
  formatImportError;
