/**
 * Options of the individual-visit (G) endorsement per destination.
 *
 * - 2003-07-28: 3 months, one or two trips, to HK and Macau alike (新华社 2003-08-07).
 * - By 2009-04-01 1-year options existed (China Daily 2009-04-01: Shenzhen residents "could only
 *   apply for a double-entry visa lasting three months to a year"); the date they were added is
 *   not found, so the change is placed on the first date they are attested — flagged.
 * - Current set (出入境管理局公告2024年第1号): HK 3-month single/double, 1-year single/double;
 *   Macau 3-month single, 1-year single. When Macau lost its double options is not known either.
 *
 * City regimes (Shenzhen multi-entry, 一周一行 …) are in `hkmo-g-city-regimes.ts`.
 *
 * @module
 */
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, G_2003_FIRST_CITIES, NIA_2024_XIAN_QINGDAO } from '../../rules/instruments/index.js';
import { type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: G options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-03-06').value(G_OPTIONS);
 * ```
 */
export const G_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof G_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.G.options',
  label: { 'zh-CN': '个人旅游签注种类', en: 'Individual visit (G) endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link G_OPTIONS} (validation reads it; a reader needs only the head). */
export const G_OPTIONS_VALUE = optionSetsSchema;

const threeMonths = [opt('3m.single', { months: 3 }, 'single'), opt('3m.double', { months: 3 }, 'double')];

/** G option sets by date. */
export const G_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '2003-07-28',
      to: '2009-03-31',
      value: { 'hong-kong': threeMonths, macau: threeMonths },
      cite: cite(G_2003_FIRST_CITIES),
      uncertain: '1-year options are attested by 2009-04-01 but may have been added earlier; the 2003 reports name only 3-month single/double.',
    },
    {
      from: '2009-04-01',
      value: {
        'hong-kong': [...threeMonths, opt('1y.single', { years: 1 }, 'single'), opt('1y.double', { years: 1 }, 'double')],
        macau: [opt('3m.single', { months: 3 }, 'single'), opt('1y.single', { years: 1 }, 'single')],
      },
      cite: cite(NIA_2024_XIAN_QINGDAO, { carriedOver: 'The 2024 announcement lists the options; they are attested from 2009-04-01 (China Daily), the start used here (see uncertain).' }),
      uncertain: 'Set as listed in 2024; start placed on the first date 1-year G options are attested (China Daily 2009-04-01); when Macau dropped the double options is not known.',
    },
  ],
};
