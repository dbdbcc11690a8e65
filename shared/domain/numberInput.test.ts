import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './numberInput';

const LEAD = { min: 0, max: 720, step: 1 };
const read = (raw: string, limits = LEAD, final = true) => {
  const r = parseNumberInput(raw, limits, { final });
  return r.ok ? r.value : r.problem.kind;
};

describe('parseNumberInput', () => {
  it('reads whole and decimal numbers, with a point or a French comma', () => {
    expect(read('60')).toBe(60);
    expect(read(' 0 ')).toBe(0);
    expect(read('720')).toBe(720);
    expect(read('+15')).toBe(15);
    expect(read('12,5', { min: 0, max: 100, step: 0.1 })).toBe(12.5);
    expect(read('30.0', { min: 0, max: 100, step: 0.1 })).toBe(30);
    expect(read('12.', LEAD)).toBe(12);
    expect(read('1 000', { min: 0, max: 5000, step: 1 })).toBe(1000);
  });

  it('refuses out-of-range numbers instead of clamping or cutting them', () => {
    expect(parseNumberInput('−30', LEAD)).toEqual({ ok: false, problem: { kind: 'belowMin', text: '−30', min: 0 } });
    expect(read('-30')).toBe('belowMin');
    expect(read('–30')).toBe('belowMin'); // an en dash pasted from a document
    expect(parseNumberInput('9999', LEAD)).toEqual({
      ok: false,
      problem: { kind: 'aboveMax', text: '9999', max: 720 },
    });
    expect(read('721')).toBe('aboveMax');
    expect(read('10', { min: 15, max: 720, step: 1 })).toBe('belowMin');
  });

  it('refuses a value off the step, and what is not a number', () => {
    expect(read('12.5')).toBe('step');
    expect(parseNumberInput('50', { min: 0, max: 720, step: 15 })).toEqual({
      ok: false,
      problem: { kind: 'step', text: '50', step: 15, min: 0 },
    });
    expect(read('45', { min: 0, max: 720, step: 15 })).toBe(45);
    expect(read('12.34', { min: 0, max: 100, step: 0.1 })).toBe('step');
    expect(read('30.1', { min: 0, max: 100, step: 0.1 })).toBe(30.1);
    for (const bad of ['abc', '1e3', '0x10', '1.2.3', '12a', '--1', '.', '-'])
      expect(read(bad), bad).toBe('notANumber');
    expect(read('')).toBe('empty');
  });

  it('while typing, waits when more keys can still make it right, refuses when they cannot', () => {
    for (const partial of ['-', '12.', '1'])
      expect(read(partial, { min: 15, max: 720, step: 15 }, false), partial).toBe('incomplete');
    expect(read('7', { min: 0, max: 720, step: 15 }, false)).toBe('incomplete');
    expect(read('−3', LEAD, false)).toBe('belowMin');
    expect(read('999', LEAD, false)).toBe('aboveMax');
    expect(read('12.5', LEAD, false)).toBe('step');
    expect(read('3', LEAD, false)).toBe(3);
  });
});
