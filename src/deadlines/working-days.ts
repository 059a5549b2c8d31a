/**
 * Working-day arithmetic on the State Council calendar. Every function is O(1): prefix counts
 * over the covered range, no day-by-day loop; `addWorkingDays` returns prebuilt strings.
 *
 * Each takes, last, a calendar or options `{ calendar, beyondCalendar, locale }`. With
 * `beyondCalendar: provisionalYears` a date past the published calendar is answered from the
 * statutory days off (see {@link BeyondCalendar}), and the answer is a {@link Provisional}
 * value: marked `provisional: true` when it used such a day, with the days it assumed.
 *
 * @module
 */
import { type CivilDate, civilFields, dateOutOfRange, formatCivilDate } from '../rules/civil-date.js';
import { type Issue, showValue } from '../rules/errors.js';
import { type CalendarData, type HolidayNotice, type ProvisionalYears, WorkingDayCalendar, calendarData, namedDays, provisionalMark, workDates, yearString } from './calendar-build.js';
import { CalendarRangeError } from './calendar-errors.js';
import { type BeyondCalendar, type CalendarContext, type CalendarOptions, bilingual, checkedDate, indexIn, notACalendar, readCalendarOptions, throwIssues } from './calendar-options.js';
import { defaultCalendar } from './default-calendar.js';
import { type HolidayName, holidayNameOf } from './holiday-names.js';
import { resolveNotice } from './notice-citation.js';
import type { ProvisionalMark } from './provisional-calendar.js';
import { LUNAR_TABLE_YEARS } from './provisional-holidays.js';

export type { BeyondCalendar, CalendarOptions };

/**
 * An answer given with `beyondCalendar: provisionalYears`: the value, and whether it used a day
 * past the published calendar (`provisional`), with the days off it assumed there.
 *
 * @example
 * ```ts
 * const r: Provisional<CivilDate> = addWorkingDays('2026-12-28', 10, { beyondCalendar: provisionalYears });
 * r.value;       // '2027-01-12'
 * r.provisional; // true
 * r.assumed;     // [{ date: '2027-01-01', holiday: { key: 'new-year', … }, basis: 'statutory', cite: { title: '全国年节及纪念日放假办法', article: '第二条', … } }]
 * ```
 */
export interface Provisional<T> extends ProvisionalMark {
  readonly value: T;
}


let builtIn: CalendarData | undefined;

/** The data of a plain calendar argument, the built-in one's when none is given (fast paths), or undefined for options. */
const plainData = (arg: unknown): CalendarData | undefined => (arg === undefined ? (builtIn ??= calendarData(defaultCalendar())) : arg instanceof WorkingDayCalendar ? calendarData(arg) : undefined);

/**
 * The index in a calendar's data of a `YYYY-MM-DD` string, or -1 when it is not a real date
 * inside the calendar (the fast paths' reader: no division, no allocation).
 *
 * @internal
 * @example
 * ```ts
 * dateIndex('2025-01-28', calendarData(defaultCalendar())); // the day's index in `kind`
 * ```
 */
export function dateIndex(s: unknown, d: CalendarData): number {
  const v = civilFields(s);
  const m = (v >> 7) & 127;
  const mi = ((v >> 14) - d.firstYear) * 12 + m - 1;
  if (v < 0 || m < 1 || m > 12 || mi < 0 || mi >= d.monthStart.length - 1) return -1;
  const start = d.monthStart[mi] as number;
  const i = start + (v & 127) - 1;
  return i >= start && i < (d.monthStart[mi + 1] as number) ? i : -1;
}

/**
 * Whether a day kind is a working one: DayKind.Workday (0) and DayKind.MakeUp (3), the kinds
 * divisible by 3 (literals: nothing read across modules on the hot path).
 *
 * @internal
 */
export const isWork = (k: number | undefined): boolean => (k as number) % 3 === 0;

