import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calendarFor,
  localDateOf,
  returnDeadline,
  todayIn,
  weekendsOnlyCalendar,
  type ReturnsCalendar,
} from './deadlines';
import { claimDeadline, claimProblems, disputeClaim } from './safeT';
import { mergeReturns, whatIsDue } from './register';
import { readReturnsReport, formatReturnsReportError } from './returnsReport';
import { returnsCsv, claimsCsv } from './export';
import { SafeTClaimSchema, type ReturnEntry } from './model';
import { renderMessage } from '../i18n/render';
import type { MessageKey } from '../i18n/catalogue';
import { returnsEngine as returnsEngine_en } from '../i18n/en/returnsEngine';
import type { Texts } from '../i18n/texts';
import { returnsEngine as returnsEngine_fr } from '../i18n/fr/returnsEngine';

const returnsMessagesEn: Texts = returnsEngine_en;
const returnsMessagesFr: Texts = returnsEngine_fr;

/** Columbus, OH with Thanksgiving (Thu 26 Nov 2026) and Christmas as plan holidays. */
const columbus: ReturnsCalendar = calendarFor({
  warehouses: [{ id: 'cmh', name: 'Columbus', timeZone: 'America/New_York', closures: ['2026-12-24'] } as never],
  holidays: [
    { date: '2026-11-26', name: 'Thanksgiving Day' },
    { date: '2026-12-25', name: 'Christmas Day', carriers: ['ups'] },
  ],
});
const fixture = readFileSync(
  new URL('../../test/fixtures/returns/returns-report-2026-11.txt', import.meta.url),
  'utf8',
);
const t = (key: MessageKey, params?: Record<string, string | number>) => renderMessage(returnsMessagesEn, key, params);

describe('refund-by dates (two business days after the item reaches the warehouse)', () => {
  const refundBy = (receivedAt: string, cal = columbus) =>
    returnDeadline({ receivedAt, refunded: false }, cal, '2026-11-01').refundBy;
  it('Friday arrival -> Tuesday', () => expect(refundBy('2026-11-20')).toBe('2026-11-24'));
  it('Wednesday before Thanksgiving -> Monday (Thursday holiday, then the weekend)', () => {
    expect(refundBy('2026-11-25')).toBe('2026-11-30');
    expect(refundBy('2026-11-25', weekendsOnlyCalendar('America/New_York'))).toBe('2026-11-27');
  });
  it('Friday after Thanksgiving -> Tuesday 1 December', () => expect(refundBy('2026-11-27')).toBe('2026-12-01'));
  it("the arrival is the warehouse's date: 04:30 UTC on the 27th is Thanksgiving evening in Columbus", () => {
    expect(localDateOf('2026-11-27T04:30:00Z', 'America/New_York')).toEqual({ date: '2026-11-26', assumedZone: false });
    expect(refundBy('2026-11-27T04:30:00Z')).toBe('2026-11-30');
    // Read as a UTC date it would be the Friday, one business day later.
    expect(refundBy('2026-11-27T04:30:00Z', { ...columbus, timeZone: 'UTC' })).toBe('2026-12-01');
  });
  it('a warehouse closure counts like a holiday: Wed 23 Dec -> Tue 29 Dec (24th closed, 25th Christmas, weekend, then Mon 28 and Tue 29)', () => {
    expect(refundBy('2026-12-23')).toBe('2026-12-29');
  });
  it('a date without an offset is taken as the warehouse wall clock, and said so', () => {
    expect(returnDeadline({ receivedAt: '2026-11-27 23:50', refunded: false }, columbus, '2026-11-30')).toEqual({
      arrivedOn: '2026-11-27',
      refundBy: '2026-12-01',
      status: 'due',
      assumedZone: true,
    });
  });
  it('statuses on a day: due, due today, overdue, refunded, not arrived', () => {
    const on = (receivedAt: string, refunded = false) =>
      returnDeadline({ receivedAt, refunded }, columbus, '2026-11-30').status;
    expect(on('2026-11-27')).toBe('due');
    expect(on('2026-11-25')).toBe('dueToday');
    expect(on('2026-11-20')).toBe('overdue');
    expect(on('2026-11-20', true)).toBe('refunded');
    expect(on('')).toBe('awaiting');
  });
  it("today is the warehouse's date", () => {
    expect(todayIn('America/New_York', Date.UTC(2026, 10, 27, 3, 0))).toBe('2026-11-26');
    expect(todayIn('America/New_York', Date.UTC(2026, 10, 27, 5, 0))).toBe('2026-11-27');
  });
});

