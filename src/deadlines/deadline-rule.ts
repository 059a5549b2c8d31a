/**
 * Deadline rules as data.
 *
 * @module
 */
import * as z from 'zod/mini';
import { citationSchema } from '../rules/citation.js';

/**
 * Schema of a {@link DeadlineRule}.
 *
 * @example
 * ```ts
 * deadlineRuleSchema.parse({ unit: 'working-days', count: 7, cutoff: '16:30' });
 * ```
 */
export const deadlineRuleSchema = /* @__PURE__ */ z.strictObject({
  /**
   * `working-days`: counting starts the day after the (received) start day; the start day never
   * counts, and a start on a non-working day counts from the next working day.
   * `calendar-days`: counted the same way in calendar days; when the last day is not a
   * working day the deadline moves to the next working day (民法典 art. 203).
   */
  unit: /* @__PURE__ */ z.enum(['working-days', 'calendar-days']),
  /** 0 means the start day itself, or the next working day when it is not one. */
  count: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(3660)),
  /** `HH:mm` in Asia/Shanghai: an instant at or after it counts as received the next day. */
  cutoff: /* @__PURE__ */ z.optional(/* @__PURE__ */ z
    .string().check(/* @__PURE__ */ z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm (00:00–23:59)'))),
  /** The instrument that sets the limit. */
  cite: /* @__PURE__ */ z.optional(citationSchema),
});

/**
 * A processing limit: so many working or calendar days, an optional daily cut-off, and the
 * citation that sets it.
 *
 * @example
 * ```ts
 * const passportLaw: DeadlineRule = {
 *   unit: 'calendar-days',
 *   count: 15,
 *   cite: { issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法', article: '第六条' },
 * };
 * ```
 */
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