/** The epoch day of a date argument, or the problems of the whole call thrown at once. */
function day1(ctx: CalendarContext, issues: Issue[], date: unknown, path: string): number {
  const day = checkedDate(date, [path], issues);
  if (issues.length) throwIssues(issues, ctx.locale);
  return day as number;
}

function mark<T>(ctx: CalendarContext, value: T, from: number, to: number): T | Provisional<T> {
  return ctx.provisional === undefined ? value : Object.freeze({ value, ...provisionalMark(ctx.provisional, ctx.data, from, to) });
}

/**
 * Whether a civil date is a working day: Monday–Friday and not a holiday, or a weekend day
 * made a working day (调休).
 *
 * @param date - `YYYY-MM-DD`
 * @param options - a calendar (default {@link defaultCalendar}) or {@link CalendarOptions}
 * @throws `InvalidDateError` for a malformed date, `ValidationError` for bad options (every
 * problem at once), {@link CalendarRangeError} outside the calendar.
 * @example
 * ```ts
 * isWorkingDay('2025-01-28'); // false: Spring Festival
 * isWorkingDay('2025-01-26'); // true: Sunday made a working day
 * isWorkingDay('2027-02-09', { beyondCalendar: provisionalYears }); // { value: false, provisional: true, assumed: [{ date: '2027-02-09', basis: 'substitute', … }], … }
 * ```
 */
export function isWorkingDay(date: CivilDate, options?: WorkingDayCalendar | (CalendarOptions & { readonly beyondCalendar?: 'error' })): boolean;
export function isWorkingDay(date: CivilDate, options: CalendarOptions & { readonly beyondCalendar: ProvisionalYears }): Provisional<boolean>;
export function isWorkingDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): boolean | Provisional<boolean>;
export function isWorkingDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): boolean | Provisional<boolean> {
  const d = plainData(options);
  if (d !== undefined) {
    const i = dateIndex(date, d);
    if (i >= 0) return isWork(d.kind[i]);
  }
  const issues: Issue[] = [];
  const ctx = readCalendarOptions(options, issues);
  const day = day1(ctx, issues, date, 'date');
  return mark(ctx, isWork(ctx.data.kind[indexIn(ctx, day, date)]), day, day);
}

/**
 * Moves by working days. `n > 0`: the n-th working day strictly after `date`; `n < 0`: the
 * |n|-th working day strictly before; `n = 0`: `date` itself.
 *
 * @throws {@link CalendarRangeError} when `date` or the result is outside the calendar;
 * `ValidationError` when `n` is not a safe integer or the options are wrong (every problem at
 * once).
 * @example
 * ```ts
 * addWorkingDays('2025-01-24', 7);  // '2025-02-10'
 * addWorkingDays('2025-02-10', -7); // '2025-01-24'
 * addWorkingDays('2026-12-28', 10, { beyondCalendar: provisionalYears }).value; // '2027-01-12' (2027-01-01 assumed off)
 * ```
 */
export function addWorkingDays(date: CivilDate, n: number, options?: WorkingDayCalendar | (CalendarOptions & { readonly beyondCalendar?: 'error' })): CivilDate;
export function addWorkingDays(date: CivilDate, n: number, options: CalendarOptions & { readonly beyondCalendar: ProvisionalYears }): Provisional<CivilDate>;
export function addWorkingDays(date: CivilDate, n: number, options?: WorkingDayCalendar | CalendarOptions): CivilDate | Provisional<CivilDate>;
export function addWorkingDays(date: CivilDate, n: number, options?: WorkingDayCalendar | CalendarOptions): CivilDate | Provisional<CivilDate> {
  const d = plainData(options);
  if (d !== undefined && typeof n === 'number' && (n | 0) === n) {
    const i = dateIndex(date, d);
    if (i >= 0) {
      if (n === 0) return date;
      const k = n > 0 ? (d.cum[i] as number) + n - 1 : (d.cum[i] as number) - (isWork(d.kind[i]) ? 1 : 0) + n;
      if (k >= 0 && k < d.work.length) return (d.workDates ?? workDates(d))[k] as string;
    }
  }
  return addSlow(date, n, options);
}

