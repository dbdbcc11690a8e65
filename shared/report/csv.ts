/**
 * CSV writing that spreadsheets open safely: RFC 4180 quoting (quotes doubled, CRLF line ends) and
 * protection against formula injection (OWASP "CSV injection").
 * - A cell is quoted when it holds a comma, a quote, a line break, or the list separators other
 *   locales use (a semicolon in French or German Excel, a tab when pasted or read as TSV).
 * - Quoting is not enough on its own: French Excel splits every line at semicolons, and for it a
 *   quote in the middle of a comma-separated line is just a character, so "x;=cmd" in the second
 *   column still starts a cell with =cmd. So wherever some reader may start a cell — the start of
 *   the cell, and after a semicolon, tab or line break inside it — a formula character (=, +, -, @
 *   or their full-width forms, which East Asian spreadsheets also read as formulas), even behind
 *   blanks or quotes, gets an apostrophe before it; spreadsheets then show the text instead of
 *   running it. A cell that starts with a tab or CR gets one too. Every defused cell is quoted.
 * Numbers are written as numbers (a negative number is data, not a formula); only text is guarded.
 */

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Where a reader may start a cell: after a semicolon, tab or line break inside this one. A formula
 * character behind it (blanks and quotes skipped, but not another separator) gets an apostrophe.
 */
const FORMULA_AFTER_SEPARATOR = /([;\t\r\n])(?=(?:[^\S\t\r\n]|")*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/gu;
/** The same at the start of the cell. */
const FORMULA_AT_START = /^(?=(?:[^\S\t\r\n]|")*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
/** Any of these inside a cell makes some spreadsheet split or misread it unless it is quoted. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One cell as it goes in the file.
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example csvCell('a;=1+1') // '"a;\'=1+1"'
 * @example csvCell('  =1+1') // '"\'  =1+1"'
 * @example csvCell(-3) // '-3'
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const defused = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  const guarded = FORMULA_AT_START.test(defused) || /^[\t\r]/.test(defused) ? `'${defused}` : defused;
  return guarded !== value || NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * A whole CSV document: a header row, then the rows; CRLF line ends and a final CRLF (RFC 4180).
 * A UTF-8 BOM is added so Excel reads accented names (Géorgie) correctly.
 * @example toCsv(['a', 'b'], [[1, 'x']]) // '\uFEFFa,b\r\n1,x\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
