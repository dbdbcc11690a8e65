/**
 * USPS service standards (PostalPro's flat files) as transit overrides: one row per 3-digit origin ×
 * destination (3-digit, or 5-digit in the supplement) × product, with its standard in days.
 *
 * USPS has published these files with different column names and delimiters over the years, so the
 * layout is recognised by its header (comma, tab or pipe; names matched ignoring case, spaces, `-`
 * and `_`): origin (`origin_zip3`, `orig_zip`, `origin`…), destination (`dest_zip3`, `dest_zip5`,
 * `destination`…), product (`mail_class`, `product`…) and days (`service_standard`, `days`…).
 * Only the rows from the plan's origin are kept: a national file is read streamed, never held (on the
 * import framework's line stream, shared/imports/framework.ts, with its caps and its one error shape).
 * Products ShipWeek does not model (First-Class Mail letters, Marketing Mail, Periodicals…) are
 * counted, not refused. USPS counts neither Sundays nor holidays as transit days (since 2025), which
 * is how the engine counts a USPS service's business days, so the standard is taken as is.
 *
 * All or nothing: a bad row of the plan's origin refuses the file, with row, field and why (rows of
 * other origins are not checked beyond their origin). A destination given twice with different days
 * for one product is a conflict; the same figure twice is read once.
 */
import type { ServiceId } from '../domain/carrier';
import type { TransitOverride } from '../domain/settings';
import type { GeoData } from '../geo/index';
import {
  createLineStream,
  formatImportError,
  importErrorMaker,
  listFound,
  type ImportError,
} from '../imports/framework';
import { englishTextsOf, type MessageKey } from '../i18n/catalogue';

/** A problem of a USPS or UPS transit file (`row`: the line, or the UPS response): the imports' one shape. */
export type TransitFileError = ImportError;

export interface UspsStandardsSummary {
  rows: number;
  /** Rows from the plan's origin(s). */
  originRows: number;
  /** Rows of the origin for products ShipWeek does not model, by product as written. */
  otherProducts: Record<string, number>;
  /** Overrides read, by destination length. */
  zip3: number;
  zip5: number;
  /** Rows repeating a figure already read. */
  repeats: number;
  origins: string[];
}

export type UspsStandardsResult =
  | { ok: true; overrides: TransitOverride[]; summary: UspsStandardsSummary }
  | { ok: false; errors: TransitFileError[]; totalErrors: number };

export interface UspsStandardsOptions {
  /** The plan's origin ZIPs (3 or 5 digits): rows from any other origin are skipped. */
  origins: readonly string[];
  geo?: GeoData;
  maxErrors?: number;
  /** Largest accepted number of lines (default 20,000,000: every origin × destination × product). */
  maxRows?: number;
  /** Largest accepted file, in characters read (default 1 GiB, the app's cap on this file). */
  maxBytes?: number;
  /** Longest accepted line (default 64 KiB): a file without line breaks stops there. */
  maxLineLength?: number;
}

export const USPS_STANDARDS_DEFAULTS = {
  maxErrors: 20,
  maxRows: 20_000_000,
  maxBytes: 1024 * 1024 * 1024,
  maxLineLength: 64 * 1024,
} as const;

export const TRANSIT_FILE_MESSAGES_EN: Readonly<Record<string, string>> = englishTextsOf('transitFile.');

const MAX_DAYS = 15;

/** Column names as written in the header, normalised. */
const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');
const ALIASES = {
  origin: [
    'originzip3',
    'origzip3',
    'originzip',
    'origzip',
    'origin',
    'orig',
    'ozip3',
    'ozip',
    'origin3digitzip',
    'originzipcode',
  ],
  dest: [
    'destzip3',
    'destinationzip3',
    'destzip5',
    'destinationzip5',
    'destzip',
    'destinationzip',
    'dest',
    'destination',
    'dzip3',
    'dzip',
    'dest3digitzip',
    'destinationzipcode',
  ],
  product: ['mailclass', 'product', 'mailclassproduct', 'productname', 'class', 'service'],
  days: ['servicestandard', 'servicestandarddays', 'standarddays', 'stddays', 'days', 'deliverydays', 'standard'],
} as const;

