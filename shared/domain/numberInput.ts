/** The limits a number field enforces; `step` counts from `min` (step 1 = whole numbers). */
export interface NumberLimits {
  min: number;
  max: number;
  step: number;
}

/** Why a typed number cannot be used; `text` is the entry as typed (trimmed), for the message. */
export type NumberInputProblem =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'notANumber'; text: string }
  | { kind: 'belowMin'; text: string; min: number }
  | { kind: 'aboveMax'; text: string; max: number }
  | { kind: 'step'; text: string; step: number; min: number };

export type NumberInputResult = { ok: true; value: number } | { ok: false; problem: NumberInputProblem };

/** Sign (ASCII "-", the typographic minus "−" or a dash pasted from a document), digits, one decimal mark. */
const NUMBER = /^([-\u2212\u2013+]?)(\d*)(?:[.,](\d*))?$/;

/**
 * Reads a number as typed and checks it against its limits, never clamping or truncating: "−30"
 * with min 0 is refused as below the minimum (not read as 30, or as 603), "9999" with max 720 is
 * refused as above the maximum (not cut to 99), "12.5" with step 1 is refused as not whole.
 * A comma works as the decimal mark ("1,5"), as French users type it.
 *
 * While typing (`final: false`), "", "-", "1." are `incomplete`; a value already out of range
 * stays refused only when more digits cannot bring it back (above max, or negative with min ≥ 0).
 *
 * @example
 * parseNumberInput('−30', { min: 0, max: 720, step: 1 })
 * // { ok: false, problem: { kind: 'belowMin', text: '−30', min: 0 } }
 * @example
 * parseNumberInput('50', { min: 0, max: 720, step: 15 })
 * // { ok: false, problem: { kind: 'step', text: '50', step: 15, min: 0 } }
 */
export function parseNumberInput(raw: string, limits: NumberLimits, opts: { final?: boolean } = {}): NumberInputResult {
  const final = opts.final ?? true;
  const text = raw.replace(/[\u00a0\u202f\u2009 ]/g, '').trim();
  const fail = (problem: NumberInputProblem): NumberInputResult => ({ ok: false, problem });
  if (text === '') return fail({ kind: 'empty' });
  const m = NUMBER.exec(text);
  if (!m) return fail({ kind: 'notANumber', text: raw.trim() });
  const [, sign, whole, fraction] = m as unknown as [string, string, string, string | undefined];
  const digits = whole + (fraction ?? '');
  if (digits === '') return final ? fail({ kind: 'notANumber', text }) : fail({ kind: 'incomplete' });
  // "12." is "12" once the user is done; while typing, the decimals may be on their way.
  if (fraction === '' && !final) return fail({ kind: 'incomplete' });
  const magnitude = Number(`${whole || '0'}.${fraction ?? '0'}`);
  const value = sign === '' || sign === '+' ? magnitude : -magnitude;
  if (value > limits.max) return fail({ kind: 'aboveMax', text, max: limits.max });
  if (value < limits.min) {
    const cannotRecover = value < 0 && limits.min >= 0;
    if (final || cannotRecover) return fail({ kind: 'belowMin', text, min: limits.min });
    return fail({ kind: 'incomplete' });
  }
  const steps = (value - limits.min) / limits.step;
  // A tolerance for binary fractions (0.1 steps), far below any step a user types.
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    // "1" on the way to "15" (step 15): more digits may still land on a step.
    if (!final && value >= 0 && fraction === undefined) return fail({ kind: 'incomplete' });
    return fail({ kind: 'step', text, step: limits.step, min: limits.min });
  }
  return { ok: true, value: value === 0 ? 0 : value };
}
