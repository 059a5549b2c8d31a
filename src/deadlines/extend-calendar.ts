/**
 * Adding a year to a calendar from a State Council notice, without waiting for a release.
 *
 * @module
 */
import type { Citation } from '../rules/citation-types.js';
import { type CivilDate, isWeekend, tryParseCivilDate } from '../rules/civil-date.js';
import { type Issue, showValue } from '../rules/errors.js';
import { type DayEntry, type NoticeRef, WorkingDayCalendar, calendarData } from './calendar-build.js';
import { CalendarScheduleError } from './calendar-errors.js';
import { notACalendar } from './calendar-options.js';
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

const issue = (path: readonly PropertyKey[], code: string, en: string, zh: string): Issue => ({ path, code, message: en, messages: { 'zh-CN': zh, en } });

/** The most holidays and dates a schedule may list (a year has 366 days; each is listed once at most). */
const MAX_HOLIDAYS = 50;
const MAX_DATES = 366;

const CITATION_FIELDS = ['issuer', 'title', 'number', 'article', 'url', 'published', 'effective', 'note'] as const;

const BY_KEY = new Map(Object.values(HOLIDAY_CODES).map((n) => [n.key, n]));

function nameOf(name: unknown, path: PropertyKey[], issues: Issue[]): HolidayName | undefined {
  if (typeof name === 'string') {
    const known = BY_KEY.get(name);
    if (known) return known;
  } else if (name && typeof name === 'object') {
    const { 'zh-CN': zh, en } = name as { 'zh-CN'?: unknown; en?: unknown };
    if (typeof zh === 'string' && zh && typeof en === 'string' && en) return { key: 'custom', 'zh-CN': zh, en };
  }
  issues.push(issue(path, 'unknown-holiday', `unknown holiday ${showValue(name)}: use a known key or { 'zh-CN': zh, en }`, `未知节日${showValue(name)}：请用已知的节日键或{ 'zh-CN': 中文名, en: 英文名 }`));
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
 * year that does not follow the calendar, a notice without issuer or title, more than 50
 * holidays or 366 dates (a year has no more); `base` not a calendar.
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
  const known = base instanceof WorkingDayCalendar;
  if (!known) issues.push(notACalendar(['base'], base));
  const s = (schedule !== null && typeof schedule === 'object' ? schedule : {}) as Partial<HolidaySchedule>;
  if (s !== schedule) issues.push(issue([], 'invalid-type', `expected a schedule { year, notice, holidays }, got ${showValue(schedule)}`, `应为放假安排{ year, notice, holidays }，实为${showValue(schedule)}`));
  const year = known ? base.lastYear + 1 : 2027;
  if (year > 9999) issues.push(issue(['year'], 'year-out-of-range', 'the calendar cannot go past 9999', '日历不能超过9999年'));
  if (known && s.year !== year) {
    issues.push(issue(['year'], 'year-not-next', `year must be ${year}, the year after the calendar's last (${base.lastYear}); got ${showValue(s.year)}`, `year须为${year}（日历最后一年${base.lastYear}的下一年），实为${showValue(s.year)}`));
  }
  const cite = (s.notice !== null && typeof s.notice === 'object' ? s.notice : {}) as Partial<Citation>;
  for (const field of ['issuer', 'title'] as const) {
    if (typeof cite[field] !== 'string' || cite[field] === '') {
      issues.push(issue(['notice', field], 'missing-citation', `notice.${field} is required`, `须填写notice.${field}`));
    }
  }
  // the citation's text fields only, copied (the caller keeps its object; the calendar's copy is frozen)
  const copied: Record<string, string> = {};
  for (const k of CITATION_FIELDS) if (typeof cite[k] === 'string') copied[k] = cite[k];
  const notice: NoticeRef = Object.freeze({ id: String(year), year, cite: Object.freeze(copied as unknown as Citation) });
  const added = new Map<number, DayEntry>();
  const seen = new Map<number, string>();
  const firstAllowed = tryParseCivilDate(`${year - 1}-12-01`) ?? Number.POSITIVE_INFINITY;
  const lastAllowed = tryParseCivilDate(`${year}-12-31`) ?? Number.NEGATIVE_INFINITY;
  let holidays = Array.isArray(s.holidays) ? s.holidays : [];
  if (!Array.isArray(s.holidays)) issues.push(issue(['holidays'], 'invalid-type', 'holidays must be an array', 'holidays须为数组'));
  // A year has 366 days at most, and a notice lists each at most once: a longer schedule is not one.
  let listed = 0;
  for (const h of holidays) for (const field of ['offDays', 'workDays'] as const) listed += Array.isArray(h?.[field]) ? (h[field] as readonly unknown[]).length : 0;
  if (holidays.length > MAX_HOLIDAYS || listed > MAX_DATES) {
    issues.push(issue(['holidays'], 'too-many-dates', `a year's schedule lists at most ${MAX_HOLIDAYS} holidays and ${MAX_DATES} dates; got ${holidays.length} and ${listed}`, `一年的放假安排最多${MAX_HOLIDAYS}个节日、${MAX_DATES}个日期，实为${holidays.length}个和${listed}个`));
    holidays = [];
  }
  holidays.forEach((h, hi) => {
    const name = nameOf(h?.name, ['holidays', hi, 'name'], issues);
    for (const [field, off] of [['offDays', true], ['workDays', false]] as const) {
      const list = h?.[field] ?? [];
      if (!Array.isArray(list)) {
        issues.push(issue(['holidays', hi, field], 'invalid-type', `${field} must be an array of dates`, `${field}须为日期数组`));
        continue;
      }
      list.forEach((date: unknown, di: number) => {
        const path = ['holidays', hi, field, di];
        const day = tryParseCivilDate(date);
        if (day === undefined) {
          issues.push(issue(path, 'invalid-date', `${showValue(date)} is not a YYYY-MM-DD date`, `${showValue(date)}不是YYYY-MM-DD格式的日期`));
          return;
        }
        if (day < firstAllowed || day > lastAllowed) {
          issues.push(issue(path, 'date-outside-year', `${date} is outside ${year} (only ${year - 1}-12 may be set by the ${year} notice)`, `${date}不在${year}年内（${year}年的通知只可另设${year - 1}年12月的日期）`));
        }
        if (off && isWeekend(day)) issues.push(issue(path, 'weekend-off-day', `${date} is a weekend day: list only weekdays as days off`, `${date}是周末：放假日只列工作日`));
        if (!off && !isWeekend(day)) issues.push(issue(path, 'weekday-make-up-day', `${date} is a weekday: list only weekend days as make-up working days`, `${date}是工作日：调休上班日只列周末`));
        const before = seen.get(day);
        if (before) issues.push(issue(path, 'duplicate-date', `${date} is listed twice (also at ${before})`, `${date}重复列出（另见${before}）`));
        seen.set(day, path.join('.'));
        if (name) added.set(day, { day, off, name, notice });
      });
    }
  });
  if (issues.length > 0) throw new CalendarScheduleError(issues);
  const data = calendarData(base);
  const entries = new Map(data.entries);
  for (const [day, e] of added) entries.set(day, e);
  return new WorkingDayCalendar(base.firstYear, year, [...data.notices, notice], entries);
}
