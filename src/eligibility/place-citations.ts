/**
 * The instruments behind the place, channel and kiosk tables, each once. Where the official
 * text was not reached, `note` says where its content was read (a reprint quoting the notice
 * with its date); the notice is what is cited. Titles in 〈angle brackets〉 describe a notice
 * whose official title was not seen.
 *
 * @module
 */
import { NIA_2023_0515 as E_NIA_2023_0515, NIA_2024_0506 as E_NIA_2024_0506, SUSPENSION_2020 as E_SUSPENSION_2020, TAIWAN_SUSPENSION_2019 as E_TAIWAN_SUSPENSION_2019, TALENT_2023 as E_TALENT_2023 } from '../documents/endorsements/citations.js';
import type { Citation } from '../rules/citation.js';

/**
 * The citation with an article (or item, 项) and optionally a note of its own.
 *
 * @internal
 * @example
 * ```ts
 * item(NIA_2024_0506, '第一项').article; // '第一项'
 * ```
 */
export function item(base: Citation, article: string, note?: string): Citation {
  return Object.freeze(note === undefined ? { ...base, article } : { ...base, article, note });
}

/**
 * MPS announcement of 2012-08-22: from 2012-09-01 non-hukou employed persons (social insurance
 * or income tax paid in the city for at least a year) and university students in six cities
 * may apply there for passports and HK/Macau and Taiwan permits (and endorsements).
 *
 * @example
 * ```ts
 * MPS_SIX_CITIES_2012.effective; // '2012-09-01'
 * ```
 */
export const MPS_SIX_CITIES_2012: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '〈公安部关于在北京、天津、上海、重庆、广州、深圳6个城市实施非本市户籍人员就近申办出入境证件的便民措施〉',
  published: '2012-08-22',
  effective: '2012-09-01',
  note: 'Announced on the MPS website 2012-08-22, as reported by Economic Observer (2012-08-22), Shanghai Daily (2012-08-23) and SCMP (2012-08-24): passports and HK/Macau/Taiwan permits; employed applicants show one year of social insurance or income tax in the city, students a certificate of enrolment; spouses and children still apply at home; hukou-place office approves, issue within 30 days. A service guide adds that registered state personnel must apply at their hukou place.',
});

/**
 * MPS announcement of 2013-06-27 (非户籍地居民就近办理出入境证件的便民利民措施), from 2013-07-01.
 *
 * @example
 * ```ts
 * MPS_NEARBY_2013.published; // '2013-06-27'
 * ```
 */
export const MPS_NEARBY_2013: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国公安部公告（非户籍地居民就近办理出入境证件的便民利民措施）',
  published: '2013-06-27',
  effective: '2013-07-01',
  note: 'Annex item 1: passports in 43 cities, Taiwan permits and endorsements in 31 of them, for out-of-town spouses and children under 16 of local hukou residents and for employed (one year of social insurance) or studying residents; item 2: residents aged 60 or over after 6 months; item 3: renewal/replacement of passports and Taiwan permits and same-type Taiwan re-endorsements after 6 months. Read from a reprint of the announcement with its annex and 新民晚报 2013-06-28 (chinanews.com).',
});

/**
 * The 2012-01-01 MPS scheme of in-province nearby applications (省内就近办理) in some provinces,
 * after a year's residence, as described in the 2018 interpretation; and Shanxi's notice
 * implementing it from 2013-03-01.
 *
 * @example
 * ```ts
 * SHANXI_NEARBY_2013.effective; // '2013-03-01'
 * ```
 */
export const SHANXI_NEARBY_2013: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '山西省公安厅出入境管理局',
  title: '〈省内就近办理因私出入境证件须知〉',
  published: '2013-03-07',
  effective: '2013-03-01',
  url: 'http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013030709590608820111',
  note: 'Published by 柳林县公安局 (吕梁). Shanxi hukou residents living one year or more elsewhere in the province: passports, Taiwan permits and endorsements, HK/Macau permits and group-tour endorsements, with proof of residence; registered personnel with their approval.',
});

/**
 * Jilin: the restriction to one's hukou city inside the province was lifted (press report of 2015-06).
 *
 * @example
 * ```ts
 * JILIN_PROVINCE_WIDE_2015.issuer; // '吉林省公安厅出入境管理局'
 * ```
 */
export const JILIN_PROVINCE_WIDE_2015: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '吉林省公安厅出入境管理局',
  title: '〈吉林省因私出入境证件全省通办（取消省内户籍地限制）〉',
  note: 'Known only from a press report of 2015-06 on the provincial bureau (LOCAL-MEASURES, Jilin); no notice or start date was seen.',
});

