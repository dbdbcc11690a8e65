import { STATES } from '../../../../shared/geo/states';

/*
 * Reads the list of states or ZIP3s an extra weekend delivery day covers, as the user types it:
 * codes separated by commas, spaces or semicolons, any case ("ny, nj ct"). Repeats are dropped and
 * the list is sorted, so the plan holds one canonical list. Every code that cannot be used is named.
 */

export type AreaKind = 'states' | 'zip3s';

/** Why a typed list cannot be used: an i18n key under schedule.extraDays.problem.* and its params. */
export interface AreaProblem {
  key: 'unknownStates' | 'notZip3' | 'unknownZip3s' | 'tooMany';
  params: Record<string, string | number>;
}

export type AreaReading = { value: string[] } | { empty: true } | { problem: AreaProblem };

/** The schema's limits (DeliveryAreaSchema): a list no longer than this. */
export const MAX_AREA_CODES: Readonly<Record<AreaKind, number>> = { states: 60, zip3s: 1000 };

/**
 * @example readAreaList('states', 'ny, nj NJ', () => true) // { value: ['NJ', 'NY'] }
 * @example
 * readAreaList('states', 'NY, XX', () => true)
 * // { problem: { key: 'unknownStates', params: { codes: 'XX', count: 1 } } }
 */
export function readAreaList(kind: AreaKind, text: string, zip3Exists: (zip3: string) => boolean): AreaReading {
  const codes = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .filter((c) => c !== '')
        .map((c) => c.toUpperCase()),
    ),
  ];
  if (codes.length === 0) return { empty: true };
  if (codes.length > MAX_AREA_CODES[kind])
    return { problem: { key: 'tooMany', params: { max: MAX_AREA_CODES[kind], count: codes.length } } };
  if (kind === 'states') {
    const unknown = codes.filter((c) => !Object.hasOwn(STATES, c));
    if (unknown.length)
      return { problem: { key: 'unknownStates', params: { codes: unknown.join(', '), count: unknown.length } } };
    return { value: codes.sort() };
  }
  const malformed = codes.filter((c) => !/^\d{3}$/.test(c));
  if (malformed.length)
    return { problem: { key: 'notZip3', params: { codes: malformed.join(', '), count: malformed.length } } };
  const unknown = codes.filter((c) => !zip3Exists(c));
  if (unknown.length)
    return { problem: { key: 'unknownZip3s', params: { codes: unknown.join(', '), count: unknown.length } } };
  return { value: codes.sort() };
}
