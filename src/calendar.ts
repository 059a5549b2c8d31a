/**
 * `churujing/calendar`: the China working-day calendar alone (no zod, no luxon), for
 * browser bundles and kiosks.
 *
 * @example
 * ```ts
 * import { addWorkingDays, isWorkingDay } from 'churujing/calendar';
 * addWorkingDays('2025-01-24', 7); // '2025-02-10'
 * isWorkingDay('2025-01-26');      // true (a Sunday worked for the Spring Festival)
 * ```
 * @module calendar
 */
export {
  addWorkingDays,
  calendarCoverage,
  describeDay,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  type BeyondCalendar,
  type CalendarCoverage,
  type CalendarOptions,
  type DayInfo,
  type Provisional,
} from './deadlines/working-days.js';
export { provisionalYears, type ProvisionalMark } from './deadlines/provisional-calendar.js';
export { PROVISIONAL_BASIS } from './deadlines/provisional-holidays.js';
export { defaultCalendar } from './deadlines/default-calendar.js';
export { extendCalendar, type HolidaySchedule, type ScheduledHoliday } from './deadlines/extend-calendar.js';
export type { AssumedDay, HolidayNotice, ProvisionalYears, WorkingDayCalendar } from './deadlines/calendar-build.js';
export { CalendarRangeError, CalendarScheduleError } from './deadlines/calendar-errors.js';
export type { HolidayKey, HolidayName } from './deadlines/holiday-names.js';
export { isCivilDate, type CivilDate } from './rules/civil-date.js';
export { ChurujingError, InvalidDateError, ValidationError, type Issue } from './rules/errors.js';
export type { Citation } from './rules/citation-types.js';
