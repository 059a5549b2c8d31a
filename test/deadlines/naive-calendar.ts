/**
 * A deliberately naive reference for the working-day functions, used to cross-check the
 * O(1) prefix-count implementation in src/deadlines/working-days.ts.
 *
 * Independence: the only thing borrowed from churujing is `isWorkingDay`, the oracle for a
 * single day (itself cross-checked day by day against chinese-days in
 * calendar-crosscheck.test.ts). Everything else, stepping from day to day, ordering, counting, is
 * done here, literally, one day at a time, with its own date arithmetic on UTC timestamps; it
 * never reads the calendar's `kind` / `cum` / `work` arrays.
 *
 * Errors come from the oracle: an invalid or out-of-range start date throws whatever
 * `isWorkingDay` throws, and walking off the covered range throws the oracle's
 * `CalendarRangeError` for the first date outside it.
 */
import { type WorkingDayCalendar, defaultCalendar, isWorkingDay } from '../../src/calendar.js';

const DAY_MS = 86_400_000;

/** The date `by` days after `date` (both `YYYY-MM-DD`), with UTC arithmetic only. */
export function shiftDays(date: string, by: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`naive-calendar: not a date: ${date}`);
  return new Date(t + by * DAY_MS).toISOString().slice(0, 10);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n)) throw new Error(`naive-calendar: n must be an integer, got ${n}`);
}

/** n > 0: the n-th working day strictly after `date`; n < 0: strictly before; 0: `date`. */
export function naiveAddWorkingDays(date: string, n: number, cal: WorkingDayCalendar = defaultCalendar()): string {
  isWorkingDay(date, cal); // validates the start date (format and range) through the oracle
  assertCount(n);
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let d = date;
  while (left > 0) {
    d = shiftDays(d, step);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days in (from, to] when from <= to, else minus the count in (to, from]. */
export function naiveWorkingDaysBetween(from: string, to: string, cal: WorkingDayCalendar = defaultCalendar()): number {
  isWorkingDay(from, cal);
  isWorkingDay(to, cal);
  if (to < from) return 0 - naiveWorkingDaysBetween(to, from, cal); // 0 - x: never -0
  let count = 0;
  for (let d = shiftDays(from, 1); d <= to; d = shiftDays(d, 1)) {
    if (isWorkingDay(d, cal)) count++;
  }
  return count;
}

/** The first working day strictly after `date`. */
export function naiveNextWorkingDay(date: string, cal: WorkingDayCalendar = defaultCalendar()): string {
  isWorkingDay(date, cal);
  let d = shiftDays(date, 1);
  while (!isWorkingDay(d, cal)) d = shiftDays(d, 1);
  return d;
}

/** The last working day strictly before `date`. */
export function naivePreviousWorkingDay(date: string, cal: WorkingDayCalendar = defaultCalendar()): string {
  isWorkingDay(date, cal);
  let d = shiftDays(date, -1);
  while (!isWorkingDay(d, cal)) d = shiftDays(d, -1);
  return d;
}
