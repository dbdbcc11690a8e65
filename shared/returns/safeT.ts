/**
 * A SAFE-T claim's two windows (sellerObligations: seven calendar days each):
 * - Amazon asks for information → respond by request + 7 days, or the claim is refused;
 * - Amazon decides → the decision can be disputed by decision + 7 days, and only once.
 * What a claim needs next, and whether a dispute is allowed, are decided here; the page, the IPC
 * handlers and the export all ask these functions.
 */
import { safeTDisputeDeadline, safeTInfoDeadline } from '../catalog/sellerObligations';
import type { SafeTClaim } from './model';
import type { KeyUnder } from '../i18n/catalogue';

export type ClaimStatus =
  | 'awaitingInfo' // Amazon asked; the seller has not answered yet (respond by)
  | 'infoOverdue' // the answer window passed without an answer: Amazon refuses the claim
  | 'awaitingDecision' // filed or answered; nothing for the seller to do
  | 'disputable' // decided; the one dispute is still possible (dispute by)
  | 'disputed' // the one dispute was made
  | 'closed'; // decided and the dispute window passed, or the decision was in full

/** What a claim asks of the seller on `today`. */
export interface ClaimDeadline {
  status: ClaimStatus;
  /** Last day to send the requested information ('' when not asked). */
  respondBy: string;
  /** Last day to dispute the decision ('' without a decision, or once disputed). */
  disputeBy: string;
  /** The date the seller must act by now ('' when nothing is due): respondBy or disputeBy. */
  actBy: string;
  /** Whether `actBy` is today or in the past while still open. */
  urgency: 'none' | 'due' | 'dueToday' | 'overdue';
}

/**
 * A claim's deadlines and status on `today`.
 * @example
 * claimDeadline(
 *   {
 *     filedOn: '2026-11-20',
 *     infoRequestedOn: '2026-11-23',
 *     infoSentOn: '',
 *     decisionOn: '',
 *     outcome: '',
 *     disputedOn: '',
 *   },
 *   '2026-11-30',
 * )
 * // { status: 'awaitingInfo', respondBy: '2026-11-30', disputeBy: '', actBy: '2026-11-30', urgency: 'dueToday' }
 */
export function claimDeadline(
  claim: Pick<SafeTClaim, 'filedOn' | 'infoRequestedOn' | 'infoSentOn' | 'decisionOn' | 'outcome' | 'disputedOn'>,
  today: string,
): ClaimDeadline {
  const respondBy = claim.infoRequestedOn ? safeTInfoDeadline(claim.infoRequestedOn) : '';
  const disputeBy = claim.decisionOn ? (safeTDisputeDeadline(claim.decisionOn, claim.disputedOn ? 1 : 0) ?? '') : '';
  const urgencyOf = (date: string): ClaimDeadline['urgency'] =>
    today > date ? 'overdue' : today === date ? 'dueToday' : 'due';
  if (claim.decisionOn) {
    if (claim.disputedOn) return { status: 'disputed', respondBy, disputeBy: '', actBy: '', urgency: 'none' };
    // A claim granted in full leaves nothing to dispute.
    if (claim.outcome === 'granted' || today > disputeBy)
      return { status: 'closed', respondBy, disputeBy, actBy: '', urgency: 'none' };
    return { status: 'disputable', respondBy, disputeBy, actBy: disputeBy, urgency: urgencyOf(disputeBy) };
  }
  if (claim.infoRequestedOn && !claim.infoSentOn) {
    const urgency = urgencyOf(respondBy);
    return {
      status: urgency === 'overdue' ? 'infoOverdue' : 'awaitingInfo',
      respondBy,
      disputeBy: '',
      actBy: respondBy,
      urgency,
    };
  }
  return { status: 'awaitingDecision', respondBy, disputeBy: '', actBy: '', urgency: 'none' };
}

/** A problem with a claim's dates, for the field it concerns (i18n key under `returns.claim.*`). */
export interface ClaimProblem {
  field: keyof SafeTClaim;
  messageKey: KeyUnder<'returns.claim'>;
  params: Record<string, string>;
}

/**
 * Dates that cannot be true together: information requested before the claim was filed, answered
 * before it was asked, a decision before the claim, a dispute without a decision, after its window
 * or before the decision. A claim with problems is not saved.
 * @example claimProblems({ ...claim, decisionOn: '2026-03-02', disputedOn: '2026-03-10' })
 * // [{ field: 'disputedOn', messageKey: 'returns.claim.disputeAfterWindow', params: { deadline: '2026-03-09' } }]
 */
export function claimProblems(claim: SafeTClaim): ClaimProblem[] {
  const out: ClaimProblem[] = [];
  const before = (field: keyof SafeTClaim, date: string, earliest: string, key: KeyUnder<'returns.claim'>) => {
    if (date && earliest && date < earliest) out.push({ field, messageKey: key, params: { date: earliest } });
  };
  before('infoRequestedOn', claim.infoRequestedOn, claim.filedOn, 'returns.claim.beforeFiled');
  if (claim.infoSentOn && !claim.infoRequestedOn)
    out.push({ field: 'infoSentOn', messageKey: 'returns.claim.sentWithoutRequest', params: {} });
  before('infoSentOn', claim.infoSentOn, claim.infoRequestedOn, 'returns.claim.sentBeforeRequest');
  before('decisionOn', claim.decisionOn, claim.filedOn, 'returns.claim.beforeFiled');
  if (claim.disputedOn) {
    if (!claim.decisionOn)
      out.push({ field: 'disputedOn', messageKey: 'returns.claim.disputeWithoutDecision', params: {} });
    else {
      before('disputedOn', claim.disputedOn, claim.decisionOn, 'returns.claim.disputeBeforeDecision');
      const deadline = safeTDisputeDeadline(claim.decisionOn, 0)!;
      if (claim.disputedOn > deadline)
        out.push({ field: 'disputedOn', messageKey: 'returns.claim.disputeAfterWindow', params: { deadline } });
    }
  }
  return out;
}

/**
 * Records the one dispute of a decision, or says why it cannot be made.
 * @example disputeClaim(decided, '2026-03-05') // { ok: true, claim: { ...decided, disputedOn: '2026-03-05' } }
 * @example disputeClaim(alreadyDisputed, '2026-03-06') // { ok: false, messageKey: 'returns.claim.secondDispute', ... }
 */
export function disputeClaim(
  claim: SafeTClaim,
  on: string,
):
  | { ok: true; claim: SafeTClaim }
  | { ok: false; messageKey: KeyUnder<'returns.claim'>; params: Record<string, string> } {
  if (!claim.decisionOn) return { ok: false, messageKey: 'returns.claim.disputeWithoutDecision', params: {} };
  if (claim.disputedOn)
    return { ok: false, messageKey: 'returns.claim.secondDispute', params: { date: claim.disputedOn } };
  const next = { ...claim, disputedOn: on };
  const problem = claimProblems(next).find((p) => p.field === 'disputedOn');
  return problem ? { ok: false, messageKey: problem.messageKey, params: problem.params } : { ok: true, claim: next };
}
