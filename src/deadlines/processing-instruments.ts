/**
 * The instruments behind the processing time limits, each cited once. The statutes the document
 * tables already cite (护照法, 公安部令第96号, the 实施细则, the 1986 and 1991 办法) are reused from
 * `src/documents/instruments.ts` so that both modules give the same dates. Titles in 〈angle
 * brackets〉 describe measures whose official title was not seen; `note` says where the content
 * was read. The notice, not the mirror, is what is cited.
 *
 * @module
 */
import { RESIDENCE_PERMIT_2016 as E_RESIDENCE_PERMIT_2016 } from '../documents/endorsements/citations.js';
import type { Citation } from '../rules/citation.js';

const read = (where: string): string => `Official text not reached; content as quoted by ${where}.`;

/**
 * The MPS 16 convenience measures of 2014-07-25, exit-entry part, item 「进一步缩短出入境证件办理
 * 时限」: passports and HK/Macau and Taiwan permits within 10 working days, endorsements on a
 * permit already held within 7.
 *
 * @example
 * ```ts
 * MPS_MEASURES_2014.effective; // '2014-07-25'
 * ```
 */
export const MPS_MEASURES_2014: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '〈公安部十六项便民利民措施（出入境管理部分）〉',
  article: '进一步缩短出入境证件办理时限',
  published: '2014-07-24',
  effective: '2014-07-25',
  note:
    '「一般情况下，普通护照、往来港澳通行证、往来台湾通行证的申请不超过10个工作日签发，持往来港澳通行证、往来台湾通行证申请往来港澳、台湾签注不超过7个工作日签发」. ' +
    read('锦州市出入境管理局 (huzhao1.com, 2014-09-13) and the MPS interpretation republished by 上海边检总站 (2014-08-05)'),
});

/**
 * The MPS interpretation of 2014-08-05 of the 2014 measure, which states the limits it replaced:
 * passports 15 calendar days (15个自然日), HK/Macau and Taiwan permits 15 working days, their
 * endorsements 10 working days.
 *
 * @example
 * ```ts
 * MPS_INTERPRETATION_2014.published; // '2014-08-05'
 * ```
 */
export const MPS_INTERPRETATION_2014: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '关于进一步缩短出入境证件办理时限的解读',
  published: '2014-08-05',
  note:
    '「目前……申办普通护照的时限为15个自然日，申办往来港澳通行证、往来台湾通行证的时限为15个工作日，申办往来港澳签注和往来台湾签注的时限为10个工作日」. ' +
    read('上海边检总站网站 (2014-08-05)'),
});

/**
 * 往来港澳通行证和签注受理、审批、签发管理工作规范, art. 5: permit with endorsement within 15
 * working days, endorsement on a permit already held within 10; urgent cases (illness,
 * visiting the critically ill, funerals) handled first; time for checks elsewhere (异地核查)
 * not counted.
 *
 * @example
 * ```ts
 * HKMO_WORK_NORMS.article; // '第五条'
 * ```
 */
export const HKMO_WORK_NORMS: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '往来港澳通行证和签注受理、审批、签发管理工作规范',
  article: '第五条',
  note: 'Undated internal norms in force before 2014-07-25. ' + read('uianet.net (FACTS S55)'),
});

/**
 * 中华人民共和国公安部公告 of 2015-12-28 (materials, time limits and service rules for
 * passports, permits and endorsements), item 10: documents within 10 working days,
 * endorsements within 7.
 *
 * @example
 * ```ts
 * MPS_ANNOUNCEMENT_2015.article; // '第十项（办理时限）'
 * ```
 */
export const MPS_ANNOUNCEMENT_2015: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国公安部公告（公民办理普通护照、往来港澳通行证及签注、往来台湾通行证及签注的申请材料、办理时限和服务要求）',
  article: '第十项（办理时限）',
  url: 'https://www.nia.gov.cn/n741440/n741542/c1015175/content.html',
  published: '2015-12-28',
  effective: '2015-12-28',
  note: '「普通护照、往来港澳通行证及往来台湾通行证在10个工作日内签发；赴港澳地区或者台湾地区签注在7个工作日内签发」 (item 10 as republished by 人民网 2015-12-28 and 广西公安厅).',
});

/**
 * The NIA measures in force from 2018-09-01 (announced at the MPS press conference of
 * 2018-08-28): passports and HK/Macau and Taiwan permits applied for at the hukou place within 7
 * working days; renewal and replacement at any office.
 *
 * @example
 * ```ts
 * NIA_MEASURES_2018.effective; // '2018-09-01'
 * ```
 */
