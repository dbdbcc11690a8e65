import type { Settings, ServicePlan, Warehouse } from '../domain/settings';
import { WEEKDAYS, minutesOfDay, type Weekday } from '../time/dateTime';
import type { PolicyProfile } from '../domain/policy';
import type { GeoData } from '../geo';
import { distanceMiles } from '../geo/distance';
import { zoneForDistance } from '../geo/zones';
import { CONTIGUOUS_48_DC } from '../geo/states';
import { timeZonesAgree } from '../time/zoneNames';
import { findPolicy, isBuiltInPolicy, resolvePolicy } from '../catalog/policies';
import { makeFinding, type Finding } from './findings';
import { checkWeekend, sixDayOperation } from './weekend';
import type { DeliveredWeekdays } from './deliveredWeekdays';

/*
 * Static checks of a settings file: things a shipping manager can fix before simulating. Each rule
 * has a stable id; its message is `finding.<ruleId>` in the i18n files. Rules that depend on the
 * program (cutoff floors, pickup time, six days, coverage) read the selected policy profile, so a
 * policy without a rule simply does not check it.
 *
 * The rule ids are listed in VALIDATION_RULE_IDS below.
 */

/** Every rule id validateSettings can report (the message key is `finding.<ruleId>`). */
export const VALIDATION_RULE_IDS = [
  'settings.noWarehouse',
  'policy.unknown',
  'policy.customClashesBuiltIn',
  'policy.customDuplicate',
  'sizeTierMix.sum',
  'warehouse.duplicateId',
  'warehouse.duplicateName',
  'warehouse.zipUnknown',
  'warehouse.timeZoneMismatch',
  'services.noneEnabled',
  'service.duplicate',
  'pickup.duplicateTime',
  'day.noCutoff',
  'day.noHandover',
  'cutoff.nonOperatingDay',
  'cutoff.weekdayTooEarly',
  'cutoff.saturdayTooEarly',
  'handover.nonOperatingDay',
  'handover.beforeCutoff',
  'pickup.beforeMinTime',
  'weekend.limitedWithoutPlan',
  'weekend.notOffered',
  'weekend.outsideBuyShipping',
  'sixDay.operation',
  'sixDay.delivery',
  'coverage.statesExcluded',
] as const;
export type ValidationRuleId = (typeof VALIDATION_RULE_IDS)[number];

const MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Latest time parcels can reach the carrier that day ("HH:MM"), or undefined without a handover. */
function lastHandoverTime(plan: ServicePlan, day: Weekday): string | undefined {
  const h = plan.days[day];
  if (!h) return undefined;
  return h.kind === 'dropoff' ? h.latest : [...h.times].sort().at(-1);
}

/** The cutoff that applies to one service on one day: its own override, else the warehouse's. */
function effectiveCutoff(warehouse: Warehouse, plan: ServicePlan, day: Weekday): string | undefined {
  return warehouse.serviceCutoffs[plan.serviceId]?.[day] ?? warehouse.cutoffs[day];
}

function checkPolicyIds(settings: Settings, out: Finding[]): void {
  if (!findPolicy(settings, settings.policyId)) {
    out.push(makeFinding('policy.unknown', 'error', 'policyId', { policyId: settings.policyId }));
  }
  const seen = new Set<string>();
  settings.customPolicies.forEach((p, i) => {
    const path = `customPolicies.${i}.id`;
    if (isBuiltInPolicy(p.id)) out.push(makeFinding('policy.customClashesBuiltIn', 'error', path, { policyId: p.id }));
    else if (seen.has(p.id)) out.push(makeFinding('policy.customDuplicate', 'error', path, { policyId: p.id }));
    seen.add(p.id);
  });
}

function checkSizeTierMix(settings: Settings, out: Finding[]): void {
  const { standard, oversize, extraLarge } = settings.sizeTierMix;
  const sum = standard + oversize + extraLarge;
  // Shares are typed in as percentages by people: allow rounding noise, not a missing 1%.
  if (Math.abs(sum - 1) > 1e-6) {
    out.push(makeFinding('sizeTierMix.sum', 'error', 'sizeTierMix', { sum: Math.round(sum * 10_000) / 100 }));
  }
}

