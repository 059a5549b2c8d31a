/**
 * Errors of the working-day calendar.
 *
 * @module
 */
import { ChurujingError, type Issue, type Locale, asText, isLocale } from '../rules/errors.js';

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
  constructor(date: string, from: string, to: string, what: string = date, locale: Locale = 'en', provisional = false) {
    // tolerant of any argument, as ChurujingError is: an error class must not throw while being built
    date = asText(date);
    from = asText(from);
    to = asText(to);
    what = asText(what); // not given: the date as given, whose text is `date`'s
    locale = isLocale(locale) ? locale : 'en';
    const next = Number(to.slice(0, 4)) + 1;
    const [en, zh] = date <= to
      ? [`. Dates before ${from} are not supported`, '，不支持更早的日期']
      : provisional
        ? [": the statute's days off are assumed only that far", '：法定假日只推算到此']
        : [`: use extendCalendar with the notice for ${next}, or count provisionally (beyondCalendar)`, `：可用extendCalendar加入${next}年的通知，或暂定计算（beyondCalendar）`];
    const messages = { en: `${what} is outside the working-day calendar (${from} to ${to})${en}`, 'zh-CN': `${what}超出工作日日历（${from}至${to}）${zh}` };
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
