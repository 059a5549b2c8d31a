/**
 * Working-day arithmetic on the State Council calendar. Every function is O(1): prefix counts
 * over the covered range, no day-by-day loop.
 *
 * @module
 */
import { type CivilDate, formatCivilDate, parseCivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import { ValidationError, showValue } from '../rules/errors.js';
import { DayKind, type HolidayNotice, type WorkingDayCalendar } from './calendar-build.js';
import { CalendarRangeError } from './calendar-errors.js';
import { defaultCalendar } from './default-calendar.js';
import type { HolidayName } from './holiday-names.js';
import { resolveNotice } from './notice-citation.js';

/** Index of a date in the calendar's arrays; throws the typed errors. @internal */
export function dayIndex(date: CivilDate, cal: WorkingDayCalendar, path: readonly PropertyKey[] = ['date']): number {
  const day = tryParseCivilDate(date) ?? parseCivilDate(date, path);
  if (day < cal.first || day > cal.last) throw new CalendarRangeError(date, cal.from, cal.to);
  return day - cal.first;
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n)) {
    const message = `${showValue(n)} is not a whole number of working days`;
    throw new ValidationError(message, [{ path: ['n'], code: 'invalid-count', message }]);
  }
}

/**
 * Whether a civil date is a working day: Monday–Friday and not a holiday, or a weekend day
 * made a working day (调休).
 *
 * @param date - `YYYY-MM-DD`
 * @param calendar - defaults to {@link defaultCalendar}
 * @throws `InvalidDateError` for a malformed date, {@link CalendarRangeError} outside the covered years.
 * @example
 * ```ts
 * isWorkingDay('2025-01-28'); // false: Spring Festival
 * isWorkingDay('2025-01-26'); // true: Sunday made a working day
 * ```
 */
export function isWorkingDay(date: CivilDate, calendar: WorkingDayCalendar = defaultCalendar()): boolean {
  const k = calendar.kind[dayIndex(date, calendar)];
  return k === DayKind.Workday || k === DayKind.MakeUp;
}

/**
 * Moves by working days. `n > 0`: the n-th working day strictly after `date`; `n < 0`: the
 * |n|-th working day strictly before; `n = 0`: `date` itself.
 *
 * @throws {@link CalendarRangeError} when `date` or the result is outside the covered years;
 * `ValidationError` when `n` is not a whole number.
 * @example
 * ```ts
 * addWorkingDays('2025-01-24', 7); // '2025-02-10'
 * addWorkingDays('2025-02-10', -7); // '2025-01-24'
 * ```
 */
export function addWorkingDays(date: CivilDate, n: number, calendar: WorkingDayCalendar = defaultCalendar()): CivilDate {
  const i = dayIndex(date, calendar);
  checkCount(n);
  if (n === 0) return date;
  const upTo = calendar.cum[i] as number;
  // 0-based position in `work` of the target working day
  const k = n > 0 ? upTo + n - 1 : upTo - (calendar.kind[i] === DayKind.Workday || calendar.kind[i] === DayKind.MakeUp ? 1 : 0) + n;
  const target = calendar.work[k];
  if (target === undefined) {
    const beyond = n > 0 ? calendar.last + 1 : calendar.first - 1;
    throw new CalendarRangeError(formatCivilDate(beyond), calendar.from, calendar.to, `The result of addWorkingDays(${date}, ${n})`);
  }
  return formatCivilDate(target);
}

/**
 * Working days in `(from, to]` when `from <= to`; for `to < from` it is
 * `-workingDaysBetween(to, from)`.
 *
 * @example
 * ```ts
 * workingDaysBetween('2025-01-24', '2025-02-10'); // 7
 * workingDaysBetween('2025-02-10', '2025-01-24'); // -7
 * ```
 */
export function workingDaysBetween(from: CivilDate, to: CivilDate, calendar: WorkingDayCalendar = defaultCalendar()): number {
  return (calendar.cum[dayIndex(to, calendar, ['to'])] as number) - (calendar.cum[dayIndex(from, calendar, ['from'])] as number);
}

/**
 * The first working day strictly after `date` (same as `addWorkingDays(date, 1)`).
 *
 * @example
 * ```ts
 * nextWorkingDay('2025-01-27'); // '2025-02-05'
 * ```
 */
export function nextWorkingDay(date: CivilDate, calendar: WorkingDayCalendar = defaultCalendar()): CivilDate {
  return addWorkingDays(date, 1, calendar);
}

/**
 * The last working day strictly before `date` (same as `addWorkingDays(date, -1)`).
 *
 * @example
 * ```ts
 * previousWorkingDay('2025-02-05'); // '2025-01-27'
 * ```
 */
export function previousWorkingDay(date: CivilDate, calendar: WorkingDayCalendar = defaultCalendar()): CivilDate {
  return addWorkingDays(date, -1, calendar);
}

/**
 * What a calendar covers: first and last dates (inclusive), years and the notices it was
 * built from.
 *
 * @example
 * ```ts
 * calendarCoverage().to; // '2026-12-31'
 * ```
 */
export interface CalendarCoverage {
  readonly from: CivilDate;
  readonly to: CivilDate;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly notices: readonly HolidayNotice[];
}

/**
 * The range a calendar covers and the notices behind it.
 *
 * @example
 * ```ts
 * const { from, to } = calendarCoverage(); // '2004-01-01', '2026-12-31'
 * ```
 */
export function calendarCoverage(calendar: WorkingDayCalendar = defaultCalendar()): CalendarCoverage {
  return { from: calendar.from, to: calendar.to, firstYear: calendar.firstYear, lastYear: calendar.lastYear, notices: calendar.notices.map(resolveNotice) };
}

/**
 * What one day is, with the reason.
 *
 * @example
 * ```ts
 * const d: DayInfo = describeDay('2025-01-26');
 * // { date: '2025-01-26', working: true, kind: 'make-up-workday', holiday: { key: 'spring-festival', … }, notice: { id: '2025', … } }
 * ```
 */
export interface DayInfo {
  readonly date: CivilDate;
  readonly working: boolean;
  /** `holiday`: a weekday off; `make-up-workday`: a weekend day worked (调休). */
  readonly kind: 'workday' | 'weekend' | 'holiday' | 'make-up-workday';
  /** The holiday that sets or names the day (weekends inside a break carry the holiday too). */
  readonly holiday?: HolidayName;
  /** The notice that set the holiday. */
  readonly notice?: HolidayNotice;
}

const KIND_NAMES = ['workday', 'weekend', 'holiday', 'make-up-workday'] as const;

/**
 * Describes a day: working or not, why, and the notice that says so.
 *
 * @example
 * ```ts
 * describeDay('2025-10-06').holiday?.en; // 'National Day and Mid-Autumn Festival'
 * ```
 */
export function describeDay(date: CivilDate, calendar: WorkingDayCalendar = defaultCalendar()): DayInfo {
  const i = dayIndex(date, calendar);
  const k = calendar.kind[i] as number;
  const entry = calendar.named.get(calendar.first + i);
  const info: { -readonly [K in keyof DayInfo]: DayInfo[K] } = {
    date: formatCivilDate(calendar.first + i),
    working: k === DayKind.Workday || k === DayKind.MakeUp,
    kind: KIND_NAMES[k] as DayInfo['kind'],
  };
  if (entry) {
    info.holiday = entry.name;
    info.notice = resolveNotice(entry.notice);
  }
  return info;
}
