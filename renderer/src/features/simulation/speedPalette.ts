import type { SpeedClass } from '../../lib/simulationView';

/*
 * Map and heatmap fills. Fills carry no text (or pick their own text colour), so one palette serves
 * both themes: a yellow-green-blue ramp (ColorBrewer YlGnBu), dark = fast, then orange for "longer than 4 days"; "not
 * covered" is hatched so it differs by pattern, not only by hue.
 */
export const SPEED_FILL: Record<Exclude<SpeedClass, 'none'>, string> = {
  d1: '#0c2c84',
  d15: '#225ea8',
  d2: '#1d91c0',
  d25: '#41b6c4',
  d3: '#7fcdbb',
  d4: '#c7e9b4',
  slow: '#fdae61',
};
/** States outside 48 + DC (Alaska, Hawaii): not measured. */
export const OUTSIDE_FILL = { light: '#e3e6ea', dark: '#3a3f47' };
export const HATCH_ID = 'sw-hatch-none';
export const NONE_FILL = `url(#${HATCH_ID})`;

const LOW: [number, number, number] = [0xf7, 0xfb, 0xff];
const HIGH: [number, number, number] = [0x08, 0x40, 0x8c];

/**
 * Heatmap fill for a share 0..1 (light = slow, dark = fast) and a text colour that reads on it.
 * @example heatColour(1).text // '#ffffff'
 */
export function heatColour(share: number): { fill: string; text: string } {
  const s = Math.min(1, Math.max(0, share));
  const c = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * s));
  return { fill: `rgb(${c[0]}, ${c[1]}, ${c[2]})`, text: s > 0.5 ? '#ffffff' : '#111111' };
}