function checkWarehouseIdentity(settings: Settings, geo: GeoData | undefined, out: Finding[]): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  settings.warehouses.forEach((w, i) => {
    if (ids.has(w.id)) out.push(makeFinding('warehouse.duplicateId', 'error', `warehouses.${i}.id`, { id: w.id }));
    ids.add(w.id);
    const nameKey = w.name.trim().toLocaleLowerCase('en-US');
    if (names.has(nameKey))
      out.push(makeFinding('warehouse.duplicateName', 'warning', `warehouses.${i}.name`, { warehouse: w.name }));
    names.add(nameKey);
    if (!geo) return;
    if (!geo.zip5Exists(w.zip)) {
      out.push(makeFinding('warehouse.zipUnknown', 'error', `warehouses.${i}.zip`, { warehouse: w.name, zip: w.zip }));
      return;
    }
    const zipZone = geo.timeZoneOf(w.zip);
    // Compared by clock, not by name: America/Indiana/Indianapolis keeps New York's time.
    if (zipZone && !timeZonesAgree(w.timeZone, zipZone)) {
      out.push(
        makeFinding('warehouse.timeZoneMismatch', 'warning', `warehouses.${i}.timeZone`, {
          warehouse: w.name,
          timeZone: w.timeZone,
          zip: w.zip,
          zipTimeZone: zipZone,
        }),
      );
    }
  });
}

function checkServices(w: Warehouse, wi: number, out: Finding[]): void {
  const base = `warehouses.${wi}`;
  if (!w.services.some((p) => p.enabled))
    out.push(makeFinding('services.noneEnabled', 'error', `${base}.services`, { warehouse: w.name }));
  const seen = new Set<string>();
  w.services.forEach((plan, si) => {
    if (seen.has(plan.serviceId)) {
      out.push(
        makeFinding('service.duplicate', 'error', `${base}.services.${si}.serviceId`, {
          warehouse: w.name,
          service: plan.serviceId,
        }),
      );
    }
    seen.add(plan.serviceId);
    for (const day of WEEKDAYS) {
      const h = plan.days[day];
      if (h?.kind !== 'pickup') continue;
      const times = new Set<string>();
      for (const t of h.times) {
        if (times.has(t)) {
          out.push(
            makeFinding('pickup.duplicateTime', 'warning', `${base}.services.${si}.days.${day}.times`, {
              warehouse: w.name,
              service: plan.serviceId,
              day,
              time: t,
            }),
          );
        }
        times.add(t);
      }
    }
  });
}

function checkCutoffFloor(
  policy: PolicyProfile,
  day: Weekday,
  time: string,
  path: string,
  warehouse: string,
  out: Finding[],
): void {
  const { minWeekdayCutoff, minSaturdayCutoff } = policy.rules;
  if (MON_FRI.includes(day) && minWeekdayCutoff && minutesOfDay(time) < minutesOfDay(minWeekdayCutoff)) {
    out.push(makeFinding('cutoff.weekdayTooEarly', 'error', path, { warehouse, day, time, min: minWeekdayCutoff }));
  }
  if (day === 'sat' && minSaturdayCutoff && minutesOfDay(time) < minutesOfDay(minSaturdayCutoff)) {
    out.push(makeFinding('cutoff.saturdayTooEarly', 'error', path, { warehouse, day, time, min: minSaturdayCutoff }));
  }
}

