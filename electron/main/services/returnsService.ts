/**
 * The returns register and SAFE-T claims of the workspace: list, save one (as the user types),
 * delete one, replace everything (Undo puts back the register as it was), and import an Amazon
 * returns report, merged by order id and item in one transaction. Plain Node over better-sqlite3.
 */
import path from 'node:path';
import type { Db } from '../db/connection';
import { AppError, type FieldError } from '../../../shared/ipc/result';
import { calendarFor, yearsAround } from '../../../shared/returns/deadlines';
import { mergeReturns } from '../../../shared/returns/register';
import { claimProblems } from '../../../shared/returns/safeT';
import type { ReturnsReportSummary } from '../../../shared/returns/returnsReport';
import { importErrorFields } from './fileImport';
import {
  MAX_CLAIMS,
  MAX_RETURNS,
  ReturnEntrySchema,
  SafeTClaimSchema,
  type ReturnEntry,
  type SafeTClaim,
} from '../../../shared/returns/model';
import { renderMessage } from '../../../shared/i18n/render';
import { claimsCsv, returnsCsv } from '../../../shared/returns/export';
import { translator } from '../../../shared/report/format';
import { readReturnsReportFile } from './returnsReportFile';
import { writeFileAtomic } from './atomicWrite';
import { NotARegularFileError } from './fileKind';
import { createScenarioService } from './scenarioService';
import { type Lang } from '../../../shared/i18n/lang';
import { returnsEngine as returnsEngine_en } from '../../../shared/i18n/en/returnsEngine';
import type { Texts } from '../../../shared/i18n/texts';

const returnsMessagesEn: Texts = returnsEngine_en;

export interface StoredReturn {
  id: number;
  entry: ReturnEntry;
}
export interface StoredClaim {
  id: number;
  claim: SafeTClaim;
}
export interface ReturnsRegister {
  returns: StoredReturn[];
  claims: StoredClaim[];
}

interface ReturnRow {
  id: number;
  entry: string;
}
interface ClaimRow {
  id: number;
  claim: string;
}