export const NIA_MEASURES_2018: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈国家移民管理局改进服务管理新举措：内地居民在户籍地申办出入境证件7个工作日内办结等5项措施〉',
  published: '2018-08-28',
  effective: '2018-09-01',
  note: '「内地居民在户籍地申办普通护照、往来港澳通行证、往来台湾通行证的签发时限均缩短到7个工作日」; endorsements are not named (they were already at 7 working days). ' + read('press reports of 2018-08-28 (FACTS S31)'),
});

/**
 * The NIA service guide for ordinary passports (普通护照签发, 办事指南) as republished by local
 * governments: 7 working days at the hukou place, 20 days (20日) for cross-province
 * applications, up to 30 working days in remote areas with provincial approval, 5 working days
 * when urgent.
 *
 * @example
 * ```ts
 * NIA_PASSPORT_GUIDE.issuer; // '国家移民管理局'
 * ```
 */
export const NIA_PASSPORT_GUIDE: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈普通护照签发办事指南（办结时限）〉',
  note: '「居民在户籍地……7个工作日内审批签发并制作普通护照。跨省异地申请普通护照的签发时限为20日」. ' + read('local government pages of 2019–2024 (FACTS S16; 元泰/徐州/南阳/银川 reprints)'),
});

/**
 * The NIA service guide for HK/Macau permits and endorsements: permit within 7 working days,
 * endorsement alone within 7, up to 20 working days in remote areas, 20 days (20日) away from
 * the place of permanent residence, urgent cases first (急事急办, no number).
 *
 * @example
 * ```ts
 * NIA_HKMO_GUIDE.issuer; // '国家移民管理局'
 * ```
 */
export const NIA_HKMO_GUIDE: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈往来港澳通行证和签注签发办事指南（办结时限）〉',
  note:
    '「受理往来港澳通行证申请后，应当在7个工作日内予以签发；单独受理签注申请后，应当在7个工作日内予以签发……在非常住户口所在地申请往来港澳通行证、签注的……应当在20日内予以签发」; urgent grounds 「按照急事急办原则，优先审批办理」; 「调查时间不计入承诺领证时限」. ' +
    read('local government and press pages (FACTS S53, S54, S86)'),
});

/**
 * 全国通办 from 2019-04-01 (NIA press conference): any office nationwide, the same materials as at
 * the hukou place, no residence condition.
 *
 * @example
 * ```ts
 * NIA_NATIONWIDE_2019.effective; // '2019-04-01'
 * ```
 */
export const NIA_NATIONWIDE_2019: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈国家移民管理局：出入境证件“全国通办”〉',
  published: '2019-03-26',
  effective: '2019-04-01',
  note: read('央广网 and 新京报 2019-03-26 (FACTS S32)'),
});

/**
 * The MPS announcement of 2013-06-27: from 2013-07-01 residents of 43 cities (31 also for Taiwan
 * documents) may apply away from the hukou place; the hukou-place office still decides, within
 * 30 days.
 *
 * @example
 * ```ts
 * MPS_NON_HUKOU_2013.effective; // '2013-07-01'
 * ```
 */
export const MPS_NON_HUKOU_2013: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '〈公安部公告：43个城市受理非本地户籍人员普通护照申请（31个城市受理往来台湾通行证及签注申请）〉',
  published: '2013-06-27',
  effective: '2013-07-01',
  note: read('南方周末 2013-06-27 and later reprints (FACTS S59)'),
});

/**
 * Residence-permit holders may apply where they live from 2016-04-01 (passports, HK/Macau and
 * Taiwan documents and endorsements), decided within 30 days.
 *
 * @example
 * ```ts
 * RESIDENCE_PERMIT_2016.effective; // '2016-04-01'
 * ```
 */
export const RESIDENCE_PERMIT_2016: Citation = /* @__PURE__ */ Object.freeze({
  ...E_RESIDENCE_PERMIT_2016,
  note: read('a 2016 local reprint (FACTS S61)'),
});

/**
 * 中华人民共和国公安部公告 of 2018-01-22, eight measures from 2018-02-01: item 1, applications at any
 * county-level office of the hukou province (not registered state personnel or serving
 * military), with no residence proof.
 *
 * @example
 * ```ts
 * MPS_IN_PROVINCE_2018.effective; // '2018-02-01'
 * ```
 */
export const MPS_IN_PROVINCE_2018: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国公安部公告（8项出入境便利措施）',
  article: '第一项',
  published: '2018-01-22',
  effective: '2018-02-01',
  note: 'Sets where one may apply, not how long it takes. ' + read('搜狐 reprint of the announcement (FACTS S30)'),
});

