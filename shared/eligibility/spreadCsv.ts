/**
 * Import of a transit-time spread (CSV): how many carrier business days parcels really take, per
 * service, optionally per carrier zone and month. Two layouts, told apart by the header (any order
 * and case; extra columns ignored):
 *
 *   service,zone,days,share          one row per day: the share of parcels taking that many days
 *   UPS Ground,5,3,0.95              (shares of one service/zone/month must add up to 1)
 *   UPS Ground,5,4,0.05
 *
 *   service,zone,p50,p75,p90,p95,p99 one row per service/zone/month: transit-day percentiles
 *   ups-ground,5,3,3,3,4,5           (any of p50…p99, e.g. EasyPost SmartRate's p50/75/85/90/95/97/99)
 *
 * `zone` may be empty or "all" (every zone); an optional `month` column (1-12, empty = every month)
 * gives peak months their own spread. Percentiles become shares conservatively: parcels below the
 * lowest percentile are counted at it, and those beyond the highest one day after it.
 * All or nothing: one bad row rejects the file; each error names the row (header = row 1), the
 * field and the reason (English text plus an i18n key for the app). Caps are checked before parsing.
 */
import type { ServiceId } from '../domain/carrier';
import { MAX_SPREAD_DAYS, MAX_TRANSIT_SPREADS, SPREAD_SUM_TOLERANCE, type TransitSpread } from '../domain/operations';
import { SERVICES } from '../catalog/services';
import { createIssueCollector, readCsvTable, type ImportError } from '../imports/framework';
import { resolveServiceName } from '../imports/transitCsv';
import { renderMessage } from '../i18n/render';
import { eligibilityEngine as eligibilityEngine_en } from '../i18n/en/eligibilityEngine';
import type { Texts } from '../i18n/texts';
import type { CodeUnder } from '../i18n/catalogue';

const eligibilityMessagesEn: Texts = eligibilityEngine_en;

/** A spread-CSV problem: the imports' one error shape (shared/imports/framework.ts), keys `eligibility.spreadCsv.*`. */
export type SpreadCsvError = ImportError;

export type SpreadCsvResult =
  | { ok: true; spreads: TransitSpread[]; layout: 'shares' | 'percentiles' }
  | { ok: false; errors: SpreadCsvError[]; totalErrors: number };

export const SPREAD_CSV_DEFAULTS = {
  maxBytes: 1024 * 1024,
  maxRows: MAX_TRANSIT_SPREADS * (MAX_SPREAD_DAYS + 1),
  maxErrors: 20,
} as const;

const ALIASES = {
  service: ['service', 'serviceid'],
  zone: ['zone'],
  month: ['month'],
  days: ['days', 'transitdays', 'businessdays'],
  share: ['share', 'fraction', 'probability'],
} as const;
type Column = keyof typeof ALIASES;

/** The codes of this format's problems: the last parts of its keys in the catalogue. */
type SpreadCsvCode = CodeUnder<'eligibility.spreadCsv'>;

const PERCENTILE_HEADER = /^p(\d{1,2}(?:\.\d+)?)$/;

const quoted = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * Parses a transit-spread CSV.
 * @example parseSpreadCsv('service,zone,days,share\nups-ground,5,3,0.9\nups-ground,5,4,0.1\n')
 * // { ok: true, layout: 'shares', spreads: [{ serviceId: 'ups-ground', zone: 5, shares: [0, 0, 0, 0.9, 0.1] }] }
 * @example parseSpreadCsv('service,zone,p50,p90\nups-ground,5,3,2\n').ok // false: p90 below p50
 */
