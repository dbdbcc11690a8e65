import { useEffect, useState } from 'react';

/** A run shorter than this finishes before a bar would be read: showing it would only flicker. */
export const PROGRESS_DELAY_MS = 300;

/**
 * True once `active` has lasted PROGRESS_DELAY_MS: a quicker call finishes before a progress bar
 * could be read, so showing one would only flicker.
 * @example const late = useLate(running); return late ? <Progress /> : null;
 */
export function useLate(active: boolean): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!active) return setLate(false);
    const timer = setTimeout(() => setLate(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [active]);
  return late;
}