function checkDays(w: Warehouse, wi: number, policy: PolicyProfile, out: Finding[]): void {
  const base = `warehouses.${wi}`;
  const enabled = w.services.map((p, si) => ({ p, si })).filter(({ p }) => p.enabled);
  for (const day of WEEKDAYS) {
    const operating = w.operatingDays.includes(day);
    const cutoff = w.cutoffs[day];
    if (operating && cutoff === undefined)
      out.push(makeFinding('day.noCutoff', 'error', `${base}.cutoffs.${day}`, { warehouse: w.name, day }));
    if (!operating && cutoff !== undefined) {
      out.push(
        makeFinding('cutoff.nonOperatingDay', 'warning', `${base}.cutoffs.${day}`, {
          warehouse: w.name,
          day,
          time: cutoff,
        }),
      );
    }
    if (operating && cutoff !== undefined) checkCutoffFloor(policy, day, cutoff, `${base}.cutoffs.${day}`, w.name, out);
    if (operating) {
      for (const [serviceId, byDay] of Object.entries(w.serviceCutoffs)) {
        const t = byDay?.[day];
        if (t !== undefined)
          checkCutoffFloor(policy, day, t, `${base}.serviceCutoffs.${serviceId}.${day}`, w.name, out);
      }
    }
    if (operating && !enabled.some(({ p }) => p.days[day])) {
      out.push(makeFinding('day.noHandover', 'error', `${base}.operatingDays`, { warehouse: w.name, day }));
    }

    for (const { p, si } of enabled) {
      const last = lastHandoverTime(p, day);
      if (last === undefined) continue;
      const path = `${base}.services.${si}.days.${day}`;
      const params = { warehouse: w.name, service: p.serviceId, day };
      if (!operating) {
        out.push(makeFinding('handover.nonOperatingDay', 'info', path, params));
        continue;
      }
      const serviceCutoff = effectiveCutoff(w, p, day);
      // Orders taken between the last handover and the cutoff cannot leave that day: the promise
      // shown to those customers is a day late.
      if (serviceCutoff !== undefined && minutesOfDay(last) < minutesOfDay(serviceCutoff)) {
        out.push(
          makeFinding('handover.beforeCutoff', 'warning', path, { ...params, time: last, cutoff: serviceCutoff }),
        );
      }
      // The program's pickup floor is a weekday rule: Saturday cutoffs can be 10:30, so Saturday
      // pickups are legitimately earlier. Drop-offs are the seller's own trip and are not covered.
      if (
        policy.minPickupTime &&
        MON_FRI.includes(day) &&
        p.days[day]?.kind === 'pickup' &&
        minutesOfDay(last) < minutesOfDay(policy.minPickupTime)
      ) {
        out.push(
          makeFinding('pickup.beforeMinTime', 'error', path, { ...params, time: last, min: policy.minPickupTime }),
        );
      }
    }
  }
}

function checkWeekendOptions(settings: Settings, out: Finding[]): void {
  for (const item of checkWeekend(settings)) {
    const w = settings.warehouses[item.warehouseIndex]!;
    // A handover on a day the warehouse does not operate never happens (handover.nonOperatingDay
    // says so); judging it against the matrix too would raise an error for nothing.
    if (!w.operatingDays.includes(item.day)) continue;
    const params = {
      warehouse: w.name,
      service: item.serviceId,
      carrier: item.carrier,
      day: item.day,
      kind: item.kind,
    };
    if (item.status === 'notOffered') out.push(makeFinding('weekend.notOffered', 'error', item.path, params, item.fix));
    else if (item.status === 'needsSpecialPlan' && !item.specialPlan)
      out.push(makeFinding('weekend.limitedWithoutPlan', 'error', item.path, params, item.fix));
    else if (item.status === 'needsSpecialPlan')
      out.push(makeFinding('weekend.outsideBuyShipping', 'info', item.path, params, item.fix));
  }
}

function checkSixDays(settings: Settings, policy: PolicyProfile, out: Finding[]): void {
  if (policy.requireSixDayOperation) {
    for (const v of sixDayOperation(settings).warehouses) {
      if (v.pass) continue;
      const w = settings.warehouses[v.warehouseIndex]!;
      out.push(
        makeFinding('sixDay.operation', 'error', `warehouses.${v.warehouseIndex}.operatingDays`, {
          warehouse: w.name,
          count: v.days.length,
          days: v.days.join(','),
        }),
      );
    }
  }
}

