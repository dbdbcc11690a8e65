import { useEffect, useMemo, useRef, useState } from 'react';
import { checkedKey, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Settings } from '../../../../shared/domain/settings';
import { ACCOUNT_METRICS, nextWindowStart, type HorizonResult } from '../../../../shared/eligibility/horizon';
import { resolveOperations } from '../../../../shared/eligibility/operations';
import { useStore } from '../../store';
import { useFormat } from '../simulation/format';
import type { TradeOffRow } from '../../../../shared/eligibility/tradeOff';
import {
  EligibilityCancelledError,
  EligibilityRunError,
  startEligibility,
  type EligibilityRun,
} from './eligibilityClient';
import { TradeOffView } from './TradeOffView';
import { OperationsEditor } from './OperationsEditor';
import { runInputProblems } from './runInputs';
import { isBuiltInPolicy, policyNameKey } from '../../../../shared/catalog/policies';

/** Same bar as `shipweek eligibility`'s exit code. */
const TRIAL_PASS_BAR = 0.95;
const REVOCATION_BAR = 0.05;

type RunState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | {
      status: 'done';
      result: HorizonResult;
      tradeOff: TradeOffRow[];
      seconds: number;
      settings: Settings;
      seed: number;
    }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

function useMetricName() {
  const { t } = useT();
  return (id: string) => {
    const speed = /^speed\.(\w+)\.le(\d)$/.exec(id);
    return speed
      ? t('eligibility.metric.speed', { tier: speed[1]!, days: Number(speed[2]) })
      : t(checkedKey(`eligibility.metric.${id}`));
  };
}

/**
 * Eligibility: the horizon Monte Carlo (shared/eligibility) of the open scenario, in a worker with
 * progress and cancel; the verdict, a weekly fan chart per metric against its threshold, the strike
 * ladder week by week, what fails and the lanes behind late deliveries.
 */
