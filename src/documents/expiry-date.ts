/**
 * The printed expiry date of a document issued for a term of years or months.
 *
 * @module
 */
import { type CivilDate, civilFromDays, daysFromCivil, daysInMonth, formatCivilDate, parseCivilDate } from '../rules/civil-date.js';
import { type Issue, showValue } from '../rules/errors.js';
import { dateIssue, isPlainObject, issue, own, throwIfAny } from './checks.js';

/**
 * A term of validity: whole years, or whole months.
 *
 * @example
 * ```ts
 * const t: Term = { months: 3 };
 * ```
 */
export type Term = { readonly years: number } | { readonly months: number };

/**
 * The rule {@link expiryDate} applies: the document is valid through **the day before the
 * anniversary** of its issue (issued 2015-06-01 for 10 years → valid through 2025-05-31). When
 * the anniversary does not exist (29 February in a common year; 31 January + 1 month), it
 * **rolls forward to the first day of the next month**, so the document is valid through the
 * last day of the shorter month (2016-02-29 + 10 years → 2026-02-28).
 *
 * Evidence: the last booklet HK/Macau permits (issued up to 2014-09-14, 5 years) were reported
 * to lapse on 2019-09-13 (mdbkg.com, a low-quality source); no official statement of the
 * convention was found.
 *
 * @example
 * ```ts
 * EXPIRY_RULE.id; // 'day-before-anniversary-roll-forward'
 * ```
 */
export const EXPIRY_RULE = /* @__PURE__ */ Object.freeze({
  id: 'day-before-anniversary-roll-forward',
  'zh-CN': '有效期至签发日届满周年（月）对应日的前一日；无对应日的，以次月1日为对应日（即有效期至该月末日）',
  en: 'Valid through the day before the anniversary of issue; a missing anniversary (29 Feb, 31st) rolls forward to the 1st of the next month, so the document is valid through the end of the shorter month',
} as const);

/** The most years and months a term may have. */
const MAX = { years: 100, months: 1200 } as const;

/** The term in months, or `undefined` with an issue: a number (years) or `{ years }` or `{ months }`, whole, 1–100 years or 1–1200 months. */
function termMonths(term: unknown, issues: Issue[]): number | undefined {
  let unit: 'years' | 'months';
  let n: unknown;
  let path: PropertyKey[];
  if (typeof term === 'number') [unit, n, path] = ['years', term, ['term']];
  else if (isPlainObject(term) && Object.keys(term).length === 1 && (Object.hasOwn(term, 'years') || Object.hasOwn(term, 'months'))) {
    unit = Object.hasOwn(term, 'years') ? 'years' : 'months';
    [n, path] = [own(term, unit), ['term', unit]];
  } else {
    issues.push(issue(['term'], 'invalid-term', `expected a number of years, { years } or { months }, got ${showValue(term)}`, `有效期应为年数、{ years }或{ months }，实际为${showValue(term)}`));
    return undefined;
  }
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX[unit]) return unit === 'years' ? n * 12 : n;
  const zhUnit = unit === 'years' ? '年' : '个月';
  issues.push(issue(path, 'invalid-term', `the term must be a whole number of ${unit} from 1 to ${MAX[unit]} (got ${showValue(n)})`, `有效期应为1至${MAX[unit]}${zhUnit}的整数（实际为${showValue(n)}）`));
  return undefined;
}

/**
 * The last day of validity of a document issued on `issued` for `term` (a number is years):
 * the day before the anniversary, a missing anniversary rolling forward to the first of the
 * next month (`EXPIRY_RULE`).
 *
 * @throws `InvalidDateError` for a malformed date; `ValidationError` listing every problem: a
 * term that is not a whole number of years (1–100) or months (1–1200), an expiry after
 * 9999-12-31.
 * @example
 * ```ts
 * expiryDate('2025-01-24', 10);            // '2035-01-23'
 * expiryDate('2016-02-29', 10);            // '2026-02-28'
 * expiryDate('2016-02-29', 8);             // '2024-02-28' (2024-02-29 exists)
 * expiryDate('2015-03-01', 1);             // '2016-02-29'
 * expiryDate('2025-11-30', { months: 3 }); // '2026-02-28'
 * ```
 */
export function expiryDate(issued: CivilDate, term: number | Term): CivilDate {
  const issues: Issue[] = [];
  const known = dateIssue(issued, ['issued'], issues);
  const months = termMonths(term, issues);
  if (known && months !== undefined && Number(issued.slice(0, 4)) * 12 + Number(issued.slice(5, 7)) - 1 + months >= 10000 * 12) {
    issues.push(issue(['term'], 'out-of-range', `${issued} plus the term ends after 9999-12-31`, `${issued}加上有效期晚于9999-12-31`));
  }
  throwIfAny(issues, { 'zh-CN': '有效期计算的输入无效', en: 'Invalid expiry input' });
  return expiryOf(parseCivilDate(issued), months as number);
}

/** The expiry of an issue on epoch day `day` for `months` (checked). */
function expiryOf(day: number, months: number): CivilDate {
  const [y, m, d] = civilFromDays(day);
  const index = y * 12 + (m - 1) + months;
  const ay = Math.floor(index / 12);
  const am = (index % 12) + 1;
  // The anniversary, or the first of the next month when it does not exist.
  const anniversary = d <= daysInMonth(ay, am) ? daysFromCivil(ay, am, d) : daysFromCivil(ay, am, daysInMonth(ay, am)) + 1;
  return formatCivilDate(anniversary - 1);
}
