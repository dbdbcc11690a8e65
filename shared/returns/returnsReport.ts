/**
 * Import of Amazon's returns report (Seller Central > Reports > Return reports: a tab-separated flat
 * file, one row per returned item; also accepted when a spreadsheet re-saved it as CSV). Read streamed
 * on the import framework's line stream (shared/imports/framework.ts: caps, BOM, line ends, quoted
 * cells over several lines), with the order report's cell splitter (shared/orders/orderReport.ts):
 * `push` chunks, then `end`, then `result`. Problems are the framework's one error shape.
 *
 * - Columns are matched by name in any order (case, spaces, `-`, `_` and `.` ignored), so both the
 *   download headers (`order-id`) and the on-screen ones (`Order ID`) work. Required: the order id and
 *   the return request date. Read when present: return delivery date (the item reaching the
 *   warehouse), ASIN, merchant SKU, return quantity, return reason, refunded amount / refund status.
 *   The summary names the columns found and those missing.
 * - Dates are ISO 8601 (orders/isoInstant.ts). A date, or a date-time without an offset, is read in
 *   the warehouse's time zone: an ASSUMPTION, counted and stated.
 * - All or nothing: any row that cannot be used (no order id, a date that is not one, an item received
 *   before it was requested, a quantity that is not a whole number, a formula, the same order and item
 *   twice) refuses the whole file, with the row, the column and why for each (the first `maxErrors`).
 *   Nothing is imported from a refused file.
 */
import { normaliseCsvName } from '../imports/csv';
import {
  createLineStream,
  formatImportError,
  importErrorMaker,
  quoteCell,
  type ImportError,
} from '../imports/framework';
import { renderMessage } from '../i18n/render';
import { isFormula, splitQuoted } from '../orders/orderReport';
import { localDateOf } from './deadlines';
import { returnKey, MAX_RETURN_ID_LENGTH, type ReturnEntry } from './model';
import { returnsEngine as returnsEngine_en } from '../i18n/en/returnsEngine';
import type { Texts } from '../i18n/texts';
import type { CodeUnder } from '../i18n/catalogue';

const returnsMessagesEn: Texts = returnsEngine_en;

/** A problem with one row or the whole file: the imports' one error shape. */
export type ReturnsReportError = ImportError;

const COLUMNS = {
  orderId: ['order-id', 'amazon-order-id'],
  requestDate: ['return-request-date', 'request-date'],
  receivedDate: ['return-delivery-date', 'item-received-date', 'received-date'],
  asin: ['asin'],
  sku: ['merchant-sku', 'seller-sku', 'sku'],
  quantity: ['return-quantity', 'quantity'],
  reason: ['return-reason', 'reason'],
  refundedAmount: ['refunded-amount', 'refund-amount'],
  refundStatus: ['refund-status'],
} as const;
export type ReturnsColumn = keyof typeof COLUMNS;
const REQUIRED: readonly ReturnsColumn[] = ['orderId', 'requestDate'];
/** The cells stored as identifiers of a return. */
const ID_COLUMNS: ReadonlySet<ReturnsColumn> = new Set(['orderId', 'sku', 'asin']);

export interface ReturnsReportOptions {
  /** Warehouse zone that dates without an offset are read in. */
  timeZone: string;
  /** Largest accepted file, in characters (default 64 MiB: a year of returns is a few MB). */
  maxBytes?: number;
  maxRows?: number;
  maxLineLength?: number;
  /** Row problems listed (default 20); the rest are counted. */
  maxErrors?: number;
}

export const RETURNS_REPORT_DEFAULTS = {
  maxBytes: 64 * 1024 * 1024,
  maxRows: 200_000,
  maxLineLength: 64 * 1024,
  maxErrors: 20,
} as const;

export interface ReturnsReportSummary {
  delimiter: 'tab' | 'comma';
  /** Header names as the file spells them, for each column read. */
  columns: Partial<Record<ReturnsColumn, string>>;
  /** Columns the file does not have. */
  missingColumns: ReturnsColumn[];
  rows: number;
  /** Returns whose item reached the warehouse. */
  received: number;
  refunded: number;
  /**
   * Returns neither refunded nor arrived yet (the register's "Not arrived yet"): with `refunded`, what
   * is left of `rows` is what is to refund, so a summary can use the register's own statuses.
   */
  notArrived: number;
  /** Rows with a date written without an offset, read in `timeZone`. */
  assumedTimeZone: { timeZone: string; rows: number } | null;
}

export type ReturnsReportResult =
  | { ok: true; summary: ReturnsReportSummary; entries: ReturnEntry[] }
  | { ok: false; errors: ReturnsReportError[]; /** Row problems beyond those listed. */ more: number };

const REFUNDED_WORDS = new Set(['refunded', 'yes', 'true', 'y', '1', 'complete', 'completed']);

/** A cell quoted for a message, short. */
const quoted = quoteCell;

/**
 * The streaming reader.
 * @example
 * const r = createReturnsReportReader({ timeZone: 'America/New_York' });
 * r.push('order-id\treturn-request-date\treturn-delivery-date\n111-1\t2026-11-20\t2026-11-27\n');
 * r.end();
 * r.result(); // { ok: true, entries: [{ orderId: '111-1', receivedAt: '2026-11-27', ... }], summary: { ... } }
 */
