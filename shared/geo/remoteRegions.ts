import { isContiguousUs } from './states';

/**
 * The US destinations outside the 48 contiguous states and DC, grouped as carriers price and time them:
 * they are not reached by the mainland's distance zones but by their own (UPS bills Alaska and Hawaii
 * in zones 44-46, USPS Guam in zone 9), often by air only.
 */
export const REMOTE_REGIONS = ['alaska', 'hawaii', 'puertoRico', 'pacific'] as const;
export type RemoteRegion = (typeof REMOTE_REGIONS)[number];

/**
 * The remote region of a ZIP3 or ZIP5, or undefined for the 48 contiguous states and DC. By prefix:
 * Alaska 995-999, Hawaii 967-968, Puerto Rico and the U.S. Virgin Islands 006-009, Guam and the
 * Northern Mariana Islands 969; American Samoa (96799) shares Hawaii's prefix 967, so it is known
 * only from its ZIP5.
 * @example remoteRegionOf('96813') // 'hawaii'
 * @example remoteRegionOf('432') // undefined
 */
export function remoteRegionOf(zip: string): RemoteRegion | undefined {
  if (zip === '96799') return 'pacific';
  const p = Number(zip.slice(0, 3));
  if (p >= 995 && p <= 999) return 'alaska';
  if (p === 967 || p === 968) return 'hawaii';
  if (p >= 6 && p <= 9) return 'puertoRico';
  if (p === 969) return 'pacific';
  return undefined;
}

/**
 * Per ZIP3, whether its views are measured for delivery speed under a plan: the 48 contiguous states
 * and DC always, plus the ZIP3s of the remote regions the plan's Prime templates include
 * (settings.primeRemoteRegions). Coverage stays the 48 states + DC whatever this says. simulate(), the
 * advisor's evaluator and the eligibility horizon's order table weigh destinations over this one scope.
 * @example measuredForSpeed([{ zip3: '968', state: 'HI' }], ['hawaii']) // [true]
 * @example measuredForSpeed([{ zip3: '968', state: 'HI' }], undefined) // [false]
 */
export function measuredForSpeed(
  zip3s: readonly { readonly zip3: string; readonly state: string }[],
  primeRemoteRegions: readonly RemoteRegion[] | undefined,
): boolean[] {
  const included = new Set(primeRemoteRegions ?? []);
  return zip3s.map((z) => {
    if (isContiguousUs(z)) return true;
    const region = remoteRegionOf(z.zip3);
    return region !== undefined && included.has(region);
  });
}
