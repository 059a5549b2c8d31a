/**
 * Age in whole years (周岁) on a civil date, with a named rule for 29 February birthdays.
 *
 * Under PRC drafting, 「以上」 includes the number and 「未满」/「不满」 excludes it, so a person is
 * 「十六周岁以上」 from their sixteenth birthday on (护照法 art. 7 「未满十六周岁的五年，十六周岁以上的
 * 十年」; 公安部令第118号 「十六周岁以上」/「不满十六周岁」).
 *
 * @module
 */
import { type CivilDate, civilFromDays, parseCivilDate } from '../rules/civil-date.js';
import type { Issue } from '../rules/errors.js';
import { dateIssue, issue, throwIfAny } from './checks.js';

/**
 * The rule {@link ageOn} applies to 29 February birthdays: in a common year the birthday falls on
 * **1 March** (the person completes the year only when 28 February has passed). Another common
 * convention puts it on 28 February; no exit-entry instrument settles the point.
 *
 * @example
 * ```ts
 * AGE_RULE.id; // 'whole-years-feb29-on-mar1'
 * ```
 */
export const AGE_RULE = /* @__PURE__ */ Object.freeze({
  id: 'whole-years-feb29-on-mar1',
  'zh-CN': '按公历年月日计算周岁，生日当日增加一岁；2月29日出生的，平年以3月1日为生日',
  en: 'Whole years by the Gregorian calendar, one more on each birthday; a 29 February birthday falls on 1 March in common years',
} as const);

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/**
 * Age in whole years (周岁) on `date` of a person born on `birthDate`: one more on each
 * birthday, the birthday itself included. A 29 February birthday falls on 1 March in common
 * years (`AGE_RULE`).
 *
 * @throws `InvalidDateError` listing every malformed date; `ValidationError` when `date` is
 * before `birthDate`.
 * @example
 * ```ts
 * ageOn('2009-06-01', '2025-05-31'); // 15
 * ageOn('2009-06-01', '2025-06-01'); // 16
 * ageOn('2008-02-29', '2025-02-28'); // 16: in 2025 the birthday is 1 March
 * ageOn('2008-02-29', '2024-02-29'); // 16
 * ```
 */
export function ageOn(birthDate: CivilDate, date: CivilDate): number {
  const issues: Issue[] = [];
  const known = dateIssue(birthDate, ['birthDate'], issues);
  if (dateIssue(date, ['date'], issues) && known && date < birthDate) {
    issues.push(issue(['date'], 'before-birth', `${date} is before the birth date ${birthDate}`, `${date}早于出生日期${birthDate}`));
  }
  throwIfAny(issues, { 'zh-CN': '年龄计算的输入无效', en: 'Invalid age input' });
  return wholeYears(parseCivilDate(birthDate), parseCivilDate(date));
}

/**
 * {@link ageOn} for dates already checked (civil dates, `date` not before `birthDate`): the
 * trusted cores' path, without building issues.
 *
 * @internal
 * @example
 * ```ts
 * ageOnTrusted('2009-06-01', '2025-06-01'); // 16
 * ```
 */
export function ageOnTrusted(birthDate: CivilDate, date: CivilDate): number {
  return wholeYears(parseCivilDate(birthDate, ['birthDate']), parseCivilDate(date, ['date']));
}

/** Whole years from epoch day `b` to epoch day `d` (d >= b), the AGE_RULE applied. */
function wholeYears(b: number, d: number): number {
  const [by, bm, bd] = civilFromDays(b);
  const [y, m, dd] = civilFromDays(d);
  // This year's birthday as month and day: 29 February moves to 1 March in a common year.
  const [km, kd] = bm === 2 && bd === 29 && !isLeap(y) ? [3, 1] : [bm, bd];
  const before = m < km || (m === km && dd < kd);
  return y - by - (before ? 1 : 0);
}

/**
 * Whether the person is sixteen or over (十六周岁以上) on `date`: true from the sixteenth birthday
 * on. The age that separates 5-year from 10-year documents and mandatory from optional
 * fingerprints.
 *
 * @throws as {@link ageOn}.
 * @example
 * ```ts
 * isSixteenOrOver('2009-06-01', '2025-05-31'); // false
 * isSixteenOrOver('2009-06-01', '2025-06-01'); // true
 * ```
 */
export function isSixteenOrOver(birthDate: CivilDate, date: CivilDate): boolean {
  return ageOn(birthDate, date) >= 16;
}
