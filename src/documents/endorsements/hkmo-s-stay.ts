/**
 * Stay per entry on a business (S) endorsement: at most 7 days until 2024-05-05, at most 14 days
 * from 2024-05-06 (国家移民管理局, measures of 2024-05-06, item 4).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_HKMO_ENDORSEMENTS, NIA_2024_05_06_MEASURES } from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: days per stay on an S endorsement.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-05-06').value(S_STAY_DAYS); // 14
 * ```
 */
export const S_STAY_DAYS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof S_STAY_DAYS_VALUE>>({
  id: 'endorsement.hkmo.S.stay-days',
  label: { 'zh-CN': '商务签注每次逗留天数', en: 'Business endorsement (S) stay per entry, days' },
  continuous: true,
});

/** The schema of the values of {@link S_STAY_DAYS} (validation reads it; a reader needs only the head). */
export const S_STAY_DAYS_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** S stay per entry by date. */
export const S_STAY_DAYS_DATA: ValueTableData<number> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      to: '2024-05-05',
      value: 7,
      cite: cite(GUIDE_HKMO_ENDORSEMENTS),
      uncertain: '7 days is the figure of 2013–2024 guides and of CNA 2023-02-10; an older guide describes 14 days for an earlier classification.',
    },
    { from: '2024-05-06', value: 14, cite: cite(NIA_2024_05_06_MEASURES, { article: '第四项' }) },
  ],
};