/**
 * Six-day delivery judged on the days this plan's promises actually deliver (the simulation's
 * deliveredWeekdays, the same verdict as the policy check), not on the days its services could
 * deliver: one finding per weekday without a promised delivery, with its reason, when fewer than six
 * weekdays get one and the policy requires six-day delivery.
 * @example sixDayDeliveryFindings(settings, simulate(settings, geo).deliveredWeekdays) // [] for the sample
 */
export function sixDayDeliveryFindings(settings: Settings, delivered: DeliveredWeekdays): Finding[] {
  if (!resolvePolicy(settings).requireSixDayDelivery || delivered.pass) return [];
  return delivered.missing.map((m) =>
    makeFinding('sixDay.delivery', 'error', 'warehouses', {
      count: delivered.days.length,
      days: delivered.days.join(','),
      day: m.day,
      reason: m.reason,
      services: m.services.join(','),
    }),
  );
}

/**
 * The 48+DC states with at least one populated ZIP3 that no warehouse reaches within the zone caps
 * of its shipping services (a service without a cap reaches zone 8, i.e. everywhere).
 * @example statesBeyondZoneCaps(settings, loadGeo()) // ['AZ', 'CA', ...] with every cap at zone 5 from Columbus
 */
export function statesBeyondZoneCaps(settings: Settings, geo: GeoData): string[] {
  const origins = settings.warehouses.flatMap((w) => {
    const origin = geo.lookup(w.zip);
    const caps = w.services.filter((p) => p.enabled && WEEKDAYS.some((d) => p.days[d])).map((p) => p.zoneCap ?? 8);
    return origin && caps.length > 0 ? [{ origin, maxZone: Math.max(...caps) }] : [];
  });
  const missing = new Set<string>();
  for (const z of geo.zip3s) {
    if (z.population <= 0 || !CONTIGUOUS_48_DC.includes(z.state) || missing.has(z.state)) continue;
    const reached = origins.some(({ origin, maxZone }) => zoneForDistance(distanceMiles(origin, z)) <= maxZone);
    if (!reached) missing.add(z.state);
  }
  return [...missing].sort();
}

/**
 * Check settings against the selected policy profile and the carrier catalog.
 * Geography-based rules (ZIP exists, time zone, nationwide coverage) run only when `geo` is given;
 * six-day delivery only with `delivered`, the simulated week's delivery weekdays (it is a fact about
 * the promises, which only the simulation knows: validatePlan in planValidation.ts passes them).
 * @example validateSettings(sampleSettings(), loadGeo()) // [] — the sample is clean under its own policy
 */
export function validateSettings(settings: Settings, geo?: GeoData, delivered?: DeliveredWeekdays): Finding[] {
  const out: Finding[] = [];
  const policy = resolvePolicy(settings);
  checkPolicyIds(settings, out);
  checkSizeTierMix(settings, out);
  if (settings.warehouses.length === 0) out.push(makeFinding('settings.noWarehouse', 'error', 'warehouses'));
  checkWarehouseIdentity(settings, geo, out);
  settings.warehouses.forEach((w, wi) => {
    checkServices(w, wi, out);
    checkDays(w, wi, policy, out);
  });
  checkWeekendOptions(settings, out);
  checkSixDays(settings, policy, out);
  if (delivered) out.push(...sixDayDeliveryFindings(settings, delivered));
  // Coverage from a warehouse whose ZIP is unknown cannot be judged: the ZIP finding comes first.
  const originsKnown = geo !== undefined && settings.warehouses.every((w) => geo.lookup(w.zip) !== undefined);
  if (geo && originsKnown && policy.requireNationwide && settings.warehouses.length > 0) {
    const states = statesBeyondZoneCaps(settings, geo);
    if (states.length > 0)
      out.push(
        makeFinding('coverage.statesExcluded', 'error', 'warehouses', {
          count: states.length,
          states: states.join(', '),
        }),
      );
  }
  return out;
}
