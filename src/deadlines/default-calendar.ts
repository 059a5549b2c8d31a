import { type WorkingDayCalendar, calendarFromRows } from './calendar-build.js';
import { FIRST_YEAR, LAST_YEAR, NOTICES } from './calendar-data.js';

let builtIn: WorkingDayCalendar | undefined;

/**
 * The built-in working-day calendar: every State Council General Office holiday arrangement
 * from 2004 through 2026. Built on first use and shared (it is immutable).
 *
 * @example
 * ```ts
 * calendarCoverage(defaultCalendar()); // { from: '2004-01-01', to: '2026-12-31', ... }
 * ```
 */
export function defaultCalendar(): WorkingDayCalendar {
  return (builtIn ??= calendarFromRows(FIRST_YEAR, LAST_YEAR, NOTICES));
}
