/**
 * Minimum validity a permit must have left for an endorsement to be accepted, in days. Some
 * guides say no endorsement is accepted when the permit has three months or less left (FACTS
 * §1.3); no official source was found, so the national table is **empty** (no such rule). A
 * policy that holds the rule sets it: `{ op: 'set', table: 'endorsement.permit.min-remaining-days', from: '2014-09-15', value: 92, cite: … }`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: days a permit must have left (the endorsement's issue day excluded) for an endorsement.
 *
 * @example
 * ```ts
 * policyAt(policy, '2025-01-01').value(PERMIT_MIN_REMAINING_DAYS); // inForce: false (no rule)
 * ```
 */
export const PERMIT_MIN_REMAINING_DAYS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof PERMIT_MIN_REMAINING_DAYS_VALUE>>({
  id: 'endorsement.permit.min-remaining-days',
  label: { 'zh-CN': '申请签注时通行证剩余有效期下限（天）', en: 'Minimum permit validity left for an endorsement, days' },
  local: true,
});

/** The schema of the values of {@link PERMIT_MIN_REMAINING_DAYS} (validation reads it; a reader needs only the head). */
export const PERMIT_MIN_REMAINING_DAYS_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** National baseline: no minimum. */
export const PERMIT_MIN_REMAINING_DAYS_DATA: ValueTableData<number> = { kind: 'value', verifiedThrough: REVIEW_2026.through, entries: [] };
