import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARRIERS, SERVICE_IDS, type ServiceId } from '../domain/carrier';
import { carrierHolidays } from '../domain/holidays';
import { WEEKDAYS, timeOfDay } from '../time/dateTime';
import type { SettingsInput } from '../domain/settings';
import { loadGeo } from '../geo';
import { computePromise } from './explainedPromise';
import { createPromiseEngine } from './compiledPromiseEngine';
import { DEFAULT_ENGINE_CATALOG } from './engineCatalog';
import { dayNumber, formatLocalDateTime, fromLocalMinutes, isoDate } from '../time/timezone';
import { referencePromise } from '../../test/reference/promiseReference';
import { fixtureSettings } from '../../test/reference/fixtures';

/*
 * The fast engine and the explained calculator against the minute-by-minute oracle, on random
 * schedules, holidays, DST weeks (March / November), midnight and early cutoffs, weekend and Sunday
 * operation. Set FC_SEED to replay a run; the seed in use is printed.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260708;
const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 80;
console.log(`[promise properties] fast-check seed ${seed}, ${numRuns} runs (FC_SEED=<n> to replay)`);

const geo = loadGeo();
const catalog = DEFAULT_ENGINE_CATALOG;

/** Warehouse ZIPs in five different clocks (Phoenix keeps standard time all year). */
const ORIGINS = [
  { zip: '43215', timeZone: 'America/New_York' },
  { zip: '60601', timeZone: 'America/Chicago' },
  { zip: '85004', timeZone: 'America/Phoenix' },
  { zip: '90012', timeZone: 'America/Los_Angeles' },
  { zip: '80202', timeZone: 'America/Denver' },
];
/** Destinations near and far, across every contiguous clock and two non-contiguous ones. */
const DESTS = ['432', '441', '100', '606', '331', '802', '850', '900', '981', '836', '995', '967'];
/** Weeks to view in: both 2026 DST changes, and weeks holding carrier holidays. */
const WEEKS = [
  '2026-03-02',
  '2026-03-05',
  '2026-10-29',
  '2026-05-22',
  '2026-07-01',
  '2026-09-03',
  '2026-11-23',
  '2026-12-21',
  '2026-06-08',
];

const time = fc.oneof(
  fc.constantFrom('00:00', '00:30', '23:59', '02:30', '01:30', '10:30', '14:00', '23:00'),
  fc.integer({ min: 0, max: 1439 }).map(timeOfDay),
);
const weekdaySet = fc.oneof(
  fc.constant(['mon', 'tue', 'wed', 'thu', 'fri']),
  fc.constant(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']),
  fc.constant(['sun', 'mon', 'tue', 'wed', 'thu', 'fri']),
  fc.constant([...WEEKDAYS]),
  fc.subarray([...WEEKDAYS], { minLength: 0 }),
);
/** A value for most weekdays (the dictionary generator alone leaves most days empty). */
const perWeekday = <T>(value: fc.Arbitrary<T>) =>
  fc.tuple(...WEEKDAYS.map(() => fc.option(value, { nil: undefined, freq: 5 }))).map((vals) => {
    const out: Partial<Record<(typeof WEEKDAYS)[number], T>> = {};
    vals.forEach((v, i) => v !== undefined && (out[WEEKDAYS[i]!] = v));
    return out;
  });

const lateTime = fc.oneof(time, fc.constantFrom('16:00', '17:00', '18:30', '23:59', '20:00'));
const handover = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(lateTime, { minLength: 1, maxLength: 3 }).map((times) => ({ kind: 'pickup' as const, times })),
  },
  { weight: 1, arbitrary: lateTime.map((latest) => ({ kind: 'dropoff' as const, latest })) },
);

const plan = (serviceId: ServiceId) =>
  fc.record({
    serviceId: fc.constant(serviceId),
    enabled: fc.constantFrom(true, true, true, false),
    zoneCap: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    days: perWeekday(handover),
    specialPlans: fc.record({ sat: fc.boolean(), sun: fc.boolean() }),
  });

