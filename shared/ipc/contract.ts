import { z } from 'zod';
import { SettingsSchema, WarehouseSchema, ZipSchema } from '../domain/settings';
import { PlanOfActionSchema, PlanSectionEditSchema } from '../report/planSchema';
import { CsvExportKindSchema } from '../report/csvKinds';
import { plainText } from '../domain/text';
import { DateRangeSchema, WeekStartSchema } from '../domain/week';
import { MAX_WINDOW_WEEKS } from '../engine/simulateWindow';
import { BacktestResultSchema, OrderReportReadSchema } from './orderReportSchemas';
import { ServiceIdSchema } from '../domain/carrier';
import { ReturnsChannelArgs, ReturnsImportResultSchema, ReturnsRegisterSchema } from './returnsSchemas';
import { IsoDateSchema } from '../time/dateTime';
import { LANGS } from '../i18n/lang';
import { MessageKeySchema } from './result';

/**
 * The ONE IPC contract. Each channel (`domain:verb`) maps to a zod schema for its single argument
 * and one for its result; main parses every call with `arg` before anything runs, the preload
 * exposes only these channels and the renderer's api module is typed from this table.
 */

export const LanguageSchema = z.enum(LANGS);
export const ThemeSchema = z.enum(['light', 'dark', 'system']);
export const PrefsSchema = z.object({
  language: LanguageSchema,
  theme: ThemeSchema,
  /** Scenario the planner screens show; null until the workspace has one. */
  currentScenarioId: z.number().int().positive().nullable(),
});
export type Prefs = z.infer<typeof PrefsSchema>;

export const StartupReportSchema = z.object({
  status: z.enum(['ok', 'created', 'migrated', 'restored', 'recreated']),
  /** Where the damaged database was moved, when it was. */
  quarantinedPath: z.string().nullable(),
  /** The backup the workspace was restored from, when it was. */
  restoredFrom: z.string().nullable(),
  fromVersion: z.number().int().nullable(),
  toVersion: z.number().int(),
  /** Why the workspace was restored or recreated: the file was damaged, or it was missing. */
  cause: z.enum(['damaged', 'missing']).nullable().default(null),
  /** Opened read-only (another program holds the write lock): every save is refused. */
  readOnly: z.boolean().default(false),
  /** Why the start-up backup failed, when it did (the app runs anyway). */
  backupProblem: z.string().nullable().default(null),
});
export type StartupReport = z.infer<typeof StartupReportSchema>;

/** What the user types into the warehouse form; the rest of a warehouse (its week) comes from defaults. */
export const WarehouseDraftSchema = z.object({
  // Names are stored and compared: a lone surrogate or a control character is refused before it reaches SQLite.
  name: plainText(z.string().max(80)),
  zip: z.string().max(10),
  timeZone: z.string().max(64),
});
export type WarehouseDraft = z.infer<typeof WarehouseDraftSchema>;

/**
 * How a new warehouse's week starts: no carrier service yet, a copy of another warehouse's week
 * (its services included), or the sample week. Without it a warehouse starts with no service, so
 * nothing is ever inherited silently.
 */
export const WarehouseStartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }).strict(),
  z.object({ kind: z.literal('copy'), fromId: z.string().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('sample') }).strict(),
]);
export type WarehouseStart = z.infer<typeof WarehouseStartSchema>;

export const ScenarioSummarySchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  isLive: z.boolean(),
  updatedAt: z.string(),
  warehouseCount: z.number().int().nonnegative(),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/** What upgrading an older settings document changed (shared/domain/settingsMigrations.ts), to tell the user. */
