/**
 * Imports into the workspace: a settings file (JSON) as a NEW scenario, a carrier time-in-transit
 * table (CSV) into a scenario's transit overrides, and destination weights (CSV) as a scenario's
 * destination weights. All are all or nothing: the file is read with a size cap (readFileBounded),
 * decoded as strict UTF-8, parsed and validated in full, and only then
 * written in one transaction — any problem leaves the database exactly as it was and comes back as
 * one error listing every problem with its place (JSON path or line/column; CSV row and column).
 *
 * Name clash on a settings import: the new scenario gets a suffixed name ("Plan (imported)",
 * "Plan (imported 2)", ... in the user's language) rather than an error, because the common case is
 * re-importing an export of a scenario that is still in the workspace; the answer says so.
 */
import path from 'node:path';
import type { Db } from '../db/connection';
import { createRepos } from '../db/repos';
import { AppError, type FieldError } from '../../../shared/ipc/result';
import {
  parseSettings,
  SETTINGS_MAX_BYTES,
  formatSettingsIssue,
  shownIssues,
  type SettingsNotice,
} from '../../../shared/domain/parseSettings';
import { parseTransitCsv, TRANSIT_CSV_DEFAULTS } from '../../../shared/imports/transitCsv';
import { parseWeightsCsv, WEIGHTS_CSV_DEFAULTS } from '../../../shared/imports/weightsCsv';
import type { Settings, TransitOverride } from '../../../shared/domain/settings';
import { MAX_TRANSIT_OVERRIDES } from '../../../shared/domain/settings';
import { loadGeo } from '../../../shared/geo';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import { insertScenario } from './workspaceService';
import { readImportFile, runFileImport } from './fileImport';
import { createScenarioService } from './scenarioService';
import { type Lang } from '../../../shared/i18n/lang';

const SUFFIX = { en: 'imported', fr: 'importé' } as const;
const NAME_MAX = 120;

/** The bounded, strict-UTF-8 read every import starts with (fileImport.ts). */
export { readImportFile };

