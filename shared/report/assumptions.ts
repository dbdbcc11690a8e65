import type { Settings } from '../domain/settings';
import type { ServiceId } from '../domain/carrier';
import { WEEKDAYS, type Weekday } from '../time/dateTime';
import { SERVICES } from '../catalog/services';
import { carrierHolidays } from '../domain/holidays';
import { DEFAULT_COST_MODEL } from '../catalog/costDefaults';
import { DECEMBER_ON_TIME, LATE_SHAPE } from '../catalog/transitSpread';
import { OPERATIONS_DEFAULTS } from '../eligibility/operations';
import { SIX_DAY_DELIVERY_MIN_DAYS } from '../engine/deliveredWeekdays';
import { sampleSettings } from '../catalog/sample';
import type { RemoteRegion } from '../geo/remoteRegions';
import type { MessageKey } from '../i18n/catalogue';

/*
 * Every default the figures rest on, in one list: what ShipWeek assumes, where it comes from, and
 * whether this plan replaces it. The app's Assumptions page and the report's Assumptions section both
 * render this list, so they cannot disagree. The figures are read from where they live (the catalog,
 * the cost model, the transit spread, the eligibility defaults) rather than restated here.
 */

/**
 * How sure the source is: A an Amazon or carrier page, B trade press, C weak (an editable assumption).
 */
export type AssumptionGrade = 'A' | 'B' | 'C';

/**
 * - `default`: ShipWeek's default is in use;
 * - `overridden`: the plan sets its own value (`overrideKey` says what);
 * - `rule`: a program rule or a modelling rule, not a setting.
 */
export type AssumptionStatus = 'default' | 'overridden' | 'rule';

export type AssumptionId =
  | 'zones'
  | 'transit'
  | 'deliveryDays'
  | 'holidays'
  | 'cutoffLead'
  | 'coverage'
  | 'primeRegions'
  | 'sixDayDelivery'
  | 'measuring'
  | 'week'
  | 'viewProfile'
  | 'destinations'
  | 'sizeMix'
  | 'costs'
  | 'transitSpread'
  | 'operations';

export interface Assumption {
  id: AssumptionId;
  /** i18n keys (assumptions.topic.<id>, assumptions.value.<id>[.variant], assumptions.source.<id>). */
  topicKey: MessageKey;
  valueKey: MessageKey;
  valueParams: Record<string, string | number>;
  sourceKey: MessageKey;
  grade: AssumptionGrade;
  status: AssumptionStatus;
  /** What the plan sets instead, when `status` is 'overridden'. */
  overrideKey?: MessageKey;
  overrideParams?: Record<string, string | number>;
}

export interface AssumptionOptions {
  /** BCP 47 locale for the numbers in the values ('en-US', 'fr-FR'). */
  locale: string;
  /** The language's label-value separator, the catalogue's `report.colon` (French puts a space before the colon). */
  colon: string;
  /** Year whose built-in holidays are counted (the caller's today: shared code never reads the clock). */
  year: number;
  /** Short weekday names, e.g. (d) => t(`assumptions.day.${d}`). */
  dayName(day: Weekday): string;
  /** Service names, e.g. (id) => t(`catalog.service.${id}`). */
  serviceName(serviceId: ServiceId): string;
  /** Names of the remote regions, e.g. (r) => t(`catalog.region.${r}`); the ids without it. */
  regionName?(region: RemoteRegion): string;
}

/**
 * The assumptions behind this plan's figures, in reading order (geography and carriers, program rules,
 * demand, then the advisor's and the eligibility horizon's defaults).
 * @example
 * const opts = { locale: 'en-US', colon: ': ', year: 2026, dayName: (d) => d, serviceName: (s) => s };
 * listAssumptions(sampleSettings(), opts)
 *   .find((a) => a.id === 'transit')?.status // 'default'
 */
