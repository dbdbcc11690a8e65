/*
 * Whose clock a time is on. Cutoffs and pickups are typed in the warehouse's time zone; a customer
 * in New York or Los Angeles reads the same instant on their own clock. These helpers say what they
 * read, DST-correct for the given date.
 */
import { dayNumber, fromLocalMinutes, toLocalMinutes } from '../time/timezone';

const MINUTES_PER_DAY = 1440;

/** The two customer clocks the schedule shows beside warehouse times. */
export const CUSTOMER_CLOCKS = [
  { id: 'east', timeZone: 'America/New_York' },
  { id: 'west', timeZone: 'America/Los_Angeles' },
] as const;
export type CustomerClockId = (typeof CUSTOMER_CLOCKS)[number]['id'];

export interface ClockReading {
  /** 'HH:MM', 24-hour. */
  time: string;
  /** Calendar days after (+1) or before (−1) the date the time was given on. */
  dayShift: number;
}

/**
 * The wall-clock time in `toZone` at the instant `minuteOfDay` (minutes after midnight, may be
 * negative or ≥ 1440) on `date` in `fromZone`.
 * @example
 * sameInstantElsewhere('America/Los_Angeles', '2026-11-23', 13 * 60, 'America/New_York')
 * // { time: '16:00', dayShift: 0 }
 */
export function sameInstantElsewhere(
  fromZone: string,
  date: string,
  minuteOfDay: number,
  toZone: string,
): ClockReading {
  const local = dayNumber(date) * MINUTES_PER_DAY + minuteOfDay;
  const there = toLocalMinutes(toZone, fromLocalMinutes(fromZone, local));
  const day = Math.floor(there / MINUTES_PER_DAY);
  const minute = there - day * MINUTES_PER_DAY;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`, dayShift: day - dayNumber(date) };
}

/**
 * What East- and West-coast customers read for a warehouse time on a date.
 * @example customerClocks('America/Los_Angeles', '2026-11-23', 780).map((c) => c.time) // ['16:00', '13:00']
 */
export function customerClocks(
  warehouseZone: string,
  date: string,
  minuteOfDay: number,
): (ClockReading & { id: CustomerClockId; timeZone: string })[] {
  return CUSTOMER_CLOCKS.map((c) => ({
    id: c.id,
    timeZone: c.timeZone,
    ...sameInstantElsewhere(warehouseZone, date, minuteOfDay, c.timeZone),
  }));
}
