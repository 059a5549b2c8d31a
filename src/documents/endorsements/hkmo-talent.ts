/**
 * The talent endorsement (人才签注; letter unconfirmed — keyed `talent`): options by category,
 * stay per entry, and the areas where it is issued.
 *
 * - Categories and validity (multiple entry, HK and Macau separately or both): outstanding
 *   (杰出) 5 years; research (科研), education (文教), health (卫健) 3 years; legal (法律) and
 *   other (其他; 管理 in the 2024 wording) 1 year. At most 30 days per stay.
 * - Areas: the nine mainland Greater Bay Area cities from 2023-02-20; Beijing and Shanghai from
 *   2024-05-06; Tianjin, Hebei, Jiangsu, Zhejiang, Anhui from 2025-11-05 (also "all free-trade
 *   zones", which are not GB/T 2260 divisions and are left out; a what-if can add a division).
 * - Place: at the office of the place of work; outstanding talent at any office of the area
 *   (`hkmo-place.ts`).
 *
 * These are three legal quantities in three tables, kept in one module because they are read
 * together.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isDivisionCode } from '../../rules/divisions.js';
import { type SetTableData, type ValueTableData, valueTableHead, type SchemaValue, setTableHead } from '../../rules/table.js';
import { cite, NIA_2023_TALENT, NIA_2024_05_06_MEASURES, NIA_2025_11_MEASURES } from '../../rules/instruments/index.js';
import { type OptionRule, type OptionSets, opt, optionSetsSchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec: talent options per destination.
 *
 * @example
 * ```ts
 * policyAt(policy, '2023-02-20').value(TALENT_OPTIONS);
 * ```
 */
export const TALENT_OPTIONS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TALENT_OPTIONS_VALUE>>({
  id: 'endorsement.hkmo.talent.options',
  label: { 'zh-CN': '人才签注种类', en: 'Talent endorsement options' },
  continuous: true,
});

/** The schema of the values of {@link TALENT_OPTIONS} (validation reads it; a reader needs only the head). */
export const TALENT_OPTIONS_VALUE = optionSetsSchema;

const rules: OptionRule[] = [
  opt('outstanding.5y.multi', { years: 5 }, 'multi', { when: { talent: ['outstanding'] } }),
  opt('specialist.3y.multi', { years: 3 }, 'multi', { when: { talent: ['research', 'education', 'health'] } }),
  opt('legal-other.1y.multi', { years: 1 }, 'multi', { when: { talent: ['legal', 'other'] } }),
];

/** Talent option sets by date. */
export const TALENT_OPTIONS_DATA: ValueTableData<OptionSets> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [{ from: '2023-02-20', value: { 'hong-kong': rules, macau: rules }, cite: cite(NIA_2023_TALENT) }],
};

/**
 * Spec: days per stay on a talent endorsement.
 *
 * @example
 * ```ts
 * policyAt(policy, '2023-02-20').value(TALENT_STAY_DAYS); // 30
 * ```
 */
export const TALENT_STAY_DAYS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TALENT_STAY_DAYS_VALUE>>({
  id: 'endorsement.hkmo.talent.stay-days',
  label: { 'zh-CN': '人才签注每次逗留天数', en: 'Talent endorsement stay per entry, days' },
  continuous: true,
});

/** The schema of the values of {@link TALENT_STAY_DAYS} (validation reads it; a reader needs only the head). */
export const TALENT_STAY_DAYS_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** Talent stay per entry. */
export const TALENT_STAY_DAYS_DATA: ValueTableData<number> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [{ from: '2023-02-20', value: 30, cite: cite(NIA_2023_TALENT) }],
};

/**
 * Spec: divisions (provinces or prefectures) where the talent endorsement is issued.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-05-06').has(TALENT_AREAS, '310000'); // true
 * ```
 */
export const TALENT_AREAS = /* @__PURE__ */ setTableHead({
  id: 'endorsement.hkmo.talent.areas',
  label: { 'zh-CN': '人才签注实施地区', en: 'Areas issuing talent endorsements' },
  local: true,
});

/** The schema of the members of {@link TALENT_AREAS} (validation reads it; a reader needs only the head). */
export const TALENT_AREAS_MEMBER = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((c) => isDivisionCode(c), 'expected a catalogued GB/T 2260 province or prefecture'));

const gba = ['440100', '440300', '440400', '440600', '441300', '441900', '442000', '440700', '441200'];

/** Talent areas by date. */
export const TALENT_AREAS_DATA: SetTableData = {
  kind: 'set',
  verifiedThrough: REVIEW_2026.through,
  members: [
    // 广州, 深圳, 珠海, 佛山, 惠州, 东莞, 中山, 江门, 肇庆
    ...gba.map((member) => ({ member, from: '2023-02-20', cite: cite(NIA_2023_TALENT) })),
    // 北京, 上海
    ...['110000', '310000'].map((member) => ({ member, from: '2024-05-06', cite: cite(NIA_2024_05_06_MEASURES, { article: '第三项' }) })),
    // 天津, 河北, 江苏, 浙江, 安徽
    ...['120000', '130000', '320000', '330000', '340000'].map((member) => ({ member, from: '2025-11-05', cite: cite(NIA_2025_11_MEASURES) })),
  ],
};
