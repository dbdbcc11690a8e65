/**
 * Import of Amazon order reports (the flat files Seller Central offers for download: tab-separated,
 * one row per order item), also when a spreadsheet re-saved them as CSV. Streamed on the import
 * framework's line stream (shared/imports/framework.ts: caps, BOM, line ends, a quoted cell over
 * several lines): the reader is fed text chunks and hands back each data line as soon as it is
 * complete, so a million-row report never sits in memory as one string.
 *
 * - Recognised by its header: it needs an order id (`amazon-order-id` or `order-id`), `purchase-date`
 *   and `ship-postal-code`; columns are matched by name in any order (case, spaces, `-`, `_` and `.`
 *   ignored) and every other column is ignored. Optional: `promise-date` (else `latest-delivery-date`,
 *   else `delivery-end-date`), `latest-ship-date`, `ship-service-level`, `ship-state`, `is-prime`,
 *   `quantity` (or `quantity-purchased`). A layout without the required columns is refused with the
 *   columns expected and the columns found.
 * - Dates are ISO 8601 (isoInstant.ts). A date-time without an offset is read in the marketplace's
 *   time zone (default America/Los_Angeles, the zone amazon.com's Seller Central reports are usually
 *   generated in): an ASSUMPTION, counted and stated in the summary.
 * - A promised delivery *date* is the calendar date as written when the text has a local offset or none;
 *   a UTC time (`Z`, `+00:00`) is first moved to the marketplace zone — Amazon writes end-of-day
 *   deadlines as e.g. `2026-06-16T06:59:59Z`, i.e. 23:59:59 Pacific on the 15th.
 * - One order = one order id: further lines of the same order (more items, or the same line twice)
 *   are counted as duplicate lines; the order keeps its first line's data.
 * - A row that cannot be used (no id, no readable purchase date, a ZIP that is malformed or does not
 *   exist, a formula in a cell we need) is SKIPPED, counted by reason, and the first ones listed with
 *   row and column. Formulas in cells we do not use are ignored; no cell is ever echoed unquoted.
 * - Refused outright (nothing imported): an unknown layout, a file over the size caps, a line over the
 *   line-length cap, an unterminated quoted field, no data rows, or no usable order at all (e.g. every
 *   ZIP unknown).
 */
import { WEEKDAYS } from '../time/dateTime';
import type { GeoData } from '../geo/index';
import { normaliseCsvName } from '../imports/csv';
import {
  createLineStream,
  formatImportError,
  importErrorMaker,
  isFormulaCell,
  quoteCell,
  type ImportError,
} from '../imports/framework';
import { fromLocalMinutes, offsetAt } from '../time/timezone';
import { parseDateTime } from './isoInstant';
import { OrderIdSet } from './orderIdSet';
import { englishTextsOf } from '../i18n/catalogue';

/** A problem with one row or the whole file: the imports' one error shape (shared/imports/framework.ts). */
export type OrderReportError = ImportError;

/** Why a row was skipped (the part of the message key after `orders.report.`). */
export type SkipReason =
  'missingOrderId' | 'missingPurchaseDate' | 'badPurchaseDate' | 'missingZip' | 'badZip' | 'unknownZip' | 'formula';

/** One usable order line, in the engine's units. */
export interface OrderLine {
  /** Spreadsheet row of the line (1 = header). */
  row: number;
  orderId: string;
  /** Purchase instant, epoch minutes (seconds dropped). */
  purchase: number;
  /** Promised delivery date (day number, days since 1970-01-01), or -1 when absent or unreadable. */
  promiseDay: number;
  /** Latest ship date (day number) or -1. */
  latestShipDay: number;
  /** As the report spells it ('' when absent), e.g. 'Standard', 'SecondDay', 'NextDay'. */
  serviceLevel: string;
  /** ZIP5 (ZIP+4 read as its ZIP5). */
  zip: string;
  /** Two-letter state as written ('' when absent). */
  state: string;
  /** From `is-prime`; true when the report has no such column (said in the summary). */
  prime: boolean;
  quantity: number;
}

