import { useMemo } from 'react';
import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import atlas from 'us-atlas/states-albers-10m.json';
import { STATES, loadGeo, stateName } from '../../../../shared/geo';
import type { Zip3Stats } from '../../../../shared/engine/simulate';
import type { StateRow } from '../../lib/simulationView';
import { mapBand, mapScale, type MapScale } from '../../../../shared/report/mapScale';
import { HATCH_ID, NONE_FILL, OUTSIDE_FILL } from './speedPalette';
import { useFormat } from './format';
import { type Lang } from '../../../../shared/i18n/lang';

/*
 * The US map: us-atlas's states are already projected (Albers USA, 975x610, Alaska and Hawaii as
 * insets), so the path generator takes no projection. ZIP3 centroids are projected with the same
 * Albers USA parameters so the dots land on the shapes.
 */

type StateFeature = Feature<Geometry, { name: string }>;

const CODE_BY_NAME = new Map(Object.values(STATES).map((s) => [s.en, s.code]));
const topology = atlas as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
const STATE_FEATURES: { code: string; d: string }[] = (() => {
  const path = geoPath();
  const fc = feature(topology, topology.objects.states) as unknown as { features: StateFeature[] };
  return fc.features
    .map((f) => ({ code: CODE_BY_NAME.get(f.properties.name) ?? '', d: path(f) ?? '' }))
    .filter((s) => s.code !== '' && s.d !== '');
})();

let zip3Points: Map<string, [number, number]> | null = null;
function projectedZip3s(): Map<string, [number, number]> {
  if (zip3Points) return zip3Points;
  const projection = geoAlbersUsa().scale(1300).translate([487.5, 305]);
  zip3Points = new Map();
  for (const z of loadGeo().zip3s) {
    const p = projection([z.lon, z.lat]);
    if (p) zip3Points.set(z.zip3, [p[0], p[1]]);
  }
  return zip3Points;
}

/**
 * Another figure per state on the same shapes (e.g. the backtest's gap to Amazon's promises): the
 * fill and tooltip of each state, null for a state without figures (drawn neutral).
 */
export interface StatePaint {
  /** The map's accessible name. */
  label: string;
  testId: string;
  fill(code: string): string | null;
  title(code: string, name: string): string;
  /** Per-state data attribute value (data-paint), for tests and styling. */
  tag(code: string): string;
}

export type UsMapProps =
  | {
      states: readonly StateRow[];
      zip3: Zip3Stats;
      level: 'states' | 'zip3';
      /** The colour bands of the ≤ 2-day share (the report map's, around the 2-day target). */
      scale: MapScale;
      paint?: undefined;
    }
  /** States painted by another figure instead of promise speed (no ZIP3 dots). */
  | { paint: StatePaint; states?: undefined; zip3?: undefined; level?: undefined; scale?: undefined };

const NO_STATES: readonly StateRow[] = [];
const NO_ZIP3: Zip3Stats = {
  zip3: [],
  weight: [],
  meanDays: [],
  le1: [],
  le2: [],
  le5: [],
  minDays: [],
  reachable: [],
};

const NO_TARGET_SCALE = mapScale(null);

/**
 * Map of 48 states + DC (Alaska and Hawaii inset) coloured by the standard-size ≤ 2-day share in the
 * report map's bands around the 2-day target (shared/report/mapScale.ts); optional ZIP3 dots, same bands.
 */
