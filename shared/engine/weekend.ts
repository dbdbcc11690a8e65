import type { CarrierId, ServiceId } from '../domain/carrier';
import type { Settings, ServicePlan, Warehouse } from '../domain/settings';
import { WEEKDAYS, type Weekday } from '../time/dateTime';
import { SERVICES } from '../catalog/services';
import type { WeekendCapability } from '../catalog/types';
import { weekendCapability, type HandoverKind, type WeekendDay } from '../catalog/weekendMatrix';
import type { FixHint } from './findings';

/*
 * Weekend feasibility: every weekend pickup or drop-off in the settings, judged against the help page's
 * carrier matrix, and the six-day operation / delivery verdicts that depend on it.
 */

export type WeekendStatus = 'available' | 'needsSpecialPlan' | 'notOffered';

export interface WeekendCheckItem {
  warehouseId: string;
  warehouseIndex: number;
  serviceIndex: number;
  serviceId: ServiceId;
  carrier: CarrierId;
  day: WeekendDay;
  kind: HandoverKind;
  /** The matrix cell: yes / limited / no. */
  capability: WeekendCapability;
  status: WeekendStatus;
  /** Whether the warehouse declared a special operating plan for this service and day. */
  specialPlan: boolean;
  /** True when the carrier will actually do it: 'available', or 'needsSpecialPlan' with the plan signed. */
  usable: boolean;
  /** Shipments this way need labels bought outside Buy Shipping (and are exempt from its requirement). */
  outsideBuyShipping: boolean;
  /** Settings path of the handover, e.g. "warehouses.0.services.2.days.sat". */
  path: string;
  fix: FixHint;
}

/**
 * Every service per carrier, in the order worth suggesting: 2-day air first (it keeps the Prime
 * promise at a moderate price), ground last (it is never generally offered at weekends).
 */
const PREFERRED_ALTERNATIVES: Record<CarrierId, readonly ServiceId[]> = {
  ups: ['ups-2nd-day-air', 'ups-next-day-air-saver', 'ups-3-day-select', 'ups-next-day-air', 'ups-ground'],
  fedex: [
    'fedex-2day',
    'fedex-standard-overnight',
    'fedex-express-saver',
    'fedex-priority-overnight',
    'fedex-ground',
    'fedex-home-delivery',
  ],
  usps: ['usps-priority-mail', 'usps-ground-advantage', 'usps-priority-mail-express'],
};
const CARRIER_ORDER: readonly CarrierId[] = ['ups', 'fedex', 'usps'];

/** Whether a plan's handover on a weekend day is something the carrier will do. */
export function isHandoverUsable(plan: ServicePlan, day: Weekday): boolean {
  const handover = plan.days[day];
  if (!handover) return false;
  if (day !== 'sat' && day !== 'sun') return true;
  const cap = weekendCapability(plan.serviceId, day, handover.kind);
  return cap === 'yes' || (cap === 'limited' && plan.specialPlans[day]);
}

interface Alternative {
  serviceId: ServiceId;
  kind: HandoverKind;
}

/**
 * A generally offered ('yes') way to hand parcels over on that day: first a service the warehouse
 * already uses that day, then the same carrier's preferred services, then other carriers'.
 */
function findAlternative(
  warehouse: Warehouse,
  carrier: CarrierId,
  day: WeekendDay,
  kind: HandoverKind,
): Alternative | undefined {
  for (const plan of warehouse.services) {
    const h = plan.days[day];
    if (plan.enabled && h && weekendCapability(plan.serviceId, day, h.kind) === 'yes')
      return { serviceId: plan.serviceId, kind: h.kind };
  }
  const carriers = [carrier, ...CARRIER_ORDER.filter((c) => c !== carrier)];
  for (const c of carriers) {
    for (const k of [kind, kind === 'pickup' ? 'dropoff' : 'pickup'] as const) {
      const id = PREFERRED_ALTERNATIVES[c].find((s) => weekendCapability(s, day, k) === 'yes');
      if (id) return { serviceId: id, kind: k };
    }
  }
  return undefined;
}

function fixFor(
  warehouse: Warehouse,
  serviceId: ServiceId,
  day: WeekendDay,
  kind: HandoverKind,
  cap: WeekendCapability,
  plan: boolean,
): FixHint {
  const carrier = SERVICES[serviceId].carrier;
  if (cap === 'yes') return { messageKey: 'finding.weekend.fix.none', params: {} };
  if (cap === 'limited' && plan) return { messageKey: 'finding.weekend.fix.outsideBuyShipping', params: { carrier } };
  const alt = findAlternative(warehouse, carrier, day, kind);
  if (cap === 'limited') {
    return alt
      ? {
          messageKey: 'finding.weekend.fix.specialPlanOrSwitch',
          params: { carrier, day, alternative: alt.serviceId, alternativeKind: alt.kind },
        }
      : { messageKey: 'finding.weekend.fix.specialPlan', params: { carrier, day } };
  }
  // Not offered at all: suggest a generally offered option, else a limited one under a plan, else dropping the day.
  if (alt) {
    return alt.kind === 'dropoff'
      ? { messageKey: 'finding.weekend.fix.useDropoff', params: { day, alternative: alt.serviceId } }
      : { messageKey: 'finding.weekend.fix.switchPickup', params: { day, alternative: alt.serviceId } };
  }
  // A limited option under a plan: the same carrier's first (its own ground service on Sundays), then others.
  const byCarrier = [carrier, ...CARRIER_ORDER.filter((c) => c !== carrier)];
  const sameKindLimited = byCarrier
    .flatMap((c) => PREFERRED_ALTERNATIVES[c])
    .find((s) => weekendCapability(s, day, kind) === 'limited');
  if (sameKindLimited) {
    return {
      messageKey: 'finding.weekend.fix.switchWithPlan',
      params: { day, alternative: sameKindLimited, carrier: SERVICES[sameKindLimited].carrier },
    };
  }
  return { messageKey: 'finding.weekend.fix.removeDay', params: { day } };
}

