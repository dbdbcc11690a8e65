/**
 * `shipweek eligibility <file> [--weeks 13] [--runs N] [--seed N] [--start <YYYY-MM-DD>] [--transit-spread <csv>]
 * [--policy <id>] [--json]`.
 */
import { findPolicy, POLICY_PROFILES, resolvePolicy } from '../../shared/catalog/policies';
import { disruptedCarriers, type TransitSpread } from '../../shared/domain/operations';
import { CARRIER_NAMES } from '../../shared/domain/carrier';
import {
  ACCOUNT_METRICS,
  DEFAULT_EVALUATION,
  EligibilityInputError,
  nextWindowStart,
  runHorizon,
  type HorizonResult,
} from '../../shared/eligibility/horizon';
import { createRng } from '../../shared/eligibility/rng';
import { parseSpreadCsv } from '../../shared/eligibility/spreadCsv';
import { tradeOff, type TradeOffRow } from '../../shared/eligibility/tradeOff';
import type { GeoData } from '../../shared/geo/index';
import { badInput, readInputFile, type CliContext, type CommandResult } from '../context';
import { json, percent, table } from '../format';
import { loadSettingsFile } from '../loadSettings';
import { asMessageKey } from '../../shared/i18n/messageKey';

export interface EligibilityArgs {
  file?: string;
  json?: boolean;
  weeks?: string;
  runs?: string;
  seed?: string;
  start?: string;
  transitSpread?: string;
  policy?: string;
  /** Also compare the plan with one more promised day per service (speed against expected on time). */
  tradeOff?: boolean;
  /** Today's date 'YYYY-MM-DD' for the default start (tests pass one; the entry point passes the clock's). */
  today?: string;
  onProgress?: (fraction: number, phase: string) => void;
}

export const DEFAULT_RUNS = 2000;
export const DEFAULT_WEEKS = 13;
export const DEFAULT_SEED = 1;
/** The verdict's bar: a trial passing in at least this share of runs, revocation in at most this share. */
export const TRIAL_PASS_BAR = 0.95;
export const REVOCATION_BAR = 0.05;

