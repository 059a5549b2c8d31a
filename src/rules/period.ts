/**
 * Periods of validity. Data and people use inclusive dates (`from` is the first day a value is
 * in force, `to` the last); inside, periods are half-open epoch-day intervals `[start, end)`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CivilDate, formatCivilDate, isCivilDate, parseCivilDate } from './civil-date.js';
import { type Issue, type Locale, ValidationError, isLocale, showValue } from './errors.js';

/**
 * Schema of a civil date string `YYYY-MM-DD` that is a real date.
 *
 * @example
 * ```ts
 * civilDateSchema.parse('2024-02-29'); // ok
 * civilDateSchema.safeParse('2023-02-29').success; // false
 * ```
 */
export const civilDateSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isCivilDate, 'expected a real date written YYYY-MM-DD'));

/**
 * An inclusive period: in force from `from` through `to` (open-ended without `to`).
 *
 * @example
 * ```ts
 * const oneWeekAWeek: Period = { from: '2015-04-13', to: '2024-11-30' };
 * ```
 */
export interface Period {
  readonly from: CivilDate;
  readonly to?: CivilDate;
}

/**
 * A half-open epoch-day interval `[start, end)`; `end` is `Infinity` when open.
 *
 * @example
 * ```ts
 * const s: Span = { start: 0, end: 2 }; // 1970-01-01 and 1970-01-02
 * ```
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The half-open epoch-day interval of an inclusive period.
 *
 * @example
 * ```ts
 * spanOf({ from: '1970-01-01', to: '1970-01-02' }); // { start: 0, end: 2 }
 * ```
 */
export function spanOf(p: Period): Span {
  return { start: parseCivilDate(p.from), end: p.to === undefined ? Number.POSITIVE_INFINITY : parseCivilDate(p.to) + 1 };
}

/**
 * The inclusive period of a half-open interval.
 *
 * @example
 * ```ts
 * periodOf({ start: 0, end: 2 }); // { from: '1970-01-01', to: '1970-01-02' }
 * ```
 */
export function periodOf(s: Span): Period {
  return s.end === Number.POSITIVE_INFINITY ? { from: formatCivilDate(s.start) } : { from: formatCivilDate(s.start), to: formatCivilDate(s.end - 1) };
}

/**
 * A period as people read it, in zh-CN or en.
 *
 * @throws `ValidationError` listing every problem: `from` (or `to`) not a civil date, `to`
 * before `from`, an unknown locale.
 * @example
 * ```ts
 * showPeriod({ from: '2015-04-13', to: '2024-11-30' }, 'en'); // '2015-04-13 to 2024-11-30'
 * showPeriod({ from: '2024-12-01' }, 'zh-CN');                // '2024-12-01起'
 * ```
 */
export function showPeriod(p: Period, locale: Locale): string {
  const o = (p !== null && typeof p === 'object' ? p : {}) as Partial<Record<'from' | 'to', unknown>>;
  const issues: Issue[] = [];
  const bad = (path: PropertyKey[], code: string, en: string, zh: string) => issues.push({ path, code, message: en, messages: { 'zh-CN': zh, en } });
  if (!isCivilDate(o.from)) bad(['period', 'from'], 'invalid-date', `${showValue(o.from)} is not a civil date YYYY-MM-DD`, `${showValue(o.from)}不是YYYY-MM-DD格式的日期`);
  if (o.to !== undefined && !isCivilDate(o.to)) bad(['period', 'to'], 'invalid-date', `${showValue(o.to)} is not a civil date YYYY-MM-DD`, `${showValue(o.to)}不是YYYY-MM-DD格式的日期`);
  else if (o.to !== undefined && isCivilDate(o.from) && (o.to as string) < o.from) bad(['period', 'to'], 'inverted-period', `to (${o.to}) is before from (${o.from})`, `结束日${o.to}早于开始日${o.from}`);
  if (!isLocale(locale)) bad(['locale'], 'unknown-locale', `unknown locale ${showValue(locale)}: use 'zh-CN' or 'en'`, `未知语言${showValue(locale)}`);
  if (issues.length) throw new ValidationError({ 'zh-CN': '期间无效', en: 'Invalid period' }, issues, isLocale(locale) ? locale : 'en');
  const { from, to } = o as Period;
  if (locale === 'zh-CN') return to === undefined ? `${from}起` : `${from}至${to}`;
  return to === undefined ? `from ${from}` : `${from} to ${to}`;
}
