import type { Texts } from '../texts';

/** English texts of the eligibilityEngine owner; each other language's eligibilityEngine.ts has exactly these keys. */
export const eligibilityEngine = {
  'eligibility.spreadCsv.rowField': 'row {{row}}, field "{{field}}": {{message}}',
  'eligibility.spreadCsv.row': 'row {{row}}: {{message}}',
  'eligibility.spreadCsv.file': 'file: {{message}}',
  'eligibility.spreadCsv.tooLarge': 'file is {{size}} bytes; the limit is {{limit}} bytes',
  'eligibility.spreadCsv.tooManyRows': 'file has more than {{limit}} rows',
  'eligibility.spreadCsv.empty': 'file is empty',
  'eligibility.spreadCsv.noDataRows': 'file has a header but no data rows',
  'eligibility.spreadCsv.unterminatedQuote': 'quoted field opened on this row is never closed',
  'eligibility.spreadCsv.textAfterQuote': 'unexpected text after a closing quote',
  'eligibility.spreadCsv.missingColumn':
    'header has no "{{column}}" column (expected service,zone,days,share or service,zone,p50,p75,p90,p95,p99)',
  'eligibility.spreadCsv.noFormat': 'header has neither days,share nor percentile columns (p50, p75, p90, p95, p99…)',
  'eligibility.spreadCsv.bothFormats': 'header has both days,share and percentile columns: use one format per file',
  'eligibility.spreadCsv.duplicateColumn': 'column "{{column}}" appears twice in the header',
  'eligibility.spreadCsv.missingField': 'value is missing',
  'eligibility.spreadCsv.formula': '{{value}} is a spreadsheet formula, not a value',
  'eligibility.spreadCsv.unknownService': 'unknown service {{value}}',
  'eligibility.spreadCsv.unknownServiceSuggest': 'unknown service {{value}} (did you mean "{{suggestion}}"?)',
  'eligibility.spreadCsv.ambiguousService': 'service {{value}} is ambiguous: write one of {{choices}}',
  'eligibility.spreadCsv.badZone':
    '{{value}} is not a carrier zone 1 to 8 (leave it empty or write "all" for every zone)',
  'eligibility.spreadCsv.badMonth': '{{value}} is not a month 1 to 12 (leave it empty for every month)',
  'eligibility.spreadCsv.badDays': '{{value}} is not a whole number of transit days from 0 to {{max}}',
  'eligibility.spreadCsv.badShare': '{{value}} is not a share from 0 to 1 (write 0.05 or 5%)',
  'eligibility.spreadCsv.negative': '{{value}} is negative; shares and days are 0 or more',
  'eligibility.spreadCsv.badPercentile': '{{value}} is not a number of transit days from 0 to {{max}}',
  'eligibility.spreadCsv.decreasing':
    '{{higher}} ({{higherValue}} days) is less than {{lower}} ({{lowerValue}} days): percentiles must not decrease',
  'eligibility.spreadCsv.tailTooLong': 'the slowest parcels would take {{days}} days; the limit is {{max}}',
  'eligibility.spreadCsv.sumNotOne':
    'shares of {{service}}, zone {{zone}}, month {{month}} add up to {{sum}}, not 1 (tolerance {{tolerance}})',
  'eligibility.spreadCsv.repeatedDay':
    '{{service}}, zone {{zone}}, month {{month}}, {{days}} days is already given on row {{otherRow}}',
  'eligibility.spreadCsv.repeatedKey':
    '{{service}}, zone {{zone}}, month {{month}} is already given on row {{otherRow}}',
  'eligibility.error.weeks': '--weeks must be a whole number of weeks from 1 to {{max}} (got {{value}})',
  'eligibility.error.runs': '--runs must be a whole number from 1 to {{max}} (got {{value}})',
  'eligibility.error.seed': '--seed must be a whole number from 0 to 4294967295 (got {{value}})',
  'eligibility.error.start': '--start must be a date YYYY-MM-DD (got {{value}})',
  'eligibility.error.startDay.sun':
    '--start {{value}} is not a Sunday: Amazon evaluates weekly windows from Sunday to Saturday',
  'eligibility.error.startDay.mon':
    '--start {{value}} is not a Monday: this profile evaluates weekly windows from Monday',
  'eligibility.error.badSpread': '{{file}}: not a valid transit-spread CSV ($t(unit.problem, {"count": {{count}} })):',
  'eligibility.metric.onTimeDelivery': 'On-time delivery',
  'eligibility.metric.onTimeShipment': 'On-time shipment',
  'eligibility.metric.lateShipment': 'Late shipment',
  'eligibility.metric.cancellation': 'Cancellations',
  'eligibility.metric.buyShipping': 'Buy Shipping',
  'eligibility.metric.validTracking': 'Valid tracking',
  'eligibility.metric.speed': '$t(policy.tier.{{tier}}) within $t(unit.day, {"count": {{days}} })',
  'eligibility.state.enrolled': 'enrolled',
  'eligibility.state.warning': 'warned',
  'eligibility.state.offersDisabled': 'offers disabled',
  'eligibility.state.revoked': 'revoked',
  'cli.help.eligibility':
    "Usage: shipweek eligibility <file> [--weeks 13] [--runs N] [--seed N] [--start <YYYY-MM-DD>] [--transit-spread <csv>] [--policy <id>] [--trade-off] [--json]\n\nWill the plan pass a trial and keep Prime? A seeded Monte Carlo over weekly Sunday-Saturday evaluations: orders drawn from the plan's promises, missed pickups, carrier transit drawn from the transit-time spread (late or on time), cancellations, Buy Shipping, tracking; each week judged by the policy profile (peak season by date) and the strike ladder (warning, offers disabled, revoked).\n--weeks: horizon, 1-520 (default 13). --runs: simulated horizons (default 2000). --seed: the generator's seed (default 1; the same seed gives the same figures). --start: the first Sunday (default: the next Sunday from today). --transit-spread: a CSV service,zone,days,share or service,zone,p50,p75,p90,p95,p99 (optional month column) replacing the settings' spread. --trade-off: also the plan with one more promised transit day per service, delivery speed against expected on-time delivery.\nExit 0 when the trial passes in at least 95 % of runs and revocation within the horizon is at most 5 %, 1 otherwise (at risk), 2 on bad input.",
  'cli.eligibility.title':
    'Eligibility of "{{name}}" against {{policyId}}: $t(unit.week, {"count": {{weeks}} }) from {{start}} ({{runs}} runs, seed {{seed}})',
  'cli.eligibility.operations':
    'Operations: {{orders}} orders a week{{ordersNote}}; missed pickups {{missed}}, cancellations {{cancelled}}, Buy Shipping {{buyShipping}}, valid tracking {{tracking}}, OTDR-protected labels {{protected}}{{assumed}}.',
  'cli.eligibility.ordersFromCostModel': ' (cost model)',
  'cli.eligibility.assumed':
    ' — figures marked * are assumptions (defaults): put your own in the settings\' "operations"',
  'cli.eligibility.spreadDefault':
    'Transit spread: defaults (ShipMatrix December 2025 on-time in December, assumptions otherwise); import your own with --transit-spread.',
  'cli.eligibility.spreadSettings': 'Transit spread: the settings file\'s ($t(unit.row, {"count": {{count}} })).',
  'cli.eligibility.spreadFile': 'Transit spread: {{file}} ($t(unit.row, {"count": {{count}} })).',
  'eligibility.disruption.reason.weather': 'weather',
  'eligibility.disruption.reason.carrierHoliday': 'carrier holiday backlog',
  'eligibility.disruption.allCarriers': 'every carrier',
  'cli.eligibility.disruptionTitle':
    'Carrier disruption from the settings\' "operations.disruption" (your assumption, not a default):',
  'cli.eligibility.disruptionLine':
    'week {{week}} ({{start}}): {{share}} of the parcels of {{carriers}} take $t(unit.day, {"count": {{days}} }) more than the spread ({{reason}}){{note}}',
  'cli.eligibility.disruptionOutside': 'Disruption weeks outside this horizon, not simulated: {{dates}}.',
  'cli.eligibility.week': 'Week',
  'cli.eligibility.start': 'Starts',
  'cli.eligibility.policy': 'Profile',
  'cli.eligibility.pass': 'Passes',
  'cli.eligibility.onTime': 'On-time delivery p10-p90',
  'cli.eligibility.revoked': 'Revoked',
  'cli.eligibility.failingTitle': 'Metrics that fail in some runs (worst week):',
  'cli.eligibility.failingLine':
    '{{metric}}: passes in {{share}} of runs in week {{week}} (p50 {{p50}}, {{kind}} {{threshold}})',
  'cli.eligibility.min': 'minimum',
  'cli.eligibility.max': 'maximum',
  'cli.eligibility.noneFailing': 'Every metric meets its threshold in every run.',
  'cli.eligibility.lanesTitle': 'Lanes by expected late deliveries:',
  'cli.eligibility.laneLine': '{{warehouse}} · $t(catalog.service.{{service}}): {{orders}} of orders, {{late}} late',
  'cli.eligibility.trial':
    'Trial ({{days}} days = {{weeks}} weekly windows, at least {{minOrders}} orders): passes in {{share}} of runs.',
  'cli.eligibility.revokedWithin':
    'Revoked within $t(unit.week, {"count": {{weeks}} }): {{share}} of runs; expected strikes: {{strikes}}.',
  'cli.eligibility.verdictPass': 'Verdict: LIKELY TO KEEP PRIME (trial ≥ 95 %, revocation ≤ 5 %).',
  'cli.eligibility.verdictRisk': 'Verdict: AT RISK (trial below 95 % or revocation above 5 %).',
  'cli.eligibility.tradeOffTitle':
    'Promising fast against delivering on time (standard size, expected over the same weeks):',
  'cli.eligibility.tradeOffChange': 'Plan',
  'cli.eligibility.tradeOffOnTime': 'Expected on time',
  'cli.eligibility.tradeOffBase': 'as it is',
  'cli.eligibility.tradeOffSlower': '+1 day on $t(catalog.service.{{service}}) ({{share}} of orders)',
} satisfies Texts;
