import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import IconButton from '@mui/material/IconButton';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { AppErrorShape } from '../../../../shared/ipc/result';
import type { ResultOf } from '../../../../shared/ipc/contract';
import { applyTransitSuggestions } from '../../../../shared/backtest/backtest';
import { planRangeMessage, plansInForceProblems } from '../../../../shared/backtest/plansInForce';
import { call } from '../../lib/api';
import { localiseParams } from '../../lib/localiseParams';
import { useStore } from '../../store';
import { PageSection } from '../../components/PageSection';
import { ImportErrors } from './ImportErrors';
import { LongCallProgress, useLongCall } from './LongCallProgress';
import { GapMap } from './GapMap';
import { SkippedRows } from './SkippedRows';

type Outcome = NonNullable<ResultOf<'backtest:run'>['result']> & {
  read: NonNullable<ResultOf<'backtest:run'>['read']>;
};

/**
 * Backtest view: the open scenario's promises against the ones an Amazon order report records — the
 * agreement, the states where they differ, the orders that differ most with ShipWeek's reasoning, and
 * transit times that would close systematic gaps, which open as a new scenario to backtest again.
 * Nothing in the open scenario changes.
 */
export function BacktestPanel({ scenarioId }: { scenarioId: number }) {
  const { t, lang, language } = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const backtestCall = useLongCall();
  // Other scenarios in force during date ranges: the orders bought then are judged with them.
  const [plansInForce, setPlansInForce] = useState<{ scenarioId: number; from: string; to: string }[]>([]);
  const others = useStore((s) => s.scenarios).filter((sc) => sc.id !== scenarioId);
  // Ranges that end before they start or share a date are said here, before any file is picked.
  const rangeProblems = plansInForceProblems(
    plansInForce
      .filter((p) => p.from && p.to)
      .map((p) => ({
        name: others.find((sc) => sc.id === p.scenarioId)?.name ?? String(p.scenarioId),
        from: p.from,
        to: p.to,
      })),
  ).map(planRangeMessage);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const signed = (d: number) => (d > 0 ? `+${d}` : String(d));

  async function runBacktest() {
    setBusy(true);
    setError(null);
    setNote(null);
    // The backtest reads the stored scenario: pending edits are saved first.
    if (!(await useStore.getState().ensureSaved())) return setBusy(false);
    const res = await backtestCall.run('backtest:run', {
      scenarioId,
      ...(plansInForce.length ? { plansInForce } : {}),
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    if (res.value.cancelled) return setNote(t('reports.backtest.cancelled'));
    if (!res.value.done || !res.value.result || !res.value.read) return setNote(t('reports.cancelled'));
    setOutcome({ ...res.value.result, read: res.value.read });
  }

  async function applySuggestions() {
    const state = useStore.getState();
    const settings = state.doc?.settings;
    if (!outcome || !settings) return;
    const name = t('reports.backtest.appliedName', { name: settings.name }).slice(0, 120);
    setBusy(true);
    const res = await call('scenario:createFromSettings', {
      name,
      settings: applyTransitSuggestions(settings, outcome.suggestedOverrides),
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    await state.refreshScenarios();
    setNote(t('reports.backtest.applied', { name: res.value.name, count: outcome.suggestedOverrides.length }));
  }

  const disagreeing = outcome ? outcome.byState.filter((g) => g.agree < g.compared).slice(0, 10) : [];
  return (
    <PageSection
      id="reports-backtest"
      title={t('reports.backtest.title')}
      intro={t('reports.backtest.intro')}
      testId="backtest-panel"
    >
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }} data-testid="backtest-plans">
        <Typography component="legend" variant="subtitle2" sx={{ fontWeight: 600 }}>
          {t('reports.backtest.plans.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('reports.backtest.plans.intro')}
        </Typography>
        <Stack spacing={1}>
          {plansInForce.map((p, i) => {
            const set = (patch: Partial<typeof p>) =>
              setPlansInForce((all) => all.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            return (
              <Stack
                direction="row"
                spacing={1}
                key={i}
                sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
                data-testid="backtest-plan-row"
              >
                <TextField
                  select
                  size="small"
                  sx={{ minWidth: 240 }}
                  label={t('reports.backtest.plans.scenario')}
                  value={p.scenarioId}
                  onChange={(e) => set({ scenarioId: Number(e.target.value) })}
                >
                  {others.map((sc) => (
                    <MenuItem key={sc.id} value={sc.id}>
                      {sc.name}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  size="small"
                  type="date"
                  label={t('reports.backtest.plans.from')}
                  value={p.from}
                  onChange={(e) => set({ from: e.target.value })}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <TextField
                  size="small"
                  type="date"
                  label={t('reports.backtest.plans.to')}
                  value={p.to}
                  onChange={(e) => set({ to: e.target.value })}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <IconButton
                  aria-label={t('reports.backtest.plans.remove')}
                  onClick={() => setPlansInForce((all) => all.filter((_, j) => j !== i))}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </Stack>
            );
          })}
        </Stack>
        <Button
          size="small"
          variant="text"
          disabled={others.length === 0 || plansInForce.length >= 20}
          data-testid="backtest-plan-add"
          onClick={() => setPlansInForce((all) => [...all, { scenarioId: others[0]!.id, from: '', to: '' }])}
        >
          {t('reports.backtest.plans.add')}
        </Button>
        {rangeProblems.length > 0 && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="backtest-plans-problems">
            {rangeProblems.map((m, i) => (
              <div key={i} data-testid="backtest-plans-problem">
                {t(`reports.backtest.${m.id}`, localiseParams(m.params, language))}
              </div>
            ))}
          </Alert>
        )}
      </Box>
      <Button
        variant="outlined"
        startIcon={<FactCheckIcon />}
        disabled={busy || plansInForce.some((p) => !p.from || !p.to) || rangeProblems.length > 0}
        data-testid="backtest-run"
        onClick={() => void runBacktest()}
      >
        {t('reports.backtest.run')}
      </Button>
      <div role="status" style={{ marginTop: 16 }}>
        {busy && !backtestCall.running && <Alert severity="info">{t('reports.busy')}</Alert>}
        {backtestCall.running && <LongCallProgress running={backtestCall.running} testId="backtest-progress" />}
        {note && (
          <Alert severity="info" data-testid="backtest-note">
            {note}
          </Alert>
        )}
      </div>
      {error && <ImportErrors error={error} />}
      {outcome && (
        <Stack spacing={2} sx={{ mt: 2 }}>
          <Typography variant="body2" data-testid="backtest-read">
            {t('reports.backtest.read', {
              rows: outcome.read.rows,
              orders: outcome.read.orders,
              prime: outcome.read.primeOrders,
              skipped: outcome.read.skipped.total,
            })}
            {outcome.read.assumedTimeZone &&
              ` ${t('reports.import.ordersAssumedZone', { count: outcome.read.assumedTimeZone.rows, timeZone: outcome.read.assumedTimeZone.timeZone })}`}
          </Typography>
          <SkippedRows skipped={outcome.read.skipped} />
          {outcome.byPlan.length > 1 && (
            <Typography variant="body2" data-testid="backtest-by-plan">
              {t('reports.backtest.plans.judged', {
                list: outcome.byPlan
                  .map((p) =>
                    t('reports.backtest.plans.judgedOne', {
                      name: p.name ?? t('reports.backtest.plans.thisPlan'),
                      compared: p.compared,
                      agree: p.agree,
                    }),
                  )
                  .join('; '),
              })}
            </Typography>
          )}
          <Alert
            severity={outcome.compared > 0 && outcome.agree === outcome.compared ? 'success' : 'warning'}
            data-testid="backtest-summary"
          >
            {outcome.compared === 0
              ? t('reports.backtest.nothing', { prime: outcome.primeOrders })
              : t('reports.backtest.summary', {
                  agree: outcome.agree,
                  compared: outcome.compared,
                  share: percent.format(outcome.agreeShare),
                  earlier: outcome.earlier,
                  later: outcome.later,
                  unserved: outcome.unserved,
                })}
          </Alert>
          {outcome.compared > 0 && <GapMap result={outcome} />}
          {disagreeing.length > 0 && (
            <TableContainer component={Paper} variant="outlined">
              <Table size="small" aria-label={t('reports.backtest.states')} data-testid="backtest-states">
                <TableHead>
                  <TableRow>
                    {(['state', 'orders', 'agree', 'earlier', 'later', 'meanDiff'] as const).map((c) => (
                      <TableCell key={c} align={c === 'state' ? 'left' : 'right'}>
                        {t(`reports.backtest.col.${c}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {disagreeing.map((g) => (
                    <TableRow key={g.key}>
                      <TableCell>{g.key}</TableCell>
                      <TableCell align="right">{g.compared}</TableCell>
                      <TableCell align="right">{percent.format(g.agree / g.compared)}</TableCell>
                      <TableCell align="right">{g.earlier}</TableCell>
                      <TableCell align="right">{g.later}</TableCell>
                      <TableCell align="right">{signed(g.meanDiffDays)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          {outcome.worst.length > 0 && (
            <Box>
              <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
                {t('reports.backtest.worst')}
              </Typography>
              <Box component="ul" sx={{ pl: 3, my: 0.5 }} data-testid="backtest-worst">
                {outcome.worst.map((w) => (
                  <li key={w.orderId} data-testid="backtest-worst-order" data-order-id={w.orderId}>
                    <Typography variant="body2">
                      {t(w.shipweekPromise === null ? 'reports.backtest.worstUnserved' : 'reports.backtest.worstLine', {
                        orderId: w.orderId,
                        zip: w.zip,
                        at: w.purchaseLocal.replace('T', ' '),
                        amazon: w.amazonPromise,
                        shipweek: w.shipweekPromise ?? '',
                        diff: signed(w.diffDays ?? 0),
                      })}
                      {w.planName !== null && ` ${t('reports.backtest.plans.judgedWith', { name: w.planName })}`}
                    </Typography>
                    <Box component="ol" sx={{ pl: 3, my: 0.5 }}>
                      {w.explanation.map((step, i) => (
                        <Typography component="li" variant="body2" color="text.secondary" key={i}>
                          {t(step.key, localiseParams(step.params, language))}
                        </Typography>
                      ))}
                    </Box>
                  </li>
                ))}
              </Box>
            </Box>
          )}
          <Box data-testid="backtest-suggestions">
            <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
              {t('reports.backtest.suggestions')}
            </Typography>
            {outcome.suggestedOverrides.length === 0 ? (
              <Typography variant="body2">{t('reports.backtest.noSuggestions')}</Typography>
            ) : (
              <>
                <Box component="ul" sx={{ pl: 3, my: 0.5 }}>
                  {outcome.suggestedOverrides.slice(0, 30).map((s) => (
                    <Typography
                      component="li"
                      variant="body2"
                      key={`${s.serviceId}|${s.dest}`}
                      data-testid="backtest-suggestion"
                    >
                      {t('reports.backtest.suggestion', {
                        service: s.serviceId,
                        dest: s.dest,
                        from: s.currentBusinessDays,
                        to: s.businessDays,
                        orders: s.orders,
                        now: s.agreeNow,
                        with: s.agreeWith,
                      })}
                    </Typography>
                  ))}
                </Box>
                <Button
                  size="small"
                  variant="text"
                  disabled={busy}
                  data-testid="backtest-apply"
                  onClick={() => void applySuggestions()}
                >
                  {t('reports.backtest.apply')}
                </Button>
              </>
            )}
          </Box>
        </Stack>
      )}
    </PageSection>
  );
}
