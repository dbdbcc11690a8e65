import type { Texts } from '../texts';

/** English texts of the primeOff owner; each other language's primeOff.ts has exactly these keys. */
export const primeOff = {
  'primeOff.title': 'When Prime is switched off',
  'primeOff.intro':
    'Amazon does not count the page views of hours when your Prime offers are switched off (by you, or by Amazon after a missed week): they leave the delivery-speed shares and their totals alike. List those periods as your clock reads them; a real week or window leaves their views out, the typical week has no dates and ignores them.',
  'primeOff.none': 'No period listed: every page view counts.',
  'primeOff.tableLabel': 'Periods when Prime is switched off',
  'primeOff.col.start': 'Off from',
  'primeOff.col.end': 'Back on at',
  'primeOff.col.timeZone': 'Time zone',
  'primeOff.col.note': 'Note',
  'primeOff.startLabel': 'Period {{index}}: Prime off from',
  'primeOff.endLabel': 'Period {{index}}: Prime back on at',
  'primeOff.timeZoneLabel': 'Period {{index}}: time zone',
  'primeOff.noteLabel': 'Period {{index}}: note',
  'primeOff.dateTimeHelp': 'YYYY-MM-DD HH:MM (24 h)',
  'primeOff.timeZoneHelp': 'Saved as {{id}}.',
  'primeOff.badDateTime': 'Type a date and time as YYYY-MM-DD HH:MM, e.g. 2026-12-24 18:00.',
  'primeOff.add': 'Add a period',
  'primeOff.remove': 'Remove period {{index}}',
} satisfies Texts;
