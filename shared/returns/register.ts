/**
 * The register as a whole: merging a later report into it, and the list of what is due.
 */
import { addDays } from '../time/civilDate';
import { claimDeadline, type ClaimStatus } from './safeT';
import { returnDeadline, type ReturnsCalendar, type ReturnStatus } from './deadlines';
import { returnKey, type ReturnEntry, type SafeTClaim } from './model';

/** How a report changes the register. */
export interface MergeOutcome {
  entries: ReturnEntry[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * The register after importing a report: a return already there (same order id and item) is
 * updated in place, never duplicated; a new one is added at the end. A refund recorded by hand is
 * kept even when an older report still shows it as unrefunded — a report never un-refunds.
 * @example mergeReturns([a], [aArrived, b]) // { entries: [aArrived, b], added: 1, updated: 1, unchanged: 0 }
 */
export function mergeReturns(current: readonly ReturnEntry[], incoming: readonly ReturnEntry[]): MergeOutcome {
  const index = new Map(current.map((e, i) => [returnKey(e), i]));
  const entries = [...current];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const next of incoming) {
    const at = index.get(returnKey(next));
    if (at === undefined) {
      index.set(returnKey(next), entries.length);
      entries.push(next);
      added++;
      continue;
    }
    const before = entries[at]!;
    const merged: ReturnEntry = {
      ...next,
      receivedAt: next.receivedAt || before.receivedAt,
      reason: next.reason || before.reason,
      refunded: next.refunded || before.refunded,
    };
    if (JSON.stringify(merged) === JSON.stringify(before)) unchanged++;
    else {
      entries[at] = merged;
      updated++;
    }
  }
  return { entries, added, updated, unchanged };
}

/** One line of "what is due". */
export type DueItem =
  | {
      kind: 'refund';
      key: string;
      orderId: string;
      item: string;
      date: string;
      status: Exclude<ReturnStatus, 'refunded' | 'awaiting'>;
    }
  | {
      kind: 'safeTInfo' | 'safeTDispute';
      key: string;
      claimId: string;
      orderId: string;
      date: string;
      status: 'due' | 'dueToday' | 'overdue';
      claimStatus: ClaimStatus;
    };

export interface DueSummary {
  /** Everything overdue, due today, or due within `horizonDays` after today, earliest first. */
  items: DueItem[];
  overdue: number;
  dueToday: number;
  /** Due after today within the horizon. */
  upcoming: number;
}

/**
 * What the seller must do, and by when: refunds of returns that arrived, SAFE-T answers, and
 * disputes still possible. Overdue refunds and answers stay listed until done; a dispute window
 * that passed is dropped (a dispute is a right, not a duty).
 * @example whatIsDue(entries, claims, calendar, '2026-11-30', 7).overdue // 1
 */
export function whatIsDue(
  entries: readonly ReturnEntry[],
  claims: readonly SafeTClaim[],
  calendar: ReturnsCalendar,
  today: string,
  horizonDays: number,
): DueSummary {
  const until = addDays(today, horizonDays);
  const items: DueItem[] = [];
  for (const e of entries) {
    const d = returnDeadline(e, calendar, today);
    if (d.status === 'refunded' || d.status === 'awaiting' || d.refundBy > until) continue;
    items.push({
      kind: 'refund',
      key: returnKey(e),
      orderId: e.orderId,
      item: e.item,
      date: d.refundBy,
      status: d.status,
    });
  }
  for (const c of claims) {
    const d = claimDeadline(c, today);
    if (d.urgency === 'none' || d.actBy > until) continue;
    items.push({
      kind: d.status === 'disputable' ? 'safeTDispute' : 'safeTInfo',
      key: c.claimId,
      claimId: c.claimId,
      orderId: c.orderId,
      date: d.actBy,
      status: d.urgency,
      claimStatus: d.status,
    });
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    items,
    overdue: items.filter((i) => i.status === 'overdue').length,
    dueToday: items.filter((i) => i.status === 'dueToday').length,
    upcoming: items.filter((i) => i.status === 'due').length,
  };
}