/** USPS products as written in the files and on PostalPro, to the services ShipWeek models. */
const PRODUCTS: Record<string, ServiceId> = {
  prioritymail: 'usps-priority-mail',
  priority: 'usps-priority-mail',
  pm: 'usps-priority-mail',
  prioritymailexpress: 'usps-priority-mail-express',
  priorityexpress: 'usps-priority-mail-express',
  pme: 'usps-priority-mail-express',
  express: 'usps-priority-mail-express',
  uspsgroundadvantage: 'usps-ground-advantage',
  groundadvantage: 'usps-ground-advantage',
  ga: 'usps-ground-advantage',
  uga: 'usps-ground-advantage',
};

/** A transit file's problem in the one shape, with its English text. */
export const transitFileError: (
  row: number,
  field: string,
  messageKey: MessageKey,
  params?: Record<string, string | number>,
) => TransitFileError = importErrorMaker({ english: TRANSIT_FILE_MESSAGES_EN });

/**
 * One line per error, as the CLI prints them (the imports' one form).
 * @example
 * formatTransitFileError(transitFileError(4, 'dest_zip3', 'transitFile.unknownZip', { value: '000' }))
 * // 'row 4, field "dest_zip3": ZIP 000 does not exist'
 */
export const formatTransitFileError: (e: Pick<TransitFileError, 'row' | 'field' | 'message'>) => string =
  formatImportError;

/**
 * A reader fed the file's text in pieces of any size (lines may straddle them).
 * @example
 * const r = createUspsStandardsReader({ origins: ['432'], geo });
 * r.push(text); const result = r.end();
 * // { ok, overrides: [{ serviceId: 'usps-priority-mail', dest: '900', businessDays: 3 }] }
 */
