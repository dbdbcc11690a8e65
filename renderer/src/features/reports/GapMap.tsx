import { lazy, Suspense, useMemo } from 'react';
import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { BacktestResultDto } from '../../../../shared/ipc/orderReportSchemas';
import { useTheme } from '@mui/material/styles';
import { NONE_FILL, OUTSIDE_FILL } from '../simulation/speedPalette';
import { HATCH_SWATCH, MapLegend } from '../simulation/MapLegend';
import type { StatePaint } from '../simulation/UsMap';
import { GAP_CLASSES, GAP_FILL, gapByState, gapClass } from './backtestGap';
import { GapZip3Table } from './GapZip3Table';

// The simulation's map, loaded on first use (the atlas is large).
const UsMap = lazy(() => import('../simulation/UsMap'));

/**
 * The backtest's gap by state on the simulation's US map: each state's mean of ShipWeek's date minus
 * Amazon's, over its Prime orders both promised; the tooltip gives the counts behind it (the same
 * figures as the states table).
 */
export function GapMap({ result }: { result: Pick<BacktestResultDto, 'byState' | 'byZip3'> }) {
  const { t, lang } = useT();
  const mode = useTheme().palette.mode;
  const paint = useMemo<StatePaint>(() => {
    const byState = gapByState(result);
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const days = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    return {
      label: t('reports.backtest.map.label'),
      testId: 'backtest-map',
      fill(code) {
        const g = byState.get(code);
        if (!g) return null;
        const c = gapClass(g);
        return c === 'unserved' ? NONE_FILL : GAP_FILL[c];
      },
      tag: (code) => {
        const g = byState.get(code);
        return g ? gapClass(g) : 'none';
      },
      title(code, name) {
        const g = byState.get(code);
        if (!g) return t('reports.backtest.map.stateNone', { state: name });
        return t('reports.backtest.map.stateTitle', {
          state: name,
          compared: g.compared,
          agree: g.agree,
          share: percent.format(g.agree / g.compared),
          earlier: g.earlier,
          later: g.later,
          unserved: g.unserved,
          mean: days.format(g.meanDiffDays),
        });
      },
    };
  }, [result, lang, t]);
  return (
    <Box data-testid="backtest-map-section">
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        {t('reports.backtest.map.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('reports.backtest.map.note')}
      </Typography>
      <Box sx={{ mb: 1 }}>
        <MapLegend
          label={t('reports.backtest.map.legend')}
          items={[...GAP_CLASSES, 'none' as const].map((c) => ({
            key: c,
            label: t(`reports.backtest.map.legend.${c}`),
            swatch: c === 'unserved' ? HATCH_SWATCH : c === 'none' ? OUTSIDE_FILL[mode] : GAP_FILL[c],
          }))}
          testId="backtest-map-legend"
        />
      </Box>
      <Box sx={{ maxWidth: 720 }}>
        <Suspense fallback={<Typography variant="body2">{t('reports.busy')}</Typography>}>
          <UsMap paint={paint} />
        </Suspense>
      </Box>
      <Box sx={{ mt: 2 }}>
        <GapZip3Table result={result} />
      </Box>
    </Box>
  );
}
