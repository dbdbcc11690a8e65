import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import {
  createOrderReportReader,
  ORDER_REPORT_MESSAGES_EN,
  readOrderReport,
  type OrderLine,
  type OrderReportOptions,
  type OrderReportResult,
} from './orderReport';
import { parseDateTime } from './isoInstant';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const geo = loadGeo();
const HEADER =
  'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tship-service-level\tproduct-name\tquantity\tship-state\tship-postal-code\tis-prime\tlatest-ship-date\tpromise-date';

function tsvRow(
  id: string,
  purchase: string,
  zip: string,
  opts: { prime?: string; level?: string; promise?: string; qty?: string; state?: string; title?: string } = {},
): string {
  return [
    id,
    '',
    purchase,
    purchase,
    'Shipped',
    opts.level ?? 'Standard',
    opts.title ?? 'Blue mug',
    opts.qty ?? '1',
    opts.state ?? 'NY',
    zip,
    opts.prime ?? 'true',
    '',
    opts.promise ?? '',
  ].join('\t');
}

function read(
  text: string | string[],
  options: Partial<OrderReportOptions> = {},
): { lines: OrderLine[]; result: OrderReportResult } {
  const lines: OrderLine[] = [];
  const gen = readOrderReport(Array.isArray(text) ? text : [text], { geo, ...options });
  for (;;) {
    const next = gen.next();
    if (next.done) return { lines, result: next.value };
    lines.push(next.value);
  }
}