/**
 * Every weekend pickup / drop-off of every enabled service, judged against the carrier matrix, with
 * a fix hint for those the carrier will not do.
 * @example checkWeekend(sampleSettings()).every((i) => i.usable) // true
 */
export function checkWeekend(settings: Settings): WeekendCheckItem[] {
  const items: WeekendCheckItem[] = [];
  settings.warehouses.forEach((warehouse, wi) => {
    warehouse.services.forEach((plan, si) => {
      if (!plan.enabled) return;
      for (const day of ['sat', 'sun'] as const) {
        const handover = plan.days[day];
        if (!handover) continue;
        const capability = weekendCapability(plan.serviceId, day, handover.kind);
        const specialPlan = plan.specialPlans[day];
        const status: WeekendStatus =
          capability === 'yes' ? 'available' : capability === 'limited' ? 'needsSpecialPlan' : 'notOffered';
        items.push({
          warehouseId: warehouse.id,
          warehouseIndex: wi,
          serviceIndex: si,
          serviceId: plan.serviceId,
          carrier: SERVICES[plan.serviceId].carrier,
          day,
          kind: handover.kind,
          capability,
          status,
          specialPlan,
          usable: capability === 'yes' || (capability === 'limited' && specialPlan),
          outsideBuyShipping: capability === 'limited',
          path: `warehouses.${wi}.services.${si}.days.${day}`,
          fix: fixFor(warehouse, plan.serviceId, day, handover.kind, capability, specialPlan),
        });
      }
    });
  });
  return items;
}

export interface WarehouseDaysVerdict {
  warehouseId: string;
  warehouseIndex: number;
  /** The weekdays that count (shipping days, or delivery days), Monday first. */
  days: Weekday[];
  pass: boolean;
}

export interface SixDayVerdict {
  /** True when there is at least one warehouse and every warehouse passes. */
  pass: boolean;
  warehouses: WarehouseDaysVerdict[];
}

/**
 * Whether a service really leaves the warehouse on a weekday: the carrier will do its handover that
 * day, and the handover is at or after the cutoff that applies to it (an earlier pickup leaves
 * before the orders are in, the engine's rule too).
 */
export function shipsOn(warehouse: Warehouse, plan: ServicePlan, day: Weekday): boolean {
  const handover = plan.days[day];
  const cutoff = warehouse.serviceCutoffs[plan.serviceId]?.[day] ?? warehouse.cutoffs[day];
  if (!plan.enabled || !handover || cutoff === undefined || !isHandoverUsable(plan, day)) return false;
  const last = handover.kind === 'pickup' ? handover.times.reduce((a, b) => (b > a ? b : a)) : handover.latest;
  return last >= cutoff;
}

/**
 * The weekdays a warehouse really ships on: operating days that have a cutoff and at least one
 * enabled service with a handover the carrier will do that day, at or after the cutoff.
 * @example shippingDays(sampleSettings().warehouses[0]) // ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']
 */
export function shippingDays(warehouse: Warehouse): Weekday[] {
  return WEEKDAYS.filter(
    (d) =>
      warehouse.operatingDays.includes(d) &&
      warehouse.cutoffs[d] !== undefined &&
      warehouse.services.some((p) => shipsOn(warehouse, p, d)),
  );
}

const MON_SAT: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SUN_FRI: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Six-day operation as Amazon defines it: every warehouse ships Monday-Saturday or Sunday-Friday.
 * @example sixDayOperation(sampleSettings()).pass // true (Mon-Sat)
 */
export function sixDayOperation(settings: Settings): SixDayVerdict {
  const warehouses = settings.warehouses.map((w, i) => {
    const days = shippingDays(w);
    const pass = MON_SAT.every((d) => days.includes(d)) || SUN_FRI.every((d) => days.includes(d));
    return { warehouseId: w.id, warehouseIndex: i, days, pass };
  });
  return { pass: warehouses.length > 0 && warehouses.every((w) => w.pass), warehouses };
}

/**
 * The weekdays a warehouse's parcels can be delivered on: the union of the delivery days of its
 * enabled services that actually ship at least one day a week.
 * @example deliveryDays(sampleSettings().warehouses[0]) // ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']
 */
export function deliveryDays(warehouse: Warehouse): Weekday[] {
  const ship = shippingDays(warehouse);
  const used = warehouse.services.filter((p) => ship.some((d) => shipsOn(warehouse, p, d)));
  return WEEKDAYS.filter((d) => used.some((p) => SERVICES[p.serviceId].deliveryDays.includes(d)));
}

/**
 * Six-day delivery: each warehouse's services together deliver on at least six weekdays.
 * @example sixDayDelivery(sampleSettings()).pass // true (UPS Mon-Fri + FedEx Home Delivery/USPS Saturday)
 */
export function sixDayDelivery(settings: Settings): SixDayVerdict {
  const warehouses = settings.warehouses.map((w, i) => {
    const days = deliveryDays(w);
    return { warehouseId: w.id, warehouseIndex: i, days, pass: days.length >= 6 };
  });
  return { pass: warehouses.length > 0 && warehouses.every((w) => w.pass), warehouses };
}
