import type { Texts } from '../texts';

/** English texts of the reports owner; each other language's reports.ts has exactly these keys. */
export const reports = {
  'reports.title': 'Reports',
  'reports.intro':
    'Export the settings report of the current scenario for your boss or a plan of action, export its data for spreadsheets, import settings, carrier transit times or destination weights, and write the plan of action.',
  'reports.busy': 'Working…',
  'reports.saved': 'Saved to {{path}}',
  'reports.cancelled': 'Nothing was saved.',
  'reports.reveal.open': 'Open',
  'reports.reveal.showInFolder': 'Show in folder',
  'reports.reveal.browser':
    'Your browser put it with its downloads (Ctrl+J or ⌘⇧J lists them); open it from there: a web page cannot open files on your computer.',
  'reports.reveal.notExported': 'Only a file ShipWeek exported in this session can be opened from here.',
  'reports.reveal.failed': 'The file could not be opened: {{reason}}',
  'reports.lang.label': 'Language of the exports',
  'reports.lang.en': 'English',
  'reports.lang.fr': 'French',
  'reports.export.title': 'Export',
  'reports.export.intro':
    'Exports use the scenario as saved and simulate it afresh, so they always show the same numbers as the CLI.',
  'reports.export.pdf': 'Settings report (PDF)',
  'reports.export.includeReturns': 'Include returns and SAFE-T due',
  'reports.export.json': 'Scenario settings (JSON)',
  'reports.export.csvTitle': 'Data for spreadsheets (CSV)',
  'reports.export.csv.schedule': 'Weekly schedule',
  'reports.export.csv.coverageZip3': 'Coverage by ZIP3',
  'reports.export.csv.coverageState': 'Coverage by state',
  'reports.export.csv.metrics': 'Metrics',
  'reports.import.title': 'Import',
  'reports.import.intro':
    'An import is all or nothing: any problem in the file and nothing is changed. Settings come in as a new scenario; transit times are added to the current scenario; destination weights replace the current scenario’s.',
  'reports.import.settings': 'Import settings (JSON)…',
  'reports.import.transit': 'Import transit times (CSV)…',
  'reports.import.settingsDone': 'Imported as the new scenario “{{name}}”.',
  'reports.import.settingsRenamed': 'Imported as “{{name}}”: a scenario named “{{original}}” already exists.',
  'reports.import.transitDone': '$t(unit.transitTime, {"count": {{count}} }) imported; the scenario now has {{total}}.',
  'reports.import.weights': 'Import destination weights (CSV)…',
  'reports.import.weightsDone':
    'Destination weights imported for $t(unit.zipCode, {"count": {{count}} }); the simulation now weights destinations by them.',
  'reports.import.weightsRejected':
    '{{file}}: $t(unit.problem, {"count": {{count}} }) in the destination weights. Nothing was imported.',
  'reports.backtest.title': 'Backtest against Amazon’s promises',
  'reports.backtest.intro':
    'For every Prime order of an Amazon order report (the flat file from Seller Central, tab-separated or CSV): the promise this scenario gives a view at the purchase time to the order’s ZIP, against the date Amazon promised. Nothing in the scenario changes.',
  'reports.backtest.run': 'Backtest against an Amazon order report…',
  'reports.backtest.read':
    'Read $t(unit.row, {"count": {{rows}} }): $t(unit.order, {"count": {{orders}} }), $t(unit.primeOrder, {"count": {{prime}} }); $t(unit.rowSkipped, {"count": {{skipped}} }).',
  'reports.backtest.summary':
    '{{agree}} of {{compared}} Prime orders ({{share}}) get the date Amazon promised. ShipWeek earlier: {{earlier}}, later: {{later}}, no promise: {{unserved}}.',
  'reports.backtest.nothing':
    'Nothing to compare: of $t(unit.primeOrder, {"count": {{prime}} }), none has a promised delivery date (the report needs promise-date, latest-delivery-date or delivery-end-date).',
  'reports.backtest.states': 'States where the promises differ',
  'reports.backtest.col.state': 'State',
  'reports.backtest.col.orders': 'Orders',
  'reports.backtest.col.agree': 'Agree',
  'reports.backtest.col.earlier': 'ShipWeek earlier',
  'reports.backtest.col.later': 'ShipWeek later',
  'reports.backtest.col.meanDiff': 'Mean days',
  'reports.backtest.col.zip3': 'ZIP3',
  'reports.backtest.col.gap': 'Gap',
  'reports.backtest.zip3.title': 'Gap by ZIP3 within a state',
  'reports.backtest.zip3.note':
    'The same gap for each ZIP3 (the first three digits of the ZIP) of the state you pick, to see where in the state ShipWeek’s dates and Amazon’s part. At first, the state with the most orders that disagree.',
  'reports.backtest.zip3.state': 'State to show by ZIP3',
  'reports.backtest.zip3.table': 'Gap by ZIP3 in {{state}}',
  'reports.backtest.worst': 'The orders that differ most, with ShipWeek’s reasoning',
  'reports.backtest.worstLine':
    '{{orderId}} to {{zip}}, bought {{at}} (customer’s time): Amazon {{amazon}}, ShipWeek {{shipweek}} ({{diff}} days)',
  'reports.backtest.worstUnserved':
    '{{orderId}} to {{zip}}, bought {{at}} (customer’s time): Amazon {{amazon}}, ShipWeek: no promise',
  'reports.backtest.suggestions': 'Transit times that would close systematic gaps',
  'reports.backtest.suggestion':
    '$t(catalog.service.{{service}}) to ZIP3 {{dest}}: {{from}} → {{to}} business days ({{orders}} orders; agree now {{now}}, with it {{with}})',
  'reports.backtest.noSuggestions': 'No service and ZIP3 shows a systematic gap: no transit time to suggest.',
  'reports.backtest.apply': 'Try them in a new scenario',
  'reports.backtest.appliedName': '{{name}} + backtest transit times',
  'reports.backtest.applied':
    'New scenario “{{name}}” with the suggested transit times ({{count}}). Open it and backtest again to see what they change.',
  'reports.import.orders': 'Import Amazon order report…',
  'reports.import.ordersDone':
    'Amazon order report read: $t(unit.row, {"count": {{rows}} }), $t(unit.order, {"count": {{orders}} }), $t(unit.primeOrder, {"count": {{prime}} }), $t(unit.rowSkipped, {"count": {{skipped}} }). Destination weights now follow the Prime orders in $t(unit.zipCode, {"count": {{zips}} }).',
  'reports.import.ordersAssumedZone':
    'Date-times without an offset ({{count}}) were read in {{timeZone}} (an assumption: the marketplace’s zone).',
  'reports.import.ordersRejected':
    '{{file}} is not a usable Amazon order report ($t(unit.problem, {"count": {{count}} })). Nothing was imported.',
  'reports.import.ordersNoPrime':
    '{{file}}: none of its $t(unit.order, {"count": {{orders}} }) is a Prime order, so there are no destination weights to import. Nothing was imported.',
  'reports.import.ordersDoNotFit':
    '{{file}}: the imported figures do not fit the plan ({{message}}). Nothing was imported.',
  'reports.import.weightsCustom': 'Destinations are weighted by your imported weights ({{count}} ZIP codes).',
  'reports.import.weightsPopulation':
    'Destinations are weighted by population. Import a CSV with the columns zip,weight (e.g. last year’s orders by ZIP) to weight them by your own demand.',
  'reports.import.usePopulation': 'Use population weights again',
  'reports.import.usePopulationDone': 'Destinations are weighted by population again.',
  'reports.import.errorsTitle': 'Nothing was imported',
  'reports.import.errorsLabel': 'Problems found in the file',
  'reports.import.settingsRejected':
    '{{file}} is not a valid settings file: $t(unit.problem, {"count": {{count}} }). Nothing was imported.',
  'reports.import.transitRejected':
    '{{file}}: $t(unit.problem, {"count": {{count}} }) in the transit table. Nothing was imported.',
  'reports.import.settingsIssue': '{{where}}: {{message}}',
  'reports.import.duplicateWarehouse': '“{{name}}” is used by two warehouses.',
  'reports.import.tooLarge': '{{file}} is {{size}} bytes; the limit is {{limit}} bytes. Nothing was imported.',
  'reports.import.tooLargeStream':
    '{{file}} is larger than the limit of {{limit}} bytes (reading stopped there). Nothing was imported.',
  'reports.import.notText': '{{file}} is not a text file (UTF-8). Nothing was imported.',
  'reports.import.notAFile': '{{file}} is not a file.',
  'reports.import.cannotRead': '{{file}} cannot be opened ({{code}}).',
  'reports.import.row': 'Row {{row}}',
  'reports.import.file': 'File',
  'reports.import.details': 'Details',
  'reports.error.cannotWrite': '{{file}} could not be written ({{code}}). Choose another folder.',
  'reports.error.target.directory': '{{file}} is a folder. Choose a file name.',
  'reports.error.target.symlink':
    '{{file}} is a symbolic link. ShipWeek writes only to regular files or new names, never through a link: choose another name.',
  'reports.error.target.fifo':
    '{{file}} is a named pipe (FIFO), not a regular file. Nothing was written: choose another name.',
  'reports.error.target.device': '{{file}} is a device, not a regular file. Nothing was written: choose another name.',
  'reports.error.target.socket': '{{file}} is a socket, not a regular file. Nothing was written: choose another name.',
  'reports.error.unknownPolicy': 'Unknown policy profile {{policyId}}.',
  'reports.error.unavailable': 'This is not available in this build.',
  'reports.error.noChromium':
    'PDF export in the browser version needs Chromium or Google Chrome installed (or SHIPWEEK_CHROMIUM=/path/to/chrome when starting it). CSV, JSON and Markdown exports work without it.',
  'reports.plan.title': 'Plan of action',
  'reports.plan.intro':
    'A draft built from the simulation: for each failing or at-risk metric, the root cause with its numbers and corrective actions from Amazon’s help page. Edit the text; it saves as you type.',
  'reports.plan.none': 'No plan of action yet for this scenario.',
  'reports.plan.draft': 'Draft the plan of action',
  'reports.plan.redraft': 'Redraft from the simulation',
  'reports.plan.redraftConfirm': 'Replace the plan with a new draft? Your edits to the current text will be lost.',
  'reports.plan.redraftYes': 'Replace',
  'reports.plan.cancel': 'Cancel',
  'reports.plan.rootCause': 'Root cause — {{section}}',
  'reports.plan.actions': 'Corrective actions — {{section}}',
  'reports.plan.exportPdf': 'Export plan (PDF)',
  'reports.plan.exportMarkdown': 'Export plan (Markdown)',
  'reports.plan.saved': 'All changes saved',
  'reports.plan.saving': 'Saving…',
  'reports.plan.pending': 'Unsaved changes',
  'reports.plan.draftedIn.en': 'Drafted in English.',
  'reports.plan.draftedIn.fr': 'Drafted in French.',
  'reports.plan.otherLanguage': 'This plan of action is in {{language}}.',
  'reports.plan.language.en': 'English',
  'reports.plan.language.fr': 'French',
  'reports.plan.translate': 'Redraft in {{language}}, keeping your edits',
  'reports.plan.translated': 'Redrafted in {{language}}: the texts you had changed are kept as you wrote them.',
  'reports.plan.status.fail': 'Fails',
  'reports.plan.status.atRisk': 'At risk',
  'reports.plan.error.none': 'This scenario has no plan of action yet; draft one first.',
  'reports.plan.error.stale': 'The plan of action was changed elsewhere; it has been reloaded.',
  'reports.plan.error.unknownSection': 'Unknown plan section {{id}}.',
  'reports.deadlines.title': 'Returns and SAFE-T deadlines',
  'reports.deadlines.intro':
    'From Amazon’s SFP help page: refund within two business days of a return reaching your warehouse; send missing SAFE-T information within seven days; dispute a SAFE-T decision once, within seven days. Business days follow the plan’s calendar, as on the Returns page: the carriers’ built-in holidays (less the days this plan reopens), this plan’s own holidays and the warehouse’s closures do not count.',
  'reports.deadlines.received': 'Return received on',
  'reports.deadlines.request': 'SAFE-T information requested on',
  'reports.deadlines.decision': 'SAFE-T decision on',
  'reports.deadlines.alreadyDisputed': 'Already disputed once',
  'reports.import.transitTooMany':
    '{{file}}: the plan would hold {{total}} transit times; the limit is {{max}}. Nothing was imported.',
  'reports.progress.label': 'Progress of reading the order report',
  'reports.progress.waiting': 'Waiting for the file…',
  'reports.progress.reading': 'Reading the order report: {{read}} of {{total}} ({{percent}})',
  'reports.progress.readingNoSize': 'Reading the order report: {{read}} so far',
  'reports.progress.cancel': 'Cancel',
  'reports.progress.cancelling': 'Stopping…',
  'reports.import.ordersCancelled': 'Import cancelled: nothing was changed.',
  'reports.backtest.cancelled': 'Backtest cancelled: no figures were kept.',
  'reports.backtest.map.title': 'Gap by state: ShipWeek’s date minus Amazon’s',
  'reports.backtest.map.note':
    'Mean over each state’s Prime orders that both promised, in days: negative when ShipWeek promises sooner than Amazon did, positive when later. Hover a state for its counts.',
  'reports.backtest.map.label':
    'Map of the United States coloured by the mean gap between ShipWeek’s promised date and Amazon’s. The table below gives the states that differ.',
  'reports.backtest.map.legend': 'Legend of the gap map',
  'reports.backtest.map.legend.earlier2': 'ShipWeek 1.5 days or more earlier',
  'reports.backtest.map.legend.earlier1': '0.5 to 1.5 days earlier',
  'reports.backtest.map.legend.even': 'Within half a day',
  'reports.backtest.map.legend.later1': '0.5 to 1.5 days later',
  'reports.backtest.map.legend.later2': '1.5 days or more later',
  'reports.backtest.map.legend.unserved': 'No promise from the plan',
  'reports.backtest.map.legend.none': 'No order in the report',
  'reports.backtest.map.stateTitle':
    '{{state}}: $t(unit.primeOrder, {"count": {{compared}} }) compared; agree: {{agree}} ({{share}}); ShipWeek earlier: {{earlier}}, later: {{later}}, no promise: {{unserved}}; mean gap in days: {{mean}}',
  'reports.backtest.map.stateNone': '{{state}}: no Prime order with a promised date in the report',
  'reports.import.usps': 'Import USPS service standards…',
  'reports.import.ups': 'Import UPS Time in Transit (JSON)…',
  'reports.import.uspsDone':
    'USPS service standards of this plan’s origin imported as transit times ({{zip3}} by ZIP3, {{zip5}} by ZIP5): {{added}} added, {{changed}} changed, {{unchanged}} unchanged; the plan now has $t(unit.transitTime, {"count": {{total}} }).',
  'reports.import.upsDone':
    'UPS Time in Transit imported as transit times by ZIP5 ({{zip5}}; they apply to single promises, the backtest and the simulation, which now runs over every ZIP5): {{added}} added, {{changed}} changed, {{unchanged}} unchanged; the plan now has $t(unit.transitTime, {"count": {{total}} }).',
  'reports.import.transitChange': '$t(catalog.service.{{service}}) to {{dest}}: {{from}} → {{to}}',
  'reports.import.transitChanges': 'Changed (business days): {{list}}.',
  'reports.import.transitSkipped': 'Not imported (ShipWeek does not model them): {{list}}.',
  'reports.backtest.plans.title': 'The plan in force at each date',
  'reports.backtest.plans.intro':
    'Orders bought (customer’s date) within a range are judged with the scenario you name for it; all other orders with this scenario. Transit suggestions come only from this scenario’s orders.',
  'reports.backtest.plans.scenario': 'Scenario in force',
  'reports.backtest.plans.from': 'From',
  'reports.backtest.plans.to': 'To (included)',
  'reports.backtest.plans.remove': 'Remove this range',
  'reports.backtest.plans.add': 'Add a plan in force for a period',
  'reports.backtest.plans.thisPlan': 'this scenario',
  'reports.backtest.plans.judged': 'Judged with: {{list}}.',
  'reports.backtest.plans.judgedOne': '{{name}}, {{agree}} of {{compared}} agree',
  'reports.backtest.plans.judgedWith': '— judged with “{{name}}”, in force then',
  'reports.backtest.planRangeBackwards': 'A plan in force from {{from}} to {{to}} ends before it starts.',
  'reports.backtest.plansOverlap':
    'Plans in force may not overlap: “{{first}}” ({{firstFrom}} to {{firstTo}}) and “{{second}}” ({{secondFrom}} to {{secondTo}}) both hold {{from}} to {{to}}. Give each date one plan.',
} satisfies Texts;
