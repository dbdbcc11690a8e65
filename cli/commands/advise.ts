/**
 * `shipweek advise <file> [--json] [--max-moves N] [--budget <USD/week>] [--candidate-zips <file>]
 * [--label-costs <csv>] [--search-sites] [--policy <id>]`.
 */
import { LOCALES } from '../../shared/i18n/lang';
import { findPolicy, POLICY_PROFILES } from '../../shared/catalog/policies';
import { advise, type AdvicePhase, type AdviceResult, type PlanFigures } from '../../shared/advisor/advise';
import { DEFAULT_COST_MODEL } from '../../shared/catalog/costDefaults';
import { formatLabelCostCsvError, parseLabelCostCsv } from '../../shared/imports/labelCostCsv';
import { describeMove, type MoveLabel } from '../../shared/advisor/moves';
import { serviceName, weekdayName } from '../../shared/advisor/messages';
import type { Settings } from '../../shared/domain/settings';
import type { GeoData } from '../../shared/geo/index';
import { badInput, readInputFile, type CliContext, type CommandResult } from '../context';
import { json, percent } from '../format';
import { loadSettingsFile } from '../loadSettings';

export interface AdviseArgs {
  file?: string;
  json?: boolean;
  maxMoves?: string;
  budget?: string;
  candidateZips?: string;
  labelCosts?: string;
  searchSites?: boolean;
  policy?: string;
  /** Progress lines (phase and share done); the entry point passes one that writes to a terminal's stderr. */
  onProgress?: (fraction: number, phase: AdvicePhase) => void;
}

/** Figures to 6 decimals, as simulate --json prints them, so the two compare exactly. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** ZIP5 codes from a text or CSV file: one per line (an optional header line "zip"), each must exist. */
function readCandidateZips(
  ctx: CliContext,
  geo: GeoData,
  path: string,
): { ok: true; zips: string[] } | { ok: false; result: CommandResult } {
  const read = readInputFile(ctx, path);
  if (!read.ok) return read;
  const zips: string[] = [];
  const errors: string[] = [];
  read.text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      const value = line
        .split(',')[0]!
        .trim()
        .replace(/^"(.*)"$/, '$1');
      if (value === '' || (i === 0 && /^[a-z_ ]+$/i.test(value))) return;
      if (!/^\d{5}$/.test(value))
        errors.push(
          ctx.t('cli.advise.badZip', { file: read.name, row: i + 1, value: JSON.stringify(value.slice(0, 40)) }),
        );
      else if (!geo.zip5Exists(value))
        errors.push(ctx.t('cli.advise.unknownZip', { file: read.name, row: i + 1, value }));
      else if (!zips.includes(value)) zips.push(value);
    });
  if (errors.length > 0) return { ok: false, result: badInput(errors.slice(0, 20).join('\n')) };
  if (zips.length === 0) return { ok: false, result: badInput(ctx.t('cli.advise.noZips', { file: read.name })) };
  return { ok: true, zips };
}

