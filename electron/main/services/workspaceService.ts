import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { createRepos, type ScenarioRow, type WarehouseRow } from '../db/repos';
import { SettingsSchema, WarehouseSchema, type Settings, type Warehouse } from '../../../shared/domain/settings';
import { upgradeStoredSettings } from '../../../shared/domain/parseSettings';
import { AppError, type FieldError } from '../../../shared/ipc/result';
import type { Prefs, ScenarioSummary, WarehouseDraft, WarehouseStart, ZipInfo } from '../../../shared/ipc/contract';
import { PrefsSchema } from '../../../shared/ipc/contract';
import { sampleSettings } from '../../../shared/catalog/sample';
import { loadGeo } from '../../../shared/geo';
import { cityOfZip, mainCityOfZip3 } from '../../../shared/geo/cities';
import { isValidTimeZone } from '../../../shared/time/zoneNames';

/** The parts of a warehouse kept in its `plan` column: its week, as opposed to its identity. */
type WarehousePlan = Omit<Warehouse, 'id' | 'name' | 'zip' | 'timeZone'>;
/** The parts of a scenario kept in its `settings` column. */
export type ScenarioBody = Omit<Settings, 'name' | 'warehouses'>;

const DEFAULT_PREFS: Prefs = { language: 'en', theme: 'system', currentScenarioId: null };

export function planOf(w: Warehouse): WarehousePlan {
  const { id: _id, name: _name, zip: _zip, timeZone: _tz, ...plan } = w;
  return plan;
}

export function warehouseFromRow(row: WarehouseRow): Warehouse {
  return WarehouseSchema.parse({
    ...JSON.parse(row.plan),
    id: row.id,
    name: row.name,
    zip: row.zip,
    timeZone: row.time_zone,
  });
}

/** An IANA zone name ("America/Chicago"), not an abbreviation like "EST" that Intl also accepts. */
function isIanaTimeZone(tz: string): boolean {
  return isValidTimeZone(tz) && (tz.includes('/') || tz === 'UTC');
}

/**
 * The week a new warehouse starts with when it has no carrier service yet: Monday to Friday with
 * the 14:00 weekday cutoff the help page's rules ask for, and nothing that ships until a service is added.
 */
export function emptyWarehousePlan(): WarehousePlan {
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
  return {
    operatingDays: [...weekdays],
    cutoffs: Object.fromEntries(weekdays.map((d) => [d, '14:00'])),
    serviceCutoffs: {},
    customerCutoffLeadMinutes: 60,
    services: [],
    closures: [],
  };
}

/** Inserts a whole Settings document as a new scenario; used by the first-run seed and imports. */
export function insertScenario(db: Db, settings: Settings, opts: { live: boolean; now: Date }): number {
  const repos = createRepos(db);
  const { name, warehouses, ...body } = settings;
  const at = opts.now.toISOString();
  const info = repos.insertScenario.run(name, opts.live ? 1 : 0, JSON.stringify(body), at, at);
  const scenarioId = Number(info.lastInsertRowid);
  warehouses.forEach((w, i) =>
    repos.insertWarehouse.run(scenarioId, w.id, i, w.name, w.zip, w.timeZone, JSON.stringify(planOf(w))),
  );
  return scenarioId;
}

/** First-run content: the sample workspace, live and selected. */
export function seedSampleWorkspace(db: Db, now: Date): void {
  const id = insertScenario(db, sampleSettings(), { live: true, now });
  createRepos(db).setPref.run('currentScenarioId', JSON.stringify(id));
}

/**
 * Workspace operations behind the IPC handlers: plain Node over better-sqlite3, no Electron, so
 * tests and the CLI drive exactly what the app runs. Every write is one transaction.
 */
