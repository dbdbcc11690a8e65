import { z } from 'zod';
import type { MessageKey } from '../i18n/catalogue';
import { isMessageKey } from '../i18n/messageKey';

/**
 * A message key on the wire: a string the catalogue has (directly or as a plural base), typed
 * `MessageKey`. Main parses every answer with the contract, so a key the catalogue lacks is refused
 * there, where it was emitted, and the renderer receives keys it can render without checking again.
 * One own-property look-up in the English catalogue per key (six more for a plural base).
 */
export const MessageKeySchema = z.custom<MessageKey>((value) => typeof value === 'string' && isMessageKey(value), {
  message: 'not a message key of the catalogue',
});

/**
 * Error codes a handler may answer with. The renderer shows `key` (an i18n key) when present and
 * falls back to `message` (plain English), so users never see a stack trace.
 */
export const ERROR_CODES = ['invalid', 'notFound', 'conflict', 'storage', 'forbidden', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldErrorSchema = z.object({
  /** Dotted path of the offending field in the request, e.g. "zip". */
  field: z.string(),
  key: MessageKeySchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  message: z.string(),
  /**
   * The technical place (an import's `rows[3].weight`, a settings file's JSON path): shown folded, after the plain
   * message.
   */
  details: z.string().optional(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  key: MessageKeySchema.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fields: z.array(FieldErrorSchema).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** A failure a service raises on purpose; the IPC layer turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { key?: MessageKey; params?: Record<string, string | number>; fields?: FieldError[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, ...this.extra };
  }
}