export interface OrderReportOptions {
  geo: GeoData;
  /** Zone of date-times written without an offset (default America/Los_Angeles). */
  marketplaceTimeZone?: string;
  /** Largest accepted file in characters pushed (≈ bytes for these ASCII files; default 1 GiB). */
  maxBytes?: number;
  /** Largest accepted number of data rows (default 5,000,000). */
  maxRows?: number;
  /** Longest accepted line, in characters (default 64 KiB): a file without line breaks stops there. */
  maxLineLength?: number;
  /** Skipped rows listed in full (default 20); the rest are only counted. */
  maxErrors?: number;
  /** Unknown ZIPs listed (default 50 distinct); the rest are only counted. */
  maxListedZips?: number;
}

export const ORDER_REPORT_DEFAULTS = {
  marketplaceTimeZone: 'America/Los_Angeles',
  maxBytes: 1024 * 1024 * 1024,
  maxRows: 5_000_000,
  maxLineLength: 64 * 1024,
  maxErrors: 20,
  maxListedZips: 50,
} as const;

/** What a whole report contained; the import and the CLI print it. */
export interface OrderReportSummary {
  delimiter: 'tab' | 'comma';
  /** Header names as the file spells them, for each column we read (absent ones left out). */
  columns: Partial<Record<ColumnName, string>>;
  /** Optional columns the file does not have (what we could not read). */
  missingColumns: ColumnName[];
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Distinct orders among the usable lines. */
  orders: number;
  primeOrders: number;
  /** Lines of an order already seen (extra items or repeated lines): counted once per order. */
  duplicateLines: number;
  units: number;
  /** Orders whose promised delivery date could be read. */
  ordersWithPromise: number;
  /** Promise cells present but unreadable (the order is kept, without a promise). */
  badPromiseDates: number;
  /** Earliest and latest purchase instants, ISO UTC, or null without orders. */
  firstPurchase: string | null;
  lastPurchase: string | null;
  skipped: { total: number; byReason: Partial<Record<SkipReason, number>>; examples: OrderReportError[] };
  /** Rows whose ZIP is well formed but not in the US ZIP data, and the first distinct ones. */
  unknownZips: { rows: number; zips: string[] };
  /** Rows with a date-time without an offset, read in `timeZone` (an assumption). */
  assumedTimeZone: { timeZone: string; rows: number } | null;
  /** No `is-prime` column: every order was taken as a Prime order. */
  primeAssumed: boolean;
  /** Prime orders per ZIP5 (the destination weights this report suggests). */
  primeOrdersByZip: Record<string, number>;
  /** Prime orders by customer-local weekday (mon..sun) and hour. */
  primeOrdersByWeekdayHour: number[][];
  /** Prime orders per week over the report's span (at least one week). */
  primeOrdersPerWeek: number;
}

export type OrderReportResult = { ok: true; summary: OrderReportSummary } | { ok: false; errors: OrderReportError[] };

/** Column → accepted header names (normalised with normaliseCsvName). */
const COLUMNS = {
  orderId: ['amazon-order-id', 'order-id'],
  purchaseDate: ['purchase-date'],
  promiseDate: ['promise-date', 'latest-delivery-date', 'delivery-end-date'],
  latestShipDate: ['latest-ship-date'],
  serviceLevel: ['ship-service-level'],
  zip: ['ship-postal-code'],
  state: ['ship-state'],
  isPrime: ['is-prime'],
  quantity: ['quantity', 'quantity-purchased'],
} as const;
export type ColumnName = keyof typeof COLUMNS;
const REQUIRED: readonly ColumnName[] = ['orderId', 'purchaseDate', 'zip'];

const EN_TEXT = englishTextsOf('orders.report.');
const error = importErrorMaker({ english: EN_TEXT });

/** Every i18n key this module can produce, with its English text (the messages files mirror them). */
export const ORDER_REPORT_MESSAGES_EN: Readonly<Record<string, string>> = EN_TEXT;

/** A cell quoted for a message: short, and a formula comes out as text. */
const quoted = quoteCell;

/** What a spreadsheet would evaluate: the imports' one test (shared/imports/framework.ts). */
export const isFormula: (value: string) => boolean = (value) => isFormulaCell(value);

/** A line of only spaces and delimiters: a blank line (spreadsheets write them), not a row. */
function isBlankRecord(line: string, delimiter: string): boolean {
  return line.split(delimiter).every((c) => c.trim() === '');
}

