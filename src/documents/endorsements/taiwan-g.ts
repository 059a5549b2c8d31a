/**
 * Taiwan individual travel (赴台个人游): the pilot cities by batch (47 by 2015-04-15), the stay
 * (at most 15 days from the day after entry) and whether a residence permit of a pilot city
 * suffices (nationally no — "hukou residents"; some cities accepted non-hukou residents, which is
 * a local measure of that city).
 *
 * The 2019-08-01 suspension ends the G *option rule* (`taiwan-options.ts`), not the cities'
 * membership: the list keeps its history, and a resumption is one change.
 *
 * Three tables, one module: they are read together.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../../rules/citation.js';
import { divisionLevel } from '../../rules/divisions.js';
import { type SetMember, type SetTableData, type ValueTableData, valueTableHead, type SchemaValue, setTableHead } from '../../rules/table.js';
import {
  cite,
  TAIWAN_INDIVIDUAL_2011,
  TAIWAN_INDIVIDUAL_2012,
  TAIWAN_INDIVIDUAL_2013,
  TAIWAN_INDIVIDUAL_2014,
  TAIWAN_INDIVIDUAL_2015,
} from '../../rules/instruments/index.js';

/**
 * Spec: Taiwan individual-travel pilot cities (prefecture codes).
 *
 * @example
 * ```ts
 * policyAt(policy, '2015-04-15').members(TAIWAN_G_CITIES).length; // 47
 * ```
 */
export const TAIWAN_G_CITIES = /* @__PURE__ */ setTableHead({
  id: 'endorsement.taiwan.G.cities',
  label: { 'zh-CN': '大陆居民赴台个人游试点城市', en: 'Taiwan individual-travel pilot cities' },
  local: true,
});

/** The schema of the members of {@link TAIWAN_G_CITIES} (validation reads it; a reader needs only the head). */
export const TAIWAN_G_CITIES_MEMBER = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((c) => divisionLevel(c) === 'prefecture', 'expected a prefecture-level GB/T 2260 code'));

const batch = /* @__NO_SIDE_EFFECTS__ */ (from: string, cite: Citation, codes: readonly string[]): SetMember[] => codes.map((member) => ({ member, from, cite }));

/** Pilot cities by batch. */
export const TAIWAN_G_CITIES_DATA: SetTableData = {
  kind: 'set',
  verifiedThrough: '2025-11-30',
  members: [
    // 1: 北京, 上海, 厦门
    ...batch('2011-06-28', cite(TAIWAN_INDIVIDUAL_2011), ['110100', '310100', '350200']),
    // 2a: 天津, 重庆, 南京, 杭州, 广州, 成都
    ...batch('2012-04-28', cite(TAIWAN_INDIVIDUAL_2012), ['120100', '500100', '320100', '330100', '440100', '510100']),
    // 2b: 济南, 西安, 福州, 深圳
    ...batch('2012-08-28', cite(TAIWAN_INDIVIDUAL_2012), ['370100', '610100', '350100', '440300']),
    // 3a: 沈阳, 郑州, 武汉, 苏州, 宁波, 青岛
    ...batch('2013-06-28', cite(TAIWAN_INDIVIDUAL_2013, { article: '第一阶段' }), ['210100', '410100', '420100', '320500', '330200', '370200']),
    // 3b: 石家庄, 长春, 合肥, 长沙, 南宁, 昆明, 泉州
    ...batch('2013-08-28', cite(TAIWAN_INDIVIDUAL_2013, { article: '第二阶段' }), ['130100', '220100', '340100', '430100', '450100', '530100', '350500']),
    // 4: 哈尔滨, 太原, 南昌, 贵阳, 大连, 无锡, 温州, 中山, 烟台, 漳州
    ...batch('2014-08-18', cite(TAIWAN_INDIVIDUAL_2014), ['230100', '140100', '360100', '520100', '210200', '320200', '330300', '442000', '370600', '350600']),
    // 5: 海口, 呼和浩特, 兰州, 银川, 常州, 舟山, 惠州, 威海, 龙岩, 桂林, 徐州 (47)
    ...batch('2015-04-15', cite(TAIWAN_INDIVIDUAL_2015), ['460100', '150100', '620100', '640100', '320400', '330900', '441300', '371000', '350800', '450300', '320300']),
  ],
};

/**
 * Spec: days in Taiwan on a G endorsement (from the day after entry).
 *
 * @example
 * ```ts
 * policyAt(policy, '2012-01-01').value(TAIWAN_G_STAY_DAYS); // 15
 * ```
 */
export const TAIWAN_G_STAY_DAYS = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TAIWAN_G_STAY_DAYS_VALUE>>({
  id: 'endorsement.taiwan.G.stay-days',
  label: { 'zh-CN': '赴台个人游在台停留天数', en: 'Taiwan individual travel: days in Taiwan' },
  continuous: true,
});

/** The schema of the values of {@link TAIWAN_G_STAY_DAYS} (validation reads it; a reader needs only the head). */
export const TAIWAN_G_STAY_DAYS_VALUE = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/** Stay on Taiwan G. */
export const TAIWAN_G_STAY_DAYS_DATA: ValueTableData<number> = {
  kind: 'value',
  verifiedThrough: '2025-11-30',
  entries: [{ from: '2011-06-28', value: 15, cite: cite(TAIWAN_INDIVIDUAL_2011) }],
};

/**
 * Spec: whether a pilot city's residence permit suffices for Taiwan G (local measures may say yes).
 *
 * @example
 * ```ts
 * policyAt(policy, '2015-01-01', { division: '110100' }).value(TAIWAN_G_RESIDENCE_PERMIT); // false
 * ```
 */
export const TAIWAN_G_RESIDENCE_PERMIT = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TAIWAN_G_RESIDENCE_PERMIT_VALUE>>({
  id: 'endorsement.taiwan.G.residence-permit',
  label: { 'zh-CN': '居住证持有人可办理赴台个人旅游签注', en: 'Residence-permit holders eligible for Taiwan G' },
  continuous: true,
  local: true,
});

/** The schema of the values of {@link TAIWAN_G_RESIDENCE_PERMIT} (validation reads it; a reader needs only the head). */
export const TAIWAN_G_RESIDENCE_PERMIT_VALUE = /* @__PURE__ */ z.boolean();

/** National baseline: hukou residents only. */
export const TAIWAN_G_RESIDENCE_PERMIT_DATA: ValueTableData<boolean> = {
  kind: 'value',
  verifiedThrough: '2025-11-30',
  entries: [
    {
      from: '2011-06-28',
      value: false,
      cite: cite(TAIWAN_INDIVIDUAL_2011),
      uncertain: 'Some pilot cities accepted non-hukou residents (民航资源网 2019-07-31: "在开放异地户籍办理的城市"); which ones is not known.',
    },
  ],
};
