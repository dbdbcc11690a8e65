import type { StateCreator } from 'zustand';
import { call } from '../lib/api';
import type { AppErrorShape } from '../../../shared/ipc/result';
import type { ResultOf } from '../../../shared/ipc/contract';
import type { ReturnEntry, SafeTClaim } from '../../../shared/returns/model';
import type { StoreState } from './index';
import { type Lang } from '../../../shared/i18n/lang';

type Register = ResultOf<'returns:list'>;
type ImportOutcome = ResultOf<'returns:importReport'>;

/** Undo keeps whole registers: a few hundred rows of small JSON, and Undo of an import is then one step too. */
const UNDO_LIMIT = 50;

/**
 * The returns register and SAFE-T claims in the page: loaded once, each edit saved as it is made
 * (one call per return or claim), and Undo putting the register back as it was before the last
 * change. Typing in one field of one row is one undo step, as in the plan editor.
 */
export interface ReturnsSlice {
  register: Register | null;
  returnsError: AppErrorShape | null;
  /** Registers before each change, oldest first. */
  returnsUndoStack: { returns: ReturnEntry[]; claims: SafeTClaim[] }[];
  returnsEditSession: string | null;
  returnsImport: ImportOutcome | null;
  /**
   * The warehouse whose calendar and time zone the deadlines are read in (a view setting, neither
   * saved nor undone); null or a warehouse the plan no longer has: its first warehouse.
   */
  returnsWarehouseId: string | null;
  setReturnsWarehouse(warehouseId: string | null): void;
  loadReturns(): Promise<void>;
  /** Saves one return (id null: new); `session` names the field being typed in. Answers the id or the refusal. */
  saveReturnEntry(id: number | null, entry: ReturnEntry, session?: string): Promise<{ id: number } | AppErrorShape>;
  deleteReturnEntry(id: number): Promise<void>;
  saveClaimEntry(id: number | null, claim: SafeTClaim, session?: string): Promise<{ id: number } | AppErrorShape>;
  deleteClaimEntry(id: number): Promise<void>;
  importReturnsReport(scenarioId: number, warehouseId?: string): Promise<void>;
  exportReturnsCsv(arg: {
    scenarioId: number;
    warehouseId?: string;
    kind: 'returns' | 'claims';
    lang: Lang;
    today: string;
  }): Promise<void>;
  returnsUndo(): Promise<void>;
}

const snapshot = (r: Register) => ({ returns: r.returns.map((x) => x.entry), claims: r.claims.map((x) => x.claim) });

export const createReturnsSlice: StateCreator<StoreState, [], [], ReturnsSlice> = (set, get) => {
  /** Remembers the register before a change, unless this change continues the same typing. */
  const remember = (session: string | undefined) => {
    const { register, returnsEditSession, returnsUndoStack } = get();
    if (!register) return;
    if (session && session === returnsEditSession) return;
    set({
      returnsUndoStack: [...returnsUndoStack, snapshot(register)].slice(-UNDO_LIMIT),
      returnsEditSession: session ?? null,
    });
  };
  const reload = async () => {
    const res = await call('returns:list', {});
    if (res.ok) set({ register: res.value, returnsError: null });
    else set({ returnsError: res.error });
  };

  return {
    register: null,
    returnsError: null,
    returnsUndoStack: [],
    returnsEditSession: null,
    returnsImport: null,
    returnsWarehouseId: null,

    setReturnsWarehouse: (warehouseId) => set({ returnsWarehouseId: warehouseId }),
    loadReturns: reload,

    async saveReturnEntry(id, entry, session) {
      remember(session);
      const res = await call('returns:saveReturn', { id, entry });
      if (!res.ok) return res.error;
      const register = get().register;
      if (register) {
        const returns =
          id === null
            ? [...register.returns, { id: res.value.id, entry }]
            : register.returns.map((r) => (r.id === id ? { id, entry } : r));
        set({ register: { ...register, returns }, returnsError: null });
      }
      return res.value;
    },

    async deleteReturnEntry(id) {
      remember(undefined);
      const res = await call('returns:deleteReturn', { id });
      if (!res.ok) set({ returnsError: res.error });
      await reload();
    },

    async saveClaimEntry(id, claim, session) {
      remember(session);
      const res = await call('returns:saveClaim', { id, claim });
      if (!res.ok) return res.error;
      const register = get().register;
      if (register) {
        const claims =
          id === null
            ? [...register.claims, { id: res.value.id, claim }]
            : register.claims.map((c) => (c.id === id ? { id, claim } : c));
        set({ register: { ...register, claims }, returnsError: null });
      }
      return res.value;
    },

    async deleteClaimEntry(id) {
      remember(undefined);
      const res = await call('returns:deleteClaim', { id });
      if (!res.ok) set({ returnsError: res.error });
      await reload();
    },

    async importReturnsReport(scenarioId, warehouseId) {
      const before = get().register;
      const res = await call('returns:importReport', warehouseId ? { scenarioId, warehouseId } : { scenarioId });
      if (!res.ok) {
        set({ returnsError: res.error, returnsImport: null });
        return;
      }
      if (!res.value.imported) return;
      if (before)
        set({
          returnsUndoStack: [...get().returnsUndoStack, snapshot(before)].slice(-UNDO_LIMIT),
          returnsEditSession: null,
        });
      set({ register: res.value.register, returnsImport: res.value, returnsError: null });
    },

    async exportReturnsCsv(arg) {
      const res = await call('returns:exportCsv', arg);
      if (!res.ok) set({ returnsError: res.error });
      else if (res.value.saved)
        get().notify({
          severity: 'success',
          text: `Saved ${res.value.path ?? ''}`,
          key: 'returns.page.exported',
          params: { path: res.value.path ?? '' },
        });
    },

    async returnsUndo() {
      const stack = get().returnsUndoStack;
      const last = stack[stack.length - 1];
      if (!last) return;
      const res = await call('returns:replaceAll', last);
      if (!res.ok) {
        set({ returnsError: res.error });
        return;
      }
      set({ register: res.value, returnsUndoStack: stack.slice(0, -1), returnsEditSession: null, returnsError: null });
      get().notify({ severity: 'success', text: 'Last change undone.', key: 'returns.page.undone' });
    },
  };
};
