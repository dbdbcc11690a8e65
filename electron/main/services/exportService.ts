/**
 * Exports of a saved scenario: the settings report (PDF or HTML), the CSVs, the scenario JSON and the
 * plan of action (PDF or Markdown). Every export simulates the scenario as stored — never what a
 * screen happens to show — so the same scenario always exports the same numbers. Files are written
 * atomically. Turning HTML into PDF needs a browser engine, so it is passed in (Electron's
 * printToPDF in the app, Chromium's page.pdf() in tests and the CLI).
 */
import path from 'node:path';
import type { Db } from '../db/connection';
import { AppError } from '../../../shared/ipc/result';
import { simulate, type DateRange, type SimulationResult } from '../../../shared/engine/simulate';
import { simulateWindow, simulateWindowSteps } from '../../../shared/engine/simulateWindow';
import { loadGeo } from '../../../shared/geo';
import type { Settings } from '../../../shared/domain/settings';
import { findPolicy } from '../../../shared/catalog/policies';
import { renderSettingsReport } from '../../../shared/report/settingsReport';
import {
  coverageStateCsv,
  coverageZip3Csv,
  metricsCsv,
  scenarioJson,
  scheduleCsv,
} from '../../../shared/report/exports';
import type { CsvExportKind } from '../../../shared/report/csvKinds';
import { translator } from '../../../shared/report/format';
import { planHtml, planMarkdown } from '../../../shared/report/planDocument';
import { writeFileAtomic } from './atomicWrite';
import { NotARegularFileError } from './fileKind';
import { createScenarioService } from './scenarioService';
import { createPlanService } from './planService';
import { createReturnsService } from './returnsService';
import { calendarFor, todayIn, yearsAround } from '../../../shared/returns/deadlines';
import { returnsReportSection } from '../../../shared/returns/reportSection';
import { type Lang } from '../../../shared/i18n/lang';

/** HTML in, PDF bytes out (Letter pages, backgrounds printed, JavaScript off). */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

export interface ExportOptions {
  version: string;
  now?: () => Date;
  /** Time zone dates are printed in (default: this computer's). */
  timeZone?: string;
  /**
   * What a watched export awaits after each week of a window (default: one turn of the event loop, so
   * main answers progress and cancel calls). The end-to-end tests hold it at a chosen week to look at
   * the progress there, as a slow machine would show it, whatever the speed of theirs.
   */
  betweenWeeks?: (done: number, total: number) => Promise<void>;
}

