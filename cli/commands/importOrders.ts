/**
 * `shipweek import orders <report> --into <settings> --out <new settings> [--force] [--adopt-shape]
 * [--adopt-volume] [--marketplace-tz <zone>] [--json]`: an Amazon order report as the plan's
 * destination weights (Prime orders per ZIP5), and — only when asked — its weekday × hour shape as the
 * page-view profile and its Prime orders per week as the cost model's volume. The input settings file
 * is never changed; the new one is written atomically and an existing file is kept unless --force.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_COST_MODEL } from '../../shared/catalog/costDefaults';
import { SettingsSchema, type Settings } from '../../shared/domain/settings';
import type { GeoData } from '../../shared/geo/index';
import { scenarioJson } from '../../shared/report/exports';
import { badInput, writeFileAtomic, type CliContext, type CommandResult } from '../context';
import { integer, json } from '../format';
import { loadSettingsFile } from '../loadSettings';
import { readReport, summaryJson, summaryLines } from './orderReport';
import { importTransitFile } from './importTransit';
import { importCsvFile } from './importCsv';

export interface ImportArgs {
  kind?: string;
  file?: string;
  into?: string;
  out?: string;
  force?: boolean;
  json?: boolean;
  adoptShape?: boolean;
  adoptVolume?: boolean;
  marketplaceTz?: string;
  /** usps-standards: the origin ZIP3 whose rows to read (default: the plan's warehouses'). */
  origin?: string;
  onProgress?: (fraction: number, phase: string) => void;
}

const KINDS = ['orders', 'usps-standards', 'ups-tnt', 'transit', 'weights', 'costs'] as const;

export function importCommand(ctx: CliContext, geo: GeoData, args: ImportArgs): CommandResult {
  if (!args.kind || !(KINDS as readonly string[]).includes(args.kind)) {
    return badInput(
      `${ctx.t('cli.import.badKind', { value: JSON.stringify(args.kind ?? ''), kinds: KINDS.join(', ') })}\n\n${ctx.t('cli.help.import')}\n\n${ctx.t('transitFile.help')}`,
    );
  }
  if (!args.file) return badInput(`${ctx.t('cli.orders.missingReport')}\n\n${ctx.t('cli.help.import')}`);
  if (!args.into || !args.out) return badInput(`${ctx.t('cli.import.missingIntoOut')}\n\n${ctx.t('cli.help.import')}`);
  if (resolve(ctx.cwd, args.out) === resolve(ctx.cwd, args.into))
    return badInput(ctx.t('cli.import.sameFile', { file: args.out }));
  if (!args.force && existsSync(resolve(ctx.cwd, args.out)))
    return badInput(ctx.t('cli.sample.exists', { file: args.out }));
  const loaded = loadSettingsFile(ctx, args.into, geo, !!args.json);
  if (!loaded.ok) return loaded.result;
  const paths = { ...args, file: args.file, into: args.into, out: args.out };
  if (args.kind === 'transit' || args.kind === 'weights' || args.kind === 'costs')
    return importCsvFile(ctx, geo, args.kind, paths, loaded.settings);
  if (args.kind !== 'orders')
    return importTransitFile(ctx, geo, args.kind as 'usps-standards' | 'ups-tnt', paths, loaded.settings);

  const read = readReport(ctx, geo, args.file, !!args.json, {
    marketplaceTimeZone: args.marketplaceTz,
    onProgress: args.onProgress,
  });
  if (!read.ok) return read.result;
  const s = read.summary;
  if (s.primeOrders === 0) return badInput(ctx.t('cli.import.noPrime', { file: args.file, orders: s.orders }));

  const next: Settings = { ...loaded.settings, destinationWeights: { source: 'custom', byZip: s.primeOrdersByZip } };
  if (args.adoptShape)
    next.viewProfile = { source: 'custom', weights: s.primeOrdersByWeekdayHour.map((row) => [...row]) };
  if (args.adoptVolume)
    next.costModel = { ...(loaded.settings.costModel ?? DEFAULT_COST_MODEL), weeklyOrders: s.primeOrdersPerWeek };
  // The schema's own caps (ZIP count, weights) decide, as for a settings file read from disk.
  const checked = SettingsSchema.safeParse(next);
  if (!checked.success)
    return badInput(
      ctx.t('cli.import.invalidResult', {
        file: args.file,
        message: checked.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .slice(0, 5)
          .join('; '),
      }),
    );

  const written = writeFileAtomic(ctx, args.out, scenarioJson(checked.data));
  if (!written.ok) return badInput(written.message);

  const n = (x: number) => integer(x, ctx.lang);
  const zips = Object.keys(s.primeOrdersByZip).length;
  if (args.json) {
    return {
      stdout: json({
        ok: true,
        out: args.out,
        read: summaryJson(s),
        destinationWeights: { zips, primeOrders: s.primeOrders },
        viewProfileAdopted: !!args.adoptShape,
        weeklyOrdersAdopted: args.adoptVolume ? s.primeOrdersPerWeek : null,
      }),
      stderr: '',
      exitCode: 0,
    };
  }
  const lines = [
    ...summaryLines(ctx, args.file, s),
    ctx.t('cli.import.weights', { zips: n(zips), prime: n(s.primeOrders) }),
  ];
  lines.push(args.adoptShape ? ctx.t('cli.import.shapeAdopted') : ctx.t('cli.import.shapeNotAdopted'));
  lines.push(
    args.adoptVolume
      ? ctx.t('cli.import.volumeAdopted', { weekly: s.primeOrdersPerWeek })
      : ctx.t('cli.import.volumeNotAdopted', { weekly: s.primeOrdersPerWeek }),
  );
  lines.push(ctx.t('cli.import.written', { file: args.out, into: args.into }));
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 };
}
