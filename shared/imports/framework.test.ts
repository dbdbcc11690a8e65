import { describe, expect, it } from 'vitest';
import {
  cellPath,
  createIssueCollector,
  formatImportError,
  isFormulaCell,
  readCsvTable,
  toImportError,
} from './framework';

const EN = {
  't.missingColumn': 'header has no "{{column}}" column (expected {{expected}})',
  't.noDataRows': 'file has a header but no data rows',
  't.tooLarge': 'file is {{size}} bytes; the limit is {{limit}} bytes',
  't.tooManyRows': 'file has more than {{limit}} rows',
  't.duplicateColumn': 'column "{{column}}" appears twice in the header',
  't.negative': '{{value}} is negative',
};
const spec = { maxBytes: 1000, maxRows: 10, columns: { zip: ['zip', 'zip_code'], weight: ['weight', 'orders'] } };
const collector = (maxErrors = 20) => createIssueCollector({ keyPrefix: 't', english: EN, maxErrors });

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
        messageKey: 't.missingColumn',
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
    expect(
      toImportError(
        { row: 3, field: 'ship-postal-code', messageKey: 'orders.report.badZip', params: { value: 'x' }, message: 'm' },
        'o.txt',
      ),
    ).toEqual({
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
