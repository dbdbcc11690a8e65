import { memo } from 'react';
import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { visuallyHidden } from '@mui/utils';
import { WEEKDAYS } from '../../../../shared/time/dateTime';
import type { DashboardView } from '../../lib/simulationView';
import { heatColour } from './speedPalette';
import { useFormat } from './format';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Weekday × hour grid of the standard-size ≤2-day share. Each cell prints its number, so colour is
 * a second signal; hours below the policy's target also carry a ▾. The 168 cells are plain
 * elements with inline styles (no per-cell CSS-in-JS), so a new result repaints quickly.
 */
export const Heatmap = memo(function Heatmap({ view }: { view: DashboardView }) {
  const { t } = useT();
  const theme = useTheme();
  const f = useFormat();
  const target = view.heatTarget;
  const headStyle = { fontWeight: 600, color: theme.palette.text.secondary, textAlign: 'center' as const };
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t('simulation.heat.intro')}
        {target !== null && ` ${t('simulation.heat.target', { target: f.percent0(target) })}`}
      </Typography>
      {view.heatLow && (
        <Typography variant="body2" data-testid="heat-low">
          {target !== null &&
            `${t(view.heatMeasured < 168 ? 'simulation.heat.belowMeasured' : 'simulation.heat.below', { count: view.heatBelow, total: view.heatMeasured })} `}
          {t('simulation.heat.low', {
            weekday: t(`catalog.weekday.${WEEKDAYS[view.heatLow.weekday]!}`),
            hour: String(view.heatLow.hour).padStart(2, '0'),
            value: f.percent(view.heatLow.value),
          })}
        </Typography>
      )}
      {view.heatMeasured < 168 && (
        <Typography variant="body2" color="text.secondary" data-testid="heat-not-measured">
          {t('simulation.heat.notMeasured')}
        </Typography>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <table
          aria-label={t('simulation.heat.tableLabel')}
          data-testid="heatmap"
          style={{
            borderCollapse: 'separate',
            borderSpacing: 2,
            width: '100%',
            tableLayout: 'fixed',
            fontSize: '0.72rem',
            color: theme.palette.text.primary,
          }}
        >
          <thead>
            <tr>
              <th scope="col" style={{ width: 44 }}>
                <Box component="span" sx={visuallyHidden}>
                  {t('simulation.heat.hour')}
                </Box>
              </th>
              {HOURS.map((h) => (
                <th scope="col" key={h} style={headStyle}>
                  {String(h).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.heatmap.map((row, wd) => {
              const dayLong = t(`catalog.weekday.${WEEKDAYS[wd]!}`);
              return (
                <tr key={wd}>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 600 }}>
                    {t(`weekday.${WEEKDAYS[wd]!}`)}
                  </th>
                  {row.map((value, h) => {
                    if (value === null)
                      return (
                        <td
                          key={h}
                          title={t('simulation.heat.cellNotMeasured', {
                            weekday: dayLong,
                            hour: String(h).padStart(2, '0'),
                          })}
                          data-measured="false"
                          style={{
                            color: theme.palette.text.secondary,
                            textAlign: 'center',
                            height: 26,
                            borderRadius: 3,
                            border: `1px dashed ${theme.palette.divider}`,
                            padding: 0,
                          }}
                        >
                          –
                        </td>
                      );
                    const c = heatColour(value);
                    const below = target !== null && value < target - 1e-9;
                    return (
                      <td
                        key={h}
                        title={t('simulation.heat.cell', {
                          weekday: dayLong,
                          hour: String(h).padStart(2, '0'),
                          value: f.percent(value),
                        })}
                        data-below={below ? 'true' : 'false'}
                        style={{
                          background: c.fill,
                          color: c.text,
                          textAlign: 'center',
                          height: 26,
                          borderRadius: 3,
                          fontWeight: below ? 700 : 400,
                          whiteSpace: 'nowrap',
                          padding: 0,
                        }}
                      >
                        {f.points(value)}
                        {below && '▾'}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Box>
    </Stack>
  );
});
