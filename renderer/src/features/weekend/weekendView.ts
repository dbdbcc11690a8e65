import type { ServiceId } from '../../../../shared/domain/carrier';
import type { Handover, Settings, Warehouse } from '../../../../shared/domain/settings';
import { WEEKDAYS, type Weekday } from '../../../../shared/time/dateTime';
import { SERVICES } from '../../../../shared/catalog/services';
import { resolvePolicy } from '../../../../shared/catalog/policies';
import {
  checkWeekend,
  sixDayOperation,
  type SixDayVerdict,
  type WeekendCheckItem,
} from '../../../../shared/engine/weekend';
import type { DeliveredWeekdays } from '../../../../shared/engine/deliveredWeekdays';
import { typicalDeliveredWeekdays } from '../../../../shared/engine/planValidation';
import { loadGeo } from '../../../../shared/geo';

/*
 * Everything the Weekend check screen shows, derived once from the settings (the components only
 * render it). The engine decides; this file only adds what the screen needs on top: the missing
 * days to reach six, and which catalog services would add the missing delivery days.
 */

const MON_SAT: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SUN_FRI: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * The fewest shipping days to add for a six-day week (Mon-Sat preferred on a tie), Monday first.
 * @example missingForSixDayOperation(['mon', 'tue', 'wed', 'thu', 'fri']) // ['sat']
 */
export function missingForSixDayOperation(days: readonly Weekday[]): Weekday[] {
  const monSat = MON_SAT.filter((d) => !days.includes(d));
  const sunFri = SUN_FRI.filter((d) => !days.includes(d));
  const pick = sunFri.length < monSat.length ? sunFri : monSat;
  return WEEKDAYS.filter((d) => pick.includes(d));
}

/**
 * Catalog services the warehouse does not use yet that deliver on at least one of the missing days,
 * those covering most missing days first (catalog order on a tie), at most `limit`.
 * @example deliverySuggestions(warehouseWithUpsOnly, ['sat', 'sun']) // ['usps-priority-mail-express', ...]
 */
export function deliverySuggestions(warehouse: Warehouse, missing: readonly Weekday[], limit = 2): ServiceId[] {
  const used = new Set(warehouse.services.filter((p) => p.enabled).map((p) => p.serviceId));
  return (Object.keys(SERVICES) as ServiceId[])
    .filter((id) => !used.has(id))
    .map((id, order) => ({ id, order, covers: SERVICES[id].deliveryDays.filter((d) => missing.includes(d)).length }))
    .filter((s) => s.covers > 0)
    .sort((a, b) => b.covers - a.covers || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.id);
}

export interface WeekendRow extends WeekendCheckItem {
  warehouseName: string;
  handover: Handover;
}

export interface WeekendView {
  rows: WeekendRow[];
  /** Rows the carrier will not do as planned. */
  problems: number;
  /** Usable rows that run under a special operating plan (outside Buy Shipping). */
  outside: number;
  operation: SixDayVerdict;
  /** Six-day delivery on the days this plan's promises deliver (the simulation's verdict, typical week). */
  delivery: DeliveredWeekdays;
  policy: { id: string; name: string; requireSixDayOperation: boolean; requireSixDayDelivery: boolean };
  warehouseNames: Record<string, string>;
}

/**
 * The Weekend check screen's data for one plan.
 * @example weekendView(sampleSettings()).problems // 0
 */
export function weekendView(
  settings: Settings,
  delivered: DeliveredWeekdays = typicalDeliveredWeekdays(settings, loadGeo()),
): WeekendView {
  const rows = checkWeekend(settings).map((item) => {
    const warehouse = settings.warehouses[item.warehouseIndex]!;
    // checkWeekend only lists handovers that exist, so the day is always present here.
    const handover = warehouse.services[item.serviceIndex]!.days[item.day]!;
    return { ...item, warehouseName: warehouse.name, handover };
  });
  const policy = resolvePolicy(settings);
  return {
    rows,
    problems: rows.filter((r) => !r.usable).length,
    outside: rows.filter((r) => r.usable && r.outsideBuyShipping).length,
    operation: sixDayOperation(settings),
    delivery: delivered,
    policy: {
      id: policy.id,
      name: policy.name,
      requireSixDayOperation: policy.requireSixDayOperation,
      requireSixDayDelivery: policy.requireSixDayDelivery,
    },
    warehouseNames: Object.fromEntries(settings.warehouses.map((w) => [w.id, w.name])),
  };
}
