import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, toCsv } from './csv';

/** A strict RFC 4180 reader, to prove what toCsv writes reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < body.length) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      cell += c;
      i++;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it('defuses formulas: =, +, -, @, tab and CR starts get an apostrophe and quotes', () => {
    expect(csvCell('=cmd|\' /C calc\'!A0')).toBe('"\'=cmd|\' /C calc\'!A0"');
    expect(csvCell('+1+1')).toBe('"\'+1+1"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('a formula behind leading blanks or in full-width form is defused too', () => {
    expect(csvCell('  =1+1')).toBe('"\'  =1+1"');
    expect(csvCell('\u00A0@SUM(A1)')).toBe('"\'\u00A0@SUM(A1)"');
    expect(csvCell('\n-1+2')).toBe('"\'\n-1+2"');
    expect(csvCell('\uFF1D1+1')).toBe('"\'\uFF1D1+1"');
    // Not formulas: a dash or sign inside the text, a plain word after blanks.
    expect(csvCell('Columbus - East')).toBe('Columbus - East');
    expect(csvCell('  East')).toBe('  East');
  });

  it('quotes the list separators of other locales (semicolon, tab) so no reader splits the cell', () => {
    // French Excel splits on ";": unquoted, the second half would be read as a formula.
    expect(csvCell('x;=cmd|\' /C calc\'!A0')).toBe('"x;=cmd|\' /C calc\'!A0"');
    expect(csvCell('a\t=1+1')).toBe('"a\t=1+1"');
    expect(csvCell('Lyon; Paris')).toBe('"Lyon; Paris"');
  });

  it('quotes commas, quotes and line breaks and leaves plain text and numbers alone', () => {
    expect(csvCell('Columbus, OH')).toBe('"Columbus, OH"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('UPS Ground')).toBe('UPS Ground');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.755)).toBe('0.755');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and a final CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2, 'y,z']])).toBe('\uFEFFa,b\r\n1,x\r\n2,"y,z"\r\n');
  });

  it('round-trips any text through a strict RFC 4180 reader (formula starts come back with their apostrophe)', () => {
    const seed = Date.now() % 100000;
    console.log(`csv round-trip seed ${seed}`);
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const back = parseCsv(toCsv(table[0]!, table.slice(1)));
        const expected = table.map((r) => r.map((c) => (/^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u.test(c) ? `'${c}` : c)));
        expect(back).toEqual(expected);
      }),
      { seed, numRuns: 300 },
    );
  });
});
