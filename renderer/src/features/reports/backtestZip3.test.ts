import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../../shared/geo';
import { gapByZip3State, initialDrillState } from './backtestZip3';

const group = (key: string, compared: number, agree: number) => ({
  key,
  compared,
  agree,
  earlier: 0,
  later: compared - agree,
  unserved: 0,
  meanDiffDays: compared === agree ? 0 : 1,
});

describe('the gap by ZIP3, state by state', () => {
  const result = {
    byZip3: [
      group('902', 4, 1),
      group('100', 6, 6),
      group('900', 2, 0),
      group('606', 3, 3),
      group('999x', 1, 0),
      group('941', 0, 0),
    ],
    byState: [group('CA', 6, 1), group('NY', 6, 6), group('IL', 3, 3)],
  };

  it('groups each ZIP3 under its state, ascending, leaving out unknown ZIP3s and ones without compared orders', () => {
    const byState = gapByZip3State(result, loadGeo());
    expect([...byState.keys()].sort()).toEqual(['CA', 'IL', 'NY']);
    expect(byState.get('CA')!.map((g) => g.key)).toEqual(['900', '902']);
    expect(byState.get('NY')!.map((g) => g.key)).toEqual(['100']);
  });

  it('opens on the state with the most orders that disagree; when all agree, on the one with the most orders', () => {
    const byState = gapByZip3State(result, loadGeo());
    expect(initialDrillState(result, byState)).toBe('CA');
    const agreeing = { ...result, byState: [group('CA', 2, 2), group('NY', 6, 6), group('IL', 3, 3)] };
    expect(initialDrillState(agreeing, byState)).toBe('NY');
    expect(initialDrillState({ byState: [] }, new Map())).toBeNull();
  });
});