export const SettingsNoticeSchema = z.object({
  message: z.string(),
  messageKey: MessageKeySchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ScenarioDocSchema = z.object({
  summary: ScenarioSummarySchema,
  revision: z.number().int().positive(),
  settings: SettingsSchema,
  /**
   * Said when the stored plan was written in an older format whose meaning the upgrade kept by changing it (until it is
   * saved again).
   */
  notices: z.array(SettingsNoticeSchema).default([]),
});
export type ScenarioDoc = z.infer<typeof ScenarioDocSchema>;

const ScenarioName = plainText(z.string().max(120));

/**
 * What a typed ZIP is: a 5-digit code with its city, or (for the explain panel's 3-digit prefix) the
 * prefix with its main city, flagged `prefix`. City names come from resources/geo/cities.json.
 */
export const ZipInfoSchema = z.object({
  zip: z.union([ZipSchema, z.string().regex(/^\d{3}$/)]),
  state: z.string(),
  timeZone: z.string(),
  city: z.string().optional(),
  prefix: z.literal(true).optional(),
});
export type ZipInfo = z.infer<typeof ZipInfoSchema>;

/**
 * Where an export went; `saved: false` when the user cancelled the save dialog, or stopped the export (`cancelled`).
 */
export const ExportResultSchema = z.object({
  saved: z.boolean(),
  path: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  cancelled: z.boolean().optional(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;
export const StoredPlanSchema = z.object({
  scenarioId: z.number().int().positive(),
  revision: z.number().int().positive(),
  updatedAt: z.string(),
  plan: PlanOfActionSchema,
});
export type StoredPlan = z.infer<typeof StoredPlanSchema>;
const ReportLang = LanguageSchema;
const PolicyRef = z.string().min(1).max(64).optional();
/** The week an export simulates: a Monday 'YYYY-MM-DD'; absent = the typical week (as on screen). */
const WeekRef = WeekStartSchema.optional();
/** With weekStart: that many consecutive weeks judged as one window (absent = 1), as on screen. */
const WindowWeeksRef = z.number().int().min(1).max(MAX_WINDOW_WEEKS).optional();
/** Instead of weekStart/weeks: a custom date range (both days included), as the Simulation page judges it. */
const RangeRef = DateRangeSchema.optional();

/**
 * An export simulates one period: a week (or window of weeks) or a date range, never both, so the file
 * never names one period while holding the figures of another.
 */
function onePeriod(arg: { weekStart?: string; weeks?: number; range?: unknown }, ctx: z.RefinementCtx): void {
  if (arg.range === undefined) return;
  for (const field of ['weekStart', 'weeks'] as const)
    if (arg[field] !== undefined)
      ctx.addIssue({ code: 'custom', path: [field], message: `give either ${field} or range, not both` });
}

const None = z.object({}).strict();
const ScenarioRef = z.object({ scenarioId: z.number().int().positive() }).strict();
/** A long call's name, chosen by the page (a random UUID), so it can ask how far the call is and stop it. */
export const TaskIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const TaskRef = z.object({ taskId: TaskIdSchema }).strict();
export const TaskProgressSchema = z.object({
  state: z.enum(['waiting', 'running', 'finished', 'cancelled']),
  bytesRead: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  /** Only for an export over a window of several weeks: the weeks simulated so far, of weeksTotal. */
  weeksDone: z.number().int().nonnegative().optional(),
  weeksTotal: z.number().int().positive().optional(),
});
export type TaskProgressDto = z.infer<typeof TaskProgressSchema>;

export const contract = {
  'app:info': {
    arg: None,
    // fileActions: whether an exported file can be opened or shown in its folder (the desktop app; a
    // browser keeps its downloads to itself).
    result: z.object({
      version: z.string(),
      startup: StartupReportSchema,
      dataDir: z.string(),
      fileActions: z.boolean().default(false),
    }),
  },
  'prefs:get': { arg: None, result: PrefsSchema },
  'prefs:set': { arg: PrefsSchema.partial().strict(), result: PrefsSchema },
  'scenario:list': { arg: None, result: z.array(ScenarioSummarySchema) },
  'scenario:get': { arg: ScenarioRef, result: ScenarioDocSchema },
  /** Autosave: the whole settings document (name aside); refused if someone saved since baseRevision. */
  'scenario:save': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        baseRevision: z.number().int().positive(),
        settings: SettingsSchema,
      })
      .strict(),
    result: z.object({ revision: z.number().int().positive(), updatedAt: z.string() }),
  },
  'scenario:duplicate': {
    arg: z.object({ scenarioId: z.number().int().positive(), name: ScenarioName }).strict(),
    result: ScenarioSummarySchema,
  },
  'scenario:rename': {
    arg: z.object({ scenarioId: z.number().int().positive(), name: ScenarioName }).strict(),
    result: ScenarioSummarySchema,
  },
  'scenario:delete': { arg: ScenarioRef, result: z.object({ deleted: z.literal(true) }) },
  'scenario:setLive': { arg: ScenarioRef, result: z.array(ScenarioSummarySchema) },
  /**
   * A new scenario (not live, not opened) from a complete settings document, e.g. a plan the advisor
   * suggests; a name already in use gets a number, "name (2)".
   */
  'scenario:createFromSettings': {
    arg: z.object({ name: ScenarioName, settings: SettingsSchema }).strict(),
    result: ScenarioSummarySchema,
  },
  'warehouse:list': { arg: ScenarioRef, result: z.array(WarehouseSchema) },
  'warehouse:create': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        draft: WarehouseDraftSchema,
        start: WarehouseStartSchema.optional(),
      })
      .strict(),
    result: WarehouseSchema,
  },
  'warehouse:update': {
    arg: z
      .object({ scenarioId: z.number().int().positive(), id: z.string().min(1).max(64), draft: WarehouseDraftSchema })
      .strict(),
    result: WarehouseSchema,
  },
  'warehouse:delete': {
    arg: z.object({ scenarioId: z.number().int().positive(), id: z.string().min(1).max(64) }).strict(),
    result: z.object({ deleted: z.literal(true) }),
  },
  'geo:lookupZip': { arg: z.object({ zip: z.string().max(10) }).strict(), result: ZipInfoSchema.nullable() },
  // Reports, exports, imports and the plan of action. Files are chosen with OS dialogs in main.
  'export:reportPdf': {
    // includeReturns: the returns and SAFE-T section is printed only when asked for, in the calendar of
    // returnsWarehouseId (the Returns page's choice; absent or unknown: the scenario's first warehouse).
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        lang: ReportLang,
        policyId: PolicyRef,
        weekStart: WeekRef,
        weeks: WindowWeeksRef,
        range: RangeRef,
        includeReturns: z.boolean().optional(),
        returnsWarehouseId: z.string().min(1).max(64).optional(),
        taskId: TaskIdSchema.optional(),
      })
      .strict()
      .superRefine(onePeriod),
    result: ExportResultSchema,
  },
  'export:scenarioJson': { arg: ScenarioRef, result: ExportResultSchema },
  'export:csv': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        kind: CsvExportKindSchema,
        lang: ReportLang,
        weekStart: WeekRef,
        weeks: WindowWeeksRef,
        range: RangeRef,
        taskId: TaskIdSchema.optional(),
      })
      .strict()
      .superRefine(onePeriod),
    result: ExportResultSchema,
  },
  'import:settings': {
    arg: z.object({ lang: ReportLang }).strict(),
    result: z.object({
      imported: z.boolean(),
      scenario: ScenarioSummarySchema.nullable(),
      renamedFrom: z.string().nullable(),
      migratedFrom: z.number().int().nullable(),
      notices: z.array(SettingsNoticeSchema).default([]),
    }),
  },
  'import:transitCsv': {
    arg: ScenarioRef,
    result: z.object({
      imported: z.boolean(),
      count: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    }),
  },
  'plan:get': { arg: ScenarioRef, result: StoredPlanSchema.nullable() },
  // keepEdits: a redraft (e.g. in the other language) that keeps every section text the user changed.
  'plan:draft': {
    arg: z
      .object({ scenarioId: z.number().int().positive(), lang: ReportLang, keepEdits: z.boolean().optional() })
      .strict(),
    result: StoredPlanSchema,
  },
  'plan:save': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        baseRevision: z.number().int().positive(),
        sections: z.array(PlanSectionEditSchema).max(40),
      })
      .strict(),
    result: StoredPlanSchema,
  },
  /** Opens a file this session exported, or shows it in its folder; any other path is refused. */
  'export:reveal': {
    arg: z.object({ path: z.string().min(1).max(4096), action: z.enum(['open', 'showInFolder']) }).strict(),
    result: z.object({ done: z.literal(true) }),
  },
  'plan:export': {
    arg: z.object({ scenarioId: z.number().int().positive(), format: z.enum(['pdf', 'markdown']) }).strict(),
    result: ExportResultSchema,
  },
  // The returns register and SAFE-T claims of the workspace (shared/returns); deadlines are computed where shown.
  'returns:list': { arg: None, result: ReturnsRegisterSchema },
  /** One return, saved as the user types (id null: a new one); the same order and item twice is a conflict. */
  'returns:saveReturn': { arg: ReturnsChannelArgs.saveReturn, result: z.object({ id: z.number().int().positive() }) },
  'returns:deleteReturn': { arg: ReturnsChannelArgs.remove, result: z.object({ deleted: z.boolean() }) },
  /**
   * One SAFE-T claim; dates that cannot be true together (a second dispute, one after its window) are refused by field.
   */
  'returns:saveClaim': { arg: ReturnsChannelArgs.saveClaim, result: z.object({ id: z.number().int().positive() }) },
  'returns:deleteClaim': { arg: ReturnsChannelArgs.remove, result: z.object({ deleted: z.boolean() }) },
  /** The whole register put back as given, in one transaction (Undo). */
  'returns:replaceAll': { arg: ReturnsChannelArgs.replaceAll, result: ReturnsRegisterSchema },
  /**
   * An Amazon returns report (open dialog), read in the time zone of the scenario's warehouse and merged by order id
   * and item; all or nothing.
   */
  'returns:importReport': {
    arg: z
      .object({ scenarioId: z.number().int().positive(), warehouseId: z.string().min(1).max(64).optional() })
      .strict(),
    result: ReturnsImportResultSchema,
  },
  /** The register or the claims as CSV, with deadlines as of `today` (the warehouse's date the page shows). */
  'returns:exportCsv': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        warehouseId: z.string().min(1).max(64).optional(),
        kind: z.enum(['returns', 'claims']),
        lang: ReportLang,
        today: IsoDateSchema,
      })
      .strict(),
    result: ExportResultSchema,
  },
  /** Destination weights (CSV zip,weight) replace the scenario's; `count` = distinct ZIPs imported. */
  'import:destinationWeights': {
    arg: ScenarioRef,
    result: z.object({ imported: z.boolean(), count: z.number().int().nonnegative() }),
  },
  /**
   * An Amazon order report (TSV/CSV, streamed): its Prime orders per ZIP replace the scenario's destination weights,
   * its weekday × hour shape the view profile only with adoptShape.
   */
  'import:orderReport': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        adoptShape: z.boolean().default(false),
        taskId: TaskIdSchema.optional(),
      })
      .strict(),
    result: z.object({
      imported: z.boolean(),
      read: OrderReportReadSchema.nullable(),
      cancelled: z.boolean().default(false),
    }),
  },
  /** The scenario's promises against the ones an Amazon order report records; nothing is written. */
  'backtest:run': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        taskId: TaskIdSchema.optional(),
        /**
         * Other scenarios in force during date ranges (customer's local purchase date, ends included): their orders are
         * judged with them.
         */
        plansInForce: z
          .array(z.object({ scenarioId: z.number().int().positive(), from: IsoDateSchema, to: IsoDateSchema }).strict())
          .max(20)
          .optional(),
      })
      .strict(),
    result: z.object({
      done: z.boolean(),
      read: OrderReportReadSchema.nullable(),
      result: BacktestResultSchema.nullable(),
      cancelled: z.boolean().default(false),
    }),
  },
  /**
   * A USPS service standards file (the plan's one origin) or UPS Time in Transit responses into the scenario's transit
   * overrides; what changed.
   */
  'import:carrierTransit': {
    arg: z
      .object({
        scenarioId: z.number().int().positive(),
        kind: z.enum(['usps-standards', 'ups-tnt']),
        taskId: TaskIdSchema.optional(),
      })
      .strict(),
    result: z.object({
      imported: z.boolean(),
      /** Stopped by the user while the file was read: nothing was imported. */
      cancelled: z.boolean().optional(),
      summary: z
        .object({
          kind: z.enum(['usps-standards', 'ups-tnt']),
          added: z.number().int().nonnegative(),
          changed: z.array(
            z.object({ serviceId: ServiceIdSchema, dest: z.string(), from: z.number().int(), to: z.number().int() }),
          ),
          unchanged: z.number().int().nonnegative(),
          total: z.number().int().nonnegative(),
          zip3: z.number().int().nonnegative(),
          zip5: z.number().int().nonnegative(),
          skipped: z.record(z.string(), z.number().int().nonnegative()),
        })
        .nullable(),
    }),
  },
  /**
   * How far a long call named by `taskId` is (imports of an order report or a carrier's transit file, backtest:run, the
   * report and CSV exports); `waiting` before it starts.
   */
  'task:progress': { arg: TaskRef, result: TaskProgressSchema },
  /**
   * Stops a long call at its next 1 MiB or simulated week (or before it starts); it then answers `cancelled` and writes
   * nothing.
   */
  'task:cancel': { arg: TaskRef, result: z.object({ cancelling: z.boolean() }) },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgOf<C extends Channel> = z.input<Contract[C]['arg']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;
export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

// Compile-time proof that channels.ts lists exactly the contract's channels.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const channelsMatchContract: Exactly<import('./channels').ChannelName, Channel> = true;
