import type { ServiceId } from '../domain/carrier';
import type { Settings } from '../domain/settings';
import { SERVICES } from '../catalog/services';
import type { WeeklyCost } from './evaluator';

/** One service's part of a plan's weekly label spend. */
export interface LabelMixRow {
  serviceId: ServiceId;
  usd: number;
  /** Share of the week's label spend, 0..1. */
  share: number;
  /** ground, air or postal (the catalog's kind). */
  kind: 'ground' | 'air' | 'postal';
  /** Highest zone the plan offers the service to in any warehouse (8 = every zone). */
  zoneCap: number;
}

export interface LabelMix {
  /** Mean label price (labels / orders priced); null when nothing is priced. */
  perLabel: number | null;
  orders: number;
  rows: LabelMixRow[];
  /**
   * The air service that carries most of the spend when air services carry more than half of it:
   * the case where the plan's promises are set by overnight or two-day air, and so are its labels.
   * null otherwise.
   */
  airDriver: LabelMixRow | null;
}

/**
 * Why a label costs what it costs, in figures: the label spend by service, largest first, and the
 * air service driving it when there is one. Each order's label is the cheapest enabled service that
 * still arrives by the date shown to the customer; that date is the earliest any enabled service
 * reaches, so an air service offered to far zones sets both the promise and the label there.
 * @example
 * labelMix(sampleSettings(), weeklyCost(sampleSettings(), loadGeo())).airDriver?.serviceId // 'ups-next-day-air-saver'
 */
export function labelMix(settings: Settings, cost: WeeklyCost): LabelMix {
  const caps = new Map<ServiceId, number>();
  for (const w of settings.warehouses)
    for (const p of w.services)
      if (p.enabled) caps.set(p.serviceId, Math.max(caps.get(p.serviceId) ?? 0, p.zoneCap ?? 8));
  const rows: LabelMixRow[] = Object.entries(cost.labelsByService)
    .filter(([, usd]) => (usd ?? 0) > 0)
    .map(([id, usd]) => {
      const serviceId = id as ServiceId;
      return {
        serviceId,
        usd: usd!,
        share: cost.labels > 0 ? usd! / cost.labels : 0,
        kind: SERVICES[serviceId].kind,
        zoneCap: caps.get(serviceId) ?? 8,
      };
    })
    .sort((a, b) => b.usd - a.usd);
  const airShare = rows.filter((r) => r.kind === 'air').reduce((s, r) => s + r.share, 0);
  const topAir = rows.find((r) => r.kind === 'air') ?? null;
  return { perLabel: cost.meanLabel, orders: cost.orders, rows, airDriver: airShare > 0.5 && topAir ? topAir : null };
}
