import { z } from 'zod';
import { checkIsoDate } from '../time/dateTime';
import { isValidTimeZone } from '../time/zoneNames';
import { dayNumber, fromLocalMinutes } from '../time/timezone';
import { plainText } from './text';

/*
 * When the seller's Prime offers were (or will be) switched off. Amazon does not count the page views
 * of those hours in the delivery-speed metric, neither as fast nor as slow: they leave the numerator
 * and the denominator alike.
 *
 * Why one list for the scenario and not one per warehouse: Prime is switched off on the seller's
 * shipping template (or by Amazon after a missed week) for the offer as a whole, and a page view
 * belongs to the offer, not to the warehouse that would have shipped it. A period is written as the
 * seller's clock shows it — local date-times plus the time zone they were read in — so "off from
 * Friday 18:00 to Monday 06:00 in Columbus" is typed as said and means the same instants everywhere.
 *
 * An absent list means "Prime never off", what every file before this field meant, so the settings
 * format version does not change (as with costModel and operations).
 */

/** More periods than a year of daily switches is not a plan but a log. */
export const MAX_PRIME_OFF_PERIODS = 400;

/** A local date-time "YYYY-MM-DDTHH:MM" (24 h) in ShipWeek's date range. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'must be a date and time YYYY-MM-DDTHH:MM (24 h)',
    abort: true,
  })
  .superRefine((s, ctx) => {
    if (checkIsoDate(s.slice(0, 10)) !== 'ok')
      ctx.addIssue({ code: 'custom', message: 'is not a real calendar date between 1970 and 2199' });
  });

/** Epoch minutes of a valid local date-time read in a valid zone. */
export function primeOffInstant(localDateTime: string, timeZone: string): number {
  const minutes = Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16));
  return fromLocalMinutes(timeZone, dayNumber(localDateTime.slice(0, 10)) * 1440 + minutes);
}

export const PrimeOffPeriodSchema = z
  .object({
    /** First minute Prime is off (local to `timeZone`). */
    start: LocalDateTimeSchema,
    /** First minute Prime is back on (local to `timeZone`); must come after `start`. */
    end: LocalDateTimeSchema,
    /** IANA zone the two times are read in (the editor offers the first warehouse's). */
    timeZone: plainText(z.string().min(1).max(64)),
    /** Why (a stock-out, a carrier strike, Amazon's suspension after a missed week). */
    note: plainText(z.string().max(120)).optional(),
  })
  .superRefine((v, ctx) => {
    if (!isValidTimeZone(v.timeZone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeZone'],
        message: `unknown time zone ${JSON.stringify(v.timeZone.slice(0, 64))}: use an IANA name such as America/New_York`,
        params: { messageKey: 'domain.primeOff.timeZone', value: JSON.stringify(v.timeZone.slice(0, 64)) },
      });
      return;
    }
    if (!LocalDateTimeSchema.safeParse(v.start).success || !LocalDateTimeSchema.safeParse(v.end).success) return;
    if (primeOffInstant(v.end, v.timeZone) <= primeOffInstant(v.start, v.timeZone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `must come after the start (${v.start}): Prime off from ${v.start} to ${v.end} is no time at all`,
        params: { messageKey: 'domain.primeOff.endBeforeStart', start: v.start, end: v.end },
      });
    }
  });
export type PrimeOffPeriod = z.infer<typeof PrimeOffPeriodSchema>;

/**
 * The list, refused when two periods overlap: the same view cannot leave the metric twice, and an
 * overlap is almost always a typing slip the user wants to hear about. Touching periods (one ends when
 * the next starts) are fine.
 */
export const PrimeOffPeriodsSchema = z
  .array(PrimeOffPeriodSchema)
  .max(MAX_PRIME_OFF_PERIODS)
  .superRefine((periods, ctx) => {
    const spans: { i: number; from: number; to: number }[] = [];
    periods.forEach((p, i) => {
      if (!PrimeOffPeriodSchema.safeParse(p).success) return;
      spans.push({ i, from: primeOffInstant(p.start, p.timeZone), to: primeOffInstant(p.end, p.timeZone) });
    });
    spans.sort((a, b) => a.from - b.from || a.i - b.i);
    for (let k = 1; k < spans.length; k++) {
      const prev = spans[k - 1]!;
      const cur = spans[k]!;
      if (cur.from < prev.to) {
        const [first, second] = prev.i < cur.i ? [prev.i, cur.i] : [cur.i, prev.i];
        ctx.addIssue({
          code: 'custom',
          path: [second, 'start'],
          message: `overlaps period ${first + 1} (${periods[first]!.start} to ${periods[first]!.end}): merge them or move one`,
          params: {
            messageKey: 'domain.primeOff.overlap',
            other: first + 1,
            start: periods[first]!.start,
            end: periods[first]!.end,
          },
        });
      }
    }
  });

/**
 * The periods as sorted instant ranges [from, to) in epoch minutes, clipped to [fromMin, toMin).
 * @example primeOffSpans([{ start: '2026-11-27T00:00', end: '2026-11-28T00:00', timeZone: 'UTC' }], 0, Infinity)
 *   // [{ from: 29928960, to: 29930400 }]
 */
export function primeOffSpans(
  periods: readonly PrimeOffPeriod[],
  fromMin: number,
  toMin: number,
): { from: number; to: number }[] {
  return periods
    .map((p) => ({
      from: Math.max(fromMin, primeOffInstant(p.start, p.timeZone)),
      to: Math.min(toMin, primeOffInstant(p.end, p.timeZone)),
    }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
}
