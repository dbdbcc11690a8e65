import { SERVICE_IDS, type ServiceId } from '../domain/carrier';
import type { Handover, ServicePlan, Settings, Warehouse } from '../domain/settings';
import { minutesOfDay, timeOfDay, WEEKDAYS, type Weekday } from '../time/dateTime';
import { resolvePolicy } from '../catalog/policies';
import { SERVICES } from '../catalog/services';
import { weekendCapability } from '../catalog/weekendMatrix';
import type { GeoData } from '../geo';
import type { ResolvedCostModel } from '../catalog/costDefaults';
import type { MessageKey } from '../i18n/catalogue';

/*
 * Moves: the plan edits a manager can make, generated from a plan and the catalog, each one a pure
 * function settings -> settings. A move names what it touches by ids (warehouse id, service id,
 * weekday), so it can be re-applied to another plan of the same family (the search re-applies
 * subsets of moves to the original plan); applyMove returns null when it no longer makes sense there.
 */

export type WeekendDay = 'sat' | 'sun';

export type Move =
  /** Add a service (or re-enable it) with a pickup on every operating day the carrier picks up. */
  | { kind: 'enableService'; warehouseId: string; serviceId: ServiceId; days: Partial<Record<Weekday, Handover>> }
  | { kind: 'disableService'; warehouseId: string; serviceId: ServiceId }
  /** Add a pickup (weekday, or a weekend day the carrier offers) where the service has none. */
  | { kind: 'addPickup'; warehouseId: string; serviceId: ServiceId; day: Weekday; time: string }
  /** Move a service's pickups on the given days to a new time. */
  | { kind: 'movePickup'; warehouseId: string; serviceId: ServiceId; days: Weekday[]; time: string }
  /** Change the seller cutoff on the given days. */
  | { kind: 'setCutoff'; warehouseId: string; days: Weekday[]; time: string }
  /** Ship on Saturday or Sunday: operating day, cutoff, and pickups (or drop-offs) the carriers do. */
  | {
      kind: 'operateDay';
      warehouseId: string;
      day: WeekendDay;
      cutoff: string;
      handovers: { serviceId: ServiceId; handover: Handover; specialPlan: boolean }[];
    }
  /** Sign a special operating plan for a "Limited" weekend pickup, and schedule that pickup. */
  | { kind: 'signSpecialPlan'; warehouseId: string; serviceId: ServiceId; day: WeekendDay; time: string }
  | { kind: 'setCustomerCutoffLead'; warehouseId: string; minutes: number }
  /** Highest zone a service is offered to; null = every zone. */
  | { kind: 'setZoneCap'; warehouseId: string; serviceId: ServiceId; zoneCap: number | null }
  /** A new warehouse at a ZIP with the same week and services as an existing one. */
  | { kind: 'addWarehouse'; copyOf: string; id: string; name: string; zip: string; timeZone: string };

export type MoveKind = Move['kind'];

/**
 * A stable id for a move (same edit = same id), e.g. `setZoneCap:wh-columbus:ups-next-day-air-saver:6`.
 * @example
 * moveId({ kind: 'disableService', warehouseId: 'wh', serviceId: 'ups-ground' }) // 'disableService:wh:ups-ground'
 */
export function moveId(m: Move): string {
  switch (m.kind) {
    case 'enableService':
    case 'disableService':
      return `${m.kind}:${m.warehouseId}:${m.serviceId}`;
    case 'addPickup':
      return `${m.kind}:${m.warehouseId}:${m.serviceId}:${m.day}:${m.time}`;
    case 'movePickup':
      return `${m.kind}:${m.warehouseId}:${m.serviceId}:${m.days.join('+')}:${m.time}`;
    case 'setCutoff':
      return `${m.kind}:${m.warehouseId}:${m.days.join('+')}:${m.time}`;
    case 'operateDay':
      return `${m.kind}:${m.warehouseId}:${m.day}:${m.handovers
        .filter((h) => h.specialPlan)
        .map((h) => h.serviceId)
        .join('+')}`;
    case 'signSpecialPlan':
      return `${m.kind}:${m.warehouseId}:${m.serviceId}:${m.day}`;
    case 'setCustomerCutoffLead':
      return `${m.kind}:${m.warehouseId}:${m.minutes}`;
    case 'setZoneCap':
      return `${m.kind}:${m.warehouseId}:${m.serviceId}:${m.zoneCap ?? 'all'}`;
    case 'addWarehouse':
      return `${m.kind}:${m.zip}`;
  }
}

