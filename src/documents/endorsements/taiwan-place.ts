/**
 * Where a Taiwan endorsement may be applied for, per type, by date: the hukou city (1991
 * measures, art. 6); the city of a residence permit from 2016-04-01 and any office of the hukou
 * province from 2018-02-01 (not for registered personnel), except settlement (D), which stays at
 * the hukou place; group tours (L) at any office from 2018-09-01; family visits (T) at any county-level
 * office from 2025-11-05 (全国通办).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import type { TaiwanEndorsementType } from './catalogue.js';
import {
  cite,
  verbatim,
  MPS_2016_RESIDENCE_PERMIT,
  MPS_2018_EIGHT_MEASURES,
  NIA_2018_MEASURES,
  NIA_2025_11_MEASURES,
  REG_TAIWAN_1991,
} from '../../rules/instruments/index.js';
import { P, type PlaceRule, placeRuleSchema } from './place.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/** Place rules per Taiwan type. */
export type TaiwanPlaceRules = Readonly<Record<TaiwanEndorsementType, readonly PlaceRule[]>>;

const rules = /* @__PURE__ */ z.array(placeRuleSchema).check(/* @__PURE__ */ z.minLength(1));

/**
 * Spec: place-of-application rules per Taiwan endorsement type.
 *
 * @example
 * ```ts
 * policyAt(policy, '2019-01-01').value(TAIWAN_PLACE).value.L; // [{ where: 'anywhere' }]
 * ```
 */
export const TAIWAN_PLACE = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TAIWAN_PLACE_VALUE>>({
  id: 'endorsement.taiwan.place',
  label: { 'zh-CN': '赴台签注受理地', en: 'Where Taiwan endorsements are applied for' },
  continuous: true,
  local: true,
});

/** The schema of the values of {@link TAIWAN_PLACE} (validation reads it; a reader needs only the head). */
export const TAIWAN_PLACE_VALUE = /* @__PURE__ */ z.strictObject({ L: rules, G: rules, T: rules, D: rules, J: rules, Y: rules, F: rules, X: rules, C: rules, Q: rules });

const all = /* @__NO_SIDE_EFFECTS__ */ (r: readonly PlaceRule[], overrides: Partial<Record<TaiwanEndorsementType, readonly PlaceRule[]>> = {}): TaiwanPlaceRules => ({
  L: r, G: r, T: r, D: [P.hukou], J: r, Y: r, F: r, X: r, C: r, Q: r, ...overrides,
});

/**
 * Business (F) stays out of the 2018 in-province measure: its item 1 ends 「申请赴港澳台个人旅游、
 * 定居、商务等活动的按专门规定办理」 (公安部公告 2018-01-22, as reprinted by 新华网 and sohu.com).
 */
const BUSINESS: readonly PlaceRule[] = [P.hukou, P.residence];
const BUSINESS_NOTE = 'F (business) is not applied for across the province: item 1 of the 2018 measures leaves business, settlement and individual visits to their own rules; F is kept at the hukou city and (from 2016-04-01) the residence-permit city. Whether it may instead be applied for where the employer is filed, as HK/Macau S is, is not verified.';

/** Place rules by date. */
export const TAIWAN_PLACE_DATA: ValueTableData<TaiwanPlaceRules> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    { from: '1992-05-01', to: '2016-03-31', value: all([P.hukou]), cite: cite(REG_TAIWAN_1991, { article: '第六条' }) },
    { from: '2016-04-01', to: '2018-01-31', value: all([P.hukou, P.residence]), cite: cite(MPS_2016_RESIDENCE_PERMIT) },
    { from: '2018-02-01', to: '2018-08-31', value: all([P.hukou, P.residence, P.province], { F: BUSINESS }), cite: cite(MPS_2018_EIGHT_MEASURES, { article: '第一项' }), uncertain: BUSINESS_NOTE },
    {
      from: '2018-09-01',
      to: '2025-11-04',
      value: all([P.hukou, P.residence, P.province], { L: [P.anywhere], F: BUSINESS }),
      cite: cite(NIA_2018_MEASURES, { article: '第二项' }),
      uncertain: `全国通办 of 2019-04-01 and 2023-05-15 named documents and HK/Macau endorsements only (the NIA interpretation of 2023 lists passports, HK/Macau permits with T/L/D/Q, Taiwan permits); no Taiwan endorsement but L was seen to be applied for anywhere before 2025-11-05. ${BUSINESS_NOTE}`,
    },
    {
      from: '2025-11-05',
      value: all([P.hukou, P.residence, P.province], { L: [P.anywhere], T: [P.anywhere], F: BUSINESS }),
      cite: cite(NIA_2025_11_MEASURES, { article: '第二项', quote: verbatim('大陸居民擬往來台灣地區探親的，可向全國任意一個縣級以上公安機關出入境管理機構提交探親簽注申請，申辦手續與戶籍地一致') }),
      uncertain: `The item is read from the announcement as reported in full by 香港01 (2025-11-03, traditional characters); the NIA text itself was not seen. Y/F/Q/X/C stay as before. ${BUSINESS_NOTE}`,
    },
  ],
};