export function createImportService(db: Db, now: () => Date = () => new Date()) {
  const repos = createRepos(db);
  const scenarios = createScenarioService(db, now);
  const geo = loadGeo();

  /** The name itself when free, else "name (imported)", "name (imported 2)", ... */
  function freeName(name: string, lang: Lang): string {
    if (!repos.findScenarioByName.get(name)) return name;
    for (let i = 1; ; i++) {
      const suffix = ` (${SUFFIX[lang]}${i === 1 ? '' : ` ${i}`})`;
      const candidate = `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
      if (!repos.findScenarioByName.get(candidate)) return candidate;
    }
  }

  return {
    /** Imports a settings file as a new scenario (not live, not selected). */
    importSettingsFile(
      file: string,
      lang: Lang,
    ): {
      scenario: ScenarioSummary;
      renamedFrom: string | null;
      migratedFrom: number | null;
      notices: SettingsNotice[];
    } {
      const name = path.basename(file);
      const text = readImportFile(file, SETTINGS_MAX_BYTES);
      const parsed = parseSettings(text, name, { geo, maxBytes: SETTINGS_MAX_BYTES });
      if (!parsed.ok) {
        // The first problems only (the header gives the total): 300,000 bad keys must not become 300,000 rows.
        const total = parsed.totalErrors ?? parsed.errors.length;
        const fields: FieldError[] = shownIssues(parsed.errors, total).shown.map((issue) => {
          const where = issue.line !== undefined ? `${issue.line}:${issue.column}` : issue.path;
          const params: Record<string, string | number> = issue.messageKey
            ? { ...issue.params, file: name, where }
            : { file: name, where, message: issue.message };
          return {
            field: issue.line !== undefined ? `line ${issue.line}, column ${issue.column}` : issue.path || '(file)',
            // A problem with a translation (unknown key, date range, control character...) is sent by key so the dialog
            // shows it in the user's language.
            key: issue.messageKey ?? 'reports.import.settingsIssue',
            params,
            message: formatSettingsIssue(name, issue),
          };
        });
        throw new AppError(
          'invalid',
          `${name}: not a valid settings file (problems: ${total}); nothing was imported.`,
          {
            key: 'reports.import.settingsRejected',
            params: { file: name, count: total },
            fields,
          },
        );
      }
      const settings: Settings = parsed.settings;
      // The database refuses two warehouses of a scenario with the same name or id: say which, rather than fail late.
      const seenNames = new Map<string, number>();
      const seenIds = new Map<string, number>();
      const clashes: FieldError[] = [];
      settings.warehouses.forEach((w, i) => {
        const key = w.name.trim().toLowerCase();
        if (seenNames.has(key))
          clashes.push({
            field: `warehouses[${i}].name`,
            key: 'reports.import.duplicateWarehouse',
            params: { file: name, name: w.name },
            message: `${name}: warehouses[${i}].name: "${w.name}" is used by two warehouses`,
          });
        if (seenIds.has(w.id))
          clashes.push({
            field: `warehouses[${i}].id`,
            key: 'reports.import.duplicateWarehouse',
            params: { file: name, name: w.id },
            message: `${name}: warehouses[${i}].id: "${w.id}" is used by two warehouses`,
          });
        seenNames.set(key, i);
        seenIds.set(w.id, i);
      });
      if (clashes.length) {
        throw new AppError(
          'invalid',
          `${name}: not a valid settings file (problems: ${clashes.length}); nothing was imported.`,
          { key: 'reports.import.settingsRejected', params: { file: name, count: clashes.length }, fields: clashes },
        );
      }
      let id = 0;
      let finalName = settings.name;
      db.transaction(() => {
        finalName = freeName(settings.name.trim(), lang);
        id = insertScenario(db, { ...settings, name: finalName }, { live: false, now: now() });
      }).immediate();
      return {
        scenario: scenarios.get(id).summary,
        renamedFrom: finalName === settings.name.trim() ? null : settings.name,
        migratedFrom: parsed.migratedFrom ?? null,
        notices: parsed.notices ?? [],
      };
    },

    /**
     * Imports a time-in-transit CSV into a scenario's transit overrides: rows replace existing
     * overrides for the same service and destination, others are kept.
     */
    importTransitCsv(scenarioId: number, file: string): { count: number; total: number; revision: number } {
      const doc = scenarios.get(scenarioId);
      return runFileImport({
        file,
        maxBytes: TRANSIT_CSV_DEFAULTS.maxBytes,
        parse: (text) => parseTransitCsv(text, { geo }),
        rejected: {
          key: 'reports.import.transitRejected',
          english: (name, count) => `${name}: problems in the transit table: ${count}; nothing was imported.`,
        },
        commit: (parsed, name) => {
          const incoming = new Map(parsed.overrides.map((o) => [`${o.serviceId}|${o.dest}`, o]));
          const kept = doc.settings.transitOverrides.filter((o) => !incoming.has(`${o.serviceId}|${o.dest}`));
          const transitOverrides: TransitOverride[] = [...kept, ...parsed.overrides];
          if (transitOverrides.length > MAX_TRANSIT_OVERRIDES) {
            throw new AppError(
              'invalid',
              `${name}: the plan would hold ${transitOverrides.length} transit times; the limit is ${MAX_TRANSIT_OVERRIDES}. Nothing was imported.`,
              {
                key: 'reports.import.transitTooMany',
                params: { file: name, total: transitOverrides.length, max: MAX_TRANSIT_OVERRIDES },
              },
            );
          }
          const saved = scenarios.save(scenarioId, doc.revision, { ...doc.settings, transitOverrides });
          return { count: parsed.overrides.length, total: transitOverrides.length, revision: saved.revision };
        },
      });
    },

    /**
     * Imports destination weights (CSV: zip,weight) into a scenario: the file REPLACES the scenario's
     * destination weights (population or an earlier import) — a weights table is one whole picture
     * of demand, and merging two would double-count ZIPs present in both.
     */
    importDestinationWeights(scenarioId: number, file: string): { count: number; revision: number } {
      const doc = scenarios.get(scenarioId);
      return runFileImport({
        file,
        maxBytes: WEIGHTS_CSV_DEFAULTS.maxBytes,
        parse: (text) => parseWeightsCsv(text, { geo }),
        rejected: {
          key: 'reports.import.weightsRejected',
          english: (name, count) => `${name}: problems in the destination weights: ${count}; nothing was imported.`,
        },
        commit: (parsed) => {
          const saved = scenarios.save(scenarioId, doc.revision, {
            ...doc.settings,
            destinationWeights: parsed.weights,
          });
          return { count: parsed.count, revision: saved.revision };
        },
      });
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