const summaryOf = (r: OrderReportResult) => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.errors)}`);
  return r.summary;
};

describe('parseDateTime', () => {
  it('reads offsets, Z, zone abbreviations, and says when there is no offset', () => {
    expect(parseDateTime('2026-06-12T15:30:00-07:00')).toMatchObject({
      minutes: Date.UTC(2026, 5, 12, 22, 30) / 60000,
      offsetMinutes: -420,
    });
    expect(parseDateTime('2026-06-12T22:30:59.123Z')).toMatchObject({
      minutes: Date.UTC(2026, 5, 12, 22, 30) / 60000,
      offsetMinutes: 0,
    });
    expect(parseDateTime('2026-06-12 15:30:00 PDT')).toMatchObject({ minutes: Date.UTC(2026, 5, 12, 22, 30) / 60000 });
    expect(parseDateTime('2026-06-12T15:30:00+0530')?.offsetMinutes).toBe(330);
    expect(parseDateTime('2026-06-12T15:30')).toMatchObject({ offsetMinutes: null, hasTime: true });
    expect(parseDateTime('2026-06-12')).toMatchObject({
      hasTime: false,
      writtenDay: Date.UTC(2026, 5, 12) / 86_400_000,
    });
  });
  it('refuses what is not a real date-time', () => {
    for (const s of [
      '2026-02-30',
      '2026-13-01',
      '12/06/2026',
      '2026-06-12T25:00',
      '2026-06-12T10:00+25:00',
      '2026-06-12T10:00 XYZ',
      '1969-12-31',
      '2026-06-12T10:60',
      '',
    ]) {
      expect(parseDateTime(s), s).toBeUndefined();
    }
    expect(parseDateTime('2028-02-29')).toBeDefined();
  });
});

describe('Amazon order report import', () => {
  it('reads a Seller Central TSV: orders, Prime orders, units, date range, weights by ZIP, weekday × hour', () => {
    const text = [
      HEADER,
      tsvRow('111-0000001-0000001', '2026-06-12T15:30:00-07:00', '10001', {
        qty: '2',
        promise: '2026-06-15T23:59:59-07:00',
      }),
      tsvRow('111-0000002-0000002', '2026-06-13T09:00:00+00:00', '90001', { prime: 'false' }),
      tsvRow('111-0000003-0000003', '2026-06-14T12:00:00Z', '10001-1234', { promise: '2026-06-17T06:59:59Z' }),
      '',
    ].join('\n');
    const { lines, result } = read(text);
    const s = summaryOf(result);
    expect(s).toMatchObject({
      delimiter: 'tab',
      rows: 3,
      orders: 3,
      primeOrders: 2,
      units: 4,
      duplicateLines: 0,
      ordersWithPromise: 2,
      primeAssumed: false,
      assumedTimeZone: null,
    });
    expect(s.firstPurchase).toBe('2026-06-12T22:30:00.000Z');
    expect(s.lastPurchase).toBe('2026-06-14T12:00:00.000Z');
    expect(s.primeOrdersByZip).toEqual({ '10001': 2 });
    // 15:30 PDT = 18:30 in New York on a Friday; 12:00Z = 08:00 EDT on a Sunday.
    expect(s.primeOrdersByWeekdayHour[4]![18]).toBe(1);
    expect(s.primeOrdersByWeekdayHour[6]![8]).toBe(1);
    expect(s.primeOrdersByWeekdayHour.flat().reduce((a, b) => a + b, 0)).toBe(2);
    // A local-offset deadline keeps its written date; a UTC one is read on the Pacific clock (the 16th).
    expect(lines.map((l) => l.promiseDay)).toEqual([Date.UTC(2026, 5, 15) / 864e5, -1, Date.UTC(2026, 5, 16) / 864e5]);
    expect(lines[2]!.zip).toBe('10001');
  });

  it('reads the same report saved as CSV, columns in another order and case, with quoted cells', () => {
    const text =
      'Ship-Postal-Code,Order ID,Purchase_Date,Is-Prime,Latest-Delivery-Date\r\n"10001","111-0000001-0000001",2026-06-12T15:30:00-07:00,Yes,2026-06-15\r\n' +
      '90001,"111-0000002-0000002",2026-06-12T16:00:00-07:00,No,2026-06-16\r\n';
    const s = summaryOf(read(text).result);
    expect(s).toMatchObject({ delimiter: 'comma', orders: 2, primeOrders: 1, ordersWithPromise: 2 });
    expect(s.columns).toMatchObject({
      zip: 'Ship-Postal-Code',
      orderId: 'Order ID',
      promiseDate: 'Latest-Delivery-Date',
    });
    expect(s.missingColumns).toEqual(expect.arrayContaining(['serviceLevel', 'state', 'quantity', 'latestShipDate']));
  });

  it('gives the same lines and summary whatever the chunk boundaries (streaming)', () => {
    const rows = [HEADER];
    for (let i = 0; i < 200; i++)
      rows.push(
        tsvRow(
          `111-${String(i).padStart(7, '0')}-0000001`,
          `2026-06-${String(10 + (i % 9)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15:00-07:00`,
          ['10001', '90001', '43215', '60601'][i % 4]!,
          { prime: i % 3 ? 'true' : 'false', title: i % 5 ? 'mug' : '12" ruler "deluxe"' },
        ),
      );
    const text = `\uFEFF${rows.join('\r\n')}`;
    const whole = read(text);
    let seed = 7;
    for (let trial = 0; trial < 20; trial++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length;) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const len = 1 + (seed % 97);
        chunks.push(text.slice(i, i + len));
        i += len;
      }
      const split = read(chunks);
      expect(split.lines).toEqual(whole.lines);
      expect(split.result).toEqual(whole.result);
    }
    expect(summaryOf(whole.result).orders).toBe(200);
  });

  it('counts an order once however many lines it has', () => {
    const text = [
      HEADER,
      tsvRow('111-0000001-0000001', '2026-06-12T10:00:00Z', '10001'),
      tsvRow('111-0000001-0000001', '2026-06-12T10:00:00Z', '10001', { title: 'second item' }),
      tsvRow('111-0000001-0000009', '2026-06-12T10:00:00Z', '10001'),
      tsvRow('ORDER-A', '2026-06-12T10:00:00Z', '10001'),
      tsvRow('ORDER-A', '2026-06-12T10:00:00Z', '10001'),
    ].join('\n');
    const { lines, result } = read(text);
    expect(summaryOf(result)).toMatchObject({ rows: 5, orders: 3, duplicateLines: 2, primeOrders: 3 });
    expect(lines.map((l) => l.orderId)).toEqual(['111-0000001-0000001', '111-0000001-0000009', 'ORDER-A']);
  });

  it('reads date-times without an offset in the marketplace zone and says so', () => {
    const text = [
      HEADER,
      tsvRow('1', '2026-06-12T15:30:00', '10001'),
      tsvRow('2', '2026-01-12 15:30:00', '10001'),
      tsvRow('3', '2026-06-12T15:30:00Z', '10001'),
    ].join('\n');
    const { lines, result } = read(text);
    expect(summaryOf(result).assumedTimeZone).toEqual({ timeZone: 'America/Los_Angeles', rows: 2 });
    expect(lines[0]!.purchase).toBe(Date.UTC(2026, 5, 12, 22, 30) / 60000); // PDT
    expect(lines[1]!.purchase).toBe(Date.UTC(2026, 0, 12, 23, 30) / 60000); // PST
    const ny = read(text, { marketplaceTimeZone: 'America/New_York' });
    expect(summaryOf(ny.result).assumedTimeZone).toEqual({ timeZone: 'America/New_York', rows: 2 });
    expect(ny.lines[0]!.purchase).toBe(Date.UTC(2026, 5, 12, 19, 30) / 60000);
  });

  it('skips and lists rows with unknown or malformed ZIPs, bad dates, formulas — and keeps the rest', () => {
    const text = [
      HEADER,
      tsvRow('1', '2026-06-12T10:00:00Z', '00000'),
      tsvRow('2', '2026-06-12T10:00:00Z', '99999'),
      tsvRow('3', '2026-06-12T10:00:00Z', '00000'),
      tsvRow('4', 'yesterday', '10001'),
      tsvRow('5', '2026-06-12T10:00:00Z', '=HYPERLINK("http://x","10001")'),
      tsvRow('6', '2026-06-12T10:00:00Z', '1001'),
      tsvRow('', '2026-06-12T10:00:00Z', '10001'),
      tsvRow('7', '', '10001'),
      tsvRow('8', '2026-06-12T10:00:00Z', ''),
      tsvRow('9', '2026-06-12T10:00:00Z', '10001', {
        level: '=cmd|"/c calc"!A1',
        title: '@SUM(A1)',
        promise: '=NOW()',
      }),
    ].join('\n');
    const { lines, result } = read(text);
    const s = summaryOf(result);
    expect(s).toMatchObject({ rows: 10, orders: 1, badPromiseDates: 1 });
    expect(s.skipped.byReason).toEqual({
      unknownZip: 3,
      badPurchaseDate: 1,
      formula: 1,
      badZip: 1,
      missingOrderId: 1,
      missingPurchaseDate: 1,
      missingZip: 1,
    });
    expect(s.skipped.total).toBe(9);
    expect(s.unknownZips).toEqual({ rows: 3, zips: ['00000', '99999'] });
    expect(s.skipped.examples[0]).toMatchObject({
      row: 2,
      field: 'ship-postal-code',
      messageKey: 'orders.report.unknownZip',
      message: 'ZIP 00000 does not exist',
    });
    expect(s.skipped.examples.find((e) => e.row === 5)).toMatchObject({
      field: 'purchase-date',
      message: '"yesterday" is not a date-time (expected ISO 8601, e.g. 2026-06-12T15:30:00-07:00)',
    });
    // The formula is neither echoed nor kept.
    expect(JSON.stringify(s)).not.toContain('HYPERLINK');
    expect(lines[0]!.serviceLevel).toBe('');
  });

  it('refuses a report where every ZIP is unknown, with the reasons', () => {
    const r = read(
      [HEADER, tsvRow('1', '2026-06-12T10:00:00Z', '00000'), tsvRow('2', '2026-06-12T10:00:00Z', '00001')].join('\n'),
    ).result;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ row: 0, messageKey: 'orders.report.noUsableOrders', params: { rows: 2 } });
    expect(r.errors.slice(1).map((e) => e.messageKey)).toEqual([
      'orders.report.unknownZip',
      'orders.report.unknownZip',
    ]);
  });

  it('refuses an unknown layout, naming the columns expected and found', () => {
    const r = read('zip,weight\n10001,3\n').result;
    expect(r).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          row: 1,
          messageKey: 'orders.report.unknownLayout',
          message:
            'not an Amazon order report: the header needs amazon-order-id (or order-id), purchase-date, ship-postal-code; it has "zip", "weight"',
        }),
      ],
    });
    expect(read('').result).toMatchObject({ ok: false, errors: [{ messageKey: 'orders.report.empty' }] });
    expect(read(`${HEADER}\n\n`).result).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'orders.report.noDataRows' }],
    });
  });

  it('enforces the caps: bytes, rows, line length, and a quoted cell that never closes', () => {
    const body = [
      HEADER,
      tsvRow('1', '2026-06-12T10:00:00Z', '10001'),
      tsvRow('2', '2026-06-12T10:00:00Z', '10001'),
      tsvRow('3', '2026-06-12T10:00:00Z', '10001'),
    ].join('\n');
    expect(read(body, { maxBytes: 100 }).result).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'orders.report.tooLarge', params: { limit: 100 } }],
    });
    expect(read(body, { maxRows: 2 }).result).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'orders.report.tooManyRows' }],
    });
    // A file without line breaks is refused as soon as the cap is passed, not read to the end.
    const reader = createOrderReportReader({ geo, maxLineLength: 1000 });
    reader.push(`${HEADER}\n`);
    for (let i = 0; i < 5; i++) reader.push('x'.repeat(400));
    expect(reader.refused).toBe(true);
    expect(reader.result()).toMatchObject({ ok: false, errors: [{ row: 2, messageKey: 'orders.report.lineTooLong' }] });
    const open =
      'order-id,purchase-date,ship-postal-code\n1,2026-06-12T10:00:00Z,10001\n"2,2026-06-12T10:00:00Z,10001\n3,2026-06-12T10:00:00Z,10001\n';
    expect(read(open).result).toMatchObject({
      ok: false,
      errors: [{ row: 3, messageKey: 'orders.report.unterminatedQuote' }],
    });
  });

  it('takes every order as Prime when the report has no is-prime column, and says so', () => {
    const s = summaryOf(read('order-id\tpurchase-date\tship-postal-code\n1\t2026-06-12T10:00:00Z\t10001\n').result);
    expect(s).toMatchObject({ primeAssumed: true, primeOrders: 1 });
  });

  it('has every message in English and French', () => {
    for (const [key, text] of Object.entries(ORDER_REPORT_MESSAGES_EN)) {
      expect(messagesEn[key], key).toBe(text);
      // French exists, is not left empty, and carries the same placeholders as the English text.
      const fr = messagesFr[key];
      expect(typeof fr === 'string' && fr.trim().length > 0, key).toBe(true);
      const placeholders = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(fr!), key).toEqual(placeholders(text));
    }
  });
});
