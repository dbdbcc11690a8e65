import type { SpeedClass } from './simulationView';

/*
 * Map and heatmap fills. Fills carry no text (or pick their own text colour), so one palette serves
 * both themes: a blue ramp, dark = fast, then orange for "longer than 5 days"; "not covered" is
 * hatched so it differs by pattern, not only by hue.
 */
export const SPEED_FILL: Record<Exclude<SpeedClass, 'none'>, string> = {
  d1: '#08519c',
  d2: '#3182bd',
  d3: '#6baed6',
  d5: '#c6dbef',
  slow: '#f39c4a',
};
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
