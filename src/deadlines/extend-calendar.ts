/**
 * Adding a year to a calendar from a State Council notice, without waiting for a release.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { type CivilDate, isWeekend, tryParseCivilDate } from '../rules/civil-date.js';
import { type Issue, showValue } from '../rules/errors.js';
import { type DayEntry, type NoticeRef, WorkingDayCalendar } from './calendar-build.js';
import { CalendarScheduleError } from './calendar-errors.js';
import { HOLIDAY_CODES, type HolidayKey, type HolidayName } from './holiday-names.js';

/**
 * One holiday of a yearly arrangement: the weekdays given off and the weekend days worked.
 *
 * @example
 * ```ts
 * const springFestival: ScheduledHoliday = {
 *   name: 'spring-festival',
 *   offDays: ['2027-02-08', '2027-02-09'],
 *   workDays: ['2027-02-06'],
 * };
 * ```
 */
export interface ScheduledHoliday {
  /** A known holiday key, or names for a special day off. */
  readonly name: HolidayKey | { readonly 'zh-CN': string; readonly en: string };
  /** Weekdays (Monday–Friday) given off. */
  readonly offDays?: readonly CivilDate[];
  /** Weekend days made working days (调休). */
  readonly workDays?: readonly CivilDate[];
}

/**
 * A year's arrangement as published by the State Council General Office.
 *
 * @example
 * ```ts
 * const schedule: HolidaySchedule = {
 *   year: 2027,
 *   notice: { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知' },
 *   holidays: [{ name: 'new-year', offDays: ['2027-01-01'] }],
 * };
 * ```
 */
export interface HolidaySchedule {
  /** The year arranged; it must follow the calendar's last year. */
  readonly year: number;
  /** The notice; `issuer` and `title` are required. */
  readonly notice: Citation;
  readonly holidays: readonly ScheduledHoliday[];
}

const BY_KEY = new Map(Object.values(HOLIDAY_CODES).map((n) => [n.key, n]));

function nameOf(name: unknown, path: PropertyKey[], issues: Issue[]): HolidayName | undefined {
  if (typeof name === 'string') {
    const known = BY_KEY.get(name);
    if (known) return known;
  } else if (name && typeof name === 'object') {
    const { 'zh-CN': zh, en } = name as { 'zh-CN'?: unknown; en?: unknown };
    if (typeof zh === 'string' && zh && typeof en === 'string' && en) return { key: 'custom', 'zh-CN': zh, en };
  }
  issues.push({ path, code: 'unknown-holiday', message: `unknown holiday ${showValue(name)}: use a known key or { 'zh-CN': zh, en }` });
  return undefined;
}

/**
 * A new calendar with one more year, from the State Council General Office's notice for it
 * (published each year in October–December). The base calendar is not changed.
 *
 * A notice may also set days in the previous December (as the notices for 2006, 2007, 2008,
 * 2012, 2019 and 2023 did); such dates are accepted and replace the base calendar's status.
 *
 * @throws {@link CalendarScheduleError} listing every problem: a weekend listed as a day off,
 * a weekday as a make-up day, a date outside the year, a duplicate, an unknown holiday, a
 * year that does not follow the calendar, a notice without issuer or title.
 * @example
 * ```ts
 * const cal2027 = extendCalendar(defaultCalendar(), {
 *   year: 2027,
 *   notice: { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知' },
 *   holidays: [{ name: 'spring-festival', offDays: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], workDays: ['2027-02-06'] }],
 * });
 * isWorkingDay('2027-02-06', cal2027); // true
 * ```
 */
export function extendCalendar(base: WorkingDayCalendar, schedule: HolidaySchedule): WorkingDayCalendar {
  const issues: Issue[] = [];
  const s = (schedule ?? {}) as Partial<HolidaySchedule>;
  const year = base.lastYear + 1;
  if (s.year !== year) {
    issues.push({ path: ['year'], code: 'year-not-next', message: `year must be ${year}, the year after the calendar's last (${base.lastYear}); got ${showValue(s.year)}` });
  }
  const cite = (s.notice ?? {}) as Partial<Citation>;
  for (const field of ['issuer', 'title'] as const) {
    if (typeof cite[field] !== 'string' || cite[field] === '') {
      issues.push({ path: ['notice', field], code: 'missing-citation', message: `notice.${field} is required` });
    }
  }
  const notice: NoticeRef = Object.freeze({ id: String(year), year, cite: Object.freeze({ ...(s.notice as Citation) }) });
  const added = new Map<number, DayEntry>();
  const seen = new Map<number, string>();
  const firstAllowed = tryParseCivilDate(`${year - 1}-12-01`) as number;
  const lastAllowed = tryParseCivilDate(`${year}-12-31`) as number;
  const holidays = Array.isArray(s.holidays) ? s.holidays : [];
  if (!Array.isArray(s.holidays)) issues.push({ path: ['holidays'], code: 'invalid-type', message: 'holidays must be an array' });
  holidays.forEach((h, hi) => {
    const name = nameOf(h?.name, ['holidays', hi, 'name'], issues);
    for (const [field, off] of [['offDays', true], ['workDays', false]] as const) {
      const list = h?.[field] ?? [];
      if (!Array.isArray(list)) {
        issues.push({ path: ['holidays', hi, field], code: 'invalid-type', message: `${field} must be an array of dates` });
        continue;
      }
      list.forEach((date: unknown, di: number) => {
        const path = ['holidays', hi, field, di];
        const day = tryParseCivilDate(date);
        if (day === undefined) {
          issues.push({ path, code: 'invalid-date', message: `${showValue(date)} is not a YYYY-MM-DD date` });
          return;
        }
        if (day < firstAllowed || day > lastAllowed) {
          issues.push({ path, code: 'date-outside-year', message: `${date} is outside ${year} (only ${year - 1}-12 may be set by the ${year} notice)` });
        }
        if (off && isWeekend(day)) issues.push({ path, code: 'weekend-off-day', message: `${date} is a weekend day: list only weekdays as days off` });
        if (!off && !isWeekend(day)) issues.push({ path, code: 'weekday-make-up-day', message: `${date} is a weekday: list only weekend days as make-up working days` });
        const before = seen.get(day);
        if (before) issues.push({ path, code: 'duplicate-date', message: `${date} is listed twice (also at ${before})` });
        seen.set(day, path.join('.'));
        if (name) added.set(day, { day, off, name, notice });
      });
    }
  });
  if (issues.length > 0) throw new CalendarScheduleError(issues);
  const entries = new Map(base.entries);
  for (const [day, e] of added) entries.set(day, e);
  return new WorkingDayCalendar(base.firstYear, year, [...base.notices, notice], entries);
}
