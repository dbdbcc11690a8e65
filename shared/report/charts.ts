/**
 * The report's two figures as inline SVG (no scripts, no external resources, so they print and
 * survive a data: URL): a US map of the 2-day promise share by state and the weekday x hour heatmap.
 * Both use the same five-step blue scale, which stays readable printed in grey.
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

function legend(tr: Translator, x: number, y: number, extra: { fill: string; label: string; hatch?: boolean }[] = []): string {
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

/**
 * The US map: each state of 48 + DC coloured by its share of standard-size page views promised within
 * 2 days; states not fully covered within 5 days hatched and outlined; Alaska and Hawaii grey (not in
 * the measured area).
 * @example usMapSvg(result.byState, result.missingStates, translator('en')).startsWith('<svg') // true
 */
export function usMapSvg(byState: Readonly<Record<string, StateStats>>, missingStates: readonly string[], tr: Translator): string {
  const measured = new Set(CONTIGUOUS_48_DC);
  const missing = new Set(missingStates);
  const shapes = usStateShapes();
  const paths = shapes
    .map((s) => {
      const stats = byState[s.code];
      const inScope = measured.has(s.code) && stats !== undefined;
      const fill = inScope ? shareColour(stats.le2).fill : NOT_MEASURED;
      const title = inScope
        ? tr.t('report.map.stateTitle', { state: s.code, le2: tr.percent(stats.le2), le1: tr.percent(stats.le1) })
        : tr.t('report.map.notMeasured', { state: s.code });
      const outline = missing.has(s.code) ? ' stroke="#b00020" stroke-width="2.2"' : ' stroke="#ffffff" stroke-width="0.8"';
      const hatch = missing.has(s.code) ? `<path d="${s.d}" fill="url(#uncovered)" stroke="none"/>` : '';
      return `<g data-state="${s.code}"><title>${escapeHtml(title)}</title><path d="${s.d}" fill="${fill}"${outline}/>${hatch}</g>`;
    })
    .join('');
  // Labels only where they fit (large enough states); the north-east's small states stay unlabelled.
  const labels = shapes
    .filter((s) => s.area > 900 && measured.has(s.code))
    .map((s) => {
      const stats = byState[s.code];
      const colour = stats ? shareColour(stats.le2).text : '#111111';
      return `<text x="${s.cx.toFixed(1)}" y="${(s.cy + 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="${colour}">${s.code}</text>`;
    })
    .join('');
  const h = US_MAP_SIZE.height + 34;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${US_MAP_SIZE.width} ${h}" role="img" aria-label="${escapeHtml(tr.t('report.map.caption'))}" class="figure">` +
    `<defs><pattern id="uncovered" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#b00020" stroke-width="2.5"/></pattern></defs>` +
    `<g font-family="Helvetica, Arial, sans-serif">${paths}${labels}` +
    legend(tr, 10, US_MAP_SIZE.height + 12, [
      { fill: NOT_MEASURED, label: tr.t('report.map.legendNotMeasured') },
      { fill: '#ffffff', label: tr.t('report.map.legendUncovered'), hatch: true },
    ]) +
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
    cells.push(`<text x="${left - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" font-size="12">${escapeHtml(tr.t(`report.weekdayShort.${day}`))}</text>`);
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
    cells.push(`<text x="${left + hour * cell + (cell - 1) / 2}" y="${top - 7}" text-anchor="middle" font-size="11">${String(hour).padStart(2, '0')}h</text>`);
  }
  const width = left + 24 * cell + 4;
  const legendY = top + 7 * rowH + 12;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${legendY + 20}" role="img" aria-label="${escapeHtml(tr.t('report.heatmap.caption'))}" class="figure">` +
    `<g font-family="Helvetica, Arial, sans-serif">${cells.join('')}${legend(tr, left, legendY)}</g></svg>`
  );
}
