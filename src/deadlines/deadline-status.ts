/**
 * The colour-coded overdue warning offices show on their back-office screens.
 *
 * @module
 */
import { type CivilDate, isCivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, isLocale, showValue } from '../rules/errors.js';
import { type InstantInput, isIssue, readInstant } from '../rules/instant.js';
import type { AssumedDay, WorkingDayCalendar } from './calendar-build.js';
import { type BeyondCalendar, checkedDate, indexIn, readCalendarOptions, throwIssues } from './calendar-options.js';
import { markOf, provisionalYears } from './provisional-calendar.js';

/**
 * Options of {@link deadlineStatus}.
 *
 * @example
 * ```ts
 * const opts: DeadlineStatusOptions = { warnWithinWorkingDays: 2 };
 * ```
 */
export interface DeadlineStatusOptions {
  /** `due-soon` when at most this many working days are left (0 = only on the due day). Default 2. */
  readonly warnWithinWorkingDays?: number;
  readonly calendar?: WorkingDayCalendar;
  /** Past the published calendar: `error` (default), or `provisional` (or `provisionalYears`): the statutory days off assumed, marked. */
  readonly beyondCalendar?: BeyondCalendar | 'provisional';
  /** The locale of error messages (default `en`). */
  readonly locale?: Locale;
}

/**
 * Where a case stands against its deadline.
 *
 * @example
 * ```ts
 * const s: DeadlineStatus = { status: 'due-soon', due: '2025-02-10', asOf: '2025-02-07', workingDaysLeft: 2 };
 * ```
 */
export interface DeadlineStatus {
  /** `on-track` (green), `due-soon` (amber), `overdue` (red). */
  readonly status: 'on-track' | 'due-soon' | 'overdue';
  readonly due: CivilDate;
  /** The civil date the status is for (Asia/Shanghai when an instant was given). */
  readonly asOf: CivilDate;
  /** Working days in `(asOf, due]`; negative when overdue (working days in `(due, asOf]`, negated). */
  readonly workingDaysLeft: number;
  /** With `beyondCalendar: 'provisional'`, when the count used a day past the published calendar. */
  readonly provisional?: true;
  /** The last published day, when `provisional`. */
  readonly publishedThrough?: CivilDate;
  /** The days off assumed from the statute between `asOf` and `due`, when `provisional`. */
  readonly assumed?: readonly AssumedDay[];
}

const OPTION_KEYS = ['warnWithinWorkingDays', 'calendar', 'beyondCalendar', 'locale'];

/**
 * Status of a deadline on a day: `overdue` after the due date, `due-soon` when at most
 * `warnWithinWorkingDays` working days are left (the due day itself included), else `on-track`.
 *
 * @throws `ValidationError` listing every problem of the arguments (in `options.locale`);
 * `CalendarRangeError` when a date is outside the calendar.
 * @example
 * ```ts
 * deadlineStatus('2025-02-10', '2025-02-07', { warnWithinWorkingDays: 2 }).status; // 'due-soon' (02-08 is a make-up working day)
 * deadlineStatus('2025-02-10', '2025-02-11').status;                               // 'overdue'
 * ```
 */
export function deadlineStatus(due: CivilDate, asOf: CivilDate | InstantInput, options: DeadlineStatusOptions = {}): DeadlineStatus {
  const issues: Issue[] = [];
  const isObject = options !== null && typeof options === 'object' && !Array.isArray(options);
  const o = (isObject ? options : {}) as Record<string, unknown>;
  const locale: Locale = isLocale(o.locale) ? o.locale : 'en';
  if (!isObject) issues.push(bi(['options'], 'invalid-options', `expected options { warnWithinWorkingDays, calendar, beyondCalendar, locale }, got ${showValue(options)}`, `应为选项{ warnWithinWorkingDays, calendar, beyondCalendar, locale }，实为${showValue(options)}`));
  const { warnWithinWorkingDays, ...calendarOptions } = o;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) issues.push(bi(['options', key], 'unknown-option', `unknown option ${showValue(key)}`, `未知选项${showValue(key)}`));
    if (!OPTION_KEYS.includes(key)) delete calendarOptions[key];
  }
  const warn = warnWithinWorkingDays ?? 2;
  if (!Number.isSafeInteger(warn) || (warn as number) < 0) {
    issues.push(bi(['options', 'warnWithinWorkingDays'], 'invalid-count', `warnWithinWorkingDays must be a whole number >= 0, got ${showValue(warn)}`, `warnWithinWorkingDays须为不小于0的整数，实为${showValue(warn)}`));
  }
  const ctx = readCalendarOptions(calendarOptions, issues, undefined, provisionalYears);
  const dueDay = checkedDate(due, ['due'], issues);
  let on: CivilDate | undefined;
  if (isCivilDate(asOf)) on = asOf;
  else {
    const r = readInstant(asOf, ['asOf']);
    if (isIssue(r)) issues.push(r.messages ? { ...r, message: r.messages[locale] } : r);
    else on = r.date;
  }
  if (issues.length || dueDay === undefined || on === undefined) throwIssues(issues, locale, { 'zh-CN': '期限状态参数无效', en: 'Invalid deadline status arguments' });
  const onDay = tryParseCivilDate(on) as number;
  const d = ctx.data;
  const left = (d.cum[indexIn(ctx, dueDay, due)] as number) - (d.cum[indexIn(ctx, onDay, on)] as number);
  const status = onDay > dueDay ? 'overdue' : left <= (warn as number) ? 'due-soon' : 'on-track';
  const result: DeadlineStatus = { status, due, asOf: on, workingDaysLeft: left };
  if (ctx.provisional === undefined) return result;
  const m = markOf(d, Math.min(onDay, dueDay), Math.max(onDay, dueDay));
  return m.provisional ? { ...result, provisional: true, publishedThrough: m.publishedThrough, assumed: m.assumed } : result;
}

function bi(path: readonly PropertyKey[], code: string, en: string, zh: string): Issue {
  return { path, code, message: en, messages: { 'zh-CN': zh, en } };
}
