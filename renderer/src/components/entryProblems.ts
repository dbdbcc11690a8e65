import type { T } from '../app/i18n/useT';
import type { TimeInputProblem } from '../../../shared/time/timeInput';
import type { NumberInputProblem } from '../../../shared/domain/numberInput';

/** What is wrong with a typed time, in the user's language ("25:00 is not a time: hours go from 00 to 23."). */
export function timeProblemText(t: T, p: TimeInputProblem): string {
  switch (p.kind) {
    case 'empty':
    case 'incomplete':
      return t('field.time.empty');
    case 'hourOutOfRange':
      return t(p.twelveHour ? 'field.time.hourOutOfRange12' : 'field.time.hourOutOfRange', { text: p.text });
    case 'minuteOutOfRange':
      return t('field.time.minuteOutOfRange', { text: p.text });
    case 'minuteDigits':
      return t('field.time.minuteDigits', { text: p.text, early: p.early, late: p.late });
    case 'missingMinutes':
      return t('field.time.missingMinutes', { text: p.text, whole: p.whole });
    case 'ambiguousHour':
      return t('field.time.ambiguousHour', { text: p.text, morning: p.morning, afternoon: p.afternoon });
    case 'notATime':
      return t('field.time.notATime', { text: p.text });
  }
}

/** What is wrong with a typed number; `format` writes a limit with its unit ("720 min"). */
export function numberProblemText(t: T, p: NumberInputProblem, format: (n: number) => string): string {
  switch (p.kind) {
    case 'empty':
    case 'incomplete':
      return t('field.number.empty');
    case 'notANumber':
      return t('field.number.notANumber', { text: p.text });
    case 'belowMin':
      return t('field.number.belowMin', { text: p.text, min: format(p.min) });
    case 'aboveMax':
      return t('field.number.aboveMax', { text: p.text, max: format(p.max) });
    case 'step':
      return p.step === 1
        ? t('field.number.whole', { text: p.text })
        : t('field.number.step', { text: p.text, step: format(p.step) });
  }
}
