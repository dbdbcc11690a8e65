/** Checks of the CLI's date options (--at, --week) against the years ShipWeek plans in. */
import { checkIsoDate, MAX_DATE, MIN_DATE } from '../shared/time/dateTime';
import { badInput, type CliContext, type CommandResult } from './context';

/**
 * Exit-2 result when `date` ('YYYY-MM-DD', already in that shape) lies outside 1970-2199, naming the
 * option and the range; undefined when it is in range (whether it is a real date is the caller's check).
 * Checked before any work: year 0100 sent the week search looping, as Date.UTC reads it as 1900.
 * @example dateOutOfRange(ctx, '--at', '0100-01-01', '0100-01-01T10:00') // exit 2: --at must be a date between ...
 */
export function dateOutOfRange(
  ctx: CliContext,
  option: string,
  date: string,
  typed: string,
): CommandResult | undefined {
  if (checkIsoDate(date) !== 'outOfRange') return undefined;
  return badInput(
    ctx.t('cli.error.dateOutOfRange', { option, min: MIN_DATE, max: MAX_DATE, value: JSON.stringify(typed) }),
  );
}
