import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, toCsv } from './csv';
import { liveFormulaCells, readCsv } from '../../test/support/hostileText';

describe('csvCell', () => {
  it('defuses formulas: =, +, -, @, tab and CR starts get an apostrophe and quotes', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe(`"'=cmd|' /C calc'!A0"`);
    expect(csvCell('+1+1')).toBe(`"'+1+1"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t'=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r'=1"`);
    expect(csvCell('\tplain')).toBe(`"'\tplain"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('a formula behind leading blanks, quotes or in full-width form is defused too', () => {
    expect(csvCell('  =1+1')).toBe(`"'  =1+1"`);
    expect(csvCell('\u00A0@SUM(A1)')).toBe(`"'\u00A0@SUM(A1)"`);
    expect(csvCell('\n-1+2')).toBe(`"\n'-1+2"`);
    expect(csvCell('"=1+1"')).toBe(`"'""=1+1"""`);
    expect(csvCell('\uFF1D1+1')).toBe(`"'\uFF1D1+1"`);
    // Not formulas: a dash or sign inside the text, a plain word after blanks.
    expect(csvCell('Columbus - East')).toBe('Columbus - East');
    expect(csvCell('  East')).toBe('  East');
  });

  it('quotes the list separators of other locales, and defuses a formula behind one or behind a line break', () => {
    // French Excel splits every line on ";" and reads a quote in mid-field as a plain character, so
    // the formula after the semicolon needs its own apostrophe.
    expect(csvCell("x;=cmd|' /C calc'!A0")).toBe(`"x;'=cmd|' /C calc'!A0"`);
    expect(csvCell('a\t=1+1')).toBe(`"a\t'=1+1"`);
    expect(csvCell('a; "@SUM(A1)"')).toBe(`"a;' ""@SUM(A1)"""`);
    expect(csvCell('a\r\n+1')).toBe(`"a\r\n'+1"`);
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
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y,z'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n1,x\r\n2,"y,z"\r\n');
  });

  it('a hostile cell in the second column runs as a formula under no separator (comma, semicolon, tab)', () => {
    const hostile = [
      "=cmd|' /C calc'!A0;=1+1\t@SUM(A1)",
      'Lyon;=HYPERLINK("https://evil.example","ok")',
      'a\n=1+1',
      ' \t+1+1',
      'x;"-2+3"',
    ];
    const csv = toCsv(
      ['id', 'name', 'n'],
      hostile.map((h, i) => [`w${i}`, h, -i]),
    );
    expect(liveFormulaCells(csv)).toEqual([]);
    // The control: the same rows merely quoted (the old behaviour for commas) do run somewhere.
    const quotedOnly = `id,name\r\n${hostile.map((h, i) => `w${i},"${h.replace(/"/g, '""')}"`).join('\r\n')}\r\n`;
    expect(liveFormulaCells(quotedOnly).length).toBeGreaterThan(0);
  });

  it('round-trips any text through a strict RFC 4180 reader (apostrophes aside), with no live formula under any separator', () => {
    const seed = Date.now() % 100000;
    console.log(`csv round-trip seed ${seed}`);
    const tricky = fc
      .array(fc.constantFrom('=', '+', '-', '@', ';', '\t', '\r', '\n', ' ', '"', ',', 'a', '1', "'", '\uFF1D'), {
        maxLength: 12,
      })
      .map((a) => a.join(''));
    const text = fc.oneof(fc.string({ unit: 'binary' }), tricky);
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const csv = toCsv(table[0]!, table.slice(1));
        const withoutApostrophes = (t: string[][]) => t.map((r) => r.map((c) => c.replace(/'/g, '')));
        expect(withoutApostrophes(readCsv(csv, ','))).toEqual(withoutApostrophes(table));
        expect(liveFormulaCells(csv)).toEqual([]);
      }),
      { seed, numRuns: 300 },
    );
  });
});
