/**
 * The skeleton every file import shares, so a format only says what its columns mean:
 *
 * - ONE error shape (`ImportError`): where (file, row, column), what (`code`, an i18n `messageKey` and
 *   its `params`), the English text, and a technical `details` part the UI shows folded;
 * - an error collector that keeps the first N errors in full and counts the rest;
 * - `readCsvTable`: size and row caps checked before any splitting, BOM, delimiter, quoted cells,
 *   and header recognition that names the columns it expected and the ones it found;
 * - `isFormulaCell`: what a spreadsheet would evaluate, refused as a value.
 *
 * - `createLineStream`: the streamed formats' skeleton — chunks of any size in, lines out with their
 *   row, BOM, CRLF, a quoted cell that continues on the next line, and the caps on characters read and
 *   on a line's length checked as the chunks arrive, so a huge file is refused without being held.
 *
 * Parsers built on it: transitCsv.ts, weightsCsv.ts, labelCostCsv.ts (this folder) and
 * eligibility/spreadCsv.ts on `readCsvTable`; the order report (orders/orderReport.ts), the USPS
 * standards (transit/uspsStandards.ts) and the returns report (returns/returnsReport.ts) on
 * `createLineStream`; the UPS Time in Transit JSON (transit/upsTimeInTransit.ts) in the one error
 * shape with its own caps (size before parsing, responses, errors listed). The main process wraps them all in
 * electron/main/services/fileImport.ts, and test/reliability/importFormatsFuzz.test.ts lists every
 * format for the fuzz harness.
 */
import { CATALOGUE, type MessageKey } from '../i18n/catalogue';
import { renderMessage } from '../i18n/render';
import { csvCapsExceeded, normaliseCsvName, splitCsv, stripBom, type CsvRecord, type CsvSplitErrorKind } from './csv';

/** One problem of an imported file. Every import format reports in this shape. */
export interface ImportError {
  /** File name, added by the service or CLI that read the file (parsers see text only). */
  file?: string;
  /** Spreadsheet row or line (1 = header / first line); 0 for errors about the whole file. */
  row: number;
  /** Column (or JSON field) name, or '' for errors about a whole row or the file. */
  field: string;
  /** Short reason, stable across languages: `negativeWeight`, `missingColumn`... */
  code: string;
  /**
   * i18n key of the plain-language message, a key of the catalogue checked where it is written, and
   * its parameters.
   */
  messageKey: MessageKey;
  params: Record<string, string | number>;
  /** English text, e.g. `"-3" is negative; a weight is 0 or more`. */
  message: string;
  /** The technical place (`rows[3].weight`, the columns found...): shown on demand, never instead of the message. */
  details?: string;
}

/** A refusal: the errors shown in full and how many there were in all. */
export interface ImportRefusal {
  ok: false;
  errors: ImportError[];
  totalErrors: number;
}

/**
 * The technical path of a cell, as a zod path would name it: row 4 (header = row 1) of column
 * "weight" is `rows[3].weight`.
 * @example cellPath(4, 'weight') // 'rows[3].weight'
 * @example cellPath(0, '') // undefined
 */
export function cellPath(row: number, field: string): string | undefined {
  if (row <= 0) return field ? field : undefined;
  return field ? `rows[${row - 1}].${field}` : `rows[${row - 1}]`;
}

/**
 * Fills `{{name}}` placeholders.
 * @example fillTemplate('row {{row}}', { row: 4 }) // 'row 4'
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Renders a message of the catalogue with its parameters (shared/i18n/render.ts over a language's texts). */
export type ImportMessageRender = (messageKey: MessageKey, params: Record<string, string | number>) => string;

/**
 * The collector of one format, whose problems are named by `Code`: `fail` takes a function type (not
 * a method), so a collector of a format's codes is accepted where only the CSV skeleton's codes are
 * asked for (readCsvTable) and refused where a code it lacks would be reported.
 */
