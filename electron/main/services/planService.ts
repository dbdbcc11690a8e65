/**
 * The plan of action stored per scenario: draft it from a fresh simulation of the saved scenario,
 * read it, save the user's edits (autosave, with a revision check so two windows never overwrite
 * each other silently). Plain Node over better-sqlite3; every write is one immediate transaction.
 */
import type { Db } from '../db/connection';
import { AppError } from '../../../shared/ipc/result';
import type { StoredPlan } from '../../../shared/ipc/contract';
import { simulate } from '../../../shared/engine/simulate';
import { loadGeo } from '../../../shared/geo';
import { draftAdvice, draftPlanOfAction } from '../../../shared/report/planOfAction';
import { PlanOfActionSchema, type PlanSectionEdit } from '../../../shared/report/planSchema';
import { createScenarioService } from './scenarioService';
import { type Lang } from '../../../shared/i18n/lang';

interface PlanRow {
  scenario_id: number;
  lang: string;
  content: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export function createPlanService(db: Db, now: () => Date = () => new Date()) {
  const scenarios = createScenarioService(db, now);
  const q = {
    get: db.prepare<[number], PlanRow>('SELECT * FROM plan_of_action WHERE scenario_id = ?'),
    upsert: db.prepare<[number, string, string, string, string]>(
      `INSERT INTO plan_of_action (scenario_id, lang, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (scenario_id) DO UPDATE SET lang = excluded.lang, content = excluded.content, revision = revision + 1, updated_at = excluded.updated_at`,
    ),
    update: db.prepare<[string, string, number]>(
      'UPDATE plan_of_action SET content = ?, revision = revision + 1, updated_at = ? WHERE scenario_id = ?',
    ),
  };

  function read(scenarioId: number): StoredPlan | null {
    const row = q.get.get(scenarioId);
    if (!row) return null;
    return {
      scenarioId,
      revision: row.revision,
      updatedAt: row.updated_at,
      plan: PlanOfActionSchema.parse(JSON.parse(row.content)),
    };
  }

  return {
    get(scenarioId: number): StoredPlan | null {
      scenarios.get(scenarioId); // notFound for an unknown scenario, rather than "no plan"
      return read(scenarioId);
    },

    /**
     * A new draft from the saved scenario (replacing any earlier one: the user asked for it). With
     * keepEdits, every section text the user changed (it differs from what a fresh draft in the
     * stored plan's language says) is kept as written; only untouched texts are redrafted, so a
     * plan can follow the interface into the other language without losing what was typed.
     */
    draft(scenarioId: number, lang: Lang, options: { keepEdits?: boolean } = {}): StoredPlan {
      const { settings } = scenarios.get(scenarioId);
      const geo = loadGeo();
      const result = simulate(settings, geo);
      const advice = draftAdvice(settings, geo);
      // The actions come from the advisor's quantified changes for this very plan (small limits).
      let plan = PlanOfActionSchema.parse(draftPlanOfAction(settings, result, lang, advice));
      const before = options.keepEdits ? read(scenarioId) : null;
      if (before) {
        const asDrafted = new Map(
          draftPlanOfAction(settings, result, before.plan.lang, advice).sections.map((s) => [s.id, s]),
        );
        const previous = new Map(before.plan.sections.map((s) => [s.id, s]));
        const edited = (field: 'rootCause' | 'actions', id: string) => {
          const old = previous.get(id);
          return old !== undefined && old[field] !== asDrafted.get(id)?.[field] ? old[field] : null;
        };
        plan = {
          ...plan,
          sections: plan.sections.map((s) => ({
            ...s,
            rootCause: edited('rootCause', s.id) ?? s.rootCause,
            actions: edited('actions', s.id) ?? s.actions,
          })),
        };
      }
      const at = now().toISOString();
      db.transaction(() => {
        q.upsert.run(scenarioId, lang, JSON.stringify(plan), at, at);
      }).immediate();
      return read(scenarioId)!;
    },

    /** Saves edited section texts; refused when the plan changed since `baseRevision` or a section is unknown. */
    save(scenarioId: number, baseRevision: number, edits: readonly PlanSectionEdit[]): StoredPlan {
      db.transaction(() => {
        const current = read(scenarioId);
        if (!current)
          throw new AppError('notFound', 'This scenario has no plan of action yet; draft one first.', {
            key: 'reports.plan.error.none',
          });
        if (current.revision !== baseRevision)
          throw new AppError('conflict', 'The plan of action was changed elsewhere; reload it before saving.', {
            key: 'reports.plan.error.stale',
          });
        const byId = new Map(edits.map((e) => [e.id, e]));
        const unknown = edits.filter((e) => !current.plan.sections.some((s) => s.id === e.id));
        if (unknown.length)
          throw new AppError('invalid', `Unknown plan section ${unknown[0]!.id}.`, {
            key: 'reports.plan.error.unknownSection',
            params: { id: unknown[0]!.id },
          });
        const sections = current.plan.sections.map((s) => {
          const e = byId.get(s.id);
          return e ? { ...s, rootCause: e.rootCause, actions: e.actions } : s;
        });
        q.update.run(
          JSON.stringify(PlanOfActionSchema.parse({ ...current.plan, sections })),
          now().toISOString(),
          scenarioId,
        );
      }).immediate();
      return read(scenarioId)!;
    },
  };
}
export type PlanService = ReturnType<typeof createPlanService>;
