/**
 * UPS Time in Transit API responses (JSON, as the API returns them) as transit overrides. A file is
 * one response or an array of them (one per destination queried). Each response names its
 * destination (`emsResponse.destinationPostalCode`) and lists per service its `serviceLevel` (GND,
 * 3DS, 2DA, 1DP, 1DA…) and `businessTransitDays`. The five levels ShipWeek models become overrides to
 * that ZIP5 (ZIP+4 read as ZIP5); other levels (2nd Day Air A.M., Next Day Air Early…) are counted.
 * All or nothing, with the response (its position in the file), the field and why, in the imports' one
 * error shape (shared/imports/framework.ts) and under the same kind of caps: the file's size before
 * it is parsed, the number of responses, the errors listed.
 */
import type { ServiceId } from '../domain/carrier';
import type { TransitOverride } from '../domain/settings';
import type { GeoData } from '../geo/index';
import { csvCapsExceeded, stripBom } from '../imports/csv';
import { transitFileError, type TransitFileError } from './uspsStandards';

export interface UpsTransitOptions {
  geo?: GeoData;
  /** Largest accepted file, in UTF-8 bytes (default 16 MiB, the app's cap on this file). */
  maxBytes?: number;
  /** Largest accepted number of responses (default 100,000: more than one per US ZIP5). */
  maxResponses?: number;
  /** Errors listed (default 20); the rest are counted. */
  maxErrors?: number;
}

export const UPS_TRANSIT_DEFAULTS = { maxBytes: 16 * 1024 * 1024, maxResponses: 100_000, maxErrors: 20 } as const;

const LEVELS: Record<string, ServiceId> = {
  GND: 'ups-ground',
  '3DS': 'ups-3-day-select',
  '2DA': 'ups-2nd-day-air',
  '1DP': 'ups-next-day-air-saver',
  '1DA': 'ups-next-day-air',
};

export interface UpsTransitSummary {
  responses: number;
  destinations: string[];
  /** Service levels ShipWeek does not model, with how many times they appeared. */
  otherLevels: Record<string, number>;
}

export type UpsTransitResult =
  | { ok: true; overrides: TransitOverride[]; summary: UpsTransitSummary }
  | { ok: false; errors: TransitFileError[]; totalErrors: number };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @example
 * parseUpsTimeInTransit(text, { geo }).overrides // [{ serviceId: 'ups-ground', dest: '90001', businessDays: 4 }, ...]
 * `row` in errors is the response's position in the file (1 = first).
 */
export function parseUpsTimeInTransit(text: string, options: UpsTransitOptions = {}): UpsTransitResult {
  const maxBytes = options.maxBytes ?? UPS_TRANSIT_DEFAULTS.maxBytes;
  const maxResponses = options.maxResponses ?? UPS_TRANSIT_DEFAULTS.maxResponses;
  const maxErrors = options.maxErrors ?? UPS_TRANSIT_DEFAULTS.maxErrors;
  const refuse = (e: TransitFileError): UpsTransitResult => ({ ok: false, errors: [e], totalErrors: 1 });
  // The size first, on the raw text: a huge file is refused without being parsed.
  if (csvCapsExceeded(text, { maxBytes, maxRows: Infinity }))
    return refuse(transitFileError(0, '', 'transitFile.tooLarge', { limit: maxBytes }));
  let doc: unknown;
  try {
    doc = JSON.parse(stripBom(text));
  } catch (e) {
    return {
      ok: false,
      errors: [
        transitFileError(0, '', 'transitFile.ups.notJson', { message: e instanceof Error ? e.message : String(e) }),
      ],
      totalErrors: 1,
    };
  }
  const responses = Array.isArray(doc) ? doc : [doc];
  if (responses.length > maxResponses)
    return refuse(transitFileError(0, '', 'transitFile.ups.tooManyResponses', { limit: maxResponses }));
  const errors: TransitFileError[] = [];
  const found = new Map<string, { days: number; at: number }>();
  const summary: UpsTransitSummary = { responses: responses.length, destinations: [], otherLevels: {} };
  responses.forEach((response, i) => {
    const at = i + 1;
    const ems = isObject(response) ? response.emsResponse : undefined;
    if (!isObject(ems) || !Array.isArray(ems.services))
      return void errors.push(transitFileError(at, 'emsResponse.services', 'transitFile.ups.noServices'));
    const postal = typeof ems.destinationPostalCode === 'string' ? ems.destinationPostalCode.trim() : '';
    if (!postal)
      return void errors.push(
        transitFileError(at, 'emsResponse.destinationPostalCode', 'transitFile.ups.noDestination'),
      );
    const dest = /^\d{5}(-?\d{4})?$/.test(postal) ? postal.slice(0, 5) : '';
    if (!dest)
      return void errors.push(
        transitFileError(at, 'emsResponse.destinationPostalCode', 'transitFile.badZip', { value: postal }),
      );
    if (options.geo && !options.geo.lookup(dest))
      return void errors.push(
        transitFileError(at, 'emsResponse.destinationPostalCode', 'transitFile.unknownZip', { value: dest }),
      );
    summary.destinations.push(dest);
    (ems.services as unknown[]).forEach((service, s) => {
      const level =
        isObject(service) && typeof service.serviceLevel === 'string' ? service.serviceLevel.trim().toUpperCase() : '';
      const serviceId = LEVELS[level];
      if (!serviceId) {
        summary.otherLevels[level || '(none)'] = (summary.otherLevels[level || '(none)'] ?? 0) + 1;
        return;
      }
      const raw = (service as Json).businessTransitDays;
      const days =
        typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw.trim()) ? Number(raw) : NaN;
      const field = `emsResponse.services[${s}].businessTransitDays`;
      if (!(Number.isInteger(days) && days >= 0 && days <= 15))
        return void errors.push(transitFileError(at, field, 'transitFile.ups.badDays', { value: String(raw) }));
      const key = `${serviceId}|${dest}`;
      const earlier = found.get(key);
      if (earlier && earlier.days !== days)
        return void errors.push(
          transitFileError(at, field, 'transitFile.conflict', {
            service: serviceId,
            dest,
            days: earlier.days,
            otherRow: earlier.at,
          }),
        );
      if (!earlier) found.set(key, { days, at });
    });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, maxErrors), totalErrors: errors.length };
  const overrides = [...found].map(([key, v]) => {
    const [serviceId, dest] = key.split('|') as [ServiceId, string];
    return { serviceId, dest, businessDays: v.days };
  });
  return { ok: true, overrides, summary };
}
