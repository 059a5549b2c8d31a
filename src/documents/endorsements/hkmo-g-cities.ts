/**
 * The individual visit scheme (港澳个人游): the cities whose residents may have G endorsements,
 * by GB/T 2260 prefecture code, with the day each joined. 49 cities by 2007-01-01, 51 from
 * 2024-03-06, 59 from 2024-05-27. Residents of these cities may choose G or L without showing a
 * reason (出入境管理局公告2024年第1号).
 *
 * Corrections against FACTS §2.2: the 2003-07-28 batch is 中山, 东莞, 江门, 佛山 (新华社
 * 2003-08-07; 广州日报 2003-08-27), not 广州/深圳/珠海 (FACTS S42 is wrong on this); Tianjin's
 * 2005-03-01 start is confirmed by the Tianjin exit-entry bureau; the 2006-05-01 batch by 新华社.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../../rules/citation.js';
import { divisionLevel } from '../../rules/divisions.js';
import { type SetMember, type SetTableData, setTableHead } from '../../rules/table.js';
import {
  cite,
  G_2003_08_20,
  G_2003_FIRST_CITIES,
  G_2004_01_01,
  G_2004_MPS,
  G_2005_03_01,
  G_2005_11,
  G_2006_05_01,
  G_2007_01_01,
  NIA_2024_EIGHT_CITIES,
  NIA_2024_XIAN_QINGDAO,
} from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Spec of the G scheme city set; members are prefecture-level GB/T 2260 codes.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-03-06').has(G_CITIES, '610100'); // true
 * ```
 */
export const G_CITIES = /* @__PURE__ */ setTableHead({
  id: 'endorsement.hkmo.G.cities',
  label: { 'zh-CN': '港澳个人旅游签注开放城市', en: 'Individual visit scheme cities (HK/Macau G)' },
  local: true,
});

/** The schema of the members of {@link G_CITIES} (validation reads it; a reader needs only the head). */
export const G_CITIES_MEMBER = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((c) => divisionLevel(c) === 'prefecture', 'expected a prefecture-level GB/T 2260 code'));

const batch = /* @__NO_SIDE_EFFECTS__ */ (from: string, cite: Citation, codes: readonly string[], uncertain?: Readonly<Record<string, string>>): SetMember[] =>
  codes.map((member) => {
    const u = uncertain?.[member];
    return u === undefined ? { member, from, cite } : { member, from, cite, uncertain: u };
  });

/** The scheme cities with their start dates. */
export const G_CITIES_DATA: SetTableData = {
  kind: 'set',
  verifiedThrough: REVIEW_2026.through,
  members: [
    // 东莞, 中山, 江门, 佛山
    ...batch('2003-07-28', cite(G_2003_FIRST_CITIES), ['441900', '442000', '440700', '440600']),
    // 广州, 深圳, 珠海, 惠州
    ...batch('2003-08-20', cite(G_2003_08_20), ['440100', '440300', '440400', '441300'], {
      '441300': 'Huizhou on 2003-08-20 is inferred from the 16-city count of 2004-04-20; no report names it for that day.',
    }),
    // 北京, 上海
    ...batch('2003-09-01', cite(G_2003_FIRST_CITIES), ['110100', '310100']),
    // 汕头, 潮州, 梅州, 肇庆, 清远, 云浮
    ...batch('2004-01-01', cite(G_2004_01_01), ['440500', '445100', '441400', '441200', '441800', '445300']),
    // 湛江, 茂名, 阳江, 揭阳, 汕尾, 河源, 韶关 (all 21 Guangdong cities)
    ...batch('2004-05-01', cite(G_2004_MPS), ['440800', '440900', '441700', '445200', '441500', '441600', '440200']),
    // 南京, 苏州, 无锡, 杭州, 宁波, 台州, 福州 (urban districts only), 厦门, 泉州
    ...batch('2004-07-01', cite(G_2004_MPS), ['320100', '320500', '320200', '330100', '330200', '331000', '350100', '350200', '350500'], {
      '350100': 'Fuzhou joined for its urban districts (市区) only; the county-level cities and counties of Fuzhou are not distinguished here.',
    }),
    // 天津, 重庆
    ...batch('2005-03-01', cite(G_2005_03_01), ['120100', '500100'], {
      '500100': 'Chongqing joined with 15 urban districts only; which later joined is not known; the whole municipality is listed.',
    }),
    // 成都, 济南, 沈阳, 大连
    ...batch('2005-11-01', cite(G_2005_11), ['510100', '370100', '210100', '210200'], {
      '510100': 'Month 2005-11 sourced; the day is not.',
      '370100': 'Month 2005-11 sourced; the day is not.',
      '210100': 'Month 2005-11 sourced; the day is not.',
      '210200': 'Month 2005-11 sourced; the day is not.',
    }),
    // 南昌, 长沙, 南宁, 海口, 贵阳, 昆明
    ...batch('2006-05-01', cite(G_2006_05_01), ['360100', '430100', '450100', '460100', '520100', '530100']),
    // 石家庄, 郑州, 长春, 合肥, 武汉 (49)
    ...batch('2007-01-01', cite(G_2007_01_01), ['130100', '410100', '220100', '340100', '420100'], {
      '130100': 'The 2007-01-01 list is general knowledge (no source lists the five cities).',
      '410100': 'The 2007-01-01 list is general knowledge (no source lists the five cities).',
      '220100': 'The 2007-01-01 list is general knowledge (no source lists the five cities).',
      '340100': 'The 2007-01-01 list is general knowledge (no source lists the five cities).',
      '420100': 'The 2007-01-01 list is general knowledge (no source lists the five cities).',
    }),
    // 西安, 青岛 (51)
    ...batch('2024-03-06', cite(NIA_2024_XIAN_QINGDAO), ['610100', '370200']),
    // 太原, 呼和浩特, 哈尔滨, 拉萨, 兰州, 西宁, 银川, 乌鲁木齐 (59)
    ...batch('2024-05-27', cite(NIA_2024_EIGHT_CITIES), ['140100', '150100', '230100', '540100', '620100', '630100', '640100', '650100']),
  ],
};
