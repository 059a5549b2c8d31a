/**
 * Options of the group-tour (L) endorsement per destination: HK 3-month single/double and
 * 1-year single/double; Macau 3-month single and 1-year single (service guides, FACTS S84; the
 * Macau set is less well attested). Holders must travel with the group.
 *
 * @module
 */
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, GUIDE_HKMO_ENDORSEMENTS } from '../../rules/instruments/index.js';
import { type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: L options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2023-05-15').value(L_OPTIONS);
 * ```
 */
export const L_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof L_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.L.options',
  label: { 'zh-CN': '团队旅游签注种类', en: 'Group tour (L) endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link L_OPTIONS} (validation reads it; a reader needs only the head). */
export const L_OPTIONS_VALUE = optionSetsSchema;

/** L option sets by date. */
export const L_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      value: {
        'hong-kong': [
          opt('3m.single', { months: 3 }, 'single'),
          opt('3m.double', { months: 3 }, 'double'),
          opt('1y.single', { years: 1 }, 'single'),
          opt('1y.double', { years: 1 }, 'double'),
        ],
        macau: [opt('3m.single', { months: 3 }, 'single'), opt('1y.single', { years: 1 }, 'single')],
      },
      cite: cite(GUIDE_HKMO_ENDORSEMENTS),
      uncertain: 'Option set as described by service guides of about 2013–2024; earlier sets are not verified; the Macau set is attested only by low-quality pages.',
    },
  ],
};
