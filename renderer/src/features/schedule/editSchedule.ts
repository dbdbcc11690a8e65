import type { Handover, ServicePlan, Warehouse } from '../../../../shared/domain/settings';
import { WEEKDAYS, type Weekday } from '../../../../shared/time/dateTime';
import type { ServiceId } from '../../../../shared/domain/carrier';

/** Edits on a draft warehouse (plannerSlice.edit hands out a private copy, so mutation is safe). */

export const WEEKDAYS_MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Copies one day's setup — ships or not, order cutoff, per-service cutoffs and every service's
 * handover — onto other days.
 * @example copyDay(w, 'mon', ['tue', 'wed'])
 */
export function copyDay(w: Warehouse, from: Weekday, to: readonly Weekday[]): void {
  const ships = w.operatingDays.includes(from);
  for (const day of to) {
    if (day === from) continue;
    const cutoff = w.cutoffs[from];
    if (cutoff === undefined) delete w.cutoffs[day];
    else w.cutoffs[day] = cutoff;
    for (const perDay of Object.values(w.serviceCutoffs)) {
      if (!perDay) continue;
      const v = perDay[from];
      if (v === undefined) delete perDay[day];
      else perDay[day] = v;
    }
    for (const plan of w.services) {
      const h = plan.days[from];
      if (h === undefined) delete plan.days[day];
      else plan.days[day] = structuredClone(h);
    }
  }
  const set = new Set(w.operatingDays);
  for (const day of to) {
    if (ships) set.add(day);
    else set.delete(day);
  }
  w.operatingDays = WEEKDAYS.filter((d) => set.has(d));
}

/** Sets the kind of handover of a service on a day, keeping sensible times. */
export function setHandoverKind(plan: ServicePlan, day: Weekday, kind: 'none' | Handover['kind']): void {
  const current = plan.days[day];
  if (kind === 'none') {
    delete plan.days[day];
    return;
  }
  if (current?.kind === kind) return;
  const weekend = day === 'sat' || day === 'sun';
  const base = current
    ? current.kind === 'pickup'
      ? current.times[current.times.length - 1]!
      : current.latest
    : weekend
      ? '12:00'
      : '17:00';
  plan.days[day] = kind === 'pickup' ? { kind: 'pickup', times: [base] } : { kind: 'dropoff', latest: base };
}

/** A new service plan with weekday pickups at 17:00, as most carrier accounts start. */
export function newServicePlan(serviceId: ServiceId): ServicePlan {
  const days: ServicePlan['days'] = {};
  for (const d of WEEKDAYS_MON_FRI) days[d] = { kind: 'pickup', times: ['17:00'] };
  return { serviceId, enabled: true, days, specialPlans: { sat: false, sun: false } };
}