/** Figures to 6 decimals, as simulate --json prints them. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** A whole number option within bounds, or undefined. */
function wholeNumber(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** The verdict the exit code follows. */
export function eligibilityVerdict(r: Pick<HorizonResult, 'trial' | 'revokedWithin'>): 'pass' | 'risk' {
  return r.trial.passProbability >= TRIAL_PASS_BAR && r.revokedWithin.probability <= REVOCATION_BAR ? 'pass' : 'risk';
}

function metricName(ctx: CliContext, id: string): string {
  const speed = /^speed\.(\w+)\.le(\d)$/.exec(id);
  return speed
    ? ctx.t('eligibility.metric.speed', { tier: speed[1]!, days: Number(speed[2]) })
    : ctx.t(asMessageKey(`eligibility.metric.${id}`));
}

export function eligibilityCommand(ctx: CliContext, geo: GeoData, args: EligibilityArgs): CommandResult {
  // Options first (cheap), then the files.
  let weeks = DEFAULT_WEEKS;
  if (args.weeks !== undefined) {
    const n = wholeNumber(args.weeks, 1, 520);
    if (n === undefined)
      return badInput(ctx.t('eligibility.error.weeks', { value: JSON.stringify(args.weeks), max: 520 }));
    weeks = n;
  }
  let runs = DEFAULT_RUNS;
  if (args.runs !== undefined) {
    const n = wholeNumber(args.runs, 1, 1_000_000);
    if (n === undefined)
      return badInput(ctx.t('eligibility.error.runs', { value: JSON.stringify(args.runs), max: 1_000_000 }));
    runs = n;
  }
  let seed = DEFAULT_SEED;
  if (args.seed !== undefined) {
    const n = wholeNumber(args.seed, 0, 4_294_967_295);
    if (n === undefined) return badInput(ctx.t('eligibility.error.seed', { value: JSON.stringify(args.seed) }));
    seed = n;
  }
  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  const settings = loaded.settings;
  if (args.policy !== undefined && !findPolicy(settings, args.policy)) {
    const known = [...POLICY_PROFILES.map((p) => p.id), ...settings.customPolicies.map((p) => p.id)];
    return badInput(
      ctx.t('cli.simulate.unknownPolicy', { value: JSON.stringify(args.policy), policies: known.join(', ') }),
    );
  }
  const evaluation = resolvePolicy(settings, args.policy).evaluation ?? DEFAULT_EVALUATION;
  const today = args.today ?? new Date().toISOString().slice(0, 10);
  const start = args.start ?? nextWindowStart(today, evaluation.windowStart);

  let spread: readonly TransitSpread[] | undefined;
  let spreadNote = settings.transitSpread?.length
    ? ctx.t('cli.eligibility.spreadSettings', { count: settings.transitSpread.length })
    : ctx.t('cli.eligibility.spreadDefault');
  if (args.transitSpread !== undefined) {
    const read = readInputFile(ctx, args.transitSpread);
    if (!read.ok) return read.result;
    const parsed = parseSpreadCsv(read.text);
    if (!parsed.ok) {
      const lines = parsed.errors.map((e) => {
        const message = ctx.t(e.messageKey, e.params);
        const where =
          e.row === 0
            ? ctx.t('eligibility.spreadCsv.file', { message })
            : e.field
              ? ctx.t('eligibility.spreadCsv.rowField', { row: e.row, field: e.field, message })
              : ctx.t('eligibility.spreadCsv.row', { row: e.row, message });
        return `${read.name}: ${where}`;
      });
      return badInput(
        [ctx.t('eligibility.error.badSpread', { file: read.name, count: parsed.totalErrors }), ...lines].join('\n'),
      );
    }
    spread = parsed.spreads;
    spreadNote = ctx.t('cli.eligibility.spreadFile', { file: read.name, count: parsed.spreads.length });
  }

  let result: HorizonResult;
  try {
    result = runHorizon(settings, geo, {
      start,
      weeks,
      runs,
      rng: createRng(seed),
      policyId: args.policy,
      transitSpread: spread,
      onProgress: args.onProgress ? (f) => args.onProgress!(f, 'eligibility') : undefined,
    });
  } catch (error) {
    if (error instanceof EligibilityInputError) return badInput(ctx.t(error.messageKey, error.params));
    throw error;
  }
  const tradeOffRows: TradeOffRow[] | undefined = args.tradeOff
    ? tradeOff(settings, geo, { start, weeks, transitSpread: spread })
    : undefined;
  const verdict = eligibilityVerdict(result);
  const exitCode = verdict === 'pass' ? 0 : 1;

  if (args.json) {
    return {
      stdout: json(
        rounded({
          ok: true,
          file: loaded.name,
          policyId: result.policyId,
          start: result.start,
          seed,
          runs: result.runs,
          weeks: result.weeks,
          revokedWithin: result.revokedWithin,
          expectedStrikes: result.expectedStrikes,
          trial: result.trial,
          lanes: result.lanes,
          operations: result.operations,
          transitSpread:
            args.transitSpread !== undefined ? 'file' : settings.transitSpread?.length ? 'settings' : 'default',
          evaluation: {
            windowStart: result.evaluation.windowStart,
            rounding: result.evaluation.rounding,
            strikeLadder: result.evaluation.strikeLadder,
          },
          ...(tradeOffRows ? { tradeOff: tradeOffRows } : {}),
          verdict,
        }),
      ),
      stderr: '',
      exitCode,
    };
  }

  const pct = (v: number) => percent(v, ctx.lang);
  const ops = result.operations;
  const mark = (k: keyof typeof ops.origin) => (ops.origin[k] === 'default' ? '*' : '');
  const anyDefault = Object.values(ops.origin).some((o) => o === 'default');
  const lines: string[] = [
    ctx.t('cli.eligibility.title', {
      name: settings.name,
      policyId: result.policyId,
      weeks,
      start: result.start,
      runs,
      seed,
    }),
    ctx.t('cli.eligibility.operations', {
      orders: `${ops.weeklyOrders}${mark('weeklyOrders')}`,
      ordersNote: ops.origin.weeklyOrders === 'costModel' ? ctx.t('cli.eligibility.ordersFromCostModel') : '',
      missed: `${pct(ops.missedPickupShare)}${mark('missedPickupShare')}`,
      cancelled: `${pct(ops.cancellationRate)}${mark('cancellationRate')}`,
      buyShipping: `${pct(ops.buyShippingShare)}${mark('buyShippingShare')}`,
      tracking: `${pct(ops.validTrackingRate)}${mark('validTrackingRate')}`,
      protected: `${pct(ops.otdrProtectedShare)}${mark('otdrProtectedShare')}`,
      assumed: anyDefault ? ctx.t('cli.eligibility.assumed') : '',
    }),
    spreadNote,
    ...disruptionLines(ctx, result),
    '',
  ];
  lines.push(
    table(
      [
        ctx.t('cli.eligibility.week'),
        ctx.t('cli.eligibility.start'),
        ctx.t('cli.eligibility.policy'),
        ctx.t('cli.eligibility.pass'),
        ctx.t('cli.eligibility.onTime'),
        ctx.t('cli.eligibility.revoked'),
      ],
      result.weeks.map((w) => {
        const otd = w.metrics['onTimeDelivery']!;
        return [
          String(w.week),
          w.start,
          w.policyId,
          pct(w.passProbability),
          `${pct(otd.p10)} – ${pct(otd.p90)}`,
          pct(w.states.revoked),
        ];
      }),
      ['right', 'left', 'left', 'right', 'right', 'right'],
    ),
    '',
  );
  // Worst week of each metric that fails in some run.
  const failing: string[] = [];
  const ids = new Set<string>([...ACCOUNT_METRICS, ...result.weeks.flatMap((w) => Object.keys(w.metrics))]);
  for (const id of ids) {
    let worst: { week: number; share: number; p50: number; kind: 'min' | 'max'; value: number } | undefined;
    for (const w of result.weeks) {
      const m = w.metrics[id];
      if (!m?.threshold || m.passShare >= 1) continue;
      if (!worst || m.passShare < worst.share)
        worst = { week: w.week, share: m.passShare, p50: m.p50, kind: m.threshold.kind, value: m.threshold.value };
    }
    if (worst) {
      failing.push(
        `  ${ctx.t('cli.eligibility.failingLine', { metric: metricName(ctx, id), share: pct(worst.share), week: worst.week, p50: pct(worst.p50), kind: ctx.t(`cli.eligibility.${worst.kind}`), threshold: pct(worst.value) })}`,
      );
    }
  }
  if (failing.length > 0) lines.push(ctx.t('cli.eligibility.failingTitle'), ...failing, '');
  else lines.push(ctx.t('cli.eligibility.noneFailing'), '');
  const byLate = result.lanes
    .filter((l) => l.orderShare > 0)
    .sort((a, b) => b.orderShare * b.lateShare - a.orderShare * a.lateShare);
  if (byLate.length > 0) {
    const names = new Map(settings.warehouses.map((w) => [w.id, w.name]));
    lines.push(ctx.t('cli.eligibility.lanesTitle'));
    for (const l of byLate.slice(0, 5)) {
      lines.push(
        `  ${ctx.t('cli.eligibility.laneLine', { warehouse: names.get(l.warehouseId) ?? l.warehouseId, service: l.serviceId, orders: pct(l.orderShare), late: pct(l.lateShare) })}`,
      );
    }
    lines.push('');
  }
  if (tradeOffRows) {
    lines.push(ctx.t('cli.eligibility.tradeOffTitle'));
    lines.push(
      table(
        [
          ctx.t('cli.eligibility.tradeOffChange'),
          ctx.t('policy.target.le1'),
          ctx.t('policy.target.le2'),
          ctx.t('cli.eligibility.tradeOffOnTime'),
        ],
        tradeOffRows.map((row) => [
          row.slowerService === null
            ? ctx.t('cli.eligibility.tradeOffBase')
            : ctx.t('cli.eligibility.tradeOffSlower', { service: row.slowerService, share: pct(row.orderShare ?? 0) }),
          pct(row.speedLe1),
          pct(row.speedLe2),
          pct(row.expectedOnTime),
        ]),
        ['left', 'right', 'right', 'right'],
      ),
      '',
    );
  }
  lines.push(
    ctx.t('cli.eligibility.trial', {
      days: result.trial.days,
      weeks: result.trial.weeks,
      minOrders: result.trial.minOrders,
      share: pct(result.trial.passProbability),
    }),
    ctx.t('cli.eligibility.revokedWithin', {
      weeks: result.revokedWithin.weeks,
      share: pct(result.revokedWithin.probability),
      strikes: result.expectedStrikes.toFixed(2),
    }),
    ctx.t(verdict === 'pass' ? 'cli.eligibility.verdictPass' : 'cli.eligibility.verdictRisk'),
  );
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode };
}

