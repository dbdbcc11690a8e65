/**
 * Amazon order reports in the workspace: import as a scenario's destination weights (Prime orders
 * per ZIP5, and — only when asked — the orders' weekday × hour shape as its page-view profile), and
 * backtest a scenario against the promises Amazon made. The report is read streamed
 * (orderReportFile.ts) and checked in full before anything is written: one save at the end, or an
 * error listing the problems and a database exactly as it was. Reading gives the event loop a turn
 * after every 1 MiB, so the app answers progress and cancel calls meanwhile; a cancelled read writes
 * nothing.
 */
import path from 'node:path';
import type { Db } from '../db/connection';
import { AppError } from '../../../shared/ipc/result';
import { loadGeo } from '../../../shared/geo';
import { createBacktest, type BacktestResult } from '../../../shared/backtest/backtest';
import { planRangeMessage, plansInForceProblems } from '../../../shared/backtest/plansInForce';
import { type OrderLine, type OrderReportSummary } from '../../../shared/orders/orderReport';
import { SettingsSchema, type Settings } from '../../../shared/domain/settings';
import { readOrderReportFileAsync } from './orderReportFile';
import { createScenarioService } from './scenarioService';
import { importErrorFields } from './fileImport';

/** What an import or a backtest tells the user it read (the per-ZIP table left out). */
export type OrderReportRead = Omit<OrderReportSummary, 'primeOrdersByZip'> & { primeZips: number };

export interface OrderImportOptions {
  /** Also make the orders' weekday × hour shape the scenario's page-view profile (the user's consent). */
  adoptShape?: boolean;
  /** Bytes read so far and the file's size, after each 1 MiB. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Asked after each 1 MiB: true stops the read and nothing is written. */
  isCancelled?: () => boolean;
}

/** The answer when the user stopped the read: nothing was written. */
export const CANCELLED = { cancelled: true } as const;

function readSummary(summary: OrderReportSummary): OrderReportRead {
  const { primeOrdersByZip, ...rest } = summary;
  return { ...rest, primeZips: Object.keys(primeOrdersByZip).length };
}

export function createOrderImportService(db: Db, now: () => Date = () => new Date()) {
  const scenarios = createScenarioService(db, now);
  const geo = loadGeo();

  /** Reads the report, or throws the AppError that says why it cannot be used (nothing written yet). */
  async function read(
    file: string,
    onOrder: ((line: OrderLine) => void) | undefined,
    options: Pick<OrderImportOptions, 'onProgress' | 'isCancelled'>,
  ): Promise<OrderReportSummary | typeof CANCELLED> {
    const name = path.basename(file);
    const r = await readOrderReportFileAsync(file, {
      geo,
      onOrder,
      onProgress: options.onProgress,
      isCancelled: options.isCancelled,
    });
    if ('problem' in r) {
      switch (r.problem) {
        case 'cancelled':
          return CANCELLED;
        case 'isDirectory':
          throw new AppError('invalid', `${name} is not a file.`, {
            key: 'reports.import.notAFile',
            params: { file: name },
          });
        case 'notText':
          throw new AppError('invalid', `${name} is not UTF-8 text.`, {
            key: 'reports.import.notText',
            params: { file: name },
          });
        case 'cannotRead':
          throw new AppError('invalid', `${name} cannot be opened (${r.code}).`, {
            key: 'reports.import.cannotRead',
            params: { file: name, code: r.code },
          });
      }
    }
    if (!r.ok) {
      const fields = importErrorFields(name, r.errors);
      throw new AppError('invalid', `${name}: not a usable Amazon order report; nothing was imported.`, {
        key: 'reports.import.ordersRejected',
        params: { file: name, count: fields.length },
        fields,
      });
    }
    return r.summary;
  }

  return {
    /**
     * The report's Prime orders per ZIP5 REPLACE the scenario's destination weights (as the weights
     * CSV import does); with `adoptShape`, its weekday × hour shape replaces the page-view profile.
     */
    async importOrderReport(
      scenarioId: number,
      file: string,
      options: OrderImportOptions = {},
    ): Promise<
      { cancelled: false; read: OrderReportRead; revision: number; shapeAdopted: boolean } | typeof CANCELLED
    > {
      const name = path.basename(file);
      scenarios.get(scenarioId); // an unknown scenario is refused before the file is read
      const summary = await read(file, undefined, options);
      if ('cancelled' in summary) return summary;
      // The plan as it is now: other edits may have been saved while the file was read.
      const doc = scenarios.get(scenarioId);
      if (summary.primeOrders === 0) {
        throw new AppError(
          'invalid',
          `${name}: none of its ${summary.orders} orders is a Prime order; nothing was imported.`,
          {
            key: 'reports.import.ordersNoPrime',
            params: { file: name, orders: summary.orders },
          },
        );
      }
      const next: Settings = {
        ...doc.settings,
        destinationWeights: { source: 'custom', byZip: summary.primeOrdersByZip },
      };
      if (options.adoptShape)
        next.viewProfile = { source: 'custom', weights: summary.primeOrdersByWeekdayHour.map((row) => [...row]) };
      const checked = SettingsSchema.safeParse(next);
      if (!checked.success) {
        throw new AppError(
          'invalid',
          `${name}: the imported figures do not fit the plan (${checked.error.issues[0]?.message ?? ''}); nothing was imported.`,
          {
            key: 'reports.import.ordersDoNotFit',
            params: { file: name, message: checked.error.issues[0]?.message ?? '' },
          },
        );
      }
      const saved = scenarios.save(scenarioId, doc.revision, checked.data);
      return {
        cancelled: false,
        read: readSummary(summary),
        revision: saved.revision,
        shapeAdopted: !!options.adoptShape,
      };
    },

    /** ShipWeek's promises for the scenario against the report's; nothing is written. */
    async backtestScenario(
      scenarioId: number,
      file: string,
      options: { worstCount?: number; plansInForce?: { scenarioId: number; from: string; to: string }[] } & Pick<
        OrderImportOptions,
        'onProgress' | 'isCancelled'
      > = {},
    ): Promise<{ cancelled: false; read: OrderReportRead; result: BacktestResult } | typeof CANCELLED> {
      const doc = scenarios.get(scenarioId);
      const plansInForce = (options.plansInForce ?? []).map((p) => {
        const other = scenarios.get(p.scenarioId);
        return { name: other.summary.name, from: p.from, to: p.to, settings: other.settings };
      });
      // Each date gets one plan: a range that ends before it starts, or two that share a date, are refused.
      const problem = plansInForceProblems(plansInForce)[0];
      if (problem) {
        const { id, params } = planRangeMessage(problem);
        const english =
          problem.kind === 'backwards'
            ? `A plan in force from ${problem.plan.from} to ${problem.plan.to} ends before it starts.`
            : `Plans in force may not overlap: "${problem.first.name}" (${problem.first.from} to ${problem.first.to}) and "${problem.second.name}" (${problem.second.from} to ${problem.second.to}) both hold ${problem.from} to ${problem.to}.`;
        throw new AppError('invalid', english, { key: `reports.backtest.${id}`, params });
      }
      const backtest = createBacktest(doc.settings, geo, { worstCount: options.worstCount ?? 20, plansInForce });
      const summary = await read(file, (line) => backtest.add(line), options);
      if ('cancelled' in summary) return summary;
      return { cancelled: false, read: readSummary(summary), result: backtest.finish() };
    },
  };
}
export type OrderImportService = ReturnType<typeof createOrderImportService>;
