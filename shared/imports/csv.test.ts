import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvCapsExceeded, normaliseCsvName, splitCsv, stripBom } from './csv';

const cellsOf = (text: string) => {
  const r = splitCsv(text);
  if ('error' in r) throw new Error(`expected records, got ${JSON.stringify(r.error)}`);
  return r.records;
};

describe('splitCsv', () => {
  it('splits plain cells and keeps empty cells and surrounding spaces', () => {
    expect(cellsOf('a,b,c\n1,,3 \n')).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', '', '3 '] },
    ]);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks inside', () => {
    expect(cellsOf('"a, b","say ""hi""","two\nlines"\nnext,row\n')).toEqual([
      { row: 1, cells: ['a, b', 'say "hi"', 'two\nlines'] },
      // The quoted line break moves the spreadsheet row on: this record starts on line 3.
      { row: 3, cells: ['next', 'row'] },
    ]);
    // A record of one empty quoted cell is blank, like an empty line.
    expect(cellsOf('""\nx\n')).toEqual([{ row: 2, cells: ['x'] }]);
    expect(cellsOf('x,""""\n')).toEqual([{ row: 1, cells: ['x', '"'] }]);
  });

  it('accepts CRLF, LF and lone CR line ends, mixed, with or without a final line break', () => {
    const expected = [
      { row: 1, cells: ['a', '1'] },
      { row: 2, cells: ['b', '2'] },
      { row: 3, cells: ['c', '3'] },
    ];
    expect(cellsOf('a,1\r\nb,2\r\nc,3\r\n')).toEqual(expected);
    expect(cellsOf('a,1\nb,2\nc,3')).toEqual(expected);
    expect(cellsOf('a,1\rb,2\rc,3\r')).toEqual(expected);
    expect(cellsOf('a,1\r\nb,2\rc,3\n')).toEqual(expected);
  });

  it('skips blank and all-space lines but still counts them as rows', () => {
    expect(cellsOf('h\n\n  \n,\r\n\rx\n')).toEqual([
      { row: 1, cells: ['h'] },
      { row: 6, cells: ['x'] },
    ]);
    expect(cellsOf('')).toEqual([]);
  });

  it('refuses an unterminated quote, naming the row where it opened', () => {
    expect(splitCsv('h\nok\n"open,\nstill open\n')).toEqual({ error: { row: 3, kind: 'unterminatedQuote' } });
    expect(splitCsv('"')).toEqual({ error: { row: 1, kind: 'unterminatedQuote' } });
  });

  it('refuses text after a closing quote but tolerates spaces before the comma', () => {
    expect(splitCsv('h\n"432"x,1\n')).toEqual({ error: { row: 2, kind: 'textAfterQuote' } });
    expect(splitCsv('h\n"a\nb" c\n')).toEqual({ error: { row: 3, kind: 'textAfterQuote' } });
    expect(cellsOf('"432"  ,1\n')).toEqual([{ row: 1, cells: ['432', '1'] }]);
  });

  it('round-trips any table written the RFC 4180 way (property, seed printed)', () => {
    const seed = Date.now() % 1_000_000;
    console.log(`splitCsv round-trip seed: ${seed}`);
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', ' x '));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n', '\r'), (rows, eol) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join(eol);
        const nonBlank = rows.filter((r) => !r.every((c) => c.trim() === ''));
        expect(cellsOf(text).map((r) => r.cells)).toEqual(nonBlank);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('csvCapsExceeded', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(csvCapsExceeded('é'.repeat(10), { maxBytes: 20, maxRows: 10 })).toBeNull();
    expect(csvCapsExceeded('é'.repeat(10), { maxBytes: 15, maxRows: 10 })).toEqual({ tooLarge: 20 });
  });

  it('allows a header, maxRows data rows and a final line break, whatever the line ends', () => {
    const rows = (eol: string, n: number) => `h${eol}${`1${eol}`.repeat(n)}`;
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(csvCapsExceeded(rows(eol, 3), { maxBytes: 1000, maxRows: 3 }), JSON.stringify(eol)).toBeNull();
      expect(csvCapsExceeded(rows(eol, 4), { maxBytes: 1000, maxRows: 3 }), JSON.stringify(eol)).toEqual({
        tooManyRows: true,
      });
    }
  });
});

describe('header helpers', () => {
  it('normalises header names and strips a BOM', () => {
    expect(normaliseCsvName(' Business_Days ')).toBe('businessdays');
    expect(normaliseCsvName('ZIP-3')).toBe('zip3');
    expect(stripBom('\uFEFFzip')).toBe('zip');
    expect(stripBom('zip\uFEFF')).toBe('zip\uFEFF');
  });
});