export interface IssueCollector<Code extends string = string> {
  /** The errors kept in full (at most `maxErrors`). */
  readonly errors: ImportError[];
  /** Every error found, including those only counted. */
  readonly total: number;
  /** Records a problem; `code` names its message through the collector's `keyOf`. */
  readonly fail: (
    row: number,
    field: string,
    code: Code,
    params?: Record<string, string | number>,
    details?: string,
  ) => void;
  /** True once no further error will be kept in full (callers skip costly hints then). */
  readonly full: boolean;
  refusal(): ImportRefusal;
}

/**
 * `keyOf` names each code's message: written as a template over the format's prefix
 * (`` (code: CodeUnder<'geo.weightsCsv'>) => `geo.weightsCsv.${code}` ``), it is checked against the
 * catalogue by the compiler, and `Code` (the codes `fail` accepts) is what its parameter allows.
 * @example
 * const issues = createIssueCollector({
 *   keyOf: (code: CodeUnder<'geo.weightsCsv'>) => `geo.weightsCsv.${code}`,
 *   english: { 'geo.weightsCsv.missingField': 'value is missing' },
 *   maxErrors: 20,
 * });
 * issues.fail(4, 'weight', 'missingField');
 * issues.errors[0]
 * // { row: 4, field: 'weight', code: 'missingField', messageKey: 'geo.weightsCsv.missingField',
 * //   message: 'value is missing', details: 'rows[3].weight', params: {} }
 */
export function createIssueCollector<Code extends string>(options: {
  keyOf: (code: Code) => MessageKey;
  /** English templates by full key, filled with `{{name}}` placeholders... */
  english?: Readonly<Record<string, string>>;
  /** ...or a renderer for texts with plurals and nesting (shared/i18n/render.ts). */
  render?: ImportMessageRender;
  maxErrors: number;
}): IssueCollector<Code> {
  const errors: ImportError[] = [];
  let total = 0;
  return {
    errors,
    get total() {
      return total;
    },
    get full() {
      return errors.length >= options.maxErrors;
    },
    fail(row, field, code, params = {}, details) {
      total++;
      if (errors.length >= options.maxErrors) return;
      const messageKey = options.keyOf(code);
      const message = options.render
        ? options.render(messageKey, params)
        : fillTemplate(options.english?.[messageKey] ?? messageKey, params);
      const error: ImportError = { row, field, code, messageKey, params, message };
      const where = details ?? cellPath(row, field);
      if (where !== undefined) error.details = where;
      errors.push(error);
    },
    refusal() {
      return { ok: false, errors, totalErrors: total };
    },
  };
}

/**
 * One problem in the one shape, for a reader that reports problems one at a time (the streamed
 * readers): the code is the key's last part, the details the cell's path unless given.
 * @example
 * importError(3, 'ship-postal-code', 'orders.report.badZip', { value: '"x"' }, '"x" is not a US ZIP code').code
 * // 'badZip'
 */
export function importError(
  row: number,
  field: string,
  messageKey: MessageKey,
  params: Record<string, string | number>,
  message: string,
  details?: string,
): ImportError {
  const error: ImportError = {
    row,
    field,
    code: messageKey.slice(messageKey.lastIndexOf('.') + 1),
    messageKey,
    params,
    message,
  };
  const where = details ?? cellPath(row, field);
  if (where !== undefined) error.details = where;
  return error;
}

/**
 * An error maker for one format: its English texts, filled with `{{name}}` placeholders (or rendered,
 * for texts with plurals and nesting).
 * @example
 * const fail = importErrorMaker({ english: { 'x.empty': 'file is empty' } });
 * fail(0, '', 'x.empty').message // 'file is empty'
 */
export function importErrorMaker(options: {
  english?: Readonly<Record<string, string>>;
  render?: ImportMessageRender;
}) {
  return (row: number, field: string, messageKey: MessageKey, params: Record<string, string | number> = {}) =>
    importError(
      row,
      field,
      messageKey,
      params,
      options.render
        ? options.render(messageKey, params)
        : fillTemplate(options.english?.[messageKey] ?? messageKey, params),
    );
}

