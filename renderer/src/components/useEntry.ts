import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useStore } from '../store';

/** How a field reads its text: a value, nothing yet (still typing), empty, or why it cannot be used. */
export type EntryReading<V> = { value: V } | { wait: true } | { empty: true } | { reason: string };

export interface EntryOptions<V> {
  /** Stable id of the field in the plan (e.g. "cutoff:<warehouse>:mon"), for its invalid entry. */
  id: string;
  /** The field's name as the user reads it, for the save status ("Order cutoff on Monday"). */
  label: string;
  /** The plan's value as the field shows it; undefined when there is none (no cutoff). */
  value: V | undefined;
  format(value: V): string;
  read(text: string, final: boolean): EntryReading<V>;
  /** Called with a value the plan can take, or null when the user left an optional field empty. */
  commit(value: V | null): void;
  /** Whether leaving the field empty means "none" (e.g. no cutoff); otherwise empty is refused. */
  allowEmpty: boolean;
  emptyReason: string;
}

/**
 * The behaviour every entry field shares: what is typed stays on screen as typed; a value the plan
 * can take is committed (while typing only once it is complete, so "2" is never saved on the way
 * to "2pm"); an entry it cannot take is kept, explained, and recorded in the store, which then
 * saves nothing and says why until it is fixed or undone (Esc here, or Undo). Emptying a field
 * means "none" only when the user leaves it empty (not while retyping).
 */
export function useEntry<V>({ id, label, value, format, read, commit, allowEmpty, emptyReason }: EntryOptions<V>) {
  const setInvalidEntry = useStore((s) => s.setInvalidEntry);
  const setEditSession = useStore((s) => s.setEditSession);
  const discards = useStore((s) => s.invalidDiscards);
  const shown = value === undefined ? '' : format(value);
  const kept = () => useStore.getState().invalidEntries[id];
  const [text, setText] = useState(() => kept()?.text ?? shown);
  const [problem, setProblem] = useState<string | null>(() => kept()?.reason ?? null);
  /** The value this field itself committed last: the plan echoing it back must not reset the typing. */
  const ownCommit = useRef<string | null>(null);
  const sessionBase = useId();
  const session = useRef(0);

  // A new field id (another warehouse's tab) or a discard: show the kept entry, else the plan's value.
  useEffect(() => {
    const entry = useStore.getState().invalidEntries[id];
    setText(entry ? entry.text : shown);
    setProblem(entry ? entry.reason : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plan's value is handled below
  }, [id, discards]);

  // The plan's value changed (undo, copy day…): show it, unless it is this field's own commit.
  useEffect(() => {
    if (ownCommit.current === shown) return;
    ownCommit.current = null;
    if (useStore.getState().invalidEntries[id]) return; // the user's unfinished entry stays in view
    setText(shown);
    setProblem(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new plan value resets the text
  }, [shown]);

  const clear = () => {
    setProblem(null);
    if (kept()) setInvalidEntry(id, null);
  };
  const refuse = (entryText: string, reason: string) => {
    setProblem(reason);
    setInvalidEntry(id, { label, text: entryText, reason });
  };
  const put = (v: V | null) => {
    const next = v === null ? '' : format(v);
    if (next === shown && (v !== null || value === undefined)) return;
    ownCommit.current = next;
    commit(v);
  };

  const settle = (raw: string, final: boolean) => {
    const r = read(raw, final);
    if ('value' in r) {
      clear();
      if (final) setText(format(r.value));
      put(r.value);
    } else if ('empty' in r) {
      if (!final) return clear();
      if (allowEmpty) {
        clear();
        put(null);
      } else refuse(raw, emptyReason);
    } else if ('wait' in r) clear();
    else refuse(raw.trim(), r.reason);
  };

  return {
    text,
    problem,
    inputProps: {
      value: text,
      onFocus: () => {
        session.current += 1;
        setEditSession(`${sessionBase}:${session.current}`);
      },
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        setText(e.target.value);
        settle(e.target.value, false);
      },
      onBlur: () => {
        settle(text, true);
        setEditSession(null);
      },
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter') settle(text, true);
        else if (e.key === 'Escape' && (text !== shown || problem)) {
          // Esc puts the plan's value back (and stays in the field), as a text box's undo would.
          e.stopPropagation();
          clear();
          setText(shown);
        }
      },
    },
  };
}
