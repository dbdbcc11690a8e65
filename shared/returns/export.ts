/**
 * The register and the claims as CSV (safe against spreadsheet formulas: report/csv.ts), with the
 * deadlines as of `today` and the time zone they were computed in.
 */
import { toCsv } from '../report/csv';
import { claimDeadline } from './safeT';
import { returnDeadline, type ReturnsCalendar } from './deadlines';
import type { ReturnEntry, SafeTClaim } from './model';
import type { MessageKey } from '../i18n/catalogue';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * One row per return: its facts, the warehouse-local arrival, the refund-by date and the status.
 * @example returnsCsv(entries, calendar, '2026-11-30', t).split('\r\n')[0] // 'Order ID,Item,…'
 */
export function returnsCsv(entries: readonly ReturnEntry[], calendar: ReturnsCalendar, today: string, t: T): string {
  const header = (
    [
      'orderId',
      'item',
      'requestedAt',
      'receivedAt',
      'arrivedOn',
      'refundBy',
      'status',
      'timeZone',
      'quantity',
      'reason',
      'source',
    ] as const
  ).map((k) => t(`returns.csv.${k}`));
  const rows = entries.map((e) => {
    const d = returnDeadline(e, calendar, today);
    return [
      e.orderId,
      e.item,
      e.requestedAt,
      e.receivedAt,
      d.arrivedOn,
      d.refundBy,
      t(`returns.status.${d.status}`),
      calendar.timeZone,
      e.quantity,
      e.reason,
      t(`returns.source.${e.source}`),
    ];
  });
  return toCsv(header, rows);
}

/** One row per SAFE-T claim: its dates, the respond-by and dispute-by dates and the status. */
export function claimsCsv(claims: readonly SafeTClaim[], today: string, t: T): string {
  const header = (
    [
      'claimId',
      'orderId',
      'reason',
      'filedOn',
      'amount',
      'infoRequestedOn',
      'respondBy',
      'infoSentOn',
      'decisionOn',
      'outcome',
      'disputeBy',
      'disputedOn',
      'status',
    ] as const
  ).map((k) => t(`returns.csv.${k}`));
  const rows = claims.map((c) => {
    const d = claimDeadline(c, today);
    return [
      c.claimId,
      c.orderId,
      c.reason,
      c.filedOn,
      c.amount.toFixed(2),
      c.infoRequestedOn,
      d.respondBy,
      c.infoSentOn,
      c.decisionOn,
      c.outcome ? t(`returns.outcome.${c.outcome}`) : '',
      d.disputeBy,
      c.disputedOn,
      t(`returns.claimStatus.${d.status}`),
    ];
  });
  return toCsv(header, rows);
}