/**
 * An error with where it is, in the language of `t`: "row 4, field "weight": …", "file: …". The one
 * place of these words (catalogue keys `transitFile.*`), for the CLI in any language and for logs.
 * @example
 * importErrorText({ row: 4, field: 'weight' }, '"-3" is negative', t)
 * // 'row 4, field "weight": "-3" is negative'
 */
export function importErrorText(
  error: Pick<ImportError, 'row' | 'field'>,
  message: string,
  t: (key: MessageKey, params: Record<string, string | number>) => string,
): string {
  if (error.row === 0)
    return error.field
      ? t('transitFile.fileField', { field: error.field, message })
      : t('transitFile.file', { message });
  return error.field
    ? t('transitFile.rowField', { row: error.row, field: error.field, message })
    : t('transitFile.row', { row: error.row, message });
}

/**
 * One line per error in English, as logs and tests show them (`importErrorText` over its English message).
 * @example formatImportError({ row: 4, field: 'weight', message: '"-3" is negative; a weight is 0 or more' })
 * // 'row 4, field "weight": "-3" is negative; a weight is 0 or more'
 */
export function formatImportError(error: Pick<ImportError, 'row' | 'field' | 'message'>): string {
  return importErrorText(error, error.message, (key, params) => renderMessage(CATALOGUE.en, key, params));
}

/**
 * Quotes a cell for an error message, short enough to read and harmless if pasted into a sheet.
 * @example quoteCell('UPS Grnd') // '"UPS Grnd"'
 */
