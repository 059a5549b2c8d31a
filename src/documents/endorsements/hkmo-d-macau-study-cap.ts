/**
 * Cap on the validity of the D endorsement of mainland students at Macau universities: at most
 * 12 months until 2023-05-14; from 2023-05-15 the cap is gone — the endorsement runs for the
 * study period (国家移民管理局, measures of 2023-05-15, item 3). The end is a `null` value: the
 * rule no longer exists.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, NIA_2023_05_15_MEASURES } from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: months cap on Macau students' D endorsements.
 *
 * @example
 * ```ts
 * policyAt(policy, '2023-05-14').value(D_MACAU_STUDY_CAP); // 12
 * policyAt(policy, '2023-05-15').value(D_MACAU_STUDY_CAP); // inForce: false, reason: 'ended'
 * ```
 */
export const D_MACAU_STUDY_CAP = /* @__PURE__ */ valueTableHead<SchemaValue<typeof D_MACAU_STUDY_CAP_VALUE>>({
  id: 'endorsement.hkmo.D.macau-study-cap-months',
  label: { 'zh-CN': '赴澳门就读逗留签注有效期上限（月）', en: 'Cap on Macau students\' D endorsement, months' },
  continuous: true,
});

/** The schema of the values of {@link D_MACAU_STUDY_CAP} (validation reads it; a reader needs only the head). */
export const D_MACAU_STUDY_CAP_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** The cap by date. */
export const D_MACAU_STUDY_CAP_DATA: ValueTableData<number> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    { from: '1986-12-25', to: '2023-05-14', value: 12, cite: cite(NIA_2023_05_15_MEASURES, { article: '第三项', carriedOver: 'The 2023 announcement states the cap it lifted (逗留签注有效期由最长不超过1年调整为与学习期限一致); no earlier instrument setting it was seen.' }), uncertain: 'Since when the 1-year cap applied is not known.' },
    { from: '2023-05-15', value: null, cite: cite(NIA_2023_05_15_MEASURES, { article: '第三项' }) },
  ],
};