const warehouse = fc.record({
  origin: fc.constantFrom(...ORIGINS),
  operatingDays: weekdaySet,
  cutoffs: perWeekday(time),
  lead: fc.constantFrom(0, 60, 60, 90, 720, 15),
  services: fc
    .uniqueArray(fc.constantFrom(...SERVICE_IDS), { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map(plan))),
  serviceCutoffOverride: fc.option(fc.tuple(fc.constantFrom(...WEEKDAYS), time), { nil: undefined }),
  closureOffsets: fc.array(fc.integer({ min: -2, max: 12 }), { maxLength: 2 }),
});

const scenario = fc.record({
  week: fc.constantFrom(...WEEKS),
  warehouses: fc.array(warehouse, { minLength: 1, maxLength: 2 }),
  holidayOffsets: fc.array(
    fc.record({
      offset: fc.integer({ min: -2, max: 14 }),
      carriers: fc.option(fc.subarray(['ups', 'fedex', 'usps'] as const, { minLength: 1 }), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  /** Weekend days some services also deliver on, by state, ZIP3 list or the "where available" default. */
  extraDelivery: fc.array(
    fc.oneof(
      fc.record({
        serviceId: fc.constantFrom(...SERVICE_IDS),
        day: fc.constantFrom('sat' as const, 'sun' as const),
        area: fc.record({
          kind: fc.constant('states' as const),
          states: fc.subarray(['NY', 'CA', 'OH', 'AK', 'HI', 'WA', 'IL'], { minLength: 1 }),
        }),
      }),
      fc.record({
        serviceId: fc.constantFrom(...SERVICE_IDS),
        day: fc.constantFrom('sat' as const, 'sun' as const),
        area: fc.record({ kind: fc.constant('zip3s' as const), zip3s: fc.subarray(DESTS, { minLength: 1 }) }),
      }),
      fc.constantFrom(
        { serviceId: 'ups-ground' as const, day: 'sat' as const, area: { kind: 'whereAvailable' as const } },
        { serviceId: 'fedex-home-delivery' as const, day: 'sun' as const, area: { kind: 'whereAvailable' as const } },
        {
          serviceId: 'usps-priority-mail-express' as const,
          day: 'sun' as const,
          area: { kind: 'whereAvailable' as const },
        },
      ),
    ),
    { maxLength: 2 },
  ),
  /** Built-in carrier holidays near the week that the plan reopens (indexes into the candidates). */
  reopenPicks: fc.array(fc.nat({ max: 99 }), { maxLength: 3 }),
  overrides: fc.array(
    fc.record({
      serviceId: fc.constantFrom(...SERVICE_IDS),
      dest: fc.constantFrom(...DESTS),
      businessDays: fc.integer({ min: 0, max: 6 }),
    }),
    { maxLength: 3 },
  ),
  views: fc.array(
    fc.record({
      minute: fc.integer({ min: 0, max: 7 * 1440 - 1 }),
      dest: fc.integer({ min: 0, max: DESTS.length - 1 }),
      tier: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 4, maxLength: 12 },
  ),
});

/** Built-in (carrier, date) holidays from two days before the week to a month after it: what a plan could reopen. */
function reopenCandidates(weekDay: number): { date: string; carrier: (typeof CARRIERS)[number] }[] {
  const out: { date: string; carrier: (typeof CARRIERS)[number] }[] = [];
  const from = isoDate(weekDay - 2);
  const to = isoDate(weekDay + 31);
  for (const carrier of CARRIERS) {
    for (const year of new Set([from.slice(0, 4), to.slice(0, 4)])) {
      for (const h of carrierHolidays(carrier, Number(year)))
        if (h.date >= from && h.date <= to) out.push({ date: h.date, carrier });
    }
  }
  return out;
}

function buildSettings(s: ScenarioValue) {
  const weekDay = dayNumber(s.week);
  const input: Partial<SettingsInput> = {
    warehouses: s.warehouses.map((w, i) => {
      const services = w.services.map((p) => ({ ...p, zoneCap: p.zoneCap }));
      const first = services[0]!.serviceId;
      return {
        id: `w${i}`,
        name: `Warehouse ${i}`,
        zip: w.origin.zip,
        timeZone: w.origin.timeZone,
        operatingDays: [...w.operatingDays],
        cutoffs: w.cutoffs,
        customerCutoffLeadMinutes: w.lead,
        serviceCutoffs: w.serviceCutoffOverride
          ? { [first]: { [w.serviceCutoffOverride[0]]: w.serviceCutoffOverride[1] } }
          : {},
        services,
        closures: w.closureOffsets.map((o) => isoDate(weekDay + o)),
      };
    }),
    holidays: s.holidayOffsets.map((h, i) => ({
      date: isoDate(weekDay + h.offset),
      name: `Holiday ${i}`,
      ...(h.carriers ? { carriers: [...h.carriers] } : {}),
    })),
    reopenedCarrierDays: (() => {
      const candidates = reopenCandidates(weekDay);
      return candidates.length === 0 ? [] : s.reopenPicks.map((p) => candidates[p % candidates.length]!);
    })(),
    transitOverrides: s.overrides,
    extraDeliveryDays: s.extraDelivery,
  };
  return fixtureSettings(input);
}
type ScenarioValue = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const TIERS = ['standard', 'oversize', 'extraLarge'] as const;
const destIndex = new Map(geo.zip3s.map((z, i) => [z.zip3, i]));

describe('promise engine vs the minute-by-minute reference', () => {
  it('agrees on delivery date, promise days, service, ship day and cutoff for random schedules', () => {
    let compared = 0;
    let served = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const settings = buildSettings(s);
        const engine = createPromiseEngine(settings, geo, { from: s.week, days: 7, holidays: true });
        for (const v of s.views) {
          const dest = geo.byZip3.get(DESTS[v.dest]!)!;
          const local = dayNumber(s.week) * 1440 + v.minute;
          const view = fromLocalMinutes(dest.timeZone, local);
          const ref = referencePromise(settings, geo, catalog, view, dest, {
            holidays: true,
            sizeTier: TIERS[v.tier]!,
          });
          const fast = engine.promise(view, destIndex.get(dest.zip3)!, v.tier);
          const label = `view ${formatLocalDateTime(local)} ${dest.timeZone} -> ${dest.zip3} tier ${TIERS[v.tier]}`;
          expect(fast, label).toBe(ref.promiseDays);
          expect(engine.lastDeliveryDay, label).toBe(ref.deliveryDay);
          const explained = computePromise(settings, geo, {
            at: formatLocalDateTime(local),
            to: dest.zip3,
            sizeTier: TIERS[v.tier]!,
          });
          compared++;
          if (ref.deliveryDay < 0) {
            expect(explained.ok, label).toBe(false);
            continue;
          }
          served++;
          expect(engine.lanes[engine.lastLane]?.serviceId, label).toBe(ref.serviceId);
          expect(engine.lastOutsideBuyShipping, label).toBe(ref.outsideBuyShipping);
          if (!explained.ok) throw new Error(`${label}: computePromise found nothing (${explained.reason})`);
          expect(explained.promiseDays, label).toBe(ref.promiseDays);
          expect(explained.service.serviceId, label).toBe(ref.serviceId);
          expect(explained.warehouseId, label).toBe(ref.warehouseId);
          expect(dayNumber(explained.shipDate), label).toBe(ref.shipDay);
          expect(explained.handover.time, label).toBe(timeOfDay(ref.handoverMinute!));
          expect(explained.customerCutoff, label).toBe(
            formatLocalDateTime(ref.customerCutoff! + localOffset(dest.timeZone, ref.customerCutoff!)),
          );
        }
      }),
      { seed, numRuns },
    );
    // The generators must produce mostly servable cases, or the comparison says little.
    expect(served / compared).toBeGreaterThan(0.3);
    // ~25 s alone; the shared 2-core machine under load has taken over the default 60 s.
  }, 180_000);

  it('agrees on a "typical" calendar (holidays and closures ignored)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const settings = buildSettings(s);
        const engine = createPromiseEngine(settings, geo, { from: s.week, days: 7, holidays: false });
        for (const v of s.views) {
          const dest = geo.byZip3.get(DESTS[v.dest]!)!;
          const view = fromLocalMinutes(dest.timeZone, dayNumber(s.week) * 1440 + v.minute);
          const ref = referencePromise(settings, geo, catalog, view, dest, {
            holidays: false,
            sizeTier: TIERS[v.tier]!,
          });
          expect(engine.promise(view, destIndex.get(dest.zip3)!, v.tier)).toBe(ref.promiseDays);
          expect(engine.lastDeliveryDay).toBe(ref.deliveryDay);
        }
      }),
      { seed: seed + 1, numRuns: Math.ceil(numRuns / 2) },
    );
  });
});