/** A cell of a row, trimmed; '' for a column the report lacks. */
function cellAt(cells: readonly string[], i: number): string {
  return i >= 0 ? (cells[i] ?? '').trim() : '';
}

/** A ZIP5 as a number 0..99999, or -1. */
function zip5Number(s: string): number {
  if (s.length !== 5) return -1;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 't']);

/**
 * A copy of a string that does not keep the chunk it was cut from alive: V8 makes long substrings
 * views into their parent, and a kept order id must not pin a 1 MiB chunk.
 */
const detach = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/**
 * Splits one line (or several, for a quoted cell spanning lines) into cells. CSV: RFC 4180 quoting.
 * TSV: Seller Central does not quote, and product titles hold stray quotes (`12" ruler`), so a quote
 * only opens a quoted cell at the start of a cell, and a line whose quotes do not parse is split on tabs.
 */
export function splitQuoted(text: string, delimiter: string): string[] | 'open' | 'bad' {
  const cells: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) return 'open';
        const j = text.indexOf('"', i);
        if (j < 0) return 'open';
        cell += text.slice(i, j);
        if (text[j + 1] === '"') {
          cell += '"';
          i = j + 2;
          continue;
        }
        i = j + 1;
        break;
      }
      while (text[i] === ' ') i++;
      if (i < n && text[i] !== delimiter) return 'bad';
    } else {
      const j = text.indexOf(delimiter, i);
      const end = j < 0 ? n : j;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i >= n) return cells;
    i++; // the delimiter
    if (i === n) {
      cells.push('');
      return cells;
    }
  }
}

/**
 * The streaming reader. `push` each chunk of text in order and consume the lines it returns; `end`
 * returns the last lines; `result` the summary (or why the whole file is refused). Once refused, the
 * reader ignores further input.
 * @example
 * const r = createOrderReportReader({ geo: loadGeo() });
 * for (const chunk of chunks) for (const line of r.push(chunk)) use(line);
 * for (const line of r.end()) use(line);
 * const outcome = r.result(); // { ok: true, summary: { rows, orders, primeOrders, ... } }
 */