export function createReturnsService(db: Db, now: () => Date = () => new Date()) {
  const scenarios = createScenarioService(db, now);
  const q = {
    listReturns: db.prepare<[], ReturnRow>('SELECT id, entry FROM return_item ORDER BY id'),
    listClaims: db.prepare<[], ClaimRow>('SELECT id, claim FROM safet_claim ORDER BY id'),
    countReturns: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM return_item'),
    countClaims: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM safet_claim'),
    findReturn: db.prepare<[string, string], { id: number }>(
      'SELECT id FROM return_item WHERE order_id = ? AND item = ?',
    ),
    findClaim: db.prepare<[string], { id: number }>('SELECT id FROM safet_claim WHERE claim_id = ?'),
    insertReturn: db.prepare<[string, string, string, string]>(
      'INSERT INTO return_item (order_id, item, entry, updated_at) VALUES (?, ?, ?, ?)',
    ),
    updateReturn: db.prepare<[string, string, string, string, number]>(
      'UPDATE return_item SET order_id = ?, item = ?, entry = ?, updated_at = ? WHERE id = ?',
    ),
    deleteReturn: db.prepare<[number]>('DELETE FROM return_item WHERE id = ?'),
    insertClaim: db.prepare<[string, string, string]>(
      'INSERT INTO safet_claim (claim_id, claim, updated_at) VALUES (?, ?, ?)',
    ),
    updateClaim: db.prepare<[string, string, string, number]>(
      'UPDATE safet_claim SET claim_id = ?, claim = ?, updated_at = ? WHERE id = ?',
    ),
    deleteClaim: db.prepare<[number]>('DELETE FROM safet_claim WHERE id = ?'),
    clearReturns: db.prepare('DELETE FROM return_item'),
    clearClaims: db.prepare('DELETE FROM safet_claim'),
  };
  const stamp = () => now().toISOString();

  function list(): ReturnsRegister {
    return {
      // Rows are re-validated on the way out, as scenarios are: a hand-edited file cannot reach the page.
      returns: q.listReturns.all().map((r) => ({ id: r.id, entry: ReturnEntrySchema.parse(JSON.parse(r.entry)) })),
      claims: q.listClaims.all().map((r) => ({ id: r.id, claim: SafeTClaimSchema.parse(JSON.parse(r.claim)) })),
    };
  }

  function duplicateReturn(entry: ReturnEntry): never {
    throw new AppError(
      'conflict',
      `Order ${entry.orderId}, item ${entry.item || '(none)'} is already in the register.`,
      {
        key: 'returns.error.duplicateReturn',
        params: { orderId: entry.orderId, item: entry.item },
        fields: [
          {
            field: 'orderId',
            key: 'returns.error.duplicateReturn',
            params: { orderId: entry.orderId, item: entry.item },
            message: 'already in the register',
          },
        ],
      },
    );
  }

  /** Saves one return (id null: a new one) and answers its id; the same order and item twice is refused. */
  function saveReturn(id: number | null, entry: ReturnEntry): { id: number } {
    return db
      .transaction(() => {
        const clash = q.findReturn.get(entry.orderId, entry.item);
        if (clash && clash.id !== id) duplicateReturn(entry);
        const json = JSON.stringify(entry);
        if (id === null) {
          if (q.countReturns.get()!.n >= MAX_RETURNS)
            throw new AppError('invalid', `The register holds at most ${MAX_RETURNS} returns.`, {
              key: 'returns.error.full',
              params: { limit: MAX_RETURNS },
            });
          return { id: Number(q.insertReturn.run(entry.orderId, entry.item, json, stamp()).lastInsertRowid) };
        }
        if (q.updateReturn.run(entry.orderId, entry.item, json, stamp(), id).changes === 0)
          throw new AppError('notFound', `Return ${id} does not exist.`, { key: 'returns.error.notFound' });
        return { id };
      })
      .immediate();
  }

  function claimRefusal(claim: SafeTClaim): void {
    const problems = claimProblems(claim);
    if (problems.length === 0) return;
    const fields: FieldError[] = problems.map((p) => ({
      field: p.field,
      key: p.messageKey,
      params: p.params,
      message: renderMessage(returnsMessagesEn, p.messageKey, p.params),
    }));
    throw new AppError(
      'invalid',
      `Claim ${claim.claimId}: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
      { key: 'returns.error.claimDates', params: { claimId: claim.claimId }, fields },
    );
  }

  /** Saves one claim (id null: a new one); dates that cannot be true together are refused by field. */
  function saveClaim(id: number | null, claim: SafeTClaim): { id: number } {
    claimRefusal(claim);
    return db
      .transaction(() => {
        const clash = q.findClaim.get(claim.claimId);
        if (clash && clash.id !== id) {
          throw new AppError('conflict', `Claim ${claim.claimId} is already recorded.`, {
            key: 'returns.error.duplicateClaim',
            params: { claimId: claim.claimId },
            fields: [
              {
                field: 'claimId',
                key: 'returns.error.duplicateClaim',
                params: { claimId: claim.claimId },
                message: 'already recorded',
              },
            ],
          });
        }
        const json = JSON.stringify(claim);
        if (id === null) {
          if (q.countClaims.get()!.n >= MAX_CLAIMS)
            throw new AppError('invalid', `At most ${MAX_CLAIMS} claims.`, {
              key: 'returns.error.full',
              params: { limit: MAX_CLAIMS },
            });
          return { id: Number(q.insertClaim.run(claim.claimId, json, stamp()).lastInsertRowid) };
        }
        if (q.updateClaim.run(claim.claimId, json, stamp(), id).changes === 0)
          throw new AppError('notFound', `Claim ${id} does not exist.`, { key: 'returns.error.notFound' });
        return { id };
      })
      .immediate();
  }

  /** Puts the whole register back as given (Undo), in one transaction. */
  function replaceAll(returns: readonly ReturnEntry[], claims: readonly SafeTClaim[]): ReturnsRegister {
    for (const c of claims) claimRefusal(c);
    db.transaction(() => {
      q.clearReturns.run();
      q.clearClaims.run();
      const at = stamp();
      const seen = new Set<string>();
      for (const e of returns) {
        const key = `${e.orderId}\u0000${e.item}`;
        if (seen.has(key)) duplicateReturn(e);
        seen.add(key);
        q.insertReturn.run(e.orderId, e.item, JSON.stringify(e), at);
      }
      for (const c of claims) q.insertClaim.run(c.claimId, JSON.stringify(c), at);
    }).immediate();
    return list();
  }

  /**
   * Imports an Amazon returns report into the register, its dates read in the time zone of the
   * scenario's warehouse (the first one unless named). All or nothing: a refused file changes nothing.
   */
  function importReport(
    file: string,
    scenarioId: number,
    warehouseId?: string,
  ): { read: ReturnsReportSummary; added: number; updated: number; unchanged: number; register: ReturnsRegister } {
    const name = path.basename(file);
    const calendar = calendarFor(scenarios.get(scenarioId).settings, warehouseId);
    const r = readReturnsReportFile(file, { timeZone: calendar.timeZone });
    if ('problem' in r) {
      if (r.problem === 'isDirectory')
        throw new AppError('invalid', `${name} is not a file.`, {
          key: 'reports.import.notAFile',
          params: { file: name },
        });
      if (r.problem === 'notText')
        throw new AppError('invalid', `${name} is not UTF-8 text.`, {
          key: 'reports.import.notText',
          params: { file: name },
        });
      throw new AppError('invalid', `${name} cannot be opened (${r.code}).`, {
        key: 'reports.import.cannotRead',
        params: { file: name, code: r.code },
      });
    }
    if (!r.ok) {
      const fields = importErrorFields(name, r.errors);
      throw new AppError('invalid', `${name}: not a usable Amazon returns report; nothing was imported.`, {
        key: 'returns.error.reportRejected',
        params: { file: name, count: fields.length + r.more },
        fields,
      });
    }
    const current = list().returns;
    const merged = mergeReturns(
      current.map((s) => s.entry),
      r.entries,
    );
    if (merged.entries.length > MAX_RETURNS)
      throw new AppError('invalid', `The register would hold more than ${MAX_RETURNS} returns.`, {
        key: 'returns.error.full',
        params: { limit: MAX_RETURNS },
      });
    db.transaction(() => {
      const at = stamp();
      // Rows already there keep their id (the page's edits and Undo refer to it).
      merged.entries.forEach((e, i) => {
        const json = JSON.stringify(e);
        if (i < current.length) {
          if (json !== JSON.stringify(current[i]!.entry))
            q.updateReturn.run(e.orderId, e.item, json, at, current[i]!.id);
        } else q.insertReturn.run(e.orderId, e.item, json, at);
      });
    }).immediate();
    return {
      read: r.summary,
      added: merged.added,
      updated: merged.updated,
      unchanged: merged.unchanged,
      register: list(),
    };
  }

  /** The register or the claims as CSV, with the deadlines as of `today` in the scenario warehouse's calendar. */
  function csv(
    kind: 'returns' | 'claims',
    lang: Lang,
    scenarioId: number,
    today: string,
    warehouseId?: string,
  ): string {
    const tr = translator(lang);
    const t = tr.t;
    const register = list();
    if (kind === 'claims')
      return claimsCsv(
        register.claims.map((c) => c.claim),
        today,
        t,
      );
    return returnsCsv(
      register.returns.map((r) => r.entry),
      calendarFor(scenarios.get(scenarioId).settings, warehouseId, yearsAround(Date.parse(today))),
      today,
      t,
    );
  }

  function writeCsv(
    kind: 'returns' | 'claims',
    lang: Lang,
    scenarioId: number,
    today: string,
    target: string,
    warehouseId?: string,
  ): { path: string; bytes: number } {
    const data = csv(kind, lang, scenarioId, today, warehouseId);
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
    return { path: target, bytes: Buffer.byteLength(data) };
  }

  return {
    list,
    csv,
    writeCsv,
    saveReturn,
    deleteReturn: (id: number) => ({ deleted: q.deleteReturn.run(id).changes > 0 }),
    saveClaim,
    deleteClaim: (id: number) => ({ deleted: q.deleteClaim.run(id).changes > 0 }),
    replaceAll,
    importReport,
  };
}
export type ReturnsService = ReturnType<typeof createReturnsService>;