describe('Amazon returns report', () => {
  it('reads the published layout: columns by name, found and missing, each return with its refund-by date', () => {
    const r = readReturnsReport([fixture], { timeZone: 'America/New_York' });
    if (!r.ok) throw new Error(r.errors.map(formatReturnsReportError).join('\n'));
    expect(r.summary).toMatchObject({
      delimiter: 'tab',
      rows: 7,
      received: 6,
      refunded: 1,
      // The candle has no arrival date: 'Not arrived yet'; the other five are to refund.
      notArrived: 1,
      missingColumns: ['refundStatus'],
    });
    expect(r.summary.columns).toMatchObject({
      orderId: 'Order ID',
      requestDate: 'Return request date',
      receivedDate: 'Return delivery date',
      sku: 'Merchant SKU',
      quantity: 'Return quantity',
    });
    expect(r.summary.assumedTimeZone).toEqual({ timeZone: 'America/New_York', rows: 7 });
    const rows = r.entries.map((e) => [
      e.orderId.slice(-2),
      e.item,
      returnDeadline(e, columbus, '2026-11-30').refundBy,
      returnDeadline(e, columbus, '2026-11-30').status,
    ]);
    expect(rows).toEqual([
      ['01', 'MUG-12OZ-BLU', '2026-11-24', 'overdue'], // Friday 20 Nov
      ['02', 'TOWEL-SET-3', '2026-11-30', 'dueToday'], // Wednesday 25 Nov, Thanksgiving week
      ['02', 'TOWEL-HOOK-2', '2026-11-30', 'dueToday'], // same order, another item: two returns
      ['03', 'LAMP-DESK-01', '2026-11-30', 'dueToday'], // 04:30 UTC on the 27th = Thanksgiving evening in Columbus
      ['04', 'RUG-2X3-GRY', '2026-12-01', 'due'], // Friday 27 Nov
      ['05', 'MUG-12OZ-RED', '2026-11-23', 'refunded'],
      ['06', 'CANDLE-3PK', '', 'awaiting'],
    ]);
    expect(r.entries[2]!.quantity).toBe(2);
    expect(r.entries[0]!.reason).toBe('DEFECTIVE');
  });

  it('is read the same whatever the chunking', () => {
    const whole = readReturnsReport([fixture], { timeZone: 'America/New_York' });
    for (const size of [1, 7, 64, 333]) {
      const chunks: string[] = [];
      for (let i = 0; i < fixture.length; i += size) chunks.push(fixture.slice(i, i + size));
      expect(readReturnsReport(chunks, { timeZone: 'America/New_York' })).toEqual(whole);
    }
  });

  it('refuses an unknown layout, naming what it needs and what it found', () => {
    const r = readReturnsReport(['amazon-order-id\tpurchase-date\tship-postal-code\n1\t2026-11-01\t10001\n'], {
      timeZone: 'UTC',
    });
    expect(r).toMatchObject({
      ok: false,
      errors: [
        {
          row: 1,
          messageKey: 'returns.report.unknownLayout',
          message:
            'not an Amazon returns report: the header needs order-id, return-request-date; it has "amazon-order-id", "purchase-date", "ship-postal-code"',
        },
      ],
    });
  });

  it('refuses the whole file on any bad row, with row, field and why for each', () => {
    const text = [
      'order-id\treturn-request-date\treturn-delivery-date\tmerchant-sku\treturn-quantity',
      'A\t2026-11-20\t2026-11-18\tS1\t1', // received before requested
      '\t2026-11-20\t\tS2\t1', // no order id
      'B\t20/11/2026\t\tS3\t1', // not ISO
      'C\t2026-11-20\t\tS4\ttwo', // quantity
      'D\t=HYPERLINK("x")\t\tS5\t1', // formula
      'E\t2026-11-20\t\tS6\t1',
      'E\t2026-11-20\t\tS6\t1', // duplicate
    ].join('\n');
    const r = readReturnsReport([text], { timeZone: 'America/New_York' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatReturnsReportError)).toEqual([
      'row 2, field "return-delivery-date": item received on 2026-11-18, before the return was requested on 2026-11-20',
      'row 3, field "order-id": order id is missing',
      'row 4, field "return-request-date": "20/11/2026" is not a date (expected e.g. 2026-11-27 or 2026-11-27T14:05:00-05:00)',
      'row 5, field "return-quantity": "two" is not a quantity (a whole number of at least 1)',
      'row 6, field "return-request-date": a spreadsheet formula instead of a value; export the computed values',
      'row 8, field "order-id": order "E", item "S6" is already on row 7',
    ]);
  });

  it('refuses an id holding a NUL character (the register could not store it as that id)', () => {
    const r = readReturnsReport(['order-id\treturn-request-date\tmerchant-sku\n\u0000A\t2026-11-20\tS1\n'], {
      timeZone: 'UTC',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map(formatReturnsReportError)).toEqual([
        'row 2, field "order-id": holds a NUL character; export the report again as plain text',
      ]);
  });

  it('refuses an empty file, a header alone, an unterminated quote and an oversize file', () => {
    const tz = { timeZone: 'UTC' };
    expect(readReturnsReport([''], tz)).toMatchObject({ ok: false, errors: [{ messageKey: 'returns.report.empty' }] });
    expect(readReturnsReport(['order-id,return-request-date\n'], tz)).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'returns.report.noDataRows' }],
    });
    expect(readReturnsReport(['order-id,return-request-date\n"A,2026-11-01\n'], tz)).toMatchObject({
      ok: false,
      errors: [{ row: 2, messageKey: 'returns.report.unterminatedQuote' }],
    });
    expect(readReturnsReport([fixture], { ...tz, maxBytes: 100 })).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'returns.report.tooLarge' }],
    });
  });

  it('CSV re-saved by a spreadsheet (quoted cells, a comma in a reason) reads the same returns', () => {
    const csv =
      'Order ID,Return request date,Return delivery date,Merchant SKU,Return reason\r\n"A-1",2026-11-20,2026-11-25,"S,1","Too big, too heavy"\r\n';
    const r = readReturnsReport([csv], { timeZone: 'America/New_York' });
    expect(r).toMatchObject({
      ok: true,
      entries: [{ orderId: 'A-1', item: 'S,1', reason: 'Too big, too heavy', receivedAt: '2026-11-25' }],
    });
  });
});

