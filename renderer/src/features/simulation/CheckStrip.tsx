import { checkedKey, useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { SimulationCheck } from '../../../../shared/engine/simulate';
import { useStore } from '../../store';
import { useFormat } from './format';
import { useWeekEvents, useWeekText } from './WeekPicker';
import { windowOf } from '../../store/simulationSlice';

/*
 * The Weekly schedule page's live strip: the key policy checks before → after the last edit, so an
 * edit's effect shows where it is made. Key = failing before or after, or changed by the edit; when
 * every check passes and none moved, one line says so. The figures are the simulation slice's.
 */

const MOVED = 1e-9;

function useCheckFormat() {
  const { t } = useT();
  const f = useFormat();
  return {
    label: (c: SimulationCheck) =>
      c.id.startsWith('speed.')
        ? t('advisor.strip.speed', {
            tier: t(checkedKey(`policy.tier.${String(c.params['tier'])}`)),
            days: c.params['days'] ?? '',
          })
        : c.id === 'coverage.nationwide'
          ? t('simulation.req.nationwide')
          : t(c.id === 'operation.sixDays' ? 'simulation.req.sixDayOperation' : 'simulation.req.sixDayDelivery'),
    value: (c: SimulationCheck, v: number) =>
      c.id.startsWith('speed.')
        ? f.percent(v)
        : c.id === 'coverage.nationwide'
          ? String(Math.round(v))
          : v >= 1
            ? t('advisor.yes')
            : t('advisor.no'),
  };
}

export function CheckStrip() {
  const { t } = useT();
  const fmt = useCheckFormat();
  const lastEdit = useStore((s) => s.lastEdit);
  const current = useStore((s) => s.simulation.result?.checks);
  // The week these checks are for (the Simulation page's choice), named as it is there.
  const shown = windowOf(useStore((s) => s.simulation.result));
  const shownWeek = shown?.week ?? null;
  const shownWeeks = shown?.weeks ?? 1;
  const settings = useStore((s) => s.doc?.settings);
  const weekEvents = useWeekEvents(settings, shownWeek, shownWeeks);
  const weekText = useWeekText();
  const after = lastEdit?.after ?? current;
  if (!after || after.length === 0) return null;
  const beforeOf = (id: string) => lastEdit?.before.find((b) => b.id === id);
  const key = after.filter((c) => {
    const b = beforeOf(c.id);
    return !c.pass || (b && (!b.pass || Math.abs(b.value - c.value) > MOVED));
  });
  const changed = key.some((c) => {
    const b = beforeOf(c.id);
    return b && Math.abs(b.value - c.value) > MOVED;
  });
  return (
    <Paper
      variant="outlined"
      sx={{ px: 1.5, py: 0.75 }}
      role="group"
      aria-label={t('advisor.strip.label')}
      data-testid="check-strip"
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 2, rowGap: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {lastEdit ? t('advisor.strip.title') : t('advisor.strip.none')}
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid="strip-week">
          {weekText.title(shownWeek, weekEvents, shownWeeks)}
        </Typography>
        {key.length === 0 && (
          <Typography variant="body2" sx={{ color: 'success.main' }}>
            {t('advisor.strip.allPass', { count: after.length })}
          </Typography>
        )}
        {key.map((c) => {
          const b = beforeOf(c.id);
          const moved = b !== undefined && Math.abs(b.value - c.value) > MOVED;
          return (
            <Typography
              key={c.id}
              variant="body2"
              component="span"
              data-testid={`strip-${c.id}`}
              data-pass={String(c.pass)}
            >
              {fmt.label(c)}{' '}
              {moved && (
                <>
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    {fmt.value(c, b.value)}
                  </Box>
                  {' → '}
                </>
              )}
              <Box component="span" sx={{ fontWeight: 600, color: c.pass ? 'success.main' : 'error.main' }}>
                {fmt.value(c, c.value)}
              </Box>
            </Typography>
          );
        })}
        {lastEdit && !changed && key.length > 0 && (
          <Typography variant="caption" color="text.secondary">
            ({t('advisor.strip.unchanged')})
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