export function listAssumptions(settings: Settings, opts: AssumptionOptions): Assumption[] {
  const pct = (share: number) =>
    new Intl.NumberFormat(opts.locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const usd = (n: number) =>
    new Intl.NumberFormat(opts.locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
  const num = (n: number) => new Intl.NumberFormat(opts.locale).format(n);
  const enabled = [
    ...new Set(settings.warehouses.flatMap((w) => w.services.filter((p) => p.enabled).map((p) => p.serviceId))),
  ];
  const list: Assumption[] = [];
  const add = (a: Omit<Assumption, 'topicKey' | 'sourceKey' | 'valueKey'> & { valueKey?: MessageKey }) =>
    list.push({
      ...a,
      topicKey: `assumptions.topic.${a.id}`,
      sourceKey: `assumptions.source.${a.id}`,
      valueKey: a.valueKey ?? `assumptions.value.${a.id}`,
    });

  add({ id: 'zones', valueParams: {}, grade: 'C', status: 'default' });

  const transit = enabled.map((id) => {
    const days = SERVICES[id].transitByZone;
    return `${opts.serviceName(id)} ${Math.min(...days)}–${Math.max(...days)}`;
  });
  const overrides = settings.transitOverrides.length;
  add({
    id: 'transit',
    valueKey: transit.length ? 'assumptions.value.transit' : 'assumptions.value.noService',
    valueParams: { services: transit.join(' · ') },
    grade: 'C',
    status: overrides > 0 ? 'overridden' : 'default',
    ...(overrides > 0 ? { overrideKey: 'assumptions.override.transit', overrideParams: { count: overrides } } : {}),
  });

  const colon = opts.colon;
  // The plan's extra weekend delivery days replace the services' usual days where they apply; a
  // "where available" row still rests on ShipWeek's default area, and the text says so.
  const extraDays = settings.extraDeliveryDays;
  const extraName = (e: (typeof extraDays)[number]) => `${opts.serviceName(e.serviceId)} ${opts.dayName(e.day)}`;
  const listed = extraDays
    .flatMap((e) =>
      e.area.kind === 'states'
        ? [`${extraName(e)}${colon}${shortList(e.area.states)}`]
        : e.area.kind === 'zip3s'
          ? [`${extraName(e)}${colon}ZIP3 ${shortList(e.area.zip3s)}`]
          : [],
    )
    .join(' · ');
  const defaultArea = extraDays
    .filter((e) => e.area.kind === 'whereAvailable')
    .map(extraName)
    .join(' · ');
  add({
    id: 'deliveryDays',
    valueKey: enabled.length ? 'assumptions.value.deliveryDays' : 'assumptions.value.noService',
    valueParams: {
      services: enabled
        .map((id) => `${opts.serviceName(id)}${colon}${dayRange(SERVICES[id].deliveryDays, opts.dayName)}`)
        .join(' · '),
    },
    grade: 'B',
    status: extraDays.length > 0 ? 'overridden' : 'default',
    ...(extraDays.length > 0
      ? {
          overrideKey: `assumptions.override.deliveryDays.${listed && defaultArea ? 'both' : listed ? 'listed' : 'defaultArea'}`,
          overrideParams: { listed, defaultArea },
        }
      : {}),
  });

  // A listed carrier holiday that the built-in calendar already has is a copy, not a change of the
  // default; a reopened built-in day and a warehouse's own closing day are changes.
  const ownHolidays = settings.holidays.filter(
    (h) =>
      !(
        h.carriers?.length &&
        h.carriers.every((c) => carrierHolidays(c, Number(h.date.slice(0, 4))).some((b) => b.date === h.date))
      ),
  ).length;
  const reopened = settings.reopenedCarrierDays.length;
  const closures = settings.warehouses.reduce((n, w) => n + w.closures.length, 0);
  const ownCalendar = ownHolidays + reopened + closures > 0;
  add({
    id: 'holidays',
    valueParams: {
      year: opts.year,
      ups: carrierHolidays('ups', opts.year).length,
      usps: carrierHolidays('usps', opts.year).length,
    },
    grade: 'A',
    status: ownCalendar ? 'overridden' : 'default',
    ...(ownCalendar
      ? { overrideKey: 'assumptions.override.holidays', overrideParams: { count: ownHolidays, closures, reopened } }
      : {}),
  });

  const leads = settings.warehouses.filter((w) => w.customerCutoffLeadMinutes !== 60);
  add({
    id: 'cutoffLead',
    valueParams: { minutes: 60 },
    grade: 'A',
    status: leads.length > 0 ? 'overridden' : 'default',
    ...(leads.length > 0
      ? {
          overrideKey: 'assumptions.override.cutoffLead',
          overrideParams: { list: leads.map((w) => `${w.name} ${w.customerCutoffLeadMinutes} min`).join(', ') },
        }
      : {}),
  });

  add({ id: 'coverage', valueParams: {}, grade: 'A', status: 'rule' });
  // Alaska, Hawaii, Puerto Rico and the territories: outside the Prime regions unless the plan says so.
  const remote = settings.primeRemoteRegions ?? [];
  add({
    id: 'primeRegions',
    valueParams: {},
    grade: 'A',
    status: remote.length > 0 ? 'overridden' : 'default',
    ...(remote.length > 0
      ? {
          overrideKey: 'assumptions.override.primeRegions',
          overrideParams: { regions: remote.map((r) => opts.regionName?.(r) ?? r).join(' · ') },
        }
      : {}),
  });
  add({ id: 'sixDayDelivery', valueParams: { days: SIX_DAY_DELIVERY_MIN_DAYS }, grade: 'A', status: 'rule' });
  add({ id: 'measuring', valueParams: {}, grade: 'A', status: 'rule' });
  add({ id: 'week', valueParams: {}, grade: 'C', status: 'default' });

  add({
    id: 'viewProfile',
    valueParams: {},
    grade: 'C',
    status: settings.viewProfile.source === 'custom' ? 'overridden' : 'default',
    ...(settings.viewProfile.source === 'custom'
      ? { overrideKey: 'assumptions.override.viewProfile', overrideParams: {} }
      : {}),
  });

  const dw = settings.destinationWeights;
  add({
    id: 'destinations',
    valueParams: {},
    grade: 'B',
    status: dw.source === 'custom' ? 'overridden' : 'default',
    ...(dw.source === 'custom'
      ? {
          overrideKey: 'assumptions.override.destinations',
          overrideParams: { count: num(Object.keys(dw.byZip).length) },
        }
      : {}),
  });

  const sampleMix = sampleSettings().sizeTierMix;
  const mix = settings.sizeTierMix;
  const ownMix =
    mix.standard !== sampleMix.standard ||
    mix.oversize !== sampleMix.oversize ||
    mix.extraLarge !== sampleMix.extraLarge;
  add({
    id: 'sizeMix',
    valueParams: {
      standard: pct(sampleMix.standard),
      oversize: pct(sampleMix.oversize),
      extraLarge: pct(sampleMix.extraLarge),
    },
    grade: 'C',
    status: ownMix ? 'overridden' : 'default',
    ...(ownMix
      ? {
          overrideKey: 'assumptions.override.sizeMix',
          overrideParams: { standard: pct(mix.standard), oversize: pct(mix.oversize), extraLarge: pct(mix.extraLarge) },
        }
      : {}),
  });

  const c = DEFAULT_COST_MODEL;
  const cm = settings.costModel;
  add({
    id: 'costs',
    valueParams: {
      orders: num(c.weeklyOrders),
      weekday: usd(c.operatingDayUsd.weekday),
      weekend: usd(c.operatingDayUsd.saturday),
      pickup: usd(c.pickupUsd.ups?.saturday ?? 0),
      plan: usd(c.specialPlanUsdPerWeek),
    },
    grade: 'C',
    status: cm ? 'overridden' : 'default',
    ...(cm
      ? {
          overrideKey: 'assumptions.override.costs',
          overrideParams: { orders: num(cm.weeklyOrders), rates: cm.labelRates.length },
        }
      : {}),
  });

  const spreads = settings.transitSpread?.length ?? 0;
  add({
    id: 'transitSpread',
    valueParams: {
      ups: pct(DECEMBER_ON_TIME.ups),
      fedex: pct(DECEMBER_ON_TIME.fedex),
      usps: pct(DECEMBER_ON_TIME.usps),
      shape: LATE_SHAPE.map((s) => pct(s)).join(' / '),
    },
    grade: 'B',
    status: spreads > 0 ? 'overridden' : 'default',
    ...(spreads > 0 ? { overrideKey: 'assumptions.override.transitSpread', overrideParams: { count: spreads } } : {}),
  });

  const ops = settings.operations;
  const ownOps = ops
    ? (
        [
          'weeklyOrders',
          'missedPickupShare',
          'cancellationRate',
          'buyShippingShare',
          'validTrackingRate',
          'otdrProtectedShare',
        ] as const
      ).filter((k) => ops[k] !== undefined).length
    : 0;
  const o = OPERATIONS_DEFAULTS;
  add({
    id: 'operations',
    valueParams: {
      missed: pct(o.missedPickupShare),
      cancel: pct(o.cancellationRate),
      buy: pct(o.buyShippingShare),
      tracking: pct(o.validTrackingRate),
      otdr: pct(o.otdrProtectedShare),
    },
    grade: 'C',
    status: ownOps > 0 ? 'overridden' : 'default',
    ...(ownOps > 0 ? { overrideKey: 'assumptions.override.operations', overrideParams: { count: ownOps } } : {}),
  });
  return list;
}

/** "Mon–Fri", or a list when the days are not consecutive ("Tue–Sat", "Mon, Wed"). */
function dayRange(days: readonly Weekday[], name: (d: Weekday) => string): string {
  const idx = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return '—';
  const consecutive = idx.every((v, k) => k === 0 || v === idx[k - 1]! + 1);
  return consecutive && idx.length > 2
    ? `${name(WEEKDAYS[idx[0]!]!)}–${name(WEEKDAYS[idx[idx.length - 1]!]!)}`
    : idx.map((i) => name(WEEKDAYS[i]!)).join(', ');
}

/** A list of codes for a table cell: the first few, then how many more ("NY, NJ, CT, PA, MA +3"). */
function shortList(codes: readonly string[], shown = 8): string {
  return codes.length <= shown ? codes.join(', ') : `${codes.slice(0, shown).join(', ')} +${codes.length - shown}`;
}
