import { describe, expect, it } from 'vitest';
import { CONTIGUOUS_48_DC } from '../geo/states';
import type { StateStats } from '../engine/simulate';
import { heatmapSvg, shareColour, shareStep, usMapSvg } from './charts';
import { translator } from './format';
import { usStateShapes } from './usMap';

function states(le2: number): Record<string, StateStats> {
  return Object.fromEntries(CONTIGUOUS_48_DC.map((s) => [s, { weight: 1 / 49, le1: le2 / 2, le2, le5: 1, meanDays: 2, covered: true, unreachableZip3s: [] }]));
}

describe('map shapes', () => {
  it('has every state of 48 + DC (plus Alaska and Hawaii) as SVG path data inside the 975 x 610 frame', () => {
    const shapes = usStateShapes();
    const codes = shapes.map((s) => s.code);
    for (const code of CONTIGUOUS_48_DC) expect(codes, code).toContain(code);
    expect(codes).toContain('AK');
    expect(codes).toContain('HI');
    for (const s of shapes) {
      expect(s.d).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(s.cx).toBeGreaterThan(0);
      expect(s.cx).toBeLessThan(975);
      expect(s.cy).toBeLessThan(610);
    }
    // Texas is far bigger than Rhode Island: the areas come from real outlines.
    const area = (c: string) => shapes.find((s) => s.code === c)!.area;
    expect(area('TX')).toBeGreaterThan(50 * area('RI'));
  });
});

describe('colour scale', () => {
  it('puts shares in five steps with the boundaries inclusive at the bottom', () => {
    expect([0, 0.39, 0.4, 0.6, 0.749, 0.75, 0.9, 1].map(shareStep)).toEqual([0, 0, 1, 2, 2, 3, 4, 4]);
    expect(shareColour(0.95).text).toBe('#ffffff');
    expect(shareColour(0.1).text).toBe('#111111');
  });
});

describe('usMapSvg', () => {
  it('colours measured states, greys Alaska and Hawaii and marks uncovered states', () => {
    const byState = states(0.8);
    byState['CA'] = { ...byState['CA']!, le2: 0.1, covered: false };
    const svg = usMapSvg(byState, ['CA'], translator('en'));
    expect(svg.startsWith('<svg')).toBe(true);
    const group = (code: string) => svg.match(new RegExp(`<g data-state="${code}">.*?</g>`))![0];
    expect(group('OH')).toContain(shareColour(0.8).fill);
    expect(group('CA')).toContain('url(#uncovered)');
    expect(group('CA')).toContain('#b00020');
    expect(group('OH')).not.toContain('url(#uncovered)');
    expect(group('AK')).toContain('#d9d9d9');
    expect(group('CA')).toContain('CA: 10% within 2 days');
  });
});

describe('heatmapSvg', () => {
  it('draws 7 x 24 cells labelled with their percentage and weekday names in the language', () => {
    const heat = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => (d === 4 && h >= 12 ? 0.04 : 1)));
    const svg = heatmapSvg(heat, translator('fr'));
    expect(svg.match(/<rect /g)!.length).toBe(168 + 5); // cells + legend
    expect(svg).toContain('>lun.<');
    expect(svg).toContain('>dim.<');
    // French percentages use a narrow no-break space before "%".
    expect(svg).toMatch(/<title>vendredi 13 h : 4\s%\sen 2 jours<\/title>/u);
    expect(svg).toMatch(/<title>lundi 13 h : 100\s%\sen 2 jours<\/title>/u);
  });
});
