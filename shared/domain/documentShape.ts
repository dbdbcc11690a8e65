/**
 * A walk of a raw JSON document along a zod schema, before zod parses it, for what zod alone does
 * not say about an imported file:
 * - keys the schema does not know: zod drops them without a word, so a `closure` typo imported a
 *   warehouse that shipped on the day meant to be closed. Each one is reported with its path and
 *   the closest known key when one is near ("did you mean `closures`?");
 * - lists and maps over their cap: refused here, by length alone, so a file of a million closures
 *   costs one comparison instead of a million date checks.
 * The walk follows the schema, never the document, so its depth is the schema's whatever the input.
 */
import { z } from 'zod';

/** Caps on the number of entries of a record (z.record has no size check of its own). */
export const entryCaps = z.registry<{ maxEntries: number }>();

/**
 * A record schema refusing more than `max` entries; the cap is registered so the walk can check it
 * before any entry is parsed.
 * @example cappedRecord(z.record(z.string(), z.number()), 10)
 */
export function cappedRecord<T extends z.ZodType<Record<string, unknown>>>(schema: T, max: number): T {
  const capped = schema.refine((value) => Object.keys(value).length <= max, {
    message: `must have at most ${max} entries`,
    params: { messageKey: 'domain.shape.tooManyEntries', max },
  }) as T;
  entryCaps.add(capped, { maxEntries: max });
  return capped;
}

export type ShapeIssue =
  | { kind: 'unknownKey'; path: PropertyKey[]; key: string; suggestion?: string; known: string[] }
  | { kind: 'tooMany'; path: PropertyKey[]; count: number; max: number };

/** Keys longer than this are never a typo of a schema key; they are not compared (edit distance is quadratic). */
const MAX_SUGGEST_LENGTH = 64;
/**
 * Unknown keys that get a "did you mean": far more than anyone reads (the CLI and the import dialog
 * show 50), while a file of 300,000 bad keys does not pay 300,000 typo searches.
 */
const MAX_SUGGESTIONS = 1_000;
/** Unknown keys listed one by one; past this they are only counted (300,000 of them took seconds to describe). */
export const MAX_LISTED_UNKNOWN_KEYS = 1_000;

/**
 * Unknown keys and over-cap lists of `value` read as `schema`. Stops descending into a list over its
 * cap. Parts of the document of the wrong type are left to zod, which says what was expected.
 */
export function inspectShape(
  schema: z.ZodType,
  value: unknown,
  /** Top-level keys read past without a word (copying a huge document to drop them would cost more than the walk). */
  ignoredRootKeys: readonly string[] = [],
): { issues: ShapeIssue[]; /** unknown keys found past MAX_LISTED_UNKNOWN_KEYS */ unlisted: number } {
  const state: WalkState = { issues: [], suggestionsLeft: MAX_SUGGESTIONS, unknownKeys: 0, ignoredRootKeys };
  walk(schema as z.core.$ZodType, value, [], state);
  return { issues: state.issues, unlisted: Math.max(0, state.unknownKeys - MAX_LISTED_UNKNOWN_KEYS) };
}

interface WalkState {
  issues: ShapeIssue[];
  suggestionsLeft: number;
  unknownKeys: number;
  ignoredRootKeys: readonly string[];
}

function reportUnknownKey(state: WalkState, path: PropertyKey[], key: string, known: string[]): void {
  if (state.unknownKeys++ < MAX_LISTED_UNKNOWN_KEYS) state.issues.push(unknownKey(path, key, known, state));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(schema: z.core.$ZodType, value: unknown, path: PropertyKey[], state: WalkState): void {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      walk(def['innerType'] as z.core.$ZodType, value, path, state);
      return;
    case 'pipe':
      walk(def['in'] as z.core.$ZodType, value, path, state);
      return;
    case 'object': {
      if (!isPlainObject(value)) return;
      const shape = def['shape'] as Record<string, z.core.$ZodType>;
      const catchall = def['catchall'] as z.core.$ZodType | undefined;
      const known = Object.keys(shape);
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) walk(shape[key]!, value[key], [...path, key], state);
        else if (
          (!catchall || catchall._zod.def.type === 'never') &&
          !(path.length === 0 && state.ignoredRootKeys.includes(key))
        )
          reportUnknownKey(state, path, key, known);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return;
      const max = maxLength(def);
      if (max !== undefined && value.length > max) {
        state.issues.push({ kind: 'tooMany', path, count: value.length, max });
        return;
      }
      const element = def['element'] as z.core.$ZodType;
      value.forEach((item, i) => walk(element, item, [...path, i], state));
      return;
    }
    case 'record': {
      if (!isPlainObject(value)) return;
      const keys = Object.keys(value);
      const max = entryCaps.get(schema as z.ZodType)?.maxEntries;
      if (max !== undefined && keys.length > max) {
        state.issues.push({ kind: 'tooMany', path, count: keys.length, max });
        return;
      }
      const keyDef = (def['keyType'] as z.core.$ZodType)._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
      // Keys from a fixed list (weekdays, service ids, size tiers) are schema keys: a typo gets a suggestion.
      const allowed =
        keyDef.type === 'enum' ? Object.values(keyDef['entries'] as Record<string, string>).map(String) : undefined;
      const valueType = def['valueType'] as z.core.$ZodType;
      for (const key of keys) {
        if (allowed && !allowed.includes(key)) reportUnknownKey(state, path, key, allowed);
        else walk(valueType, value[key], [...path, key], state);
      }
      return;
    }
    case 'union': {
      const discriminator = def['discriminator'] as string | undefined;
      if (!discriminator || !isPlainObject(value)) return;
      const options = def['options'] as z.core.$ZodType[];
      const option = options.find((o) =>
        (o._zod.propValues?.[discriminator] as Set<unknown> | undefined)?.has(value[discriminator]),
      );
      if (option) walk(option, value, path, state);
      return;
    }
    default:
      return;
  }
}

function maxLength(def: Record<string, unknown>): number | undefined {
  let max: number | undefined;
  for (const check of (def['checks'] as z.core.$ZodCheck[] | undefined) ?? []) {
    const c = check._zod.def as { check: string; maximum?: number; length?: number };
    const limit = c.check === 'max_length' ? c.maximum : c.check === 'length_equals' ? c.length : undefined;
    if (limit !== undefined) max = max === undefined ? limit : Math.min(max, limit);
  }
  return max;
}

function unknownKey(path: PropertyKey[], key: string, known: string[], state: WalkState): ShapeIssue {
  const suggestion = state.suggestionsLeft > 0 ? closestKey(key, known) : undefined;
  state.suggestionsLeft--;
  return suggestion === undefined
    ? { kind: 'unknownKey', path, key, known }
    : { kind: 'unknownKey', path, key, suggestion, known };
}

/**
 * The known key `key` is most likely a typo of: same letters in another case, a missing or extra
 * plural "s", or an edit distance small for the key's length. Undefined when none is close.
 * @example closestKey('closure', ['closures', 'cutoffs']) // 'closures'
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length === 0 || key.length > MAX_SUGGEST_LENGTH) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.min(key.length, best.length) / 3))
    ? best
    : undefined;
}

/** One row of the distance table, reused: keys are at most MAX_SUGGEST_LENGTH long. */
const row = new Int32Array(MAX_SUGGEST_LENGTH + 1);

function editDistance(a: string, b: string): number {
  if (b.length > MAX_SUGGEST_LENGTH) return Infinity;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}