export function parseSpreadCsv(
  text: string,
  opts: { maxBytes?: number; maxRows?: number; maxErrors?: number } = {},
): SpreadCsvResult {
  const maxBytes = opts.maxBytes ?? SPREAD_CSV_DEFAULTS.maxBytes;
  const maxRows = opts.maxRows ?? SPREAD_CSV_DEFAULTS.maxRows;
  const maxErrors = opts.maxErrors ?? SPREAD_CSV_DEFAULTS.maxErrors;
  const issues = createIssueCollector({
    keyOf: (code: SpreadCsvCode) => `eligibility.spreadCsv.${code}`,
    render: (key, params) => renderMessage(eligibilityMessagesEn, key, params),
    maxErrors,
  });
  const fail = issues.fail;
  const failed = (): SpreadCsvResult => issues.refusal();

  // Caps, BOM, split and the named columns: the framework's skeleton. Every named column may be
  // absent there; which ones this file needs depends on its layout, decided from the header here.
  const percentiles: { q: number; name: string; index: number }[] = [];
  let sharesLayout = false;
  const table = readCsvTable(
    text,
    {
      maxBytes,
      maxRows,
      columns: ALIASES,
      optional: Object.keys(ALIASES) as Column[],
      checkHeader: ({ row, names, columns: col }) => {
        names.forEach((n, i) => {
          const m = PERCENTILE_HEADER.exec(n);
          if (!m) return;
          const q = Number(m[1]) / 100;
          if (!(q > 0 && q < 1)) return;
          if (percentiles.some((p) => p.q === q)) fail(row, `p${m[1]}`, 'duplicateColumn', { column: `p${m[1]}` });
          else percentiles.push({ q, name: `p${m[1]}`, index: i });
        });
        percentiles.sort((x, y) => x.q - y.q);
        if (col.service === undefined) fail(row, 'service', 'missingColumn', { column: 'service' });
        sharesLayout = col.days !== undefined || col.share !== undefined;
        if (sharesLayout && percentiles.length > 0) fail(row, '', 'bothFormats');
        else if (sharesLayout) {
          if (col.days === undefined) fail(row, 'days', 'missingColumn', { column: 'days' });
          if (col.share === undefined) fail(row, 'share', 'missingColumn', { column: 'share' });
        } else if (percentiles.length === 0) fail(row, '', 'noFormat');
      },
    },
    issues,
  );
  if (!table) return failed();
  const { rows } = table;
  const col: Partial<Record<Column, number>> = table.columns;

  interface Group {
    serviceId: ServiceId;
    zone?: number;
    month?: number;
    row: number;
    shares: number[];
    dayRows: Map<number, number>;
  }
  const groups = new Map<string, Group>();
  const keyParams = (g: Pick<Group, 'serviceId' | 'zone' | 'month'>) => ({
    service: SERVICES[g.serviceId].name,
    zone: g.zone ?? 'all',
    month: g.month ?? 'all',
  });

  for (const { row, cells } of rows) {
    const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
    const isFormula = (field: string, v: string) => {
      if (!/^[=+@]/.test(v)) return false;
      fail(row, field, 'formula', { value: quoted(v) });
      return true;
    };
    let ok = true;
    // Service.
    const rawService = cell(col.service);
    let serviceId: ServiceId | undefined;
    if (!rawService) fail(row, 'service', 'missingField');
    else if (!isFormula('service', rawService)) {
      const r = resolveServiceName(rawService, { suggest: !issues.full });
      if ('id' in r) serviceId = r.id;
      else if ('ambiguous' in r)
        fail(row, 'service', 'ambiguousService', {
          value: quoted(rawService),
          choices: r.ambiguous.map((id) => SERVICES[id].name).join(', '),
        });
      else if (r.suggestion)
        fail(row, 'service', 'unknownServiceSuggest', { value: quoted(rawService), suggestion: r.suggestion });
      else fail(row, 'service', 'unknownService', { value: quoted(rawService) });
    }
    if (serviceId === undefined) ok = false;
    // Zone and month: empty = every one.
    const rawZone = cell(col.zone);
    let zone: number | undefined;
    if (rawZone !== '' && !/^(all|\*)$/i.test(rawZone)) {
      if (/^[1-8]$/.test(rawZone)) zone = Number(rawZone);
      else if (!isFormula('zone', rawZone)) {
        fail(row, 'zone', 'badZone', { value: quoted(rawZone) });
        ok = false;
      } else ok = false;
    }
    const rawMonth = cell(col.month);
    let month: number | undefined;
    if (rawMonth !== '' && !/^(all|\*)$/i.test(rawMonth)) {
      if (/^(0?[1-9]|1[0-2])$/.test(rawMonth)) month = Number(rawMonth);
      else if (!isFormula('month', rawMonth)) {
        fail(row, 'month', 'badMonth', { value: quoted(rawMonth) });
        ok = false;
      } else ok = false;
    }

    if (sharesLayout) {
      const rawDays = cell(col.days);
      let days: number | undefined;
      if (!rawDays) fail(row, 'days', 'missingField');
      else if (isFormula('days', rawDays)) void 0;
      else if (/^-\d/.test(rawDays)) fail(row, 'days', 'negative', { value: quoted(rawDays) });
      else if (!/^\d{1,2}$/.test(rawDays) || Number(rawDays) > MAX_SPREAD_DAYS)
        fail(row, 'days', 'badDays', { value: quoted(rawDays), max: MAX_SPREAD_DAYS });
      else days = Number(rawDays);
      const share = readShare(cell(col.share), (key, params) => fail(row, 'share', key, params), isFormula);
      if (!ok || days === undefined || share === undefined) continue;
      const key = `${serviceId}|${zone ?? ''}|${month ?? ''}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { serviceId: serviceId!, zone, month, row, shares: [], dayRows: new Map() }));
      const earlier = g.dayRows.get(days);
      if (earlier !== undefined) {
        fail(row, 'days', 'repeatedDay', { ...keyParams(g), days, otherRow: earlier });
        continue;
      }
      g.dayRows.set(days, row);
      while (g.shares.length <= days) g.shares.push(0);
      g.shares[days] = share;
    } else {
      const values: number[] = [];
      for (const p of percentiles) {
        const raw = cell(p.index);
        if (!raw) fail(row, p.name, 'missingField');
        else if (isFormula(p.name, raw)) void 0;
        else if (/^-\d/.test(raw)) fail(row, p.name, 'negative', { value: quoted(raw) });
        else if (!/^\d{1,2}(\.\d+)?$/.test(raw) || Number(raw) > MAX_SPREAD_DAYS)
          fail(row, p.name, 'badPercentile', { value: quoted(raw), max: MAX_SPREAD_DAYS });
        else {
          values.push(Number(raw));
          continue;
        }
        ok = false;
      }
      if (!ok) continue;
      let monotone = true;
      for (let i = 1; i < values.length; i++) {
        if (values[i]! < values[i - 1]!) {
          const [lo, hi] = [percentiles[i - 1]!, percentiles[i]!];
          fail(row, hi.name, 'decreasing', {
            higher: hi.name,
            higherValue: values[i]!,
            lower: lo.name,
            lowerValue: values[i - 1]!,
          });
          monotone = false;
          break;
        }
      }
      if (!monotone) continue;
      const shares = percentilesToShares(
        percentiles.map((p) => p.q),
        values,
      );
      if (shares === undefined) {
        fail(row, percentiles[percentiles.length - 1]!.name, 'tailTooLong', {
          days: Math.ceil(values[values.length - 1]!) + 1,
          max: MAX_SPREAD_DAYS,
        });
        continue;
      }
      const key = `${serviceId}|${zone ?? ''}|${month ?? ''}`;
      const earlier = groups.get(key);
      if (earlier) {
        fail(row, '', 'repeatedKey', { ...keyParams(earlier), otherRow: earlier.row });
        continue;
      }
      groups.set(key, { serviceId: serviceId!, zone, month, row, shares, dayRows: new Map() });
    }
  }

  const spreads: TransitSpread[] = [];
  for (const g of groups.values()) {
    const sum = g.shares.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SPREAD_SUM_TOLERANCE) {
      fail(g.row, 'share', 'sumNotOne', {
        ...keyParams(g),
        sum: Math.round(sum * 10000) / 10000,
        tolerance: SPREAD_SUM_TOLERANCE,
      });
      continue;
    }
    spreads.push({
      serviceId: g.serviceId,
      ...(g.zone !== undefined ? { zone: g.zone } : {}),
      ...(g.month !== undefined ? { month: g.month } : {}),
      shares: g.shares,
    });
  }
  if (issues.total > 0) return failed();
  return { ok: true, spreads, layout: sharesLayout ? 'shares' : 'percentiles' };
}

/** A share cell: 0.05, .05 or 5% (0 to 1). */
function readShare(
  raw: string,
  fail: (code: SpreadCsvCode, params: Record<string, string | number>) => void,
  isFormula: (field: string, v: string) => boolean,
): number | undefined {
  if (!raw) {
    fail('missingField', {});
    return undefined;
  }
  if (isFormula('share', raw)) return undefined;
  const pct = /%$/.test(raw);
  const body = pct ? raw.slice(0, -1).trim() : raw;
  if (/^-\d/.test(body)) {
    fail('negative', { value: quoted(raw) });
    return undefined;
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(body)) {
    fail('badShare', { value: quoted(raw) });
    return undefined;
  }
  const v = Number(body) / (pct ? 100 : 1);
  if (v > 1) {
    fail('badShare', { value: quoted(raw) });
    return undefined;
  }
  return v;
}

/**
 * Transit-day shares from percentiles (levels 0..1 ascending, values non-decreasing): the share of
 * day d is F(d) - F(d-1) with F(d) the highest level whose value is at most d; the parcels beyond the
 * highest level arrive the day after its (rounded-up) value. Undefined when that passes 15 days.
 * @example percentilesToShares([0.5, 0.9, 0.99], [2, 3, 4]) // [0, 0, 0.5, 0.4, 0.09, 0.01]
 */
export function percentilesToShares(levels: readonly number[], values: readonly number[]): number[] | undefined {
  const last = Math.ceil(values[values.length - 1]!) + 1;
  if (last > MAX_SPREAD_DAYS) return undefined;
  const shares = new Array<number>(last + 1).fill(0);
  let previous = 0;
  for (let d = 0; d < last; d++) {
    let f = previous;
    for (let i = 0; i < levels.length; i++) if (values[i]! <= d) f = Math.max(f, levels[i]!);
    shares[d] = f - previous;
    previous = f;
  }
  shares[last] = 1 - previous;
  // Levels like 0.95 - 0.9 leave binary noise (0.04999999999999993): round to the levels' precision.
  return shares.map((s) => Math.round(s * 1e9) / 1e9);
}
