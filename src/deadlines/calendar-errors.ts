/**
 * Errors of the working-day calendar.
 *
 * @module
 */
import { ChurujingError, type Issue, type Locale } from '../rules/errors.js';

/**
 * A date, or the result of a calculation, lies outside the years the calendar covers. The
 * calendar never guesses from weekends alone: extend it with `extendCalendar` once the State
 * Council publishes the next year's arrangement, or ask for a provisional answer
 * (`beyondCalendar: 'provisional'`, marked as such).
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
  /** The covered range, inclusive (with `beyondCalendar: 'provisional'`: the provisional range). */
  readonly coverage: { readonly from: string; readonly to: string };

  /**
   * @param what - what fell outside (the date itself, or the result of a call)
   * @param provisional - the range is the provisional one (`beyondCalendar: 'provisional'`)
   */
  constructor(date: string, from: string, to: string, what = date, locale: Locale = 'en', provisional = false) {
    const next = Number(to.slice(0, 4)) + 1;
    const after = date > to;
    const messages = {
      en:
        `${what} is outside the working-day calendar (${from} to ${to}). ` +
        (!after
          ? `Dates before ${from} are not supported: the calendar starts with the State Council notice for ${from.slice(0, 4)}.`
          : provisional
            ? 'Days off are assumed from the statute only that far.'
            : `Extend it with extendCalendar(calendar, schedule) from the State Council General Office's holiday notice for ${next}, or use beyondCalendar: 'provisional'.`),
      'zh-CN': `${what}超出工作日日历（${from}至${to}）。${!after ? `不支持${from}之前的日期。` : provisional ? '' : `请按${next}年放假安排通知用extendCalendar扩展，或用beyondCalendar: 'provisional'。`}`,
    };
    super('calendar-range', { 'zh-CN': '日期超出工作日日历', en: 'Date outside the working-day calendar' }, [{ path: [], code: 'calendar-range', message: messages[locale], messages }], locale);
    this.date = date;
    this.coverage = Object.freeze({ from, to });
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
  constructor(issues: readonly Issue[], locale: Locale = 'en') {
    super('invalid-schedule', { 'zh-CN': '放假安排无效', en: 'Invalid holiday schedule' }, issues, locale);
  }
}
