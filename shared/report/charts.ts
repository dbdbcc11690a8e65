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
import {
  mapBand,
  mapBandLabels,
  mapScale,
  NOT_MEASURED_FILL,
  SHARE_STEPS,
  STEP_COLOURS,
  type MapScale,
} from './mapScale';

export { mapBand, mapScale, SHARE_STEPS, type MapScale };

const NOT_MEASURED = NOT_MEASURED_FILL;

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

/** A readable text colour on a band's fill (white on the two darkest ends). */
function textOn(fill: string): string {
  return fill === '#8c510a' || fill === '#01665e' || fill === '#3182bd' || fill === '#08519c' ? '#ffffff' : '#111111';
}

/**
 * The map's legend: a title naming the measure and target, the bands (grouped below / at or above), then grey and
 * hatch.
 */
function mapLegend(scale: MapScale, tr: Translator, y: number): string {
  const out: string[] = [];
  const title =
    scale.target === null
      ? tr.t('report.map.legendTitleNoTarget')
      : tr.t('report.map.legendTitle', { target: tr.percent(scale.target, 0) });
  out.push(`<text x="10" y="${y + 11}" font-size="12" font-weight="bold">${escapeHtml(title)}</text>`);
  const swatchY = y + 34;
  const width = 112;
  const labels = mapBandLabels(scale, (share) => tr.percent(share, 0));
  scale.lowers.forEach((_, i) => {
    const label = labels[i]!;
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
      // byState holds Alaska or Hawaii only when the plan includes them in Prime: coloured by speed
      // like the others, their title says they are not part of coverage.
      const inScope = stats !== undefined;
      const fill = inScope ? fillOf(s.code) : NOT_MEASURED;
      const figures = inScope ? { state: s.code, le2: tr.percent(stats.le2), le1: tr.percent(stats.le1) } : undefined;
      const title = !figures
        ? tr.t('report.map.notMeasured', { state: s.code })
        : measured.has(s.code)
          ? tr.t('report.map.stateTitle', figures)
          : tr.t('report.map.remoteTitle', figures);
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
    .filter((s) => s.area > 900 && (measured.has(s.code) || byState[s.code] !== undefined))
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
export function heatmapSvg(heatmap: readonly (readonly (number | null)[])[], tr: Translator): string {
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
      // null (no counted view) must be told apart from a missing cell before `?? 0` turns both into 0.
      const measured = heatmap[wd]?.[hour];
      const x = left + hour * cell;
      if (measured === null) {
        // No counted view in this hour (outside the date range): not measured, drawn as the map draws it.
        cells.push(
          `<rect x="${x}" y="${y}" width="${cell - 1}" height="${rowH - 1}" fill="${NOT_MEASURED}"><title>${escapeHtml(tr.t('report.heatmap.cellNotMeasured', { day: tr.t(`catalog.weekday.${day}`), hour: String(hour).padStart(2, '0') }))}</title></rect>` +
            `<text x="${x + (cell - 1) / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" font-size="10.5" fill="#111111">–</text>`,
        );
        continue;
      }
      const share = measured ?? 0;
      const { fill, text } = shareColour(share);
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
  // The grey "–" cells get their legend entry when the chart has any (a date range).
  const notMeasured = heatmap.some((row) => row.some((share) => share === null))
    ? [{ fill: NOT_MEASURED, label: tr.t('report.map.legendNotMeasured') }]
    : [];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${legendY + 20}" role="img" aria-label="${escapeHtml(tr.t('report.heatmap.caption'))}" class="figure">` +
    `<g font-family="Helvetica, Arial, sans-serif">${cells.join('')}${legend(tr, left, legendY, notMeasured)}</g></svg>`
  );
}
