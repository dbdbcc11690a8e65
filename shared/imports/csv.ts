/**
 * The CSV reading shared by the imports (transit times, destination weights): an RFC 4180 splitter
 * and the size caps checked before it runs. Meaning (headers, values, messages) stays with each import.
 */
import { utf8ByteLength } from '../domain/utf8';

/** One non-blank record and the spreadsheet row it starts on (1 = first line of the file). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** Why a file could not be split; each import maps the kind to its own message key. */
export type CsvSplitErrorKind = 'unterminatedQuote' | 'textAfterQuote';

export type CsvSplitResult = { records: CsvRecord[] } | { error: { row: number; kind: CsvSplitErrorKind } };

/**
 * RFC 4180-style split (comma, or the `delimiter` given: tab, pipe, semicolon): quoted fields, doubled quotes,
 * CR/LF/CRLF line ends, blank lines skipped. Rows are physical lines, so a quoted cell spanning two lines makes the
 * next record start two rows on.
 * @example
 * splitCsv('a,b\r\n"x ""y""",2\n') // { records: [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['x "y"', '2'] }] }
 * @example splitCsv('a\n"open') // { error: { row: 2, kind: 'unterminatedQuote' } }
 */
export function splitCsv(text: string, delimiter = ','): CsvSplitResult {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let atRecordEnd = false;
    while (!atRecordEnd) {
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) return { error: { row: quoteLine, kind: 'unterminatedQuote' } };
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          cell += ch;
          i++;
        }
        // Spaces before the delimiter are tolerated; other text after a closing quote is an error.
        while (text[i] === ' ' || (text[i] === '\t' && delimiter !== '\t')) i++;
        if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          return { error: { row: line, kind: 'textAfterQuote' } };
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
      }
      cells.push(cell);
      cell = '';
      if (i >= n) atRecordEnd = true;
      else if (text[i] === delimiter) i++;
      else {
        // Line end: \r\n, \n or a lone \r (old Mac exports).
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        atRecordEnd = true;
      }
    }
    const blank = cells.every((c) => c.trim() === '');
    if (!blank) records.push({ row: startLine, cells });
  }
  return { records };
}

/**
 * The caps an import checks before splitting: UTF-8 size, then line count (header + `maxRows` data
 * rows + a trailing line break). A JS string of length L is at least L UTF-8 bytes, so a huge string
 * is refused without being scanned; the exact size is only counted to report it.
 * @example csvCapsExceeded('dest\n1\n2\n3\n', { maxBytes: 100, maxRows: 2 }) // { tooManyRows: true }
 * @example csvCapsExceeded('ééé', { maxBytes: 4, maxRows: 10 }) // { tooLarge: 6 }
 */
export function csvCapsExceeded(
  text: string,
  caps: { maxBytes: number; maxRows: number },
): { tooLarge: number } | { tooManyRows: true } | null {
  if (text.length > caps.maxBytes || utf8ByteLength(text, caps.maxBytes) > caps.maxBytes) {
    return { tooLarge: utf8ByteLength(text, Infinity) };
  }
  let lineBreaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineBreaks++;
  }
  return lineBreaks > caps.maxRows + 1 ? { tooManyRows: true } : null;
}

/**
 * Header matching: case, spaces, hyphens, underscores and dots don't matter ("Business Days" =
 * "business_days"); anything else does.
 * @example normaliseCsvName('Business-Days ') // 'businessdays'
 */
export const normaliseCsvName = (s: string): string => s.toLowerCase().replace(/[\s\-_.]/g, '');

/**
 * Drops a leading UTF-8 byte order mark (Excel's "CSV UTF-8" adds one).
 * @example stripBom('\uFEFFzip,weight') // 'zip,weight'
 */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
