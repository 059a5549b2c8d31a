/**
 * Options of the "other" (Q, 其他) endorsement — medical treatment, funerals, visiting the
 * critically ill, litigation, exams, property, academic exchange, …:
 *
 * - 3-month single or double; 3-month multiple where a special need to travel several times is
 *   accepted (service guides; CNA 2023-02-10: "at most 3 months");
 * - from 2024-05-06, Macau only: 1-year multiple for exhibitions, medical treatment (and one or
 *   two carers) and performances, at any office.
 *
 * Sources conflict (some pages list 1-year single/double Q); the 3-month reading is better
 * supported (CNA quoting the administration in 2023, and the 2024 measure creating a 1-year Q
 * for Macau as new). The alternative is a what-if `set` of this table.
 *
 * @module
 */
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, verbatim, GUIDE_HKMO_ENDORSEMENTS, NIA_2024_05_06_MEASURES } from '../../rules/instruments/index.js';
import { type OptionRule, type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: Q options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-05-06').value(Q_OPTIONS);
 * ```
 */
export const Q_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof Q_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.Q.options',
  label: { 'zh-CN': '其他签注种类', en: 'Other (Q) endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link Q_OPTIONS} (validation reads it; a reader needs only the head). */
export const Q_OPTIONS_VALUE = optionSetsSchema;

const base: OptionRule[] = [
  opt('3m.single', { months: 3 }, 'single'),
  opt('3m.double', { months: 3 }, 'double'),
  opt('3m.multi', { months: 3 }, 'multi', { when: { specialNeed: true } }),
];

/** Q option sets by date. */
export const Q_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      to: '2024-05-05',
      value: { 'hong-kong': base, macau: base },
      cite: cite(GUIDE_HKMO_ENDORSEMENTS, {
        quote: verbatim('可以根据事由签发3个月一次签注、3个月二次签注；有特殊情形确需多次前往香港或者澳门的，可签发3个月多次签注'),
        evidence: { level: 'secondary', url: 'http://bbbaike.com/baike/techan/1249420.html', source: 'a copy of the NIA guide (2023-02)' },
      }),
      uncertain: 'The set is the NIA guide’s (quoted; CNA 2023 agrees); since when it applied is not known, and some older pages list 1-year single/double options.',
    },
    {
      from: '2024-05-06',
      value: {
        'hong-kong': base,
        macau: [...base, opt('1y.multi', { years: 1 }, 'multi', { when: { purposes: ['exhibition', 'medical', 'medical-carer', 'performance'] } })],
      },
      cite: cite(NIA_2024_05_06_MEASURES, { article: '第五项' }),
    },
  ],
};