export function createOrderReportReader(options: OrderReportOptions) {
  const geo = options.geo;
  const marketTz = options.marketplaceTimeZone ?? ORDER_REPORT_DEFAULTS.marketplaceTimeZone;
  const maxBytes = options.maxBytes ?? ORDER_REPORT_DEFAULTS.maxBytes;
  const maxRows = options.maxRows ?? ORDER_REPORT_DEFAULTS.maxRows;
  const maxLine = options.maxLineLength ?? ORDER_REPORT_DEFAULTS.maxLineLength;
  const maxErrors = options.maxErrors ?? ORDER_REPORT_DEFAULTS.maxErrors;
  const maxListedZips = options.maxListedZips ?? ORDER_REPORT_DEFAULTS.maxListedZips;
  offsetAt(marketTz, 0); // an unknown zone fails here, before any data

  let fatal: OrderReportError[] | null = null;
  let first = true;
  let delimiter: string | null = null;
  let col: Record<ColumnName, number> | null = null;
  let headerNames: string[] = [];

  const summary: OrderReportSummary = {
    delimiter: 'tab',
    columns: {},
    missingColumns: [],
    rows: 0,
    orders: 0,
    primeOrders: 0,
    duplicateLines: 0,
    units: 0,
    ordersWithPromise: 0,
    badPromiseDates: 0,
    firstPurchase: null,
    lastPurchase: null,
    skipped: { total: 0, byReason: {}, examples: [] },
    unknownZips: { rows: 0, zips: [] },
    assumedTimeZone: null,
    primeAssumed: false,
    primeOrdersByZip: {},
    primeOrdersByWeekdayHour: WEEKDAYS.map(() => new Array<number>(24).fill(0)),
    primeOrdersPerWeek: 0,
  };
  let minPurchase = Infinity;
  let maxPurchase = -Infinity;
  let assumedRows = 0;
  const primeByZip = new Float64Array(100_000);
  const listedZips = new Set<string>();
  const ids = new OrderIdSet();
  // Per ZIP5 (0..99999): 0 not looked up yet, 1 exists, 2 does not; and its time zone.
  const zipState = new Uint8Array(100_000);
  const zipZone: string[] = [];
  // The cells of the columns we read, filled per row (other columns are never cut out).
  let wanted: Uint8Array = new Uint8Array(0);
  let lastWanted = -1;
  const cells: string[] = [];

  const refuse = (e: OrderReportError) => {
    if (!fatal) fatal = [e];
  };
  const skip = (row: number, column: ColumnName, reason: SkipReason, params: Record<string, string | number> = {}) => {
    summary.skipped.total++;
    summary.skipped.byReason[reason] = (summary.skipped.byReason[reason] ?? 0) + 1;
    if (summary.skipped.examples.length < maxErrors)
      summary.skipped.examples.push(error(row, headerNames[col![column]] ?? column, `orders.report.${reason}`, params));
  };

  /** Whether an existing ZIP5 (as a number) is in the data, looked up once per ZIP. */
  function zipExists(zip: string, n: number): boolean {
    let known = zipState[n]!;
    if (known === 0) {
      const exists = geo.zip5Exists(zip);
      known = zipState[n] = exists ? 1 : 2;
      if (exists) zipZone[n] = geo.timeZoneOf(zip) ?? marketTz;
    }
    return known === 1;
  }

  /**
   * Cuts the wanted cells of text[from, to) — a line without a quote — out of it: only the columns
   * we read become strings, up to the last of them.
   */
  function cutCells(text: string, from: number, to: number, delimiter: string): void {
    let start = from;
    for (let col = 0; col <= lastWanted; col++) {
      if (start > to) {
        if (wanted[col]) cells[col] = '';
        continue;
      }
      let end = text.indexOf(delimiter, start);
      if (end < 0 || end > to) end = to;
      if (wanted[col]) cells[col] = text.slice(start, end);
      start = end + 1;
    }
  }

  function readHeader(line: string, row: number): void {
    delimiter = line.includes('\t') ? '\t' : ',';
    summary.delimiter = delimiter === '\t' ? 'tab' : 'comma';
    const cells = splitQuoted(line, delimiter);
    headerNames = (Array.isArray(cells) ? cells : line.split(delimiter)).map((c) => c.trim());
    const names = headerNames.map(normaliseCsvName);
    const found = {} as Record<ColumnName, number>;
    for (const column of Object.keys(COLUMNS) as ColumnName[]) {
      found[column] = -1;
      for (const alias of COLUMNS[column]) {
        const hits = names.flatMap((name, i) => (name === normaliseCsvName(alias) ? [i] : []));
        if (hits.length > 1)
          return refuse(
            error(row, headerNames[hits[1]!]!, 'orders.report.duplicateColumn', {
              column: quoted(headerNames[hits[1]!]!),
            }),
          );
        if (hits.length === 1) {
          found[column] = hits[0]!;
          break;
        }
      }
    }
    if (REQUIRED.some((c) => found[c] < 0)) {
      const shown =
        headerNames
          .slice(0, 30)
          .map((h) => quoted(h))
          .join(', ') + (headerNames.length > 30 ? ', …' : '');
      return refuse(
        error(row, '', 'orders.report.unknownLayout', {
          expected: 'amazon-order-id (or order-id), purchase-date, ship-postal-code',
          found: shown || '""',
        }),
      );
    }
    col = found;
    wanted = new Uint8Array(headerNames.length);
    for (const column of Object.keys(COLUMNS) as ColumnName[]) {
      if (found[column] >= 0) {
        wanted[found[column]] = 1;
        lastWanted = Math.max(lastWanted, found[column]);
      }
    }
    for (const column of Object.keys(COLUMNS) as ColumnName[]) {
      if (found[column] >= 0) summary.columns[column] = headerNames[found[column]];
      else summary.missingColumns.push(column);
    }
    summary.primeAssumed = found.isPrime < 0;
  }

  /** A date cell as a day number: see the module comment for how an offset decides the date. */
  function promiseDayOf(cell: string): number {
    const p = parseDateTime(cell);
    if (!p) return -2;
    if (p.offsetMinutes === 0 && p.hasTime) return Math.floor((p.minutes + offsetAt(marketTz, p.minutes)) / 1440);
    return p.writtenDay;
  }

  function readRecord(cells: readonly string[], row: number, out: OrderLine[]): void {
    const c = col!;
    summary.rows++;
    if (summary.rows > maxRows) return refuse(error(0, '', 'orders.report.tooManyRows', { limit: maxRows }));

    const orderId = cellAt(cells, c.orderId);
    if (orderId === '') return skip(row, 'orderId', 'missingOrderId');
    if (isFormula(orderId)) return skip(row, 'orderId', 'formula');

    const rawDate = cellAt(cells, c.purchaseDate);
    if (rawDate === '') return skip(row, 'purchaseDate', 'missingPurchaseDate');
    if (isFormula(rawDate)) return skip(row, 'purchaseDate', 'formula');
    const parsed = parseDateTime(rawDate);
    if (!parsed) return skip(row, 'purchaseDate', 'badPurchaseDate', { value: quoted(rawDate) });
    let purchase = parsed.minutes;
    if (parsed.offsetMinutes === null) {
      assumedRows++;
      // Wall clock in the marketplace zone (the same reading the engine gives a local time).
      purchase = fromLocalMinutes(marketTz, parsed.minutes);
    }

    const rawZip = cellAt(cells, c.zip);
    if (rawZip === '') return skip(row, 'zip', 'missingZip');
    if (isFormula(rawZip)) return skip(row, 'zip', 'formula');
    const zip = rawZip.length === 10 && rawZip.charCodeAt(5) === 45 ? rawZip.slice(0, 5) : rawZip;
    const zipN = zip5Number(zip);
    if (zipN < 0 || (rawZip !== zip && !/^\d{4}$/.test(rawZip.slice(6))))
      return skip(row, 'zip', 'badZip', { value: quoted(rawZip) });
    if (!zipExists(zip, zipN)) {
      summary.unknownZips.rows++;
      if (listedZips.size < maxListedZips) listedZips.add(zip);
      return skip(row, 'zip', 'unknownZip', { value: zip });
    }

    if (!ids.add(orderId)) {
      summary.duplicateLines++;
      return;
    }

    let promiseDay = -1;
    const rawPromise = cellAt(cells, c.promiseDate);
    if (rawPromise !== '') {
      const d = isFormula(rawPromise) ? -2 : promiseDayOf(rawPromise);
      if (d === -2) summary.badPromiseDates++;
      else promiseDay = d;
    }
    const rawShip = cellAt(cells, c.latestShipDate);
    const shipDay = rawShip === '' || isFormula(rawShip) ? -1 : promiseDayOf(rawShip);
    const rawPrime = cellAt(cells, c.isPrime);
    const prime =
      c.isPrime < 0 || rawPrime === 'true' || (rawPrime !== 'false' && TRUE_WORDS.has(rawPrime.toLowerCase()));
    const rawQty = cellAt(cells, c.quantity);
    const qty = rawQty === '1' ? 1 : /^\d{1,6}$/.test(rawQty) ? Number(rawQty) : 1;
    const level = cellAt(cells, c.serviceLevel);
    const rawState = cellAt(cells, c.state);
    const state = rawState.length === 2 ? rawState.toUpperCase() : '';

    summary.orders++;
    summary.units += qty;
    if (promiseDay >= 0) summary.ordersWithPromise++;
    if (purchase < minPurchase) minPurchase = purchase;
    if (purchase > maxPurchase) maxPurchase = purchase;
    if (prime) {
      summary.primeOrders++;
      primeByZip[zipN]!++;
      const tz = zipZone[zipN]!;
      const local = purchase + offsetAt(tz, purchase);
      const day = Math.floor(local / 1440);
      const weekday = (((day + 3) % 7) + 7) % 7;
      summary.primeOrdersByWeekdayHour[weekday]![Math.floor((local - day * 1440) / 60)]!++;
    }
    out.push({
      row,
      orderId: detach(orderId),
      purchase,
      promiseDay,
      latestShipDay: shipDay < 0 ? -1 : shipDay,
      serviceLevel: isFormula(level) ? '' : level,
      zip,
      state: /^[A-Z]{2}$/.test(state) ? state : '',
      prime,
      quantity: qty,
    });
  }

  // The order lines completed by the chunk being pushed.
  let out: OrderLine[] = [];

  /** A line, or a CSV record of several lines; 'continues' while its quoted cell is open. */
  function readLine(line: string, row: number): void | 'continues' {
    if (fatal) return;
    if (first) {
      if (line.trim() === '') return;
      first = false;
      return readHeader(line, row);
    }
    const delim = delimiter!;
    // The common line (no quote) is cut where it lies: only the columns read become strings.
    if (!line.includes('"')) {
      cutCells(line, 0, line.length, delim);
      // A line of only spaces and delimiters is a blank line (spreadsheets write them), not a row.
      if (cells[col!.orderId]!.trim() === '' && isBlankRecord(line, delim)) return;
      return readRecord(cells, row, out);
    }
    if (isBlankRecord(line, delim)) return;
    let split = splitQuoted(line, delim);
    if (split === 'open' && delim === ',') return 'continues';
    // Seller Central's tab files are not quoted: a stray quote in a product title is text.
    if (!Array.isArray(split)) split = line.split(delim);
    readRecord(split, row, out);
  }

  const stream = createLineStream({
    maxBytes,
    maxLineLength: maxLine,
    line: readLine,
    refuse: (row, problem, params) => refuse(error(row, '', `orders.report.${problem}`, params)),
  });

  return {
    /** Feeds the next chunk; returns the order lines it completed (first lines of orders only). */
    push(chunk: string): OrderLine[] {
      if (fatal) return [];
      out = [];
      stream.push(chunk);
      return out;
    },
    /** The end of the file: returns the last order lines. */
    end(): OrderLine[] {
      if (fatal) return [];
      out = [];
      stream.end();
      return out;
    },
    /** True once the file is refused (the caller may stop reading). */
    get refused(): boolean {
      return fatal !== null;
    },
    /** The summary, or why the whole file is refused. Call after `end`. */
    result(): OrderReportResult {
      if (fatal) return { ok: false, errors: fatal };
      if (first) return { ok: false, errors: [error(0, '', 'orders.report.empty')] };
      if (summary.rows === 0) return { ok: false, errors: [error(1, '', 'orders.report.noDataRows')] };
      if (summary.orders === 0) {
        return {
          ok: false,
          errors: [error(0, '', 'orders.report.noUsableOrders', { rows: summary.rows }), ...summary.skipped.examples],
        };
      }
      summary.unknownZips.zips = [...listedZips];
      summary.assumedTimeZone = assumedRows > 0 ? { timeZone: marketTz, rows: assumedRows } : null;
      summary.firstPurchase = new Date(minPurchase * 60_000).toISOString();
      summary.lastPurchase = new Date(maxPurchase * 60_000).toISOString();
      const byZip: Record<string, number> = {};
      for (let z = 0; z < primeByZip.length; z++)
        if (primeByZip[z]! > 0) byZip[String(z).padStart(5, '0')] = primeByZip[z]!;
      summary.primeOrdersByZip = byZip;
      const weeks = Math.max(1, (maxPurchase - minPurchase) / (7 * 1440));
      summary.primeOrdersPerWeek = Math.round((summary.primeOrders / weeks) * 10) / 10;
      return { ok: true, summary };
    },
  };
}
export type OrderReportReader = ReturnType<typeof createOrderReportReader>;

/**
 * Reads a whole report from an iterable of chunks (a file read piece by piece, or one string in tests),
 * yielding each order's first line as soon as it is read; the generator's return value is the outcome.
 * @example
 * const lines = readOrderReport(
 *   ['amazon-order-id\tpurchase-date\tship-postal-code\n', '1\t2026-06-12T10:00:00Z\t10001\n'],
 *   { geo },
 * );
 */
export function* readOrderReport(
  chunks: Iterable<string>,
  options: OrderReportOptions,
): Generator<OrderLine, OrderReportResult, undefined> {
  const reader = createOrderReportReader(options);
  for (const chunk of chunks) {
    yield* reader.push(chunk);
    if (reader.refused) break;
  }
  yield* reader.end();
  return reader.result();
}

/**
 * One line per error, as the CLI and logs show them (same form as the CSV imports).
 * @example formatOrderReportError({ row: 7, field: 'ship-postal-code', message: 'ZIP 00000 does not exist' })
 * // 'row 7, field "ship-postal-code": ZIP 00000 does not exist'
 */
export const formatOrderReportError: (error: Pick<OrderReportError, 'row' | 'field' | 'message'>) => string =
  formatImportError;
