/**
 * Options of the stay (D, 逗留) endorsement: multiple entry, valid as long as the admission by the
 * HK/Macau authorities (posting, study, employment, residence, training, dependants), the stay
 * being what that authority permits. The Macau students' cap is in `hkmo-d-macau-study-cap.ts`.
 *
 * @module
 */
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_HKMO_ENDORSEMENTS } from '../../rules/instruments/index.js';
import { type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: D options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2023-05-15').value(D_OPTIONS);
 * ```
 */
export const D_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof D_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.D.options',
  label: { 'zh-CN': '逗留签注种类', en: 'Stay (D) endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link D_OPTIONS} (validation reads it; a reader needs only the head). */
export const D_OPTIONS_VALUE = optionSetsSchema;

const rules = [opt('admission.multi', { per: 'admission' }, 'multi', { stay: { kind: 'per-permission' } })];

/** D option sets by date. */
export const D_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      value: { 'hong-kong': rules, macau: rules },
      cite: cite(GUIDE_HKMO_ENDORSEMENTS),
      uncertain: 'General knowledge of the D endorsement; the start of the D class (older lists: 就业 J, 培训 P, 学习 X …) is not verified.',
    },
  ],
};
