import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { WEEKDAYS } from '../../../../shared/domain/time';
import type { DashboardView } from './simulationView';
import { heatColour } from './speedPalette';
import { useFormat } from './format';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Weekday × hour grid of the standard-size ≤2-day share. Each cell prints its number, so colour is
 * a second signal; hours below the policy's target also carry a ▾.
 */
export function Heatmap({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const target = view.heatTarget;
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t('simulation.heat.intro')}
        {target !== null && ` ${t('simulation.heat.target', { target: f.percent0(target) })}`}
      </Typography>
      {view.heatLow && (
        <Typography variant="body2" data-testid="heat-low">
          {t('simulation.heat.low', { weekday: t(`catalog.weekday.${WEEKDAYS[view.heatLow.weekday]}`), hour: String(view.heatLow.hour).padStart(2, '0'), value: f.percent(view.heatLow.value) })}
        </Typography>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Box
          component="table"
          aria-label={t('simulation.heat.tableLabel')}
          data-testid="heatmap"
          sx={{ borderCollapse: 'separate', borderSpacing: '2px', width: '100%', tableLayout: 'fixed', fontSize: '0.72rem' }}
        >
          <thead>
            <tr>
              <Box component="th" scope="col" sx={{ width: 44, textAlign: 'left', fontWeight: 600 }}>
                <Box component="span" sx={visuallyHidden}>
                  {t('simulation.heat.hour')}
                </Box>
              </Box>
              {HOURS.map((h) => (
                <Box component="th" scope="col" key={h} sx={{ fontWeight: 600, color: 'text.secondary' }}>
                  {String(h).padStart(2, '0')}
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.heatmap.map((row, wd) => (
              <tr key={wd}>
                <Box component="th" scope="row" sx={{ textAlign: 'left', fontWeight: 600 }}>
                  {t(`weekday.${WEEKDAYS[wd]}`)}
                </Box>
                {row.map((value, h) => {
                  const c = heatColour(value);
                  const below = target !== null && value < target - 1e-9;
                  return (
                    <Box
                      component="td"
                      key={h}
                      title={t('simulation.heat.cell', { weekday: t(`catalog.weekday.${WEEKDAYS[wd]}`), hour: String(h).padStart(2, '0'), value: f.percent(value) })}
                      data-below={below ? 'true' : 'false'}
                      sx={{ bgcolor: c.fill, color: c.text, textAlign: 'center', height: 26, borderRadius: '3px', fontWeight: below ? 700 : 400, whiteSpace: 'nowrap', px: 0 }}
                    >
                      {f.points(value)}
                      {below && '▾'}
                    </Box>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
    </Stack>
  );
}
