import type { TimeOfDay } from './dateTime';

/**
 * Why a typed time cannot be used. `text` is the entry as typed (trimmed), for the message.
 * `incomplete` only comes back while the user is still typing (`final: false`).
 */
export type TimeInputProblem =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'hourOutOfRange'; text: string; twelveHour: boolean }
  | { kind: 'minuteOutOfRange'; text: string }
  /** "1:5": one minute digit; the message offers both readings (01:05, 01:50). */
  | { kind: 'minuteDigits'; text: string; early: TimeOfDay; late: TimeOfDay }
  /** "14:" or "9.": a separator with no minutes after it. */
  | { kind: 'missingMinutes'; text: string; whole: TimeOfDay }
  /** "2": a lone digit could be 02:00 or 14:00. */
  | { kind: 'ambiguousHour'; text: string; morning: TimeOfDay; afternoon: TimeOfDay }
  | { kind: 'notATime'; text: string };

export type TimeInputResult = { ok: true; time: TimeOfDay } | { ok: false; problem: TimeInputProblem };

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (h: number, m: number): TimeOfDay => `${pad(h)}:${pad(m)}`;

/** am/pm at the end: "pm", "p.m.", "PM", "p" (as on paper). */
const MERIDIEM = /^(.*?)\s*([ap])\.?\s*(?:m\.?)?$/;
/** Hour, a separator (":" English, "." common, "h" French), and up to two minute digits. */
const SEPARATED = /^(\d{1,2})\s*([:.h])\s*(\d{0,2})$/;

/**
 * Reads a time the way people type it, into 24-hour "HH:MM".
 * Understood: `14:00`, `9:30`, `1400`, `930`, `14`, `2pm`, `2 p.m.`, `2:30 pm`, `12am` (00:00),
 * `9.30`, `9h30`, `9h` and `14 h 05` (French). Refused with a reason: `25:00`, `13pm`, `14:75`,
 * `1:5` (01:05 or 01:50?), `2` (02:00 or 14:00?), `14:` and anything else.
 *
 * While the user is typing (`final: false`), an entry that could still become a different time
 * ("14", "930", "9h", "2:3") is `incomplete` rather than read too early, and so are forms a
 * 12-hour writer might still extend ("9:30" before " pm"); an entry that can never become a time
 * ("25:", "14:7") is refused at once. On leaving the field (`final: true`, the default) every
 * complete form is read.
 *
 * @example parseTimeInput('2:30 pm') // { ok: true, time: '14:30' }
 * @example
 * parseTimeInput('25:00') // { ok: false, problem: { kind: 'hourOutOfRange', text: '25:00', twelveHour: false } }
 */
export function parseTimeInput(raw: string, opts: { final?: boolean } = {}): TimeInputResult {
  const final = opts.final ?? true;
  // Narrow and non-breaking spaces come in when a time is pasted from a formatted document.
  const text = raw.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  const fail = (problem: TimeInputProblem): TimeInputResult => ({ ok: false, problem });
  const incomplete = fail({ kind: 'incomplete' });
  if (text === '') return fail({ kind: 'empty' });
  const lower = text.toLowerCase();

  const meridiem = MERIDIEM.exec(lower);
  if (meridiem && /\d$/.test(meridiem[1]!)) {
    const parts = splitParts(meridiem[1]!);
    if (!parts) return fail({ kind: 'notATime', text });
    if (parts.minute.length === 1) return final ? fail({ kind: 'notATime', text }) : incomplete;
    const hour = parts.hour;
    const minute = parts.minute === '' ? 0 : Number(parts.minute);
    if (hour < 1 || hour > 12) return fail({ kind: 'hourOutOfRange', text, twelveHour: true });
    if (minute > 59) return fail({ kind: 'minuteOutOfRange', text });
    const h24 = (hour % 12) + (meridiem[2] === 'p' ? 12 : 0);
    return { ok: true, time: hhmm(h24, minute) };
  }

  const separated = SEPARATED.exec(lower);
  if (separated) {
    const [, h, sep, m] = separated as unknown as [string, string, string, string];
    const hour = Number(h);
    if (hour > 23) return fail({ kind: 'hourOutOfRange', text, twelveHour: false });
    if (m.length >= 1 && Number(m[0]) > 5) return fail({ kind: 'minuteOutOfRange', text });
    if (m.length === 2) {
      // "9:30" may still get its " pm"; "09:30" and "14:30" are complete 24-hour times.
      if (!final && h.length === 1 && sep !== 'h') return incomplete;
      return { ok: true, time: hhmm(hour, Number(m)) };
    }
    if (!final) return incomplete;
    // French "9h" is a whole hour; "14:" and "9." have lost their minutes.
    if (m === '' && sep === 'h') return { ok: true, time: hhmm(hour, 0) };
    if (m === '') return fail({ kind: 'missingMinutes', text, whole: hhmm(hour, 0) });
    return fail({ kind: 'minuteDigits', text, early: hhmm(hour, Number(m)), late: hhmm(hour, Number(m) * 10) });
  }

  if (/^\d{1,4}$/.test(lower)) {
    if (lower.length === 4) return digitsTime(lower, text);
    if (!final) return incomplete;
    if (lower.length === 3) return digitsTime(lower, text);
    const hour = Number(lower);
    if (hour > 23) return fail({ kind: 'hourOutOfRange', text, twelveHour: false });
    // One digit could be morning or afternoon; two digits ("09", "14") read as a 24-hour hour.
    if (lower.length === 1 && hour !== 0)
      return fail({ kind: 'ambiguousHour', text, morning: hhmm(hour, 0), afternoon: hhmm(hour + 12, 0) });
    return { ok: true, time: hhmm(hour, 0) };
  }

  // Partial am/pm being typed ("2:30 " before the "p"): wait for the rest.
  if (!final && /^\d{1,2}([:.h]\d{0,2})?\s*$/.test(lower)) return incomplete;
  return fail({ kind: 'notATime', text });
}

/** "930" → 9:30, "1400" → 14:00 (the last two digits are the minutes). */
function digitsTime(digits: string, text: string): TimeInputResult {
  const hour = Number(digits.slice(0, -2));
  const minute = Number(digits.slice(-2));
  if (hour > 23) return { ok: false, problem: { kind: 'hourOutOfRange', text, twelveHour: false } };
  if (minute > 59) return { ok: false, problem: { kind: 'minuteOutOfRange', text } };
  return { ok: true, time: hhmm(hour, minute) };
}

/** The hour and minute digits before an am/pm: "2", "230", "2:30", "2.30", "2h30". */
function splitParts(s: string): { hour: number; minute: string } | null {
  const sep = /^(\d{1,2})\s*[:.h]\s*(\d{1,2})$/.exec(s);
  if (sep) return { hour: Number(sep[1]), minute: sep[2]! };
  if (/^\d{1,2}$/.test(s)) return { hour: Number(s), minute: '' };
  if (/^\d{3,4}$/.test(s)) return { hour: Number(s.slice(0, -2)), minute: s.slice(-2) };
  return null;
}
