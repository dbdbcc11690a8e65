import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SPEED_CLASSES } from './simulationView';
import { SPEED_FILL } from './speedPalette';

/** Legend of the map's speed classes; "not covered" shows the same hatching as the map. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <Stack direction="row" component="ul" aria-label={t('simulation.map.legend')} sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap', gap: 1.5 }}>
      {SPEED_CLASSES.map((c) => (
        <Stack key={c} component="li" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <Box
            aria-hidden
            sx={{
              width: 14,
              height: 14,
              borderRadius: '3px',
              border: 1,
              borderColor: 'divider',
              background: c === 'none' ? 'repeating-linear-gradient(45deg, #c62828 0 2px, #fbe3e3 2px 5px)' : SPEED_FILL[c],
            }}
          />
          <Typography variant="caption">{t(`simulation.map.legend.${c}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
