import { describe, expect, it } from 'vitest';
import { mapBand, mapBandLabels, mapScale } from './mapScale';

describe('map bands shared by the report and the app', () => {
  it('a 75 % target: 5 points either side, then 10, then open; brown below, teal at or above; the report’s labels', () => {
    const scale = mapScale(0.75);
    expect(scale.lowers).toEqual([0, 0.55, 0.65, 0.7, 0.75, 0.8, 0.9]);
    expect(scale.below).toEqual([true, true, true, true, false, false, false]);
    expect(scale.fills).toEqual(['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#c7eae5', '#5ab4ac', '#01665e']);
    const pct = (s: number) => `${Math.round(s * 100)}%`;
    expect(mapBandLabels(scale, pct)).toEqual([
      '< 55%',
      '55%–65%',
      '65%–70%',
      '70%–75%',
      '75%–80%',
      '80%–90%',
      '≥ 90%',
    ]);
    // 74.96 % prints as 75.0 %: at the target, teal.
    expect(mapBand(scale, 0.74996)).toBe(4);
    expect(mapBand(scale, 0.6449)).toBe(1); // prints 64.4 %
    expect(mapBand(scale, 0.6499)).toBe(2); // prints 65.0 %
  });

  it('without a 2-day target: the heatmap’s steps, none of them "below"', () => {
    const scale = mapScale(null);
    expect(scale.lowers).toEqual([0, 0.4, 0.6, 0.75, 0.9]);
    expect(scale.below.some(Boolean)).toBe(false);
    expect(mapBandLabels(scale, (s) => `${s * 100}%`)).toEqual(['< 40%', '40%–60%', '60%–75%', '75%–90%', '≥ 90%']);
  });
});
