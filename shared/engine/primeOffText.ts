import type { SimulationResult } from './simulate';
import type { MessageKey } from '../i18n/catalogue';

/**
 * What a simulation did with the plan's Prime-off periods, in one sentence, for the app, the report
 * and the CLI alike (they print this same line, so they cannot disagree); null when the plan has none.
 * @example
 * describePrimeOff(result, 1, t, pct)
 * // 'Prime switched off: 4.2 % of the simulated page views fell in 1 Prime-off period …'
 */
export function describePrimeOff(
  result: Pick<SimulationResult, 'typicalWeek' | 'primeOff'>,
  periodsInPlan: number,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  percent: (share: number) => string,
): string | null {
  if (periodsInPlan === 0) return null;
  if (result.typicalWeek) return t('engine.primeOff.typicalWeek', { count: periodsInPlan });
  if (result.primeOff.periods === 0) return t('engine.primeOff.noneInWeek', { count: periodsInPlan });
  return t('engine.primeOff.excluded', {
    count: result.primeOff.periods,
    share: percent(result.primeOff.excludedShare),
  });
}