/**
 * Jilin: licensed agencies handling re-endorsements that need no meeting with the applicant (2016 H1).
 *
 * @example
 * ```ts
 * JILIN_AGENCIES_2016.issuer; // '吉林省公安厅出入境管理局'
 * ```
 */
export const JILIN_AGENCIES_2016: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '吉林省公安厅出入境管理局',
  title: '〈中介代办机构代为申请无需面见申请人的再次签注（2016年上半年）〉',
  note: 'Announced in a press report of 2015-06 for the first half of 2016 (LOCAL-MEASURES, Jilin); no notice was seen.',
});

/**
 * MPS announcement of 2016-03-29: residence-permit holders apply where they live from 2016-04-01.
 *
 * @example
 * ```ts
 * MPS_RESIDENCE_PERMIT_2016.effective; // '2016-04-01'
 * ```
 */
export const MPS_RESIDENCE_PERMIT_2016: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '〈公安部关于居住证持有人在居住地申办因私出入境证件的便民利民措施〉',
  published: '2016-03-29',
  effective: '2016-04-01',
  note: 'In every county-level-or-above city with a residence-permit system: passports, HK/Macau permits and endorsements (except Shenzhen’s one-year multiple individual-visit endorsement), Taiwan permits and endorsements (except settlement), with ID card and residence permit; hukou-place office approves; issue within 30 days. Implements 居住证暂行条例 (国务院令第663号) art. 13. Read from 中国警察网 2016-03-29 as reprinted; Nanning’s implementation excludes registered state personnel.',
});

/**
 * MPS announcement of eight exit-entry measures from 2018-02-01 (items 1–4 used here).
 *
 * @example
 * ```ts
 * MPS_EIGHT_MEASURES_2018.effective; // '2018-02-01'
 * ```
 */
export const MPS_EIGHT_MEASURES_2018: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国公安部公告（八项出入境便利措施）',
  published: '2018-01-22',
  effective: '2018-02-01',
  note: 'Item 1: any county-level office in the hukou province (registered state personnel and serving military excepted; individual visits, settlement and business by their own rules); item 2: tourist endorsements at any kiosk of the province on an electronic permit issued there (non-hukou individual-visit applicants need a residence permit); item 3: out-of-province spouses, children and parents of a local hukou resident in that city; item 4: kiosk query of remaining entries. Read from the announcement as reprinted (sohu.com) and 新华网 2018-01-22 with the MPS interpretation.',
});

/**
 * NIA measures from 2018-09-01 (the first five of 22).
 *
 * @example
 * ```ts
 * NIA_2018_0901.published; // '2018-08-28'
 * ```
 */
export const NIA_2018_0901: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈国家移民管理局22条改进服务管理新举措（首批5项，2018年9月1日起施行）〉',
  published: '2018-08-28',
  effective: '2018-09-01',
  note: 'Item 1: renewal and replacement of passports, HK/Macau and Taiwan permits at any office nationwide; item 2: HK/Macau/Taiwan group-tour endorsements on a valid permit at any office nationwide. Announced at the MPS press conference of 2018-08-28, as reported (xkyn.net and others).',
});

/**
 * NIA: 出入境证件“全国通办” from 2019-04-01, and the NIA online platform.
 *
 * @example
 * ```ts
 * NIA_NATIONWIDE_2019.effective; // '2019-04-01'
 * ```
 */
export const NIA_NATIONWIDE_2019: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈出入境证件“全国通办”（2019年4月1日起）〉',
  effective: '2019-04-01',
  note: 'Passports, HK/Macau permits and Taiwan permits at any office nationwide with the hukou-place materials (first issue, renewal, replacement, new issue after lapse); group-tour endorsements applied for away from home may be taken at kiosks, issued on the spot (立等可取); the NIA platform (website, app, Alipay) opens the same day for appointments, tourist endorsements and progress queries. Read from NIA press statements as reported (吉林日报 2019-04-02, zgkjsz.com).',
});

/**
 * NIA suspension of HK/Macau tourist endorsements from 2020-01-28.
 *
 * @example
 * ```ts
 * NIA_SUSPENSION_2020.effective; // '2020-01-28'
 * ```
 */
export const NIA_SUSPENSION_2020: Citation = /* @__PURE__ */ Object.freeze({
  ...E_SUSPENSION_2020,
  note: 'Group and individual tourist endorsements suspended. The NIA "fully restored" group-tour 全国通办 on 2023-05-15, so it had been limited meanwhile; when the limitation began is not stated (taken as the suspension).',
});

/**
 * NIA measures from 2023-05-15 (items 1 and 2).
 *
 * @example
 * ```ts
 * NIA_2023_0515.effective; // '2023-05-15'
 * ```
 */
