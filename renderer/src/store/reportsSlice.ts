import type { StateCreator } from 'zustand';
import type { ArgOf, TaskProgressDto } from '../../../shared/ipc/contract';
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import type { ReportCommand } from '../../../shared/ipc/channels';
import type { CsvExportKind } from '../../../shared/report/csvKinds';
import type { Lang } from '../../../shared/i18n/lang';
import { translate as t } from '../app/i18n/useT';
import { call } from '../lib/api';
import { startLongCall, type LongChannel } from '../lib/longCall';
import type { StoreState } from './index';

/** What the last export or import did, shown under the Reports page's buttons. */
export interface ReportOutcome {
  severity: 'success' | 'info';
  text: string;
  /** The file an export just wrote, when it wrote one. */
  file?: string | null;
}

/** An order report being read in main: how far it is, and whether the user asked it to stop. */
export interface OrderImportRun {
  /** Null until main first answers how far it is. */
  progress: TaskProgressDto | null;
  cancelling: boolean;
}

/** An export simulating a window of weeks, or a carrier transit file being read, in main. */
export interface ReportTaskRun extends OrderImportRun {
  kind: 'export' | 'transit';
}

export type CarrierTransitKind = 'usps-standards' | 'ups-tnt';

/**
 * The Reports page's exports and imports. The page's buttons and the File menu call the same
 * actions; a menu command also opens the page, so the user sees what it did.
 */
export interface ReportsSlice {
  /** The language the exports are written in; null follows the app's language. */
  reportLang: Lang | null;
  setReportLang(lang: Lang): void;
  /** The returns register goes into the report PDF only when asked for (it is not part of the plan). */
  reportIncludeReturns: boolean;
  setReportIncludeReturns(include: boolean): void;
  reportBusy: boolean;
  reportOutcome: ReportOutcome | null;
  /** An import refused as invalid, with every problem for the page to list. */
  reportImportError: AppErrorShape | null;
  orderImport: OrderImportRun | null;
  /** The export or carrier transit import running (watched and stoppable), if any. */
  reportTask: ReportTaskRun | null;
  cancelReportTask(): void;
  /** Forgets what the page showed, as leaving it does (the choices start from the defaults again). */
  resetReportsView(): void;

  exportReportPdf(): void;
  exportScenarioJson(): void;
  exportCsv(kind: CsvExportKind): void;
  importSettings(): void;
  importTransitCsv(): void;
  importDestinationWeights(): void;
  importOrderReport(): void;
  importCarrierTransit(kind: CarrierTransitKind): void;
  cancelOrderImport(): void;
  /** Where an export wrote its file (or that the user closed the save dialog, or stopped the export). */
  showExportSaved(r: { saved: boolean; path: string | null; cancelled?: boolean }): void;
  /** Drops imported destination weights: an ordinary edit of the plan (autosaved, undoable). */
  backToPopulationWeights(): void;
  /** A File-menu export or import: opens the Reports page and runs the page's own action. */
  runReportCommand(command: ReportCommand): void;
}

