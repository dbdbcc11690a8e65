import type { Texts } from '../texts';

/** English texts of the domain owner; each other language's domain.ts has exactly these keys. */
export const domain = {
  'domain.shape.unknownKey': 'unknown key (known keys here: {{known}})',
  'domain.shape.unknownKeySuggest': 'unknown key; did you mean "{{suggestion}}"?',
  'domain.shape.tooMany': 'has {{count}} items; the limit is {{max}}',
  'domain.shape.tooManyEntries': 'must have at most {{max}} entries',
  'domain.date.outOfRange': 'must be a date between {{min}} and {{max}} (got {{value}})',
  'domain.text.controlCharacter': 'contains a control character ({{code}} at position {{position}}); remove it',
  'domain.text.loneSurrogate':
    'contains a broken character (unpaired surrogate {{code}} at position {{position}}); save the text again as UTF-8',
  'domain.holiday.notBuiltIn':
    '{{date}} is not a built-in {{carrier}} holiday, so there is nothing to reopen (add your own closures as holidays instead)',
  'domain.disruption.notSunday':
    '{{date}} is not a Sunday: a disruption week is an evaluation window, which runs Sunday to Saturday (the Sunday before is {{sunday}})',
  'domain.disruption.duplicate':
    'the week of {{date}} already holds up {{carrier}} (entry {{entry}}): merge the two into one entry',
  'domain.delivery.unknownState': 'unknown state {{value}}: use a 2-letter code such as NY, CA or DC',
  'domain.delivery.noDefaultArea':
    'ShipWeek has no default area for $t(catalog.service.{{service}}) on $t(catalog.weekday.{{day}}): list the states or ZIP3s it delivers to',
  'domain.primeOff.endBeforeStart':
    'must come after the start ({{start}}): Prime off from {{start}} to {{end}} is no time at all',
  'domain.primeOff.overlap': 'overlaps period {{other}} ({{start}} to {{end}}): merge them or move one',
  'domain.primeOff.timeZone': 'unknown time zone {{value}}: use an IANA name such as America/New_York',
  'domain.delivery.duplicateRow': 'the same service, day and area as row {{row}}: remove one of the two',
  'domain.primeRegions.twice': '{{region}} is listed twice',
  'domain.delivery.unknownZip3': 'ZIP3 {{zip3}} does not exist (not in the US ZIP code list)',
  'domain.migration.holidaysReopened':
    "{{carrier}} {{year}}: this file listed only some {{carrier}} holidays for {{year}}, which older ShipWeek versions read as {{carrier}}'s whole calendar for that year. Holidays now add up to the built-in calendar, so to keep your plan as it was these built-in {{carrier}} holidays are marked as reopened ({{carrier}} works): {{days}}. Remove a reopening in Weekly schedule → Holidays to let {{carrier}} close that day.",
} satisfies Texts;
