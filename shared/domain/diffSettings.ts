import type { Settings } from './settings';

/** One setting that differs between two plans. `a`/`b` are JSON values; undefined = absent. */
export interface SettingDifference {
  /** Stable, readable path: warehouses and services are keyed by id, not by position. */
  path: string[];
  a: unknown;
  b: unknown;
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
    if (last === 'transitOverrides' && typeof v['serviceId'] === 'string') return `${v['serviceId']}→${String(v['dest'])}`;
    return null;
  };
  if (value.length > 0 && value.every((v) => keyOf(v) !== null)) {
    const out: { [k: string]: Json } = {};
    for (const v of value) out[keyOf(v)!] = v;
    return out;
  }
  return value;
}

function walk(path: string[], a: Json | undefined, b: Json | undefined, out: SettingDifference[]): void {
  const ka = a === undefined ? undefined : keyed(path, a);
  const kb = b === undefined ? undefined : keyed(path, b);
  const isObj = (v: Json | undefined): v is { [k: string]: Json } => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
  if (isObj(ka) && isObj(kb)) {
    const keys = [...new Set([...Object.keys(ka), ...Object.keys(kb)])].sort();
    for (const k of keys) walk([...path, k], ka[k], kb[k], out);
    return;
  }
  // Leaves, arrays of scalars (pickup times, operating days) and added/removed subtrees.
  if (JSON.stringify(ka) !== JSON.stringify(kb)) out.push({ path, a: a, b: b });
}

/**
 * The settings that differ between two scenarios, name aside, with warehouses and services matched
 * by id. Page-view weights are compared as one value (168 numbers are not worth listing one by one).
 * @example diffSettings(a, b) // [{ path: ['warehouses', 'wh-columbus', 'cutoffs', 'sat'], a: '10:30', b: '11:00' }]
 */
export function diffSettings(a: Settings, b: Settings): SettingDifference[] {
  const out: SettingDifference[] = [];
  const strip = (s: Settings) => {
    const { name: _name, viewProfile, ...rest } = s;
    return { ...rest, viewProfile: { source: viewProfile.source, weights: JSON.stringify(viewProfile.weights) } } as unknown as Json;
  };
  walk([], strip(a), strip(b), out);
  return out;
}
