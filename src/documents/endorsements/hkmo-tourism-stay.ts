/**
 * Stay per entry on a tourist endorsement (L and G): at most 7 days (新华社 2003-08-07 for G;
 * 出入境管理局公告2024年第1号).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_HKMO_ENDORSEMENTS, G_2003_FIRST_CITIES } from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: days per stay on an L or G endorsement.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-03-06').value(TOURISM_STAY_DAYS); // 7
 * ```
 */
export const TOURISM_STAY_DAYS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TOURISM_STAY_DAYS_VALUE>>({
  id: 'endorsement.hkmo.tourism.stay-days',
  label: { 'zh-CN': '旅游签注每次逗留天数', en: 'Tourist endorsement (L/G) stay per entry, days' },
  continuous: true,
});

/** The schema of the values of {@link TOURISM_STAY_DAYS} (validation reads it; a reader needs only the head). */
export const TOURISM_STAY_DAYS_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** Stay per entry on L/G endorsements. */
export const TOURISM_STAY_DAYS_DATA: ValueTableData<number> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    { from: '1986-12-25', to: '2003-07-27', value: 7, cite: cite(GUIDE_HKMO_ENDORSEMENTS), uncertain: 'Group-tour stays before 2003 are not verified.' },
    { from: '2003-07-28', value: 7, cite: cite(G_2003_FIRST_CITIES) },
  ],
};
