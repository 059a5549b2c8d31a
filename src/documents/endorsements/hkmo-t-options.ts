/**
 * Options of the family-visit (T, 探亲) endorsement, by the relative visited (settled, resident,
 * studying or working in HK/Macau):
 *
 * - siblings, (maternal) grandparents, grandchildren: 3-month single, at most 14 days;
 * - spouse, parents, parents-in-law, children, children's spouses: 3-month multiple, all stays
 *   within 90 days of the first entry;
 * - exception — applicant 60 or older (60周岁(含)以上) visiting those close relatives: 1-year
 *   multiple, at most 90 days per stay;
 * - exception — visiting a spouse settled there with whom the applicant has a child under 18:
 *   1-year multiple, 90 days per stay;
 * - exception — special family hardship approved by the provincial office: 1-year multiple,
 *   90 days per stay.
 *
 * Accompanying persons get the main applicant's validity and entries (not modelled: ask for the
 * main applicant). When the 60+ rule started is unknown (FACTS §9 q. 7); older guides describe
 * 1-month and 3-month single endorsements instead.
 *
 * @module
 */
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_HKMO_ENDORSEMENTS } from '../../rules/instruments/index.js';
import { type OptionRule, type OptionSets, type Relation, opt, optionSetsSchema, perEntry } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: T options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-01-01').value(T_OPTIONS);
 * ```
 */
export const T_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof T_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.T.options',
  label: { 'zh-CN': '探亲签注种类', en: 'Family visit (T) endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link T_OPTIONS} (validation reads it; a reader needs only the head). */
export const T_OPTIONS_VALUE = optionSetsSchema;

const close: Relation[] = ['spouse', 'parent', 'parent-in-law', 'child', 'child-in-law'];
const rules: OptionRule[] = [
  opt('extended-family.3m.single', { months: 3 }, 'single', { stay: perEntry(14), when: { relations: ['sibling', 'grandparent', 'grandchild'] } }),
  opt('close-family.3m.multi', { months: 3 }, 'multi', { stay: { kind: 'days-from-first-entry', days: 90 }, when: { relations: close } }),
  opt('senior.1y.multi', { years: 1 }, 'multi', { stay: perEntry(90), when: { relations: close, minAge: 60 } }),
  opt('spouse-with-minor-child.1y.multi', { years: 1 }, 'multi', { stay: perEntry(90), when: { relations: ['spouse'], spouseWithMinorChild: true } }),
  opt('hardship.1y.multi', { years: 1 }, 'multi', {
    stay: perEntry(90),
    when: { relations: [...close, 'sibling', 'grandparent', 'grandchild'], hardshipApproved: true },
  }),
];

/** T option sets by date. */
export const T_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      value: { 'hong-kong': rules, macau: rules },
      cite: cite(GUIDE_HKMO_ENDORSEMENTS),
      uncertain: 'Rule set as published in guides of about 2013–2023; the start of the 60+ 1-year multiple option and of the current set is unknown (older guides: 1-month / 3-month single).',
    },
  ],
};