function addSlow(date: CivilDate, n: number, options: unknown): CivilDate | Provisional<CivilDate> {
  const issues: Issue[] = [];
  const ctx = readCalendarOptions(options, issues);
  if (!Number.isSafeInteger(n)) {
    const shown = showValue(n);
    issues.push(bilingual(['n'], 'invalid-count', `${shown} is not a whole number of working days`, `${shown}不是整数个工作日`));
  }
  const day = day1(ctx, issues, date, 'date');
  const d = ctx.data;
  const i = indexIn(ctx, day, date);
  // a date that reads as a day is written as it would be formatted
  if (n === 0) return mark(ctx, date, day, day);
  const k = n > 0 ? (d.cum[i] as number) + n - 1 : (d.cum[i] as number) - (isWork(d.kind[i]) ? 1 : 0) + n;
  const target = k >= 0 && k < d.work.length ? (d.work[k] as number) : undefined;
  if (target === undefined) {
    // the first date past the calendar: 1 January after its last year, or 31 December before its first
    const after = n > 0;
    const year = after ? Number(d.to.slice(0, 4)) + 1 : d.firstYear - 1;
    if (year < 1 || year > 9999) throw dateOutOfRange(after ? d.last + 1 : d.first - 1);
    throw new CalendarRangeError(yearString(year) + (after ? '-01-01' : '-12-31'), d.from, d.to, `addWorkingDays(${date}, ${n})`, ctx.locale, ctx.provisional !== undefined);
  }
  return mark(ctx, workDates(d)[k] as string, Math.min(day, target), Math.max(day, target));
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
export function workingDaysBetween(from: CivilDate, to: CivilDate, options?: WorkingDayCalendar | (CalendarOptions & { readonly beyondCalendar?: 'error' })): number;
export function workingDaysBetween(from: CivilDate, to: CivilDate, options: CalendarOptions & { readonly beyondCalendar: ProvisionalYears }): Provisional<number>;
export function workingDaysBetween(from: CivilDate, to: CivilDate, options?: WorkingDayCalendar | CalendarOptions): number | Provisional<number>;
export function workingDaysBetween(from: CivilDate, to: CivilDate, options?: WorkingDayCalendar | CalendarOptions): number | Provisional<number> {
  const d = plainData(options);
  if (d !== undefined) {
    const a = dateIndex(from, d);
    const b = dateIndex(to, d);
    if (a >= 0 && b >= 0) return (d.cum[b] as number) - (d.cum[a] as number);
  }
  const issues: Issue[] = [];
  const ctx = readCalendarOptions(options, issues);
  const a = checkedDate(from, ['from'], issues);
  const b = day1(ctx, issues, to, 'to');
  const ia = indexIn(ctx, a as number, from);
  const ib = indexIn(ctx, b, to);
  return mark(ctx, (ctx.data.cum[ib] as number) - (ctx.data.cum[ia] as number), Math.min(a as number, b), Math.max(a as number, b));
}

/**
 * The first working day strictly after `date` (same as `addWorkingDays(date, 1)`).
 *
 * @example
 * ```ts
 * nextWorkingDay('2025-01-27'); // '2025-02-05'
 * ```
 */
export function nextWorkingDay(date: CivilDate, options?: WorkingDayCalendar | (CalendarOptions & { readonly beyondCalendar?: 'error' })): CivilDate;
export function nextWorkingDay(date: CivilDate, options: CalendarOptions & { readonly beyondCalendar: ProvisionalYears }): Provisional<CivilDate>;
export function nextWorkingDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): CivilDate | Provisional<CivilDate>;
export function nextWorkingDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): CivilDate | Provisional<CivilDate> {
  return addWorkingDays(date, 1, options);
}

/**
 * The last working day strictly before `date` (same as `addWorkingDays(date, -1)`).
 *
 * @example
 * ```ts
 * previousWorkingDay('2025-02-05'); // '2025-01-27'
 * ```
 */
