/**
 * `shipweek returns <returns-report> [--holidays-from <settings>] [--warehouse <id>] [--today <date>] [--json]`:
 * every return of an Amazon returns report with its refund-by date and status, for a morning script.
 * Exit 1 when a refund is overdue.
 */
import { resolve } from 'node:path';
import type { GeoData } from '../../shared/geo/index';
import { IsoDateSchema } from '../../shared/time/dateTime';
import {
  calendarFor,
  returnDeadline,
  todayIn,
  weekendsOnlyCalendar,
  yearsAround,
  type ReturnStatus,
} from '../../shared/returns/deadlines';
import {
  formatReturnsReportError,
  type ReturnsColumn,
  type ReturnsReportSummary,
} from '../../shared/returns/returnsReport';
import type { ReturnEntry } from '../../shared/returns/model';
import { readReturnsReportFile } from '../../electron/main/services/returnsReportFile';
import { badInput, type CliContext, type CommandResult } from '../context';
import { dateOutOfRange } from '../dateOption';
import { json, table } from '../format';
import { loadSettingsFile } from '../loadSettings';

export interface ReturnsArgs {
  file?: string;
  holidaysFrom?: string;
  warehouse?: string;
  today?: string;
  json?: boolean;
  /** The clock, for tests (epoch ms); default Date.now(). */
  now?: number;
}

/**
 * Reads a returns report for a command, or the exit-2 result that says why it cannot be used.
 * @example readReturnsFile(ctx, 'returns.txt', 'America/New_York', false).ok // true
 */
export function readReturnsFile(
  ctx: CliContext,
  path: string,
  timeZone: string,
  asJson: boolean,
): { ok: true; entries: ReturnEntry[]; summary: ReturnsReportSummary } | { ok: false; result: CommandResult } {
  const read = readReturnsReportFile(resolve(ctx.cwd, path), { timeZone });
  if ('problem' in read) {
    if (read.problem === 'isDirectory')
      return { ok: false, result: badInput(ctx.t('cli.error.isDirectory', { file: path })) };
    if (read.problem === 'notText')
      return { ok: false, result: badInput(ctx.t('cli.orders.notText', { file: path, offset: read.offset })) };
    const key =
      read.code === 'ENOENT'
        ? 'cli.error.notFound'
        : read.code === 'EACCES'
          ? 'cli.error.noAccess'
          : 'cli.error.cannotRead';
    return { ok: false, result: badInput(ctx.t(key, { file: path, code: read.code })) };
  }
  if (!read.ok) {
    const errors = read.errors.map((e) => ({ ...e, message: ctx.t(e.messageKey, e.params) }));
    const lines = [
      ctx.t('cli.returns.rejected', { file: path }),
      ...errors.map((e) => `  ${path}: ${formatReturnsReportError(e)}`),
    ];
    if (read.more > 0) lines.push(`  ${ctx.t('cli.returns.more', { count: read.more })}`);
    return {
      ok: false,
      result: badInput(lines.join('\n'), asJson ? json({ ok: false, file: path, errors, more: read.more }) : ''),
    };
  }
  return { ok: true, entries: read.entries, summary: read.summary };
}

