import { useEffect, useMemo, useState } from 'react';
import { checkedKey, useT } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import type { Settings } from '../../../../shared/domain/settings';
import { diffSettings, type SettingDifference } from '../../../../shared/domain/diffSettings';
import type { SimulationCheck, SimulationResult } from '../../../../shared/engine/simulate';
import type { ScenarioSummary } from '../../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { PageSection } from '../../components/PageSection';
import { useStore } from '../../store';
import { cancelSimulation, isStale, simulateTimed } from '../../engine/engineClient';
import { useLate } from '../../components/useLate';
import { WeekPicker, WeekShown } from '../simulation/WeekPicker';
import { rangeWeekStarts } from '../../../../shared/engine/simulateWindow';
import { describePath, describeValue } from './describeDifference';
import { metricRows, type MetricRow } from './metricRows';
import { checkRows } from './checkRows';

/** Column letters: A is the baseline the others are measured against. */
const LETTERS = 'ABCDEFGH';
/** More columns than this no longer fit side by side at 1280 px. */
const MAX_COLUMNS = 6;

/** One setting across the scenarios: the baseline's value, then each other scenario's. */
interface SettingRow {
  key: string;
  diff: SettingDifference;
  values: unknown[];
  inside: SettingDifference[] | undefined;
}

/**
 * The settings that differ between the baseline and any other scenario, one row per setting with
 * every scenario's value (a scenario that did not change it has the baseline's).
 */
function settingRows(docs: readonly Settings[]): SettingRow[] {
  const rows = new Map<string, SettingRow>();
  docs.slice(1).forEach((doc, i) => {
    for (const d of diffSettings(docs[0]!, doc)) {
      const key = d.path.join('/');
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { key, diff: d, values: docs.map(() => d.a), inside: d.inside }));
      row.values[i + 1] = d.b;
      row.inside ??= d.inside;
    }
  });
  return [...rows.values()];
}

/**
 * Two or more scenarios side by side, the first (A) as the baseline: the engine's metrics with each
 * scenario's change against A, every policy check of every size tier with the checks whose verdict
 * differs highlighted, and every setting that differs (a warehouse or service only one plan has
 * comes with what it holds).
 */
