import type { MessageKey } from '../../app/i18n/useT';
import { addDays, weekdayOf } from '../../../../shared/time/civilDate';
import { WEEKDAYS } from '../../../../shared/time/dateTime';

/** The run bar's bounds: a horizon of up to ten years, a run count a worker finishes, a 32-bit seed. */
export const RUN_BOUNDS = { weeks: 520, runs: 100_000, seed: 4_294_967_295 } as const;

export interface RunInputs {
  start: string;
  weeks: string;
  runs: string;
  seed: string;
}

/** Why a run bar entry cannot be used, as a catalogue key and its parameters (`weekday` is an ISO date to name). */
export interface RunInputProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/**
 * What is wrong with each entry of the Eligibility run bar, so each field says it (a red outline
 * alone does not): a first day that is not a date, or not a Sunday (Amazon's weeks run Sunday to
 * Saturday; the Sunday of that week is offered), and whole numbers out of their bounds.
 * @example
 * runInputProblems({ start: '2026-12-08', weeks: '0', runs: '2000', seed: '1' }).start
 * // { key: 'eligibility.form.startNotSunday',
 * //   params: { date: '2026-12-08', weekday: '2026-12-08', sunday: '2026-12-06' } }
 */
export function runInputProblems(inputs: RunInputs): Partial<Record<keyof RunInputs, RunInputProblem>> {
  const problems: Partial<Record<keyof RunInputs, RunInputProblem>> = {};
  const { start } = inputs;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || addDays(start, 0) !== start)
    problems.start = { key: 'eligibility.form.startBad', params: {} };
  else if (weekdayOf(start) !== 'sun') {
    // WEEKDAYS starts on Monday: Monday is one day after Sunday, Saturday six.
    const sunday = addDays(start, -(WEEKDAYS.indexOf(weekdayOf(start)) + 1));
    problems.start = { key: 'eligibility.form.startNotSunday', params: { date: start, weekday: start, sunday } };
  }
  if (!wholeIn(inputs.weeks, 1, RUN_BOUNDS.weeks))
    problems.weeks = { key: 'eligibility.form.weeksRange', params: { max: RUN_BOUNDS.weeks } };
  if (!wholeIn(inputs.runs, 1, RUN_BOUNDS.runs))
    problems.runs = { key: 'eligibility.form.runsRange', params: { max: RUN_BOUNDS.runs } };
  if (!wholeIn(inputs.seed, 0, RUN_BOUNDS.seed))
    problems.seed = { key: 'eligibility.form.seedRange', params: { max: RUN_BOUNDS.seed } };
  return problems;
}
