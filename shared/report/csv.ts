/**
 * CSV writing that spreadsheets open safely: RFC 4180 quoting (quotes doubled, CRLF line ends) and
 * protection against formula injection (OWASP "CSV injection").
 * - A text cell whose first non-blank character is =, +, - or @ (or their full-width forms, which
 *   East Asian spreadsheets also read as formulas), or that starts with a tab or CR, gets a leading
 *   apostrophe, so Excel, LibreOffice and Sheets show it as text instead of running it. Leading blanks
 *   do not hide a formula: several spreadsheets trim them before deciding.
 * - A cell is quoted when it holds a comma, a quote, a line break, or the list separators other
 *   locales use (a semicolon in French or German Excel, a tab when pasted): unquoted, French Excel
 *   would split "x;=cmd" at the semicolon and read the second half as a formula. Every defused
 *   cell is quoted too, so it stays one cell whatever separator the reader picks.
 * Numbers are written as numbers (a negative number is data, not a formula); only text is guarded.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** Starts a formula once leading blanks are skipped; a leading tab or CR is refused on its own. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
/** Any of these inside a cell makes some spreadsheet split or misread it unless it is quoted. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One cell as it goes in the file.
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example csvCell('a;=1+1') // '"a;=1+1"'
 * @example csvCell('  =1+1') // '"\'  =1+1"'
 * @example csvCell(-3) // '-3'
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const formula = FORMULA_START.test(value);
  const guarded = formula ? `'${value}` : value;
  return formula || NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
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
