import { describe, expect, it } from 'vitest';
import { TransitSpreadSchema } from '../domain/operations';
import { defaultSpreadRows } from '../catalog/transitSpread';
import { formatSharesPercent, parseSharesPercent } from './sharesText';

describe('transit spread shares typed as percentages per day', () => {
  it('reads what people type, with "/" or spaces and either decimal mark', () => {
    expect(parseSharesPercent('0 / 95 / 5')).toEqual({ ok: true, shares: [0, 0.95, 0.05] });
    expect(parseSharesPercent('0;0;97,2;2;0,8')).toEqual({ ok: true, shares: [0, 0, 0.972, 0.02, 0.008] });
    expect(parseSharesPercent('  100 ')).toEqual({ ok: true, shares: [1] });
  });

  it('refuses what is not a spread, saying why', () => {
    expect(parseSharesPercent('0 / 95 / 4')).toMatchObject({
      ok: false,
      messageKey: 'eligibility.sharesText.sum',
      params: { sum: 99 },
    });
    expect(parseSharesPercent('0 / -5 / 105')).toMatchObject({
      ok: false,
      messageKey: 'eligibility.sharesText.notANumber',
      params: { day: 1 },
    });
    expect(parseSharesPercent('0 / 150')).toMatchObject({ ok: false, messageKey: 'eligibility.sharesText.above100' });
    expect(parseSharesPercent('')).toMatchObject({ ok: false, messageKey: 'eligibility.sharesText.empty' });
    expect(parseSharesPercent(Array(17).fill('1').join('/'))).toMatchObject({
      ok: false,
      messageKey: 'eligibility.sharesText.tooManyDays',
    });
  });

  it('every default spread reads back to itself and to a valid settings row', () => {
    for (const row of defaultSpreadRows('usps-priority-mail')) {
      for (const mark of ['.', ','] as const) {
        const r = parseSharesPercent(formatSharesPercent(row.shares, mark));
        if (!r.ok) throw new Error(r.messageKey);
        r.shares.forEach((s, i) => expect(s).toBeCloseTo(row.shares[i]!, 9));
        expect(TransitSpreadSchema.safeParse({ ...row, shares: r.shares }).success).toBe(true);
      }
    }
  });
});