export function adviseCommand(ctx: CliContext, geo: GeoData, args: AdviseArgs): CommandResult {
  let maxMoves = 4;
  if (args.maxMoves !== undefined) {
    if (!/^\d+$/.test(args.maxMoves) || Number(args.maxMoves) < 1 || Number(args.maxMoves) > 8) {
      return badInput(ctx.t('cli.advise.badMaxMoves', { value: JSON.stringify(args.maxMoves) }));
    }
    maxMoves = Number(args.maxMoves);
  }
  let budget: number | undefined;
  if (args.budget !== undefined) {
    const raw = args.budget.trim().replace(/^\$/, '');
    if (!/^\d+(\.\d+)?$/.test(raw))
      return badInput(ctx.t('cli.advise.badBudget', { value: JSON.stringify(args.budget) }));
    budget = Number(raw);
  }
  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  let settings: Settings = loaded.settings;
  if (args.policy !== undefined && !findPolicy(settings, args.policy)) {
    const known = [...POLICY_PROFILES.map((p) => p.id), ...settings.customPolicies.map((p) => p.id)];
    return badInput(
      ctx.t('cli.simulate.unknownPolicy', { value: JSON.stringify(args.policy), policies: known.join(', ') }),
    );
  }
  let candidateZips: string[] | undefined;
  if (args.candidateZips !== undefined) {
    const r = readCandidateZips(ctx, geo, args.candidateZips);
    if (!r.ok) return r.result;
    candidateZips = r.zips;
  }
  if (args.labelCosts !== undefined) {
    const read = readInputFile(ctx, args.labelCosts);
    if (!read.ok) return read.result;
    const parsed = parseLabelCostCsv(read.text);
    if (!parsed.ok) {
      return badInput(
        [
          ctx.t('cli.advise.badLabelCosts', { file: read.name, count: parsed.errors.length }),
          ...parsed.errors.map((e) => `${read.name}: ${formatLabelCostCsvError(e)}`),
        ].join('\n'),
      );
    }
    const model = settings.costModel ?? DEFAULT_COST_MODEL;
    settings = {
      ...settings,
      costModel: { ...model, labelRates: parsed.rates, sources: { ...model.sources, labelRates: read.name } },
    };
  }

  const result = advise(settings, geo, {
    maxMoves,
    budget,
    candidateZips,
    searchSites: args.searchSites,
    policyId: args.policy,
    onProgress: args.onProgress,
  });
  const found = result.pass || result.cheapestPassing !== null;
  const exitCode = found ? 0 : 1;

  if (args.json) {
    const plan = (p: PlanFigures) => ({
      moves: p.moves,
      descriptions: p.labels.map((l) => describe(ctx, l)),
      settings: p.settings,
      checks: rounded(p.checks),
      pass: p.pass,
      weeklyCost: rounded(p.weeklyCost),
      weeklyCostDelta: rounded(p.weeklyCostDelta),
      cost: rounded(p.cost),
    });
    return {
      stdout: json({
        ok: true,
        file: loaded.name,
        policyId: result.policyId,
        pass: result.pass,
        weeklyCost: rounded(result.weeklyCost),
        cost: rounded(result.cost),
        costModel: settings.costModel ? 'settings' : 'defaults',
        checks: rounded(
          result.checks.map((c) => ({ id: c.id, value: c.value, target: c.target, pass: c.pass, gap: c.gap })),
        ),
        suggestions: result.suggestions.map((s) => ({
          id: s.id,
          ...plan(s),
          checksFixed: s.checksFixed,
          pointsGained: rounded(s.pointsGained),
        })),
        cheapestPassing: result.cheapestPassing
          ? { id: result.cheapestPassing.id, ...plan(result.cheapestPassing) }
          : null,
        ceiling: result.ceiling.map((c) => ({
          checkId: c.checkId,
          best: rounded(c.best),
          target: c.target,
          reachable: c.reachable,
          moves: c.moves,
          settings: c.settings,
        })),
        binding: result.binding,
        bestSite: result.bestSite ? { id: result.bestSite.id, ...plan(result.bestSite) } : null,
        searchNote: result.searchNote,
      }),
      stderr: '',
      exitCode,
    };
  }
  return { stdout: humanReport(ctx, settings, result, maxMoves, budget), stderr: '', exitCode };
}

/** A move's description in the CLI's language; lists of weekdays and services are translated item by item. */
function describe(ctx: CliContext, label: MoveLabel): string {
  const params = { ...label.params };
  if (typeof params.days === 'string')
    params.days = params.days
      .split(', ')
      .filter(Boolean)
      .map((d) => weekdayName(d, ctx.t))
      .join(', ');
  if (typeof params.services === 'string')
    params.services = params.services
      .split(', ')
      .filter(Boolean)
      .map((s) => serviceName(s, ctx.t))
      .join(', ');
  return ctx.t(label.key, params);
}

