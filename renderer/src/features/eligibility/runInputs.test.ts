import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/i18n/catalogue';
import { runInputProblems } from './runInputs';

const ok = { start: '2026-12-06', weeks: '13', runs: '2000', seed: '1' };

describe('the Eligibility run bar says what is wrong with each entry', () => {
  it('accepts a Sunday and whole numbers within their bounds', () => {
    expect(runInputProblems(ok)).toEqual({});
    expect(runInputProblems({ start: '2026-01-04', weeks: '520', runs: '100000', seed: '0' })).toEqual({});
  });

  it('a day that is not a Sunday offers the Sunday of its week (Amazon weeks run Sunday to Saturday)', () => {
    // 2026-12-08 is a Tuesday; 2026-12-07 a Monday; 2026-12-12 a Saturday: all in the week of Sunday 6 December.
    for (const start of ['2026-12-07', '2026-12-08', '2026-12-12'])
      expect(runInputProblems({ ...ok, start }).start).toEqual({
        key: 'eligibility.form.startNotSunday',
        params: { date: start, weekday: start, sunday: '2026-12-06' },
      });
    // Across a year end.
    expect(runInputProblems({ ...ok, start: '2027-01-01' }).start?.params.sunday).toBe('2026-12-27');
  });

  it('an empty or impossible date is asked for again', () => {
    for (const start of ['', '2026-02-30', '12/06/2026'])
      expect(runInputProblems({ ...ok, start }).start?.key).toBe('eligibility.form.startBad');
  });

  it('weeks, runs and seed out of bounds or not whole are each named with their bounds', () => {
    for (const weeks of ['0', '521', '1.5', '', 'x'])
      expect(runInputProblems({ ...ok, weeks }).weeks).toEqual({
        key: 'eligibility.form.weeksRange',
        params: { max: 520 },
      });
    expect(runInputProblems({ ...ok, runs: '0' }).runs).toEqual({
      key: 'eligibility.form.runsRange',
      params: { max: 100_000 },
    });
    expect(runInputProblems({ ...ok, seed: '-1' }).seed).toEqual({
      key: 'eligibility.form.seedRange',
      params: { max: 4_294_967_295 },
    });
    expect(Object.keys(runInputProblems({ ...ok, weeks: '0' }))).toEqual(['weeks']);
  });

  it('every key it gives has an English and a French text', () => {
    const keys = ['startBad', 'startNotSunday', 'weeksRange', 'runsRange', 'seedRange'].map(
      (k) => `eligibility.form.${k}`,
    );
    for (const lang of ['en', 'fr'] as const)
      for (const key of keys) expect((CATALOGUE[lang] as Record<string, string>)[key]).toBeTruthy();
  });
});
