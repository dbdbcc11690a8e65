import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { SPEED_CLASSES } from '../../lib/simulationView';
import { OUTSIDE_FILL, SPEED_FILL } from './speedPalette';

/** Legend of the map's speed classes; "not covered" shows the same hatching as the map. */
export function MapLegend({ showOutside }: { showOutside: boolean }) {
  const { t } = useT();
  const mode = useTheme().palette.mode;
  const items = showOutside ? [...SPEED_CLASSES, 'outside' as const] : SPEED_CLASSES;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1.5 }}>
      <Typography variant="caption" sx={{ fontWeight: 600 }}>
        {t('simulation.map.legendTitle')}
      </Typography>
      {/* display: contents lets the items wrap in the same row as the title. */}
      <Box component="ul" aria-label={t('simulation.map.legend')} sx={{ display: 'contents', listStyle: 'none' }}>
        {items.map((c) => (
          <Stack key={c} component="li" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
            <Box
              aria-hidden
              sx={{
                width: 14,
                height: 14,
                borderRadius: '3px',
                border: 1,
                borderColor: 'divider',
                background:
                  c === 'none'
                    ? 'repeating-linear-gradient(45deg, #c62828 0 2px, #fbe3e3 2px 5px)'
                    : c === 'outside'
                      ? OUTSIDE_FILL[mode]
                      : SPEED_FILL[c],
              }}
            />
            <Typography variant="caption">{t(`simulation.map.legend.${c}`)}</Typography>
          </Stack>
        ))}
      </Box>
    </Stack>
  );
}