export const NIA_2023_0515: Citation = /* @__PURE__ */ Object.freeze({
  ...E_NIA_2023_0515,
  note: 'Item 1: group-tour endorsements to HK/Macau 全国通办 fully restored; item 2: family-visit, stay and other endorsements (T, D, Q) at any office nationwide. Read from 央视新闻 2023-05-11 as reprinted (中国西藏网).',
});

/**
 * NIA measures from 2024-05-06 (six measures; items 1 and 2 used here).
 *
 * @example
 * ```ts
 * NIA_2024_0506.effective; // '2024-05-06'
 * ```
 */
export const NIA_2024_0506: Citation = /* @__PURE__ */ Object.freeze({
  ...E_NIA_2024_0506,
  note: 'Item 1: fully online renewal/replacement (全程网办) of passports and HK/Macau and Taiwan permits for hukou residents aged 16 or over of 20 cities (registered state personnel and serving military excepted), whose previous document is still valid and whose fingerprints are on file; item 2: HK/Macau business endorsements at any office nationwide, multiple-entry ones also at smart endorsement devices, issued on the spot. Read from 人民日报/新浪 2024-04-28, 大公报 2024-04-29, 南都 2024-04-28.',
});

/**
 * NIA announcement of 2025-11-03: 30 more 全程网办 cities from 2025-11-20 (50 in all).
 *
 * @example
 * ```ts
 * NIA_ONLINE_RENEWAL_2025.effective; // '2025-11-20'
 * ```
 */
export const NIA_ONLINE_RENEWAL_2025: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于扩大内地居民换发补发出入境证件“全程网办”试点城市范围的公告〉',
  published: '2025-11-03',
  effective: '2025-11-20',
  note: 'Changchun per 长春市公安局 (gaj.changchun.gov.cn, 2025-12-27) and Wuhan per 武汉纺织大学保卫处 (2025-11-26); the full list of 30 cities was not seen.',
});

/**
 * The HK/Macau talent endorsement pilot (2023-02-20): applications at the place of work.
 *
 * @example
 * ```ts
 * TALENT_2023.effective; // '2023-02-20'
 * ```
 */
export const TALENT_2023: Citation = /* @__PURE__ */ Object.freeze({
  ...E_TALENT_2023,
  note: 'Talent apply at the office of their place of work; outstanding talent at any county-level office of the area (not modelled here). As reprinted (FACTS S34).',
});

/**
 * MPS 16 measures of 2014-07-25 (online appointments).
 *
 * @example
 * ```ts
 * MPS_2014_0725.effective; // '2014-07-25'
 * ```
 */
export const MPS_2014_0725: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '〈公安部出入境管理十六项措施（出入境部分）〉',
  effective: '2014-07-25',
  note: 'Online appointments, green channel, one application form for the three documents. As reprinted (FACTS S29).',
});

/**
 * Kiosk practice: card permits only; registered personnel at the window; first issue at the window.
 *
 * @example
 * ```ts
 * KIOSK_GUIDES.issuer; // '公安机关出入境管理部门'
 * ```
 */
export const KIOSK_GUIDES: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安机关出入境管理部门',
  title: '〈往来港澳通行证自助签注办理须知〉',
  note: 'Local guides: immediate kiosk endorsements need an electronic card permit and an applicant who is not registered personnel (falvzhuanjia.cn 2022); state personnel and others with special requirements use the staffed window, and first issue of a permit is at the window (成都本地宝, 2024); Shenzhen kiosk guide 2016 (FACTS S95).',
});

/**
 * Chengdu municipal exit-entry bureau, measures reported in 2018-05.
 *
 * @example
 * ```ts
 * CHENGDU_2018.issuer; // '成都市公安局出入境管理局'
 * ```
 */
export const CHENGDU_2018: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '成都市公安局出入境管理局',
  title: '〈“最多跑一次”出入境便民措施〉',
  note: 'Known from a press report of 2018-05 (LOCAL-MEASURES, Chengdu): two-way courier re-endorsement, immediate tourist endorsements for Chengdu residents and residence-permit holders (not registered personnel), kiosks in all 22 district halls, 219 police-station service points. No notice or start date was seen.',
});

/**
 * The Taiwan individual-travel pilot suspended from 2019-08-01.
 *
 * @example
 * ```ts
 * TAIWAN_G_SUSPENSION_2019.effective; // '2019-08-01'
 * ```
 */
export const TAIWAN_G_SUSPENSION_2019: Citation = /* @__PURE__ */ Object.freeze({
  ...E_TAIWAN_SUSPENSION_2019,
});
