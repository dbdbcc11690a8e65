/**
 * Schemas of the returns channels (returns:*): the stored register as the page sees it, and what an
 * import of Amazon's returns report read. Kept out of contract.ts, as the order-report ones are.
 */
import { z } from 'zod';
import { MAX_CLAIMS, MAX_RETURNS, ReturnEntrySchema, SafeTClaimSchema } from '../returns/model';

const RowId = z.number().int().positive();

export const StoredReturnSchema = z.object({ id: RowId, entry: ReturnEntrySchema });
export const StoredClaimSchema = z.object({ id: RowId, claim: SafeTClaimSchema });
export const ReturnsRegisterSchema = z.object({
  returns: z.array(StoredReturnSchema),
  claims: z.array(StoredClaimSchema),
});
export type ReturnsRegisterDto = z.infer<typeof ReturnsRegisterSchema>;

const Column = z.enum([
  'orderId',
  'requestDate',
  'receivedDate',
  'asin',
  'sku',
  'quantity',
  'reason',
  'refundedAmount',
  'refundStatus',
]);
export const ReturnsReportReadSchema = z.object({
  delimiter: z.enum(['tab', 'comma']),
  columns: z.partialRecord(Column, z.string()),
  missingColumns: z.array(Column),
  rows: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  refunded: z.number().int().nonnegative(),
  notArrived: z.number().int().nonnegative(),
  assumedTimeZone: z.object({ timeZone: z.string(), rows: z.number().int().nonnegative() }).nullable(),
});

export const ReturnsChannelArgs = {
  saveReturn: z.object({ id: RowId.nullable(), entry: ReturnEntrySchema }).strict(),
  saveClaim: z.object({ id: RowId.nullable(), claim: SafeTClaimSchema }).strict(),
  remove: z.object({ id: RowId }).strict(),
  replaceAll: z
    .object({ returns: z.array(ReturnEntrySchema).max(MAX_RETURNS), claims: z.array(SafeTClaimSchema).max(MAX_CLAIMS) })
    .strict(),
};

export const ReturnsImportResultSchema = z.object({
  imported: z.boolean(),
  read: ReturnsReportReadSchema.nullable(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  register: ReturnsRegisterSchema.nullable(),
});
