/**
 * CSV writing that spreadsheets open safely: RFC 4180 quoting (fields with a comma, quote, CR or LF
 * are quoted, quotes doubled, CRLF line ends) and protection against formula injection — a cell
 * that starts with =, +, -, @, a tab or a CR gets a leading apostrophe, so Excel, LibreOffice and
 * Sheets show it as text instead of running it (OWASP "CSV injection"). Numbers are written as
 * numbers (a negative number is data, not a formula), only text cells are guarded.
 */

export type CsvCell = string | number | boolean | null | undefined;

const DANGEROUS_START = /^[=+\-@\t\r]/;

/**
 * One cell as it goes in the file.
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example csvCell(-3) // '-3'
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = DANGEROUS_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
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
