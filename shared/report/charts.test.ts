import { describe, expect, it } from 'vitest';
import { CONTIGUOUS_48_DC } from '../geo/states';
import type { StateStats } from '../engine/simulate';
import { heatmapSvg, mapBand, mapScale, shareColour, shareStep, usMapSvg } from './charts';
import { translator } from './format';
import { usStateShapes } from './usMap';

function states(le2: number): Record<string, StateStats> {
  return Object.fromEntries(
    CONTIGUOUS_48_DC.map((s) => [
      s,
      { weight: 1 / 49, le1: le2 / 2, le2, le5: 1, meanDays: 2, covered: true, unreachableZip3s: [] },
    ]),
  );
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
    const group = (code: string) => svg.match(new RegExp(`<g data-state="${code}"[^>]*>.*?</g>`))![0];
    expect(group('OH')).toContain(shareColour(0.8).fill);
    expect(group('CA')).toContain('url(#uncovered)');
    expect(group('CA')).toContain('#b00020');
    expect(group('OH')).not.toContain('url(#uncovered)');
    expect(group('AK')).toContain('#d9d9d9');
    expect(group('CA')).toContain('CA: 10% within 2 days');
  });
});

describe('the map’s bands around the 2-day target', () => {
  it('are 5 points wide next to the target, wider further out, and split below / at or above it', () => {
    const scale = mapScale(0.75);
    expect(scale.lowers).toEqual([0, 0.55, 0.65, 0.7, 0.75, 0.8, 0.9]);
    expect(scale.below).toEqual([true, true, true, true, false, false, false]);
    expect(new Set(scale.fills).size).toBe(7);
    // The 2021 target (55 %) and a high one (90 %) keep bands inside 0..100 %.
    expect(mapScale(0.55).lowers).toEqual([0, 0.35, 0.45, 0.5, 0.55, 0.6, 0.7]);
    expect(mapScale(0.9).lowers).toEqual([0, 0.7, 0.8, 0.85, 0.9, 0.95]);
    expect(mapScale(0.9).below.filter(Boolean)).toHaveLength(4);
    // No 2-day target: the heatmap's steps.
    expect(mapScale(undefined).lowers).toEqual([0, 0.4, 0.6, 0.75, 0.9]);
  });

  it('reads a share as the table prints it (a tenth of a point): 74.96 % is 75.0 %, which meets 75 %', () => {
    const scale = mapScale(0.75);
    expect(mapBand(scale, 0.74996)).toBe(4);
    expect(mapBand(scale, 0.7494)).toBe(3);
    expect(mapBand(scale, 0)).toBe(0);
    expect(mapBand(scale, 1)).toBe(6);
  });

  it('separates the states of a failing plan that the old 60–75 % band lumped together', () => {
    // The sample's shape: the west at 63 %, the middle at 64 %, the east at 65–68 %, Ohio 82 %; target 75 %.
    const byState = states(0.644);
    for (const s of ['CA', 'NV', 'WA', 'OR', 'AZ']) byState[s] = { ...byState[s]!, le2: 0.629 };
    for (const s of ['NY', 'PA', 'FL', 'GA', 'IN']) byState[s] = { ...byState[s]!, le2: 0.66 };
    byState['WV'] = { ...byState['WV']!, le2: 0.734 };
    byState['OH'] = { ...byState['OH']!, le2: 0.817 };
    const svg = usMapSvg(byState, [], translator('en'), 0.75);
    const band = (code: string) => Number(svg.match(new RegExp(`<g data-state="${code}" data-band="(\\d)">`))![1]);
    expect([band('CA'), band('TX'), band('NY'), band('WV'), band('OH')]).toEqual([1, 1, 2, 3, 5]);
    expect(new Set(['CA', 'NY', 'WV', 'OH'].map((c) => shareStep(byState[c]!.le2))).size).toBeLessThan(4);
    // The figure as the table prints it, on the larger states.
    expect(svg).toContain('>62.9%</text>');
  });

  it('has a legend naming the measure, the target and each band, in English and French', () => {
    const en = usMapSvg(states(0.8), ['CA'], translator('en'), 0.75);
    expect(en).toContain('Standard size, share of views promised within 2 days (target 75%)');
    for (const label of [
      '&lt; 55%',
      '55%–65%',
      '70%–75%',
      '75%–80%',
      '≥ 90%',
      'below the target',
      'target met',
      'not measured',
      'not covered',
    ])
      expect(en).toContain(`>${label}<`);
    const fr = usMapSvg(states(0.8), [], translator('fr'), 0.75);
    expect(fr).toMatch(/objectif 75\s%\)/u);
    expect(fr).toContain('>sous l’objectif<');
    expect(fr).toContain('>objectif atteint<');
    expect(fr).toContain('>non couvert<');
  });
});

describe('heatmapSvg', () => {
  it('draws 7 x 24 cells labelled with their percentage and weekday names in the language', () => {
    const heat = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: 24 }, (_, h) => (d === 4 && h >= 12 ? 0.04 : 1)),
    );
    const svg = heatmapSvg(heat, translator('fr'));
    expect(svg.match(/<rect /g)!.length).toBe(168 + 5); // cells + legend
    expect(svg).toContain('>lun.<');
    expect(svg).toContain('>dim.<');
    // French percentages use a narrow no-break space before "%".
    expect(svg).toMatch(/<title>vendredi 13 h : 4\s%\sen 2 jours<\/title>/u);
    expect(svg).toMatch(/<title>lundi 13 h : 100\s%\sen 2 jours<\/title>/u);
  });

  it('draws an hour with no counted view (outside a date range) as not measured, never as 0 %', () => {
    const heat = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, () => (d === 0 ? null : 0.5)));
    const svg = heatmapSvg(heat, translator('en'));
    expect(svg.match(/not measured \(no view of this hour counts\)/g)!.length).toBe(24);
    expect(svg).toContain('<title>Monday 05:00: not measured (no view of this hour counts)</title>');
    expect(svg).not.toMatch(/<title>Monday [^<]*0%/);
    expect(svg.match(/<rect /g)!.length).toBe(168 + 6); // cells + legend, with its "not measured" entry
    expect(svg).toContain('>not measured<');
  });
});
