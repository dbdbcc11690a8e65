/**
 * The report's two figures as inline SVG (no scripts, no external resources, so they print and
 * survive a data: URL): a US map of the 2-day promise share by state and the weekday x hour heatmap.
 * The heatmap uses a five-step blue scale, which stays readable printed in grey; the map uses bands
 * around the policy's 2-day target (mapScale) and writes each larger state's figure on it.
 */
import { WEEKDAYS } from '../time/dateTime';
import { CONTIGUOUS_48_DC } from '../geo/states';
import type { StateStats } from '../engine/simulate';
import { escapeHtml, type Translator } from './format';
import { US_MAP_SIZE, usStateShapes } from './usMap';

/** Lower bounds of the colour steps of a 0..1 share. */
export const SHARE_STEPS = [0, 0.4, 0.6, 0.75, 0.9] as const;
const STEP_COLOURS: readonly string[] = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const NOT_MEASURED = '#d9d9d9';

/**
 * Index of the colour step a share falls in (0..4).
 * @example shareStep(0.75) // 3
 */
export function shareStep(share: number): number {
  let step = 0;
  SHARE_STEPS.forEach((lower, i) => {
    if (share >= lower - 1e-9) step = i;
  });
  return step;
}

/** Fill colour of a share, and a text colour that stays readable on it. */
export function shareColour(share: number): { fill: string; text: string } {
  const step = shareStep(share);
  return { fill: STEP_COLOURS[step]!, text: step >= 3 ? '#ffffff' : '#111111' };
}

function legend(
  tr: Translator,
  x: number,
  y: number,
  extra: { fill: string; label: string; hatch?: boolean }[] = [],
): string {
  const items: { fill: string; label: string; hatch: boolean }[] = SHARE_STEPS.map((lower, i) => {
    const upper = SHARE_STEPS[i + 1];
    const label = upper === undefined ? `≥ ${tr.percent(lower, 0)}` : `${tr.percent(lower, 0)}–${tr.percent(upper, 0)}`;
    return { fill: STEP_COLOURS[i]!, label, hatch: false };
  }).concat(extra.map((e) => ({ ...e, hatch: e.hatch ?? false })));
  return items
    .map((item, i) => {
      const ix = x + i * 118;
      const fill = item.hatch ? 'url(#uncovered)' : item.fill;
      return `<rect x="${ix}" y="${y}" width="16" height="12" fill="${fill}" stroke="#555" stroke-width="0.6"/><text x="${ix + 21}" y="${y + 10}" font-size="11">${escapeHtml(item.label)}</text>`;
    })
    .join('');
}

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

/** A readable text colour on a band's fill (white on the two darkest ends). */
function textOn(fill: string): string {
  return fill === '#8c510a' || fill === '#01665e' || fill === '#3182bd' || fill === '#08519c' ? '#ffffff' : '#111111';
}

/** The map's legend: a title naming the measure and target, the bands (grouped below / at or above), then grey and hatch. */
function mapLegend(scale: MapScale, tr: Translator, y: number): string {
  const out: string[] = [];
  const title =
    scale.target === null
      ? tr.t('report.map.legendTitleNoTarget')
      : tr.t('report.map.legendTitle', { target: tr.percent(scale.target, 0) });
  out.push(`<text x="10" y="${y + 11}" font-size="12" font-weight="bold">${escapeHtml(title)}</text>`);
  const swatchY = y + 34;
  const width = 112;
  scale.lowers.forEach((lower, i) => {
    const upper = scale.lowers[i + 1];
    const label =
      upper === undefined
        ? `≥ ${tr.percent(lower, 0)}`
        : i === 0
          ? `< ${tr.percent(upper, 0)}`
          : `${tr.percent(lower, 0)}–${tr.percent(upper, 0)}`;
    const x = 10 + i * width;
    out.push(
      `<rect x="${x}" y="${swatchY}" width="16" height="12" fill="${scale.fills[i]}" stroke="#555" stroke-width="0.6"/><text x="${x + 21}" y="${swatchY + 10}" font-size="11">${escapeHtml(label)}</text>`,
    );
  });
  if (scale.target !== null) {
    // Which side of the target each group of bands is on, written over the group.
    const belowCount = scale.below.filter(Boolean).length;
    const groups: [string, number, number][] = [
      [tr.t('report.map.legendBelow'), 0, belowCount],
      [tr.t('report.map.legendMeets'), belowCount, scale.lowers.length],
    ];
    for (const [text, from, to] of groups) {
      if (to <= from) continue;
      const x0 = 10 + from * width;
      const x1 = 10 + to * width - 12;
      out.push(
        `<line x1="${x0}" y1="${swatchY - 6}" x2="${x1}" y2="${swatchY - 6}" stroke="#777" stroke-width="0.8"/><text x="${x0}" y="${swatchY - 10}" font-size="10" fill="#444">${escapeHtml(text)}</text>`,
      );
    }
    const tx = 10 + belowCount * width - 3;
    out.push(
      `<line x1="${tx}" y1="${swatchY - 16}" x2="${tx}" y2="${swatchY + 16}" stroke="#111" stroke-width="1.4"/>`,
    );
  }
  const otherY = swatchY + 22;
  const others: { fill: string; label: string }[] = [
    { fill: NOT_MEASURED, label: tr.t('report.map.legendNotMeasured') },
    { fill: 'url(#uncovered)', label: tr.t('report.map.legendUncovered') },
  ];
  others.forEach((o, i) => {
    const x = 10 + i * 2 * width;
    out.push(
      `<rect x="${x}" y="${otherY}" width="16" height="12" fill="${o.fill}" stroke="#555" stroke-width="0.6"/><text x="${x + 21}" y="${otherY + 10}" font-size="11">${escapeHtml(o.label)}</text>`,
    );
  });
  return out.join('');
}