export function createUspsStandardsReader(options: UspsStandardsOptions) {
  const maxErrors = options.maxErrors ?? USPS_STANDARDS_DEFAULTS.maxErrors;
  const maxRows = options.maxRows ?? USPS_STANDARDS_DEFAULTS.maxRows;
  const origins = new Set(options.origins);
  const errors: TransitFileError[] = [];
  let totalErrors = 0;
  let delimiter = '';
  let col: Record<keyof typeof ALIASES, number> | null = null;
  let names: string[] = [];
  let stopped = false;
  const seenOrigins = new Set<string>();
  const summary: UspsStandardsSummary = {
    rows: 0,
    originRows: 0,
    otherProducts: {},
    zip3: 0,
    zip5: 0,
    repeats: 0,
    origins: [...origins],
  };
  const found = new Map<string, { days: number; row: number }>();

  function fail(e: TransitFileError): void {
    totalErrors++;
    if (errors.length < maxErrors) errors.push(e);
  }

  function header(line: string): void {
    delimiter = line.includes('|') ? '|' : line.includes('\t') ? '\t' : ',';
    names = line.split(delimiter).map((n) => n.trim().replace(/^"|"$/g, ''));
    const normalised = names.map(norm);
    const pick = (aliases: readonly string[]) => {
      for (const a of aliases) {
        const i = normalised.indexOf(a);
        if (i >= 0) return i;
      }
      return -1;
    };
    const c = {
      origin: pick(ALIASES.origin),
      dest: pick(ALIASES.dest),
      product: pick(ALIASES.product),
      days: pick(ALIASES.days),
    };
    if (Object.values(c).some((i) => i < 0) || new Set(Object.values(c)).size < 4) {
      fail(transitFileError(1, '', 'transitFile.usps.unknownLayout', { found: listFound(names) }));
      stopped = true;
      return;
    }
    col = c;
  }

  function line(text: string, row: number): void {
    if (stopped) return;
    if (row === 1) return header(text);
    if (text.trim() === '') return;
    summary.rows++;
    if (summary.rows > maxRows) {
      fail(transitFileError(0, '', 'transitFile.tooManyRows', { limit: maxRows }));
      stopped = true;
      return;
    }
    const cells = text.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    const c = col!;
    const origin = cells[c.origin] ?? '';
    if (seenOrigins.size < 5) seenOrigins.add(origin);
    if (!origins.has(origin)) return;
    summary.originRows++;
    const productText = cells[c.product] ?? '';
    const serviceId = PRODUCTS[norm(productText).replace(/^usps/, '')] ?? PRODUCTS[norm(productText)];
    if (!serviceId) {
      summary.otherProducts[productText] = (summary.otherProducts[productText] ?? 0) + 1;
      return;
    }
    const destText = cells[c.dest] ?? '';
    const destField = names[c.dest]!;
    if (/^[=+\-@]/.test(destText))
      return fail(transitFileError(row, destField, 'transitFile.formula', { value: destText }));
    if (!/^\d{3}(\d{2})?$/.test(destText))
      return fail(transitFileError(row, destField, 'transitFile.badZip', { value: destText }));
    if (options.geo && !(destText.length === 3 ? options.geo.byZip3.has(destText) : options.geo.lookup(destText))) {
      return fail(transitFileError(row, destField, 'transitFile.unknownZip', { value: destText }));
    }
    const daysText = cells[c.days] ?? '';
    const days = /^\d{1,2}$/.test(daysText) ? Number(daysText) : NaN;
    if (!(days >= 0 && days <= MAX_DAYS))
      return fail(transitFileError(row, names[c.days]!, 'transitFile.badDays', { value: daysText }));
    const key = `${serviceId}|${destText}`;
    const earlier = found.get(key);
    if (earlier) {
      if (earlier.days === days) summary.repeats++;
      else
        fail(
          transitFileError(row, names[c.days]!, 'transitFile.conflict', {
            service: serviceId,
            dest: destText,
            days: earlier.days,
            otherRow: earlier.row,
          }),
        );
      return;
    }
    found.set(key, { days, row });
  }

  // Cells are not quoted in USPS's files, so a line is never continued by the next one.
  const stream = createLineStream({
    maxBytes: options.maxBytes ?? USPS_STANDARDS_DEFAULTS.maxBytes,
    maxLineLength: options.maxLineLength ?? USPS_STANDARDS_DEFAULTS.maxLineLength,
    line,
    refuse: (row, problem, params) => {
      fail(
        transitFileError(
          row,
          '',
          problem === 'tooLarge' ? 'transitFile.tooLarge' : 'transitFile.usps.lineTooLong',
          params,
        ),
      );
      stopped = true;
    },
  });

  return {
    push(text: string): void {
      stream.push(text);
    },
    end(): UspsStandardsResult {
      stream.end();
      if (stream.rows === 0 && totalErrors === 0) fail(transitFileError(0, '', 'transitFile.empty'));
      if (totalErrors === 0 && found.size === 0) {
        fail(
          transitFileError(0, '', 'transitFile.noRowsForOrigin', {
            origins: [...origins].join(', '),
            seen: [...seenOrigins].join(', '),
          }),
        );
      }
      if (totalErrors > 0) return { ok: false, errors, totalErrors };
      const overrides = [...found].map(([key, v]) => {
        const [serviceId, dest] = key.split('|') as [ServiceId, string];
        return { serviceId, dest, businessDays: v.days };
      });
      summary.zip3 = overrides.filter((o) => o.dest.length === 3).length;
      summary.zip5 = overrides.length - summary.zip3;
      return { ok: true, overrides, summary };
    },
  };
}

/** The whole text at once (tests, small files). */
export function parseUspsStandards(text: string, options: UspsStandardsOptions): UspsStandardsResult {
  const r = createUspsStandardsReader(options);
  r.push(text);
  return r.end();
}
