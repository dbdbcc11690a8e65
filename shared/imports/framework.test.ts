import { describe, expect, it } from 'vitest';
import {
  cellPath,
  createIssueCollector,
  formatImportError,
  isFormulaCell,
  readCsvTable,
  createLineStream,
  importError,
  type LineStreamProblem,
  type ImportError,
} from './framework';
import { parseTransitCsv } from './transitCsv';
import { parseWeightsCsv } from './weightsCsv';
import type { CodeUnder } from '../i18n/catalogue';

const EN = {
  'eligibility.spreadCsv.missingColumn': 'header has no "{{column}}" column (expected {{expected}})',
  'eligibility.spreadCsv.noDataRows': 'file has a header but no data rows',
  'eligibility.spreadCsv.tooLarge': 'file is {{size}} bytes; the limit is {{limit}} bytes',
  'eligibility.spreadCsv.tooManyRows': 'file has more than {{limit}} rows',
  'eligibility.spreadCsv.duplicateColumn': 'column "{{column}}" appears twice in the header',
  'eligibility.spreadCsv.negative': '{{value}} is negative',
};
const spec = { maxBytes: 1000, maxRows: 10, columns: { zip: ['zip', 'zip_code'], weight: ['weight', 'orders'] } };
// The spread CSV's keys, with texts of the test's own: the collector fills whichever templates it is given.
const collector = (maxErrors = 20) =>
  createIssueCollector({
    keyOf: (code: CodeUnder<'eligibility.spreadCsv'>) => `eligibility.spreadCsv.${code}`,
    english: EN,
    maxErrors,
  });

describe('readCsvTable: the skeleton every CSV import shares', () => {
  it('reads comma, tab and pipe files when allowed, BOM and CRLF included, columns by name in any order', () => {
    for (const d of [',', '\t', '|']) {
      const issues = collector();
      const t = readCsvTable(
        `\uFEFFOrders${d}Zip Code${d}note\r\n12${d}"432"${d}x\r\n`,
        { ...spec, delimiters: [',', '\t', '|'] },
        issues,
      );
      expect(issues.total, d).toBe(0);
      expect(t!.delimiter).toBe(d);
      expect(t!.rows.map((r) => [t!.cell(r, 'zip'), t!.cell(r, 'weight')])).toEqual([['432', '12']]);
    }
  });

  it('names the columns it expected and the ones it found', () => {
    const issues = collector();
    expect(readCsvTable('postcode,orders\n432,1\n', spec, issues)).toBeNull();
    expect(issues.errors).toEqual([
      {
        row: 1,
        field: 'zip',
        code: 'missingColumn',
        messageKey: 'eligibility.spreadCsv.missingColumn',
        params: { column: 'zip', expected: 'zip,weight', found: 'postcode, orders' },
        message: 'header has no "zip" column (expected zip,weight)',
        details: 'expected: zip,weight; found: postcode, orders',
      },
    ]);
  });

  it('checks the caps before splitting (an unterminated quote past the cap is never seen)', () => {
    const big = collector();
    readCsvTable(`zip,weight\n"${'1'.repeat(2000)}`, spec, big);
    expect(big.errors.map((e) => [e.row, e.code, e.params])).toEqual([[0, 'tooLarge', { size: 2012, limit: 1000 }]]);
    const long = collector();
    readCsvTable(`zip,weight\n${'432,1\n'.repeat(12)}`, spec, long);
    expect(long.errors.map((e) => e.code)).toEqual(['tooManyRows']);
  });

  it('refuses a header without data and a column named twice', () => {
    const empty = collector();
    readCsvTable('zip,weight\n\n', spec, empty);
    expect(empty.errors.map(formatImportError)).toEqual(['row 1: file has a header but no data rows']);
    const twice = collector();
    readCsvTable('zip,zip_code,weight\n1,2,3\n', spec, twice);
    expect(twice.errors.map(formatImportError)).toEqual([
      'row 1, field "zip": column "zip" appears twice in the header',
    ]);
  });
});