function localOffset(timeZone: string, instant: number): number {
  // Offset via Intl directly, independent of the engine's cache.
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant * 60_000))
      .map((x) => [x.type, x.value]),
  );
  return (
    Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) / 60_000 - instant
  );
}

describe('DST nights', () => {
  it('agrees when cutoffs and pickups fall in the skipped or repeated hour of a Sunday change', () => {
    const night = fc.integer({ min: 0, max: 4 * 60 - 1 }).map(timeOfDay);
    const dstScenario = fc.record({
      week: fc.constantFrom('2026-03-02', '2026-10-26'),
      origin: fc.constantFrom(...ORIGINS),
      sunCutoff: night,
      monCutoff: night,
      lead: fc.constantFrom(0, 30, 60, 120),
      pickups: fc.array(fc.integer({ min: 0, max: 6 * 60 - 1 }).map(timeOfDay), { minLength: 1, maxLength: 3 }),
      views: fc.array(
        fc.record({
          minute: fc.integer({ min: 5 * 1440 + 18 * 60, max: 7 * 1440 + 6 * 60 }),
          dest: fc.integer({ min: 0, max: DESTS.length - 1 }),
        }),
        { minLength: 4, maxLength: 10 },
      ),
    });
    fc.assert(
      fc.property(dstScenario, (s) => {
        const days = Object.fromEntries(WEEKDAYS.map((d) => [d, { kind: 'pickup' as const, times: s.pickups }]));
        const settings = fixtureSettings({
          warehouses: [
            {
              id: 'dst',
              name: 'DST',
              zip: s.origin.zip,
              timeZone: s.origin.timeZone,
              operatingDays: [...WEEKDAYS],
              cutoffs: { sun: s.sunCutoff, mon: s.monCutoff },
              customerCutoffLeadMinutes: s.lead,
              services: [{ serviceId: 'usps-priority-mail-express', days, specialPlans: { sat: false, sun: true } }],
            },
          ],
        });
        const engine = createPromiseEngine(settings, geo, { from: s.week, days: 8, holidays: true });
        for (const v of s.views) {
          const dest = geo.byZip3.get(DESTS[v.dest]!)!;
          const local = dayNumber(s.week) * 1440 + v.minute;
          const view = fromLocalMinutes(dest.timeZone, local);
          const ref = referencePromise(settings, geo, catalog, view, dest, { holidays: true, sizeTier: 'standard' });
          const label = `view ${formatLocalDateTime(local)} ${dest.timeZone} -> ${dest.zip3}`;
          expect(engine.promise(view, destIndex.get(dest.zip3)!, 0), label).toBe(ref.promiseDays);
          const explained = computePromise(settings, geo, { at: formatLocalDateTime(local), to: dest.zip3 });
          if (explained.ok) {
            expect(dayNumber(explained.shipDate), label).toBe(ref.shipDay);
            expect(explained.customerCutoff, label).toBe(
              formatLocalDateTime(ref.customerCutoff! + localOffset(dest.timeZone, ref.customerCutoff!)),
            );
            expect(explained.handover.time, label).toBe(timeOfDay(ref.handoverMinute!));
          } else expect(ref.deliveryDay, label).toBe(-1);
        }
      }),
      { seed: seed + 2, numRuns },
    );
  });
});
