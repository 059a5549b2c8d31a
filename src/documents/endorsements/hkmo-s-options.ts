/**
 * Options of the business (S, 商务) endorsement, by the applicant's business:
 *
 * - staff of an employer filed (备案) with the exit-entry office: 3-month single, 3-month
 *   multiple, 1-year multiple;
 * - staff of an unfiled employer, sole traders (个体工商户): 3-month single;
 * - drivers of designated Guangdong–HK/Macau vehicles: 3-month or 1-year multiple.
 *
 * Some pages say Macau has no 1-year multiple S. The better-supported reading (same set for both,
 * as in the Guangdong and Quanzhou guides) is encoded; the alternative is a what-if:
 * `{ op: 'set', table: 'endorsement.hkmo.S.options', from: …, value: { 'hong-kong': [...], macau: [... without '1y.multi'] } }`
 * (see test/documents/endorsements/what-if.test.ts).
 *
 * @module
 */
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_GUANGDONG_S_2018 } from '../../rules/instruments/index.js';
import { type OptionRule, type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: S options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-05-06').value(S_OPTIONS);
 * ```
 */
export const S_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof S_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.S.options',
  label: { 'zh-CN': '商务签注种类', en: 'Business (S) endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link S_OPTIONS} (validation reads it; a reader needs only the head). */
export const S_OPTIONS_VALUE = optionSetsSchema;

const rules: OptionRule[] = [
  opt('3m.single', { months: 3 }, 'single', { when: { business: ['filed-employer', 'unfiled-employer', 'sole-trader'] } }),
  opt('3m.multi', { months: 3 }, 'multi', { when: { business: ['filed-employer', 'designated-driver'] } }),
  opt('1y.multi', { years: 1 }, 'multi', { when: { business: ['filed-employer', 'designated-driver'] } }),
];

/** S option sets by date. */
export const S_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      value: { 'hong-kong': rules, macau: rules },
      cite: cite(GUIDE_GUANGDONG_S_2018, { carriedOver: 'The 2018 answer describes the option sets as they stood; the sets before it are not verified (see uncertain).' }),
      uncertain: 'Set from the Guangdong department (2018) and provincial guides; some pages exclude the 1-year multiple S for Macau; sets before about 2013 are not verified.',
    },
  ],
};
