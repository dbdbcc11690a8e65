/**
 * Import of label prices (CSV) into the cost model: header `service,zone,tier,usd` (any order and case,
 * extra columns ignored), one row per service, carrier zone (1-8) and size tier (standard, oversize,
 * extra-large / extraLarge). The file replaces the whole label table; prices it does not name stay at
 * the defaults. All or nothing: one bad row rejects the file, each error naming the row (header =
 * row 1), the field and the reason. Caps are checked before parsing (shared/imports/csv.ts).
 */
import { SIZE_TIERS, type SizeTier } from '../domain/carrier';
import { MAX_LABEL_RATES, type LabelRate } from '../domain/costModel';
import { csvCapsExceeded, normaliseCsvName, splitCsv, stripBom } from '../imports/csv';
import { resolveServiceName } from '../imports/transitCsv';
import { SERVICES } from '../catalog/services';

export interface LabelCostCsvError {
  /** Spreadsheet row (1 = header); 0 for the file as a whole. */
  row: number;
  field: string;
  message: string;
}

export type LabelCostCsvResult = { ok: true; rates: LabelRate[] } | { ok: false; errors: LabelCostCsvError[] };

const COLUMNS = ['service', 'zone', 'tier', 'usd'] as const;
const ALIASES: Record<(typeof COLUMNS)[number], readonly string[]> = {
  service: ['service', 'serviceid'],
  zone: ['zone'],
  tier: ['tier', 'sizetier', 'size'],
  usd: ['usd', 'cost', 'price', 'rate'],
};
const TIER_NAMES: ReadonlyMap<string, SizeTier> = new Map([
  ...SIZE_TIERS.map((t) => [normaliseCsvName(t), t] as const),
  ['std', 'standard'],
  ['xl', 'extraLarge'],
]);

/**
 * Parses a label-cost CSV.
 * @example parseLabelCostCsv('service,zone,tier,usd\nups-ground,5,standard,13.50\n') // { ok: true, rates: [{ serviceId: 'ups-ground', zone: 5, tier: 'standard', usd: 13.5 }] }
 * @example parseLabelCostCsv('service,zone,tier,usd\nups-ground,5,standard,-1\n').ok // false: row 2, field "usd"
 */
export function parseLabelCostCsv(text: string, opts: { maxBytes?: number; maxErrors?: number } = {}): LabelCostCsvResult {
  const errors: LabelCostCsvError[] = [];
  const maxErrors = opts.maxErrors ?? 20;
  const fail = (row: number, field: string, message: string) => {
    if (errors.length < maxErrors) errors.push({ row, field, message });
  };
  const caps = csvCapsExceeded(text, { maxBytes: opts.maxBytes ?? 1024 * 1024, maxRows: MAX_LABEL_RATES });
  if (caps) {
    fail(0, '', 'tooLarge' in caps ? `file is ${caps.tooLarge} bytes; the limit is ${opts.maxBytes ?? 1024 * 1024} bytes` : `file has more than ${MAX_LABEL_RATES} rows (every service x 8 zones x 3 size tiers)`);
    return { ok: false, errors };
  }
  const split = splitCsv(stripBom(text));
  if ('error' in split) {
    fail(split.error.row, '', split.error.kind === 'unterminatedQuote' ? 'quoted field opened on this row is never closed' : 'unexpected text after a closing quote');
    return { ok: false, errors };
  }
  const [header, ...rows] = split.records;
  if (!header) return { ok: false, errors: [{ row: 0, field: '', message: 'file is empty' }] };
  const names = header.cells.map(normaliseCsvName);
  const col = {} as Record<(typeof COLUMNS)[number], number>;
  for (const c of COLUMNS) {
    const found = names.flatMap((n, i) => (ALIASES[c].includes(n) ? [i] : []));
    if (found.length !== 1) fail(header.row, c, found.length === 0 ? `header has no "${c}" column (expected service,zone,tier,usd)` : `column "${c}" appears twice in the header`);
    else col[c] = found[0]!;
  }
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ row: header.row, field: '', message: 'file has a header but no data rows' }] };

  const rates: LabelRate[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const cell = (c: (typeof COLUMNS)[number]) => (cells[col[c]] ?? '').trim();
    const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    let serviceId: LabelRate['serviceId'] | undefined;
    const rawService = cell('service');
    if (!rawService) fail(row, 'service', 'value is missing');
    else {
      const r = resolveServiceName(rawService);
      if ('id' in r) serviceId = r.id;
      else if ('ambiguous' in r) fail(row, 'service', `service ${shown(rawService)} is ambiguous: write one of ${r.ambiguous.map((id) => SERVICES[id].name).join(', ')}`);
      else fail(row, 'service', `unknown service ${shown(rawService)}${r.suggestion ? ` (did you mean "${r.suggestion}"?)` : ''}`);
    }
    const rawZone = cell('zone');
    const zone = /^[1-8]$/.test(rawZone) ? Number(rawZone) : undefined;
    if (!rawZone) fail(row, 'zone', 'value is missing');
    else if (zone === undefined) fail(row, 'zone', `${shown(rawZone)} is not a carrier zone 1 to 8`);
    const rawTier = cell('tier');
    const tier = TIER_NAMES.get(normaliseCsvName(rawTier));
    if (!rawTier) fail(row, 'tier', 'value is missing');
    else if (!tier) fail(row, 'tier', `${shown(rawTier)} is not a size tier (standard, oversize or extra-large)`);
    const rawUsd = cell('usd').replace(/^\$/, '');
    let usd: number | undefined;
    if (!rawUsd) fail(row, 'usd', 'value is missing');
    else if (/^[=+@]/.test(rawUsd)) fail(row, 'usd', `${shown(rawUsd)} is a spreadsheet formula, not a value`);
    else if (!/^-?\d+(\.\d+)?$/.test(rawUsd)) fail(row, 'usd', `${shown(rawUsd)} is not a price in US dollars (write 12.34, a point for decimals, no thousands separator)`);
    else if (Number(rawUsd) < 0) fail(row, 'usd', `${shown(rawUsd)} is negative; a label costs 0 or more`);
    else if (Number(rawUsd) > 1_000_000) fail(row, 'usd', `${shown(rawUsd)} is larger than 1,000,000`);
    else usd = Number(rawUsd);
    if (serviceId === undefined || zone === undefined || tier === undefined || usd === undefined) continue;
    const key = `${serviceId}|${zone}|${tier}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(row, 'usd', `${SERVICES[serviceId].name}, zone ${zone}, ${tier} is already priced on row ${earlier}`);
      continue;
    }
    seen.set(key, row);
    rates.push({ serviceId, zone, tier, usd });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rates };
}

/** `row 4, field "usd": ...` / `file: ...`. */
export function formatLabelCostCsvError(e: LabelCostCsvError): string {
  const where = e.row === 0 ? 'file' : `row ${e.row}`;
  return e.field ? `${where}, field "${e.field}": ${e.message}` : `${where}: ${e.message}`;
}
