import { addDays, weekdayOf } from '../time/civilDate';

/*
 * Seller deadlines stated in the SFP help page, as pure date arithmetic:
 * - refund a returned item within two business days of the return reaching the warehouse;
 * - answer a SAFE-T claim's request for information within seven days, or the claim is refused;
 * - dispute a SAFE-T decision within seven days of it, and only once.
 * "Business day" = Monday-Friday except the given holidays; the SAFE-T windows count calendar days
 * (the page says "dans les sept jours", with no business-day qualifier).
 */

/** Whether a date is a business day: Monday-Friday and not in `holidays` ("YYYY-MM-DD"). */
export function isBusinessDay(date: string, holidays: readonly string[] = []): boolean {
  const wd = weekdayOf(date);
  return wd !== 'sat' && wd !== 'sun' && !holidays.includes(date);
}

/**
 * The date `n` business days after `date` (the day itself does not count).
 * @example addBusinessDays('2026-11-25', 2, ['2026-11-26']) // '2026-11-30' (skips Thanksgiving and the weekend)
 */
export function addBusinessDays(date: string, n: number, holidays: readonly string[] = []): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isBusinessDay(d, holidays)) left--;
  }
  return d;
}

/**
 * Last day to refund the customer: two business days after the return reached the warehouse.
 * @example
 * refundDeadline('2026-07-02', ['2026-07-03']) // '2026-07-07' (Thursday return; Friday observed holiday; weekend)
 */
export function refundDeadline(returnReceivedDate: string, holidays: readonly string[] = []): string {
  return addBusinessDays(returnReceivedDate, 2, holidays);
}

/** Days a seller has to answer a SAFE-T request for information, and to dispute a decision. */
export const SAFE_T_WINDOW_DAYS = 7;

/**
 * Last day to send the information a SAFE-T claim asks for; after it the claim is refused.
 * @example safeTInfoDeadline('2026-12-28') // '2027-01-04'
 */
export function safeTInfoDeadline(requestDate: string): string {
  return addDays(requestDate, SAFE_T_WINDOW_DAYS);
}

/**
 * Last day to dispute a SAFE-T decision, or null when the claim was already disputed (one dispute only).
 * @example safeTDisputeDeadline('2026-03-02', 0) // '2026-03-09'
 * @example safeTDisputeDeadline('2026-03-02', 1) // null
 */
export function safeTDisputeDeadline(decisionDate: string, disputesSoFar: number): string | null {
  return disputesSoFar >= 1 ? null : addDays(decisionDate, SAFE_T_WINDOW_DAYS);
}

/**
 * Whether a SAFE-T decision can still be disputed on `today`.
 * @example canDisputeSafeT('2026-03-02', '2026-03-09', 0) // true — the seventh day still counts
 */
export function canDisputeSafeT(decisionDate: string, today: string, disputesSoFar: number): boolean {
  const deadline = safeTDisputeDeadline(decisionDate, disputesSoFar);
  return deadline !== null && today >= decisionDate && today <= deadline;
}