export function quoteCell(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * The header cells a file had, for a message about its layout: the first 30, each quoted and cut
 * at 40 characters, so a file whose "header" is a whole line of data cannot flood the message.
 * @example listFound(['zip', 'weight']) // '"zip", "weight"'
 */
export function listFound(names: readonly string[], max = 30): string {
  const shown = names.slice(0, max).map(quoteCell).join(', ');
  return (shown || '""') + (names.length > max ? ', …' : '');
}

/**
 * What a spreadsheet would evaluate: `=`, `@`, or `+`/`-` not followed by a number ("-3" is a
 * negative number, "-A1" a formula). With `plusIsFormula`, any leading `+` counts (a price column,
 * where "+5" is never how a value is written).
 * @example isFormulaCell('=1+1') // true
 * @example isFormulaCell('-3') // false
 */
export function isFormulaCell(value: string, options: { plusIsFormula?: boolean } = {}): boolean {
  // By character code: the order report runs this on several cells of each of millions of rows.
  const c = value.charCodeAt(0);
  if (c === 61 /* = */ || c === 64 /* @ */) return true;
  if (c === 43 /* + */ && options.plusIsFormula) return true;
  if (c !== 43 && c !== 45 /* - */) return false;
  const d = value.charCodeAt(1);
  return !((d >= 48 && d <= 57) || d === 46 /* . */);
}

export interface CsvTableSpec<C extends string> {
  maxBytes: number;
  maxRows: number;
  /** Each column and the header names that mean it (compared without case, spaces, `-`, `_`, `.`). */
  columns: Readonly<Record<C, readonly string[]>>;
  /** Columns that may be absent (their index is then undefined). */
  optional?: readonly C[];
  /** Delimiters tried on the header line, first found wins (default: comma only). */
  delimiters?: readonly string[];
  /**
   * A format's own header rules (two layouts, columns found by pattern), run after the named columns
   * are matched and before the data rows are counted; problems it records refuse the file.
   */
  checkHeader?: (header: {
    row: number;
    names: readonly string[];
    columns: Readonly<Partial<Record<C, number>>>;
  }) => void;
}

export interface CsvTable<C extends string> {
  header: CsvRecord;
  rows: CsvRecord[];
  columns: Record<C, number>;
  delimiter: string;
  /** A row's trimmed cell in a column ('' when the row is short or the column absent). */
  cell(record: CsvRecord, column: C): string;
}

/** The codes readCsvTable reports: a format's collector must have a message for each (its keys under its prefix). */
export type CsvTableCode =
  'tooLarge' | 'tooManyRows' | CsvSplitErrorKind | 'empty' | 'missingColumn' | 'duplicateColumn' | 'noDataRows';

/**
 * The skeleton of a CSV import: caps, BOM, delimiter, split, header. Problems go to `issues` with
 * codes `tooLarge`, `tooManyRows`, `unterminatedQuote`, `textAfterQuote`, `empty`, `missingColumn`
 * (params column, expected, found), `duplicateColumn` and `noDataRows`; then it returns null.
 * @example
 * readCsvTable(
 *   'zip,weight\n432,1\n',
 *   { maxBytes: 100, maxRows: 10, columns: { zip: ['zip'], weight: ['weight'] } },
 *   issues,
 * )!.rows // [{ row: 2, cells: ['432', '1'] }]
 */
export function readCsvTable<C extends string>(
  text: string,
  spec: CsvTableSpec<C>,
  issues: IssueCollector<CsvTableCode>,
): CsvTable<C> | null {
  // Caps first, on the raw text: a huge file is refused without being scanned at all.
  const caps = csvCapsExceeded(text, { maxBytes: spec.maxBytes, maxRows: spec.maxRows });
  if (caps && 'tooLarge' in caps) {
    issues.fail(0, '', 'tooLarge', { size: caps.tooLarge, limit: spec.maxBytes });
    return null;
  }
  if (caps) {
    issues.fail(0, '', 'tooManyRows', { limit: spec.maxRows });
    return null;
  }
  const body = stripBom(text);
  const delimiter = pickDelimiter(body, spec.delimiters ?? [',']);
  const split = splitCsv(body, delimiter);
  if ('error' in split) {
    issues.fail(split.error.row, '', split.error.kind);
    return null;
  }
  const [header, ...rows] = split.records;
  if (!header) {
    issues.fail(0, '', 'empty');
    return null;
  }
  const names = header.cells.map((c) => normaliseCsvName(c));
  const found = header.cells.map((c) => c.trim()).filter((c) => c !== '');
  const columnNames = Object.keys(spec.columns) as C[];
  const expected = columnNames.filter((c) => !spec.optional?.includes(c)).join(delimiter === '\t' ? ', ' : delimiter);
  const columns = {} as Record<C, number>;
  const before = issues.total;
  for (const column of columnNames) {
    const aliases = spec.columns[column].map(normaliseCsvName);
    const at = names.flatMap((name, index) => (name !== '' && aliases.includes(name) ? [index] : []));
    if (at.length === 0) {
      if (!spec.optional?.includes(column)) {
        issues.fail(
          header.row,
          column,
          'missingColumn',
          { column, expected, found: found.join(', ') },
          `expected: ${expected}; found: ${found.join(', ') || '(nothing)'}`,
        );
      }
    } else if (at.length > 1) issues.fail(header.row, column, 'duplicateColumn', { column });
    else columns[column] = at[0]!;
  }
  spec.checkHeader?.({ row: header.row, names, columns });
  if (issues.total > before) return null;
  if (rows.length === 0) {
    issues.fail(header.row, '', 'noDataRows');
    return null;
  }
  return {
    header,
    rows,
    columns,
    delimiter,
    cell: (record, column) => (columns[column] === undefined ? '' : (record.cells[columns[column]] ?? '').trim()),
  };
}

/** The first of the allowed delimiters that the header line contains (a one-column file: the first). */
function pickDelimiter(text: string, allowed: readonly string[]): string {
  if (allowed.length === 1) return allowed[0]!;
  const end = text.search(/\r|\n/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  return allowed.find((d) => firstLine.includes(d)) ?? allowed[0]!;
}

/** Why a stream stopped: `tooLarge` (params limit), `lineTooLong` (limit) or `unterminatedQuote`. */
export type LineStreamProblem = 'tooLarge' | 'lineTooLong' | 'unterminatedQuote';

export interface LineStreamSpec {
  /** Characters accepted in all (≈ bytes for the ASCII these files hold). */
  maxBytes: number;
  /** Longest line: a file without line breaks stops there, not at the end of the file. */
  maxLineLength: number;
  /**
   * Each line, without its line end, and its row (1 = first line; the BOM of the file is removed).
   * Answer 'continues' when a quoted cell is still open at the end of the line: the next line is then
   * joined to it (after a line break) and the whole record handed back with the row it started on.
   */
  line: (text: string, row: number) => void | 'continues';
  /** The first problem; the stream reads nothing after it. */
  refuse: (row: number, problem: LineStreamProblem, params: Record<string, number>) => void;
}

/**
 * The streamed formats' skeleton: `push` chunks of any size in order, then `end`.
 * @example
 * const s = createLineStream({
 *   maxBytes: 1e6,
 *   maxLineLength: 1000,
 *   line: (t, row) => void rows.push([row, t]),
 *   refuse,
 * });
 * s.push('a\tb\r\nc'); s.push('\td\n'); s.end(); // rows: [[1, 'a\tb'], [2, 'c\td']]
 */
export function createLineStream(spec: LineStreamSpec) {
  const { maxBytes, maxLineLength } = spec;
  let carry = ''; // text after the last line break
  let pending: string | null = null; // a record whose quoted cell continues on the next line
  let pendingRow = 0;
  let row = 0;
  let bytes = 0;
  let started = false;
  let stopped = false;

  const stop = (at: number, problem: LineStreamProblem, params: Record<string, number> = {}) => {
    if (stopped) return;
    stopped = true;
    spec.refuse(at, problem, params);
  };

  function deliver(text: string, at: number): void {
    if (text.length > maxLineLength) return stop(at, 'lineTooLong', { limit: maxLineLength });
    if (pending !== null) {
      text = `${pending}\n${text}`;
      at = pendingRow;
      // A record that keeps growing past a line's length is a quote that never closes.
      if (text.length > maxLineLength) return stop(at, 'unterminatedQuote');
    }
    if (spec.line(text, at) === 'continues') {
      pending = text;
      pendingRow = at;
    } else pending = null;
  }

  function scan(text: string, from: number, final: boolean): void {
    let start = from;
    for (;;) {
      if (stopped) return;
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      row++;
      deliver(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), row);
      start = nl + 1;
    }
    carry = text.slice(start);
    if (carry.length > maxLineLength) return stop(row + 1, 'lineTooLong', { limit: maxLineLength });
    if (final) {
      if (carry !== '') {
        row++;
        const last = carry;
        carry = '';
        deliver(last.endsWith('\r') ? last.slice(0, -1) : last, row);
      }
      if (!stopped && pending !== null) stop(pendingRow, 'unterminatedQuote');
    }
  }

  return {
    push(chunk: string): void {
      if (stopped || chunk === '') return;
      bytes += chunk.length;
      if (bytes > maxBytes) return stop(0, 'tooLarge', { limit: maxBytes });
      let from = 0;
      if (!started) {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) from = 1;
      }
      // Only the line cut by the chunk boundary is joined: `carry + chunk` would copy every chunk.
      if (carry !== '') {
        const nl = chunk.indexOf('\n', from);
        if (nl < 0) {
          carry += chunk.slice(from);
          if (carry.length > maxLineLength) stop(row + 1, 'lineTooLong', { limit: maxLineLength });
          return;
        }
        const joined = carry + chunk.slice(from, nl + 1);
        carry = '';
        scan(joined, 0, false);
        from = nl + 1;
      }
      scan(chunk, from, false);
    },
    /** The end of the file: hands over the last line and refuses a quoted cell left open. */
    end(): void {
      if (!stopped) scan(carry, 0, true);
    },
    /** True once a problem stopped the stream. */
    get stopped(): boolean {
      return stopped;
    },
    /** Lines read so far (the row of the last line handed over). */
    get rows(): number {
      return row;
    },
  };
}
