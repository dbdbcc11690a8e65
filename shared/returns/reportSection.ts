/**
 * The returns register and SAFE-T claims as a section of the settings report (HTML, escaped): what is
 * due, every return with its refund-by date, every claim with its deadlines — as of one day, in the
 * warehouse's calendar and time zone, which the section states.
 */
import { escapeHtml as e } from '../report/format';
import { claimDeadline } from './safeT';
import { returnDeadline, type ReturnsCalendar } from './deadlines';
import { whatIsDue } from './register';
import type { ReturnEntry, SafeTClaim } from './model';
import type { MessageKey } from '../i18n/catalogue';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * @example returnsReportSection(entries, [], calendarFor(settings), '2026-11-30', t) // '<section class="returns">…'
 */
export function returnsReportSection(
  entries: readonly ReturnEntry[],
  claims: readonly SafeTClaim[],
  calendar: ReturnsCalendar,
  today: string,
  t: T,
): string {
  const due = whatIsDue(entries, claims, calendar, today, 7);
  const cell = (s: string | number) => `<td>${e(String(s))}</td>`;
  const head = (keys: MessageKey[]) => `<thead><tr>${keys.map((k) => `<th>${e(t(k))}</th>`).join('')}</tr></thead>`;
  const dueRows = due.items.map(
    (i) =>
      `<tr class="${i.status}">${cell(t(`returns.section.kind.${i.kind}`))}${cell(i.orderId)}${cell(i.kind === 'refund' ? i.item : i.claimId)}${cell(i.date)}${cell(t(`returns.status.${i.status}`))}</tr>`,
  );
  const returnRows = entries.map((r) => {
    const d = returnDeadline(r, calendar, today);
    return `<tr class="${d.status}">${cell(r.orderId)}${cell(r.item)}${cell(r.requestedAt)}${cell(d.arrivedOn)}${cell(d.refundBy)}${cell(t(`returns.status.${d.status}`))}</tr>`;
  });
  const claimRows = claims.map((c) => {
    const d = claimDeadline(c, today);
    return `<tr>${cell(c.claimId)}${cell(c.orderId)}${cell(d.respondBy)}${cell(d.disputeBy)}${cell(t(`returns.claimStatus.${d.status}`))}</tr>`;
  });
  return `<section class="returns" id="returns">
<h2>${e(t('returns.section.title'))}</h2>
<p>${e(t('returns.section.calendar', { warehouse: calendar.warehouseName, timeZone: calendar.timeZone, today, closed: calendar.closedDates.length }))}</p>
<p>${e(t('returns.section.counts', { overdue: due.overdue, dueToday: due.dueToday, upcoming: due.upcoming }))}</p>
${dueRows.length ? `<table>${head(['returns.section.col.what', 'returns.csv.orderId', 'returns.section.col.itemOrClaim', 'returns.section.col.by', 'returns.csv.status'])}<tbody>${dueRows.join('')}</tbody></table>` : ''}
<h3>${e(t('returns.section.returns'))}</h3>
<table>${head(['returns.csv.orderId', 'returns.csv.item', 'returns.csv.requestedAt', 'returns.csv.arrivedOn', 'returns.csv.refundBy', 'returns.csv.status'])}<tbody>${returnRows.join('')}</tbody></table>
${claimRows.length ? `<h3>${e(t('returns.section.claims'))}</h3><table>${head(['returns.csv.claimId', 'returns.csv.orderId', 'returns.csv.respondBy', 'returns.csv.disputeBy', 'returns.csv.status'])}<tbody>${claimRows.join('')}</tbody></table>` : ''}
</section>`;
}