export const createReportsSlice: StateCreator<StoreState, [], [], ReportsSlice> = (set, get) => {
  let cancelOrders: (() => Promise<void>) | null = null;
  let cancelTask: (() => Promise<void>) | null = null;

  const lang = (): Lang => get().reportLang ?? get().prefs.language;

  /**
   * The period the exports simulate: the week(s) or date range chosen here, on the Simulation page or in
   * the compare view — the one the page's label names.
   */
  const weekArg = () => {
    const { week, weeks, range } = get();
    if (range) return { range: { from: range.from, to: range.to } };
    return week === null ? {} : weeks > 1 ? { weekStart: week, weeks } : { weekStart: week };
  };

  const saved = (r: { saved: boolean; path: string | null; cancelled?: boolean }) => get().showExportSaved(r);

  async function run<T>(work: (scenarioId: number) => Promise<Result<T>>, done: (v: T) => void, isImport = false) {
    const scenarioId = get().prefs.currentScenarioId;
    if (scenarioId === null) return;
    set({ reportBusy: true, reportOutcome: null, reportImportError: null });
    // Exports must match what is on screen: an edit that cannot be saved stops them.
    if (!(await get().ensureSaved())) {
      set({ reportBusy: false });
      return;
    }
    const res = await work(scenarioId);
    set({ reportBusy: false });
    if (res.ok) return done(res.value);
    if (isImport && res.error.code === 'invalid') set({ reportImportError: res.error });
    else get().notify({ severity: 'error', text: res.error.message, key: res.error.key, params: res.error.params });
  }

  /** An import into the open scenario: on success the plan is reloaded, so the simulation follows it. */
  function importIntoScenario<T extends { imported: boolean; cancelled?: boolean }>(
    work: (scenarioId: number) => Promise<Result<T>>,
    doneText: (v: T) => string,
  ) {
    void run(
      work,
      (v) => {
        // Not imported: the file dialog was closed, or the user stopped a long import (then nothing changed either).
        if (!v.imported)
          return set({
            reportOutcome: {
              severity: 'info',
              text: v.cancelled ? t('reports.import.ordersCancelled') : t('reports.cancelled'),
            },
          });
        set({ reportOutcome: { severity: 'success', text: doneText(v) } });
        void get().loadScenario();
      },
      true,
    );
  }

  /** One order report at a time, watched (progress) and stoppable. */
  async function readOrders(arg: Omit<ArgOf<'import:orderReport'>, 'taskId'>) {
    const job = startLongCall('import:orderReport', arg, (progress) =>
      set((s) => (s.orderImport ? { orderImport: { ...s.orderImport, progress } } : {})),
    );
    cancelOrders = job.cancel;
    set({ orderImport: { progress: null, cancelling: false } });
    try {
      return await job.done;
    } finally {
      cancelOrders = null;
      set({ orderImport: null });
    }
  }

  /** An export or a carrier transit import, watched (progress) and stoppable; one at a time (the buttons wait). */
  async function watchedCall<C extends LongChannel>(
    kind: ReportTaskRun['kind'],
    channel: C,
    arg: Omit<ArgOf<C>, 'taskId'>,
  ) {
    const job = startLongCall(channel, arg, (progress) =>
      set((s) => (s.reportTask ? { reportTask: { ...s.reportTask, progress } } : {})),
    );
    cancelTask = job.cancel;
    set({ reportTask: { kind, progress: null, cancelling: false } });
    try {
      return await job.done;
    } finally {
      cancelTask = null;
      set({ reportTask: null });
    }
  }

  const actions: Record<ReportCommand, () => void> = {
    exportReportPdf: () => get().exportReportPdf(),
    exportScenarioJson: () => get().exportScenarioJson(),
    importSettings: () => get().importSettings(),
    importTransitCsv: () => get().importTransitCsv(),
    importDestinationWeights: () => get().importDestinationWeights(),
  };

  return {
    reportLang: null,
    setReportLang(reportLang) {
      set({ reportLang });
    },
    reportIncludeReturns: false,
    setReportIncludeReturns(reportIncludeReturns) {
      set({ reportIncludeReturns });
    },
    reportBusy: false,
    reportOutcome: null,
    reportImportError: null,
    orderImport: null,
    reportTask: null,
    resetReportsView() {
      set({ reportLang: null, reportIncludeReturns: false, reportOutcome: null, reportImportError: null });
    },

    exportReportPdf() {
      const { reportIncludeReturns: includeReturns, returnsWarehouseId } = get();
      const returns = includeReturns ? { includeReturns, ...(returnsWarehouseId ? { returnsWarehouseId } : {}) } : {};
      void run(
        (scenarioId) =>
          watchedCall('export', 'export:reportPdf', { scenarioId, lang: lang(), ...weekArg(), ...returns }),
        saved,
      );
    },
    exportScenarioJson() {
      void run((scenarioId) => call('export:scenarioJson', { scenarioId }), saved);
    },
    exportCsv(kind) {
      void run(
        (scenarioId) => watchedCall('export', 'export:csv', { scenarioId, kind, lang: lang(), ...weekArg() }),
        saved,
      );
    },
    importSettings() {
      void run(
        () => call('import:settings', { lang: lang() }),
        (v) => {
          if (!v.imported || !v.scenario)
            return set({ reportOutcome: { severity: 'info', text: t('reports.cancelled') } });
          set({
            reportOutcome: {
              severity: 'success',
              text: v.renamedFrom
                ? t('reports.import.settingsRenamed', { name: v.scenario.name, original: v.renamedFrom })
                : t('reports.import.settingsDone', { name: v.scenario.name }),
            },
          });
          // A file from an older ShipWeek whose meaning the upgrade kept by changing it: say how.
          get().showPlanNotices({ scenarioName: v.scenario.name, notices: v.notices });
          void get().refreshScenarios();
        },
        true,
      );
    },
    importTransitCsv() {
      importIntoScenario(
        (scenarioId) => call('import:transitCsv', { scenarioId }),
        (v) => t('reports.import.transitDone', { count: v.count, total: v.total }),
      );
    },
    importDestinationWeights() {
      importIntoScenario(
        (scenarioId) => call('import:destinationWeights', { scenarioId }),
        (v) => t('reports.import.weightsDone', { count: v.count }),
      );
    },
    importOrderReport() {
      importIntoScenario(
        (scenarioId) => readOrders({ scenarioId }),
        (v) => {
          const r = v.read!;
          const done = t('reports.import.ordersDone', {
            rows: r.rows,
            orders: r.orders,
            prime: r.primeOrders,
            skipped: r.skipped.total,
            zips: r.primeZips,
          });
          return r.assumedTimeZone
            ? `${done} ${t('reports.import.ordersAssumedZone', { count: r.assumedTimeZone.rows, timeZone: r.assumedTimeZone.timeZone })}`
            : done;
        },
      );
    },
    /** A carrier's transit file into the plan's transit overrides: what was added and what it changed, from → to. */
    importCarrierTransit(kind) {
      importIntoScenario(
        (scenarioId) => watchedCall('transit', 'import:carrierTransit', { scenarioId, kind }),
        (v) => {
          const s = v.summary!;
          const parts = [
            t(kind === 'usps-standards' ? 'reports.import.uspsDone' : 'reports.import.upsDone', {
              added: s.added,
              changed: s.changed.length,
              unchanged: s.unchanged,
              total: s.total,
              zip3: s.zip3,
              zip5: s.zip5,
            }),
          ];
          if (s.changed.length > 0) {
            const list = s.changed
              .slice(0, 10)
              .map((c) =>
                t('reports.import.transitChange', { service: c.serviceId, dest: c.dest, from: c.from, to: c.to }),
              )
              .join('; ');
            parts.push(t('reports.import.transitChanges', { list, more: Math.max(0, s.changed.length - 10) }));
          }
          const skipped = Object.entries(s.skipped);
          if (skipped.length > 0)
            parts.push(t('reports.import.transitSkipped', { list: skipped.map(([k, n]) => `${k} (${n})`).join(', ') }));
          return parts.join(' ');
        },
      );
    },
    showExportSaved(r) {
      set({
        reportOutcome: r.saved
          ? { severity: 'success', text: t('reports.saved', { path: r.path }), file: r.path }
          : { severity: 'info', text: t(r.cancelled ? 'reports.export.stopped' : 'reports.cancelled') },
      });
    },
    cancelOrderImport() {
      const cancel = cancelOrders;
      if (!cancel) return;
      set((s) => (s.orderImport ? { orderImport: { ...s.orderImport, cancelling: true } } : {}));
      void cancel();
    },
    cancelReportTask() {
      const cancel = cancelTask;
      if (!cancel) return;
      set((s) => (s.reportTask ? { reportTask: { ...s.reportTask, cancelling: true } } : {}));
      void cancel();
    },
    backToPopulationWeights() {
      set({ reportImportError: null });
      get().edit((draft) => {
        draft.destinationWeights = { source: 'population' };
      });
      set({ reportOutcome: { severity: 'success', text: t('reports.import.usePopulationDone') } });
    },

    runReportCommand(command) {
      // The command runs once the page is open; if the user stays on a page with an invalid entry, it never runs.
      get().setPage('reports', actions[command]);
    },
  };
};
