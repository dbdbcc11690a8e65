/**
 * Import of label prices (CSV) into the cost model: header `service,zone,tier,usd` (any order and case,
 * extra columns ignored), one row per service, carrier zone (1-8) and size tier (standard, oversize,
 * extra-large / extraLarge). The file replaces the whole label table; prices it does not name stay at
 * the defaults. All or nothing: one bad row rejects the file, each error naming the row (header =
 * row 1), the field and the reason. Caps are checked before parsing (framework.ts).
 */
import { SIZE_TIERS, type SizeTier } from '../domain/carrier';
import { MAX_LABEL_RATES, type LabelRate } from '../domain/costModel';
import { normaliseCsvName } from './csv';
import {
  createIssueCollector,
  formatImportError,
  isFormulaCell,
  quoteCell,
  readCsvTable,
  type ImportError,
} from './framework';
import { resolveServiceName } from './transitCsv';
import { SERVICES } from '../catalog/services';
import { englishTextsOf, type CodeUnder } from '../i18n/catalogue';

/** A label-cost CSV problem: the imports' one error shape (framework.ts), keys `imports.labelCostCsv.*`. */
export type LabelCostCsvError = ImportError;

export type LabelCostCsvResult =
  { ok: true; rates: LabelRate[] } | { ok: false; errors: LabelCostCsvError[]; totalErrors: number };

export const LABEL_COST_CSV_DEFAULTS = { maxBytes: 1024 * 1024, maxErrors: 20 } as const;

type Column = 'service' | 'zone' | 'tier' | 'usd';
const ALIASES: Record<Column, readonly string[]> = {
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

const MAX_USD = 1_000_000;

const EN_TEXT = englishTextsOf('imports.labelCostCsv.');

/** Every i18n key this module can produce, with its English text (the messages files mirror them). */
export const LABEL_COST_CSV_MESSAGES_EN: Readonly<Record<string, string>> = EN_TEXT;

/**
 * Parses a label-cost CSV.
 * @example
 * parseLabelCostCsv('service,zone,tier,usd\nups-ground,5,standard,13.50\n')
 * // { ok: true, rates: [{ serviceId: 'ups-ground', zone: 5, tier: 'standard', usd: 13.5 }] }
 * @example parseLabelCostCsv('service,zone,tier,usd\nups-ground,5,standard,-1\n').ok // false: row 2, field "usd"
 */
export function parseLabelCostCsv(
  text: string,
  opts: { maxBytes?: number; maxErrors?: number } = {},
): LabelCostCsvResult {
  const issues = createIssueCollector({
    keyOf: (code: CodeUnder<'imports.labelCostCsv'>) => `imports.labelCostCsv.${code}`,
    english: EN_TEXT,
    maxErrors: opts.maxErrors ?? LABEL_COST_CSV_DEFAULTS.maxErrors,
  });
  const fail = issues.fail;
  const table = readCsvTable(
    text,
    { maxBytes: opts.maxBytes ?? LABEL_COST_CSV_DEFAULTS.maxBytes, maxRows: MAX_LABEL_RATES, columns: ALIASES },
    issues,
  );
  if (!table) return issues.refusal();

  const rates: LabelRate[] = [];
  const seen = new Map<string, number>();
  for (const record of table.rows) {
    const { row } = record;
    const cell = (c: Column) => table.cell(record, c);
    let serviceId: LabelRate['serviceId'] | undefined;
    const rawService = cell('service');
    if (!rawService) fail(row, 'service', 'missingField');
    else {
      const r = resolveServiceName(rawService, { suggest: !issues.full });
      if ('id' in r) serviceId = r.id;
      else if ('ambiguous' in r)
        fail(row, 'service', 'ambiguousService', {
          value: quoteCell(rawService),
          choices: r.ambiguous.map((id) => SERVICES[id].name).join(', '),
        });
      else if (r.suggestion)
        fail(row, 'service', 'unknownServiceSuggest', { value: quoteCell(rawService), suggestion: r.suggestion });
      else fail(row, 'service', 'unknownService', { value: quoteCell(rawService) });
    }
    const rawZone = cell('zone');
    const zone = /^[1-8]$/.test(rawZone) ? Number(rawZone) : undefined;
    if (!rawZone) fail(row, 'zone', 'missingField');
    else if (zone === undefined) fail(row, 'zone', 'badZone', { value: quoteCell(rawZone) });
    const rawTier = cell('tier');
    const tier = TIER_NAMES.get(normaliseCsvName(rawTier));
    if (!rawTier) fail(row, 'tier', 'missingField');
    else if (!tier) fail(row, 'tier', 'badTier', { value: quoteCell(rawTier) });
    const rawUsd = cell('usd').replace(/^\$/, '');
    let usd: number | undefined;
    if (!rawUsd) fail(row, 'usd', 'missingField');
    else if (isFormulaCell(rawUsd, { plusIsFormula: true })) fail(row, 'usd', 'formula', { value: quoteCell(rawUsd) });
    else if (!/^-?\d+(\.\d+)?$/.test(rawUsd)) fail(row, 'usd', 'badPrice', { value: quoteCell(rawUsd) });
    else if (Number(rawUsd) < 0) fail(row, 'usd', 'negativePrice', { value: quoteCell(rawUsd) });
    else if (Number(rawUsd) > MAX_USD) fail(row, 'usd', 'priceTooLarge', { value: quoteCell(rawUsd) });
    else usd = Number(rawUsd);
    if (serviceId === undefined || zone === undefined || tier === undefined || usd === undefined) continue;
    const key = `${serviceId}|${zone}|${tier}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(row, 'usd', 'duplicate', { service: SERVICES[serviceId].name, zone, tier, otherRow: earlier });
      continue;
    }
    seen.set(key, row);
    rates.push({ serviceId, zone, tier, usd });
  }
  return issues.total > 0 ? issues.refusal() : { ok: true, rates };
}

/** `row 4, field "usd": ...` / `file: ...` (the framework's `formatImportError`). */
export const formatLabelCostCsvError: (e: Pick<LabelCostCsvError, 'row' | 'field' | 'message'>) => string =
  formatImportError;