describe('register', () => {
  const base = (over: Partial<ReturnEntry>): ReturnEntry => ({
    orderId: 'A',
    item: 'S',
    asin: '',
    sku: 'S',
    requestedAt: '2026-11-20',
    receivedAt: '',
    quantity: 1,
    reason: '',
    refunded: false,
    source: 'report',
    ...over,
  });
  it('a later report updates returns by order id and item, never duplicates, never un-refunds', () => {
    const first = [base({}), base({ orderId: 'B', refunded: true, receivedAt: '2026-11-21' })];
    const later = [
      base({ receivedAt: '2026-11-25' }),
      base({ orderId: 'B', refunded: false, receivedAt: '2026-11-21' }),
      base({ orderId: 'C' }),
    ];
    const m = mergeReturns(first, later);
    expect(m).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(m.entries.map((e) => [e.orderId, e.receivedAt, e.refunded])).toEqual([
      ['A', '2026-11-25', false],
      ['B', '2026-11-21', true],
      ['C', '', false],
    ]);
    expect(mergeReturns(m.entries, later)).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('what is due: overdue first, then today, then the coming days; awaiting and refunded left out', () => {
    const r = readReturnsReport([fixture], { timeZone: 'America/New_York' });
    if (!r.ok) throw new Error('fixture refused');
    const claim = SafeTClaimSchema.parse({
      claimId: 'S-1',
      orderId: '112-3344556-0000003',
      filedOn: '2026-11-20',
      infoRequestedOn: '2026-11-24',
    });
    const due = whatIsDue(r.entries, [claim], columbus, '2026-11-30', 7);
    expect(due.items.map((i) => [i.kind, i.date, i.status])).toEqual([
      ['refund', '2026-11-24', 'overdue'],
      ['refund', '2026-11-30', 'dueToday'],
      ['refund', '2026-11-30', 'dueToday'],
      ['refund', '2026-11-30', 'dueToday'],
      ['refund', '2026-12-01', 'due'],
      ['safeTInfo', '2026-12-01', 'due'],
    ]);
    expect([due.overdue, due.dueToday, due.upcoming]).toEqual([1, 3, 2]);
    expect(whatIsDue(r.entries, [claim], columbus, '2026-11-30', 0).items).toHaveLength(4);
  });

  it('CSV export carries the refund-by dates, the status and the time zone', () => {
    const r = readReturnsReport([fixture], { timeZone: 'America/New_York' });
    if (!r.ok) throw new Error('fixture refused');
    const lines = returnsCsv(r.entries, columbus, '2026-11-30', t).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'Order ID,Item (SKU or ASIN),Return requested,Item received (as written),Arrived (warehouse date),Refund by,Status,Time zone,Quantity,Reason,Source',
    );
    expect(lines[1]).toBe(
      '112-3344556-0000001,MUG-12OZ-BLU,2026-11-18,2026-11-20,2026-11-20,2026-11-24,Overdue,America/New_York,1,DEFECTIVE,Returns report',
    );
    expect(lines[4]).toBe(
      '112-3344556-0000003,LAMP-DESK-01,2026-11-22,2026-11-27T04:30:00Z,2026-11-26,2026-11-30,Due today,America/New_York,1,DAMAGED_BY_CARRIER,Returns report',
    );
  });
});

describe('SAFE-T claims: request -> answer -> decision -> dispute', () => {
  const filed = SafeTClaimSchema.parse({ claimId: 'SAFE-T-9', orderId: '112-1', filedOn: '2026-11-20', amount: 42 });
  it('each step has its deadline', () => {
    expect(claimDeadline(filed, '2026-11-21')).toMatchObject({ status: 'awaitingDecision', actBy: '' });
    const asked = { ...filed, infoRequestedOn: '2026-11-23' };
    expect(claimDeadline(asked, '2026-11-25')).toMatchObject({
      status: 'awaitingInfo',
      respondBy: '2026-11-30',
      urgency: 'due',
    });
    expect(claimDeadline(asked, '2026-11-30')).toMatchObject({ status: 'awaitingInfo', urgency: 'dueToday' });
    expect(claimDeadline(asked, '2026-12-01')).toMatchObject({ status: 'infoOverdue', urgency: 'overdue' });
    const answered = { ...asked, infoSentOn: '2026-11-27' };
    expect(claimDeadline(answered, '2026-12-01')).toMatchObject({
      status: 'awaitingDecision',
      respondBy: '2026-11-30',
    });
    const decided = { ...answered, decisionOn: '2026-12-03', outcome: 'denied' as const };
    expect(claimDeadline(decided, '2026-12-05')).toMatchObject({
      status: 'disputable',
      disputeBy: '2026-12-10',
      urgency: 'due',
    });
    expect(claimDeadline(decided, '2026-12-11')).toMatchObject({ status: 'closed', actBy: '' });
    const disputed = disputeClaim(decided, '2026-12-10');
    expect(disputed.ok).toBe(true);
    if (!disputed.ok) return;
    expect(claimDeadline(disputed.claim, '2026-12-11')).toMatchObject({ status: 'disputed', disputeBy: '' });
    expect(disputeClaim(disputed.claim, '2026-12-10')).toEqual({
      ok: false,
      messageKey: 'returns.claim.secondDispute',
      params: { date: '2026-12-10' },
    });
    expect(disputeClaim(decided, '2026-12-11')).toEqual({
      ok: false,
      messageKey: 'returns.claim.disputeAfterWindow',
      params: { deadline: '2026-12-10' },
    });
    expect(claimDeadline({ ...decided, outcome: 'granted' }, '2026-12-05').status).toBe('closed');
  });
  it('dates that cannot be true together are named by field', () => {
    expect(
      claimProblems({
        ...filed,
        infoRequestedOn: '2026-11-19',
        infoSentOn: '2026-11-18',
        disputedOn: '2026-11-25',
      }).map((p) => [p.field, p.messageKey]),
    ).toEqual([
      ['infoRequestedOn', 'returns.claim.beforeFiled'],
      ['infoSentOn', 'returns.claim.sentBeforeRequest'],
      ['disputedOn', 'returns.claim.disputeWithoutDecision'],
    ]);
    expect(claimProblems(filed)).toEqual([]);
  });
  it('claims CSV shows respond-by and dispute-by', () => {
    const c = {
      ...filed,
      infoRequestedOn: '2026-11-23',
      infoSentOn: '2026-11-27',
      decisionOn: '2026-12-03',
      outcome: 'denied' as const,
    };
    expect(claimsCsv([c], '2026-12-05', t).trim().split(/\r?\n/)[1]).toBe(
      'SAFE-T-9,112-1,,2026-11-20,42.00,2026-11-23,2026-11-30,2026-11-27,2026-12-03,Denied,2026-12-10,,Decided: can be disputed once',
    );
  });
});

describe('returns messages', () => {
  it('French has the same keys and placeholders as English', () => {
    const ph = (s: string) =>
      [...s.matchAll(/\{\{(\w+)\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join();
    expect(Object.keys(returnsMessagesFr).sort()).toEqual(Object.keys(returnsMessagesEn).sort());
    for (const k of Object.keys(returnsMessagesEn))
      expect(ph(returnsMessagesFr[k]!), k).toBe(ph(returnsMessagesEn[k]!));
  });
});

describe('returns section of the settings report', () => {
  it('lists what is due and every return with its refund-by date, escaped, in the calendar it names', async () => {
    const { returnsReportSection } = await import('./reportSection');
    const r = readReturnsReport([fixture.replace('DEFECTIVE', '<b>DEFECTIVE</b>')], { timeZone: 'America/New_York' });
    if (!r.ok) throw new Error('fixture refused');
    const html = returnsReportSection(r.entries, [], columbus, '2026-11-30', t);
    expect(html).toContain('As of 2026-11-30 at Columbus (time zone America/New_York)');
    expect(html).toContain('Overdue: 1. Due today: 3. Due in the next seven days: 1.');
    expect(html).toContain(
      '<td>112-3344556-0000002</td><td>TOWEL-SET-3</td><td>2026-11-21</td><td>2026-11-25</td><td>2026-11-30</td><td>Due today</td>',
    );
    expect(html).toContain('<td>RUG-2X3-GRY</td><td>2026-11-23</td><td>2026-11-27</td><td>2026-12-01</td><td>Due</td>');
    expect(html).not.toContain('<b>');
  });
});