export function createWorkspaceService(db: Db, now: () => Date = () => new Date()) {
  const repos = createRepos(db);
  const geo = loadGeo();

  function scenarioRow(id: number): ScenarioRow {
    const row = repos.getScenario.get(id);
    if (!row)
      throw new AppError('notFound', `Scenario ${id} does not exist`, {
        key: 'error.scenarioNotFound',
        params: { id },
      });
    return row;
  }

  /** A 5-digit ZIP that exists, with its city; or a 3-digit prefix with the city most of it lives in. */
  function lookupZip(zip: string): ZipInfo | null {
    if (/^\d{3}$/.test(zip)) {
      const area = geo.zip3s.find((r) => r.zip3 === zip);
      const city = mainCityOfZip3(zip);
      return area ? { zip, state: area.state, timeZone: area.timeZone, prefix: true, ...(city ? { city } : {}) } : null;
    }
    if (!/^\d{5}$/.test(zip) || !geo.zip5Exists(zip)) return null;
    const rec = geo.lookup(zip);
    const city = cityOfZip(zip);
    return rec ? { zip, state: rec.state, timeZone: rec.timeZone, ...(city ? { city } : {}) } : null;
  }

  /** Checks a warehouse draft; returns the cleaned values or throws with one error per field. */
  function checkDraft(scenarioId: number, draft: WarehouseDraft, selfId?: string): WarehouseDraft {
    const name = draft.name.trim();
    const zip = draft.zip.trim();
    const timeZone = draft.timeZone.trim();
    const fields: FieldError[] = [];
    if (!name)
      fields.push({
        field: 'name',
        key: 'warehouses.error.nameRequired',
        params: {},
        message: 'Enter a name for the warehouse.',
      });
    else {
      const clash = repos.findWarehouseByName.get(scenarioId, name);
      if (clash && clash.id !== selfId)
        fields.push({
          field: 'name',
          key: 'warehouses.error.nameTaken',
          params: { name },
          message: `A warehouse named "${name}" already exists.`,
        });
    }
    if (!/^\d{5}$/.test(zip))
      fields.push({
        field: 'zip',
        key: 'warehouses.error.zipFormat',
        params: {},
        message: 'A US ZIP code has exactly 5 digits.',
      });
    else if (!lookupZip(zip))
      fields.push({
        field: 'zip',
        key: 'warehouses.error.zipUnknown',
        params: { zip },
        message: `ZIP code ${zip} does not exist.`,
      });
    if (!isIanaTimeZone(timeZone))
      fields.push({
        field: 'timeZone',
        key: 'warehouses.error.timeZone',
        params: { timeZone },
        message: `"${timeZone}" is not a time zone ShipWeek knows.`,
      });
    if (fields.length > 0) throw new AppError('invalid', fields.map((f) => f.message).join(' '), { fields });
    return { name, zip, timeZone };
  }

  return {
    getPrefs(): Prefs {
      const raw: Record<string, unknown> = { ...DEFAULT_PREFS };
      for (const key of Object.keys(DEFAULT_PREFS)) {
        const row = repos.getPref.get(key);
        // A damaged preference falls back to its default: it must never keep the app from opening.
        if (row) {
          try {
            raw[key] = JSON.parse(row.value);
          } catch {
            /* keep the default */
          }
        }
      }
      const out: Record<string, unknown> = { ...DEFAULT_PREFS };
      for (const key of Object.keys(DEFAULT_PREFS) as (keyof Prefs)[]) {
        if (PrefsSchema.shape[key].safeParse(raw[key]).success) out[key] = raw[key];
      }
      return PrefsSchema.parse(out);
    },

    setPrefs(patch: Partial<Prefs>): Prefs {
      if (patch.currentScenarioId != null) scenarioRow(patch.currentScenarioId);
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch))
          if (value !== undefined) repos.setPref.run(key, JSON.stringify(value));
      }).immediate();
      return this.getPrefs();
    },

    listScenarios(): ScenarioSummary[] {
      return repos.listScenarios.all().map((r) => ({
        id: r.id,
        name: r.name,
        isLive: r.is_live === 1,
        updatedAt: r.updated_at,
        warehouseCount: r.warehouse_count,
      }));
    },

    /** The scenario as a whole settings document, ready for the engine or an export. */
    getSettings(scenarioId: number): Settings {
      const row = scenarioRow(scenarioId);
      // A plan stored by an older ShipWeek is read in today's format (its next save writes that format).
      const { doc } = upgradeStoredSettings(JSON.parse(row.settings) as Record<string, unknown>);
      return SettingsSchema.parse({
        ...doc,
        name: row.name,
        warehouses: repos.listWarehouses.all(scenarioId).map(warehouseFromRow),
      });
    },

    listWarehouses(scenarioId: number): Warehouse[] {
      scenarioRow(scenarioId);
      return repos.listWarehouses.all(scenarioId).map(warehouseFromRow);
    },

    /**
     * Adds a warehouse whose week starts as the user chose (see WarehouseStart): no service (the
     * default, so nothing is inherited unasked), a copy of another warehouse's week — its days,
     * cutoffs and services, not its closures, which belong to that building — or the sample week.
     */
    createWarehouse(scenarioId: number, draft: WarehouseDraft, start: WarehouseStart = { kind: 'empty' }): Warehouse {
      scenarioRow(scenarioId);
      const clean = checkDraft(scenarioId, draft);
      let plan: WarehousePlan;
      if (start.kind === 'copy') {
        const row = repos.getWarehouse.get(scenarioId, start.fromId);
        if (!row)
          throw new AppError('notFound', `Warehouse ${start.fromId} does not exist`, {
            key: 'warehouses.error.copyFromMissing',
          });
        plan = { ...planOf(warehouseFromRow(row)), closures: [] };
      } else if (start.kind === 'sample') plan = planOf(sampleSettings().warehouses[0]!);
      else plan = emptyWarehousePlan();
      const warehouse: Warehouse = WarehouseSchema.parse({ ...plan, ...clean, id: `wh-${randomUUID()}` });
      db.transaction(() => {
        const position = repos.nextPosition.get(scenarioId)!.p;
        repos.insertWarehouse.run(
          scenarioId,
          warehouse.id,
          position,
          warehouse.name,
          warehouse.zip,
          warehouse.timeZone,
          JSON.stringify(planOf(warehouse)),
        );
        repos.touchScenario.run(now().toISOString(), scenarioId);
      }).immediate();
      return warehouse;
    },

    updateWarehouse(scenarioId: number, id: string, draft: WarehouseDraft): Warehouse {
      if (!repos.getWarehouse.get(scenarioId, id))
        throw new AppError('notFound', `Warehouse ${id} does not exist`, { key: 'warehouses.error.notFound' });
      const clean = checkDraft(scenarioId, draft, id);
      db.transaction(() => {
        repos.updateWarehouse.run(clean.name, clean.zip, clean.timeZone, scenarioId, id);
        repos.touchScenario.run(now().toISOString(), scenarioId);
      }).immediate();
      return warehouseFromRow(repos.getWarehouse.get(scenarioId, id)!);
    },

    deleteWarehouse(scenarioId: number, id: string): { deleted: true } {
      db.transaction(() => {
        const info = repos.deleteWarehouse.run(scenarioId, id);
        if (info.changes === 0)
          throw new AppError('notFound', `Warehouse ${id} does not exist`, { key: 'warehouses.error.notFound' });
        repos.touchScenario.run(now().toISOString(), scenarioId);
      }).immediate();
      return { deleted: true };
    },

    lookupZip,
  };
}
export type WorkspaceService = ReturnType<typeof createWorkspaceService>;
