/**
 * `shipweek backtest <settings> --orders <report> [--json] [--worst N] [--marketplace-tz <zone>] [--apply-out <file> [--force]]`:
 * ShipWeek's promise for every Prime order of an Amazon order report against the date Amazon promised.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyTransitSuggestions, createBacktest, type BacktestGroup, type BacktestResult } from '../../shared/backtest/backtest';
import { scenarioJson } from '../../shared/report/exports';
import type { GeoData } from '../../shared/geo/index';
import { badInput, writeFileAtomic, type CliContext, type CommandResult } from '../context';
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
  onProgress?: (fraction: number, phase: string) => void;
}

/** @example backtestCommand(ctx, loadGeo(), { file: 'plan.json', orders: 'orders.txt', json: true }) */
export function backtestCommand(ctx: CliContext, geo: GeoData, args: BacktestArgs): CommandResult {
  let worstCount = 20;
  if (args.worst !== undefined) {
    if (!/^\d{1,4}$/.test(args.worst) || Number(args.worst) > 1000) return badInput(ctx.t('cli.backtest.badWorst', { value: JSON.stringify(args.worst) }));
    worstCount = Number(args.worst);
  }
  if (!args.orders) return badInput(`${ctx.t('cli.orders.missingReport')}\n\n${ctx.t('cli.help.backtest')}`);
  if (args.applyOut && !args.force && existsSync(resolve(ctx.cwd, args.applyOut))) return badInput(ctx.t('cli.sample.exists', { file: args.applyOut }));
  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;

  const backtest = createBacktest(loaded.settings, geo, { worstCount });
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
    const written = writeFileAtomic(ctx, args.applyOut, scenarioJson(applyTransitSuggestions(loaded.settings, result.suggestedOverrides)));
    if (!written.ok) return badInput(written.message);
    applied = ctx.t('cli.backtest.applied', { file: args.applyOut, count: result.suggestedOverrides.length });
  }
  const worst = result.worst.map((w) => ({ ...w, explanation: w.explanation.map((s) => ({ ...s, text: ctx.t(s.key, s.params) })) }));

  if (args.json) {
    return { stdout: json({ settings: loaded.name, report: args.orders, read: summaryJson(read.summary), ...result, worst }), stderr: applied ? `${applied}\n` : '', exitCode };
  }

  const n = (x: number) => integer(x, ctx.lang);
  const pct = (share: number) => percent(share, ctx.lang);
  const signed = (d: number) => (d > 0 ? `+${d}` : String(d));
  const out: string[] = [ctx.t('cli.backtest.title', { name: loaded.settings.name, file: args.orders }), ...summaryLines(ctx, args.orders, read.summary), ''];
  if (result.compared === 0) {
    out.push(ctx.t('cli.backtest.nothingCompared', { prime: result.primeOrders, without: n(result.withoutAmazonPromise) }));
    return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode };
  }
  out.push(ctx.t('cli.backtest.agreement', { agree: n(result.agree), compared: n(result.compared), share: pct(result.agreeShare), earlier: n(result.earlier), later: n(result.later), unserved: n(result.unserved) }));
  if (result.withoutAmazonPromise > 0) out.push(ctx.t('cli.backtest.withoutPromise', { count: n(result.withoutAmazonPromise) }));
  out.push(ctx.t('cli.backtest.histogram', { days: result.diffHistogram.map((h) => `${signed(h.diffDays)}: ${n(h.orders)}`).join(', ') }));

  const groupTable = (title: string, groups: BacktestGroup[], label: string) => {
    const shown = groups.filter((g) => g.agree < g.compared).slice(0, 10);
    if (shown.length === 0) return;
    out.push('', title);
    out.push(
      table(
        [label, ctx.t('cli.backtest.col.compared'), ctx.t('cli.backtest.col.agree'), ctx.t('cli.backtest.col.earlier'), ctx.t('cli.backtest.col.later'), ctx.t('cli.backtest.col.meanDiff')],
        shown.map((g) => [g.key, n(g.compared), pct(g.agree / g.compared), n(g.earlier), n(g.later), signed(g.meanDiffDays)]),
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
      out.push(ctx.t(w.shipweekPromise === null ? 'cli.backtest.worstUnserved' : 'cli.backtest.worstLine', {
        orderId: w.orderId, row: w.row, zip: w.zip, at: w.purchaseLocal, amazon: w.amazonPromise, shipweek: w.shipweekPromise ?? '', diff: signed(w.diffDays ?? 0),
      }));
      for (const step of w.explanation) out.push(`    - ${step.text}`);
    }
  }
  out.push('');
  if (result.suggestedOverrides.length === 0) out.push(ctx.t('cli.backtest.noSuggestions'));
  else {
    out.push(ctx.t('cli.backtest.suggestions', { count: result.suggestedOverrides.length }));
    for (const s of result.suggestedOverrides.slice(0, 30)) out.push(`  ${ctx.t('cli.backtest.suggestion', { service: s.serviceId, dest: s.dest, from: s.currentBusinessDays, to: s.businessDays, orders: n(s.orders), now: n(s.agreeNow), with: n(s.agreeWith) })}`);
    if (result.suggestedOverrides.length > 30) out.push(`  ${ctx.t('cli.backtest.moreSuggestions', { count: result.suggestedOverrides.length - 30 })}`);
    out.push(ctx.t('cli.backtest.suggestionsNote'));
  }
  if (applied) out.push(applied);
  return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode };
}

export type { BacktestResult };
