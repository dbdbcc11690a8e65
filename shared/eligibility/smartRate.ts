import type { ServiceId } from '../domain/carrier';
import { MAX_TRANSIT_SPREADS, type TransitSpread } from '../domain/operations';
import { percentilesToShares } from './spreadCsv';
import type { CodeUnder, MessageKey } from '../i18n/catalogue';

/*
 * Import of an EasyPost SmartRate response (GET /shipments/:id/smartrate) as transit-spread rows.
 * SmartRate gives, per carrier rate of one shipment, `time_in_transit` with transit business days
 * at percentiles 50, 75, 85, 90, 95, 97 and 99. A response is for one lane, and names no zone: the
 * importer takes the zone (and optionally the month) the rows apply to from the caller (empty =
 * every zone). Accepted shapes: the response `{ "result": [rate, …] }`, a bare array of rates, or
 * an array of responses (one per sample shipment of the same lane; then their percentiles are the
 * mean of the shipments'). Rates of services ShipWeek does not model (First-Class, UPS Saver…) are
 * skipped and listed; every other problem is an error naming the JSON path, and one error rejects
 * the file (all or nothing).
 */

export interface SmartRateError {
  /** JSON path, e.g. `result[2].time_in_transit.percentile_90`; '' for the file. */
  path: string;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

export type SmartRateResult =
  | { ok: true; spreads: TransitSpread[]; skipped: { path: string; carrier: string; service: string }[] }
  | { ok: false; errors: SmartRateError[] };

export const SMART_RATE_LEVELS = [50, 75, 85, 90, 95, 97, 99] as const;
export const SMART_RATE_MAX_BYTES = 4 * 1024 * 1024;

/** SmartRate's carrier + service codes (as EasyPost writes them) -> ShipWeek's services. */
const SERVICE_CODES: Readonly<Record<string, ServiceId>> = {
  'ups|ground': 'ups-ground',
  'ups|3dayselect': 'ups-3-day-select',
  'ups|2nddayair': 'ups-2nd-day-air',
  'ups|nextdayairsaver': 'ups-next-day-air-saver',
  'ups|nextdayair': 'ups-next-day-air',
  'fedex|fedexground': 'fedex-ground',
  'fedex|groundhomedelivery': 'fedex-home-delivery',
  'fedex|fedexexpresssaver': 'fedex-express-saver',
  'fedex|fedex2day': 'fedex-2day',
  'fedex|standardovernight': 'fedex-standard-overnight',
  'fedex|priorityovernight': 'fedex-priority-overnight',
  'usps|groundadvantage': 'usps-ground-advantage',
  'usps|priority': 'usps-priority-mail',
  'usps|express': 'usps-priority-mail-express',
};

const norm = (v: string) => v.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The ShipWeek service of a SmartRate carrier and service code, if it is one ShipWeek models.
 * @example smartRateService('UPS', 'NextDayAirSaver') // 'ups-next-day-air-saver'
 */
export function smartRateService(carrier: string, service: string): ServiceId | undefined {
  const c = norm(carrier)
    .replace(/^upsdap$/, 'ups')
    .replace(/^fedexdefault$/, 'fedex');
  return SERVICE_CODES[`${c}|${norm(service)}`];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses a SmartRate response into spread rows for `zone` (1-8, or undefined = every zone) and `month`.
 * @example
 * parseSmartRateJson(
 *   JSON.stringify({
 *     result: [
 *       {
 *         carrier: 'UPS',
 *         service: 'Ground',
 *         time_in_transit: {
 *           percentile_50: 2,
 *           percentile_75: 2,
 *           percentile_85: 3,
 *           percentile_90: 3,
 *           percentile_95: 3,
 *           percentile_97: 4,
 *           percentile_99: 5,
 *         },
 *       },
 *     ],
 *   }),
 *   { zone: 5 },
 * )
 */
export function parseSmartRateJson(
  text: string,
  opts: { zone?: number; month?: number; source?: string } = {},
): SmartRateResult {
  const errors: SmartRateError[] = [];
  const fail = (
    path: string,
    code: CodeUnder<'eligibility.smartRate'>,
    params: Record<string, string | number> = {},
  ) => {
    if (errors.length < 20) errors.push({ path, messageKey: `eligibility.smartRate.${code}`, params });
  };
  if (text.length > SMART_RATE_MAX_BYTES)
    return {
      ok: false,
      errors: [{ path: '', messageKey: 'eligibility.smartRate.tooLarge', params: { limit: SMART_RATE_MAX_BYTES } }],
    };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          messageKey: 'eligibility.smartRate.notJson',
          params: { message: error instanceof Error ? error.message.slice(0, 120) : '' },
        },
      ],
    };
  }
  // Normalise to a list of responses, each a list of rates, with the path each came from.
  const responses: { path: string; rates: unknown[] }[] = [];
  if (isObject(doc) && Array.isArray(doc['result'])) responses.push({ path: 'result', rates: doc['result'] });
  else if (Array.isArray(doc) && doc.every((d) => isObject(d) && Array.isArray(d['result'])))
    doc.forEach((d, i) => responses.push({ path: `[${i}].result`, rates: (d as { result: unknown[] }).result }));
  else if (Array.isArray(doc)) responses.push({ path: '', rates: doc });
  else return { ok: false, errors: [{ path: '', messageKey: 'eligibility.smartRate.shape', params: {} }] };

  const sums = new Map<ServiceId, { values: number[]; count: number; firstPath: string }>();
  const skipped: { path: string; carrier: string; service: string }[] = [];
  let rateCount = 0;
  for (const r of responses) {
    const seen = new Map<ServiceId, string>();
    r.rates.forEach((rate, i) => {
      const path = `${r.path}[${i}]`;
      rateCount++;
      if (!isObject(rate)) return fail(path, 'notAnObject');
      const carrier = rate['carrier'];
      const service = rate['service'];
      if (typeof carrier !== 'string' || carrier === '')
        return fail(`${path}.carrier`, 'missing', { field: 'carrier' });
      if (typeof service !== 'string' || service === '')
        return fail(`${path}.service`, 'missing', { field: 'service' });
      const id = smartRateService(carrier, service);
      if (!id) {
        skipped.push({ path, carrier: carrier.slice(0, 40), service: service.slice(0, 40) });
        return;
      }
      const twice = seen.get(id);
      if (twice) return fail(path, 'duplicate', { service: `${carrier} ${service}`, other: twice });
      seen.set(id, path);
      const tit = rate['time_in_transit'];
      if (!isObject(tit)) return fail(`${path}.time_in_transit`, 'missing', { field: 'time_in_transit' });
      const values: number[] = [];
      for (const level of SMART_RATE_LEVELS) {
        const field = `percentile_${level}`;
        const v = tit[field];
        if (v === undefined || v === null) return fail(`${path}.time_in_transit.${field}`, 'missing', { field });
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 15)
          return fail(`${path}.time_in_transit.${field}`, 'badDays', { value: String(v).slice(0, 20) });
        if (values.length > 0 && v < values[values.length - 1]!)
          return fail(`${path}.time_in_transit.${field}`, 'decreasing', {
            field,
            value: v,
            previous: values[values.length - 1]!,
          });
        values.push(v);
      }
      const acc = sums.get(id) ?? { values: SMART_RATE_LEVELS.map(() => 0), count: 0, firstPath: path };
      values.forEach((v, k) => (acc.values[k] = acc.values[k]! + v));
      acc.count++;
      sums.set(id, acc);
    });
  }
  if (rateCount === 0) fail('', 'noRates');
  if (errors.length > 0) return { ok: false, errors };
  if (sums.size === 0)
    return {
      ok: false,
      errors: [{ path: '', messageKey: 'eligibility.smartRate.noKnownService', params: { count: skipped.length } }],
    };

  const spreads: TransitSpread[] = [];
  for (const [serviceId, acc] of sums) {
    // Several shipments of one lane: mean percentiles, rounded up to whole days (a day started is a day late).
    const values = acc.values.map((v) => Math.ceil(v / acc.count - 1e-9));
    const shares = percentilesToShares(
      SMART_RATE_LEVELS.map((l) => l / 100),
      values,
    );
    if (!shares) {
      errors.push({
        path: `${acc.firstPath}.time_in_transit.percentile_99`,
        messageKey: 'eligibility.smartRate.tooLong',
        params: { days: values[values.length - 1]! },
      });
      continue;
    }
    spreads.push({
      serviceId,
      ...(opts.zone !== undefined ? { zone: opts.zone } : {}),
      ...(opts.month !== undefined ? { month: opts.month } : {}),
      shares,
      source: (opts.source ?? 'EasyPost SmartRate').slice(0, 300),
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (spreads.length > MAX_TRANSIT_SPREADS)
    return {
      ok: false,
      errors: [{ path: '', messageKey: 'eligibility.smartRate.tooMany', params: { limit: MAX_TRANSIT_SPREADS } }],
    };
  return { ok: true, spreads, skipped };
}

/**
 * Rows merged into a plan's spread: an imported row replaces the plan's row for the same service, zone and month.
 * @example
 * mergeSpreads(
 *   [{ serviceId: 'ups-ground', shares: [0, 1] }],
 *   [{ serviceId: 'ups-ground', shares: [0, 0.9, 0.1] }],
 * ).length // 1
 */
export function mergeSpreads(current: readonly TransitSpread[], imported: readonly TransitSpread[]): TransitSpread[] {
  const key = (r: TransitSpread) => `${r.serviceId}|${r.zone ?? ''}|${r.month ?? ''}`;
  const incoming = new Set(imported.map(key));
  return [...current.filter((r) => !incoming.has(key(r))), ...imported];
}