describe('createLineStream: the streamed formats share one line reader', () => {
  /** Lines and the problem of a text pushed in chunks of `size` characters. */
  function stream(text: string, size: number, caps = { maxBytes: 10_000, maxLineLength: 100 }) {
    const lines: [number, string][] = [];
    const problems: [number, LineStreamProblem, Record<string, number>][] = [];
    const s = createLineStream({
      ...caps,
      // A line ending inside an open quote continues on the next one, as a CSV record does.
      line: (t, row) => ((t.split('"').length - 1) % 2 === 1 ? 'continues' : void lines.push([row, t])),
      refuse: (row, problem, params) => void problems.push([row, problem, params]),
    });
    for (let i = 0; i < text.length; i += size) s.push(text.slice(i, i + size));
    s.end();
    return { lines, problems, rows: s.rows };
  }

  it('gives the same lines and rows whatever the chunk size: BOM removed, CRLF, a quoted cell over two lines', () => {
    const text = '\uFEFFa,b\r\n1,"x\r\ny"\n\n2,z';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(stream(text, size), `chunks of ${size}`).toEqual({
        lines: [
          [1, 'a,b'],
          [2, '1,"x\ny"'],
          [4, ''],
          [5, '2,z'],
        ],
        problems: [],
        rows: 5,
      });
    }
  });

  it('stops at the caps as the chunks arrive, and at a quote that never closes', () => {
    expect(stream('a\n'.repeat(20), 5, { maxBytes: 30, maxLineLength: 100 }).problems).toEqual([
      [0, 'tooLarge', { limit: 30 }],
    ]);
    // A file without line breaks is refused once a line passes the cap, not at the end of the file.
    const noBreaks = stream(`a\n${'x'.repeat(500)}`, 50, { maxBytes: 10_000, maxLineLength: 100 });
    expect(noBreaks.problems).toEqual([[2, 'lineTooLong', { limit: 100 }]]);
    expect(noBreaks.lines).toEqual([[1, 'a']]);
    expect(stream('a\n"b\nc\n', 4).problems).toEqual([[2, 'unterminatedQuote', {}]]);
    expect(stream(`a\n"b\n${'c\n'.repeat(60)}`, 4).problems).toEqual([[2, 'unterminatedQuote', {}]]);
  });
});

describe('the one error shape', () => {
  it('keeps the first errors in full, counts the rest, and gives each cell its technical path', () => {
    const issues = collector(2);
    for (let row = 2; row <= 5; row++) issues.fail(row, 'weight', 'negative', { value: '"-1"' });
    expect(issues.total).toBe(4);
    expect(issues.full).toBe(true);
    expect(issues.errors.map((e) => [formatImportError(e), e.details])).toEqual([
      ['row 2, field "weight": "-1" is negative', 'rows[1].weight'],
      ['row 3, field "weight": "-1" is negative', 'rows[2].weight'],
    ]);
    expect(issues.refusal()).toMatchObject({ ok: false, totalErrors: 4 });
  });

  it('row 4 of column weight is rows[3].weight; the file as a whole has no path', () => {
    expect(cellPath(4, 'weight')).toBe('rows[3].weight');
    expect(cellPath(0, '')).toBeUndefined();
    expect({
      ...importError(3, 'ship-postal-code', 'orders.report.badZip', { value: 'x' }, 'm'),
      file: 'o.txt',
    }).toEqual({
      file: 'o.txt',
      row: 3,
      field: 'ship-postal-code',
      code: 'badZip',
      messageKey: 'orders.report.badZip',
      params: { value: 'x' },
      message: 'm',
      details: 'rows[2].ship-postal-code',
    });
  });

  it('spreadsheet formulas are refused as values, signed numbers are not formulas', () => {
    expect(['=1+1', '@SUM(A1)', '-A1', '+B2'].map((v) => isFormulaCell(v))).toEqual([true, true, true, true]);
    expect(['-3', '+4', '-.5', '12'].map((v) => isFormulaCell(v))).toEqual([false, false, false, false]);
    expect(isFormulaCell('+4', { plusIsFormula: true })).toBe(true);
  });
});

