import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Settings } from '../../../../shared/domain/settings';
import { diffSettings } from '../../../../shared/domain/diffSettings';
import type { SimulationResult } from '../../../../shared/engine/simulate';
import type { ScenarioSummary } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { useStore } from '../../store';
import { isStale, simulateSettings } from '../simulation/engineClient';
import { describePath, describeValue } from './describeDifference';
import { metricRows } from './metricRows';
import { WeekPicker, WeekShown } from '../simulation/WeekPicker';

/** Two scenarios side by side: the metric deltas from the real engine, and the settings that differ. */
export function ComparePanel({ scenarios, defaultA }: { scenarios: ScenarioSummary[]; defaultA: number | null }) {
  const { t, i18n } = useTranslation();
  const [aId, setAId] = useState<number | ''>(defaultA ?? '');
  const [bId, setBId] = useState<number | ''>('');
  const [docs, setDocs] = useState<{ a: Settings; b: Settings } | null>(null);
  const [results, setResults] = useState<{ a: SimulationResult; b: SimulationResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The week both plans are simulated over: the same choice as the Simulation page's and the reports'.
  const week = useStore((s) => s.week);

  // A plan opened as a new scenario (the advisor's "Open as a new scenario") arrives side by side
  // with the plan it came from.
  const request = useStore((s) => s.compareRequest);
  useEffect(() => {
    if (!request || !scenarios.some((s) => s.id === request.b)) return;
    setAId(request.a);
    setBId(request.b);
    useStore.getState().clearCompareRequest();
  }, [request, scenarios]);

  useEffect(() => {
    if (bId === '' || !scenarios.some((s) => s.id === bId)) setBId(scenarios.find((s) => s.id !== aId)?.id ?? '');
    if (aId === '' || !scenarios.some((s) => s.id === aId)) setAId(scenarios[0]?.id ?? '');
  }, [scenarios, aId, bId]);

  useEffect(() => {
    setDocs(null);
    setResults(null);
    setError(null);
    if (aId === '' || bId === '' || aId === bId) return;
    let live = true;
    void (async () => {
      const [a, b] = await Promise.all([call('scenario:get', { scenarioId: aId }), call('scenario:get', { scenarioId: bId })]);
      if (!live) return;
      if (!a.ok || !b.ok) return setError((!a.ok ? a.error : !b.ok ? b.error : null)?.message ?? '');
      setDocs({ a: a.value.settings, b: b.value.settings });
      try {
        const weekStart = week === null ? {} : { weekStart: week };
        const [ra, rb] = await Promise.all([simulateSettings(a.value.settings, { lane: 'compare-a', ...weekStart }), simulateSettings(b.value.settings, { lane: 'compare-b', ...weekStart })]);
        if (live) setResults({ a: ra, b: rb });
      } catch (e) {
        // A newer comparison superseded this one; its own answer will arrive.
        if (live && !isStale(e)) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [aId, bId, week]);

  const diffs = useMemo(() => (docs ? diffSettings(docs.a, docs.b) : []), [docs]);
  const rows = results ? metricRows(results.a, results.b, i18n.language) : [];

  if (scenarios.length < 2) return <Alert severity="info">{t('scenarios.compare.needTwo')}</Alert>;
  const picker = (label: string, value: number | '', set: (v: number) => void, testId: string) => (
    <FormControl size="small" sx={{ minWidth: 260 }}>
      <InputLabel id={`${testId}-label`}>{label}</InputLabel>
      <Select labelId={`${testId}-label`} label={label} value={value} onChange={(e) => set(Number(e.target.value))} data-testid={testId}>
        {scenarios.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.name}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="compare-title">
      <Stack spacing={2}>
        <Typography variant="h2" id="compare-title">
          {t('scenarios.compare.title')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', gap: 2 }}>
          {picker(t('scenarios.compare.a'), aId, setAId, 'compare-a')}
          {picker(t('scenarios.compare.b'), bId, setBId, 'compare-b')}
          <WeekPicker settings={docs?.a} testId="compare-week-select" />
        </Stack>
        {docs && <WeekShown settings={docs.a} testId="compare-week-label" />}
        {aId !== '' && aId === bId && <Alert severity="info">{t('scenarios.compare.same')}</Alert>}
        {error && <Alert severity="error">{t('scenarios.compare.failed', { message: error })}</Alert>}
        {docs && !results && !error && (
          <Stack spacing={1} role="status">
            <Typography variant="body2">{t('scenarios.compare.computing')}</Typography>
            <LinearProgress />
          </Stack>
        )}
        {results && (
          <Table size="small" aria-label={t('scenarios.compare.metrics')} data-testid="compare-metrics">
            <TableHead>
              <TableRow>
                <TableCell>{t('scenarios.compare.metrics')}</TableCell>
                <TableCell align="right">{scenarios.find((s) => s.id === aId)?.name}</TableCell>
                <TableCell align="right">{scenarios.find((s) => s.id === bId)?.name}</TableCell>
                <TableCell align="right">{t('scenarios.compare.delta')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} data-testid={`metric-${r.id}`}>
                  <TableCell component="th" scope="row">
                    {t(r.labelKey)}
                  </TableCell>
                  <TableCell align="right">{r.kind === 'flag' ? t(r.a) : r.a}</TableCell>
                  <TableCell align="right">{r.kind === 'flag' ? t(r.b) : r.b}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600, color: r.better === true ? 'success.main' : r.better === false ? 'error.main' : undefined }}>
                    {r.delta}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {docs && (
          <>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {t('scenarios.compare.settings')}
            </Typography>
            {diffs.length === 0 ? (
              <Typography color="text.secondary">{t('scenarios.compare.noDiff')}</Typography>
            ) : (
              <Table size="small" aria-label={t('scenarios.compare.settings')} data-testid="compare-settings">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('scenarios.compare.setting')}</TableCell>
                    <TableCell>{scenarios.find((s) => s.id === aId)?.name}</TableCell>
                    <TableCell>{scenarios.find((s) => s.id === bId)?.name}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {diffs.map((d) => (
                    <TableRow key={d.path.join('/')}>
                      <TableCell component="th" scope="row">
                        {describePath(d, docs.a, docs.b, t)}
                      </TableCell>
                      <TableCell>{describeValue(d.a, t)}</TableCell>
                      <TableCell>{describeValue(d.b, t)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
