import type { Texts } from '../texts';

/** English texts of the fields owner; each other language's fields.ts has exactly these keys. */
export const fields = {
  'field.time.empty': 'Enter a time, for example 14:00.',
  'field.time.hourOutOfRange': '{{text}} is not a time: hours go from 00 to 23.',
  'field.time.hourOutOfRange12': '{{text}} is not a time: with am/pm, hours go from 1 to 12.',
  'field.time.minuteOutOfRange': '{{text}} is not a time: minutes go from 00 to 59.',
  'field.time.minuteDigits': '{{text}}: write the minutes with two digits — {{early}} or {{late}}?',
  'field.time.missingMinutes': '{{text}}: the minutes are missing — {{whole}}?',
  'field.time.ambiguousHour': '{{text}} could be {{morning}} or {{afternoon}}: type the one you mean.',
  'field.time.notATime': '“{{text}}” is not a time. Type it like 14:00, 1400, 2pm or 14h00.',
  'field.time.placeholder': 'HH:MM',
  'field.number.empty': 'Enter a number.',
  'field.number.notANumber': '“{{text}}” is not a number.',
  'field.number.belowMin': '{{text}} is below the minimum ({{min}}).',
  'field.number.aboveMax': '{{text}} is above the maximum ({{max}}).',
  'field.number.whole': '{{text}}: whole numbers only.',
  'field.number.step': '{{text}}: use steps of {{step}}.',
  'field.number.range': 'From {{min}} to {{max}}.',
  'field.timeZone.noMatch': 'No time zone matches. Try a city, “Pacific” or an id like America/Denver.',
  'field.timeZone.group.us': 'United States',
  'field.timeZone.group.other': 'Other time zones',
  'field.revertHint': 'Esc puts back the saved value.',
  'save.invalid_one': 'Not saved: {{count}} entry is invalid — {{label}}: {{reason}}',
  'save.invalid_other': 'Not saved: {{count}} entries are invalid — first, {{label}}: {{reason}}',
  'save.invalidNotice_one':
    'Not saved: {{count}} entry is invalid — {{label}}: {{reason}} Nothing else was done. Fix it, or press Undo to go back to the saved value.',
  'save.invalidNotice_other':
    'Not saved: {{count}} entries are invalid — first, {{label}}: {{reason}} Nothing else was done. Fix them, or press Undo to go back to the saved values.',
  'save.invalidShow': 'Show',
  'save.invalidShowHint': 'Go to the entry that is not saved',
  'save.invalidUndone': 'Invalid entry undone: the field shows the saved value again.',
  'save.leaveTitle_one': '{{count}} entry is not saved',
  'save.leaveTitle_other': '{{count}} entries are not saved',
  'save.leaveBody':
    'ShipWeek cannot use what is typed here, so it was not saved — and nothing else is saved until it is fixed or undone.',
  'save.leaveStay': 'Stay and fix it',
  'save.leaveDiscard': 'Discard it and leave',
  'save.closeBlockedInvalid_one':
    'Not closed: {{count}} entry is invalid — {{label}}: {{reason}} Fix it or press Undo; closing again quits without it.',
  'save.closeBlockedInvalid_other':
    'Not closed: {{count}} entries are invalid — first, {{label}}: {{reason}} Fix them or press Undo; closing again quits without them.',
} satisfies Texts;
