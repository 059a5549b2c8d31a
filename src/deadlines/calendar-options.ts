/**
 * The last argument of the calendar functions: a calendar, or options `{ calendar,
 * beyondCalendar, locale }`; and the checks every calendar function shares.
 *
 * @module
 */
import { type CivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import { InvalidDateError, type Issue, type Locale, type LocalizedText, ValidationError, isLocale, showValue } from '../rules/errors.js';
import { type CalendarData, ProvisionalYears, WorkingDayCalendar, calendarData, provisionalExtension } from './calendar-build.js';
import { CalendarRangeError } from './calendar-errors.js';
import { defaultCalendar } from './default-calendar.js';

/**
 * What a calendar function does past the published calendar: `'error'` (the default) raises
 * `CalendarRangeError`; `provisionalYears` (a value: see {@link ProvisionalYears}) assumes the
 * statutory days off of 《全国年节及纪念日放假办法》 (make-up working days unknown: weekends stay
 * weekends) and marks every answer that used such a day `provisional: true`, with the days it
 * assumed.
 *
 * @example
 * ```ts
 * import { provisionalYears } from 'churujing/calendar';
 * const mode: BeyondCalendar = provisionalYears;
 * ```
 */
export type BeyondCalendar = 'error' | ProvisionalYears;

/**
 * Options of the calendar functions.
 *
 * @example
 * ```ts
 * addWorkingDays('2026-12-20', 10, { beyondCalendar: provisionalYears }).value; // '2027-01-05'
 * ```
 */
export interface CalendarOptions {
  /** Defaults to `defaultCalendar()`. */
  readonly calendar?: WorkingDayCalendar;
  /** Defaults to `error`. */
  readonly beyondCalendar?: BeyondCalendar;
  /** The locale of error messages (default `en`). */
  readonly locale?: Locale;
}

/** The options read: the calendar to count on (the provisional one in that mode). @internal */
export interface CalendarContext {
  readonly cal: WorkingDayCalendar;
  readonly data: CalendarData;
  /** The mode counting past the published calendar, if any. */
  readonly provisional: ProvisionalYears | undefined;
  readonly locale: Locale;
}

const KEYS = ['calendar', 'beyondCalendar', 'locale'];

/**
 * An issue in both locales (its `message` in English).
 *
 * @internal
 * @example
 * ```ts
 * bilingual(['n'], 'invalid-count', '1.5 is not a whole number of working days', '1.5不是整数个工作日');
 * ```
 */
export const bilingual = (path: readonly PropertyKey[], code: string, en: string, zh: string): Issue => ({ path, code, message: en, messages: { 'zh-CN': zh, en } });

/**
 * The issue of a value that is not a calendar.
 *
 * @internal
 * @example
 * ```ts
 * notACalendar(['calendar'], {}).code; // 'invalid-calendar'
 * ```
 */
export function notACalendar(path: readonly PropertyKey[], value: unknown): Issue {
  const shown = showValue(value);
  return bilingual(path, 'invalid-calendar', `${shown} is not a calendar`, `${shown}不是工作日日历`);
}

/**
 * The issue of a `beyondCalendar` value that is not one of the modes.
 *
 * @internal
 * @example
 * ```ts
 * badMode(['beyondCalendar'], 'guess').code; // 'invalid-option'
 * ```
 */
export function badMode(path: readonly PropertyKey[], value: unknown): Issue {
  return bilingual(path, 'invalid-option', `beyondCalendar must be 'error' or provisionalYears, not ${showValue(value)}`, `beyondCalendar须为error或provisionalYears`);
}

/**
 * Reads the last argument of a calendar function, adding a problem to `issues` for each thing
 * wrong with it (and going on with the defaults). `beyondCalendar` is `'error'` or
 * `provisionalYears`; a function that also takes the string `'provisional'` passes the mode it
 * stands for as `provisionalString`.
 *
 * @internal
 * @example
 * ```ts
 * readCalendarOptions({ beyondCalendar: provisionalYears }, []).provisional; // provisionalYears
 * ```
 */
export function readCalendarOptions(arg: unknown, issues: Issue[], path: readonly PropertyKey[] = ['options'], provisionalString?: ProvisionalYears): CalendarContext {
  let cal = defaultCalendar();
  let provisional: ProvisionalYears | undefined;
  let locale: Locale = 'en';
  // a calendar given alone reads as `{ calendar }`, nothing as `{}`
  const o = arg instanceof WorkingDayCalendar ? { calendar: arg } : arg === undefined ? {} : arg;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) {
    issues.push(bilingual(path, 'invalid-options', `expected a calendar or options, not ${showValue(o)}`, '应为日历或选项'));
  } else {
    for (const key of Object.keys(o)) {
      if (!KEYS.includes(key)) issues.push(bilingual([...path, key], 'unknown-option', `unknown option ${showValue(key)}`, `未知选项${showValue(key)}`));
    }
    const { calendar, beyondCalendar, locale: l } = o as Record<string, unknown>;
    if (calendar instanceof WorkingDayCalendar) cal = calendar;
    else if (calendar !== undefined) issues.push(notACalendar([...path, 'calendar'], calendar));
    if (beyondCalendar instanceof ProvisionalYears) provisional = beyondCalendar;
    else if (beyondCalendar === 'provisional' && provisionalString !== undefined) provisional = provisionalString;
    else if (beyondCalendar !== undefined && beyondCalendar !== 'error') issues.push(badMode([...path, 'beyondCalendar'], beyondCalendar));
    if (isLocale(l)) locale = l;
    else if (l !== undefined) issues.push(bilingual([...path, 'locale'], 'unknown-locale', `unknown locale ${showValue(l)}: use 'zh-CN' or 'en'`, `未知语言${showValue(l)}`));
  }
  const counted = provisional === undefined ? cal : provisionalExtension(provisional, cal);
  return { cal, data: calendarData(counted), provisional, locale };
}

