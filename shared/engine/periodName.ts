import { DAY_FIRST_LOCALES, type Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/catalogue';
import { weekKindOf } from '../domain/week';
import { addDays, daysBetween } from '../time/civilDate';
import type { SimulationResult } from './simulate';

/*
 * How every screen, report and CLI output names the period its figures are for. Amazon's weeks run
 * Sunday to Saturday and are named by their days ("Sun 22 Nov – Sat 28 Nov 2026"); a Monday-started
 * week is still simulated when asked for, and then always says so, so that nobody reads it as an
 * Amazon week; a custom date range says it is one and how many days it holds.
 */

/** What a result's figures cover. */
export interface Period {
  kind: 'typical' | 'sunSat' | 'monSun' | 'range';
  /** First and last day counted ('YYYY-MM-DD'; the typical week's stand-in dates for 'typical'). */
  from: string;
  to: string;
  /** Weeks simulated (the weeks covering the range for 'range'). */
  weeks: number;
  /** Days counted. */
  days: number;
}

/**
 * The period of a result (one week, a window of weeks with `weekStarts`, or a date range).
 * @example
 * periodOf(simulate(s, geo, { weekStart: '2026-11-22' }))
 * // { kind: 'sunSat', from: '2026-11-22', to: '2026-11-28', weeks: 1, days: 7 }
 */
export function periodOf(result: SimulationResult & { weekStarts?: readonly string[] }): Period {
  const weeks = result.typicalWeek ? 1 : Math.max(1, result.weekStarts?.length ?? 1);
  if (result.range) {
    const { from, to } = result.range;
    return { kind: 'range', from, to, weeks, days: daysBetween(from, to) + 1 };
  }
  const from = result.weekStart;
  const to = addDays(from, 7 * weeks - 1);
  const kind = result.typicalWeek ? 'typical' : weekKindOf(from);
  return { kind, from, to, weeks, days: 7 * weeks };
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * First and last day with their weekdays, the year once when both share it.
 * @example dayRangeText('2026-11-22', '2026-11-28', 'en') // 'Sun 22 Nov – Sat 28 Nov 2026'
 * @example dayRangeText('2026-11-22', '2026-11-28', 'fr') // 'dim. 22 nov. – sam. 28 nov. 2026'
 */
export function dayRangeText(from: string, to: string, lang: Lang): string {
  // Day before month in every language (its day-first locale): no 11/22 vs 22/11 doubt.
  const day = new Intl.DateTimeFormat(DAY_FIRST_LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const year = (iso: string) => iso.slice(0, 4);
  const a = day.format(utc(from));
  // A one-day period is that day, named once ("Thu 26 Nov 2026"), not "Thu 26 Nov – Thu 26 Nov 2026".
  if (from === to) return `${a} ${year(from)}`;
  const b = day.format(utc(to));
  return year(from) === year(to) ? `${a} – ${b} ${year(to)}` : `${a} ${year(from)} – ${b} ${year(to)}`;
}

/** A translator for the period's catalogue keys. */
export type PeriodTranslate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The period named for people: "Sun 22 Nov – Sat 28 Nov 2026", "… (4 weeks)", "Mon 23 Nov – Sun
 * 29 Nov 2026 (Monday–Sunday week)", "Wed 25 Nov – Fri 27 Nov 2026 (date range, 3 days)".
 * @example periodName(periodOf(result), 'en', t) // 'Sun 22 Nov – Sat 28 Nov 2026'
 */
export function periodName(period: Period, lang: Lang, t: PeriodTranslate): string {
  if (period.kind === 'typical') return t('simulation.week.typical');
  const days = dayRangeText(period.from, period.to, lang);
  if (period.kind === 'range') return t('simulation.period.range', { days, count: period.days });
  if (period.kind === 'monSun') return t('simulation.period.monSun', { days, count: period.weeks });
  return period.weeks > 1 ? t('simulation.period.weeks', { days, count: period.weeks }) : days;
}
