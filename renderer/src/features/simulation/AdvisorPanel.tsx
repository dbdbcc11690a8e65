import { LOCALES } from '../../../../shared/i18n/lang';
import { passesOnlyByRounding, upToWholePercent } from '../../../../shared/engine/wholePercent';
import { Fragment, useEffect, useRef, useState } from 'react';
import { useT, type MessageKey } from '../../app/i18n/useT';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TextField from '@mui/material/TextField';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  describeMove,
  labelMix,
  type AdviceResult,
  type CeilingEntry,
  type PlanFigures,
  type Suggestion,
} from '../../../../shared/advisor';
import { moveText } from '../../../../shared/advisor/messages';
import type { Settings } from '../../../../shared/domain/settings';
import type { SimulationCheck } from '../../../../shared/engine/simulate';
import { PageSection } from '../../components/PageSection';
import { useStore } from '../../store';
import { useFormat } from './format';
import { ON_TIME_PASS_BAR } from '../../../../shared/eligibility/onTimeOutlook';

/*
 * "What it takes": the advisor's answer for the open plan — the cheapest plan that passes (or the
 * ceiling each failing check can reach), the ranked single changes, each with its re-simulated
 * checks and weekly cost, "Why?" and "Open as a new scenario". The search runs in its own worker
 * (store: advisorSlice); this panel only shows it, with a progress bar and Cancel.
 */

/** Formatters for the advisor's figures in the UI language. */
function useAdvisorFormat() {
  const { t } = useT();
  const f = useFormat();
  const locale = LOCALES[f.lang];
  const usd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const usdDelta = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const num1 = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const check = (id: string, v: number) =>
    id.startsWith('speed.')
      ? f.percent(v)
      : id === 'coverage.nationwide'
        ? int.format(v)
        : v >= 1
          ? t('advisor.yes')
          : t('advisor.no');
  return {
    usd: (v: number) => usd.format(v),
    usdDelta: (v: number) => usdDelta.format(Math.abs(v) < 0.5 ? 0 : v),
    points: (v: number) => num1.format(v),
    /** A check's value as its card shows it: a share, a count of states, or yes / no. */
    check,
    /**
     * A check's value against its target; a share that is below its target but passes because Amazon's
     * dashboard rounds both up to whole percents says so, the exact figure kept ("74.1% (75% as Amazon rounds it)").
     */
    checkVs: (id: string, v: number, target: number) => {
      const shown = id.startsWith('speed.') ? f.percent(v) : null;
      if (shown === null) return check(id, v);
      return passesOnlyByRounding(v, target)
        ? t('advisor.roundedUp', { value: shown, rounded: f.percent0(upToWholePercent(v)) })
        : shown;
    },
  };
}

/** Names of the checks (the engine's own keys), by id. */
function useCheckName(checks: readonly SimulationCheck[]) {
  const { t } = useT();
  return (id: string) => {
    const c = checks.find((x) => x.id === id);
    return c ? t(c.messageKey, c.params) : id;
  };
}

/** A move's text, with the plan's warehouse names. */
function useMoveText(base: Settings | null) {
  const { t } = useT();
  const name = (id: string) => base?.warehouses.find((w) => w.id === id)?.name ?? id;
  return (label: PlanFigures['labels'][number]) => moveText(label, t, name);
}

function OpenButton({
  name,
  settings,
  label,
  testId,
}: {
  name: string;
  settings: Settings;
  label: string;
  testId: string;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      variant="outlined"
      disabled={busy}
      aria-label={label}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        await useStore.getState().openSettingsAsScenario(name, settings);
        setBusy(false);
      }}
    >
      {t('advisor.open')}
    </Button>
  );
}