export function createReturnsReportReader(options: ReturnsReportOptions) {
  const maxBytes = options.maxBytes ?? RETURNS_REPORT_DEFAULTS.maxBytes;
  const maxRows = options.maxRows ?? RETURNS_REPORT_DEFAULTS.maxRows;
  const maxLine = options.maxLineLength ?? RETURNS_REPORT_DEFAULTS.maxLineLength;
  const maxErrors = options.maxErrors ?? RETURNS_REPORT_DEFAULTS.maxErrors;
  const tz = options.timeZone;

  let fatal: ReturnsReportError | null = null;
  const rowErrors: ReturnsReportError[] = [];
  let moreErrors = 0;
  let headerSeen = false;
  let delimiter = '\t';
  let header: string[] = [];
  const col = {} as Record<ReturnsColumn, number>;
  const entries: ReturnEntry[] = [];
  const firstRowOf = new Map<string, number>();
  let assumedRows = 0;
  const summary: ReturnsReportSummary = {
    delimiter: 'tab',
    columns: {},
    missingColumns: [],
    rows: 0,
    received: 0,
    refunded: 0,
    notArrived: 0,
    assumedTimeZone: null,
  };

  const error = importErrorMaker({ render: (key, params) => renderMessage(returnsMessagesEn, key, params) });
  const refuse = (e: ReturnsReportError) => {
    fatal ??= e;
  };
  const rowError = (
    row: number,
    column: ReturnsColumn | '',
    code: CodeUnder<'returns.report'>,
    params: Record<string, string | number> = {},
  ) => {
    if (rowErrors.length < maxErrors)
      rowErrors.push(error(row, column ? (header[col[column]] ?? column) : '', `returns.report.${code}`, params));
    else moreErrors++;
  };

  function readHeader(text: string, row: number): void {
    delimiter = text.includes('\t') ? '\t' : ',';
    summary.delimiter = delimiter === '\t' ? 'tab' : 'comma';
    const split = splitQuoted(text, delimiter);
    header = (Array.isArray(split) ? split : text.split(delimiter)).map((c) => c.trim());
    const names = header.map(normaliseCsvName);
    for (const column of Object.keys(COLUMNS) as ReturnsColumn[]) {
      col[column] = -1;
      for (const alias of COLUMNS[column]) {
        const hits = names.flatMap((n, i) => (n === normaliseCsvName(alias) ? [i] : []));
        if (hits.length > 1)
          return refuse(
            error(row, header[hits[1]!]!, 'returns.report.duplicateColumn', { column: quoted(header[hits[1]!]!) }),
          );
        if (hits.length === 1) {
          col[column] = hits[0]!;
          break;
        }
      }
      if (col[column] >= 0) summary.columns[column] = header[col[column]];
      else summary.missingColumns.push(column);
    }
    if (REQUIRED.some((c) => col[c] < 0)) {
      refuse(
        error(row, '', 'returns.report.unknownLayout', {
          expected: 'order-id, return-request-date',
          found: header.slice(0, 30).map(quoted).join(', ') || '""',
        }),
      );
    }
  }

  /** A used cell, trimmed; a formula is an error of its row (undefined). */
  function cell(cells: readonly string[], column: ReturnsColumn, row: number): string | undefined {
    const i = col[column];
    const value = i >= 0 ? (cells[i] ?? '').trim() : '';
    if (value !== '' && isFormula(value)) {
      rowError(row, column, 'formula');
      return undefined;
    }
    // A NUL ends a text for SQLite's length(): an id holding one would not be the id stored.
    if (ID_COLUMNS.has(column) && value.includes('\u0000')) {
      rowError(row, column, 'nulCharacter');
      return undefined;
    }
    return value;
  }

  function readRecord(cells: readonly string[], row: number): void {
    if (cells.every((c) => c.trim() === '')) return;
    summary.rows++;
    if (summary.rows > maxRows) return refuse(error(0, '', 'returns.report.tooManyRows', { limit: maxRows }));
    const errorsBefore = rowErrors.length + moreErrors;
    const orderId = cell(cells, 'orderId', row);
    const requested = cell(cells, 'requestDate', row);
    const received = cell(cells, 'receivedDate', row);
    const asin = cell(cells, 'asin', row) ?? '';
    const sku = cell(cells, 'sku', row) ?? '';
    const rawQty = cell(cells, 'quantity', row);
    const reason = cell(cells, 'reason', row) ?? '';
    const amount = cell(cells, 'refundedAmount', row);
    const status = cell(cells, 'refundStatus', row);

    if (orderId === '') rowError(row, 'orderId', 'missingOrderId');
    else if (orderId !== undefined && orderId.length > MAX_RETURN_ID_LENGTH)
      rowError(row, 'orderId', 'tooLong', { limit: MAX_RETURN_ID_LENGTH });
    const requestDay = requested ? localDateOf(requested, tz) : undefined;
    if (requested === '') rowError(row, 'requestDate', 'missingRequestDate');
    else if (requested !== undefined && !requestDay)
      rowError(row, 'requestDate', 'badDate', { value: quoted(requested) });
    const receivedDay = received ? localDateOf(received, tz) : undefined;
    if (received && !receivedDay) rowError(row, 'receivedDate', 'badDate', { value: quoted(received) });
    if (requestDay && receivedDay && receivedDay.date < requestDay.date) {
      rowError(row, 'receivedDate', 'receivedBeforeRequested', {
        received: receivedDay.date,
        requested: requestDay.date,
      });
    }
    let quantity = 1;
    if (rawQty) {
      if (/^\d{1,6}$/.test(rawQty) && Number(rawQty) >= 1) quantity = Number(rawQty);
      else rowError(row, 'quantity', 'badQuantity', { value: quoted(rawQty) });
    }
    let refunded = false;
    if (amount) {
      const n = Number(amount.replace(/^\$/, ''));
      if (!Number.isFinite(n) || n < 0) rowError(row, 'refundedAmount', 'badAmount', { value: quoted(amount) });
      else refunded = n > 0;
    }
    if (status && REFUNDED_WORDS.has(status.toLowerCase())) refunded = true;
    if (sku.length > MAX_RETURN_ID_LENGTH) rowError(row, 'sku', 'tooLong', { limit: MAX_RETURN_ID_LENGTH });
    if (asin.length > MAX_RETURN_ID_LENGTH) rowError(row, 'asin', 'tooLong', { limit: MAX_RETURN_ID_LENGTH });
    if (rowErrors.length + moreErrors > errorsBefore || !orderId || !requested) return;

    const item = sku || asin;
    const entry: ReturnEntry = {
      orderId,
      item,
      asin,
      sku,
      requestedAt: requested,
      receivedAt: received ?? '',
      quantity,
      reason: reason.slice(0, 200),
      refunded,
      source: 'report',
    };
    const key = returnKey(entry);
    const first = firstRowOf.get(key);
    if (first !== undefined)
      return rowError(row, 'orderId', 'duplicateRow', { orderId: quoted(orderId), item: quoted(item), first });
    firstRowOf.set(key, row);
    if (requestDay?.assumedZone || receivedDay?.assumedZone) assumedRows++;
    if (receivedDay) summary.received++;
    if (refunded) summary.refunded++;
    else if (!receivedDay) summary.notArrived++;
    entries.push(entry);
  }

  /** A line, or a record of several lines; 'continues' while a CSV quoted cell is open. */
  function readLine(text: string, row: number): void | 'continues' {
    if (!headerSeen) {
      if (text.trim() === '') return;
      headerSeen = true;
      return readHeader(text, row);
    }
    if (fatal) return;
    let split = text.includes('"') ? splitQuoted(text, delimiter) : text.split(delimiter);
    if (split === 'open' && delimiter === ',') return 'continues';
    // Seller Central's tab files are not quoted: a stray quote in an item name is text.
    if (!Array.isArray(split)) split = text.split(delimiter);
    readRecord(split, row);
  }

  const stream = createLineStream({
    maxBytes,
    maxLineLength: maxLine,
    line: readLine,
    refuse: (row, problem, params) => refuse(error(row, '', `returns.report.${problem}`, params)),
  });

  return {
    /** Feeds the next chunk of text. */
    push(chunk: string): void {
      if (!fatal) stream.push(chunk);
    },
    /** The end of the file. */
    end(): void {
      if (!fatal) stream.end();
    },
    get refused(): boolean {
      return fatal !== null;
    },
    /** The returns read, or why the file is refused (call after `end`). */
    result(): ReturnsReportResult {
      if (fatal) return { ok: false, errors: [fatal], more: 0 };
      if (!headerSeen) return { ok: false, errors: [error(0, '', 'returns.report.empty')], more: 0 };
      if (rowErrors.length > 0) return { ok: false, errors: rowErrors, more: moreErrors };
      if (summary.rows === 0) return { ok: false, errors: [error(1, '', 'returns.report.noDataRows')], more: 0 };
      summary.assumedTimeZone = assumedRows > 0 ? { timeZone: tz, rows: assumedRows } : null;
      return { ok: true, summary, entries };
    },
  };
}

/**
 * Reads a whole report from chunks (a file read piece by piece, or one string).
 * @example
 * readReturnsReport(['order-id\treturn-request-date\n', '111-1\t2026-11-20\n'], { timeZone: 'America/New_York' }).ok
 * // true
 */
export function readReturnsReport(chunks: Iterable<string>, options: ReturnsReportOptions): ReturnsReportResult {
  const reader = createReturnsReportReader(options);
  for (const chunk of chunks) {
    reader.push(chunk);
    if (reader.refused) break;
  }
  reader.end();
  return reader.result();
}

/**
 * One line per error, as the CLI prints them.
 * @example
 * formatReturnsReportError({ row: 3, field: 'return-delivery-date', message: '…' })
 * // 'row 3, field "return-delivery-date": …'
 */
export const formatReturnsReportError: (e: Pick<ReturnsReportError, 'row' | 'field' | 'message'>) => string =
  formatImportError;