/** @example returnsCommand(ctx, loadGeo(), { file: 'returns.txt', holidaysFrom: 'plan.json', today: '2026-11-30' }) */
export function returnsCommand(ctx: CliContext, geo: GeoData, args: ReturnsArgs): CommandResult {
  if (!args.file) return badInput(`${ctx.t('cli.returns.missingReport')}\n\n${ctx.t('cli.help.returns')}`);
  if (args.today !== undefined) {
    const outOfRange = /^\d{4}-\d{2}-\d{2}$/.test(args.today)
      ? dateOutOfRange(ctx, '--today', args.today, args.today)
      : undefined;
    if (outOfRange) return outOfRange;
    if (!IsoDateSchema.safeParse(args.today).success)
      return badInput(ctx.t('cli.returns.badToday', { value: JSON.stringify(args.today) }));
  }
  let calendar = weekendsOnlyCalendar();
  if (args.holidaysFrom) {
    const loaded = loadSettingsFile(ctx, args.holidaysFrom, geo, !!args.json);
    if (!loaded.ok) return loaded.result;
    const ids = loaded.settings.warehouses.map((w) => w.id);
    if (args.warehouse !== undefined && !ids.includes(args.warehouse)) {
      return badInput(
        ctx.t('cli.returns.unknownWarehouse', {
          id: JSON.stringify(args.warehouse),
          file: args.holidaysFrom,
          ids: ids.join(', '),
        }),
      );
    }
    // The built-in carrier holidays of the years around the day the deadlines are judged on.
    calendar = calendarFor(
      loaded.settings,
      args.warehouse,
      yearsAround(args.today ? Date.parse(args.today) : (args.now ?? Date.now())),
    );
  }
  const today = args.today ?? todayIn(calendar.timeZone, args.now ?? Date.now());

  const read = readReturnsFile(ctx, args.file, calendar.timeZone, !!args.json);
  if (!read.ok) return read.result;

  const rows = read.entries.map((e) => ({ ...e, ...returnDeadline(e, calendar, today) }));
  const count = (s: ReturnStatus) => rows.filter((r) => r.status === s).length;
  const totals = {
    overdue: count('overdue'),
    dueToday: count('dueToday'),
    due: count('due'),
    awaiting: count('awaiting'),
    refunded: count('refunded'),
  };
  const exitCode = totals.overdue > 0 ? 1 : 0;
  const s = read.summary;

  if (args.json) {
    return {
      stdout: json({
        ok: true,
        file: args.file,
        today,
        calendar: {
          warehouseId: calendar.warehouseId,
          timeZone: calendar.timeZone,
          closedDates: calendar.closedDates,
          fromSettings: !!args.holidaysFrom,
        },
        read: s,
        totals,
        returns: rows.map((r) => ({
          orderId: r.orderId,
          item: r.item,
          requestedAt: r.requestedAt,
          receivedAt: r.receivedAt,
          arrivedOn: r.arrivedOn,
          refundBy: r.refundBy,
          status: r.status,
          quantity: r.quantity,
          reason: r.reason,
          refunded: r.refunded,
        })),
      }),
      stderr: '',
      exitCode,
    };
  }

  const out = [
    ctx.t('cli.returns.read', {
      file: args.file,
      format: ctx.t(`cli.orders.format.${s.delimiter}`),
      rows: s.rows,
      // The register's statuses, as the app's import summary counts them.
      toRefund: s.rows - s.notArrived - s.refunded,
      notArrived: s.notArrived,
      refunded: s.refunded,
    }),
    ctx.t('cli.returns.columns', {
      // The reader names found columns by ReturnsColumn only.
      found: (Object.keys(s.columns) as ReturnsColumn[]).map((c) => ctx.t(`returns.column.${c}`)).join(', '),
      missing: s.missingColumns.length
        ? s.missingColumns.map((c) => ctx.t(`returns.column.${c}`)).join(', ')
        : ctx.t('cli.returns.none'),
    }),
    args.holidaysFrom
      ? ctx.t('cli.returns.calendar', {
          warehouse: calendar.warehouseName,
          timeZone: calendar.timeZone,
          closed: calendar.closedDates.length,
          today,
        })
      : ctx.t('cli.returns.weekendsOnly', { timeZone: calendar.timeZone, today }),
  ];
  if (s.assumedTimeZone)
    out.push(ctx.t('cli.returns.assumedZone', { rows: s.assumedTimeZone.rows, timeZone: s.assumedTimeZone.timeZone }));
  out.push('');
  // Most urgent first: overdue, due today, due (by date), then not arrived and refunded.
  const rank: Record<ReturnStatus, number> = { overdue: 0, dueToday: 1, due: 2, awaiting: 3, refunded: 4 };
  const sorted = [...rows].sort(
    (a, b) => rank[a.status] - rank[b.status] || (a.refundBy < b.refundBy ? -1 : a.refundBy > b.refundBy ? 1 : 0),
  );
  out.push(
    table(
      ctx.t('cli.returns.header').split(' | '),
      sorted.map((r) => [
        r.orderId,
        r.item,
        r.arrivedOn || '-',
        r.refundBy || '-',
        ctx.t(`returns.status.${r.status}`),
      ]),
    ),
  );
  out.push('', ctx.t('cli.returns.totals', totals));
  return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode };
}
