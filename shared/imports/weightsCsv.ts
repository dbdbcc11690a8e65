/**
 * Import of destination weights (CSV): where the orders go, by ZIP3 or ZIP5, to weight the simulation
 * instead of population (settings `destinationWeights: { source: 'custom', byZip }`).
 *
 * Format: a header row naming a ZIP column and a weight column (any order, any case; extra columns are
 * ignored, as order exports carry more), then one row per destination:
 *
 *   zip,weight
 *   432,120
 *   90001,35.5
 *
 * - ZIP column: `zip`, `zip3`, `zip5`, `zip_code`, `postal_code` or `ship_postal_code`; each cell is a
 *   ZIP3 or a ZIP5 whatever the column is called (ZIP+4 is read as its ZIP5).
 * - Weight column: `weight`, `orders` or `share`: a number ≥ 0 (orders, units or percentages — only
 *   the ratios matter, the simulation normalises them).
 * - The same ZIP on several rows is SUMMED: an order export lists a ZIP once per order or per ZIP+4,
 *   and every one of those rows is demand. (ZIP3 "432" and ZIP5 "43215" stay two entries; the
 *   simulation adds them up in ZIP3 432.)
 * - ZIPs that exist but lie outside the 48 states + DC are kept; the simulation leaves them out and
 *   says how many it left out.
 *
 * All or nothing: one bad row rejects the whole file, with errors that name the row (spreadsheet row,
 * header = row 1), the field and the reason. Size caps are checked before any parsing.
 */
import { MAX_WEIGHT, type DestinationWeights } from '../domain/settings';
import {
  createIssueCollector,
  formatImportError,
  isFormulaCell,
  quoteCell,
  readCsvTable,
  type ImportError,
} from './framework';
import type { GeoData } from '../geo';
import { englishTextsOf, type CodeUnder } from '../i18n/catalogue';

/** A weights-CSV problem: the imports' one error shape (framework.ts), keys `geo.weightsCsv.*`. */
export type WeightsCsvError = ImportError;

export type WeightsCsvResult =
  | { ok: true; weights: Extract<DestinationWeights, { source: 'custom' }>; /** distinct ZIPs */ count: number }
  | {
      ok: false;
      errors: WeightsCsvError[];
      /** all errors found, including those left out of `errors` */ totalErrors: number;
    };

export interface WeightsCsvOptions {
  /** Largest accepted file, in UTF-8 bytes (default 4 MB). */
  maxBytes?: number;
  /** Largest accepted number of data rows (default 200,000: every ZIP5 is ~41,000, order exports repeat ZIPs). */
  maxRows?: number;
  /** Errors returned in full (default 20); the rest are only counted. */
  maxErrors?: number;
  /** When given, ZIPs must exist in the data (ZIP3 prefix, or ZIP5). */
  geo?: GeoData;
}

export const WEIGHTS_CSV_DEFAULTS = { maxBytes: 4 * 1024 * 1024, maxRows: 200_000, maxErrors: 20 } as const;

/** Larger weights are typing accidents (no ZIP gets a trillion orders); the settings schema's own cap. */
export { MAX_WEIGHT };

const COLUMN_ALIASES: Record<'zip' | 'weight', readonly string[]> = {
  zip: ['zip', 'zip3', 'zip5', 'zip_code', 'postal_code', 'ship_postal_code'],
  weight: ['weight', 'orders', 'share'],
};

const EN_TEXT = englishTextsOf('geo.weightsCsv.');

const quoted = quoteCell;

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const isFormula = (value: string) => isFormulaCell(value);

/**
 * Parses a destination-weights CSV, or explains every problem.
 * @example
 * parseWeightsCsv('zip,orders\n432,120\n90001,35\n432,30\n')
 * // { ok: true, count: 2, weights: { source: 'custom', byZip: { '432': 150, '90001': 35 } } }
 * @example
 * parseWeightsCsv('zip,weight\n1001,-2\n')
 * // { ok: false, totalErrors: 2, errors: [
 * //   { row: 2, field: 'zip',
 * //     message: '"1001" looks like a ZIP that lost its leading zero; write it as text: "01001"', ... },
 * //   { row: 2, field: 'weight', message: '"-2" is negative; a weight is 0 or more', ... }] }
 */
