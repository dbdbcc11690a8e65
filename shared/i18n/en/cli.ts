import type { Texts } from '../texts';

/** English texts of the cli owner; each other language's cli.ts has exactly these keys. */
export const cli = {
  'cli.help':
    "ShipWeek: plan a Seller Fulfilled Prime shipping week and simulate Amazon's delivery-speed metrics.\n\nUsage: shipweek <command> [options]\n\nCommands:\n  sample [--out <file>] [--variant <id>] [--force]   print (or write) sample settings\n  validate <file> [--json]                           check a settings file; list findings\n  simulate <file> [--json] [--policy <id>] [--week <YYYY-MM-DD> [--weeks N]] [--destinations auto|zip3|zip5]\n                                                     simulate delivery speed, coverage and policy checks\n  promise <file> --at <YYYY-MM-DDTHH:MM> --to <ZIP> [--tier <tier>] [--json]\n                                                     the promise a customer at <ZIP> sees at that local time\n  matrix [--json]                                    the carriers' weekend pickup / drop-off matrix\n  policies [--json]                                  built-in SFP policy profiles and targets\n  report <file> --format html|csv|json|pdf --out <path> [--policy <id>] [--returns <report>]\n                                                     write the settings report, a CSV export or the settings JSON\n  advise <file> [--json] [--max-moves N] [--budget <USD/week>] [--candidate-zips <file>]\n                                                     what to change to pass, and what it costs\n  eligibility <file> [--weeks 13] [--runs N] [--seed N] [--transit-spread <csv>] [--trade-off] [--json]\n                                                     will the plan pass a trial and keep Prime (Monte Carlo)\n  backtest <file> --orders <report> [--json]         ShipWeek's promises against the ones Amazon made\n  import orders <report> --into <file> --out <file>  an Amazon order report as destination weights\n  import usps-standards|ups-tnt <file> --into <file> --out <file> [--origin <ZIP3>]\n                                                     carrier transit times as the plan's transit overrides\n  returns <report> [--holidays-from <file>] [--today <YYYY-MM-DD>] [--json]\n                                                     refund-by dates of an Amazon returns report; exit 1 when one is overdue\n  serve [--port <N>] [--data-dir <folder>] [--no-open]\n                                                     ShipWeek in your browser (when the desktop app cannot start)\n\nOptions:\n  --lang en|fr   language of human output (default en)\n  --json         machine-readable output\n  -h, --help     help (also: shipweek <command> --help)\n\nExit codes: 0 pass, 1 findings or failed checks, 2 bad input (file, option or value).",
  'cli.help.sample':
    'Usage: shipweek sample [--out <file>] [--variant <id>] [--force]\n\nPrints the sample settings (JSON). --out writes them to a file instead (refuses to overwrite without --force).\n--variant: columbus (default) or two-warehouses.',
  'cli.help.validate':
    'Usage: shipweek validate <file> [--json]\n\nChecks a settings file: format, ZIP codes, time zones, then the program rules (cutoffs, pickups, weekend matrix, six-day operation and delivery, coverage).\nExit 0 when there is no error or warning, 1 when there are findings, 2 when the file cannot be read or is invalid.',
  'cli.help.simulate':
    "Usage: shipweek simulate <file> [--json] [--policy <id>] [--week <YYYY-MM-DD> [--weeks N] | --from <YYYY-MM-DD> --to <YYYY-MM-DD>] [--destinations auto|zip3|zip5]\n\nSimulates a week of page views against the settings: share of views promised within 1, 2, 3 and 5 days per size tier, coverage by state, six-day checks, and the policy's targets.\n--policy: a policy profile id (see shipweek policies); default: the file's policyId. --week: the Sunday of the week to simulate (Amazon evaluates weeks Sunday to Saturday); a Monday still gives a Monday-to-Sunday week, named as such. --weeks: that many consecutive weeks from it (1-13), judged together as Amazon judges a window; shares and targets are rounded up to whole percents as on its dashboard. --from and --to: a custom date range instead (both days counted, at most 91 days), as Amazon's dashboard offers; only the views of those days count. --destinations: zip3 simulates per ZIP3, zip5 over every ZIP5 with ZIP5 transit overrides applied; auto (default) takes zip5 when the file has a ZIP5 transit override.\nExit 0 when every check passes, 1 when one fails, 2 on bad input.",
  'cli.help.promise':
    'Usage: shipweek promise <file> --at <YYYY-MM-DDTHH:MM> --to <ZIP> [--tier standard|oversize|extraLarge] [--json]\n\nThe delivery promise a customer at <ZIP> (ZIP5 or ZIP3) sees at a local date and time, with the reasoning step by step.\nExit 0 with a promise, 1 when no service can deliver, 2 on bad input.',
  'cli.help.matrix':
    "Usage: shipweek matrix [--json]\n\nThe weekend pickup / drop-off matrix of UPS, FedEx and USPS from Amazon's SFP help page.",
  'cli.help.policies':
    'Usage: shipweek policies [--json]\n\nThe built-in SFP policy profiles: where they come from, their delivery-speed targets and rules.',
  'cli.help.report':
    'Usage: shipweek report <file> --format html|csv|json|pdf --out <path> [--csv <kind>] [--lang en|fr] [--policy <id>] [--week <YYYY-MM-DD> [--weeks N] | --from <YYYY-MM-DD> --to <YYYY-MM-DD>] [--force]\n\nWrites the settings report (html, or pdf through a headless Chromium: set SHIPWEEK_CHROMIUM=/path if none is found), a CSV export (--csv schedule, coverageZip3, coverageState or metrics; default metrics) or the settings JSON in the current format.\nThe figures are for the typical week unless --week (a Sunday: Amazon’s Sunday–Saturday week; a Monday: a Monday–Sunday week), --weeks N from it (1-13, judged together) or --from/--to (a date range, both days counted, at most 91 days) is given, as for shipweek simulate.\nThe file is written atomically; an existing file is kept unless --force.\nExit 0 when written, 2 on bad input or when no Chromium is available for --format pdf.',
  'cli.help.serve':
    "Usage: shipweek serve [--port <N>] [--data-dir <folder>] [--no-open]\n\nShipWeek in your own browser, for machines where the desktop app cannot start: serves the built app and the same workspace (default: the desktop app's, e.g. ~/.config/ShipWeek/workspace on Linux) on 127.0.0.1 only, and opens your browser with a one-time sign-in link.\n--port: the port to listen on (default 4780, or any free one if it is busy). --data-dir: another workspace folder. --no-open: print the sign-in link instead of opening a browser.\nOne server per workspace. Press Enter for a new sign-in link, Ctrl+C to stop.\nExit 0 after Ctrl+C, 2 when it cannot start (workspace already served, port in use, app not built).",
  'cli.serve.badPort': '--port must be a number from 0 to 65535 (got {{value}})',
  'cli.serve.sqliteBroken': 'shipweek serve cannot open the workspace until better-sqlite3 loads (see above).',
  'cli.serve.notBuilt':
    'The app is not built ({{dir}} is missing or incomplete): run `npm run build`, or start with `npm run web`, which builds first.',
  'cli.serve.locked':
    'This workspace is already being served by ShipWeek (process {{pid}}, {{url}}).\nUse that one (press Enter in its terminal for a sign-in link), stop it with Ctrl+C, or serve another folder with --data-dir.\nWorkspace: {{dir}}\nLock file: {{lock}} (removed automatically when that process ends)',
  'cli.serve.portInUse':
    'Port {{port}} is already in use on 127.0.0.1. Choose another with --port <N> (or --port 0 for any free port), or stop the program using it.',
  'cli.serve.defaultPortBusy': 'Port {{port}} is busy; using another free port.',
  'cli.serve.serving': 'ShipWeek is serving the workspace {{dir}}\n  at {{url}} (this computer only)',
  'cli.serve.signInLink': 'Open this one-time sign-in link in your browser (it works once):\n  {{url}}',
  'cli.serve.opened': 'Opened in your browser.',
  'cli.serve.keys': 'Press Enter for a new sign-in link (another browser or tab), Ctrl+C to stop.',
  'cli.serve.signedIn': 'A browser signed in.',
  'cli.serve.stopped': 'ShipWeek stopped; every acknowledged edit is saved.',
  'cli.serve.noChromium':
    'PDF export in the browser version needs Chromium or Google Chrome (or SHIPWEEK_CHROMIUM=/path/to/chrome).',
  'cli.report.badFormat': '--format must be html, csv, json or pdf (got {{value}})',
  'cli.report.missingOut': '--out <path> is required (where to write the report)',
  'cli.report.badCsv': '--csv must be one of {{kinds}} (got {{value}})',
  'cli.report.exists': '{{file}}: file exists; add --force to replace it',
  'cli.report.written': '{{file}}: written ({{bytes}} bytes)',
  'cli.report.noChromium':
    'no Chromium found for --format pdf: install chromium (Debian: apt-get install chromium) or set SHIPWEEK_CHROMIUM=/path/to/chrome; --format html gives the same report to print from a browser',
  'cli.report.pdfFailed': 'the PDF could not be printed: {{message}}',
  'cli.error.unknownCommand': 'unknown command {{command}}',
  'cli.error.badOption': 'bad option: {{message}}',
  'cli.error.extraArguments': 'unexpected arguments: {{args}}',
  'cli.error.badLang': '--lang must be en or fr (got {{value}})',
  'cli.error.missingFile': 'a settings file is required (e.g. shipweek validate settings.json)',
  'cli.error.notFound': '{{file}}: file not found',
  'cli.error.noAccess': '{{file}}: permission denied',
  'cli.error.cannotRead': '{{file}}: cannot read the file ({{code}})',
  'cli.error.isDirectory': '{{file}}: is a folder, not a file',
  'cli.error.tooLarge': '{{file}}: file is too large ({{size}} bytes; the limit is {{limit}} bytes)',
  'cli.error.cannotWrite': '{{file}}: cannot write the file ({{code}})',
  'cli.error.tooLargeStream': '{{file}}: file is too large (reading stopped at the limit of {{limit}} bytes)',
  'cli.error.target.directory': '{{file}}: is a folder; give a file name to write to',
  'cli.error.target.symlink':
    '{{file}}: is a symbolic link; ShipWeek writes only to regular files or new names, never through a link',
  'cli.error.target.fifo': '{{file}}: is a named pipe (FIFO), not a regular file; nothing was written',
  'cli.error.target.device': '{{file}}: is a device, not a regular file; nothing was written',
  'cli.error.target.socket': '{{file}}: is a socket, not a regular file; nothing was written',
  'cli.error.invalidSettings': '{{file}}: not a valid settings file ($t(unit.problem, {"count": {{count}} })):',
  'cli.severity.error': 'ERROR  ',
  'cli.severity.warning': 'WARNING',
  'cli.severity.info': 'INFO   ',
  'cli.validate.pass': '{{file}}: no errors or warnings ({{info}} info).',
  'cli.validate.fail':
    '{{file}}: $t(unit.error, {"count": {{error}} }), $t(unit.warning, {"count": {{warning}} }), $t(unit.note, {"count": {{info}} }).',
  'cli.sample.written': 'Wrote "{{name}}" to {{file}}.',
  'cli.sample.exists': '{{file}}: file already exists (use --force to overwrite it)',
  'cli.sample.unknownVariant': 'unknown sample {{variant}}; samples: {{variants}}',
  'cli.matrix.title': 'Weekend pickups and drop-offs by carrier (Amazon SFP help page)',
  'cli.matrix.carrier': 'Carrier',
  'cli.matrix.service': 'Service',
  'cli.promise.badAt': '--at must be a local date and time YYYY-MM-DDTHH:MM, e.g. 2026-06-12T15:30 (got {{value}})',
  'cli.promise.badTo': '--to must be a ZIP5 (e.g. 10001) or ZIP3 (e.g. 100) (got {{value}})',
  'cli.promise.unknownZip': '--to: ZIP {{zip}} does not exist',
  'cli.promise.badTier': '--tier must be one of {{tiers}} (got {{value}})',
  'cli.promise.headline':
    'Promise: $t(unit.day, {"count": {{days}} }), delivered {{deliveryDate}}, to {{to}} ({{state}}) for a view at {{at}} ({{timeZone}}).',
  'cli.promise.ships':
    'Ships {{shipDate}} from {{warehouse}} by {{service}} ({{handover}} at {{time}}), zone {{zone}}, $t(unit.businessDay, {"count": {{transitDays}} }) in transit.',
  'cli.promise.cutoff': 'Customer cutoff for this promise: {{customerCutoff}} (customer local time).',
  'cli.promise.why': 'Why:',
  'cli.simulate.badWeek':
    '--week must be the Sunday YYYY-MM-DD that starts an Amazon week (Sunday to Saturday), e.g. {{sunday}}, or a Monday for a Monday-to-Sunday week (got {{value}})',
  'cli.simulate.rangeAndWeek': '--from/--to is a date range of its own: give it without --week and --weeks',
  'cli.simulate.rangeNeedsBoth': 'a date range needs both --from and --to ({{option}} is missing)',
  'cli.simulate.badRangeDate': '{{option}} must be a real date YYYY-MM-DD, e.g. 2026-11-25 (got {{value}})',
  'cli.simulate.rangeBackwards': '--to ({{to}}) is before --from ({{from}}): the range must run forward',
  'cli.simulate.rangeTooLong':
    'the range {{from}} to {{to}} is longer than {{max}} days (13 weeks), the longest window ShipWeek judges',
  'cli.simulate.unknownPolicy': '--policy: unknown policy {{value}}; policies: {{policies}}',
  'cli.simulate.title': 'Simulation of "{{name}}" against {{policy}} ({{policyId}}), {{period}}',
  'cli.simulate.badWeeks': '--weeks must be a whole number from 1 to 13 and needs --week (got {{value}})',
  'cli.simulate.badDestinations': '--destinations must be auto, zip3 or zip5 (got {{value}})',
  'cli.simulate.zip5Mode':
    'ZIP5 mode: the week over {{zips, number}} ZIP5s of the 48 states + DC; with transit of their own (ZIP5 transit overrides): {{own, number}}, in {{zip3s, number}} of the ZIP3s.',
  'cli.simulate.titleTypical': 'Simulation of "{{name}}" against {{policy}} ({{policyId}}), typical week (no holidays)',
  'cli.simulate.speedTitle': 'Delivery speed: share of page views promised within N days',
  'cli.simulate.tier': 'Size tier',
  'cli.simulate.none': 'No promise',
  'cli.simulate.nationwideYes': 'Nationwide coverage: yes (all 48 contiguous states + DC).',
  'cli.simulate.nationwideNo':
    'Nationwide coverage: no; not fully covered in $t(unit.state, {"count": {{count}} }): {{states}}.',
  'cli.simulate.sixDays': 'Six-day operation: {{operation}}. Six-day delivery: {{delivery}}.',
  'cli.simulate.outsideBuyShipping': 'Page views served with labels outside Buy Shipping: {{share}}.',
  'cli.simulate.checksTitle': 'Policy checks:',
  'cli.simulate.findingsTitle': 'Findings:',
  'cli.simulate.pass': 'PASS',
  'cli.simulate.fail': 'FAIL',
  'cli.simulate.target': 'target {{target}}',
  'cli.simulate.states': '{{count}} states',
  'cli.simulate.yes': 'yes',
  'cli.simulate.no': 'no',
  'cli.simulate.resultPass': 'Result: PASS ({{count}} of {{count}} checks).',
  'cli.simulate.resultFail': 'Result: FAIL ({{failed}} of {{count}} checks failed).',
  'cli.error.moreProblems': '… and {{count}} more',
  'cli.error.dateOutOfRange': '{{option}} must be a date between {{min}} and {{max}} (got {{value}})',
  'cli.help.advise':
    'Usage: shipweek advise <file> [--json] [--max-moves N] [--budget <USD per week>] [--candidate-zips <file>] [--label-costs <csv>] [--search-sites] [--policy <id>]\n\nWhat to change, and what it costs: the single changes ranked by checks fixed and points gained per dollar, the cheapest combination that passes every check, or, when none does within the limits, the best each failing check can reach and which check binds. Every figure is the simulation of the plan it comes with.\n--max-moves: changes per plan, 1-8 (default 4). --budget: most extra cost per week in US dollars. --candidate-zips: a file of ZIP5 codes (one per line) to try a second warehouse at. --search-sites: try every populated ZIP3 for the best new site (slower). --label-costs: a CSV service,zone,tier,usd replacing the label prices.\nExit 0 when a passing plan was found (or the plan already passes), 1 when none exists within the limits, 2 on bad input.',
  'cli.advise.badMaxMoves': '--max-moves must be a whole number from 1 to 8 (got {{value}})',
  'cli.advise.badBudget': '--budget must be a number of US dollars per week, e.g. 500 or 1250.50 (got {{value}})',
  'cli.advise.badZip': '{{file}}: row {{row}}: {{value}} is not a 5-digit ZIP code',
  'cli.advise.unknownZip': '{{file}}: row {{row}}: ZIP {{value}} does not exist',
  'cli.advise.noZips': '{{file}}: no ZIP codes found (one 5-digit ZIP per line)',
  'cli.advise.badLabelCosts': '{{file}}: not a valid label-cost CSV ($t(unit.problem, {"count": {{count}} })):',
  'cli.advise.title': 'Advice for "{{name}}" against {{policyId}} (typical week)',
  'cli.advise.nowPass': 'Now: PASS ({{count}} of {{count}} checks).',
  'cli.advise.nowFail': 'Now: FAIL ({{failed}} of {{count}} checks failed: {{checks}}).',
  'cli.advise.cost': 'Weekly cost: {{total}} (labels {{labels}}, fixed {{fixed}}).',
  'cli.advise.costModelDefaults':
    "Costs: default list-price levels (assumptions); put your own in the settings' costModel or use --label-costs.",
  'cli.advise.costModelSettings': "Costs: the settings file's cost model.",
  'cli.advise.singleTitle': 'Single changes, best first:',
  'cli.advise.singleFigures': 'checks fixed {{fixed}}, {{points}} points gained, {{cost}} per week',
  'cli.advise.passingTitle':
    'Cheapest plan found that passes every check ($t(unit.change, {"count": {{count}} })): {{total}} per week ({{delta}}):',
  'cli.advise.noPassing':
    'No plan passes every check within the limits (at most $t(unit.change, {"count": {{moves}} }), budget {{budget}}). The best each failing check can reach:',
  'cli.advise.noBudget': 'none',
  'cli.advise.ceilingLine': 'best {{best}} (target {{target}})',
  'cli.advise.binds': 'BINDS',
  'cli.advise.bestSite': 'Best new warehouse site: {{move}} ({{delta}} per week, checks fixed {{fixed}}).',
  'cli.advise.searchComplete':
    'Search: complete, {{count}} plans evaluated (greedy + local improvement); every figure above is a simulation of its plan.',
  'cli.advise.searchLimited':
    'Search: STOPPED at its limit after {{count}} plans; the results above are the best found so far.',
  'cli.advise.searchCancelled': 'Search: cancelled after {{count}} plans; the results above are the best found so far.',
  'cli.help.backtest':
    'Usage: shipweek backtest <file> --orders <report> [--json] [--worst N] [--marketplace-tz <zone>] [--plans <FROM..TO=settings> | --plans <list.json>]... [--apply-out <file> [--force]]\n\nShipWeek\'s promise for every Prime order of an Amazon order report (TSV or CSV, read streamed) against the date Amazon promised: a view at the purchase time to the order\'s ZIP, with the plan in <file>. Prints what was read, the agreement, the differences by state, ZIP3 and ship-service-level, the orders that disagree most with ShipWeek\'s reasoning, and transit overrides (per service and ZIP3) that would close systematic gaps.\n--worst: how many orders to list (default 20). --marketplace-tz: zone of dates written without an offset (default America/Los_Angeles, an assumption). --plans: another plan in force for a date range of purchase (customer\'s date, both ends included), as 2026-06-01..2026-06-30=june.json (repeat for more), or a JSON list [{"from", "to", "settings": path, "name"?}] with paths relative to the list; orders bought then are judged with that plan, ranges may not overlap. --apply-out: write the plan with the suggested overrides to a new settings file (backtest it again to see their effect).\nExit 0 when every compared order agrees, 1 when some disagree (or none could be compared), 2 on bad input.',
  'cli.help.import':
    "Usage: shipweek import orders <report> --into <settings> --out <new settings> [--force] [--adopt-shape] [--adopt-volume] [--marketplace-tz <zone>] [--json]\n       shipweek import usps-standards|ups-tnt <file> --into <settings> --out <new settings> [--origin <ZIP3>] [--force] [--json]\n       shipweek import transit|weights|costs <file.csv> --into <settings> --out <new settings> [--force] [--json]\n\nReads an Amazon order report (TSV or CSV, streamed) and writes a copy of <settings> whose destination weights are the report's Prime orders per ZIP. --adopt-shape also makes its weekday x hour shape the page-view profile; --adopt-volume makes its Prime orders per week the cost model's volume. <settings> is not changed; the new file is written atomically and an existing one is kept unless --force.\nExit 0 when written, 2 on bad input (nothing is written).\n\nusps-standards reads a USPS service standards file (origin ZIP3 x destination ZIP3 or ZIP5 x product, columns by name) and ups-tnt UPS Time in Transit JSON responses; their days replace the plan's transit for the same service and destination, and the command says what was added and changed. --origin: the origin ZIP3 whose rows to read (default: the plan's warehouses').\n\ntransit reads a dest,service,business_days CSV (added to the plan's transit times, replacing the same service and destination), weights a zip,weight CSV (replaces the destination weights) and costs a service,zone,tier,usd CSV of label prices (replaces the cost model's label table) — the same files and messages as the app's imports; any bad row refuses the whole file with its row, column and reason.",
  'cli.orders.missingReport': 'name the Amazon order report (a TSV or CSV file from Seller Central)',
  'cli.orders.badTimeZone': '--marketplace-tz must be an IANA time zone such as America/Los_Angeles (got {{value}})',
  'cli.orders.notText': '{{file}} is not UTF-8 text (invalid bytes near byte {{offset}}); nothing was read',
  'cli.orders.rejected': '{{file}}: the order report cannot be used; nothing was imported:',
  'cli.orders.progress': 'Reading {{file}}',
  'cli.orders.read':
    'Read {{file}} ({{format}}): {{rows}} rows, {{orders}} orders, {{prime}} Prime orders, purchased {{from}} to {{to}} (UTC).',
  'cli.orders.format.tab': 'tab-separated',
  'cli.orders.format.comma': 'comma-separated',
  'cli.orders.duplicates':
    'Lines for orders already read (more items, or repeated lines): {{count}}; each order is counted once.',
  'cli.orders.skipped': '$t(unit.rowSkipped, {"count": {{count}} }): {{reasons}}. First ones:',
  'cli.orders.skip.missingOrderId': 'no order id',
  'cli.orders.skip.missingPurchaseDate': 'no purchase date',
  'cli.orders.skip.badPurchaseDate': 'unreadable purchase date',
  'cli.orders.skip.missingZip': 'no ZIP',
  'cli.orders.skip.badZip': 'malformed ZIP',
  'cli.orders.skip.unknownZip': 'ZIP that does not exist',
  'cli.orders.skip.formula': 'formula',
  'cli.orders.unknownZips': 'Rows whose ZIP does not exist: {{count}} ({{zips}})',
  'cli.orders.assumedTimeZone':
    "Assumption: date-times without a UTC offset ({{count}}) were read in {{timeZone}} (the marketplace's zone); use --marketplace-tz if the report was made in another zone.",
  'cli.orders.primeAssumed': 'The report has no is-prime column: every order was taken as a Prime order.',
  'cli.orders.badPromiseDates':
    'Promised delivery dates that could not be read: {{count}}; those orders are not compared.',
  'cli.orders.missingColumns': 'Columns not in the report: {{columns}}.',
  'cli.orders.column.orderId': 'order id',
  'cli.orders.column.purchaseDate': 'purchase-date',
  'cli.orders.column.promiseDate': 'promise-date (or latest-delivery-date, delivery-end-date)',
  'cli.orders.column.latestShipDate': 'latest-ship-date',
  'cli.orders.column.serviceLevel': 'ship-service-level',
  'cli.orders.column.zip': 'ship-postal-code',
  'cli.orders.column.state': 'ship-state',
  'cli.orders.column.isPrime': 'is-prime',
  'cli.orders.column.quantity': 'quantity',
  'cli.backtest.badWorst': '--worst must be a whole number from 0 to 1000 (got {{value}})',
  'cli.backtest.title': 'Backtest of "{{name}}" against {{file}}',
  'cli.backtest.nothingCompared':
    'Nothing to compare: $t(unit.primeOrder, {"count": {{prime}} }), {{without}} without a promised delivery date (the report needs promise-date, latest-delivery-date or delivery-end-date).',
  'cli.backtest.badPlans':
    '--plans {{value}}: write FROM..TO=settings.json (e.g. 2026-06-01..2026-06-30=june.json) or name a JSON list of {"from", "to", "settings", "name"?}',
  'cli.backtest.badPlansList':
    '{{file}} is not a list of plans in force; write [{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "settings": "plan.json", "name"?: "…"}]',
  'cli.backtest.tooManyPlans': '--plans: at most {{max}} plans in force (got {{count}})',
  'cli.backtest.planRangeBackwards':
    '--plans: the plan in force "{{name}}" runs from {{from}} to {{to}}, which ends before it starts',
  'cli.backtest.plansOverlap':
    '--plans: plans in force may not overlap: "{{first}}" ({{firstFrom}} to {{firstTo}}) and "{{second}}" ({{secondFrom}} to {{secondTo}}) both hold {{from}} to {{to}}; give each date one plan',
  'cli.backtest.judgedWith': 'Judged with: {{list}}.',
  'cli.backtest.judgedOne': '{{name}}: {{agree}} of {{compared}} agree',
  'cli.backtest.thisPlan': 'this plan',
  'cli.backtest.agreement':
    'Agreement: {{agree}} of {{compared}} Prime orders ({{share}}) get the date Amazon promised. ShipWeek earlier: {{earlier}}, later: {{later}}, no promise: {{unserved}}.',
  'cli.backtest.withoutPromise': 'Prime orders without a promised date, not compared: {{count}}.',
  'cli.backtest.histogram': "Days, ShipWeek's date minus Amazon's: {{days}}",
  'cli.backtest.byState': 'States with disagreements (most first):',
  'cli.backtest.byZip3': 'ZIP3 areas with disagreements (most first):',
  'cli.backtest.byServiceLevel': 'Ship service levels with disagreements:',
  'cli.backtest.col.state': 'State',
  'cli.backtest.col.serviceLevel': 'Service level',
  'cli.backtest.col.compared': 'Orders',
  'cli.backtest.col.agree': 'Agree',
  'cli.backtest.col.earlier': 'Earlier',
  'cli.backtest.col.later': 'Later',
  'cli.backtest.col.meanDiff': 'Mean days',
  'cli.backtest.worst': 'The {{count}} orders that disagree most:',
  'cli.backtest.worstLine':
    '  {{orderId}} (row {{row}}) to {{zip}}, bought {{at}} local: Amazon {{amazon}}, ShipWeek {{shipweek}} ({{diff}} days)',
  'cli.backtest.worstUnserved':
    '  {{orderId}} (row {{row}}) to {{zip}}, bought {{at}} local: Amazon {{amazon}}, ShipWeek: no promise',
  'cli.backtest.noSuggestions': 'No transit override suggested: no service and ZIP3 shows a systematic gap.',
  'cli.backtest.suggestions': 'Transit overrides that would close systematic gaps ({{count}}):',
  'cli.backtest.suggestion':
    '$t(catalog.service.{{service}}) to ZIP3 {{dest}}: {{from}} → {{to}} business days ({{orders}} orders; agree now {{now}}, with it {{with}})',
  'cli.backtest.moreSuggestions': '… and {{count}} more',
  'cli.backtest.suggestionsNote':
    'Apply them to a new scenario (--apply-out) and backtest again: their effect is what that backtest shows.',
  'cli.backtest.applied': 'Wrote the plan with the suggested transit overrides ({{count}}) to {{file}}.',
  'cli.import.badKind': 'unknown import {{value}}; imports: {{kinds}}',
  'cli.import.missingIntoOut': '--into <settings> and --out <new settings> are both needed',
  'cli.import.sameFile': '{{file}}: --out must be a new file, not the --into settings',
  'cli.import.noPrime':
    '{{file}}: none of its $t(unit.order, {"count": {{orders}} }) is a Prime order: there are no destination weights to import; nothing was written',
  'cli.import.invalidResult':
    '{{file}}: the imported figures do not fit the settings format ({{message}}); nothing was written',
  'cli.import.weights':
    "Destination weights: Prime orders in {{zips}} ZIP codes ({{prime}} orders) replace the plan's destination weights.",
  'cli.import.shapeAdopted': "Page-view profile: the orders' weekday x hour shape (customer's clock) replaces it.",
  'cli.import.shapeNotAdopted': "Page-view profile: unchanged (--adopt-shape to use the orders' weekday x hour shape).",
  'cli.import.volumeAdopted': 'Cost model: {{weekly}} Prime orders a week.',
  'cli.import.volumeNotAdopted':
    'Cost model volume: unchanged ({{weekly}} Prime orders a week in the report; --adopt-volume to use it).',
  'cli.import.written': 'Wrote {{file}} (a copy of {{into}} with the figures above).',
  'cli.import.csvRejected': '{{file}}: $t(unit.problem, {"count": {{count}} }) in the file; nothing was written',
  'cli.import.weightsCsv':
    'Destination weights: the $t(unit.zipCode, {"count": {{count}} }) of {{file}} replace the plan\'s.',
  'cli.import.labelCosts':
    "Label prices: {{count}} rows of {{file}} replace the plan's label table ({{replaced}} rows before); prices it does not name stay at the defaults.",
} satisfies Texts;
