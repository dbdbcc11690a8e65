import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { loadGeo } from '../geo';
import { simulate } from './simulate';
import { simulateWindow } from './simulateWindow';
import { upToWholePercent } from './wholePercent';

const geo = loadGeo();

describe('simulateWindow — the metric over several real weeks', () => {
  it('a one-week window is that week', () => {
    const one = simulateWindow(sampleSettings(), geo, { weekStart: '2026-11-23', weeks: 1 });
    const { weekStarts, ...rest } = one;
    expect(weekStarts).toEqual(['2026-11-23']);
    expect(rest).toEqual(simulate(sampleSettings(), geo, { weekStart: '2026-11-23' }));
  });

  it('Thanksgiving week and the week after: equal traffic, so the shares are the two weeks’ average, judged rounded up', () => {
    const s = sampleSettings();
    const a = simulate(s, geo, { weekStart: '2026-11-23' });
    const b = simulate(s, geo, { weekStart: '2026-11-30' });
    const w = simulateWindow(s, geo, { weekStart: '2026-11-23', weeks: 2 });
    expect(w.weekStarts).toEqual(['2026-11-23', '2026-11-30']);
    expect(w.typicalWeek).toBe(false);
    // Thanksgiving (Thursday 26 Nov) slows its week: the window lies strictly between the two weeks.
    expect(a.tiers.standard.le2).toBeLessThan(b.tiers.standard.le2);
    expect(w.tiers.standard.le2).toBeCloseTo((a.tiers.standard.le2 + b.tiers.standard.le2) / 2, 12);
    expect(w.byState.CA!.le5).toBeCloseTo((a.byState.CA!.le5 + b.byState.CA!.le5) / 2, 12);
    const check = w.checks.find((c) => c.id === 'speed.standard.le2')!;
    expect(check.value).toBe(w.tiers.standard.le2);
    expect(check.rounded).toEqual({ value: upToWholePercent(w.tiers.standard.le2), target: 0.75 });
    expect(check.pass).toBe(upToWholePercent(w.tiers.standard.le2) >= 0.75);
    expect(w.deliveredWeekdays.shares.mon).toBeCloseTo(
      (a.deliveredWeekdays.shares.mon + b.deliveredWeekdays.shares.mon) / 2,
      12,
    );
    expect(w.nationwide).toBe(a.nationwide && b.nationwide);
  });

  it('reports each week as it is done, and a throw from the callback stops the window between weeks', () => {
    const seen: string[] = [];
    simulateWindow(sampleSettings(), geo, {
      weekStart: '2026-11-23',
      weeks: 3,
      onWeekDone: (done, total) => void seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    let calls = 0;
    const stop = new Error('stopped');
    expect(() =>
      simulateWindow(sampleSettings(), geo, {
        weekStart: '2026-11-23',
        weeks: 3,
        onWeekDone: () => {
          calls++;
          throw stop;
        },
      }),
    ).toThrow(stop);
    expect(calls).toBe(1);
  });

  it('refuses a window of 0 or more than 13 weeks', () => {
    expect(() => simulateWindow(sampleSettings(), geo, { weekStart: '2026-11-23', weeks: 0 })).toThrow(/1 to 13/);
    expect(() => simulateWindow(sampleSettings(), geo, { weekStart: '2026-11-23', weeks: 14 })).toThrow(/1 to 13/);
  });
});
