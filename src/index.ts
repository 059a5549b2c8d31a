/**
 * churujing (出入境): the rules of mainland China's exit-entry document services as a pure,
 * effective-dated library. This entry holds everything; `churujing/calendar` holds the
 * working-day calendar alone for small browser bundles.
 *
 * @example
 * ```ts
 * import { computeDeadline } from 'churujing';
 * const d = computeDeadline({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
 * d.due; // '2025-02-10'
 * ```
 * @module churujing
 */
export * from './calendar.js';
export { citationSchema } from './rules/citation.js';
export { isDateOrInstant, toShanghaiDate, toShanghaiTime, type Instant, type ShanghaiTime } from './rules/instant.js';
export { deadlineRuleSchema, type DeadlineRule } from './deadlines/deadline-rule.js';
export {
  computeDeadline,
  deadlineInputSchema,
  type Deadline,
  type DeadlineInput,
  type MakeUpDay,
  type SkippedDay,
} from './deadlines/compute-deadline.js';
export { deadlineStatus, type DeadlineStatus, type DeadlineStatusOptions } from './deadlines/deadline-status.js';