/**
 * What every CSV format gets from the skeleton, checked once per format here rather than in each
 * format's own tests (those keep only what the format decides: its columns, values and messages).
 */
const CSV_FORMATS: {
  id: string;
  header: string;
  goodRow: string;
  /** A row with one bad value, the error it gives first, and the row written with a number. */
  badRow: (i: number) => string;
  firstBad: { field: string; messageKey?: string; params?: Record<string, string> };
  parse: (
    text: string,
    caps?: { maxBytes?: number; maxRows?: number },
  ) => { ok: true } | { ok: false; errors: ImportError[]; totalErrors: number };
}[] = [
  {
    id: 'transit CSV',
    header: 'dest,service,business_days\n',
    goodRow: '432,ups-ground,1\n',
    badRow: (i) => `${100 + i},nope-service-xyz,1`,
    firstBad: { field: 'service' },
    parse: (text, caps) => parseTransitCsv(text, caps),
  },
  {
    id: 'destination weights CSV',
    header: 'zip,weight\n',
    goodRow: '432,1\n',
    badRow: (i) => `${100 + i},-${i + 1}`,
    firstBad: { field: 'weight', messageKey: 'geo.weightsCsv.negativeWeight', params: { value: '"-1"' } },
    parse: (text, caps) => parseWeightsCsv(text, caps),
  },
];

describe.each(CSV_FORMATS)('the skeleton in every CSV format: $id', (format) => {
  const { header, goodRow } = format;
  const errorsOf = (text: string, caps?: { maxBytes?: number; maxRows?: number }) => {
    const result = format.parse(text, caps);
    if (result.ok) throw new Error(`expected a refusal of ${JSON.stringify(text.slice(0, 80))}`);
    return result.errors.map(formatImportError);
  };
  const [firstCell, ...restCells] = goodRow.trim().split(',');

  it('refuses empty files and header-only files', () => {
    expect(errorsOf('')).toEqual(['file: file is empty']);
    expect(errorsOf('\uFEFF\r\n\r\n')).toEqual(['file: file is empty']);
    expect(errorsOf(header)).toEqual(['row 1: file has a header but no data rows']);
  });

  it('refuses an unterminated quote, naming the row where it opened, and text after a closing quote', () => {
    expect(errorsOf(`${header}${goodRow}"${goodRow}${goodRow}`)).toEqual([
      'row 3: quoted field opened on this row is never closed',
    ]);
    expect(errorsOf(`${header}"${firstCell}"x,${restCells.join(',')}\n`)).toEqual([
      'row 2: unexpected text after a closing quote',
    ]);
  });

  it('caps the error list at 20 but counts them all, and accepts nothing when any row is bad', () => {
    const bad = Array.from({ length: 50 }, (_, i) => format.badRow(i)).join('\n');
    const result = format.parse(header + goodRow + bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(20);
    expect(result.totalErrors).toBe(50);
    expect(result.errors[0]).toMatchObject({ row: 3, ...format.firstBad });
  });

  it('refuses a file over the byte cap, counting UTF-8 bytes', () => {
    const text = header + goodRow;
    expect(errorsOf(text, { maxBytes: 10 })).toEqual([`file: file is ${text.length} bytes; the limit is 10 bytes`]);
    // 10 "é" are 20 bytes in UTF-8 but 10 UTF-16 units.
    expect(errorsOf('é'.repeat(10), { maxBytes: 15 })).toEqual(['file: file is 20 bytes; the limit is 15 bytes']);
  });

  it('refuses a file over the row cap even when a later row is malformed (no parsing happened)', () => {
    const text = header + goodRow.repeat(11) + '"unterminated';
    expect(errorsOf(text, { maxRows: 10 })).toEqual(['file: file has more than 10 rows']);
    expect(format.parse(header + goodRow.repeat(10), { maxRows: 10 }).ok).toBe(true);
  });

  it('refuses a 50 MB string without scanning it', () => {
    expect(format.parse('x'.repeat(50 * 1024 * 1024)).ok).toBe(false);
  });
});
