/**
 * `shipweek simulate <file> [--json] [--policy <id>] [--week <YYYY-MM-DD> [--weeks N] | --from <YYYY-MM-DD>
 * --to <YYYY-MM-DD>] [--destinations auto|zip3|zip5]`.
 */
import { LOCALES } from '../../shared/i18n/lang';
import { SIZE_TIERS } from '../../shared/domain/carrier';
import { findPolicy, isBuiltInPolicy, policyNameKey, POLICY_PROFILES } from '../../shared/catalog/policies';
import { renderFinding, sortFindings } from '../../shared/engine/findings';
import type { SimulationCheck } from '../../shared/engine/simulate';
import { periodName, periodOf } from '../../shared/engine/periodName';
import { describeDeliveredWeekdays } from '../../shared/engine/deliveredWeekdays';
import { describePrimeOff } from '../../shared/engine/primeOffText';
import { describeRemotePrime } from '../../shared/engine/remotePrimeText';
import type { GeoData } from '../../shared/geo/index';
import { stateName } from '../../shared/geo/states';
import { badInput, type CliContext, type CommandResult } from '../context';
import { json, percent, table } from '../format';
import { loadSettingsFile } from '../loadSettings';
import { readPeriod, simulatePeriod, type PeriodArgs } from '../periodOptions';

export interface SimulateArgs extends PeriodArgs {
  file?: string;
  json?: boolean;
  policy?: string;
  /** auto (default: ZIP5 mode when the plan has a ZIP5 transit override), zip3 or zip5. */
  destinations?: string;
}

const DESTINATION_CHOICES = ['auto', 'zip3', 'zip5'] as const;

