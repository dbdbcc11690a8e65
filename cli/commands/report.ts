/**
 * `shipweek report <file> --format html|csv|json|pdf --out <path> [--csv schedule|coverageZip3|coverageState|metrics]
 * [--lang en|fr] [--policy <id>] [--week <YYYY-MM-DD> [--weeks N] | --from <YYYY-MM-DD> --to <YYYY-MM-DD>] [--force]`.
 * The same documents as the app's Reports screen, from a settings file: the settings report (HTML, or
 * PDF through a headless Chromium), a CSV export, or the settings JSON re-written in the current
 * format (older format versions migrated). Written atomically; an existing file is kept unless --force.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findPolicy, POLICY_PROFILES } from '../../shared/catalog/policies';
import type { GeoData } from '../../shared/geo/index';
import { renderSettingsReport } from '../../shared/report/settingsReport';
import { coverageStateCsv, coverageZip3Csv, metricsCsv, scenarioJson, scheduleCsv } from '../../shared/report/exports';
import { CSV_EXPORTS, type CsvExportKind } from '../../shared/report/csvKinds';
import { translator } from '../../shared/report/format';
// The one atomic-write helper of the app's exports: plain Node (it imports nothing from Electron), so
// the CLI shares it rather than keeping a second copy.
import { writeFileAtomic } from '../../electron/main/services/atomicWrite';
import { badInput, cannotWriteMessage, type CliContext, type CommandResult } from '../context';
import { readPeriod, simulatePeriod, type PeriodArgs } from '../periodOptions';
import { loadSettingsFile } from '../loadSettings';
import { findChromium, htmlToPdf, launchHeadlessChromium } from '../chromium';
import { readReturnsFile } from './returns';
import { calendarFor, todayIn, yearsAround } from '../../shared/returns/deadlines';
import { returnsReportSection } from '../../shared/returns/reportSection';

export interface ReportArgs extends PeriodArgs {
  file?: string;
  format?: string;
  out?: string;
  csv?: string;
  policy?: string;
  force?: boolean;
  /**
   * An Amazon returns report: the HTML/PDF report gets a returns and SAFE-T section (deadlines as of today in the first
   * warehouse's calendar).
   */
  returns?: string;
}

export interface ReportDeps {
  /** The clock, passed in so tests can pin the date printed on the report. */
  now(): Date;
  findChromium(): string | null;
  /** HTML to PDF with the Chromium at `executablePath`. */
  printPdf(executablePath: string, html: string): Promise<Uint8Array>;
}

export const DEFAULT_REPORT_DEPS: ReportDeps = {
  now: () => new Date(),
  findChromium: () => findChromium(),
  printPdf: async (executablePath, html) => {
    const browser = await launchHeadlessChromium(executablePath);
    try {
      return await htmlToPdf(browser, html);
    } finally {
      await browser.close();
    }
  },
};

const FORMATS = ['html', 'csv', 'json', 'pdf'] as const;

/**
 * Runs the report command. Everything but the PDF is synchronous; a PDF comes back as `pending`.
 * @example reportCommand(ctx, loadGeo(), { file: 'plan.json', format: 'html', out: 'report.html' })
 */
export function reportCommand(
  ctx: CliContext,
  geo: GeoData,
  args: ReportArgs,
  deps: ReportDeps = DEFAULT_REPORT_DEPS,
): CommandResult {
  const format = args.format;
  if (!format || !(FORMATS as readonly string[]).includes(format))
    return badInput(ctx.t('cli.report.badFormat', { value: JSON.stringify(format ?? '') }));
  if (!args.out) return badInput(ctx.t('cli.report.missingOut'));
  if (args.returns && format !== 'html' && format !== 'pdf') return badInput(ctx.t('cli.returns.reportWithout'));
  const csvKind = (args.csv ?? 'metrics') as CsvExportKind;
  if (format === 'csv' && !(CSV_EXPORTS as readonly string[]).includes(csvKind))
    return badInput(ctx.t('cli.report.badCsv', { value: JSON.stringify(args.csv), kinds: CSV_EXPORTS.join(', ') }));
  const target = path.resolve(ctx.cwd, args.out);
  if (!args.force && fs.existsSync(target)) return badInput(ctx.t('cli.report.exists', { file: args.out }));
  if (!fs.existsSync(path.dirname(target)))
    return badInput(ctx.t('cli.error.cannotWrite', { file: args.out, code: 'ENOENT' }));

  const asked = readPeriod(ctx, args);
  if (!('ok' in asked)) return asked;
  const loaded = loadSettingsFile(ctx, args.file, geo, false);
  if (!loaded.ok) return loaded.result;
  const settings = loaded.settings;
  if (args.policy !== undefined && !findPolicy(settings, args.policy)) {
    const known = [...POLICY_PROFILES.map((p) => p.id), ...settings.customPolicies.map((p) => p.id)];
    return badInput(
      ctx.t('cli.simulate.unknownPolicy', { value: JSON.stringify(args.policy), policies: known.join(', ') }),
    );
  }

  const write = (data: string | Uint8Array): CommandResult => {
    try {
      writeFileAtomic(target, data);
    } catch (e) {
      return badInput(cannotWriteMessage(ctx, args.out!, e));
    }
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    return { stdout: `${ctx.t('cli.report.written', { file: args.out!, bytes })}\n`, stderr: '', exitCode: 0 };
  };

  if (format === 'json') return write(scenarioJson(settings));
  // 'auto': ZIP5 mode when the plan has ZIP5 transit overrides, as shipweek simulate and the app run it.
  // A week, --weeks N judged together or a date range, simulated as `shipweek simulate` and the app's exports do.
  const result = simulatePeriod(settings, geo, asked.period, { policyId: args.policy, destinations: 'auto' });
  const tr = translator(ctx.lang);
  if (format === 'csv') {
    const csv = {
      schedule: () => scheduleCsv(settings, tr),
      coverageZip3: () => coverageZip3Csv(result, geo, tr),
      coverageState: () => coverageStateCsv(result, tr),
      metrics: () => metricsCsv(result, tr),
    }[csvKind]();
    return write(csv);
  }
  const extraSections: string[] = [];
  if (args.returns) {
    const calendar = calendarFor(settings, undefined, yearsAround(deps.now().getTime()));
    const read = readReturnsFile(ctx, args.returns, calendar.timeZone, false);
    if (!read.ok) return read.result;
    extraSections.push(
      returnsReportSection(read.entries, [], calendar, todayIn(calendar.timeZone, deps.now().getTime()), ctx.t),
    );
  }
  const html = renderSettingsReport(settings, result, {
    extraSections,
    lang: ctx.lang,
    generatedAt: deps.now().toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    version: readVersion(),
  });
  if (format === 'html') return write(html);

  const chromium = deps.findChromium();
  if (!chromium) return badInput(ctx.t('cli.report.noChromium'));
  return {
    stdout: '',
    stderr: '',
    exitCode: 0,
    pending: deps.printPdf(chromium, html).then(
      (pdf) => write(pdf),
      (e: unknown) =>
        badInput(
          ctx.t('cli.report.pdfFailed', { message: e instanceof Error ? e.message.split('\n')[0]! : String(e) }),
        ),
    ),
  };
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '';
  } catch {
    return '';
  }
}