export default function UsMap({
  states = NO_STATES,
  zip3 = NO_ZIP3,
  level = 'states',
  scale = NO_TARGET_SCALE,
  paint,
}: UsMapProps) {
  const { t } = useT();
  const theme = useTheme();
  const f = useFormat();
  const byCode = useMemo(() => new Map(states.map((s) => [s.code, s])), [states]);
  const dots = useMemo(() => {
    if (level !== 'zip3') return [];
    const points = projectedZip3s();
    const geo = loadGeo();
    const out: { zip3: string; x: number; y: number; r: number; mean: number | null; le2: number; state: string }[] =
      [];
    zip3.zip3.forEach((code, i) => {
      const p = points.get(code);
      const w = zip3.weight[i] ?? 0;
      if (!p || w <= 0) return;
      // Area proportional to demand; a floor keeps small prefixes visible.
      out.push({
        zip3: code,
        x: p[0],
        y: p[1],
        r: Math.max(1.6, Math.sqrt(w) * 55),
        mean: zip3.meanDays[i] ?? null,
        le2: zip3.le2[i] ?? 0,
        state: geo.byZip3.get(code)?.state ?? '',
      });
    });
    return out.sort((a, b) => b.r - a.r);
  }, [zip3, level]);

  const stroke = theme.palette.background.paper;
  // In ZIP3 mode the states are only a backdrop for the dots.
  const neutral =
    level === 'zip3' ? (theme.palette.mode === 'dark' ? '#2a2e34' : '#f1f3f5') : OUTSIDE_FILL[theme.palette.mode];
  if (paint)
    return <PaintedMap paint={paint} neutral={OUTSIDE_FILL[theme.palette.mode]} stroke={stroke} lang={f.lang} />;
  return (
    <Box
      component="svg"
      viewBox="0 0 975 610"
      role="img"
      aria-label={t('simulation.map.label')}
      sx={{ width: '100%', height: 'auto', display: 'block' }}
      data-testid="us-map"
    >
      <defs>
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={theme.palette.mode === 'dark' ? '#4a2020' : '#fbe3e3'} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#c62828" strokeWidth="2" />
        </pattern>
      </defs>
      <g>
        {STATE_FEATURES.map((s) => {
          const row = byCode.get(s.code);
          let fill = neutral;
          if (level === 'states' && row) fill = row.band === 'none' ? NONE_FILL : scale.fills[row.band]!;
          if (level === 'zip3' && row && !row.covered) fill = NONE_FILL;
          const name = stateName(s.code, f.lang);
          const title = !row
            ? name
            : row.covered && row.meanDays !== null
              ? t('simulation.map.stateTitle', { state: name, mean: f.days(row.meanDays), le2: f.percent0(row.le2) })
              : t('simulation.map.stateTitleNone', { state: name });
          return (
            <path
              key={s.code}
              d={s.d}
              fill={fill}
              stroke={stroke}
              strokeWidth={0.8}
              data-state={s.code}
              data-band={level === 'states' ? String(row?.band ?? 'outside') : undefined}
            >
              <title>{title}</title>
            </path>
          );
        })}
      </g>
      {level === 'zip3' && (
        <g data-testid="zip3-dots">
          {dots.map((d) => {
            return (
              <circle
                key={d.zip3}
                cx={d.x}
                cy={d.y}
                r={d.r}
                fill={d.mean === null ? '#c62828' : scale.fills[mapBand(scale, d.le2)]}
                fillOpacity={0.85}
                stroke={stroke}
                strokeWidth={0.5}
              >
                <title>
                  {d.mean === null
                    ? t('simulation.map.zip3TitleNone', { zip3: d.zip3, state: d.state })
                    : t('simulation.map.zip3Title', {
                        zip3: d.zip3,
                        state: d.state,
                        le2: f.percent0(d.le2),
                        mean: f.days(d.mean),
                      })}
                </title>
              </circle>
            );
          })}
        </g>
      )}
    </Box>
  );
}

/** The same state shapes painted by another per-state figure (hatching available for "no promise"). */
function PaintedMap({
  paint,
  neutral,
  stroke,
  lang,
}: {
  paint: StatePaint;
  neutral: string;
  stroke: string;
  lang: Lang;
}) {
  const theme = useTheme();
  return (
    <Box
      component="svg"
      viewBox="0 0 975 610"
      role="img"
      aria-label={paint.label}
      sx={{ width: '100%', height: 'auto', display: 'block' }}
      data-testid={paint.testId}
    >
      <defs>
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={theme.palette.mode === 'dark' ? '#4a2020' : '#fbe3e3'} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#c62828" strokeWidth="2" />
        </pattern>
      </defs>
      <g>
        {STATE_FEATURES.map((s) => (
          <path
            key={s.code}
            d={s.d}
            fill={paint.fill(s.code) ?? neutral}
            stroke={stroke}
            strokeWidth={0.8}
            data-state={s.code}
            data-paint={paint.tag(s.code)}
          >
            <title>{paint.title(s.code, stateName(s.code, lang))}</title>
          </path>
        ))}
      </g>
    </Box>
  );
}