export function ComparePanel({
  scenarios,
  defaultIds,
}: {
  scenarios: ScenarioSummary[];
  /** The plans shown first as A (the baseline) and B; an empty column takes the first plan not shown. */
  defaultIds: readonly [number | null, number | null];
}) {
  const { t, language } = useT();
  const [ids, setIds] = useState<(number | '')[]>(() => defaultIds.map((id) => id ?? ''));
  const [docs, setDocs] = useState<Settings[] | null>(null);
  const [results, setResults] = useState<SimulationResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Weeks simulated so far per plan (a window's progress), and whether the user stopped the run.
  const [weeksDone, setWeeksDone] = useState<number[]>([]);
  const [stopped, setStopped] = useState(false);
  // Bumped by "Compare again" after a stop: the same choice is simulated afresh.
  const [attempt, setAttempt] = useState(0);
  // The week every plan is simulated over: the same choice as the Simulation page's and the reports'.
  const week = useStore((s) => s.week);
  const weeks = useStore((s) => (s.week === null ? 1 : s.weeks));
  // Or the date range chosen there instead, which the label below then names: the plans are judged over it.
  const rangeFrom = useStore((s) => s.range?.from ?? null);
  const rangeTo = useStore((s) => s.range?.to ?? null);
  const range = useMemo(
    () => (rangeFrom !== null && rangeTo !== null ? { from: rangeFrom, to: rangeTo } : null),
    [rangeFrom, rangeTo],
  );

  // A plan opened as a new scenario (the advisor's "Open as a new scenario") arrives side by side
  // with the plan it came from.
  const request = useStore((s) => s.compareRequest);
  useEffect(() => {
    if (!request || !scenarios.some((s) => s.id === request.b)) return;
    setIds([request.a, request.b]);
    useStore.getState().clearCompareRequest();
  }, [request, scenarios]);

  // Columns whose scenario is gone (deleted) or unset take the first scenario not shown yet.
  useEffect(() => {
    const known = (id: number | '') => id !== '' && scenarios.some((s) => s.id === id);
    if (ids.every(known)) return;
    const next: (number | '')[] = [];
    for (const id of ids)
      next.push(known(id) ? id : (scenarios.find((s) => !next.includes(s.id) && !ids.includes(s.id))?.id ?? ''));
    const kept = next.filter((id, i) => id !== '' || i < 2);
    if (JSON.stringify(kept) !== JSON.stringify(ids)) setIds(kept);
  }, [scenarios, ids]);

  const chosen = ids.filter((id): id is number => id !== '');
  const duplicate = new Set(chosen).size !== chosen.length;
  const key = `${ids.join(',')}|${range ? `${range.from}..${range.to}` : (week ?? '')}|${weeks}|${attempt}`;

  useEffect(() => {
    setDocs(null);
    setResults(null);
    setError(null);
    setStopped(false);
    setWeeksDone([]);
    const list = key.split('|')[0]!.split(',');
    if (list.some((x) => x === '') || new Set(list).size !== list.length) return;
    const wanted = list.map(Number);
    let live = true;
    void (async () => {
      const got = await Promise.all(wanted.map((scenarioId) => call('scenario:get', { scenarioId })));
      if (!live) return;
      const failed = got.find((g) => !g.ok);
      if (failed && !failed.ok) return setError(failed.error.message);
      const settings = got.map((g) => (g.ok ? g.value.settings : null)).filter((s): s is Settings => s !== null);
      setDocs(settings);
      try {
        const period = range ? { range } : week === null ? {} : { weekStart: week, weeks };
        const simulated = await Promise.all(
          settings.map(async (s, i) => {
            const onProgress = ({ done }: { done: number }) =>
              live && setWeeksDone((all) => Object.assign([...all], { [i]: done }));
            return (await simulateTimed(s, { lane: `compare-${i}`, ...period, onProgress })).result;
          }),
        );
        if (live) setResults(simulated);
      } catch (e) {
        // A newer comparison superseded this one; its own answer will arrive.
        if (live && !isStale(e)) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [key, week, weeks, range]);

  const computing = docs !== null && !results && !error && !stopped;
  const late = useLate(computing);
  const stop = () => {
    docs?.forEach((_, i) => cancelSimulation(`compare-${i}`));
    setStopped(true);
  };
  // The weeks each plan simulates: a range's Sunday–Saturday weeks, or the window's.
  const weeksEach = range ? rangeWeekStarts(range).length : week !== null ? weeks : 1;
  const weeksTotal = docs && weeksEach > 1 ? docs.length * weeksEach : 0;
  const weeksSum = weeksDone.reduce((a, b) => a + (b ?? 0), 0);

  const diffs = useMemo(() => (docs ? settingRows(docs) : []), [docs]);
  const checks = useMemo(() => (results ? checkRows(results) : []), [results]);
  const metrics: { base: MetricRow; others: MetricRow[] }[] = useMemo(() => {
    if (!results || results.length < 2) return [];
    const per = results.slice(1).map((r) => metricRows(results[0]!, r, language));
    return per[0]!.map((row, k) => ({ base: row, others: per.map((p) => p[k]!) }));
  }, [results, language]);
  const pct = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

  if (scenarios.length < 2) return <Alert severity="info">{t('scenarios.compare.needTwo')}</Alert>;
  const name = (i: number) => scenarios.find((s) => s.id === ids[i])?.name ?? '';
  const head = (i: number) => `${LETTERS[i]} · ${name(i)}`;
  const setColumn = (i: number, id: number) => setIds(ids.map((x, j) => (j === i ? id : x)));
  const addColumn = () => {
    const next = scenarios.find((s) => !ids.includes(s.id));
    if (next) setIds([...ids, next.id]);
  };

  const checkValue = (c: SimulationCheck) =>
    c.id.startsWith('speed.')
      ? pct.format(c.value)
      : c.id === 'coverage.nationwide'
        ? `${Math.round(c.value)} / ${Math.round(c.target)}`
        : t(c.value >= 1 ? 'scenarios.yes' : 'scenarios.no');
  const checkTarget = (c: SimulationCheck) =>
    c.id.startsWith('speed.')
      ? pct.format(c.target)
      : c.id === 'coverage.nationwide'
        ? String(Math.round(c.target))
        : t('scenarios.yes');
  const checkLabel = (c: SimulationCheck) =>
    c.id.startsWith('speed.')
      ? t('scenarios.check.speed', {
          tier: t(checkedKey(`policy.tier.${String(c.params['tier'])}`)),
          count: Number(c.params['days']),
        })
      : c.id === 'coverage.nationwide'
        ? t('scenarios.check.nationwide')
        : t(c.id === 'operation.sixDays' ? 'scenarios.check.sixDayOperation' : 'scenarios.check.sixDayDelivery');
  const flips = checks.filter((c) => c.flips).length;

  return (
    <PageSection
      id="compare-title"
      title={t('scenarios.compare.title')}
      intro={t('scenarios.compare.intro')}
      spacing={2}
    >
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        {ids.map((value, i) => {
          const testId = i < 2 ? `compare-${LETTERS[i]!.toLowerCase()}` : `compare-${i}`;
          const label = t('scenarios.compare.nth', { letter: LETTERS[i] });
          return (
            <Stack key={i} direction="row" sx={{ alignItems: 'center' }}>
              <FormControl size="small" sx={{ minWidth: 240 }}>
                <InputLabel id={`${testId}-label`}>{label}</InputLabel>
                <Select
                  labelId={`${testId}-label`}
                  label={label}
                  value={value}
                  onChange={(e) => setColumn(i, Number(e.target.value))}
                  data-testid={testId}
                >
                  {scenarios.map((s) => (
                    <MenuItem key={s.id} value={s.id}>
                      {s.name}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
              {i >= 2 && (
                <IconButton
                  aria-label={t('scenarios.compare.remove', { name: name(i) })}
                  onClick={() => setIds(ids.filter((_, j) => j !== i))}
                  data-testid={`compare-remove-${i}`}
                >
                  <CloseIcon />
                </IconButton>
              )}
            </Stack>
          );
        })}
        <Button
          startIcon={<AddIcon />}
          onClick={addColumn}
          disabled={ids.length >= Math.min(MAX_COLUMNS, scenarios.length)}
          data-testid="compare-add"
        >
          {t('scenarios.compare.add')}
        </Button>
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <WeekPicker settings={docs?.[0]} testId="compare-week-select" />
      </Stack>
      {docs && <WeekShown settings={docs[0]} testId="compare-week-label" />}
      {duplicate && <Alert severity="info">{t('scenarios.compare.same')}</Alert>}
      {error && <Alert severity="error">{t('scenarios.compare.failed', { message: error })}</Alert>}
      {computing && late && (
        <Stack spacing={1} data-testid="compare-progress" data-weeks-done={weeksSum} data-weeks-total={weeksTotal}>
          <Typography variant="body2" role="status">
            {weeksTotal > 0
              ? t('scenarios.compare.progress', {
                  count: docs.length,
                  done: Math.min(weeksSum + 1, weeksTotal),
                  total: weeksTotal,
                })
              : t('scenarios.compare.computing', { count: docs.length })}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <LinearProgress
              sx={{ flex: 1, maxWidth: 560 }}
              aria-label={t('scenarios.compare.progressLabel')}
              {...(weeksTotal > 0
                ? { variant: 'determinate' as const, value: Math.round((100 * weeksSum) / weeksTotal) }
                : { variant: 'indeterminate' as const })}
            />
            <Button size="small" variant="outlined" onClick={stop} data-testid="compare-cancel">
              {t('scenarios.compare.cancel')}
            </Button>
          </Stack>
        </Stack>
      )}
      {stopped && (
        <Alert
          severity="info"
          data-testid="compare-stopped"
          action={
            <Button size="small" color="inherit" onClick={() => setAttempt((n) => n + 1)} data-testid="compare-again">
              {t('scenarios.compare.again')}
            </Button>
          }
        >
          {t('scenarios.compare.stopped')}
        </Alert>
      )}
      {results && (
        <TableContainer>
          <Table size="small" aria-label={t('scenarios.compare.metrics')} data-testid="compare-metrics">
            <TableHead>
              <TableRow>
                <TableCell>{t('scenarios.compare.metrics')}</TableCell>
                {results.map((_, i) => (
                  <TableCell key={i} align="right">
                    {head(i)}
                  </TableCell>
                ))}
                {results.slice(1).map((_, i) => (
                  <TableCell key={`d${i}`} align="right">
                    {t('scenarios.compare.delta', { letter: LETTERS[i + 1] })}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {metrics.map(({ base, others }) => {
                const shown = (v: string) => (base.kind === 'flag' ? t(checkedKey(v)) : v);
                return (
                  <TableRow key={base.id} data-testid={`metric-${base.id}`}>
                    <TableCell component="th" scope="row">
                      {t(base.labelKey)}
                    </TableCell>
                    <TableCell align="right">{shown(base.a)}</TableCell>
                    {others.map((r, i) => (
                      <TableCell key={i} align="right">
                        {shown(r.b)}
                      </TableCell>
                    ))}
                    {others.map((r, i) => (
                      <TableCell
                        key={`d${i}`}
                        align="right"
                        sx={{
                          fontWeight: 600,
                          color: r.better === true ? 'success.main' : r.better === false ? 'error.main' : undefined,
                        }}
                      >
                        {r.delta}
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {results && (
        <>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {t('scenarios.compare.checks')}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid="compare-flips" data-count={flips}>
            {flips === 0 ? t('scenarios.compare.noFlip') : t('scenarios.compare.flips', { count: flips })}
          </Typography>
          <TableContainer>
            <Table size="small" aria-label={t('scenarios.compare.checks')} data-testid="compare-checks">
              <TableHead>
                <TableRow>
                  <TableCell>{t('scenarios.compare.check')}</TableCell>
                  {results.map((_, i) => (
                    <TableCell key={i} align="right">
                      {head(i)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {checks.map((row) => (
                  <TableRow
                    key={row.id}
                    data-testid={`check-${row.id}`}
                    data-flip={String(row.flips)}
                    // A flip is what the comparison is for: tinted row, a marked edge and a word for it.
                    sx={
                      row.flips
                        ? {
                            bgcolor: (theme) => alpha(theme.palette.warning.main, 0.12),
                            '& > th': { boxShadow: (theme) => `inset 4px 0 0 ${theme.palette.warning.main}` },
                          }
                        : undefined
                    }
                  >
                    <TableCell component="th" scope="row">
                      {checkLabel(row.sample)}
                      {row.flips && (
                        <Chip
                          size="small"
                          label={t('scenarios.compare.flipBadge')}
                          sx={{ ml: 1, bgcolor: 'warning.light', color: 'common.black', fontWeight: 600 }}
                        />
                      )}
                    </TableCell>
                    {row.cells.map((c, i) => (
                      <TableCell key={i} align="right" data-pass={c ? String(c.pass) : 'none'}>
                        {c ? (
                          <>
                            <Box component="span" sx={{ fontWeight: 600 }}>
                              {checkValue(c)}
                            </Box>{' '}
                            {/* The darker shades in the light theme: they keep 4.5:1 on the flip rows' tint too. */}
                            <Box
                              component="span"
                              sx={{
                                fontWeight: 600,
                                color: (theme) =>
                                  theme.palette.mode === 'light'
                                    ? theme.palette[c.pass ? 'success' : 'error'].dark
                                    : theme.palette[c.pass ? 'success' : 'error'].main,
                              }}
                            >
                              {t(c.pass ? 'scenarios.check.pass' : 'scenarios.check.fail')}
                            </Box>
                            <Box
                              component="span"
                              sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }}
                            >
                              {t('scenarios.check.target', { target: checkTarget(c) })}
                            </Box>
                          </>
                        ) : (
                          <Box component="span" sx={{ color: 'text.secondary' }}>
                            {t('scenarios.check.notJudged')}
                          </Box>
                        )}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {docs && (
        <>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {t('scenarios.compare.settings')}
          </Typography>
          {diffs.length === 0 ? (
            <Typography color="text.secondary">{t('scenarios.compare.noDiff')}</Typography>
          ) : (
            <TableContainer>
              <Table size="small" aria-label={t('scenarios.compare.settings')} data-testid="compare-settings">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('scenarios.compare.setting')}</TableCell>
                    {docs.map((_, i) => (
                      <TableCell key={i}>{head(i)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {diffs.map((row) => (
                    <TableRow key={row.key} data-testid="setting-row">
                      <TableCell component="th" scope="row">
                        {describePath(
                          row.diff,
                          docs[0]!,
                          docs.find((d, i) => i > 0 && row.values[i] !== undefined) ?? docs[1]!,
                          t,
                        )}
                        {row.inside && (
                          // Folded: a whole warehouse is dozens of settings; the summary says how many.
                          <Box
                            component="details"
                            sx={{ mt: 0.5, fontWeight: 400, fontSize: '0.8rem' }}
                            data-testid="setting-inside"
                          >
                            <Box component="summary" sx={{ cursor: 'pointer', color: 'primary.main' }}>
                              {t('scenarios.compare.insideCount', { count: row.inside.length })}
                            </Box>
                            <Box
                              component="ul"
                              sx={{ m: 0, mt: 0.5, pl: 2.5 }}
                              aria-label={t('scenarios.compare.inside')}
                            >
                              {row.inside.map((x) => (
                                <li key={x.path.join('/')}>
                                  {t('scenarios.compare.insideItem', {
                                    setting: describePath(x, docs[0]!, docs[1]!, t),
                                    value: describeValue(x.a ?? x.b, t),
                                  })}
                                </li>
                              ))}
                            </Box>
                          </Box>
                        )}
                      </TableCell>
                      {row.values.map((v, i) => (
                        <TableCell key={i}>{describeValue(v, t)}</TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
    </PageSection>
  );
}