export function parseWeightsCsv(text: string, options: WeightsCsvOptions = {}): WeightsCsvResult {
  const maxBytes = options.maxBytes ?? WEIGHTS_CSV_DEFAULTS.maxBytes;
  const maxRows = options.maxRows ?? WEIGHTS_CSV_DEFAULTS.maxRows;
  const maxErrors = options.maxErrors ?? WEIGHTS_CSV_DEFAULTS.maxErrors;
  const issues = createIssueCollector({
    keyOf: (code: CodeUnder<'geo.weightsCsv'>) => `geo.weightsCsv.${code}`,
    english: EN_TEXT,
    maxErrors,
  });
  const fail = issues.fail;
  const result = (): WeightsCsvResult => issues.refusal();

  // Caps, BOM, split and header: the framework's skeleton (framework.ts).
  const table = readCsvTable(text, { maxBytes, maxRows, columns: COLUMN_ALIASES }, issues);
  if (!table) return result();
  const { rows } = table;

  const byZip = new Map<string, number>();
  for (const record of rows) {
    const { row } = record;
    const cell = (column: keyof typeof COLUMN_ALIASES) => table.cell(record, column);

    let zip: string | undefined;
    const rawZip = cell('zip');
    if (rawZip === '') fail(row, 'zip', 'missingField');
    else if (isFormula(rawZip)) fail(row, 'zip', 'formula', { value: quoted(rawZip) });
    else {
      // ZIP+4 ("43215-1234") is read as its ZIP5.
      const value = /^\d{4,5}-\d{4}$/.test(rawZip) ? rawZip.slice(0, rawZip.indexOf('-')) : rawZip;
      if (/^\d{3}$/.test(value) || /^\d{5}$/.test(value)) {
        const exists =
          !options.geo || (value.length === 3 ? options.geo.byZip3.has(value) : options.geo.zip5Exists(value));
        if (exists) zip = value;
        else fail(row, 'zip', 'unknownZip', { value });
      } else if (/^\d{4}$/.test(value)) {
        // Spreadsheets read 01001 as the number 1001.
        fail(row, 'zip', 'lostLeadingZero', { value: quoted(rawZip), fixed: `0${value}` });
      } else if (/^\d{1,2}$/.test(value)) {
        // ... and the ZIP3 006 (Puerto Rico) or 010 (Massachusetts) as 6 or 10.
        fail(row, 'zip', 'lostLeadingZero', { value: quoted(rawZip), fixed: value.padStart(3, '0') });
      } else fail(row, 'zip', 'badZip', { value: quoted(rawZip) });
    }

    let weight: number | undefined;
    const rawWeight = cell('weight');
    if (rawWeight === '') fail(row, 'weight', 'missingField');
    else if (isFormula(rawWeight)) fail(row, 'weight', 'formula', { value: quoted(rawWeight) });
    else if (/^-/.test(rawWeight) && NUMBER.test(rawWeight.slice(1))) {
      // -0 is zero, not negative.
      if (Number(rawWeight.slice(1)) === 0) weight = 0;
      else fail(row, 'weight', 'negativeWeight', { value: quoted(rawWeight) });
    } else if (NUMBER.test(rawWeight)) {
      const n = Number(rawWeight);
      if (n <= MAX_WEIGHT) weight = n;
      else fail(row, 'weight', 'weightTooLarge', { value: quoted(rawWeight), max: MAX_WEIGHT });
    } else if (/^-?[\d.]+(,[\d.]+)+$/.test(rawWeight)) {
      fail(row, 'weight', 'commaInNumber', { value: quoted(rawWeight) });
    } else fail(row, 'weight', 'badWeight', { value: quoted(rawWeight) });

    if (zip === undefined || weight === undefined) continue;
    byZip.set(zip, (byZip.get(zip) ?? 0) + weight);
  }
  if (issues.total > 0) return result();

  if ([...byZip.values()].every((w) => w === 0)) {
    // The simulation would fall back to population without a word: say so now, while the file is at hand.
    fail(0, 'weight', 'allZero');
    return result();
  }
  return { ok: true, weights: { source: 'custom', byZip: Object.fromEntries(byZip) }, count: byZip.size };
}

/** Every i18n key this module can produce, with its English text (the messages files mirror them). */
export const WEIGHTS_CSV_MESSAGES_EN: Readonly<Record<string, string>> = EN_TEXT;

/**
 * One line per error, as the CLI and logs show them (the framework's `formatImportError`).
 * @example formatWeightsCsvError({ row: 3, field: 'weight', message: '"-2" is negative; a weight is 0 or more', ... })
 * // 'row 3, field "weight": "-2" is negative; a weight is 0 or more'
 */
export const formatWeightsCsvError: (error: Pick<WeightsCsvError, 'row' | 'field' | 'message'>) => string =
  formatImportError;