export function EligibilityPage() {
  const { t, locale } = useT();
  const settings = useStore((s) => s.doc?.settings);
  const [start, setStart] = useState(() => nextWindowStart(new Date().toISOString().slice(0, 10)));
  const [weeks, setWeeks] = useState('13');
  const [runs, setRuns] = useState('2000');
  const [seed, setSeed] = useState('1');
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const runRef = useRef<EligibilityRun | null>(null);
  useEffect(() => () => runRef.current?.cancel(), []);

  const weeksN = Number(weeks);
  const runsN = Number(runs);
  const seedN = Number(seed);
  const problems = runInputProblems({ start, weeks, runs, seed });
  const weekdayName = (date: string) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  /** What each field says under it when it cannot be used (MUI links it with aria-describedby). */
  const problemText = (field: keyof typeof problems) => {
    const p = problems[field];
    if (!p) return undefined;
    return t(p.key, 'weekday' in p.params ? { ...p.params, weekday: weekdayName(String(p.params.weekday)) } : p.params);
  };
  const canRun = !!settings && Object.keys(problems).length === 0 && state.status !== 'running';

  const run = () => {
    if (!settings || !canRun) return;
    setState({ status: 'running', fraction: 0 });
    const handle = startEligibility(settings, { start, weeks: weeksN, runs: runsN, seed: seedN }, (fraction) =>
      setState({ status: 'running', fraction }),
    );
    runRef.current = handle;
    handle.done.then(
      ({ result, tradeOff, ms }) =>
        setState({ status: 'done', result, tradeOff, seconds: ms / 1000, settings, seed: seedN }),
      (error: unknown) => {
        if (error instanceof EligibilityCancelledError) setState({ status: 'cancelled' });
        else if (error instanceof EligibilityRunError && error.messageKey)
          setState({ status: 'error', message: t(error.messageKey, error.params) });
        else setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  if (!settings) {
    return (
      <Stack spacing={2}>
        <Typography variant="h1">{t('eligibility.title')}</Typography>
        <Paper sx={{ p: 3 }}>
          <Typography>{t('app.noScenario')}</Typography>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('eligibility.title')}</Typography>
        <Typography color="text.secondary">{t('eligibility.intro')}</Typography>
      </Stack>

      <OperationsEditor settings={settings} />

      <Paper
        component="form"
        sx={{ p: 2 }}
        aria-label={t('eligibility.form.label')}
        onSubmit={(e) => (e.preventDefault(), run())}
      >
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'flex-start', rowGap: 2 }}>
          <TextField
            label={t('eligibility.form.start')}
            type="date"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            error={!!problems.start}
            helperText={problemText('start')}
            size="small"
            sx={{ width: 270 }}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label={t('eligibility.form.weeks')}
            value={weeks}
            onChange={(e) => setWeeks(e.target.value)}
            error={!!problems.weeks}
            helperText={problemText('weeks')}
            size="small"
            // Wider while it explains itself, so the reason reads on two lines, not six.
            sx={{ width: problems.weeks ? 240 : 110 }}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            label={t('eligibility.form.runs')}
            value={runs}
            onChange={(e) => setRuns(e.target.value)}
            error={!!problems.runs}
            helperText={problemText('runs')}
            size="small"
            // Wider while it explains itself, so the reason reads on two lines, not six.
            sx={{ width: problems.runs ? 240 : 160 }}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            label={t('eligibility.form.seed')}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            error={!!problems.seed}
            helperText={problemText('seed')}
            size="small"
            // Wider while it explains itself, so the reason reads on two lines, not six.
            sx={{ width: problems.seed ? 240 : 130 }}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <Button type="submit" variant="contained" disabled={!canRun}>
            {t('eligibility.form.run')}
          </Button>
          {state.status === 'running' && (
            <Button variant="outlined" onClick={() => runRef.current?.cancel()}>
              {t('eligibility.form.cancel')}
            </Button>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('eligibility.form.help')}
        </Typography>
      </Paper>

      <div role="status" aria-live="polite">
        {state.status === 'running' && (
          <Box>
            <Typography variant="body2">
              {t('eligibility.progress', { percent: Math.round(state.fraction * 100) })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={state.fraction * 100}
              aria-label={t('eligibility.progress', { percent: Math.round(state.fraction * 100) })}
            />
          </Box>
        )}
        {state.status === 'cancelled' && <Alert severity="info">{t('eligibility.cancelled')}</Alert>}
        {state.status === 'error' && (
          <Alert severity="error">{t('eligibility.error', { message: state.message })}</Alert>
        )}
      </div>

      {state.status === 'done' && (
        <Results
          result={state.result}
          tradeOff={state.tradeOff}
          seconds={state.seconds}
          seed={state.seed}
          stale={state.settings !== settings}
          settings={settings}
        />
      )}
    </Stack>
  );
}

function Results({
  result,
  tradeOff,
  seconds,
  seed,
  stale,
  settings,
}: {
  result: HorizonResult;
  tradeOff: TradeOffRow[];
  seconds: number;
  seed: number;
  stale: boolean;
  settings: Settings;
}) {
  const { t } = useT();
  const f = useFormat();
  const metricName = useMetricName();
  const metricIds = useMemo(() => {
    const ids = new Set<string>();
    for (const w of result.weeks)
      for (const [id, m] of Object.entries(w.metrics)) if (m.threshold || id === 'onTimeDelivery') ids.add(id);
    return [...ids];
  }, [result]);
  const [metric, setMetric] = useState('onTimeDelivery');
  // The profile in force each week, named as the Settings page names it (not its id).
  const policyName = (id: string) =>
    isBuiltInPolicy(id) ? t(policyNameKey(id)) : (settings.customPolicies.find((p) => p.id === id)?.name ?? id);
  const pass = result.trial.passProbability >= TRIAL_PASS_BAR && result.revokedWithin.probability <= REVOCATION_BAR;
  const defaults =
    Object.values(resolveOperations(settings).origin).filter((o) => o === 'default').length +
    (settings.transitSpread?.length ? 0 : 1);

  const failing: { id: string; week: number; share: number; p50: number; kind: 'min' | 'max'; value: number }[] = [];
  for (const id of metricIds) {
    let worst: (typeof failing)[number] | undefined;
    for (const w of result.weeks) {
      const m = w.metrics[id];
      if (!m?.threshold || m.passShare >= 1) continue;
      if (!worst || m.passShare < worst.share)
        worst = { id, week: w.week, share: m.passShare, p50: m.p50, kind: m.threshold.kind, value: m.threshold.value };
    }
    if (worst) failing.push(worst);
  }
  const names = new Map(settings.warehouses.map((w) => [w.id, w.name]));
  const lanes = result.lanes
    .filter((l) => l.orderShare > 0)
    .sort((a, b) => b.orderShare * b.lateShare - a.orderShare * a.lateShare);

  return (
    <Stack spacing={3} data-testid="eligibility-results">
      {stale && <Alert severity="warning">{t('eligibility.stale')}</Alert>}
      {defaults > 0 && <Alert severity="info">{t('eligibility.assumptions', { count: defaults })}</Alert>}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <Paper sx={{ p: 2, minWidth: 200 }} data-testid="eligibility-verdict">
          <Typography variant="h2" color={pass ? 'success.main' : 'error.main'}>
            {t(pass ? 'eligibility.verdict.pass' : 'eligibility.verdict.risk')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('eligibility.card.runs', { runs: result.runs, seed, seconds: f.days(seconds) })}
          </Typography>
        </Paper>
        <Paper sx={{ p: 2, minWidth: 200 }} data-testid="eligibility-trial">
          <Typography variant="body2">{t('eligibility.card.trial')}</Typography>
          <Typography variant="h2">{f.percent(result.trial.passProbability)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('eligibility.card.trialDetail', {
              days: result.trial.days,
              weeks: result.trial.weeks,
              minOrders: result.trial.minOrders,
            })}
          </Typography>
        </Paper>
        <Paper sx={{ p: 2, minWidth: 200 }} data-testid="eligibility-revoked">
          <Typography variant="body2">
            {t('eligibility.card.revoked', { weeks: result.revokedWithin.weeks })}
          </Typography>
          <Typography variant="h2">{f.percent(result.revokedWithin.probability)}</Typography>
        </Paper>
        <Paper sx={{ p: 2, minWidth: 200 }}>
          <Typography variant="body2">{t('eligibility.card.strikes')}</Typography>
          <Typography variant="h2">{f.days(result.expectedStrikes)}</Typography>
        </Paper>
      </Stack>

      <Stack spacing={1}>
        <Typography variant="h2">{t('eligibility.chart.title')}</Typography>
        <TextField
          select
          label={t('eligibility.chart.metric')}
          value={metric}
          onChange={(e) => setMetric(e.target.value)}
          size="small"
          sx={{ maxWidth: 360 }}
        >
          {metricIds.map((id) => (
            <MenuItem key={id} value={id}>
              {metricName(id)}
            </MenuItem>
          ))}
        </TextField>
        <FanChart result={result} metric={metric} label={metricName(metric)} />
        <Paper sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('eligibility.table.label')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('eligibility.col.week')}</TableCell>
                <TableCell>{t('eligibility.col.start')}</TableCell>
                <TableCell>{t('eligibility.col.profile')}</TableCell>
                <TableCell align="right">{t('eligibility.col.pass')}</TableCell>
                <TableCell align="right">{t('eligibility.col.metric', { metric: metricName(metric) })}</TableCell>
                <TableCell align="right">{t('eligibility.col.warned')}</TableCell>
                <TableCell align="right">{t('eligibility.col.disabled')}</TableCell>
                <TableCell align="right">{t('eligibility.col.revoked')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.weeks.map((w) => {
                const m = w.metrics[metric];
                return (
                  <TableRow key={w.week}>
                    <TableCell>{w.week}</TableCell>
                    <TableCell>{f.date(w.start)}</TableCell>
                    <TableCell>{policyName(w.policyId)}</TableCell>
                    <TableCell align="right">{f.percent(w.passProbability)}</TableCell>
                    <TableCell align="right">
                      {m ? `${f.percent(m.p10)} / ${f.percent(m.p50)} / ${f.percent(m.p90)}` : '—'}
                    </TableCell>
                    <TableCell align="right">{f.percent(w.states.warning)}</TableCell>
                    <TableCell align="right">{f.percent(w.states.offersDisabled)}</TableCell>
                    <TableCell align="right">{f.percent(w.states.revoked)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Paper>
      </Stack>

      <TradeOffView rows={tradeOff} result={result} />

      <Stack spacing={1}>
        <Typography variant="h2">{t('eligibility.failing.title')}</Typography>
        {failing.length === 0 ? (
          <Typography>{t('eligibility.failing.none')}</Typography>
        ) : (
          <ul style={{ margin: 0 }} data-testid="eligibility-failing">
            {failing.map((x) => (
              <li key={x.id}>
                <Typography>
                  {t('eligibility.failing.line', {
                    metric: metricName(x.id),
                    share: f.percent(x.share),
                    week: x.week,
                    p50: f.percent(x.p50),
                    kind: t(`eligibility.failing.${x.kind}`),
                    threshold: f.percent(x.value),
                  })}
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Stack>

      {lanes.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="h2">{t('eligibility.lanes.title')}</Typography>
          <Paper sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={t('eligibility.lanes.label')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('eligibility.col.lane')}</TableCell>
                  <TableCell align="right">{t('eligibility.col.orders')}</TableCell>
                  <TableCell align="right">{t('eligibility.col.late')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lanes.map((l) => (
                  <TableRow key={`${l.warehouseId}|${l.serviceId}`}>
                    <TableCell>{`${names.get(l.warehouseId) ?? l.warehouseId} · ${t(`catalog.service.${l.serviceId}`)}`}</TableCell>
                    <TableCell align="right">{f.percent(l.orderShare)}</TableCell>
                    <TableCell align="right">{f.percent(l.lateShare)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}

/** p10-p90 band, median line and threshold of one metric over the weeks (the table below holds the same numbers). */
function FanChart({ result, metric, label }: { result: HorizonResult; metric: string; label: string }) {
  const { t } = useT();
  const f = useFormat();
  const points = result.weeks.map((w) => w.metrics[metric]).filter((m) => m !== undefined);
  if (points.length === 0) return null;
  const threshold = points.find((m) => m.threshold)?.threshold ?? null;
  const values = points.flatMap((m) => [m.p10, m.p90]).concat(threshold ? [threshold.value] : []);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = Math.max(0.005, (hi - lo) * 0.15);
  lo = Math.max(0, lo - pad);
  hi = Math.min(1, hi + pad);
  if (hi - lo < 0.01) hi = Math.min(1, lo + 0.01);
  const W = 640;
  const H = 200;
  const left = 48;
  const right = 12;
  const top = 10;
  const bottom = 28;
  const x = (i: number) =>
    left + (points.length === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (points.length - 1));
  const y = (v: number) => top + (1 - (v - lo) / (hi - lo)) * (H - top - bottom);
  const band = [
    ...points.map((m, i) => `${x(i)},${y(m.p90)}`),
    ...points.map((m, i) => `${x(i)},${y(m.p10)}`).reverse(),
  ].join(' ');
  const median = points.map((m, i) => `${x(i)},${y(m.p50)}`).join(' ');
  const isAccount = (ACCOUNT_METRICS as readonly string[]).includes(metric);
  const aria = t('eligibility.chart.label', {
    metric: label,
    threshold: threshold ? f.percent(threshold.value) : t('eligibility.chart.noThreshold'),
  });
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W }}
        role="img"
        aria-label={aria}
        data-testid="eligibility-fan"
      >
        <line x1={left} x2={W - right} y1={y(lo)} y2={y(lo)} stroke="currentColor" strokeOpacity={0.3} />
        {[lo, (lo + hi) / 2, hi].map((v) => (
          <text key={v} x={left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="currentColor">
            {f.percent(v)}
          </text>
        ))}
        <polygon points={band} fill="#1976d2" fillOpacity={isAccount ? 0.25 : 0.15} />
        <polyline points={median} fill="none" stroke="#1976d2" strokeWidth={2} />
        {threshold && (
          <line
            x1={left}
            x2={W - right}
            y1={y(threshold.value)}
            y2={y(threshold.value)}
            stroke="#d32f2f"
            strokeDasharray="6 4"
            strokeWidth={1.5}
          />
        )}
        {points.map((_, i) => (
          <text key={i} x={x(i)} y={H - 8} fontSize={11} textAnchor="middle" fill="currentColor">
            {i + 1}
          </text>
        ))}
      </svg>
      <Typography component="figcaption" variant="body2" color="text.secondary">
        {aria}
      </Typography>
    </Box>
  );
}
