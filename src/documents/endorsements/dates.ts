/**
 * Date arithmetic of endorsements, with its rounding named. It uses the documents' shared
 * conventions, so that an endorsement and its permit end the same way:
 *
 * - **End date** (`endorsementEndDate`): "valid for N months/years from issue" ends on the day
 *   before the anniversary — the date printed on endorsements and permits (issued 2024-03-06,
 *   3 months → valid through 2024-06-05). A missing anniversary (31 January + 1 month, 29
 *   February + 1 year) rolls forward to the first of the next month, so the endorsement is valid
 *   through the end of the shorter month (`expiryDate` of src/documents/expiry-date.ts, rule
 *   `day-before-anniversary-roll-forward`).
 * - **Age**: whole years on the application date, the birthday included (「60周岁(含)以上」); a
 *   29 February birthday falls on 1 March in common years (`ageOn` of src/documents/age.ts).
 *
 * @module
 */
import { type CivilDate, formatCivilDate, parseCivilDate } from '../../rules/civil-date.js';
import type { Issue } from '../../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../../rules/zod-issues.js';
import { dateIssue, throwIfAny } from '../checks.js';
import { expiryDate } from '../expiry-date.js';
import { type Validity, validitySchema } from './option.js';

/**
 * Last day of an endorsement issued on `issued` with a validity in months or years (day before
 * the anniversary, a missing anniversary rolling forward). `{ per: 'admission' }` has no end of
 * its own: `undefined`.
 *
 * @throws `ValidationError` listing every problem: a malformed date, a validity that is not
 * `{ months }` (1–120), `{ years }` (1–10) or `{ per: 'admission' }`, an end after 9999-12-31.
 * @example
 * ```ts
 * endorsementEndDate('2024-03-06', { months: 3 }); // '2024-06-05'
 * endorsementEndDate('2024-12-01', { years: 1 });  // '2025-11-30'
 * endorsementEndDate('2024-01-31', { months: 1 }); // '2024-02-29'
 * ```
 */
export function endorsementEndDate(issued: CivilDate, validity: Validity): CivilDate | undefined {
  const issues: Issue[] = [];
  dateIssue(issued, ['issued'], issues);
  const r = validitySchema.safeParse(validity, REPORT_INPUT);
  if (!r.success) issues.push(...issuesOf(r.error, ['validity']));
  throwIfAny(issues, { 'zh-CN': '签注有效期计算的输入无效', en: 'Invalid endorsement end date input' });
  return endOf(issued, r.data as Validity);
}

/**
 * {@link endorsementEndDate} for checked arguments (the option tables' validities).
 *
 * @internal
 * @example
 * ```ts
 * endOf('2024-03-06', { months: 3 }); // '2024-06-05'
 * ```
 */
export function endOf(issued: CivilDate, validity: Validity): CivilDate | undefined {
  if ('per' in validity) return undefined;
  return expiryDate(issued, 'months' in validity ? { months: validity.months } : { years: validity.years });
}

/**
 * The earlier of two dates.
 *
 * @example
 * ```ts
 * earlierOf('2025-01-01', '2024-12-31'); // '2024-12-31'
 * ```
 */
export function earlierOf(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

/**
 * `date` plus `days` days.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 2); // '2024-03-01'
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return formatCivilDate(parseCivilDate(date) + days);
}
