import type { TransitOverride } from '../domain/settings';

export interface TransitMerge {
  overrides: TransitOverride[];
  added: number;
  /** Overrides the file changed: what the plan had and what it has now. */
  changed: { serviceId: TransitOverride['serviceId']; dest: string; from: number; to: number }[];
  unchanged: number;
}

/**
 * The plan's transit overrides with a file's: a service and destination the file gives replaces the
 * plan's, others are kept — and what changed, to tell the user.
 * @example
 * mergeTransitOverrides(
 *   [{ serviceId: 'ups-ground', dest: '900', businessDays: 5 }],
 *   [{ serviceId: 'ups-ground', dest: '900', businessDays: 4 }],
 * ).changed
 * // [{ serviceId: 'ups-ground', dest: '900', from: 5, to: 4 }]
 */
export function mergeTransitOverrides(
  current: readonly TransitOverride[],
  incoming: readonly TransitOverride[],
): TransitMerge {
  const key = (o: TransitOverride) => `${o.serviceId}|${o.dest}`;
  const before = new Map(current.map((o) => [key(o), o]));
  const fresh = new Set(incoming.map(key));
  const changed: TransitMerge['changed'] = [];
  let added = 0;
  let unchanged = 0;
  for (const o of incoming) {
    const old = before.get(key(o));
    if (!old) added++;
    else if (old.businessDays === o.businessDays) unchanged++;
    else changed.push({ serviceId: o.serviceId, dest: o.dest, from: old.businessDays, to: o.businessDays });
  }
  return { overrides: [...current.filter((o) => !fresh.has(key(o))), ...incoming], added, changed, unchanged };
}
