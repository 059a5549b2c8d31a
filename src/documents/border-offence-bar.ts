/**
 * The bar after a border offence (妨害国（边）境管理) or a repatriation: 护照法 art. 14 — no
 * passport for six months to three years from the end of the sentence or the return. The
 * authority fixes the length inside that range; the host system may supply it.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type CivilDate, civilFromDays, daysFromCivil, daysInMonth, formatCivilDate, parseCivilDate } from '../rules/civil-date.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { dateIssue, integerIssue, issue, throwIfAny } from './checks.js';
import { civilDateSchema } from '../rules/period.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type ValueTableData, defineValueTable } from '../rules/table.js';
import { VERIFIED_THROUGH } from './document-form.js';
import { cite, verbatim, LAW_PASSPORT } from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { deepFreeze } from '../rules/snapshot.js';

/**
 * Schema of the bar's range in months.
 *
 * @example
 * ```ts
 * borderOffenceBarSchema.parse({ minMonths: 6, maxMonths: 36 });
 * ```
 */
export const borderOffenceBarSchema = /* @__PURE__ */ z.strictObject({ minMonths: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()), maxMonths: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()) }).check(/* @__PURE__ */ z.refine((b) => b.minMonths <= b.maxMonths, 'minMonths must not exceed maxMonths'));

/**
 * The table of the bar's range (`document.border-offence-bar`), national only.
 *
 * @example
 * ```ts
 * policyAt(policy, '2025-01-01').value(BORDER_OFFENCE_BAR); // in force, value { minMonths: 6, maxMonths: 36 } (护照法 art. 14)
 * ```
 */
export const BORDER_OFFENCE_BAR = defineValueTable({
  id: 'document.border-offence-bar',
  label: { 'zh-CN': '妨害国（边）境管理或被遣返后不予签发期限', en: 'Bar after a border offence or repatriation' },
  value: borderOffenceBarSchema,
  continuous: true,
});

/**
 * National data of {@link BORDER_OFFENCE_BAR}.
 *
 * @example
 * ```ts
 * BORDER_OFFENCE_BAR_NATIONAL['document.border-offence-bar']?.entries[0]?.from; // '2007-01-01'
 * ```
 */
export const BORDER_OFFENCE_BAR_NATIONAL: Readonly<Record<string, ValueTableData<z.infer<typeof borderOffenceBarSchema>>>> = deepFreeze({
  'document.border-offence-bar': {
    kind: 'value',
    verifiedThrough: VERIFIED_THROUGH,
    entries: [
      {
        from: '2007-01-01',
        value: { minMonths: 6, maxMonths: 36 },
        cite: cite(LAW_PASSPORT, { article: '第十四条', quote: verbatim('自其刑罚执行完毕或者被遣返回国之日起六个月至三年以内不予签发普通护照。') }),
      },
    ],
  },
});

/**
 * Schema of the host's facts about a border offence: the day the sentence ended or the
 * person was repatriated, and the bar the authority fixed, if it did (months).
 *
 * @example
 * ```ts
 * borderOffenceSchema.parse({ endedOn: '2024-03-10', barMonths: 12 });
 * ```
 */
export const borderOffenceSchema = /* @__PURE__ */ z.strictObject({ endedOn: civilDateSchema, barMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())) });

/**
 * The host's facts about a border offence.
 *
 * @example
 * ```ts
 * const b: BorderOffence = { endedOn: '2024-03-10' };
 * ```
 */
export type BorderOffence = z.infer<typeof borderOffenceSchema>;

/**
 * The last day of a period of `months` counted 「自…之日起」: the start day does not count and
 * the period ends on the corresponding day of the last month, or on that month's last day when
 * it has no such day (民法典 arts. 201–202; 民法通则 art. 154 before 2021). Ended 2024-03-10,
 * six months → last day 2024-09-10.
 *
 * @throws `InvalidDateError` for a malformed date; `ValidationError` listing every problem:
 * `months` not a whole number from 1 to 1200, a last day after 9999-12-31.
 * @example
 * ```ts
 * lastDayOfPeriod('2024-08-31', 6); // '2025-02-28'
 * ```
 */
export function lastDayOfPeriod(start: CivilDate, months: number): CivilDate {
  const issues: Issue[] = [];
  const known = dateIssue(start, ['start'], issues);
  if (integerIssue(months, ['months'], 1, 1200, issues) && known && Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months >= 10000 * 12) {
    issues.push(issue(['months'], 'out-of-range', `${start} plus ${months} months ends after 9999-12-31`, `${start}加${months}个月晚于9999-12-31`));
  }
  throwIfAny(issues, { 'zh-CN': '期间计算的输入无效', en: 'Invalid period input' });
  return lastDayOf(start, months);
}

/** {@link lastDayOfPeriod} for checked arguments; a period past the calendar's end is clamped to 9999-12-31 (later than any date it is compared with). */
function lastDayOf(start: CivilDate, months: number): CivilDate {
  const [y, m, d] = civilFromDays(parseCivilDate(start, ['endedOn']));
  const index = y * 12 + (m - 1) + months;
  if (index >= 10000 * 12) return '9999-12-31';
  const ly = Math.floor(index / 12);
  const lm = (index % 12) + 1;
  return formatCivilDate(daysFromCivil(ly, lm, Math.min(d, daysInMonth(ly, lm))));
}

/**
 * The reason the bar gives on the view's date, if any: barred (through the fixed length, or
 * through the minimum when none was fixed), possibly barred (past the minimum, inside the
 * maximum, no length fixed), or nothing. `kind` picks the refusal or the exit-ban code; the
 * reason carries `cite`, the ground's citation.
 *
 * @throws `ValidationError` when `barMonths` lies outside the range in force.
 * @internal
 */
export function borderOffenceReason(view: PolicyView, offence: BorderOffence, kind: 'refusal' | 'exit-ban', path: readonly PropertyKey[], cite: Citation): DocumentReason | undefined {
  const r = view.value(BORDER_OFFENCE_BAR);
  if (!r.inForce) return undefined;
  const { minMonths, maxMonths } = r.value;
  const { endedOn, barMonths } = offence;
  if (barMonths !== undefined && (barMonths < minMonths || barMonths > maxMonths)) {
    throw new ValidationError({ 'zh-CN': '妨害国（边）境管理的不予签发期限无效', en: 'Invalid border-offence bar' }, [
      issue([...path, 'barMonths'], 'bar-out-of-range', `barMonths ${barMonths} is outside the range in force (${minMonths}–${maxMonths} months)`, `barMonths ${barMonths}超出现行规定的期限（${minMonths}至${maxMonths}个月）`),
    ]);
  }
  const date = view.date;
  const bar = kind === 'refusal' ? ('document.refusal.border-offence-bar' as const) : ('document.exit-ban.border-offence-bar' as const);
  const possible = kind === 'refusal' ? ('document.refusal.border-offence-bar-possible' as const) : ('document.exit-ban.border-offence-bar-possible' as const);
  const minUntil = lastDayOf(endedOn, barMonths ?? minMonths);
  if (date <= minUntil) return reasonOf(bar, { endedOn, until: minUntil }, cite);
  if (barMonths !== undefined) return undefined;
  const maxUntil = lastDayOf(endedOn, maxMonths);
  if (date <= maxUntil) return reasonOf(possible, { endedOn, minUntil, maxUntil }, cite);
  return undefined;
}
