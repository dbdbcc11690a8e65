import { z } from 'zod';

/**
 * Error codes a handler may answer with. The renderer shows `key` (an i18n key) when present and
 * falls back to `message` (plain English), so users never see a stack trace.
 */
export const ERROR_CODES = ['invalid', 'notFound', 'conflict', 'storage', 'forbidden', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldErrorSchema = z.object({
  /** Dotted path of the offending field in the request, e.g. "zip". */
  field: z.string(),
  key: z.string(),
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
  key: z.string().optional(),
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
    readonly extra: { key?: string; params?: Record<string, string | number>; fields?: FieldError[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, ...this.extra };
  }
}
