/**
 * Stay per entry on an "other" (Q) endorsement: at most 14 days (service guides; CNA 2023-02-10).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_HKMO_ENDORSEMENTS } from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: days per stay on a Q endorsement.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-01-01').value(Q_STAY_DAYS); // 14
 * ```
 */
export const Q_STAY_DAYS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof Q_STAY_DAYS_VALUE>>({
  id: 'endorsement.hkmo.Q.stay-days',
  label: { 'zh-CN': '其他签注每次逗留天数', en: 'Other endorsement (Q) stay per entry, days' },
  continuous: true,
});

/** The schema of the values of {@link Q_STAY_DAYS} (validation reads it; a reader needs only the head). */
export const Q_STAY_DAYS_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** Q stay per entry. */
export const Q_STAY_DAYS_DATA: ValueTableData<number> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [{ from: '1986-12-25', value: 14, cite: cite(GUIDE_HKMO_ENDORSEMENTS), uncertain: 'Figure of 2013–2024 guides; earlier not verified.' }],
};
