import type { SimulationResult } from './simulate';
import type { MessageKey } from '../i18n/catalogue';

/**
 * What including Alaska, Hawaii, Puerto Rico or the territories in the Prime regions does to the
 * standard-size ≤ 2-day share, in one sentence shared by the app, the report and the CLI; null when
 * the plan includes none (the default). The difference of two shares of views is itself a share of
 * the views, so `percent` formats it too.
 * @example describeRemotePrime(result, t, pct) // 'Prime regions also include Hawaii (0.4 % of the counted views) …'
 */
export function describeRemotePrime(
  result: Pick<SimulationResult, 'remotePrime' | 'tiers'>,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  percent: (share: number) => string,
): string | null {
  const remote = result.remotePrime;
  if (!remote) return null;
  const withThem = result.tiers.standard.le2;
  const alone = remote.contiguous.le2;
  const regions = remote.regions.map((r) => t(`catalog.region.${r}`)).join(' · ');
  return t(withThem <= alone ? 'engine.remotePrime.cost' : 'engine.remotePrime.gain', {
    regions,
    share: percent(remote.share),
    le2: percent(withThem),
    alone: percent(alone),
    delta: percent(Math.abs(alone - withThem)),
  });
}
