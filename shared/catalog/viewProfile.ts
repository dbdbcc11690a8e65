import type { ViewProfile } from '../domain/settings';

/*
 * ASSUMPTION — not measured data. Amazon does not publish when customers look at detail pages, yet
 * delivery speed is the share of page VIEWS with a fast promise, so the time-of-week mix matters:
 * views late in the evening see "tomorrow" only if the next day's cutoff still makes it.
 *
 * The shape follows what public e-commerce traffic studies commonly report for US retail sites:
 * - night trough around 03:00-05:00 (about 1/8 of the peak hour);
 * - steady rise through the morning, a lunch bump at 12:00-13:00;
 * - the daily peak in the evening, 19:00-21:00 local time;
 * - Saturdays start later and are flatter and lower; Sundays build to the strongest evening of the
 *   week; Friday evenings are weaker than other weekday evenings.
 * Users who have their own traffic report can import a custom profile instead.
 */

/** Relative views per hour of a weekday (Mon-Thu), hour 0..23. */
const WEEKDAY_HOURS = [
  3.0, 1.8, 1.2, 0.9, 0.8, 1.0, 1.8, 3.0, 4.2, 5.0, 5.4, 5.7, 6.2, 6.1, 5.6, 5.4, 5.5, 5.9, 6.6, 7.4, 7.8, 7.2, 5.8,
  4.2,
];
/** Saturday: later morning, broad midday plateau, softer evening. */
const SATURDAY_HOURS = [
  3.4, 2.3, 1.5, 1.1, 0.9, 0.9, 1.2, 1.9, 3.0, 4.2, 5.1, 5.6, 5.8, 5.8, 5.6, 5.4, 5.3, 5.3, 5.5, 5.8, 5.9, 5.5, 4.7,
  3.8,
];
/** Sunday: late start, strong afternoon, the week's strongest evening. */
const SUNDAY_HOURS = [
  3.0, 2.0, 1.3, 1.0, 0.8, 0.8, 1.1, 1.8, 3.0, 4.4, 5.4, 6.0, 6.3, 6.3, 6.2, 6.1, 6.2, 6.6, 7.3, 8.1, 8.4, 7.6, 5.9,
  4.1,
];
/** Friday: like Mon-Thu until the afternoon, then a weaker evening. */
const FRIDAY_HOURS = WEEKDAY_HOURS.map((v, h) => (h >= 17 ? v * 0.85 : v));

/** Relative weight of each weekday's total (Mon..Sun); Sunday and Monday browsing is heaviest. */
const DAY_FACTORS = [1.06, 1.02, 1.0, 0.98, 0.9, 0.9, 1.08];

/**
 * The default detail-page-view distribution by customer-local weekday (rows Mon..Sun) and hour,
 * normalised so all 168 cells sum to 1. An assumption (source: 'default'), see the comment above.
 * @example defaultViewProfile().weights[6][20] // Sunday 20:00, the busiest hour of the week
 */
export function defaultViewProfile(): ViewProfile {
  const rows = [WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, WEEKDAY_HOURS, FRIDAY_HOURS, SATURDAY_HOURS, SUNDAY_HOURS];
  const raw = rows.map((hours, d) => {
    const dayTotal = hours.reduce((a, b) => a + b, 0);
    return hours.map((v) => (v / dayTotal) * DAY_FACTORS[d]!);
  });
  const total = raw.flat().reduce((a, b) => a + b, 0);
  return { source: 'default', weights: raw.map((r) => r.map((v) => v / total)) };
}