/** A move for people: its i18n key (`advisor.move.*`) and the parameters of that message. */
export interface MoveLabel {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** i18n key (`advisor.move.*`) and parameters describing a move for people (EN/FR messages). */
export function describeMove(m: Move): MoveLabel {
  switch (m.kind) {
    case 'enableService':
      return {
        key: 'advisor.move.enableService',
        params: { warehouse: m.warehouseId, service: m.serviceId, days: Object.keys(m.days).join(', ') },
      };
    case 'disableService':
      return { key: 'advisor.move.disableService', params: { warehouse: m.warehouseId, service: m.serviceId } };
    case 'addPickup':
      return {
        key: 'advisor.move.addPickup',
        params: { warehouse: m.warehouseId, service: m.serviceId, day: m.day, time: m.time },
      };
    case 'movePickup':
      return {
        key: 'advisor.move.movePickup',
        params: { warehouse: m.warehouseId, service: m.serviceId, days: m.days.join(', '), time: m.time },
      };
    case 'setCutoff':
      return {
        key: 'advisor.move.setCutoff',
        params: { warehouse: m.warehouseId, days: m.days.join(', '), time: m.time },
      };
    case 'operateDay':
      return {
        key: m.handovers.some((h) => h.specialPlan) ? 'advisor.move.operateDayWithPlan' : 'advisor.move.operateDay',
        params: {
          warehouse: m.warehouseId,
          day: m.day,
          cutoff: m.cutoff,
          services: m.handovers.map((h) => h.serviceId).join(', '),
        },
      };
    case 'signSpecialPlan':
      return {
        key: 'advisor.move.signSpecialPlan',
        params: { warehouse: m.warehouseId, service: m.serviceId, day: m.day, time: m.time },
      };
    case 'setCustomerCutoffLead':
      return { key: 'advisor.move.setCustomerCutoffLead', params: { warehouse: m.warehouseId, minutes: m.minutes } };
    case 'setZoneCap':
      return m.zoneCap === null
        ? { key: 'advisor.move.removeZoneCap', params: { warehouse: m.warehouseId, service: m.serviceId } }
        : {
            key: 'advisor.move.setZoneCap',
            params: { warehouse: m.warehouseId, service: m.serviceId, zone: m.zoneCap },
          };
    case 'addWarehouse':
      return { key: 'advisor.move.addWarehouse', params: { zip: m.zip, copyOf: m.copyOf, timeZone: m.timeZone } };
  }
}

/** A copy of the settings with one warehouse replaced (everything else shared, never mutated). */
function withWarehouse(settings: Settings, index: number, w: Warehouse): Settings {
  const warehouses = settings.warehouses.slice();
  warehouses[index] = w;
  return { ...settings, warehouses };
}

function withService(w: Warehouse, index: number, p: ServicePlan): Warehouse {
  const services = w.services.slice();
  services[index] = p;
  return { ...w, services };
}

/**
 * The plan after a move, or null when the move does not apply to it (its warehouse or service is
 * missing, or it would change nothing). Never mutates `settings`.
 * @example
 * applyMove(sampleSettings(), { kind: 'setCustomerCutoffLead', warehouseId: 'wh-columbus', minutes: 30 })
 *   ?.warehouses[0].customerCutoffLeadMinutes // 30
 */
export function applyMove(settings: Settings, m: Move): Settings | null {
  if (m.kind === 'addWarehouse') {
    const src = settings.warehouses.find((w) => w.id === m.copyOf);
    if (!src || settings.warehouses.some((w) => w.id === m.id || w.zip === m.zip) || settings.warehouses.length >= 50)
      return null;
    const copy: Warehouse = { ...src, id: m.id, name: m.name, zip: m.zip, timeZone: m.timeZone, closures: [] };
    return { ...settings, warehouses: [...settings.warehouses, copy] };
  }
  const wi = settings.warehouses.findIndex((w) => w.id === m.warehouseId);
  if (wi < 0) return null;
  const w = settings.warehouses[wi]!;
  const si = 'serviceId' in m ? w.services.findIndex((p) => p.serviceId === m.serviceId) : -1;
  const plan = si >= 0 ? w.services[si]! : undefined;
  switch (m.kind) {
    case 'enableService': {
      if (plan?.enabled) return null;
      if (plan) return withWarehouse(settings, wi, withService(w, si, { ...plan, enabled: true }));
      if (w.services.length >= 32) return null;
      const added: ServicePlan = {
        serviceId: m.serviceId,
        enabled: true,
        days: m.days,
        specialPlans: { sat: false, sun: false },
      };
      return withWarehouse(settings, wi, { ...w, services: [...w.services, added] });
    }
    case 'disableService':
      if (!plan?.enabled) return null;
      return withWarehouse(settings, wi, withService(w, si, { ...plan, enabled: false }));
    case 'addPickup':
      if (!plan?.enabled || plan.days[m.day]) return null;
      return withWarehouse(
        settings,
        wi,
        withService(w, si, { ...plan, days: { ...plan.days, [m.day]: { kind: 'pickup', times: [m.time] } } }),
      );
    case 'movePickup': {
      if (!plan?.enabled) return null;
      const days = { ...plan.days };
      let changed = false;
      for (const d of m.days) {
        const h = days[d];
        if (!h || h.kind !== 'pickup' || (h.times.length === 1 && h.times[0] === m.time)) continue;
        days[d] = { kind: 'pickup', times: [m.time] };
        changed = true;
      }
      return changed ? withWarehouse(settings, wi, withService(w, si, { ...plan, days })) : null;
    }
    case 'setCutoff': {
      const cutoffs = { ...w.cutoffs };
      let changed = false;
      for (const d of m.days) {
        if (cutoffs[d] === undefined || cutoffs[d] === m.time) continue;
        cutoffs[d] = m.time;
        changed = true;
      }
      // A per-service cutoff override on those days would hide the change: the move sets the warehouse cutoff only.
      return changed ? withWarehouse(settings, wi, { ...w, cutoffs }) : null;
    }
    case 'operateDay': {
      if (w.operatingDays.includes(m.day)) return null;
      const operatingDays = WEEKDAYS.filter((d) => d === m.day || w.operatingDays.includes(d));
      let next: Warehouse = { ...w, operatingDays, cutoffs: { ...w.cutoffs, [m.day]: m.cutoff } };
      for (const h of m.handovers) {
        const i = next.services.findIndex((p) => p.serviceId === h.serviceId);
        if (i < 0 || !next.services[i]!.enabled) return null;
        const p = next.services[i]!;
        next = withService(next, i, {
          ...p,
          days: { ...p.days, [m.day]: h.handover },
          specialPlans: h.specialPlan ? { ...p.specialPlans, [m.day]: true } : p.specialPlans,
        });
      }
      return withWarehouse(settings, wi, next);
    }
    case 'signSpecialPlan': {
      if (!plan?.enabled || plan.specialPlans[m.day]) return null;
      const days = plan.days[m.day]
        ? plan.days
        : { ...plan.days, [m.day]: { kind: 'pickup' as const, times: [m.time] } };
      return withWarehouse(
        settings,
        wi,
        withService(w, si, { ...plan, days, specialPlans: { ...plan.specialPlans, [m.day]: true } }),
      );
    }
    case 'setCustomerCutoffLead':
      if (w.customerCutoffLeadMinutes === m.minutes) return null;
      return withWarehouse(settings, wi, { ...w, customerCutoffLeadMinutes: m.minutes });
    case 'setZoneCap': {
      if (!plan?.enabled || (plan.zoneCap ?? null) === m.zoneCap) return null;
      const next: ServicePlan = { ...plan };
      if (m.zoneCap === null) delete next.zoneCap;
      else next.zoneCap = m.zoneCap;
      return withWarehouse(settings, wi, withService(w, si, next));
    }
  }
}

/**
 * The settings fields a move sets, as keys (`cutoff:<warehouse>:<day>`, `zoneCap:<warehouse>:<service>`…).
 * Two moves that share a key are two values for one field — "cutoff 16:00, then 17:00" — which is
 * one change described twice (the later value wins) and counts one move too many; the search never
 * combines them (applyMoves refuses them).
 * @example
 * moveFields({ kind: 'setCutoff', warehouseId: 'wh', days: ['mon', 'tue'], time: '15:00' })
 * // ['cutoff:wh:mon', 'cutoff:wh:tue']
 */
export function moveFields(m: Move): string[] {
  switch (m.kind) {
    case 'enableService':
    case 'disableService':
      return [`enabled:${m.warehouseId}:${m.serviceId}`];
    case 'addPickup':
      return [`handover:${m.warehouseId}:${m.serviceId}:${m.day}`];
    case 'movePickup':
      return m.days.map((d) => `handover:${m.warehouseId}:${m.serviceId}:${d}`);
    case 'setCutoff':
      return m.days.map((d) => `cutoff:${m.warehouseId}:${d}`);
    case 'operateDay':
      return [
        `operates:${m.warehouseId}:${m.day}`,
        `cutoff:${m.warehouseId}:${m.day}`,
        ...m.handovers.map((h) => `handover:${m.warehouseId}:${h.serviceId}:${m.day}`),
        ...m.handovers.filter((h) => h.specialPlan).map((h) => `specialPlan:${m.warehouseId}:${h.serviceId}:${m.day}`),
      ];
    case 'signSpecialPlan':
      return [
        `specialPlan:${m.warehouseId}:${m.serviceId}:${m.day}`,
        `handover:${m.warehouseId}:${m.serviceId}:${m.day}`,
      ];
    case 'setCustomerCutoffLead':
      return [`lead:${m.warehouseId}`];
    case 'setZoneCap':
      return [`zoneCap:${m.warehouseId}:${m.serviceId}`];
    case 'addWarehouse':
      return [`warehouse:${m.id}`];
  }
}

/**
 * Whether some field is set by two of the moves (see moveFields).
 * @example sharesAField([cutoffAt16, cutoffAt17]) // true
 */
export function sharesAField(moves: readonly Move[]): boolean {
  if (moves.length < 2) return false;
  const seen = new Set<string>();
  for (const m of moves) {
    for (const f of moveFields(m)) {
      if (seen.has(f)) return true;
    }
    for (const f of moveFields(m)) seen.add(f);
  }
  return false;
}

/**
 * Applies moves in order; null as soon as one does not apply, or when two of them set the same
 * field (see moveFields).
 * @example applyMoves(settings, []) === settings // true
 */
export function applyMoves(settings: Settings, moves: readonly Move[]): Settings | null {
  if (sharesAField(moves)) return null;
  let s: Settings | null = settings;
  for (const m of moves) {
    s = applyMove(s, m);
    if (!s) return null;
  }
  return s;
}

export interface MoveOptions {
  /** Carriers whose services may be added (default: the cost model's available carriers). */
  availableCarriers?: readonly string[];
  /** Warehouse sites to try: ZIP5 codes that exist (checked by the caller). */
  candidateZips?: readonly string[];
  /** Policy whose cutoff floors apply (default: the plan's). */
  policyId?: string;
}

const LATEST_PICKUP = minutesOfDay('21:00');

/** Latest scheduled handover time (minutes) of any enabled service of a warehouse on a day, or -1. */
function latestHandover(w: Warehouse, day: Weekday): number {
  let latest = -1;
  for (const p of w.services) {
    if (!p.enabled) continue;
    const h = p.days[day];
    if (!h) continue;
    const t = h.kind === 'pickup' ? Math.max(...h.times.map(minutesOfDay)) : minutesOfDay(h.latest);
    if (t > latest) latest = t;
  }
  return latest;
}

/**
 * A pickup time for a new pickup on a day: the latest pickup already there, else the cutoff + 2 h; at least 16:00 on
 * weekdays.
 */
function pickupTimeFor(w: Warehouse, day: Weekday, floorMinutes: number): string {
  const cut = w.cutoffs[day];
  const base = latestHandover(w, day);
  const fromCutoff = cut === undefined ? 17 * 60 : minutesOfDay(cut) + 120;
  const t = Math.max(base >= 0 ? base : fromCutoff, cut === undefined ? 0 : minutesOfDay(cut), floorMinutes);
  return timeOfDay(Math.min(t, 23 * 60 + 59));
}

/** A weekend handover the carrier generally offers for a service ('yes' in the matrix), pickup first. */
function weekendHandover(serviceId: ServiceId, day: WeekendDay): 'pickup' | 'dropoff' | null {
  if (weekendCapability(serviceId, day, 'pickup') === 'yes') return 'pickup';
  if (weekendCapability(serviceId, day, 'dropoff') === 'yes') return 'dropoff';
  return null;
}

/**
 * Every move worth trying on a plan: services of available carriers, pickups on days without one,
 * cutoffs later (up to the day's last handover) or earlier (to the policy's floor, when that unblocks
 * a handover), weekend operation (with special plans where the matrix says Limited), special plans,
 * a shorter customer cutoff lead, zone caps one zone narrower or wider, and a warehouse at each
 * candidate ZIP. Moves that would change nothing are left out.
 * @example generateMoves(sampleSettings(), loadGeo(), resolveCostModel(sampleSettings())).length > 0 // true
 */
export function generateMoves(
  settings: Settings,
  geo: GeoData,
  cost: ResolvedCostModel,
  opts: MoveOptions = {},
): Move[] {
  const moves: Move[] = [];
  const policy = resolvePolicy(settings, opts.policyId);
  const weekdayFloor = minutesOfDay(policy.rules.minWeekdayCutoff ?? '14:00');
  const weekendFloor = minutesOfDay(policy.rules.minSaturdayCutoff ?? '10:30');
  const pickupFloor = policy.minPickupTime ? minutesOfDay(policy.minPickupTime) : 0;
  const carriers = new Set(opts.availableCarriers ?? cost.availableCarriers);
  const MON_FRI: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

  for (const w of settings.warehouses) {
    const open = WEEKDAYS.filter((d) => w.operatingDays.includes(d) && w.cutoffs[d] !== undefined);
    const enabled = w.services.filter((p) => p.enabled);

    // Services to add (or re-enable), with a pickup on each open day the carrier does.
    for (const id of SERVICE_IDS) {
      const info = SERVICES[id];
      if (!carriers.has(info.carrier)) continue;
      const existing = w.services.find((p) => p.serviceId === id);
      if (existing?.enabled) continue;
      const days: Partial<Record<Weekday, Handover>> = {};
      for (const d of open) {
        if (d === 'sat' || d === 'sun') {
          const kind = weekendHandover(id, d);
          if (kind === 'pickup') days[d] = { kind, times: [pickupTimeFor(w, d, 0)] };
          else if (kind === 'dropoff') days[d] = { kind, latest: pickupTimeFor(w, d, 0) };
        } else days[d] = { kind: 'pickup', times: [pickupTimeFor(w, d, pickupFloor)] };
      }
      if (Object.keys(days).length === 0 && !existing) continue;
      moves.push({ kind: 'enableService', warehouseId: w.id, serviceId: id, days });
    }

    for (const p of enabled) {
      if (enabled.length > 1) moves.push({ kind: 'disableService', warehouseId: w.id, serviceId: p.serviceId });
      // Pickups on open days without a handover.
      for (const d of open) {
        if (p.days[d]) continue;
        if (d === 'sat' || d === 'sun') {
          const kind = weekendHandover(p.serviceId, d);
          if (kind === 'pickup')
            moves.push({
              kind: 'addPickup',
              warehouseId: w.id,
              serviceId: p.serviceId,
              day: d,
              time: pickupTimeFor(w, d, 0),
            });
          else if (weekendCapability(p.serviceId, d, 'pickup') === 'limited' && !p.specialPlans[d]) {
            moves.push({
              kind: 'signSpecialPlan',
              warehouseId: w.id,
              serviceId: p.serviceId,
              day: d,
              time: pickupTimeFor(w, d, 0),
            });
          }
        } else
          moves.push({
            kind: 'addPickup',
            warehouseId: w.id,
            serviceId: p.serviceId,
            day: d,
            time: pickupTimeFor(w, d, pickupFloor),
          });
      }
      // Weekday pickups one hour later (lets a later cutoff keep this service).
      const weekdayPickups = MON_FRI.filter((d) => p.days[d]?.kind === 'pickup');
      if (weekdayPickups.length > 0) {
        const latest = Math.max(
          ...weekdayPickups.flatMap((d) => (p.days[d] as { times: string[] }).times.map(minutesOfDay)),
        );
        // One move per target time: two moves of the same pickups cannot be combined (moveFields).
        for (const step of [60, 120]) {
          if (latest + step <= LATEST_PICKUP)
            moves.push({
              kind: 'movePickup',
              warehouseId: w.id,
              serviceId: p.serviceId,
              days: weekdayPickups,
              time: timeOfDay(latest + step),
            });
        }
      }
      // Zone caps (Shipping Region Automation's delivery zone limit): every level, since two cap
      // moves on one service cannot be combined. Capping an air service is how a plan stops buying
      // overnight labels for far zones.
      const cap = p.zoneCap ?? 8;
      for (let z = 1; z <= 8; z++) {
        if (z === cap) continue;
        moves.push({ kind: 'setZoneCap', warehouseId: w.id, serviceId: p.serviceId, zoneCap: z === 8 ? null : z });
      }
    }

    // Cutoffs: weekdays together, each weekend day alone.
    const groups: Weekday[][] = [
      MON_FRI.filter((d) => open.includes(d)),
      ...(['sat', 'sun'] as const).filter((d) => open.includes(d)).map((d) => [d]),
    ];
    for (const days of groups) {
      if (days.length === 0) continue;
      const floor = days[0] === 'sat' || days[0] === 'sun' ? weekendFloor : weekdayFloor;
      const current = Math.max(...days.map((d) => minutesOfDay(w.cutoffs[d]!)));
      const lastHandover = Math.min(...days.map((d) => latestHandover(w, d)));
      // Every later time the handovers allow, in one move each: a cutoff is one field, so the search
      // cannot reach 17:00 as "16:00, then 17:00" (moveFields).
      for (const step of [30, 60, 90, 120, 180, 240, 300, 360]) {
        const t = current + step;
        if (t <= lastHandover) moves.push({ kind: 'setCutoff', warehouseId: w.id, days, time: timeOfDay(t) });
      }
      // Earlier, to the floor, only when that lets a handover now before the cutoff count.
      const blocked = enabled.some((p) =>
        days.some((d) => {
          const h = p.days[d];
          if (!h) return false;
          const t = h.kind === 'pickup' ? Math.max(...h.times.map(minutesOfDay)) : minutesOfDay(h.latest);
          return t < minutesOfDay(w.cutoffs[d]!) && t >= floor;
        }),
      );
      const earliest = Math.min(...days.map((d) => minutesOfDay(w.cutoffs[d]!)));
      if (blocked && earliest > floor)
        moves.push({ kind: 'setCutoff', warehouseId: w.id, days, time: timeOfDay(floor) });
    }

    // Weekend operation.
    for (const day of ['sat', 'sun'] as const) {
      if (w.operatingDays.includes(day)) continue;
      const cutoff = timeOfDay(weekendFloor);
      const handoverTime = timeOfDay(Math.max(weekendFloor + 90, 12 * 60));
      const offered = enabled.flatMap((p) => {
        const kind = weekendHandover(p.serviceId, day);
        if (!kind) return [];
        const handover: Handover = kind === 'pickup' ? { kind, times: [handoverTime] } : { kind, latest: handoverTime };
        return [{ serviceId: p.serviceId, handover, specialPlan: false }];
      });
      if (offered.length > 0) moves.push({ kind: 'operateDay', warehouseId: w.id, day, cutoff, handovers: offered });
      // With a special plan for one Limited pickup service (the only way on a Sunday for most carriers).
      for (const p of enabled) {
        if (weekendCapability(p.serviceId, day, 'pickup') !== 'limited') continue;
        moves.push({
          kind: 'operateDay',
          warehouseId: w.id,
          day,
          cutoff,
          handovers: [
            ...offered,
            { serviceId: p.serviceId, handover: { kind: 'pickup', times: [handoverTime] }, specialPlan: true },
          ],
        });
      }
    }

    if (w.customerCutoffLeadMinutes > 0)
      moves.push({
        kind: 'setCustomerCutoffLead',
        warehouseId: w.id,
        minutes: Math.max(0, w.customerCutoffLeadMinutes - 30),
      });
  }

  const first = settings.warehouses[0];
  if (first)
    for (const zip of opts.candidateZips ?? []) {
      const m = warehouseMove(settings, geo, first.id, zip);
      if (m) moves.push(m);
    }
  return moves;
}

/**
 * The move that opens a warehouse at a ZIP5 (a copy of `copyOf`'s week), or null when the ZIP is
 * unknown or already a warehouse.
 */
export function warehouseMove(
  settings: Settings,
  geo: GeoData,
  copyOf: string,
  zip: string,
): Extract<Move, { kind: 'addWarehouse' }> | null {
  const rec = geo.lookup(zip);
  const timeZone = geo.timeZoneOf(zip);
  if (zip.length !== 5 || !rec || !timeZone || settings.warehouses.some((w) => w.zip === zip)) return null;
  return { kind: 'addWarehouse', copyOf, id: `wh-${zip}`, name: `${rec.state} ${zip}`, zip, timeZone };
}

/**
 * A real ZIP5 inside a ZIP3 (its lowest existing code), to stand for the ZIP3 in a site search.
 * @example representativeZip(loadGeo(), '432') // '43201'
 */
export function representativeZip(geo: GeoData, zip3: string): string | undefined {
  for (let i = 0; i < 100; i++) {
    const zip = `${zip3}${String(i).padStart(2, '0')}`;
    if (geo.zip5Exists(zip)) return zip;
  }
  return undefined;
}
