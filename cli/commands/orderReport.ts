/**
 * What the order-report commands (`backtest`, `import orders`) share: reading the report streamed
 * with progress, the refusal messages, and the "what was read" lines.
 */
import { resolve } from 'node:path';
import { readOrderReportFile } from '../../electron/main/services/orderReportFile';
import type { GeoData } from '../../shared/geo/index';
import {
  formatOrderReportError,
  type OrderLine,
  type OrderReportSummary,
  type SkipReason,
} from '../../shared/orders/orderReport';
import { badInput, type CliContext, type CommandResult } from '../context';
import { integer, json } from '../format';

export interface ReportReadOptions {
  marketplaceTimeZone?: string;
  onOrder?: (line: OrderLine) => void;
  /** Progress on stderr (0..1 and a label); main passes a terminal writer, tests nothing. */
  onProgress?: (fraction: number, phase: string) => void;
}

export type ReportRead = { ok: true; summary: OrderReportSummary } | { ok: false; result: CommandResult };

/** Reads `path` as an order report, or the exit-2 result that says why it cannot be used. */
export function readReport(
  ctx: CliContext,
  geo: GeoData,
  path: string | undefined,
  asJson: boolean,
  options: ReportReadOptions,
): ReportRead {
  if (!path) return { ok: false, result: badInput(ctx.t('cli.orders.missingReport')) };
  if (options.marketplaceTimeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: options.marketplaceTimeZone });
    } catch {
      return {
        ok: false,
        result: badInput(ctx.t('cli.orders.badTimeZone', { value: JSON.stringify(options.marketplaceTimeZone) })),
      };
    }
  }
  const phase = ctx.t('cli.orders.progress', { file: path });
  let lastShown = -1;
  const read = readOrderReportFile(resolve(ctx.cwd, path), {
    geo,
    marketplaceTimeZone: options.marketplaceTimeZone,
    onOrder: options.onOrder,
    onProgress: (done, total) => {
      if (!options.onProgress || total <= 0) return;
      const pct = Math.floor((done / total) * 100);
      if (pct !== lastShown) options.onProgress(done / total, phase);
      lastShown = pct;
    },
  });
  if ('problem' in read) {
    switch (read.problem) {
      case 'isDirectory':
        return { ok: false, result: badInput(ctx.t('cli.error.isDirectory', { file: path })) };
      case 'notText':
        return { ok: false, result: badInput(ctx.t('cli.orders.notText', { file: path, offset: read.offset })) };
      case 'cannotRead': {
        const key =
          read.code === 'ENOENT'
            ? 'cli.error.notFound'
            : read.code === 'EACCES'
              ? 'cli.error.noAccess'
              : 'cli.error.cannotRead';
        return { ok: false, result: badInput(ctx.t(key, { file: path, code: read.code })) };
      }
    }
  }
  if (!read.ok) {
    const errors = read.errors.map((e) => ({ ...e, message: ctx.t(e.messageKey, e.params) }));
    const lines = [
      ctx.t('cli.orders.rejected', { file: path }),
      ...errors.map((e) => `  ${path}: ${formatOrderReportError(e)}`),
    ];
    return { ok: false, result: badInput(lines.join('\n'), asJson ? json({ ok: false, file: path, errors }) : '') };
  }
  return { ok: true, summary: read.summary };
}

/** "What was read" in a few lines: rows, orders, Prime orders, dates, skips, assumptions. */
export function summaryLines(ctx: CliContext, file: string, s: OrderReportSummary): string[] {
  const n = (x: number) => integer(x, ctx.lang);
  const lines = [
    ctx.t('cli.orders.read', {
      file,
      rows: n(s.rows),
      orders: n(s.orders),
      prime: n(s.primeOrders),
      from: s.firstPurchase?.slice(0, 10) ?? '',
      to: s.lastPurchase?.slice(0, 10) ?? '',
      format: ctx.t(`cli.orders.format.${s.delimiter}`),
    }),
  ];
  if (s.duplicateLines > 0) lines.push(ctx.t('cli.orders.duplicates', { count: n(s.duplicateLines) }));
  if (s.skipped.total > 0) {
    // The reader fills byReason with SkipReason keys only, in the order rows first gave them.
    const reasons = (Object.keys(s.skipped.byReason) as SkipReason[])
      .map((reason) => `${ctx.t(`cli.orders.skip.${reason}`)} ${n(s.skipped.byReason[reason] ?? 0)}`)
      .join(', ');
    lines.push(ctx.t('cli.orders.skipped', { count: s.skipped.total, reasons }));
    for (const e of s.skipped.examples.slice(0, 5))
      lines.push(`  ${formatOrderReportError({ ...e, message: ctx.t(e.messageKey, e.params) })}`);
  }
  if (s.unknownZips.rows > 0)
    lines.push(ctx.t('cli.orders.unknownZips', { count: n(s.unknownZips.rows), zips: s.unknownZips.zips.join(', ') }));
  if (s.assumedTimeZone)
    lines.push(
      ctx.t('cli.orders.assumedTimeZone', { count: n(s.assumedTimeZone.rows), timeZone: s.assumedTimeZone.timeZone }),
    );
  if (s.primeAssumed) lines.push(ctx.t('cli.orders.primeAssumed'));
  if (s.badPromiseDates > 0) lines.push(ctx.t('cli.orders.badPromiseDates', { count: n(s.badPromiseDates) }));
  if (s.missingColumns.length > 0)
    lines.push(
      ctx.t('cli.orders.missingColumns', {
        columns: s.missingColumns.map((c) => ctx.t(`cli.orders.column.${c}`)).join(', '),
      }),
    );
  return lines;
}

/** The summary without the bulky per-ZIP table, for --json. */
export function summaryJson(s: OrderReportSummary) {
  const { primeOrdersByZip, ...rest } = s;
  return { ...rest, primeZips: Object.keys(primeOrdersByZip).length };
}
