/*
 * The colour bands of the US map of standard-size ≤ 2-day shares, one definition for the PDF report's
 * map (charts.ts) and the app's Simulation map, so both colour a state alike and say so with the same
 * legend. Pure: no DOM, no node.
 */

/** Lower bounds of the colour steps of a 0..1 share (the heatmap's, and the map's without a target). */
export const SHARE_STEPS = [0, 0.4, 0.6, 0.75, 0.9] as const;
/** The blue steps of SHARE_STEPS. */
export const STEP_COLOURS: readonly string[] = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
/** States outside the measured area (Alaska, Hawaii, Puerto Rico... unless the plan includes them). */
export const NOT_MEASURED_FILL = '#d9d9d9';

/*
 * The map's scale. A plan's states usually sit within a few points of one another (one warehouse, the
 * same services everywhere, so the 2-day share mostly follows distance), and on the heatmap's fixed
 * 0-40-60-75-90 % steps nearly every state of a failing plan fell into the one 60-75 % band: the map
 * said nothing. The bands are therefore centred on the policy's standard-size 2-day target: narrow
 * (5 points) on either side of it, where a change of plan moves a state, wider (10, then open) further
 * out; brown below the target, teal at or above it. Quantiles would always spread the states over every
 * colour, but their breaks change with each plan, so two reports could not be compared and a colour
 * would not say whether a state meets the target. Without a 2-day target the heatmap's steps are used.
 */
const TARGET_OFFSETS = [-0.2, -0.1, -0.05, 0, 0.05, 0.15] as const;
/** ColorBrewer BrBG: the browns below the target (darkest = furthest), the teals at or above it. */
const BELOW_TARGET = ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3'] as const;
const AT_OR_ABOVE = ['#c7eae5', '#5ab4ac', '#01665e'] as const;

export interface MapScale {
  /** The standard-size 2-day target the bands are centred on, or null (then the heatmap's steps). */
  target: number | null;
  /** Lower bound of each band (the first is 0). */
  lowers: readonly number[];
  fills: readonly string[];
  /** Whether a band lies below the target (false for every band without a target). */
  below: readonly boolean[];
}

/**
 * The map's colour bands for a 2-day target (or none).
 * @example mapScale(0.75).lowers // [0, 0.55, 0.65, 0.7, 0.75, 0.8, 0.9]
 */
export function mapScale(target: number | null | undefined): MapScale {
  if (target === null || target === undefined || !(target > 0 && target <= 1)) {
    return { target: null, lowers: [...SHARE_STEPS], fills: STEP_COLOURS, below: SHARE_STEPS.map(() => false) };
  }
  // Rounded to a tenth of a point so 0.75 - 0.05 is 0.7, not 0.7000000000000001.
  const edges = TARGET_OFFSETS.map((o) => Math.round((target + o) * 1000) / 1000).filter((e) => e > 0 && e < 1);
  const lowers = [0, ...edges];
  const belowCount = lowers.filter((l, i) => (lowers[i + 1] ?? 1) <= target + 1e-9 && l < target).length;
  const fills = [
    ...BELOW_TARGET.slice(BELOW_TARGET.length - belowCount),
    ...AT_OR_ABOVE.slice(0, lowers.length - belowCount),
  ];
  return { target, lowers, fills, below: lowers.map((_, i) => i < belowCount) };
}

/**
 * The band of a share, read as the report's tables print it (a tenth of a percentage point), so a state
 * the table shows at 75.0 % is coloured as meeting a 75 % target.
 * @example mapBand(mapScale(0.75), 0.74996) // 4 (the table prints 75.0 %)
 */
export function mapBand(scale: MapScale, share: number): number {
  const shown = Math.round(share * 1000) / 1000;
  let band = 0;
  scale.lowers.forEach((lower, i) => {
    if (shown >= lower - 1e-9) band = i;
  });
  return band;
}

/**
 * The legend text of each band, as the report prints it: "< 55 %", "55 %–65 %", …, "≥ 90 %".
 * @example mapBandLabels(mapScale(0.75), (s) => `${s * 100}%`)[0] // '< 55%'
 */
export function mapBandLabels(scale: MapScale, percent0: (share: number) => string): string[] {
  return scale.lowers.map((lower, i) => {
    const upper = scale.lowers[i + 1];
    if (upper === undefined) return `≥ ${percent0(lower)}`;
    if (i === 0) return `< ${percent0(upper)}`;
    return `${percent0(lower)}–${percent0(upper)}`;
  });
}
