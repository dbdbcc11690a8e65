/**
 * The returns register and SAFE-T claims as stored in the workspace and carried over IPC: the facts
 * as the seller or Amazon's report gave them. Deadlines and statuses are never stored — they depend
 * on the plan's calendar and on today, so they are derived (deadlines.ts, safeT.ts) where shown.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../time/dateTime';
import { plainText } from '../domain/text';

/** Longest order id, SKU, ASIN or claim id we keep (Amazon's are under 20 characters). */
export const MAX_RETURN_ID_LENGTH = 64;
/** Most returns and claims one workspace holds: years of a busy seller's returns. */
export const MAX_RETURNS = 20_000;
export const MAX_CLAIMS = 5_000;

const Id = plainText(z.string().trim().min(1).max(MAX_RETURN_ID_LENGTH));
const OptionalId = plainText(z.string().trim().max(MAX_RETURN_ID_LENGTH));

/**
 * A date or date-time as written (`2026-11-27`, `2026-11-27T16:05:00-05:00`, `2026-11-27 16:05`).
 * Read by `localDateOf` in the warehouse's time zone; kept as text so a later change of the
 * warehouse's zone re-reads it instead of keeping a date computed under the old one.
 */
export const WrittenDateSchema = plainText(z.string().trim().max(40));

export const ReturnEntrySchema = z.object({
  orderId: Id,
  /** SKU, else ASIN, else '' — with the order id, what makes a return unique. */
  item: OptionalId,
  asin: OptionalId.default(''),
  sku: OptionalId.default(''),
  /** When the customer asked to return (as written). */
  requestedAt: WrittenDateSchema,
  /** When the item reached the warehouse (as written); '' while it is on its way. */
  receivedAt: WrittenDateSchema.default(''),
  quantity: z.number().int().min(1).max(100_000).default(1),
  reason: plainText(z.string().trim().max(200)).default(''),
  /** Whether the customer has been refunded. */
  refunded: z.boolean().default(false),
  /** Where the row came from: Amazon's report (re-imports update it) or typed by hand. */
  source: z.enum(['report', 'hand']).default('hand'),
});
export type ReturnEntry = z.infer<typeof ReturnEntrySchema>;
export type ReturnEntryInput = z.input<typeof ReturnEntrySchema>;

export const SAFE_T_OUTCOMES = ['granted', 'partial', 'denied'] as const;
export const SafeTOutcomeSchema = z.enum(SAFE_T_OUTCOMES);

export const SafeTClaimSchema = z.object({
  claimId: Id,
  orderId: OptionalId.default(''),
  reason: plainText(z.string().trim().max(200)).default(''),
  filedOn: IsoDateSchema,
  /** Amount claimed, in dollars (cents kept). */
  amount: z.number().min(0).max(1_000_000).default(0),
  /** Amazon asked for more information on this day ('' = not asked). */
  infoRequestedOn: IsoDateSchema.or(z.literal('')).default(''),
  /** The seller answered on this day ('' = not yet). */
  infoSentOn: IsoDateSchema.or(z.literal('')).default(''),
  decisionOn: IsoDateSchema.or(z.literal('')).default(''),
  outcome: SafeTOutcomeSchema.or(z.literal('')).default(''),
  /** The one dispute this decision allows ('' = not disputed). */
  disputedOn: IsoDateSchema.or(z.literal('')).default(''),
});
export type SafeTClaim = z.infer<typeof SafeTClaimSchema>;
export type SafeTClaimInput = z.input<typeof SafeTClaimSchema>;

/** The key a return is stored and updated under: order id and item. */
export function returnKey(entry: Pick<ReturnEntry, 'orderId' | 'item'>): string {
  return `${entry.orderId}\u0000${entry.item}`;
}
