import { describe, expect, it } from 'vitest';
import { planRangeMessage, plansInForceProblems } from './plansInForce';

describe('plans in force: ranges', () => {
  const june = { name: 'June', from: '2026-06-01', to: '2026-06-30' };
  const july = { name: 'July', from: '2026-07-01', to: '2026-07-31' };

  it('accepts ranges that touch without sharing a date', () => {
    expect(plansInForceProblems([june, july])).toEqual([]);
    expect(plansInForceProblems([])).toEqual([]);
  });

  it('names both plans and the dates they share, both ends included, for every overlapping pair', () => {
    const peak = { name: 'Peak', from: '2026-06-30', to: '2026-07-02' };
    const problems = plansInForceProblems([june, july, peak]);
    expect(problems).toEqual([
      {
        kind: 'overlap',
        first: june,
        second: peak,
        firstIndex: 0,
        secondIndex: 2,
        from: '2026-06-30',
        to: '2026-06-30',
      },
      {
        kind: 'overlap',
        first: july,
        second: peak,
        firstIndex: 1,
        secondIndex: 2,
        from: '2026-07-01',
        to: '2026-07-02',
      },
    ]);
    expect(planRangeMessage(problems[1]!)).toEqual({
      id: 'plansOverlap',
      params: {
        first: 'July',
        firstFrom: '2026-07-01',
        firstTo: '2026-07-31',
        second: 'Peak',
        secondFrom: '2026-06-30',
        secondTo: '2026-07-02',
        from: '2026-07-01',
        to: '2026-07-02',
      },
    });
  });

  it('the same plan listed twice over one period overlaps itself; a range inside another overlaps over its own dates', () => {
    expect(plansInForceProblems([june, { ...june }])[0]).toMatchObject({
      kind: 'overlap',
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(plansInForceProblems([june, { name: 'Sale', from: '2026-06-10', to: '2026-06-12' }])[0]).toMatchObject({
      from: '2026-06-10',
      to: '2026-06-12',
    });
  });

  it('a range that ends before it starts is its own problem (not also an overlap)', () => {
    const backwards = { name: 'Typo', from: '2026-06-30', to: '2026-06-01' };
    expect(plansInForceProblems([june, backwards])).toEqual([{ kind: 'backwards', plan: backwards, index: 1 }]);
    expect(planRangeMessage({ kind: 'backwards', plan: backwards, index: 1 })).toEqual({
      id: 'planRangeBackwards',
      params: { name: 'Typo', from: '2026-06-30', to: '2026-06-01' },
    });
  });
});