/**
 * 中华人民共和国民法通则, art. 154 para. 2: a period counted in days starts the day after the
 * day it begins (开始的当天不算入).
 *
 * @example
 * ```ts
 * CIVIL_PRINCIPLES_1986.article; // '第一百五十四条第二款'
 * ```
 */
export const CIVIL_PRINCIPLES_1986: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '全国人民代表大会',
  title: '中华人民共和国民法通则',
  number: '中华人民共和国主席令第三十七号',
  article: '第一百五十四条第二款',
  published: '1986-04-12',
  effective: '1987-01-01',
  note: 'Repealed by the 民法典 from 2021-01-01.',
});

/**
 * 中华人民共和国民法典, art. 201: a period counted in days starts the day after the day it begins
 * (开始的当日不计入); art. 203 moves a last day that is a holiday to the next working day.
 *
 * @example
 * ```ts
 * CIVIL_CODE_2020.effective; // '2021-01-01'
 * ```
 */
export const CIVIL_CODE_2020: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '全国人民代表大会',
  title: '中华人民共和国民法典',
  number: '中华人民共和国主席令第四十五号',
  article: '第二百零一条',
  published: '2020-05-28',
  effective: '2021-01-01',
});

/**
 * Guangzhou's notice on processing time limits from 2013-07-01: passports 11 → 10 working days,
 * HK/Macau and Taiwan permits 15 → 10, re-endorsements 10 → 5, kiosk re-endorsements (HK/Macau)
 * 10 → 3; online: first issue, renewal and replacement 8, HK/Macau family, business, other and
 * stay re-endorsements and Taiwan re-endorsements 5, HK/Macau individual and group tourist
 * re-endorsements 3.
 *
 * @example
 * ```ts
 * GUANGZHOU_2013.effective; // '2013-07-01'
 * ```
 */
export const GUANGZHOU_2013: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '广州市公安局出入境管理部门',
  title: '〈关于调整出入境证件办理工作时限的通告〉',
  effective: '2013-07-01',
  note: read('the Guangzhou exit-entry guide page of 2013-10-22 (gzbaichu.com, FACTS S57)'),
});

/**
 * Harbin's commitments as reported in October 2014: passports and HK/Macau permits within 7
 * working days, Taiwan permits within 5, HK/Macau tourist re-endorsements 5 → 3.
 *
 * @example
 * ```ts
 * HARBIN_2014.issuer; // '哈尔滨市公安局出入境管理局'
 * ```
 */
export const HARBIN_2014: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '哈尔滨市公安局出入境管理局',
  title: '〈哈尔滨市公安局出入境管理局便民服务措施（新闻报道，2014年10月）〉',
  note: 'Local press report after the 2014 National Day holiday (volumes for three quarters of 2014); no notice number or start date. Not found in any primary source.',
});

/**
 * Xi'an's endorsement commitment of 2014 (5 working days), reported with the national 2014
 * measures.
 *
 * @example
 * ```ts
 * XIAN_2014.issuer; // '西安市公安局出入境管理支队'
 * ```
 */
export const XIAN_2014: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '西安市公安局出入境管理支队',
  title: '〈西安市往来港澳台签注5个工作日办结（2014年）〉',
  note: read('reprints of the 2014-07-25 measures (FACTS S29); 华商报 2018-04-04 confirms 5 working days before 2017'),
});

/**
 * Xi'an's cut of re-endorsements (HK/Macau and Taiwan) from 5 to 3 working days in 2017, as
 * reported by 华商报 on 2018-04-04.
 *
 * @example
 * ```ts
 * XIAN_2017.published; // '2018-04-04'
 * ```
 */
export const XIAN_2017: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '西安市公安局出入境管理支队',
  title: '〈西安市再次申请往来港澳台签注办理时限由5个工作日缩短为3个工作日（2017年）〉',
  published: '2018-04-04',
  note: '「2017年，西安市已将再次申请往来港澳台签注办理时限由5个工作日缩短为3个工作日办结」. ' + read('华商报 2018-04-04 (yybnet.net)'),
});

/**
 * Urgent applications for Taiwan permits and endorsements: the same grounds as for HK/Macau
 * (plus others the province accepts) are handled first, without a number of days.
 *
 * @example
 * ```ts
 * TAIWAN_URGENT_PRACTICE.issuer; // '公安部'
 * ```
 */
export const TAIWAN_URGENT_PRACTICE: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '〈往来台湾通行证和签注急事急办（优先审批）〉',
  note: 'Seen only in an unattributed excerpt (FACTS §4.3); no instrument, number or date seen.',
});
