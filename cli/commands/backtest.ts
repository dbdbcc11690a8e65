/**
 * `shipweek backtest <settings> --orders <report> [--json] [--worst N] [--marketplace-tz <zone>]
 * [--plans <spec or list>]... [--apply-out <file> [--force]]`:
 * ShipWeek's promise for every Prime order of an Amazon order report against the date Amazon promised.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  applyTransitSuggestions,
  createBacktest,
  type BacktestGroup,
  type BacktestResult,
  type PlanInForce,
} from '../../shared/backtest/backtest';
import { planRangeMessage, plansInForceProblems } from '../../shared/backtest/plansInForce';
import { IsoDateSchema } from '../../shared/time/dateTime';
import { scenarioJson } from '../../shared/report/exports';
import type { GeoData } from '../../shared/geo/index';
import { badInput, readInputFile, writeFileAtomic, type CliContext, type CommandResult } from '../context';
import { integer, json, percent, table } from '../format';
import { loadSettingsFile } from '../loadSettings';
import { readReport, summaryJson, summaryLines } from './orderReport';

export interface BacktestArgs {
  file?: string;
  orders?: string;
  json?: boolean;
  worst?: string;
  marketplaceTz?: string;
  /** Write the settings with the suggested transit overrides applied here (a new file). */
  applyOut?: string;
  force?: boolean;
  /** Plans in force: each 'FROM..TO=settings.json', or the path of a JSON list of { from, to, settings, name? }. */
  plans?: string[];
  onProgress?: (fraction: number, phase: string) => void;
}

/** As many as the app's contract allows for one backtest. */
export const MAX_PLANS_IN_FORCE = 20;

const PLAN_SPEC = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})=(.+)$/;

/**
 * The plans in force named by --plans: every settings file read and checked like the main one, then
 * refused when a range ends before it starts or two ranges share a date (both named, with the dates).
 */
function loadPlansInForce(
  ctx: CliContext,
  geo: GeoData,
  specs: readonly string[],
  asJson: boolean,
): { ok: true; plans: PlanInForce[] } | { ok: false; result: CommandResult } {
  const wanted: { from: string; to: string; file: string; name?: string }[] = [];
  for (const spec of specs) {
    const m = PLAN_SPEC.exec(spec);
    if (m) {
      wanted.push({ from: m[1]!, to: m[2]!, file: m[3]! });
      continue;
    }
    if (!/\.json$/i.test(spec))
      return { ok: false, result: badInput(ctx.t('cli.backtest.badPlans', { value: JSON.stringify(spec) })) };
    const read = readInputFile(ctx, spec);
    if (!read.ok) return read;
    const list = parsePlanList(read.text);
    if (!list) return { ok: false, result: badInput(ctx.t('cli.backtest.badPlansList', { file: spec })) };
    // Paths in a list are relative to the list, so it can sit beside the plans it names.
    for (const p of list) wanted.push({ ...p, file: join(dirname(spec), p.settings) });
  }
  if (wanted.length > MAX_PLANS_IN_FORCE)
    return {
      ok: false,
      result: badInput(ctx.t('cli.backtest.tooManyPlans', { max: MAX_PLANS_IN_FORCE, count: wanted.length })),
    };
  for (const w of wanted) {
    if (!IsoDateSchema.safeParse(w.from).success || !IsoDateSchema.safeParse(w.to).success)
      return {
        ok: false,
        result: badInput(ctx.t('cli.backtest.badPlans', { value: JSON.stringify(`${w.from}..${w.to}=${w.file}`) })),
      };
  }
  const plans: PlanInForce[] = [];
  for (const w of wanted) {
    const loaded = loadSettingsFile(ctx, w.file, geo, asJson);
    if (!loaded.ok) return loaded;
    plans.push({ name: w.name ?? loaded.name, from: w.from, to: w.to, settings: loaded.settings });
  }
  const problem = plansInForceProblems(plans)[0];
  if (problem) {
    const message = planRangeMessage(problem);
    return { ok: false, result: badInput(ctx.t(`cli.backtest.${message.id}`, message.params)) };
  }
  return { ok: true, plans };
}

/** A JSON list of plans in force, or undefined when the text is not one. */
function parsePlanList(text: string): { from: string; to: string; settings: string; name?: string }[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const out: { from: string; to: string; settings: string; name?: string }[] = [];
  for (const item of data) {
    if (item === null || typeof item !== 'object') return undefined;
    const { from, to, settings, name } = item as Record<string, unknown>;
    if (
      typeof from !== 'string' ||
      typeof to !== 'string' ||
      typeof settings !== 'string' ||
      settings === '' ||
      (name !== undefined && typeof name !== 'string')
    )
      return undefined;
    out.push({
      from,
      to,
      settings,
      ...(typeof name === 'string' && name.trim() !== '' ? { name: name.slice(0, 120) } : {}),
    });
  }
  return out;
}