/** Height the legend adds under the map. */
const MAP_LEGEND_HEIGHT = 82;

/**
 * The US map: each state of 48 + DC coloured by its share of standard-size page views promised within
 * 2 days, in bands around the policy's 2-day target (see mapScale), with its figure written on the
 * larger states so the map reads in grey too; states not fully covered hatched and outlined; Alaska and
 * Hawaii grey (not in the measured area). `target` is the policy's standard-size 2-day target.
 * @example usMapSvg(result.byState, result.missingStates, translator('en'), 0.75).startsWith('<svg') // true
 */
export function usMapSvg(
  byState: Readonly<Record<string, StateStats>>,
  missingStates: readonly string[],
  tr: Translator,
  target?: number | null,
): string {
  const scale = mapScale(target);
  const measured = new Set(CONTIGUOUS_48_DC);
  const missing = new Set(missingStates);
  const shapes = usStateShapes();
  const fillOf = (code: string) => scale.fills[mapBand(scale, byState[code]!.le2)]!;
  const paths = shapes
    .map((s) => {
      const stats = byState[s.code];
      const inScope = measured.has(s.code) && stats !== undefined;
      const fill = inScope ? fillOf(s.code) : NOT_MEASURED;
      const title = inScope
        ? tr.t('report.map.stateTitle', { state: s.code, le2: tr.percent(stats.le2), le1: tr.percent(stats.le1) })
        : tr.t('report.map.notMeasured', { state: s.code });
      const outline = missing.has(s.code)
        ? ' stroke="#b00020" stroke-width="2.2"'
        : ' stroke="#ffffff" stroke-width="0.8"';
      const hatch = missing.has(s.code) ? `<path d="${s.d}" fill="url(#uncovered)" stroke="none"/>` : '';
      return `<g data-state="${s.code}" data-band="${inScope ? mapBand(scale, stats.le2) : ''}"><title>${escapeHtml(title)}</title><path d="${s.d}" fill="${fill}"${outline}/>${hatch}</g>`;
    })
    .join('');
  // Labels only where they fit: the code on large enough states, and the figure (as the table prints
  // it) under it on the larger ones; the north-east's small states stay unlabelled.
  const labels = shapes
    .filter((s) => s.area > 900 && measured.has(s.code))
    .map((s) => {
      const stats = byState[s.code];
      const colour = stats ? textOn(fillOf(s.code)) : '#111111';
      const code = `<text x="${s.cx.toFixed(1)}" y="${(s.cy + (stats && s.area > 2500 ? 0 : 4)).toFixed(1)}" text-anchor="middle" font-size="11" fill="${colour}">${s.code}</text>`;
      const value =
        stats && s.area > 2500
          ? `<text x="${s.cx.toFixed(1)}" y="${(s.cy + 11).toFixed(1)}" text-anchor="middle" font-size="9.5" fill="${colour}">${escapeHtml(tr.percent(stats.le2))}</text>`
          : '';
      return code + value;
    })
    .join('');
  const h = US_MAP_SIZE.height + MAP_LEGEND_HEIGHT;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${US_MAP_SIZE.width} ${h}" role="img" aria-label="${escapeHtml(tr.t('report.map.caption'))}" class="figure">` +
    `<defs><pattern id="uncovered" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#b00020" stroke-width="2.5"/></pattern></defs>` +
    `<g font-family="Helvetica, Arial, sans-serif">${paths}${labels}` +
    mapLegend(scale, tr, US_MAP_SIZE.height + 6) +
    `</g></svg>`
  );
}

/**
 * The weekday x hour heatmap (customer-local time): the share of standard-size page views promised
 * within 2 days, each cell labelled with its percentage so the figure reads without colour.
 * @example heatmapSvg(result.heatmap, translator('fr')).includes('lun.') // true
 */
export function heatmapSvg(heatmap: readonly (readonly number[])[], tr: Translator): string {
  const cell = 36;
  const rowH = 26;
  const left = 58;
  const top = 22;
  const cells: string[] = [];
  WEEKDAYS.forEach((day, wd) => {
    const y = top + wd * rowH;
    cells.push(
      `<text x="${left - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="12">${escapeHtml(tr.t(`report.weekdayShort.${day}`))}</text>`,
    );
    for (let hour = 0; hour < 24; hour++) {
      const share = heatmap[wd]?.[hour] ?? 0;
      const { fill, text } = shareColour(share);
      const x = left + hour * cell;
      const label = String(Math.round(share * 100));
      cells.push(
        `<rect x="${x}" y="${y}" width="${cell - 1}" height="${rowH - 1}" fill="${fill}"><title>${escapeHtml(tr.t('report.heatmap.cellTitle', { day: tr.t(`catalog.weekday.${day}`), hour: String(hour).padStart(2, '0'), share: tr.percent(share) }))}</title></rect>` +
          `<text x="${x + (cell - 1) / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" font-size="10.5" fill="${text}">${label}</text>`,
      );
    }
  });
  for (let hour = 0; hour < 24; hour += 2) {
    cells.push(
      `<text x="${left + hour * cell + (cell - 1) / 2}" y="${top - 7}" text-anchor="middle" font-size="11">${String(hour).padStart(2, '0')}h</text>`,
    );
  }
  const width = left + 24 * cell + 4;
  const legendY = top + 7 * rowH + 12;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${legendY + 20}" role="img" aria-label="${escapeHtml(tr.t('report.heatmap.caption'))}" class="figure">` +
    `<g font-family="Helvetica, Arial, sans-serif">${cells.join('')}${legend(tr, left, legendY)}</g></svg>`
  );
}