export function previousWorkingDay(date: CivilDate, options?: WorkingDayCalendar | (CalendarOptions & { readonly beyondCalendar?: 'error' })): CivilDate;
export function previousWorkingDay(date: CivilDate, options: CalendarOptions & { readonly beyondCalendar: ProvisionalYears }): Provisional<CivilDate>;
export function previousWorkingDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): CivilDate | Provisional<CivilDate>;
export function previousWorkingDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): CivilDate | Provisional<CivilDate> {
  return addWorkingDays(date, -1, options);
}

/**
 * What a calendar covers: first and last dates (inclusive), years, the notices it was built
 * from, and how far `beyondCalendar: provisionalYears` reaches.
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
  /** The last day answered with `beyondCalendar: provisionalYears` (the end of the statute's lunar-date table). */
  readonly provisionalTo: CivilDate;
}

/**
 * The range a calendar covers and the notices behind it.
 *
 * @throws `ValidationError` when `calendar` is not a calendar.
 * @example
 * ```ts
 * const { from, to } = calendarCoverage(); // '2004-01-01', '2026-12-31'
 * ```
 */
export function calendarCoverage(calendar?: WorkingDayCalendar): CalendarCoverage {
  if (calendar !== undefined && !(calendar instanceof WorkingDayCalendar)) throwIssues([notACalendar(['calendar'], calendar)], 'en');
  const cal = calendar ?? defaultCalendar();
  const d = calendarData(cal);
  return Object.freeze({
    from: d.from,
    to: d.to,
    firstYear: cal.firstYear,
    lastYear: cal.lastYear,
    notices: Object.freeze(d.notices.map(resolveNotice)),
    provisionalTo: cal.lastYear >= LUNAR_TABLE_YEARS.last ? d.to : `${LUNAR_TABLE_YEARS.last}-12-31`,
  });
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
  /** The notice that set the holiday (absent for a day assumed from the statute). */
  readonly notice?: HolidayNotice;
}

const KIND_NAMES = ['workday', 'weekend', 'holiday', 'make-up-workday'] as const;

/**
 * Describes a day: working or not, why, and the notice that says so. With `beyondCalendar:
 * provisionalYears` it is also marked: past the published calendar, `provisional: true`, and the
 * day itself in `assumed` when it is an assumed day off.
 *
 * @example
 * ```ts
 * describeDay('2025-10-06').holiday?.en; // 'National Day and Mid-Autumn Festival'
 * describeDay('2027-10-01', { beyondCalendar: provisionalYears }).provisional; // true
 * ```
 */
export function describeDay(date: CivilDate, options?: WorkingDayCalendar | (CalendarOptions & { readonly beyondCalendar?: 'error' })): DayInfo;
export function describeDay(date: CivilDate, options: CalendarOptions & { readonly beyondCalendar: ProvisionalYears }): DayInfo & ProvisionalMark;
export function describeDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): DayInfo | (DayInfo & ProvisionalMark);
export function describeDay(date: CivilDate, options?: WorkingDayCalendar | CalendarOptions): DayInfo | (DayInfo & ProvisionalMark) {
  const issues: Issue[] = [];
  const ctx = readCalendarOptions(options, issues);
  const day = day1(ctx, issues, date, 'date');
  const d = ctx.data;
  const i = indexIn(ctx, day, date);
  const k = d.kind[i] as number;
  const entry = namedDays(d).get(day);
  const info: { -readonly [K in keyof DayInfo]: DayInfo[K] } = { date: formatCivilDate(day), working: isWork(k), kind: KIND_NAMES[k] as DayInfo['kind'] };
  if (entry) {
    info.holiday = holidayNameOf(entry.name);
    if (!entry.notice.id.startsWith('provisional-')) info.notice = resolveNotice(entry.notice);
  }
  return Object.freeze(ctx.provisional === undefined ? info : { ...info, ...provisionalMark(ctx.provisional, d, day, day) });
}
