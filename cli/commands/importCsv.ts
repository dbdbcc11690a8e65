/**
 * `shipweek import transit|weights|costs <file.csv> --into <settings> --out <new settings> [--force]
 * [--json]`: the app's CSV imports on the command line, with the same parsers (shared/imports/) and
 * the same messages. The input settings file is never changed; the new one is written atomically.
 *
 * - transit: `dest,service,business_days` — merged into the plan's transit overrides (a row replaces
 *   the plan's figure for the same service and destination, as the app's import does);
 * - weights: `zip,weight` — replaces the plan's destination weights;
 * - costs: the label-cost CSV `service,zone,tier,usd` — replaces the cost model's label table (prices
 *   it does not name stay at the defaults), as `shipweek advise --label-costs` reads it for one run.
 */
import { resolve } from 'node:path';
import { DEFAULT_COST_MODEL } from '../../shared/catalog/costDefaults';
import { SettingsSchema, type Settings } from '../../shared/domain/settings';
import type { GeoData } from '../../shared/geo/index';
import { importErrorText, type ImportError } from '../../shared/imports/framework';
import { parseLabelCostCsv, LABEL_COST_CSV_DEFAULTS } from '../../shared/imports/labelCostCsv';
import { parseTransitCsv, TRANSIT_CSV_DEFAULTS } from '../../shared/imports/transitCsv';
import { parseWeightsCsv, WEIGHTS_CSV_DEFAULTS } from '../../shared/imports/weightsCsv';
import { scenarioJson } from '../../shared/report/exports';
import { readFileBounded } from '../../electron/main/services/boundedRead';
import { withTransitTimes } from '../../electron/main/services/transitFiles';
import { badInput, writeFileAtomic, type CliContext, type CommandResult } from '../context';
import { json } from '../format';

export type CsvImportKind = 'transit' | 'weights' | 'costs';

/** Each kind's byte cap: the app's (so a file the app refuses is refused here too). */
const MAX_BYTES: Record<CsvImportKind, number> = {
  transit: TRANSIT_CSV_DEFAULTS.maxBytes,
  weights: WEIGHTS_CSV_DEFAULTS.maxBytes,
  costs: LABEL_COST_CSV_DEFAULTS.maxBytes,
};

/**
 * One problem in the CLI's language, rendered from its key and params: `row 4, field "weight": …`.
 * @example
 * importErrorLine(ctx, 'w.csv', error) // 'w.csv: row 4, field "weight": "-2" is negative; a weight is 0 or more'
 */
export function importErrorLine(ctx: CliContext, file: string, e: ImportError): string {
  return `${file}: ${importErrorText(e, ctx.t(e.messageKey, e.params), ctx.t)}`;
}

/** The file as strict UTF-8 within the kind's cap, or the CLI's message for why not. */
function readCsvFile(
  ctx: CliContext,
  file: string,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; result: CommandResult } {
  const read = readFileBounded(resolve(ctx.cwd, file), maxBytes);
  if (!read.ok) {
    switch (read.problem) {
      case 'isDirectory':
        return { ok: false, result: badInput(ctx.t('cli.error.isDirectory', { file })) };
      case 'tooLarge':
        return {
          ok: false,
          result: badInput(
            read.size === null
              ? ctx.t('cli.error.tooLargeStream', { file, limit: read.limit })
              : ctx.t('cli.error.tooLarge', { file, size: read.size, limit: read.limit }),
          ),
        };
      case 'cannotRead':
        return {
          ok: false,
          result: badInput(
            ctx.t(read.code === 'ENOENT' ? 'cli.error.notFound' : 'cli.error.cannotRead', { file, code: read.code }),
          ),
        };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
  } catch {
    return { ok: false, result: badInput(ctx.t('transitFile.notText', { file })) };
  }
}

export function importCsvFile(
  ctx: CliContext,
  geo: GeoData,
  kind: CsvImportKind,
  args: { file: string; into: string; out: string; json?: boolean },
  settings: Settings,
): CommandResult {
  const read = readCsvFile(ctx, args.file, MAX_BYTES[kind]);
  if (!read.ok) return read.result;

  let next: Settings;
  const lines: string[] = [];
  let report: Record<string, unknown>;
  const refused = (errors: ImportError[], total: number) => {
    const out = [
      ctx.t('cli.import.csvRejected', { file: args.file, count: total }),
      ...errors.map((e) => importErrorLine(ctx, args.file, e)),
    ];
    if (total > errors.length) out.push(ctx.t('cli.error.moreProblems', { count: total - errors.length }));
    return badInput(out.join('\n'));
  };

  if (kind === 'transit') {
    const parsed = parseTransitCsv(read.text, { geo });
    if (!parsed.ok) return refused(parsed.errors, parsed.totalErrors);
    const merged = withTransitTimes(settings, parsed.overrides);
    if (!merged.ok)
      return badInput(ctx.t('transitFile.tooMany', { file: args.file, total: merged.total, max: merged.max }));
    next = merged.settings;
    const m = merged.merge;
    const total = next.transitOverrides.length;
    report = {
      read: { rows: parsed.overrides.length },
      added: m.added,
      changed: m.changed,
      unchanged: m.unchanged,
      total,
    };
    lines.push(
      ctx.t('transitFile.changes', { added: m.added, changed: m.changed.length, unchanged: m.unchanged, total }),
    );
    for (const c of m.changed.slice(0, 50))
      lines.push(`  ${ctx.t('transitFile.change', { service: c.serviceId, dest: c.dest, from: c.from, to: c.to })}`);
  } else if (kind === 'weights') {
    const parsed = parseWeightsCsv(read.text, { geo });
    if (!parsed.ok) return refused(parsed.errors, parsed.totalErrors);
    next = { ...settings, destinationWeights: parsed.weights };
    report = { zips: parsed.count };
    lines.push(ctx.t('cli.import.weightsCsv', { file: args.file, count: parsed.count }));
  } else {
    const parsed = parseLabelCostCsv(read.text);
    if (!parsed.ok) return refused(parsed.errors, parsed.totalErrors);
    const model = settings.costModel ?? DEFAULT_COST_MODEL;
    next = {
      ...settings,
      costModel: { ...model, labelRates: parsed.rates, sources: { ...model.sources, labelRates: args.file } },
    };
    report = { labelRates: parsed.rates.length, replaced: model.labelRates.length };
    lines.push(
      ctx.t('cli.import.labelCosts', {
        file: args.file,
        count: parsed.rates.length,
        replaced: model.labelRates.length,
      }),
    );
  }

  // The schema's own caps decide, as for a settings file read from disk.
  const checked = SettingsSchema.safeParse(next);
  if (!checked.success) {
    return badInput(
      ctx.t('cli.import.invalidResult', {
        file: args.file,
        message: checked.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .slice(0, 5)
          .join('; '),
      }),
    );
  }
  const written = writeFileAtomic(ctx, args.out, scenarioJson(checked.data));
  if (!written.ok) return badInput(written.message);
  if (args.json) return { stdout: json({ ok: true, kind, out: args.out, ...report }), stderr: '', exitCode: 0 };
  lines.push(ctx.t('cli.import.written', { file: args.out, into: args.into }));
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 };
}