/** @example backtestCommand(ctx, loadGeo(), { file: 'plan.json', orders: 'orders.txt', json: true }) */
export function backtestCommand(ctx: CliContext, geo: GeoData, args: BacktestArgs): CommandResult {
  let worstCount = 20;
  if (args.worst !== undefined) {
    if (!/^\d{1,4}$/.test(args.worst) || Number(args.worst) > 1000)
      return badInput(ctx.t('cli.backtest.badWorst', { value: JSON.stringify(args.worst) }));
    worstCount = Number(args.worst);
  }
  if (!args.orders) return badInput(`${ctx.t('cli.orders.missingReport')}\n\n${ctx.t('cli.help.backtest')}`);
  if (args.applyOut && !args.force && existsSync(resolve(ctx.cwd, args.applyOut)))
    return badInput(ctx.t('cli.sample.exists', { file: args.applyOut }));
  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  const inForce = loadPlansInForce(ctx, geo, args.plans ?? [], !!args.json);
  if (!inForce.ok) return inForce.result;

  const backtest = createBacktest(loaded.settings, geo, { worstCount, plansInForce: inForce.plans });
  const read = readReport(ctx, geo, args.orders, !!args.json, {
    marketplaceTimeZone: args.marketplaceTz,
    onOrder: (line) => backtest.add(line),
    onProgress: args.onProgress,
  });
  if (!read.ok) return read.result;
  const result = backtest.finish();
  const exitCode = result.compared > 0 && result.agree === result.compared ? 0 : 1;
  let applied = '';
  if (args.applyOut) {
    const written = writeFileAtomic(
      ctx,
      args.applyOut,
      scenarioJson(applyTransitSuggestions(loaded.settings, result.suggestedOverrides)),
    );
    if (!written.ok) return badInput(written.message);
    applied = ctx.t('cli.backtest.applied', { file: args.applyOut, count: result.suggestedOverrides.length });
  }
  const worst = result.worst.map((w) => ({
    ...w,
    explanation: w.explanation.map((s) => ({ ...s, text: ctx.t(s.key, s.params) })),
  }));

  if (args.json) {
    return {
      stdout: json({ settings: loaded.name, report: args.orders, read: summaryJson(read.summary), ...result, worst }),
      stderr: applied ? `${applied}\n` : '',
      exitCode,
    };
  }

  const n = (x: number) => integer(x, ctx.lang);
  const pct = (share: number) => percent(share, ctx.lang);
  const signed = (d: number) => (d > 0 ? `+${d}` : String(d));
  const out: string[] = [
    ctx.t('cli.backtest.title', { name: loaded.settings.name, file: args.orders }),
    ...summaryLines(ctx, args.orders, read.summary),
    '',
  ];
  if (result.compared === 0) {
    out.push(
      ctx.t('cli.backtest.nothingCompared', { prime: result.primeOrders, without: n(result.withoutAmazonPromise) }),
    );
    return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode };
  }
  out.push(
    ctx.t('cli.backtest.agreement', {
      agree: n(result.agree),
      compared: n(result.compared),
      share: pct(result.agreeShare),
      earlier: n(result.earlier),
      later: n(result.later),
      unserved: n(result.unserved),
    }),
  );
  if (result.withoutAmazonPromise > 0)
    out.push(ctx.t('cli.backtest.withoutPromise', { count: n(result.withoutAmazonPromise) }));
  if (inForce.plans.length > 0) {
    const list = result.byPlan.map((p) =>
      ctx.t('cli.backtest.judgedOne', {
        name: p.name ?? ctx.t('cli.backtest.thisPlan'),
        agree: n(p.agree),
        compared: n(p.compared),
      }),
    );
    out.push(ctx.t('cli.backtest.judgedWith', { list: list.join('; ') }));
  }
  out.push(
    ctx.t('cli.backtest.histogram', {
      days: result.diffHistogram.map((h) => `${signed(h.diffDays)}: ${n(h.orders)}`).join(', '),
    }),
  );

  const groupTable = (title: string, groups: BacktestGroup[], label: string) => {
    const shown = groups.filter((g) => g.agree < g.compared).slice(0, 10);
    if (shown.length === 0) return;
    out.push('', title);
    out.push(
      table(
        [
          label,
          ctx.t('cli.backtest.col.compared'),
          ctx.t('cli.backtest.col.agree'),
          ctx.t('cli.backtest.col.earlier'),
          ctx.t('cli.backtest.col.later'),
          ctx.t('cli.backtest.col.meanDiff'),
        ],
        shown.map((g) => [
          g.key,
          n(g.compared),
          pct(g.agree / g.compared),
          n(g.earlier),
          n(g.later),
          signed(g.meanDiffDays),
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
  };
  groupTable(ctx.t('cli.backtest.byState'), result.byState, ctx.t('cli.backtest.col.state'));
  groupTable(ctx.t('cli.backtest.byZip3'), result.byZip3, 'ZIP3');
  groupTable(ctx.t('cli.backtest.byServiceLevel'), result.byServiceLevel, ctx.t('cli.backtest.col.serviceLevel'));

  if (worst.length > 0) {
    out.push('', ctx.t('cli.backtest.worst', { count: worst.length }));
    for (const w of worst) {
      out.push(
        ctx.t(w.shipweekPromise === null ? 'cli.backtest.worstUnserved' : 'cli.backtest.worstLine', {
          orderId: w.orderId,
          row: w.row,
          zip: w.zip,
          at: w.purchaseLocal,
          amazon: w.amazonPromise,
          shipweek: w.shipweekPromise ?? '',
          diff: signed(w.diffDays ?? 0),
        }),
      );
      for (const step of w.explanation) out.push(`    - ${step.text}`);
    }
  }
  out.push('');
  if (result.suggestedOverrides.length === 0) out.push(ctx.t('cli.backtest.noSuggestions'));
  else {
    out.push(ctx.t('cli.backtest.suggestions', { count: result.suggestedOverrides.length }));
    for (const s of result.suggestedOverrides.slice(0, 30))
      out.push(
        `  ${ctx.t('cli.backtest.suggestion', { service: s.serviceId, dest: s.dest, from: s.currentBusinessDays, to: s.businessDays, orders: n(s.orders), now: n(s.agreeNow), with: n(s.agreeWith) })}`,
      );
    if (result.suggestedOverrides.length > 30)
      out.push(`  ${ctx.t('cli.backtest.moreSuggestions', { count: result.suggestedOverrides.length - 30 })}`);
    out.push(ctx.t('cli.backtest.suggestionsNote'));
  }
  if (applied) out.push(applied);
  return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode };
}

export type { BacktestResult };