/** "Why?": the moves, every check before → after (re-simulated), and the weekly cost, labels vs fixed. */
function WhyDetails({
  plan,
  result,
  testId,
  showMoves = true,
}: {
  plan: PlanFigures;
  result: AdviceResult;
  testId: string;
  showMoves?: boolean;
}) {
  const { t } = useT();
  const fmt = useAdvisorFormat();
  const checkName = useCheckName(result.checks);
  const text = useMoveText(useStore((s) => s.advisor.forSettings));
  const fixed = (c: PlanFigures['cost']) => c.fixed;
  const costRows: { key: MessageKey; before: number; after: number }[] = [
    { key: 'advisor.cost.labels', before: result.cost.labels, after: plan.cost.labels },
    ...(['operatingDays', 'pickups', 'dropoffs', 'specialPlans', 'warehouses'] as const).map((k) => ({
      key: `advisor.cost.${k}` as const,
      before: fixed(result.cost)[k],
      after: fixed(plan.cost)[k],
    })),
    { key: 'advisor.cost.total', before: result.weeklyCost, after: plan.weeklyCost },
  ];
  return (
    <Stack spacing={1.5} sx={{ py: 1 }} data-testid={testId}>
      {showMoves && (
        <Box>
          <Typography variant="subtitle2" component="h4">
            {t('advisor.why.moves')}
          </Typography>
          <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
            {plan.labels.map((l, i) => (
              <li key={i}>
                <Typography variant="body2">{text(l)}</Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Box>
        <Typography variant="subtitle2" component="h4">
          {t('advisor.why.checks')}
        </Typography>
        <Table size="small" aria-label={t('advisor.why.checks')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('advisor.col.check')}</TableCell>
              <TableCell align="right">{t('advisor.col.before')}</TableCell>
              <TableCell align="right">{t('advisor.col.after')}</TableCell>
              <TableCell align="right">{t('advisor.col.target')}</TableCell>
              <TableCell>{t('advisor.col.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {plan.checks.map((c) => {
              const before = result.checks.find((b) => b.id === c.id);
              return (
                <TableRow key={c.id} data-testid={`why-check-${c.id}`} data-value={c.value}>
                  <TableCell component="th" scope="row">
                    {checkName(c.id)}
                  </TableCell>
                  <TableCell align="right">{before ? fmt.checkVs(c.id, before.value, c.target) : ''}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: c.delta !== 0 ? 600 : undefined }} data-testid="after">
                    {fmt.checkVs(c.id, c.value, c.target)}
                  </TableCell>
                  <TableCell align="right">{fmt.check(c.id, c.target)}</TableCell>
                  <TableCell sx={{ color: c.pass ? 'success.main' : 'error.main', fontWeight: 600 }}>
                    {c.pass ? t('advisor.pass') : t('advisor.fail')}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <Box>
        <Typography variant="subtitle2" component="h4">
          {t('advisor.why.cost')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('advisor.why.costIntro', { orders: Math.round(plan.cost.orders) })}
        </Typography>
        <Table size="small" aria-label={t('advisor.why.cost')} sx={{ maxWidth: 560 }}>
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell align="right">{t('advisor.col.before')}</TableCell>
              <TableCell align="right">{t('advisor.col.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {costRows.map((r) => (
              <TableRow key={r.key}>
                <TableCell
                  component="th"
                  scope="row"
                  sx={{ fontWeight: r.key === 'advisor.cost.total' ? 600 : undefined }}
                >
                  {t(r.key)}
                </TableCell>
                <TableCell align="right">{fmt.usd(r.before)}</TableCell>
                <TableCell align="right" sx={{ fontWeight: r.after !== r.before ? 600 : undefined }}>
                  {fmt.usd(r.after)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Stack>
  );
}

function WhyToggle({
  open,
  onToggle,
  controls,
  testId,
}: {
  open: boolean;
  onToggle: () => void;
  controls: string;
  testId: string;
}) {
  const { t } = useT();
  return (
    <Button
      size="small"
      onClick={onToggle}
      aria-expanded={open}
      aria-controls={controls}
      data-testid={testId}
      sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {open ? t('advisor.whyHide') : t('advisor.why')}
    </Button>
  );
}

/** The cheapest passing plan: its moves, weekly cost and delta, every check before → after. */
function CheapestPlan({ plan, result }: { plan: NonNullable<AdviceResult['cheapestPassing']>; result: AdviceResult }) {
  const { t } = useT();
  const fmt = useAdvisorFormat();
  const text = useMoveText(useStore((s) => s.advisor.forSettings));
  const [open, setOpen] = useState(true);
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, borderColor: 'success.main', borderWidth: 2 }}
      data-testid="advisor-cheapest"
      data-weekly-cost={plan.weeklyCost}
    >
      <Stack spacing={1}>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
          {result.pass ? t('advisor.cheapest.cheaper') : t('advisor.cheapest.title')}
        </Typography>
        <Box component="ol" sx={{ my: 0, pl: 3 }}>
          {plan.labels.map((l, i) => (
            <li key={i}>
              <Typography>{text(l)}</Typography>
            </li>
          ))}
        </Box>
        <Typography sx={{ fontWeight: 600 }} data-testid="advisor-cheapest-cost">
          {t('advisor.cheapest.cost', { total: fmt.usd(plan.weeklyCost), delta: fmt.usdDelta(plan.weeklyCostDelta) })}
        </Typography>
        <Stack direction="row" spacing={1}>
          <WhyToggle
            open={open}
            onToggle={() => setOpen(!open)}
            controls="advisor-cheapest-why"
            testId="advisor-cheapest-why-toggle"
          />
          <OpenButton
            name={t('advisor.scenarioNamePlan', { count: plan.moves.length })}
            settings={plan.settings}
            label={t('advisor.openLabel', { change: t('advisor.cheapest.title') })}
            testId="advisor-cheapest-open"
          />
        </Stack>
        <Box id="advisor-cheapest-why">
          {open && <WhyDetails plan={plan} result={result} testId="advisor-cheapest-why" showMoves={false} />}
        </Box>
      </Stack>
    </Paper>
  );
}

/** When nothing passes: the best each failing check reaches, and which check binds. */
function Ceiling({ result }: { result: AdviceResult }) {
  const { t } = useT();
  const fmt = useAdvisorFormat();
  const checkName = useCheckName(result.checks);
  const text = useMoveText(useStore((s) => s.advisor.forSettings));
  const searched = useStore((s) => s.advisor.resultLimits);
  const maxMoves = searched?.maxMoves ?? Math.max(4, ...result.ceiling.map((c) => c.moves.length));
  const row = (c: CeilingEntry) => {
    const now = result.checks.find((x) => x.id === c.checkId)!;
    return (
      <TableRow key={c.checkId} data-testid={`advisor-ceiling-${c.checkId}`} data-best={c.best}>
        <TableCell component="th" scope="row" sx={{ minWidth: 200 }}>
          {checkName(c.checkId)}
        </TableCell>
        <TableCell align="right">{fmt.checkVs(c.checkId, now.value, c.target)}</TableCell>
        <TableCell align="right" sx={{ fontWeight: 600 }}>
          {fmt.checkVs(c.checkId, c.best, c.target)}
        </TableCell>
        <TableCell align="right">{fmt.check(c.checkId, c.target)}</TableCell>
        <TableCell sx={{ color: c.reachable ? 'success.main' : 'error.main', fontWeight: 600 }}>
          {c.reachable ? t('advisor.ceiling.reachable') : t('advisor.ceiling.short')}
        </TableCell>
        <TableCell>
          <Typography variant="body2">{c.moves.map((m) => text(describeMove(m))).join(' · ')}</Typography>
        </TableCell>
        <TableCell>
          {c.moves.length > 0 && (
            <OpenButton
              name={t('advisor.scenarioNameCeiling', { check: checkName(c.checkId) })}
              settings={c.settings}
              label={t('advisor.openLabel', {
                change: t('advisor.scenarioNameCeiling', { check: checkName(c.checkId) }),
              })}
              testId={`advisor-ceiling-open-${c.checkId}`}
            />
          )}
        </TableCell>
      </TableRow>
    );
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, borderColor: 'warning.main', borderWidth: 2 }} data-testid="advisor-ceiling">
      <Stack spacing={1}>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
          {t('advisor.ceiling.title')}
        </Typography>
        <Typography variant="body2">
          {t('advisor.ceiling.intro', { max: maxMoves })}
          {searched?.budget !== null && searched?.budget !== undefined && (
            <> {t('advisor.ceiling.budget', { budget: fmt.usd(searched.budget) })}</>
          )}
        </Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('advisor.ceiling.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('advisor.col.check')}</TableCell>
                <TableCell align="right">{t('advisor.col.before')}</TableCell>
                <TableCell align="right">{t('advisor.ceiling.best')}</TableCell>
                <TableCell align="right">{t('advisor.col.target')}</TableCell>
                <TableCell>{t('advisor.col.status')}</TableCell>
                <TableCell>{t('advisor.ceiling.with')}</TableCell>
                <TableCell>{t('advisor.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>{result.ceiling.map(row)}</TableBody>
          </Table>
        </Box>
        {result.binding.length > 0 && (
          <Alert severity="warning" data-testid="advisor-binding">
            {t('advisor.ceiling.binding', { checks: result.binding.map(checkName).join(', ') })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** Ranked single moves; with a focused check, the moves that raise it come first. */
function SingleMoves({ result, focus }: { result: AdviceResult; focus: string | null }) {
  const { t } = useT();
  const fmt = useAdvisorFormat();
  const text = useMoveText(useStore((s) => s.advisor.forSettings));
  const [open, setOpen] = useState<string | null>(null);
  const gain = (s: Suggestion) => s.checks.find((c) => c.id === focus)?.delta ?? 0;
  const list = focus
    ? [...result.suggestions].sort((a, b) => Number(gain(b) > 1e-12) - Number(gain(a) > 1e-12))
    : result.suggestions;
  if (list.length === 0) return <Alert severity="info">{t('advisor.singles.none')}</Alert>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('advisor.singles.title')} data-testid="advisor-suggestions">
        <TableHead>
          <TableRow>
            <TableCell>{t('advisor.col.rank')}</TableCell>
            <TableCell>{t('advisor.col.change')}</TableCell>
            <TableCell align="right">{t('advisor.col.fixed')}</TableCell>
            <TableCell align="right">{t('advisor.col.points')}</TableCell>
            <TableCell align="right">{t('advisor.col.cost')}</TableCell>
            <TableCell>{t('advisor.col.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((s, i) => {
            const change = text(s.labels[0]!);
            const whyId = `advisor-why-${i}`;
            return (
              <Fragment key={s.id}>
                <TableRow data-testid="advisor-suggestion" data-id={s.id} data-weekly-cost={s.weeklyCost}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell component="th" scope="row" data-testid="advisor-change">
                    {change}
                  </TableCell>
                  <TableCell align="right">{s.checksFixed}</TableCell>
                  <TableCell align="right">{t('advisor.points', { points: fmt.points(s.pointsGained) })}</TableCell>
                  <TableCell
                    align="right"
                    sx={{ whiteSpace: 'nowrap', color: s.weeklyCostDelta < 0 ? 'success.main' : undefined }}
                    data-testid="advisor-cost-delta"
                  >
                    {t('advisor.perWeek', { delta: fmt.usdDelta(s.weeklyCostDelta) })}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ flexWrap: 'nowrap' }}>
                      <WhyToggle
                        open={open === s.id}
                        onToggle={() => setOpen(open === s.id ? null : s.id)}
                        controls={whyId}
                        testId="advisor-why-toggle"
                      />
                      <OpenButton
                        name={t('advisor.scenarioName', { change })}
                        settings={s.settings}
                        label={t('advisor.openLabel', { change })}
                        testId="advisor-open"
                      />
                    </Stack>
                  </TableCell>
                </TableRow>
                {open === s.id && (
                  <TableRow>
                    <TableCell colSpan={6} id={whyId}>
                      <WhyDetails plan={s} result={result} testId="advisor-why" />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

function SearchNote({ result, ms }: { result: AdviceResult; ms: number | null }) {
  const { t } = useT();
  const f = useFormat();
  const n = result.searchNote;
  const count = n.evaluations;
  const seconds = ms === null ? '' : f.days(ms / 1000);
  const text = n.complete
    ? t('advisor.note.complete', { count, seconds })
    : n.reason === 'cancelled'
      ? t('advisor.note.cancelled', { count })
      : t('advisor.note.maxEvaluations', { count });
  return (
    <Alert
      severity={n.complete ? 'info' : 'warning'}
      data-testid="advisor-note"
      data-complete={String(n.complete)}
      data-reason={n.reason ?? ''}
    >
      {text}
    </Alert>
  );
}

const MAX_MOVES_LIMIT = 6;
const BUDGET_LIMIT = 1_000_000;

/** Reads a limit as typed: a whole number of changes 1-6; a budget in dollars a week (empty = no limit). */
function readLimit(kind: 'maxMoves' | 'budget', text: string): { ok: true; value: number | null } | { ok: false } {
  const v = text
    .trim()
    .replace(/[$\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (kind === 'budget' && v === '') return { ok: true, value: null };
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return { ok: false };
  const n = Number(v);
  if (kind === 'maxMoves')
    return Number.isInteger(n) && n >= 1 && n <= MAX_MOVES_LIMIT ? { ok: true, value: n } : { ok: false };
  return n <= BUDGET_LIMIT ? { ok: true, value: n } : { ok: false };
}

/**
 * The search's limits: most changes per plan and most extra cost a week; refused entries are named and block the
 * search.
 */
function SearchLimits({ onValidity }: { onValidity: (ok: boolean) => void }) {
  const { t } = useT();
  const limits = useStore((s) => s.advisor.limits);
  const [moves, setMoves] = useState(String(limits.maxMoves));
  const [budget, setBudget] = useState(limits.budget === null ? '' : String(limits.budget));
  const movesOk = readLimit('maxMoves', moves).ok;
  const budgetOk = readLimit('budget', budget).ok;
  useEffect(() => onValidity(movesOk && budgetOk), [movesOk, budgetOk, onValidity]);
  const change = (kind: 'maxMoves' | 'budget', text: string) => {
    (kind === 'maxMoves' ? setMoves : setBudget)(text);
    const r = readLimit(kind, text);
    if (r.ok) useStore.getState().setAdvisorLimits(kind === 'maxMoves' ? { maxMoves: r.value! } : { budget: r.value });
  };
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="advisor-limits">
      <TextField
        size="small"
        label={t('advisor.limits.maxMoves')}
        value={moves}
        onChange={(e) => change('maxMoves', e.target.value)}
        error={!movesOk}
        helperText={
          movesOk
            ? t('advisor.limits.maxMovesHelp', { max: MAX_MOVES_LIMIT })
            : t('advisor.limits.maxMovesBad', { max: MAX_MOVES_LIMIT })
        }
        sx={{ width: 220 }}
        slotProps={{
          htmlInput: { inputMode: 'numeric', 'data-testid': 'advisor-max-moves', maxLength: 4 },
          formHelperText: { role: movesOk ? undefined : 'alert' } as object,
        }}
      />
      <TextField
        size="small"
        label={t('advisor.limits.budget')}
        value={budget}
        onChange={(e) => change('budget', e.target.value)}
        error={!budgetOk}
        helperText={budgetOk ? t('advisor.limits.budgetHelp') : t('advisor.limits.budgetBad')}
        sx={{ width: 280 }}
        slotProps={{
          htmlInput: { inputMode: 'decimal', 'data-testid': 'advisor-budget', maxLength: 16 },
          formHelperText: { role: budgetOk ? undefined : 'alert' } as object,
        }}
      />
    </Stack>
  );
}

/** The per-label figure and why it is what it is: the rule, the spend by service, and the air service driving it. */
function LabelCost({ result, settings }: { result: AdviceResult; settings: Settings | null }) {
  const { t } = useT();
  const fmt = useAdvisorFormat();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  if (!settings || result.cost.meanLabel === null) return null;
  const mix = labelMix(settings, result.cost);
  const usd2 = new Intl.NumberFormat(LOCALES[f.lang], {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const int = new Intl.NumberFormat(LOCALES[f.lang], { maximumFractionDigits: 0 });
  const zones = (cap: number) => (cap >= 8 ? t('advisor.labels.zoneAll') : t('advisor.labels.zoneUpTo', { zone: cap }));
  return (
    <Stack spacing={0.5} data-testid="advisor-label-cost" data-per-label={mix.perLabel ?? ''}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography data-testid="advisor-per-label">
          {t('advisor.labels.perLabel', { orders: int.format(mix.orders), perLabel: usd2.format(mix.perLabel ?? 0) })}
        </Typography>
        <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="advisor-label-why">
          {t('advisor.labels.why')}
        </Button>
      </Stack>
      {mix.airDriver && (
        <Alert severity="warning" data-testid="advisor-label-driver" data-service={mix.airDriver.serviceId}>
          {t('advisor.labels.airDriver', {
            share: f.percent(mix.airDriver.share),
            service: t(`catalog.service.${mix.airDriver.serviceId}`),
            zones: zones(mix.airDriver.zoneCap),
          })}
        </Alert>
      )}
      {open && (
        <Box data-testid="advisor-label-detail">
          <Typography variant="body2">{t('advisor.labels.rule')}</Typography>
          <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
            {mix.rows.map((r) => (
              <li key={r.serviceId} data-service={r.serviceId} data-usd={r.usd}>
                <Typography variant="body2">
                  {t('advisor.labels.row', {
                    service: t(`catalog.service.${r.serviceId}`),
                    share: f.percent(r.share),
                    usd: fmt.usd(r.usd),
                  })}{' '}
                  — {zones(r.zoneCap)}
                </Typography>
              </li>
            ))}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('advisor.labels.assumption')}
          </Typography>
        </Box>
      )}
    </Stack>
  );
}

/** The panel; `id="advisor-panel"` is where the failing checks' "What it takes" buttons lead. */
/** `note`: shown under the intro, before anything else (the Simulation page's note on the week shown). */
export function AdvisorPanel({ note }: { note?: React.ReactNode } = {}) {
  const { t } = useT();
  const fmt = useAdvisorFormat();
  const a = useStore((s) => s.advisor);
  const settings = useStore((s) => s.doc?.settings ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const result = a.result;
  const checkName = useCheckName(result?.checks ?? []);

  // Opened from a failing check: bring the panel into view and move the keyboard focus to it.
  useEffect(() => {
    if (a.openCount === 0) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [a.openCount]);

  const fmtPct = useFormat().percent;
  const [limitsOk, setLimitsOk] = useState(true);
  const running = a.status === 'running';
  const stale = result !== null && a.forSettings !== settings;
  return (
    <PageSection
      id="advisor-title"
      title={t('advisor.title')}
      intro={t('advisor.intro')}
      frame="none"
      spacing={1.5}
      testId="advisor-section"
      headingRef={heading}
      sectionProps={{ id: 'advisor-panel', 'data-status': a.status }}
    >
      {note}
      <SearchLimits onValidity={setLimitsOk} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="contained"
          disabled={running || !settings || !limitsOk}
          onClick={() => useStore.getState().runAdvisor()}
          data-testid="advisor-run"
        >
          {result ? t('advisor.runAgain') : t('advisor.run')}
        </Button>
        {running && (
          <Button
            variant="outlined"
            color="warning"
            onClick={() => useStore.getState().cancelAdvisor()}
            data-testid="advisor-cancel"
          >
            {t('advisor.cancel')}
          </Button>
        )}
        {!running && !result && (
          <Typography variant="body2" color="text.secondary">
            {t('advisor.idle')}
          </Typography>
        )}
      </Stack>
      {running && (
        <Stack spacing={0.5} role="status" data-testid="advisor-progress">
          <Typography variant="body2">
            {a.phase ? t(`advisor.phase.${a.phase}`) : t('advisor.phase.starting')}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={Math.round(a.progress * 100)}
            aria-label={t('advisor.progressLabel')}
            sx={{ maxWidth: 560 }}
          />
        </Stack>
      )}
      {a.status === 'error' && <Alert severity="error">{t('advisor.error', { message: a.error ?? '' })}</Alert>}
      {a.status === 'cancelled' && !result && <Alert severity="info">{t('advisor.cancelledEmpty')}</Alert>}
      {result && (
        <Stack spacing={2} data-testid="advisor-result" aria-busy={running}>
          {stale && <Alert severity="warning">{t('advisor.stale')}</Alert>}
          <SearchNote result={result} ms={a.ms} />
          <Typography data-testid="advisor-current-cost">
            {t('advisor.current', {
              total: fmt.usd(result.weeklyCost),
              labels: fmt.usd(result.cost.labels),
              fixed: fmt.usd(result.weeklyCost - result.cost.labels),
            })}
          </Typography>
          <LabelCost result={result} settings={a.forSettings ?? settings} />
          {result.onTime && (
            <Alert
              severity={result.onTime.outlook.ok ? 'info' : 'warning'}
              data-testid="advisor-on-time"
              data-excluded={result.onTime.excluded}
            >
              {t(result.onTime.outlook.ok ? 'advisor.onTime.ok' : 'advisor.onTime.short', {
                expected: fmtPct(result.onTime.outlook.expectedOnTime),
                threshold: fmtPct(result.onTime.outlook.threshold ?? 0),
                pass: fmtPct(result.onTime.outlook.weeklyPassProbability),
                bar: fmtPct(ON_TIME_PASS_BAR),
              })}
              {result.onTime.excluded > 0 && <> {t('advisor.onTime.excluded', { count: result.onTime.excluded })}</>}
            </Alert>
          )}
          {result.pass && <Alert severity="success">{t('advisor.alreadyPasses')}</Alert>}
          {a.focusCheck && result.checks.some((c) => c.id === a.focusCheck) && (
            <Box>
              <Chip
                color="primary"
                variant="outlined"
                label={t('advisor.focus', { check: checkName(a.focusCheck) })}
                onDelete={() => useStore.setState((s) => ({ advisor: { ...s.advisor, focusCheck: null } }))}
                data-testid="advisor-focus"
              />
            </Box>
          )}
          {result.cheapestPassing ? (
            <CheapestPlan plan={result.cheapestPassing} result={result} />
          ) : (
            result.ceiling.length > 0 && <Ceiling result={result} />
          )}
          <Stack spacing={1}>
            <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
              {t('advisor.singles.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('advisor.singles.intro')}
            </Typography>
            <SingleMoves result={result} focus={a.focusCheck} />
          </Stack>
        </Stack>
      )}
    </PageSection>
  );
}