/** Shares like 0.9999999999999998 come out of float sums; 6 decimals is far below anything a target can tell apart. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** A check's value and target in words: shares as percentages, coverage as states, six-day checks as yes/no. */
function describeCheck(ctx: CliContext, c: SimulationCheck): { value: string; target: string } {
  if (c.id.startsWith('speed.')) {
    // Exact figure first, then the whole percent Amazon's dashboard shows (both rounded up; the pass rule uses those).
    const whole = new Intl.NumberFormat(LOCALES[ctx.lang], {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    const show = (exact: number, rounded: number | undefined) =>
      rounded === undefined
        ? percent(exact, ctx.lang)
        : ctx.t('engine.check.rounded', { exact: percent(exact, ctx.lang), rounded: whole.format(rounded) });
    return { value: show(c.value, c.rounded?.value), target: show(c.target, c.rounded?.target) };
  }
  if (c.id === 'coverage.nationwide')
    return {
      value: ctx.t('cli.simulate.states', { count: c.value }),
      target: ctx.t('cli.simulate.states', { count: c.target }),
    };
  return { value: ctx.t(c.value >= 1 ? 'cli.simulate.yes' : 'cli.simulate.no'), target: ctx.t('cli.simulate.yes') };
}

export function simulateCommand(ctx: CliContext, geo: GeoData, args: SimulateArgs): CommandResult {
  const asked = readPeriod(ctx, args);
  if (!('ok' in asked)) return asked;
  const loaded = loadSettingsFile(ctx, args.file, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  const settings = loaded.settings;
  if (args.policy !== undefined && !findPolicy(settings, args.policy)) {
    const known = [...POLICY_PROFILES.map((p) => p.id), ...settings.customPolicies.map((p) => p.id)];
    return badInput(
      ctx.t('cli.simulate.unknownPolicy', { value: JSON.stringify(args.policy), policies: known.join(', ') }),
    );
  }

  const destinations = DESTINATION_CHOICES.find((c) => c === (args.destinations ?? 'auto'));
  if (!destinations)
    return badInput(ctx.t('cli.simulate.badDestinations', { value: JSON.stringify(args.destinations) }));

  const result = simulatePeriod(settings, geo, asked.period, { policyId: args.policy, destinations });
  // What the figures cover, named as on screen ('Sun 22 Nov – Sat 28 Nov 2026', '… (date range, 3 days)').
  const period = periodOf(result);
  const exitCode = result.pass ? 0 : 1;
  const findings = sortFindings(result.findings);

  if (args.json) {
    const coverage = Object.fromEntries(
      Object.keys(result.byState)
        .sort()
        .map((s) => [s, result.byState[s]]),
    );
    return {
      stdout: json(
        rounded({
          ok: true,
          file: loaded.name,
          policyId: result.policyId,
          weekStart: result.weekStart,
          weeks: period.weeks,
          typicalWeek: result.typicalWeek,
          // kind: sunSat (Amazon's week), monSun (a Monday-started week), range or typical; from/to the days counted.
          period: { ...period, name: periodName(period, ctx.lang, ctx.t) },
          destinationLevel: result.destinationLevel,
          ...(result.zip5 ? { zip5: result.zip5 } : {}),
          tiers: result.tiers,
          byState: coverage,
          nationwide: result.nationwide,
          missingStates: result.missingStates,
          sixDayOperation: result.sixDayOperation,
          sixDayDelivery: result.sixDayDelivery,
          deliveredWeekdays: result.deliveredWeekdays,
          outsideBuyShippingShare: result.outsideBuyShippingShare,
          primeOff: result.primeOff,
          ...(result.remotePrime ? { remotePrime: result.remotePrime } : {}),
          checks: result.checks.map((c) => ({ ...c, message: ctx.t(c.messageKey, c.params) })),
          pass: result.pass,
          findings: findings.map((f) => ({ ...f, message: renderFinding(ctx.messages, f) })),
        }),
      ),
      stderr: '',
      exitCode,
    };
  }

  const policy = findPolicy(settings, result.policyId);
  // French puts a (narrow) space before a colon.
  const colon = ctx.t('report.colon');
  const lines: string[] = [];
  lines.push(
    ctx.t(result.typicalWeek ? 'cli.simulate.titleTypical' : 'cli.simulate.title', {
      name: settings.name,
      policy:
        policy && isBuiltInPolicy(policy.id) ? ctx.t(policyNameKey(policy.id)) : (policy?.name ?? result.policyId),
      policyId: result.policyId,
      period: periodName(period, ctx.lang, ctx.t),
    }),
    '',
  );
  if (result.zip5)
    lines.push(
      ctx.t('cli.simulate.zip5Mode', {
        zips: result.zip5.zips,
        own: result.zip5.withOwnTransit,
        zip3s: result.zip5.zip3sAffected,
      }),
      '',
    );
  lines.push(ctx.t('cli.simulate.speedTitle'));
  const tierRows = SIZE_TIERS.map((tier) => {
    const t = result.tiers[tier];
    return [
      ctx.t(`policy.tier.${tier}`),
      percent(t.le1, ctx.lang),
      percent(t.le2, ctx.lang),
      percent(t.le3, ctx.lang),
      percent(t.le5, ctx.lang),
      percent(t.none, ctx.lang),
    ];
  });
  lines.push(
    table(
      [
        ctx.t('cli.simulate.tier'),
        ctx.t('policy.target.le1'),
        ctx.t('policy.target.le2'),
        ctx.t('policy.target.le3'),
        ctx.t('policy.target.le5'),
        ctx.t('cli.simulate.none'),
      ],
      tierRows,
      ['left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
  );
  lines.push(
    result.nationwide
      ? ctx.t('cli.simulate.nationwideYes')
      : ctx.t('cli.simulate.nationwideNo', {
          count: result.missingStates.length,
          states: result.missingStates.map((s) => `${stateName(s, ctx.lang)} (${s})`).join(', '),
        }),
    ctx.t('cli.simulate.sixDays', {
      operation: ctx.t(result.sixDayOperation ? 'cli.simulate.yes' : 'cli.simulate.no'),
      delivery: ctx.t(result.sixDayDelivery ? 'cli.simulate.yes' : 'cli.simulate.no'),
    }),
    ...describeDeliveredWeekdays(result.deliveredWeekdays, ctx.t).map((line) => `  ${line}`),
    ctx.t('cli.simulate.outsideBuyShipping', { share: percent(result.outsideBuyShippingShare, ctx.lang) }),
  );
  const primeOffLine = describePrimeOff(result, settings.primeOffPeriods?.length ?? 0, ctx.t, (share) =>
    percent(share, ctx.lang),
  );
  if (primeOffLine) lines.push(primeOffLine);
  const remoteLine = describeRemotePrime(result, ctx.t, (share) => percent(share, ctx.lang));
  if (remoteLine) lines.push(remoteLine);
  lines.push('');
  if (result.checks.length > 0) {
    lines.push(ctx.t('cli.simulate.checksTitle'));
    for (const c of result.checks) {
      const { value, target } = describeCheck(ctx, c);
      lines.push(
        `  ${ctx.t(c.pass ? 'cli.simulate.pass' : 'cli.simulate.fail')}  ${c.id.padEnd(24)} ${ctx.t(c.messageKey, c.params)}${colon}${value} (${ctx.t('cli.simulate.target', { target })})`,
      );
    }
    lines.push('');
  }
  if (findings.length > 0) {
    lines.push(ctx.t('cli.simulate.findingsTitle'));
    for (const f of findings)
      lines.push(`  ${ctx.t(`cli.severity.${f.severity}`)}  ${f.path}${colon}${renderFinding(ctx.messages, f)}`);
    lines.push('');
  }
  const failed = result.checks.filter((c) => !c.pass).length;
  lines.push(
    result.pass
      ? ctx.t('cli.simulate.resultPass', { count: result.checks.length })
      : ctx.t('cli.simulate.resultFail', { failed, count: result.checks.length }),
  );
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode };
}