/** Sections of the settings report printed only when asked for. */
export interface ReportExtras {
  /** The workspace's returns register and SAFE-T claims, due dates as of today in the scenario warehouse's calendar. */
  returns?: boolean;
  /** Whose calendar the returns section uses (absent or unknown: the scenario's first warehouse). */
  returnsWarehouseId?: string;
  /** With a weekStart: the consecutive weeks judged as one window (1..13, default 1), as on screen. */
  weeks?: number;
  /** Instead of a weekStart and weeks: the custom date range judged, as on screen. */
  range?: DateRange;
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

/** How an export the user waits for tells how far it is, and learns that it should stop. */
export interface ExportWatch {
  /** After each week of a window of several weeks is simulated. */
  onWeekDone?: (done: number, total: number) => void;
  /** Asked between weeks and before the file is written; true stops the export, which writes nothing. */
  isCancelled?: () => boolean;
}

/** What a stopped export answers: no file was written (not even a partial one). */
export const EXPORT_CANCELLED = { cancelled: true } as const;
export type ExportCancelled = typeof EXPORT_CANCELLED;

/** A turn of the event loop: main answers progress and cancel calls between two weeks. */
const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

type Loaded = { settings: Settings; result: SimulationResult };

/**
 * A file name for an export that is safe on Windows, macOS and Linux: the scenario name without
 * characters file systems refuse, plus what it is and the date.
 * @example
 * exportFileName('Sample — Columbus, OH', 'report', '2026-06-10', 'pdf')
 * // 'Sample — Columbus, OH - report - 2026-06-10.pdf'
 */
export function exportFileName(scenarioName: string, what: string, date: string, ext: string): string {
  // Cut by whole characters (never half an emoji) and by UTF-8 bytes: file names are limited to
  // 255 bytes, and "- report - 2026-06-10.pdf" needs room too.
  const chars: string[] = [];
  let bytes = 0;
  for (const c of scenarioName) {
    const safe = c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? '_' : c;
    const size = Buffer.byteLength(safe, 'utf8');
    if (chars.length >= 80 || bytes + size > 150) break;
    chars.push(safe);
    bytes += size;
  }
  const safe = chars.join('').replace(/[. ]+$/, '') || 'ShipWeek';
  return `${safe} - ${what} - ${date}.${ext}`;
}

export function createExportService(db: Db, options: ExportOptions) {
  const now = options.now ?? (() => new Date());
  const scenarios = createScenarioService(db, now);
  const plans = createPlanService(db, now);
  const returns = createReturnsService(db, now);
  const timeZone = () => options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const betweenWeeks = options.betweenWeeks ?? nextTurn;

  /** The scenario as stored, once the policy asked for is known to exist. */
  function storedSettings(scenarioId: number, policyId?: string): Settings {
    const { settings } = scenarios.get(scenarioId);
    if (policyId !== undefined && !findPolicy(settings, policyId)) {
      throw new AppError('invalid', `Unknown policy profile ${policyId}.`, {
        key: 'reports.error.unknownPolicy',
        params: { policyId },
      });
    }
    return settings;
  }

  /**
   * The stored scenario simulated over `weekStart` (absent = the typical week), over `weeks`
   * consecutive weeks from it, or over a date range, with the CLI's simulateWindow (the same figures as
   * on screen).
   */
  function load(scenarioId: number, policyId?: string, weekStart?: string, weeks = 1, range?: DateRange): Loaded {
    const settings = storedSettings(scenarioId, policyId);
    // 'auto': ZIP5 mode when the plan has ZIP5 transit overrides, as the Simulation page runs it.
    if (range !== undefined)
      return { settings, result: simulateWindow(settings, loadGeo(), { policyId, range, destinations: 'auto' }) };
    if (weekStart !== undefined && weeks > 1)
      return {
        settings,
        result: simulateWindow(settings, loadGeo(), { policyId, weekStart, weeks, destinations: 'auto' }),
      };
    return { settings, result: simulate(settings, loadGeo(), { policyId, weekStart, destinations: 'auto' }) };
  }

  // Files written by this service since the workspace opened: the only ones the page may ask to
  // open or show in their folder (export:reveal).
  const written = new Set<string>();

  function write(target: string, data: string | Uint8Array): WrittenFile {
    try {
      writeFileAtomic(target, data);
    } catch (e) {
      if (e instanceof NotARegularFileError) {
        throw new AppError(
          'invalid',
          `${e.message} ShipWeek writes only to regular files or new names; choose another name.`,
          { key: `reports.error.target.${e.kind}`, params: { file: target } },
        );
      }
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      throw new AppError('storage', `Could not write ${path.basename(target)} (${code}).`, {
        key: 'reports.error.cannotWrite',
        params: { file: path.basename(target), code },
      });
    }
    written.add(target);
    return { path: target, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
  }

  /** load() giving the event loop a turn after each week of a window, with progress; stops when asked. */
  async function loadWatched(
    scenarioId: number,
    policyId: string | undefined,
    weekStart: string | undefined,
    weeks = 1,
    watch: ExportWatch,
    range?: DateRange,
  ): Promise<Loaded | ExportCancelled> {
    if (watch.isCancelled?.()) return EXPORT_CANCELLED;
    if (range === undefined && (weekStart === undefined || weeks <= 1))
      return load(scenarioId, policyId, weekStart, weeks);
    const settings = storedSettings(scenarioId, policyId);
    // A range walks the Sunday–Saturday weeks covering it, one per step, like a window of weeks.
    const period = range !== undefined ? { range } : { weekStart, weeks };
    const steps = simulateWindowSteps(settings, loadGeo(), { policyId, ...period, destinations: 'auto' });
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return { settings, result: step.value };
      watch.onWeekDone?.(step.value.done, step.value.total);
      await betweenWeeks(step.value.done, step.value.total);
      if (watch.isCancelled?.()) return EXPORT_CANCELLED;
    }
  }

  function reportFrom({ settings, result }: Loaded, lang: Lang, extras: ReportExtras): string {
    const extraSections: string[] = [];
    if (extras.returns) {
      // As the CLI's report --returns does: "today" is the warehouse's date, not this computer's.
      const calendar = calendarFor(settings, extras.returnsWarehouseId, yearsAround(now().getTime()));
      const register = returns.list();
      const tr = translator(lang);
      extraSections.push(
        returnsReportSection(
          register.returns.map((r) => r.entry),
          register.claims.map((c) => c.claim),
          calendar,
          todayIn(calendar.timeZone, now().getTime()),
          tr.t,
        ),
      );
    }
    return renderSettingsReport(settings, result, {
      lang,
      generatedAt: now().toISOString(),
      timeZone: timeZone(),
      version: options.version,
      extraSections,
    });
  }

  function csvFrom({ settings, result }: Loaded, kind: CsvExportKind, lang: Lang): string {
    const tr = translator(lang);
    switch (kind) {
      case 'schedule':
        return scheduleCsv(settings, tr);
      case 'coverageZip3':
        return coverageZip3Csv(result, loadGeo(), tr);
      case 'coverageState':
        return coverageStateCsv(result, tr);
      case 'metrics':
        return metricsCsv(result, tr);
    }
  }

  const service = {
    /** Whether this service wrote `file` (an export of this session). */
    wrote(file: string): boolean {
      return written.has(file);
    },

    /** Suggested file name for an export of this scenario (the save dialog's default). */
    defaultName(scenarioId: number, what: string, ext: string): string {
      return exportFileName(scenarios.get(scenarioId).settings.name, what, now().toISOString().slice(0, 10), ext);
    },

    reportHtml(
      scenarioId: number,
      lang: Lang,
      policyId?: string,
      weekStart?: string,
      extras: ReportExtras = {},
    ): string {
      return reportFrom(load(scenarioId, policyId, weekStart, extras.weeks, extras.range), lang, extras);
    },

    async writeReportPdf(
      scenarioId: number,
      lang: Lang,
      target: string,
      printToPdf: PrintToPdf,
      policyId?: string,
      weekStart?: string,
      extras: ReportExtras = {},
    ): Promise<WrittenFile> {
      const pdf = await printToPdf(service.reportHtml(scenarioId, lang, policyId, weekStart, extras));
      return write(target, pdf);
    },

    /**
     * writeReportPdf for a user who waits: a window's weeks are simulated one per turn of the event
     * loop with their progress, and a stop asked before the file is written leaves no file.
     */
    async exportReportPdf(
      scenarioId: number,
      lang: Lang,
      target: string,
      printToPdf: PrintToPdf,
      options: { policyId?: string; weekStart?: string; extras?: ReportExtras; watch?: ExportWatch },
    ): Promise<WrittenFile | ExportCancelled> {
      const { extras = {}, watch = {} } = options;
      const loaded = await loadWatched(
        scenarioId,
        options.policyId,
        options.weekStart,
        extras.weeks,
        watch,
        extras.range,
      );
      if ('cancelled' in loaded) return EXPORT_CANCELLED;
      const pdf = await printToPdf(reportFrom(loaded, lang, extras));
      // Printing takes a moment too: a stop asked meanwhile still writes nothing.
      if (watch.isCancelled?.()) return EXPORT_CANCELLED;
      return write(target, pdf);
    },

    writeReportHtml(scenarioId: number, lang: Lang, target: string, policyId?: string): WrittenFile {
      return write(target, service.reportHtml(scenarioId, lang, policyId));
    },

    csv(scenarioId: number, kind: CsvExportKind, lang: Lang, weekStart?: string, weeks = 1): string {
      return csvFrom(load(scenarioId, undefined, weekStart, weeks), kind, lang);
    },

    writeCsv(
      scenarioId: number,
      kind: CsvExportKind,
      lang: Lang,
      target: string,
      weekStart?: string,
      weeks = 1,
    ): WrittenFile {
      return write(target, service.csv(scenarioId, kind, lang, weekStart, weeks));
    },

    /** writeCsv for a user who waits: progress by week of the window, and a stop leaves no file. */
    async exportCsv(
      scenarioId: number,
      kind: CsvExportKind,
      lang: Lang,
      target: string,
      options: { weekStart?: string; weeks?: number; range?: DateRange; watch?: ExportWatch },
    ): Promise<WrittenFile | ExportCancelled> {
      const { watch = {} } = options;
      const loaded = await loadWatched(scenarioId, undefined, options.weekStart, options.weeks, watch, options.range);
      if ('cancelled' in loaded) return EXPORT_CANCELLED;
      return write(target, csvFrom(loaded, kind, lang));
    },

    writeScenarioJson(scenarioId: number, target: string): WrittenFile {
      return write(target, scenarioJson(scenarios.get(scenarioId).settings));
    },

    planDocument(scenarioId: number, format: 'html' | 'markdown'): string {
      const stored = plans.get(scenarioId);
      if (!stored)
        throw new AppError('notFound', 'This scenario has no plan of action yet; draft one first.', {
          key: 'reports.plan.error.none',
        });
      const { settings } = scenarios.get(scenarioId);
      const opts = { generatedAt: now().toISOString(), timeZone: timeZone(), version: options.version };
      return format === 'html' ? planHtml(settings, stored.plan, opts) : planMarkdown(settings, stored.plan, opts);
    },

    async writePlan(
      scenarioId: number,
      format: 'pdf' | 'markdown',
      target: string,
      printToPdf: PrintToPdf,
    ): Promise<WrittenFile> {
      if (format === 'markdown') return write(target, service.planDocument(scenarioId, 'markdown'));
      return write(target, await printToPdf(service.planDocument(scenarioId, 'html')));
    },
  };
  return service;
}
export type ExportService = ReturnType<typeof createExportService>;
