/**
 * Whether a residence permit (居住证) of a scheme city lets a non-hukou resident have a G
 * endorsement there. National baseline: no until 2016-03-31; yes from 2016-04-01, when
 * residence-permit holders could apply for HK/Macau endorsements where they live (Shenzhen's
 * 1-year multiple G excepted — that is the city regime's own eligibility). The 2024
 * announcements name "户籍居民以及居住证持有人" explicitly.
 *
 * Earlier local arrangements (e.g. Guangdong's six-city scheme of 2012-09-01 for employed
 * non-hukou residents) are local measures: a city sets this table for itself.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, G_2004_MPS, MPS_2016_RESIDENCE_PERMIT } from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: residence-permit holders eligible for G (boolean; local measures may override).
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-03-06', { division: '610100' }).value(G_RESIDENCE_PERMIT); // { value: true, … }
 * ```
 */
export const G_RESIDENCE_PERMIT = /* @__PURE__ */ valueTableHead<SchemaValue<typeof G_RESIDENCE_PERMIT_VALUE>>({
  id: 'endorsement.hkmo.G.residence-permit',
  label: { 'zh-CN': '居住证持有人可办理个人旅游签注', en: 'Residence-permit holders eligible for G' },
  continuous: true,
  local: true,
});

/** The schema of the values of {@link G_RESIDENCE_PERMIT} (validation reads it; a reader needs only the head). */
export const G_RESIDENCE_PERMIT_VALUE = /* @__PURE__ */ z.boolean();

/** National baseline of residence-permit eligibility for G. */
export const G_RESIDENCE_PERMIT_DATA: ValueTableData<boolean> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '2003-07-28',
      to: '2016-03-31',
      value: false,
      cite: cite(G_2004_MPS, { carriedOver: 'The 2004 MPS statement says applicants apply where their hukou is (常住户口所在地), as since the scheme began in 2003.' }),
      uncertain: 'The 2004 MPS statement says applicants apply where their hukou is (常住户口所在地); local exceptions before 2016 are not catalogued.',
    },
    {
      from: '2016-04-01',
      value: true,
      cite: cite(MPS_2016_RESIDENCE_PERMIT),
      uncertain: 'Start of permit-holder eligibility per city is not documented; 2016-04-01 is the national measure (confirmed for the new cities by the 2024 announcements).',
    },
  ],
};