/**
 * The epoch day of a civil date argument, or undefined with its problem added to `issues`.
 *
 * @internal
 * @example
 * ```ts
 * checkedDate('2024-02-30', ['date'], issues); // undefined, one issue
 * ```
 */
export function checkedDate(value: unknown, path: readonly PropertyKey[], issues: Issue[]): number | undefined {
  const day = tryParseCivilDate(value);
  if (day === undefined) issues.push(bilingual(path, 'invalid-date', `${showValue(value)} is not a civil date: expected a real date written YYYY-MM-DD`, `${showValue(value)}不是YYYY-MM-DD格式的真实日期`));
  return day;
}


/**
 * Throws the problems found: an `InvalidDateError` when every one is a malformed date or
 * instant, else a `ValidationError`, titled in both locales.
 *
 * @internal
 * @example
 * ```ts
 * if (issues.length) throwIssues(issues, 'en');
 * ```
 */
export function throwIssues(issues: readonly Issue[], locale: Locale, title: LocalizedText = { 'zh-CN': '工作日日历参数无效', en: 'Invalid working-day calendar arguments' }): never {
  if (issues.every((i) => i.code === 'invalid-date' || i.code === 'invalid-instant')) throw new InvalidDateError({ 'zh-CN': '日期无效', en: 'Invalid date' }, issues, locale);
  throw new ValidationError(title, issues, locale);
}

/**
 * The index of an epoch day in a context's calendar, or the `CalendarRangeError` for it.
 *
 * @internal
 * @example
 * ```ts
 * indexIn(ctx, 20112, '2025-01-24'); // days since 2004-01-01
 * ```
 */
export function indexIn(ctx: CalendarContext, day: number, date: CivilDate, what = date): number {
  const d = ctx.data;
  if (day < d.first || day > d.last) throw new CalendarRangeError(date, d.from, d.to, what, ctx.locale, ctx.provisional !== undefined);
  return day - d.first;
}
