import { useEffect, useId, useRef } from 'react';
import { useStore } from '../store';
import type { InvalidEntry } from '../store/plannerSlice';

/**
 * Lets a form that saves as it is typed (a return, a SAFE-T claim…) take part in the store's record
 * of unsaved entries, like the plan's fields: while `entry` is not null (typed input that could not
 * be saved), the save status says Not saved and why, and leaving the page asks first. Undo or
 * "Discard it and leave" calls `reset`, which puts the form back to what was last saved. Closing the
 * form drops its entry. Returns the id to put in the first wrong field's `data-entry-id` (for Show).
 */
export function useUnsavedFormEntry(kind: string, entry: InvalidEntry | null, reset: () => void): string {
  const id = `${kind}:${useId()}`;
  const setInvalidEntry = useStore((s) => s.setInvalidEntry);
  const discards = useStore((s) => s.invalidDiscards);
  const seenDiscards = useRef(discards);
  const resetRef = useRef(reset);
  resetRef.current = reset;

  useEffect(() => {
    setInvalidEntry(id, entry);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compared by content
  }, [id, entry?.label, entry?.text, entry?.reason, setInvalidEntry]);

  useEffect(() => () => setInvalidEntry(id, null), [id, setInvalidEntry]);

  useEffect(() => {
    if (discards === seenDiscards.current) return;
    seenDiscards.current = discards;
    resetRef.current();
  }, [discards]);

  return id;
}
