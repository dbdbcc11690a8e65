import type { Settings } from './settings';
import { WEEKDAYS, type Weekday } from '../time/dateTime';

/** One setting that differs between two plans. `a`/`b` are JSON values; undefined = absent. */
export interface SettingDifference {
  /** Stable, readable path: warehouses and services are keyed by id, not by position. */
  path: string[];
  a: unknown;
  b: unknown;
  /**
   * For a warehouse or carrier service present in only one plan: every setting inside it, with paths
   * relative to it (so "Reno NV added" comes with its ZIP, days, cutoffs and services).
   */
  inside?: SettingDifference[];
}

/** Entries whose whole subtree is worth listing when one plan has them and the other does not. */
const LISTED_INSIDE = new Set(['warehouses', 'services']);

/** Every leaf of a subtree (arrays of scalars count as one leaf), keyed like walk() keys them. */
function leaves(path: string[], rel: string[], value: Json, side: 'a' | 'b', out: SettingDifference[]): void {
  const k = keyed(path, value);
  // A handover ({ kind, times } or { kind, latest }) reads as one value, "Pickup 17:00".
  if (k !== null && typeof k === 'object' && !Array.isArray(k) && !('kind' in k)) {
    // The plan's own order (name, ZIP, days, cutoffs, services as listed), weekdays Monday first.
    const keys = Object.keys(k);
    if (keys.every((x) => (WEEKDAYS as readonly string[]).includes(x)))
      keys.sort((x, y) => WEEKDAYS.indexOf(x as Weekday) - WEEKDAYS.indexOf(y as Weekday));
    for (const key of keys) {
      // Identifiers are what matched the entry, not settings of it.
      if (key === 'id' || key === 'serviceId') continue;
      leaves([...path, key], [...rel, key], k[key]!, side, out);
    }
    return;
  }
  out.push(side === 'a' ? { path: rel, a: value, b: undefined } : { path: rel, a: undefined, b: value });
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Keys arrays of objects by their identity, so reordering does not count as a change. */
function keyed(path: string[], value: Json): Json {
  if (!Array.isArray(value)) return value;
  const last = path[path.length - 1];
  const keyOf = (v: Json): string | null => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
    if (last === 'warehouses' && typeof v['id'] === 'string') return v['id'];
    if (last === 'services' && typeof v['serviceId'] === 'string') return v['serviceId'];
    if (last === 'customPolicies' && typeof v['id'] === 'string') return v['id'];
    if (last === 'holidays' && typeof v['date'] === 'string') return `${v['date']}`;
    if (last === 'transitOverrides' && typeof v['serviceId'] === 'string')
      return `${v['serviceId']}→${String(v['dest'])}`;
    return null;
  };
  if (value.length > 0 && value.every((v) => keyOf(v) !== null)) {
    const out: { [k: string]: Json } = {};
    for (const v of value) out[keyOf(v)!] = v;
    return out;
  }
  return value;
}

/**
 * Weekday keys first, in the week's order (Monday first, as the Weekly schedule shows them), then the
 * other keys by name: "Monday, Tuesday, …" reads as a week, where alphabetical order put Friday first.
 */
function byKey(x: string, y: string): number {
  const dx = (WEEKDAYS as readonly string[]).indexOf(x);
  const dy = (WEEKDAYS as readonly string[]).indexOf(y);
  if (dx >= 0 || dy >= 0) return (dx < 0 ? WEEKDAYS.length : dx) - (dy < 0 ? WEEKDAYS.length : dy) || (x < y ? -1 : 1);
  return x < y ? -1 : x > y ? 1 : 0;
}

function walk(path: string[], a: Json | undefined, b: Json | undefined, out: SettingDifference[]): void {
  const ka = a === undefined ? undefined : keyed(path, a);
  const kb = b === undefined ? undefined : keyed(path, b);
  const isObj = (v: Json | undefined): v is { [k: string]: Json } =>
    v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
  if (isObj(ka) && isObj(kb)) {
    const keys = [...new Set([...Object.keys(ka), ...Object.keys(kb)])].sort(byKey);
    for (const k of keys) walk([...path, k], ka[k], kb[k], out);
    return;
  }
  // Leaves, arrays of scalars (pickup times, operating days) and added/removed subtrees.
  if (JSON.stringify(ka) === JSON.stringify(kb)) return;
  const parent = path[path.length - 2];
  const only = a === undefined ? b : b === undefined ? a : undefined;
  if (
    parent !== undefined &&
    LISTED_INSIDE.has(parent) &&
    only !== undefined &&
    only !== null &&
    typeof only === 'object'
  ) {
    const inside: SettingDifference[] = [];
    leaves(path, [], only, a === undefined ? 'b' : 'a', inside);
    out.push({ path, a, b, inside });
    return;
  }
  out.push({ path, a: a, b: b });
}

/**
 * A warehouse deleted and added again under the same name (a new id) is the same warehouse to the
 * person comparing: b's warehouse takes a's id when the id is unmatched on both sides, so its changes
 * are listed field by field instead of as one warehouse removed and another added.
 */
function pairWarehousesByName(a: Settings, b: Settings): Settings {
  const aIds = new Set(a.warehouses.map((w) => w.id));
  const bIds = new Set(b.warehouses.map((w) => w.id));
  const unmatchedA = a.warehouses.filter((w) => !bIds.has(w.id));
  let changed = false;
  const warehouses = b.warehouses.map((w) => {
    if (aIds.has(w.id)) return w;
    const twin = unmatchedA.find((x) => x.name === w.name);
    if (!twin) return w;
    unmatchedA.splice(unmatchedA.indexOf(twin), 1);
    changed = true;
    return { ...w, id: twin.id };
  });
  return changed ? { ...b, warehouses } : b;
}

/**
 * The settings that differ between two scenarios, name aside, with warehouses and services matched
 * by id. Page-view weights are compared as one value (168 numbers are not worth listing one by one).
 * @example diffSettings(a, b) // [{ path: ['warehouses', 'wh-columbus', 'cutoffs', 'sat'], a: '10:30', b: '11:00' }]
 */
export function diffSettings(a: Settings, b: Settings): SettingDifference[] {
  const out: SettingDifference[] = [];
  b = pairWarehousesByName(a, b);
  const strip = (s: Settings) => {
    const { name: _name, viewProfile, ...rest } = s;
    return {
      ...rest,
      viewProfile: { source: viewProfile.source, weights: JSON.stringify(viewProfile.weights) },
    } as unknown as Json;
  };
  walk([], strip(a), strip(b), out);
  return out;
}
