import { describe, expect, it } from 'vitest';
import { gapByState, gapClass } from './backtestGap';

const g = (meanDiffDays: number, compared = 10, unserved = 0) => ({ compared, unserved, meanDiffDays });

describe('the backtest gap map classes', () => {
  it('bands the mean gap in half days around zero, each edge on the side of "even"', () => {
    expect([-3, -1.5, -1.49, -0.51, -0.5, 0, 0.5, 0.51, 1.49, 1.5, 4].map((m) => gapClass(g(m)))).toEqual([
      'earlier2',
      'earlier2',
      'earlier1',
      'earlier1',
      'even',
      'even',
      'even',
      'later1',
      'later1',
      'later2',
      'later2',
    ]);
  });

  it('a state whose every order got no promise is "unserved" whatever its mean (which is 0 then); some unserved orders do not hide the others', () => {
    expect(gapClass(g(0, 4, 4))).toBe('unserved');
    expect(gapClass(g(2, 4, 3))).toBe('later2');
  });

  it('indexes the groups by state code', () => {
    const byState = gapByState({
      byState: [{ key: 'OH', compared: 3, agree: 1, earlier: 0, later: 2, unserved: 0, meanDiffDays: 0.67 }],
    });
    expect(byState.get('OH')?.later).toBe(2);
    expect(byState.has('CA')).toBe(false);
  });
});
