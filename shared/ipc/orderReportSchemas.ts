/**
 * Result schemas of the order-report channels (import:orderReport, backtest:run): what an Amazon order
 * report contained and what the backtest found, as main sends them to the renderer. Every field the
 * renderer reads is named (zod drops the others).
 */
import { z } from 'zod';
import { ServiceIdSchema } from '../domain/carrier';
import { WeekdaySchema } from '../time/dateTime';
import { MessageKeySchema } from './result';

const Count = z.number().int().nonnegative();
const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/** A problem of the file, or a skipped row's example: the imports' one error shape (shared/imports/framework.ts). */
export const OrderReportErrorSchema = z.object({
  row: Count,
  field: z.string(),
  /** Short reason, the key's last part (`badZip`, `unknownZip`…). */
  code: z.string(),
  messageKey: MessageKeySchema,
  params: Params,
  message: z.string(),
  /** The technical place (`rows[6].ship-postal-code`), shown folded after the message. */
  details: z.string().optional(),
});

export const OrderReportReadSchema = z.object({
  delimiter: z.enum(['tab', 'comma']),
  columns: z.record(z.string(), z.string()),
  missingColumns: z.array(z.string()),
  rows: Count,
  orders: Count,
  primeOrders: Count,
  duplicateLines: Count,
  units: Count,
  ordersWithPromise: Count,
  badPromiseDates: Count,
  firstPurchase: z.string().nullable(),
  lastPurchase: z.string().nullable(),
  skipped: z.object({ total: Count, byReason: z.record(z.string(), Count), examples: z.array(OrderReportErrorSchema) }),
  unknownZips: z.object({ rows: Count, zips: z.array(z.string()) }),
  assumedTimeZone: z.object({ timeZone: z.string(), rows: Count }).nullable(),
  primeAssumed: z.boolean(),
  primeOrdersByWeekdayHour: z.array(z.array(Count)),
  primeOrdersPerWeek: z.number().nonnegative(),
  primeZips: Count,
});
export type OrderReportReadDto = z.infer<typeof OrderReportReadSchema>;

const GroupSchema = z.object({
  key: z.string(),
  compared: Count,
  agree: Count,
  earlier: Count,
  later: Count,
  unserved: Count,
  meanDiffDays: z.number(),
});

export const BacktestResultSchema = z.object({
  orders: Count,
  primeOrders: Count,
  withoutAmazonPromise: Count,
  compared: Count,
  agree: Count,
  agreeShare: z.number().min(0).max(1),
  earlier: Count,
  later: Count,
  unserved: Count,
  diffHistogram: z.array(z.object({ diffDays: z.number().int(), orders: Count })),
  byState: z.array(GroupSchema),
  byZip3: z.array(GroupSchema),
  byServiceLevel: z.array(GroupSchema),
  byWeekdayHour: z.array(
    z.object({ weekday: WeekdaySchema, hour: z.number().int().min(0).max(23), compared: Count, agree: Count }),
  ),
  worst: z.array(
    z.object({
      orderId: z.string(),
      row: Count,
      zip: z.string(),
      state: z.string(),
      purchaseDate: z.string(),
      purchaseLocal: z.string(),
      serviceLevel: z.string(),
      amazonPromise: z.string(),
      shipweekPromise: z.string().nullable(),
      diffDays: z.number().int().nullable(),
      serviceId: ServiceIdSchema.nullable(),
      explanation: z.array(z.object({ key: MessageKeySchema, params: Params })),
      planName: z.string().nullable().default(null),
    }),
  ),
  suggestedOverrides: z.array(
    z.object({
      serviceId: ServiceIdSchema,
      dest: z.string(),
      businessDays: z.number().int().min(0).max(15),
      currentBusinessDays: z.number().int(),
      orders: Count,
      agreeNow: Count,
      agreeWith: Count,
    }),
  ),
  slowPathOrders: Count,
  blocksCompiled: Count,
  byPlan: z.array(z.object({ name: z.string().nullable(), compared: Count, agree: Count })).default([]),
});
export type BacktestResultDto = z.infer<typeof BacktestResultSchema>;
