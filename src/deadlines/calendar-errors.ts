/**
 * Errors of the working-day calendar.
 *
 * @module
 */
import { ChurujingError, type Issue } from '../rules/errors.js';

/**
 * A date, or the result of a calculation, lies outside the years the calendar covers. The
 * calendar never guesses from weekends alone: extend it with `extendCalendar` once the State
 * Council publishes the next year's arrangement.
 *
 * @example
 * ```ts
 * try { isWorkingDay('2030-01-02'); } catch (e) {
 *   if (e instanceof CalendarRangeError) console.log(e.coverage); // { from: '2004-01-01', to: '2026-12-31' }
 * }
 * ```
 */
export class CalendarRangeError extends ChurujingError {
  /** The date asked for, or the first date the result would have needed. */
  readonly date: string;
  /** The covered range, inclusive. */
  readonly coverage: { readonly from: string; readonly to: string };

  constructor(date: string, from: string, to: string, what = date) {
    const next = Number(to.slice(0, 4)) + 1;
    const message =
      `${what} is outside the working-day calendar, which covers ${from} to ${to}. ` +
      (date > to
        ? `Extend it year by year with extendCalendar(calendar, schedule), starting with the State Council ` +
          `General Office's holiday notice for ${next}.`
        : `Dates before ${from} are not supported: the calendar starts with the State Council notice for ${from.slice(0, 4)}.`);
    super('calendar-range', message, [{ path: [], code: 'calendar-range', message }]);
    this.date = date;
    this.coverage = { from, to };
  }
}

/**
 * A holiday schedule given to `extendCalendar` is not valid. `issues` lists every problem.
 *
 * @example
 * ```ts
 * try { extendCalendar(defaultCalendar(), badSchedule); } catch (e) {
 *   if (e instanceof CalendarScheduleError) e.issues.forEach((i) => console.log(i.path, i.message));
 * }
 * ```
 */
export class CalendarScheduleError extends ChurujingError {
  constructor(issues: readonly Issue[]) {
    super('invalid-schedule', `Invalid holiday schedule: ${issues.map((i) => i.message).join('; ')}`, issues);
  }
}
