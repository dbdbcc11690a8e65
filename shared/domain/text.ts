/**
 * Text that ShipWeek stores and prints must be plain, well-formed Unicode. Two things are refused
 * where text enters (settings files, the IPC contract):
 * - lone UTF-16 surrogates: SQLite stores them as invalid UTF-8, so two different names read back
 *   the same and collide on the unique-name index, blocking every later save;
 * - control characters (C0, DEL, C1): a NUL cuts names short in C libraries and an ESC sequence
 *   rewrites the user's terminal when the CLI prints the name. Tab, line feed and carriage return
 *   are allowed only in multi-line text (descriptions).
 */
import type { z } from 'zod';

export type TextProblem = {
  kind: 'control' | 'surrogate';
  /** e.g. 'U+001B' */ code: string;
  /** 0-based UTF-16 index */ index: number;
};

// With the u flag a surrogate range matches only surrogates that are NOT part of a valid pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const codeOf = (text: string, index: number) =>
  `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character that makes `text` unfit to store, or null.
 * @example textProblem('Dock\u0000A') // { kind: 'control', code: 'U+0000', index: 4 }
 * @example textProblem('Line 1\nLine 2', { multiLine: true }) // null
 */
export function textProblem(text: string, options: { multiLine?: boolean } = {}): TextProblem | null {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return { kind: 'surrogate', code: codeOf(text, surrogate.index), index: surrogate.index };
  const control = (options.multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).exec(text);
  if (control) return { kind: 'control', code: codeOf(text, control.index), index: control.index };
  return null;
}

/** i18n keys of the two refusals (shared/i18n/messages.*.ts), with `{{code}}` and `{{position}}` (1-based). */
export const TEXT_PROBLEM_KEYS = {
  control: 'domain.text.controlCharacter',
  surrogate: 'domain.text.loneSurrogate',
} as const;

/** English text of a refusal, for logs and the IPC layer's plain message. */
export function describeTextProblem(problem: TextProblem): string {
  return problem.kind === 'surrogate'
    ? `contains a broken character (unpaired surrogate ${problem.code} at position ${problem.index + 1}); save the text again as UTF-8`
    : `contains a control character (${problem.code} at position ${problem.index + 1}); remove it`;
}

/**
 * `schema` refusing text with a lone surrogate or a control character, with a message that names the
 * character and where it is (the issue's params carry the i18n key).
 * @example plainText(z.string().max(80)).safeParse('A\u0000').success // false
 */
export function plainText<T extends z.ZodString>(schema: T, options: { multiLine?: boolean } = {}): T {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, options);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: describeTextProblem(problem),
        params: { messageKey: TEXT_PROBLEM_KEYS[problem.kind], code: problem.code, position: problem.index + 1 },
      });
    }
  }) as T;
}
