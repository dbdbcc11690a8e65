import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTimeInput } from './timeInput';
import { TimeOfDaySchema } from './dateTime';

const time = (raw: string, final = true) => {
  const r = parseTimeInput(raw, { final });
  return r.ok ? r.time : r.problem.kind;
};

describe('parseTimeInput', () => {
  it('reads the common ways to type a time', () => {
    expect(time('14:00')).toBe('14:00');
    expect(time('9:30')).toBe('09:30');
    expect(time('1400')).toBe('14:00');
    expect(time('930')).toBe('09:30');
    expect(time('14')).toBe('14:00');
    expect(time('00')).toBe('00:00');
    expect(time('0')).toBe('00:00');
    expect(time(' 23:59 ')).toBe('23:59');
  });

  it('reads am/pm, with or without space, dots or minutes', () => {
    expect(time('2pm')).toBe('14:00');
    expect(time('2 PM')).toBe('14:00');
    expect(time('2 p.m.')).toBe('14:00');
    expect(time('2p')).toBe('14:00');
    expect(time('2:30 pm')).toBe('14:30');
    expect(time('2:30pm')).toBe('14:30');
    expect(time('230pm')).toBe('14:30');
    expect(time('11:45 am')).toBe('11:45');
    expect(time('12am')).toBe('00:00');
    expect(time('12:15 am')).toBe('00:15');
    expect(time('12pm')).toBe('12:00');
    expect(time('9:30\u202fPM')).toBe('21:30'); // narrow no-break space, as macOS formats times
  });

  it('reads French and dotted times', () => {
    expect(time('9h30')).toBe('09:30');
    expect(time('9h')).toBe('09:00');
    expect(time('14h')).toBe('14:00');
    expect(time('14 h 05')).toBe('14:05');
    expect(time('14H05')).toBe('14:05');
    expect(time('9.30')).toBe('09:30');
    expect(time('17.45')).toBe('17:45');
  });

  it('refuses impossible times with the reason, never a neighbouring time', () => {
    expect(parseTimeInput('25:00')).toEqual({
      ok: false,
      problem: { kind: 'hourOutOfRange', text: '25:00', twelveHour: false },
    });
    expect(time('24:00')).toBe('hourOutOfRange');
    expect(time('2500')).toBe('hourOutOfRange');
    expect(time('13pm')).toBe('hourOutOfRange');
    expect(time('0am')).toBe('hourOutOfRange');
    expect(time('14:75')).toBe('minuteOutOfRange');
    expect(time('1275')).toBe('minuteOutOfRange');
    expect(time('2:75 pm')).toBe('minuteOutOfRange');
    expect(time('abc')).toBe('notATime');
    expect(time('2pmx')).toBe('notATime');
    expect(time('1:2:3')).toBe('notATime');
    expect(time('12345')).toBe('notATime');
    expect(time('-1')).toBe('notATime');
    expect(time('')).toBe('empty');
    expect(time('   ')).toBe('empty');
  });

  it('asks instead of guessing: one minute digit, missing minutes, a lone hour digit', () => {
    expect(parseTimeInput('1:5')).toEqual({
      ok: false,
      problem: { kind: 'minuteDigits', text: '1:5', early: '01:05', late: '01:50' },
    });
    expect(parseTimeInput('14:')).toEqual({
      ok: false,
      problem: { kind: 'missingMinutes', text: '14:', whole: '14:00' },
    });
    expect(parseTimeInput('2')).toEqual({
      ok: false,
      problem: { kind: 'ambiguousHour', text: '2', morning: '02:00', afternoon: '14:00' },
    });
  });

  it('while typing, waits for forms that could still change and refuses what never can', () => {
    // Complete 24-hour forms are read at once (the plan follows the keyboard).
    expect(time('14:00', false)).toBe('14:00');
    expect(time('0930', false)).toBe('09:30');
    expect(time('2pm', false)).toBe('14:00');
    expect(time('9h30', false)).toBe('09:30');
    // Could still become another time: "1" → "14:00", "930" → "9301"?, "9:30" → "9:30 pm", "2" → "2pm".
    for (const partial of ['1', '14', '930', '14:', '14:3', '9h', '9:30', '2', '2:30 ', '1:5'])
      expect(time(partial, false), partial).toBe('incomplete');
    expect(time('', false)).toBe('empty');
    // Can never become a time.
    expect(time('25:', false)).toBe('hourOutOfRange');
    expect(time('14:7', false)).toBe('minuteOutOfRange');
    expect(time('2500', false)).toBe('hourOutOfRange');
    expect(time('x', false)).toBe('notATime');
  });

  it('whatever is typed, an accepted time is a valid HH:MM and a typed HH:MM reads as itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.boolean(), (raw, final) => {
        const r = parseTimeInput(raw, { final });
        if (r.ok) expect(TimeOfDaySchema.safeParse(r.time).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const t = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(time(t)).toBe(t);
        expect(time(t, false)).toBe(t);
        expect(time(t.replace(':', ''))).toBe(t);
      }),
    );
  });
});
