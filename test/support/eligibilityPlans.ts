/**
 * Plans with exactly computable eligibility figures, for the engine's and the CLI's tests.
 */
import { sampleSettings } from '../../shared/catalog/sample';
import { SettingsSchema, type Settings } from '../../shared/domain/settings';
import { PolicyProfileSchema } from '../../shared/domain/policy';
import type { TransitSpread } from '../../shared/domain/operations';
import { SERVICES } from '../../shared/catalog/services';

/** Exact binomial probabilities P(X = k), X ~ Binomial(n, p). */
export function binomialPmf(n: number, p: number): number[] {
  const pmf = new Array<number>(n + 1);
  pmf[0] = Math.pow(1 - p, n);
  for (let k = 0; k < n; k++) pmf[k + 1] = (pmf[k]! * (n - k) * p) / ((k + 1) * (1 - p));
  return pmf;
}
export const cdfAt = (pmf: number[], k: number) => pmf.slice(0, k + 1).reduce((a, b) => a + b, 0);

/** A spread putting `onTime` of the parcels on the catalog's nominal days of every zone and the rest one day later. */
function oneDayLateSpread(serviceId: 'ups-ground', onTime: number): TransitSpread[] {
  return SERVICES[serviceId].transitByZone.map((nominal, i) => {
    const shares = new Array<number>(nominal + 2).fill(0);
    shares[nominal] = onTime;
    shares[nominal + 1] = 1 - onTime;
    return { serviceId, zone: i + 1, shares };
  });
}

/**
 * One warehouse, one lane (UPS Ground), standard size only, judged only on on-time delivery >= `threshold`
 * with no rounding; every other operation perfect. Each order is then late with probability 1 - p
 * independently, so a week passes exactly when Binomial(n, 1 - p) <= floor((1 - threshold) n).
 */
export function singleLanePlan(opts: { onTime: number; weeklyOrders: number; threshold: number }): Settings {
  const s = sampleSettings();
  const w = s.warehouses[0]!;
  return SettingsSchema.parse({
    ...s,
    warehouses: [{ ...w, services: w.services.filter((p) => p.serviceId === 'ups-ground') }],
    sizeTierMix: { standard: 1, oversize: 0, extraLarge: 0 },
    policyId: 'otd-only',
    customPolicies: [
      PolicyProfileSchema.parse({
        id: 'otd-only',
        name: 'On-time delivery only',
        source: { description: 'test profile' },
        effectiveDate: null,
        thresholds: { onTimeDeliveryMin: opts.threshold },
        requireNationwide: false,
        requireSixDayOperation: false,
        requireSixDayDelivery: false,
        evaluation: {
          windowStart: 'sun',
          rounding: 'none',
          strikeLadder: ['warning', 'offersDisabled', 'revoked'],
          trial: { days: 30, minOrders: 100, judgedOn: 'aggregate' },
        },
      }),
    ],
    operations: {
      weeklyOrders: opts.weeklyOrders,
      missedPickupShare: 0,
      cancellationRate: 0,
      buyShippingShare: 1,
      validTrackingRate: 1,
      otdrProtectedShare: 0,
    },
    transitSpread: oneDayLateSpread('ups-ground', opts.onTime),
  });
}
