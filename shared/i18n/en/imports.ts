import type { Texts } from '../texts';

/** English texts of the imports owner; each other language's imports.ts has exactly these keys. */
export const imports = {
  'imports.labelCostCsv.tooLarge': 'file is {{size}} bytes; the limit is {{limit}} bytes',
  'imports.labelCostCsv.tooManyRows': 'file has more than {{limit}} rows (every service x 8 zones x 3 size tiers)',
  'imports.labelCostCsv.empty': 'file is empty',
  'imports.labelCostCsv.noDataRows': 'file has a header but no data rows',
  'imports.labelCostCsv.missingColumn': 'header has no "{{column}}" column (expected service,zone,tier,usd)',
  'imports.labelCostCsv.duplicateColumn': 'column "{{column}}" appears twice in the header',
  'imports.labelCostCsv.unterminatedQuote': 'quoted field opened on this row is never closed',
  'imports.labelCostCsv.textAfterQuote': 'unexpected text after a closing quote',
  'imports.labelCostCsv.missingField': 'value is missing',
  'imports.labelCostCsv.ambiguousService': 'service {{value}} is ambiguous: write one of {{choices}}',
  'imports.labelCostCsv.unknownService': 'unknown service {{value}}',
  'imports.labelCostCsv.unknownServiceSuggest': 'unknown service {{value}} (did you mean "{{suggestion}}"?)',
  'imports.labelCostCsv.badZone': '{{value}} is not a carrier zone 1 to 8',
  'imports.labelCostCsv.badTier': '{{value}} is not a size tier (standard, oversize or extra-large)',
  'imports.labelCostCsv.formula': '{{value}} is a spreadsheet formula, not a value',
  'imports.labelCostCsv.badPrice':
    '{{value}} is not a price in US dollars (write 12.34, a point for decimals, no thousands separator)',
  'imports.labelCostCsv.negativePrice': '{{value}} is negative; a label costs 0 or more',
  'imports.labelCostCsv.priceTooLarge': '{{value}} is larger than 1,000,000',
  'imports.labelCostCsv.duplicate': '{{service}}, zone {{zone}}, {{tier}} is already priced on row {{otherRow}}',
} satisfies Texts;