/**
 * The settings' disruption weeks as the run applied them (each one the user's assumption), and those the horizon
 * missed.
 */
function disruptionLines(ctx: CliContext, result: HorizonResult): string[] {
  const listed = result.operations.disruption;
  if (listed.length === 0) return [];
  const lines = [ctx.t('cli.eligibility.disruptionTitle')];
  const applied = new Set<unknown>();
  for (const w of result.weeks) {
    for (const d of w.disruptions) {
      applied.add(d);
      lines.push(
        `  ${ctx.t('cli.eligibility.disruptionLine', {
          week: w.week,
          start: w.start,
          share: percent(d.share, ctx.lang),
          carriers: d.carriers
            ? disruptedCarriers(d)
                .map((c) => CARRIER_NAMES[c])
                .join(', ')
            : ctx.t('eligibility.disruption.allCarriers'),
          days: d.extraDays,
          reason: ctx.t(`eligibility.disruption.reason.${d.reason}`),
          note: d.note ? ` — ${d.note}` : '',
        })}`,
      );
    }
  }
  const outside = listed.filter((d) => !applied.has(d)).map((d) => d.start);
  if (outside.length > 0) lines.push(`  ${ctx.t('cli.eligibility.disruptionOutside', { dates: outside.join(', ') })}`);
  return lines;
}
