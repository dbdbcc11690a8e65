import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { HorizonResult } from '../../../../shared/eligibility/horizon';
import type { TradeOffRow } from '../../../../shared/eligibility/tradeOff';
import { PageSection } from '../../components/PageSection';
import { useFormat } from '../simulation/format';

/*
 * Promising fast against delivering on time: the plan, and the plan promising one more transit day
 * with each service it uses (shared/eligibility/tradeOff.ts, computed in the eligibility worker over
 * the same weeks). A table a user can read row by row, a chart of the same figures (≤2-day speed
 * across, expected on-time up), and "Why?" saying what the rows mean and why on-time can fall.
 */

/** The first week's threshold of a metric, when the profile has one. */
function thresholdOf(result: HorizonResult, id: string): number | null {
  for (const w of result.weeks) {
    const th = w.metrics[id]?.threshold;
    if (th) return th.value;
  }
  return null;
}

export function TradeOffView({ rows, result }: { rows: readonly TradeOffRow[]; result: HorizonResult }) {
  const { t } = useT();
  const f = useFormat();
  const [why, setWhy] = useState(false);
  if (rows.length === 0) return null;
  const base = rows[0]!;
  const onTimeTarget = thresholdOf(result, 'onTimeDelivery');
  const speedTarget = thresholdOf(result, 'speed.standard.le2');
  const name = (r: TradeOffRow) =>
    r.slowerService === null
      ? t('eligibility.tradeOff.asItIs')
      : t('eligibility.tradeOff.slower', { service: t(`catalog.service.${r.slowerService}`) });
  const delta = (v: number, b: number) => {
    const points = (v - b) * 100;
    return Math.abs(points) < 0.05
      ? ''
      : ` (${t('eligibility.tradeOff.points', { points: (points > 0 ? '+' : '−') + f.days(Math.abs(points)) })})`;
  };
  // Only services that carry orders can change anything; the others are listed at the end.
  const shown = [
    base,
    ...rows
      .slice(1)
      .filter((r) => (r.orderShare ?? 0) > 0)
      .sort((a, b) => (b.orderShare ?? 0) - (a.orderShare ?? 0)),
  ];
  const idle = rows.slice(1).filter((r) => !((r.orderShare ?? 0) > 0));

  return (
    <PageSection
      id="tradeoff-title"
      title={t('eligibility.tradeOff.title')}
      frame="none"
      spacing={1}
      testId="eligibility-tradeoff"
      actionsInline
      actions={
        <Button
          size="small"
          onClick={() => setWhy((w) => !w)}
          aria-expanded={why}
          data-testid="eligibility-tradeoff-why"
        >
          {t('eligibility.tradeOff.why')}
        </Button>
      }
    >
      <Typography color="text.secondary">{t('eligibility.tradeOff.intro')}</Typography>
      {why && (
        <Paper variant="outlined" sx={{ p: 2 }} data-testid="eligibility-tradeoff-explain">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('eligibility.tradeOff.whyRows')}
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('eligibility.tradeOff.whyMeasures')}
          </Typography>
          <Typography variant="body2">{t('eligibility.tradeOff.whyFall')}</Typography>
        </Paper>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Paper sx={{ overflowX: 'auto', flex: 1 }}>
          <Table size="small" aria-label={t('eligibility.tradeOff.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                <TableCell>{t('eligibility.tradeOff.col.plan')}</TableCell>
                <TableCell align="right">{t('eligibility.tradeOff.col.orders')}</TableCell>
                <TableCell align="right">{t('eligibility.tradeOff.col.le1')}</TableCell>
                <TableCell align="right">{t('eligibility.tradeOff.col.le2')}</TableCell>
                <TableCell align="right">{t('eligibility.tradeOff.col.onTime')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((r, i) => (
                <TableRow
                  key={r.slowerService ?? 'base'}
                  data-testid="eligibility-tradeoff-row"
                  data-service={r.slowerService ?? ''}
                  data-le1={r.speedLe1}
                  data-le2={r.speedLe2}
                  data-on-time={r.expectedOnTime}
                  sx={i === 0 ? { '& td': { fontWeight: 600 } } : undefined}
                >
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{name(r)}</TableCell>
                  <TableCell align="right">{r.orderShare === null ? '—' : f.percent(r.orderShare)}</TableCell>
                  <TableCell align="right">
                    {f.percent(r.speedLe1) + (i > 0 ? delta(r.speedLe1, base.speedLe1) : '')}
                  </TableCell>
                  <TableCell align="right">
                    {f.percent(r.speedLe2) + (i > 0 ? delta(r.speedLe2, base.speedLe2) : '')}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ color: onTimeTarget !== null && r.expectedOnTime < onTimeTarget ? 'error.main' : undefined }}
                  >
                    {f.percent(r.expectedOnTime) + (i > 0 ? delta(r.expectedOnTime, base.expectedOnTime) : '')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {idle.length > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
              {t('eligibility.tradeOff.idle', {
                // Only the base row (the first, left out of `idle`) has no slower service.
                services: idle.map((r) => t(`catalog.service.${r.slowerService!}`)).join(', '),
              })}
            </Typography>
          )}
        </Paper>
        <TradeOffChart rows={shown} onTimeTarget={onTimeTarget} speedTarget={speedTarget} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('eligibility.tradeOff.targets', {
          onTime: onTimeTarget === null ? '—' : f.percent(onTimeTarget),
          speed: speedTarget === null ? '—' : f.percent(speedTarget),
        })}
      </Typography>
    </PageSection>
  );
}

/** Each row as a numbered dot: ≤2-day speed across, expected on-time up, with the two targets as dashed lines. */
function TradeOffChart({
  rows,
  onTimeTarget,
  speedTarget,
}: {
  rows: readonly TradeOffRow[];
  onTimeTarget: number | null;
  speedTarget: number | null;
}) {
  const { t } = useT();
  const f = useFormat();
  const W = 360;
  const H = 240;
  const left = 52;
  const right = 14;
  const top = 12;
  const bottom = 36;
  const xs = rows.map((r) => r.speedLe2).concat(speedTarget ?? []);
  const ys = rows.map((r) => r.expectedOnTime).concat(onTimeTarget ?? []);
  const span = (v: number[], minPad: number) => {
    let lo = Math.min(...v);
    let hi = Math.max(...v);
    const pad = Math.max(minPad, (hi - lo) * 0.12);
    lo = Math.max(0, lo - pad);
    hi = Math.min(1, hi + pad);
    return [lo, hi] as const;
  };
  const [x0, x1] = span(xs, 0.02);
  const [y0, y1] = span(ys, 0.005);
  const x = (v: number) => left + ((v - x0) / (x1 - x0 || 1)) * (W - left - right);
  const y = (v: number) => top + (1 - (v - y0) / (y1 - y0 || 1)) * (H - top - bottom);
  return (
    <Box component="figure" sx={{ m: 0, flex: '0 0 auto' }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={t('eligibility.tradeOff.chartLabel')}
        data-testid="eligibility-tradeoff-chart"
      >
        <line x1={left} x2={W - right} y1={H - bottom} y2={H - bottom} stroke="currentColor" strokeOpacity={0.4} />
        <line x1={left} x2={left} y1={top} y2={H - bottom} stroke="currentColor" strokeOpacity={0.4} />
        {[x0, x1].map((v) => (
          <text key={`x${v}`} x={x(v)} y={H - bottom + 14} fontSize={11} textAnchor="middle" fill="currentColor">
            {f.percent(v)}
          </text>
        ))}
        {[y0, y1].map((v) => (
          <text key={`y${v}`} x={left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="currentColor">
            {f.percent(v)}
          </text>
        ))}
        <text x={(left + W - right) / 2} y={H - 4} fontSize={11} textAnchor="middle" fill="currentColor">
          {t('eligibility.tradeOff.col.le2')}
        </text>
        <text
          x={12}
          y={(top + H - bottom) / 2}
          fontSize={11}
          textAnchor="middle"
          fill="currentColor"
          transform={`rotate(-90 12 ${(top + H - bottom) / 2})`}
        >
          {t('eligibility.tradeOff.col.onTime')}
        </text>
        {onTimeTarget !== null && (
          <line
            x1={left}
            x2={W - right}
            y1={y(onTimeTarget)}
            y2={y(onTimeTarget)}
            stroke="#d32f2f"
            strokeDasharray="6 4"
          />
        )}
        {speedTarget !== null && (
          <line
            x1={x(speedTarget)}
            x2={x(speedTarget)}
            y1={top}
            y2={H - bottom}
            stroke="#d32f2f"
            strokeDasharray="6 4"
          />
        )}
        {rows.map((r, i) => (
          <g key={r.slowerService ?? 'base'}>
            <circle
              cx={x(r.speedLe2)}
              cy={y(r.expectedOnTime)}
              r={i === 0 ? 7 : 5}
              fill={i === 0 ? '#1976d2' : '#ed6c02'}
              fillOpacity={0.85}
            />
            <text x={x(r.speedLe2) + 8} y={y(r.expectedOnTime) - 6} fontSize={11} fill="currentColor">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
      <Typography component="figcaption" variant="body2" color="text.secondary" sx={{ maxWidth: W }}>
        {t('eligibility.tradeOff.chartCaption')}
      </Typography>
    </Box>
  );
}