function money(ctx: CliContext, usd: number, signed = false): string {
  const text = new Intl.NumberFormat(LOCALES[ctx.lang], {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(Math.abs(usd));
  if (!signed) return text;
  return `${usd < -0.5 ? '−' : '+'}${text}`;
}

function checkValue(ctx: CliContext, id: string, value: number): string {
  if (id.startsWith('speed.')) return percent(value, ctx.lang);
  if (id === 'coverage.nationwide') return ctx.t('cli.simulate.states', { count: value });
  return ctx.t(value >= 1 ? 'cli.simulate.yes' : 'cli.simulate.no');
}

function humanReport(
  ctx: CliContext,
  settings: Settings,
  r: AdviceResult,
  maxMoves: number,
  budget: number | undefined,
): string {
  const lines: string[] = [];
  const failed = r.checks.filter((c) => !c.pass);
  lines.push(ctx.t('cli.advise.title', { name: settings.name, policyId: r.policyId }));
  lines.push(
    r.pass
      ? ctx.t('cli.advise.nowPass', { count: r.checks.length })
      : ctx.t('cli.advise.nowFail', {
          failed: failed.length,
          count: r.checks.length,
          checks: failed.map((c) => c.id).join(', '),
        }),
    ctx.t('cli.advise.cost', {
      total: money(ctx, r.weeklyCost),
      labels: money(ctx, r.cost.labels),
      fixed: money(ctx, r.weeklyCost - r.cost.labels),
    }),
    ctx.t(settings.costModel ? 'cli.advise.costModelSettings' : 'cli.advise.costModelDefaults'),
    '',
  );
  if (r.suggestions.length > 0) {
    lines.push(ctx.t('cli.advise.singleTitle'));
    r.suggestions.forEach((s, i) => {
      const changed = s.checks
        .filter((c) => Math.abs(c.delta) > 1e-9 && c.id.startsWith('speed.'))
        .map((c) => `${c.id} ${c.delta > 0 ? '+' : ''}${(c.delta * 100).toFixed(1)}`);
      lines.push(`  ${String(i + 1).padStart(2)}. ${describe(ctx, s.labels[0]!)}`);
      lines.push(
        `      ${ctx.t('cli.advise.singleFigures', { fixed: s.checksFixed, cost: money(ctx, s.weeklyCostDelta, true), points: s.pointsGained.toFixed(1) })}${changed.length ? ` [${changed.join(', ')}]` : ''}`,
      );
    });
    lines.push('');
  }
  if (r.cheapestPassing) {
    const p = r.cheapestPassing;
    lines.push(
      ctx.t('cli.advise.passingTitle', {
        count: p.moves.length,
        total: money(ctx, p.weeklyCost),
        delta: money(ctx, p.weeklyCostDelta, true),
      }),
    );
    for (const l of p.labels) lines.push(`  - ${describe(ctx, l)}`);
    for (const c of p.checks)
      lines.push(
        `    ${ctx.t(c.pass ? 'cli.simulate.pass' : 'cli.simulate.fail')}  ${c.id.padEnd(24)} ${checkValue(ctx, c.id, c.value)}`,
      );
    lines.push('');
  } else if (!r.pass) {
    lines.push(
      ctx.t('cli.advise.noPassing', {
        moves: maxMoves,
        budget: budget === undefined ? ctx.t('cli.advise.noBudget') : money(ctx, budget),
      }),
    );
    for (const c of r.ceiling) {
      lines.push(
        `  ${c.checkId.padEnd(24)} ${ctx.t('cli.advise.ceilingLine', { best: checkValue(ctx, c.checkId, c.best), target: checkValue(ctx, c.checkId, c.target) })}${c.reachable ? '' : `  ${ctx.t('cli.advise.binds')}`}`,
      );
      if (c.moves.length > 0) lines.push(`      ${c.moves.map((m) => describe(ctx, describeMove(m))).join('; ')}`);
    }
    lines.push('');
  }
  if (r.bestSite) {
    lines.push(
      ctx.t('cli.advise.bestSite', {
        move: describe(ctx, r.bestSite.labels[0]!),
        delta: money(ctx, r.bestSite.weeklyCostDelta, true),
        fixed: r.bestSite.checksFixed,
      }),
      '',
    );
  }
  lines.push(
    r.searchNote.complete
      ? ctx.t('cli.advise.searchComplete', { count: r.searchNote.evaluations })
      : ctx.t(r.searchNote.reason === 'cancelled' ? 'cli.advise.searchCancelled' : 'cli.advise.searchLimited', {
          count: r.searchNote.evaluations,
        }),
  );
  return lines.join('\n') + '\n';
}
