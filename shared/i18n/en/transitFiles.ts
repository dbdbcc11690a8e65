import type { Texts } from '../texts';

/** English texts of the transitFiles owner; each other language's transitFiles.ts has exactly these keys. */
export const transitFiles = {
  'transitFile.rowField': 'row {{row}}, field "{{field}}": {{message}}',
  'transitFile.row': 'row {{row}}: {{message}}',
  'transitFile.file': 'file: {{message}}',
  'transitFile.fileField': 'file, field "{{field}}": {{message}}',
  'transitFile.usps.unknownLayout':
    'not a USPS service standards file: the header needs an origin, a destination, a product and days columns (e.g. origin_zip3, dest_zip3, mail_class, service_standard); it has {{found}}',
  'transitFile.empty': 'file is empty',
  'transitFile.tooManyRows': 'file has more than {{limit}} rows',
  'transitFile.tooLarge': 'file is larger than the limit of {{limit}} bytes (reading stopped there)',
  'transitFile.usps.lineTooLong': 'line is longer than {{limit}} characters: this is not a USPS service standards file',
  'transitFile.ups.tooManyResponses': 'file has more than {{limit}} responses',
  'transitFile.noRowsForOrigin': 'no row has the plan’s origin {{origins}} (the file’s first origins: {{seen}})',
  'transitFile.badZip': '{{value}} is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
  'transitFile.unknownZip': 'ZIP {{value}} does not exist',
  'transitFile.badDays': '{{value}} is not a whole number of days between 0 and 15',
  'transitFile.conflict': '{{service}} to {{dest}} is already given as {{days}} days on row {{otherRow}}',
  'transitFile.formula': '{{value}} looks like a spreadsheet formula, not a value',
  'transitFile.ups.notJson': 'not JSON: {{message}}',
  'transitFile.ups.noServices': 'not a UPS Time in Transit response: no emsResponse.services list',
  'transitFile.ups.noDestination':
    'the response does not say its destination postal code (emsResponse.destinationPostalCode)',
  'transitFile.ups.badDays': 'businessTransitDays {{value}} is not a whole number between 0 and 15',
  'transitFile.notText': '{{file}} is not UTF-8 text; nothing was read',
  'transitFile.appOriginNeeded':
    '{{file}}: USPS standards depend on the origin, and this plan ships from several ZIP3s ({{origins}}) while its transit times apply to every warehouse; import it into a plan with one origin (or use shipweek import usps-standards --origin). Nothing was imported.',
  'transitFile.originNeeded':
    'the plan ships from several ZIP3s ({{origins}}): say which origin’s standards to read (--origin)',
  'transitFile.rejected': '{{file}}: $t(unit.problem, {"count": {{count}} }) in the transit file; nothing was imported',
  'transitFile.tooMany':
    '{{file}}: the plan would hold {{total}} transit times; the limit is {{max}}; nothing was imported',
  'transitFile.uspsRead':
    'USPS service standards {{file}}: $t(unit.row, {"count": {{rows}} }) read, {{originRows}} from origin {{origins}}; {{zip3}} ZIP3 and {{zip5}} ZIP5 transit times for Priority Mail, Priority Mail Express and Ground Advantage.',
  'transitFile.uspsOther': 'Rows for products ShipWeek does not model, not imported: {{products}}.',
  'transitFile.upsRead':
    'UPS Time in Transit {{file}}: responses for ZIP5 {{destinations}}; ZIP5 transit times apply to single promises and the backtest (the weekly simulation works per ZIP3).',
  'transitFile.upsOther': 'Service levels ShipWeek does not model, not imported: {{levels}}.',
  'transitFile.changes':
    'Transit times: {{added}} added, {{changed}} changed, {{unchanged}} unchanged; the plan now has {{total}}.',
  'transitFile.change': '{{service}} to {{dest}}: {{from}} → {{to}} business days',
  'transitFile.written': 'Wrote {{file}} (a copy of {{into}} with these transit times).',
  'transitFile.help':
    "Usage: shipweek import usps-standards <file> --into <settings> --out <new settings> [--origin <ZIP3>] [--force] [--json]\n       shipweek import ups-tnt <responses.json> --into <settings> --out <new settings> [--force] [--json]\n\nusps-standards: a USPS service standards file (origin ZIP3 x destination ZIP3 or ZIP5 x product -> days; comma, tab or pipe), read streamed; the rows of the plan's origin (or --origin) for Priority Mail, Priority Mail Express and Ground Advantage become transit overrides.\nups-tnt: UPS Time in Transit API responses (JSON, one or an array); each destination ZIP5's businessTransitDays per UPS service become transit overrides.\nA file's transit times replace the plan's for the same service and destination. Exit 0 when written, 2 on bad input (nothing is written).",
} satisfies Texts;
