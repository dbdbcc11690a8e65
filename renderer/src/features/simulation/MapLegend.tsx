import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MapScale } from '../../../../shared/report/mapScale';
import { mapBandLabels } from '../../../../shared/report/mapScale';
import type { T } from '../../app/i18n/useT';
import { OUTSIDE_FILL } from './speedPalette';

/** One swatch of a map legend: its CSS background, its text, and the group it sits under (if any). */
export interface LegendItem {
  key: string;
  swatch: string;
  label: string;
  /** Written once before the first item of each group ("below the target", "target met"). */
  group?: string;
}

/** The hatching of "not covered" / "no promise" as a CSS background, like the maps' SVG pattern. */
export const HATCH_SWATCH = 'repeating-linear-gradient(45deg, #c62828 0 2px, #fbe3e3 2px 5px)';

/**
 * A map's legend: an optional title, then its swatches as a list (the Simulation map's bands, the
 * Backtest map's gap classes). One component, so both maps' legends read and wrap alike.
 */
export function MapLegend({
  title,
  label,
  items,
  testId,
}: {
  title?: string;
  /** The list's accessible name. */
  label: string;
  items: readonly LegendItem[];
  testId?: string;
}) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1.5 }} data-testid={testId}>
      {title && (
        <Typography variant="caption" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
      )}
      {/* display: contents lets the items wrap in the same row as the title. */}
      <Box component="ul" aria-label={label} sx={{ display: 'contents', listStyle: 'none' }}>
        {items.map((item, i) => (
          <Stack key={item.key} component="li" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
            {item.group !== undefined && item.group !== items[i - 1]?.group && (
              <Typography variant="caption" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                {item.group}:
              </Typography>
            )}
            <Box
              aria-hidden
              sx={{
                width: 14,
                height: 14,
                flexShrink: 0,
                borderRadius: '3px',
                border: 1,
                borderColor: 'divider',
                background: item.swatch,
              }}
            />
            <Typography variant="caption">{item.label}</Typography>
          </Stack>
        ))}
      </Box>
    </Stack>
  );
}

/**
 * The Simulation map's legend items: the report map's bands around the 2-day target with the report's
 * texts (grouped below the target / target met), then "not measured" (states level) and "not covered".
 */
export function speedLegendItems(
  scale: MapScale,
  t: T,
  percent0: (share: number) => string,
  mode: 'light' | 'dark',
  showOutside: boolean,
): LegendItem[] {
  const labels = mapBandLabels(scale, percent0);
  const bands = scale.fills.map((fill, i) => ({
    key: `band-${i}`,
    swatch: fill,
    label: labels[i]!,
    ...(scale.target === null
      ? {}
      : { group: t(scale.below[i] ? 'report.map.legendBelow' : 'report.map.legendMeets') }),
  }));
  return [
    ...bands,
    ...(showOutside ? [{ key: 'outside', swatch: OUTSIDE_FILL[mode], label: t('report.map.legendNotMeasured') }] : []),
    { key: 'none', swatch: HATCH_SWATCH, label: t('report.map.legendUncovered') },
  ];
}
