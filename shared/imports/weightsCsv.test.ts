import { describe, it, expect } from 'vitest';
import {
  formatWeightsCsvError,
  MAX_WEIGHT,
  parseWeightsCsv,
  WEIGHTS_CSV_MESSAGES_EN,
  type WeightsCsvResult,
} from './weightsCsv';
import { DestinationWeightsSchema } from '../domain/settings';
import { loadGeo } from '../geo';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const HEADER = 'zip,weight\n';

function errorsOf(result: WeightsCsvResult) {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.weights)}`);
  return result.errors.map(formatWeightsCsvError);
}
function byZipOf(result: WeightsCsvResult) {
  if (!result.ok) throw new Error(`expected weights, got ${JSON.stringify(result.errors.map(formatWeightsCsvError))}`);
  return result.weights.byZip;
}

describe('parseWeightsCsv: accepted files', () => {
  it('reads ZIP3 and ZIP5 destinations with whole and decimal weights', () => {
    const result = parseWeightsCsv(HEADER + '432,120\n90001,35.5\n00601,0\n');
    expect(result).toEqual({
      ok: true,
      count: 3,
      weights: { source: 'custom', byZip: { '432': 120, '90001': 35.5, '00601': 0 } },
    });
    // What is imported is a valid settings value.
    expect(DestinationWeightsSchema.parse(result.ok && result.weights)).toEqual(result.ok && result.weights);
  });

  it('tolerates a BOM, CRLF, lone CR, blank lines, header case and order, quoted cells, extra columns', () => {
    const text = '\uFEFFCity, Weight ,ZIP\r\n\r\nColumbus,10,432\r\n\r"Los Angeles, CA","2.5e1" ,"90001"\r\n';
    expect(byZipOf(parseWeightsCsv(text))).toEqual({ '432': 10, '90001': 25 });
  });

  it('accepts zip3 / zip5 / zip_code / postal_code / ship_postal_code and orders / share as column names', () => {
    for (const [zip, weight] of [
      ['zip3', 'orders'],
      ['ZIP5', 'Share'],
      ['Zip Code', 'weight'],
      ['postal-code', 'orders'],
      ['ship-postal-code', 'orders'],
    ]) {
      expect(byZipOf(parseWeightsCsv(`${zip},${weight}\n432,3\n`)), `${zip},${weight}`).toEqual({ '432': 3 });
    }
  });

  it('sums the same ZIP over several rows (one row per order or per ZIP+4), keeping ZIP3 and ZIP5 apart', () => {
    const result = parseWeightsCsv(HEADER + '43215-1234,1\n43215-5678,1\n43215,2\n432,10\n432,0.5\n');
    expect(result).toMatchObject({ ok: true, count: 2, weights: { byZip: { '43215': 4, '432': 10.5 } } });
  });

  it('accepts a file without a final line break, and -0 as zero', () => {
    expect(byZipOf(parseWeightsCsv(HEADER + '432,1\n433,-0'))).toEqual({ '432': 1, '433': 0 });
  });
});

describe('parseWeightsCsv: refused files say which row, which field, why', () => {
  it('explains bad ZIPs, including spreadsheets that dropped leading zeros (with the fixed value)', () => {
    expect(errorsOf(parseWeightsCsv(HEADER + '1001,1\n6,1\n43,1\nabcde,1\n4321-1234,1\n123456,1\n'))).toEqual([
      'row 2, field "zip": "1001" looks like a ZIP that lost its leading zero; write it as text: "01001"',
      'row 3, field "zip": "6" looks like a ZIP that lost its leading zero; write it as text: "006"',
      'row 4, field "zip": "43" looks like a ZIP that lost its leading zero; write it as text: "043"',
      'row 5, field "zip": "abcde" is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
      'row 6, field "zip": "4321-1234" looks like a ZIP that lost its leading zero; write it as text: "04321"',
      'row 7, field "zip": "123456" is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
    ]);
  });

  it('checks that ZIPs exist when given the geography', () => {
    const geo = loadGeo();
    const text = HEADER + '43299,1\n000,1\n43215,1\n432,1\n99501,1\n';
    expect(errorsOf(parseWeightsCsv(text, { geo }))).toEqual([
      'row 2, field "zip": ZIP 43299 does not exist',
      'row 3, field "zip": ZIP 000 does not exist',
    ]);
    // Without the geography only the shape is checked.
    expect(parseWeightsCsv(text).ok).toBe(true);
    // Anchorage exists: it is kept (the simulation leaves places outside the 48 states + DC out, and says so).
    expect(byZipOf(parseWeightsCsv(HEADER + '99501,1\n432,1\n', { geo }))).toEqual({ '99501': 1, '432': 1 });
  });

  it('refuses negative, wordy, percent, comma and non-finite weights', () => {
    const text =
      HEADER + '432,-1\n433,12 orders\n434,15%\n435,"0,5"\n436,"1,234"\n437,1e999\n438,NaN\n439,Infinity\n440,0x10\n';
    expect(errorsOf(parseWeightsCsv(text))).toEqual([
      'row 2, field "weight": "-1" is negative; a weight is 0 or more',
      'row 3, field "weight": "12 orders" is not a number (write orders or a share as 1234 or 12.5, without units or %)',
      'row 4, field "weight": "15%" is not a number (write orders or a share as 1234 or 12.5, without units or %)',
      'row 5, field "weight": "0,5" has a comma: write decimals with a point (0.5) and no thousands separator (1234)',
      'row 6, field "weight": "1,234" has a comma: write decimals with a point (0.5) and no thousands separator (1234)',
      `row 7, field "weight": "1e999" is larger than ${MAX_WEIGHT}`,
      'row 8, field "weight": "NaN" is not a number (write orders or a share as 1234 or 12.5, without units or %)',
      'row 9, field "weight": "Infinity" is not a number (write orders or a share as 1234 or 12.5, without units or %)',
      'row 10, field "weight": "0x10" is not a number (write orders or a share as 1234 or 12.5, without units or %)',
    ]);
  });

  it('refuses a file whose weights are all zero', () => {
    expect(errorsOf(parseWeightsCsv(HEADER + '432,0\n90001,0.0\n'))).toEqual([
      'file, field "weight": every weight is 0: give at least one ZIP a weight above 0',
    ]);
  });

  it('refuses formula cells (=cmd) as formulas and quotes them harmlessly in the message', () => {
    const result = parseWeightsCsv(HEADER + "=cmd|'/c calc'!A1,@SUM(1)\n+432,-A1\n");
    expect(errorsOf(result)).toEqual([
      'row 2, field "zip": "=cmd|\'/c calc\'!A1" is a spreadsheet formula, not a value; export the computed values',
      'row 2, field "weight": "@SUM(1)" is a spreadsheet formula, not a value; export the computed values',
      'row 3, field "zip": "+432" is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
      'row 3, field "weight": "-A1" is a spreadsheet formula, not a value; export the computed values',
    ]);
  });

  it('refuses missing cells and short rows', () => {
    expect(errorsOf(parseWeightsCsv(HEADER + ',1\n432\n'))).toEqual([
      'row 2, field "zip": value is missing',
      'row 3, field "weight": value is missing',
    ]);
  });

  it('refuses a header without the needed columns, or with one twice', () => {
    expect(errorsOf(parseWeightsCsv('dest,count\n432,1\n'))).toEqual([
      'row 1, field "zip": header has no "zip" column (expected zip,weight)',
      'row 1, field "weight": header has no "weight" column (expected zip,weight)',
    ]);
    expect(errorsOf(parseWeightsCsv('zip3,zip5,orders\n432,43215,1\n'))).toEqual([
      'row 1, field "zip": two columns of the header name the "zip" column',
    ]);
  });

  it('shortens very long cells in messages', () => {
    const [message] = errorsOf(parseWeightsCsv(HEADER + `432,${'x'.repeat(500)}\n`));
    expect(message!.length).toBeLessThan(160);
  });
});

describe('parseWeightsCsv: the whole country', () => {
  it('reads every ZIP5 of the country in one file well within the defaults', () => {
    const geo = loadGeo();
    const zips = geo.zip3s
      .flatMap((z) => Array.from({ length: 100 }, (_, i) => `${z.zip3}${String(i).padStart(2, '0')}`))
      .filter((z) => geo.zip5Exists(z));
    const text = HEADER + zips.map((z, i) => `${z},${(i % 97) + 1}`).join('\n');
    const t0 = performance.now();
    const result = parseWeightsCsv(text, { geo });
    const ms = performance.now() - t0;
    console.log(`weightsCsv: ${zips.length} ZIP5 rows, ${text.length} bytes parsed in ${ms.toFixed(0)} ms`);
    expect(zips.length).toBeGreaterThan(30_000);
    expect(result).toMatchObject({ ok: true, count: zips.length });
  });
});

describe('weights CSV messages', () => {
  it("exist in both languages with the same placeholders as the parser's English", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(WEIGHTS_CSV_MESSAGES_EN)) {
      expect(messagesEn[key], key).toBe(text);
      expect(messagesFr[key], key).toBeDefined();
      expect(messagesFr[key], key).not.toBe(text);
      expect(placeholders(messagesFr[key]!), key).toEqual(placeholders(text));
    }
  });
});
