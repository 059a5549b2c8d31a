/**
 * The instruments the materials and 容缺受理 tables cite that the document module does not
 * already hold (that module's citations — 护照法, 公安部令第96号 and 第118号, the card notices,
 * 公通字〔2003〕13号 — are reused from `src/documents/instruments.ts`). Where only a reprint was
 * seen, `note` says so; the tables add `uncertain` where a value hinges on it.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';

/**
 * 中华人民共和国公安部公告 of 2015-12-28 publishing, for regions where documents are issued on
 * demand (按需申领), the materials, time limits and service requirements of passports, HK/Macau
 * and Taiwan permits and their endorsements: each document needs only the form, the identity
 * card and a compliant photo; the household register and photocopies are dropped (the office
 * queries its own systems); offices may not add materials and must accept complete
 * applications on the spot (item 11).
 *
 * @example
 * ```ts
 * MPS_MATERIALS_2015.published; // '2015-12-28'
 * ```
 */
export const MPS_MATERIALS_2015: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国公安部公告（公民办理普通护照、往来港澳通行证及签注、往来台湾通行证及签注所需申请材料、办理时限、服务要求）',
  url: 'https://www.nia.gov.cn/n741440/n741542/c1015175/content.html',
  published: '2015-12-28',
  effective: '2015-12-28',
  note: 'Text read on the NIA site and on 广西公安厅 (gat.gxzf.gov.cn); the preamble as reported by MPS: 不再需要同时交验身份证和户口簿，不再提交复印件.',
});

/**
 * The MPS exit-entry convenience measures in force from 2014-07-25 (among them the single
 * application form 《中国公民出入境证件申请表》 for all three documents, 「三表合一」, photo reuse
 * for a year, online appointments and 10/7 working-day limits).
 *
 * @example
 * ```ts
 * MPS_MEASURES_2014.effective; // '2014-07-25'
 * ```
 */
export const MPS_MEASURES_2014: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部出入境管理便民利民措施（2014年7月25日起实施）',
  effective: '2014-07-25',
  note: 'Read from press reprints of the MPS measures (getit01.com, huzhao1.com); the title is descriptive.',
});

/**
 * The MPS measure letting non-hukou employed persons (with social insurance) and university
 * students apply for passports in Beijing, Tianjin, Shanghai, Chongqing, Guangzhou and Shenzhen
 * from 2012-09-01.
 *
 * @example
 * ```ts
 * MPS_NON_HUKOU_2012.effective; // '2012-09-01'
 * ```
 */
export const MPS_NON_HUKOU_2012: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部关于在北京等6个城市实施非本市户籍人员就近申办出入境证件的措施（2012年9月1日起）',
  url: 'http://global.chinadaily.com.cn/dfpd/2012-09/15/content_15760580_3.htm',
  effective: '2012-09-01',
  note: 'Press reports (China Daily, 2012-09-15); the title is descriptive.',
});

/**
 * The MPS announcement of 2013-06-27: from 2013-07-01, in 43 cities, non-hukou employed persons
 * and students, and the out-of-town spouses and children under 16 of local residents, may apply
 * for passports where they live; employed applicants add proof of at least one year of
 * continuous social insurance there.
 *
 * @example
 * ```ts
 * MPS_NON_HUKOU_2013.published; // '2013-06-27'
 * ```
 */
export const MPS_NON_HUKOU_2013: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部关于43个城市居民可在暂（居）住地就近提交普通护照申请的公告',
  url: 'https://infzm.com/contents/91964',
  published: '2013-06-27',
  effective: '2013-07-01',
  note: 'Read from 南方周末 (2013) quoting the MPS website of 2013-06-27; the title is descriptive.',
});

/**
 * The MPS measure of 2016-03-29: from 2016-04-01 holders of a residence permit (居住证) may apply
 * where they live with their identity card and residence permit, the other materials being
 * those of local residents (except Shenzhen's 1-year multi-entry G and Taiwan settlement).
 *
 * @example
 * ```ts
 * MPS_RESIDENCE_PERMIT_2016.effective; // '2016-04-01'
 * ```
 */
export const MPS_RESIDENCE_PERMIT_2016: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部关于居住证持有人在居住地申办因私出入境证件的措施',
  url: 'http://gzhtbt.com/html/contents6464000.html',
  published: '2016-03-29',
  effective: '2016-04-01',
  note: 'Reprint of 中国警察网 (2016-03-29): 「居住证持有人可凭本人居民身份证、居住证……申请办理……其他申请材料与当地户籍居民一致」.',
});

/**
 * The eight MPS exit-entry measures from 2018-02-01 (in-province applications without
 * residence proof; the relatives route: out-of-province spouses, children and parents of a local
 * resident apply there with the relative's identity card and proof of kinship).
 *
 * @example
 * ```ts
 * MPS_EIGHT_MEASURES_2018.effective; // '2018-02-01'
 * ```
 */
export const MPS_EIGHT_MEASURES_2018: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部出入境管理八项便利措施（2018年2月1日起实施）',
  url: 'http://yjappsandbox.com/politics/2018-01/22/c_1122296462.htm',
  published: '2018-01-22',
  effective: '2018-02-01',
  note: 'Reprint of the Xinhua report of 2018-01-22; the title is descriptive.',
});

/**
 * 国家移民管理局: 全国通办 from 2019-04-01 — any office nationwide, the same materials as at the
 * hukou place, no hukou or residence condition (press conference of 2019-03-26).
 *
 * @example
 * ```ts
 * NIA_NATIONWIDE_2019.effective; // '2019-04-01'
 * ```
 */
export const NIA_NATIONWIDE_2019: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '国家移民管理局关于出入境证件“全国通办”的新闻发布（2019年4月1日起实施）',
  url: 'http://tianjiaotrip.com/index.php/wap/lyzx/411.html',
  published: '2019-03-26',
  effective: '2019-04-01',
  note: 'Reports of 央广网 and 新京报 (2019-03-26): 「申请材料与户籍地一致」「不受户籍地、居住地等条件限制」.',
});

/**
 * 国家移民管理局: the talent endorsement (人才签注) for the nine mainland cities of the Greater
 * Bay Area from 2023-02-20, issued on a talent certification.
 *
 * @example
 * ```ts
 * NIA_TALENT_2023.effective; // '2023-02-20'
 * ```
 */
export const NIA_TALENT_2023: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '国家移民管理局关于在粤港澳大湾区内地九市实施往来港澳人才签注政策的公告',
  url: 'http://m.njpanjin.com/cn/Instant/culture/202302/t20230210_7358065.html',
  effective: '2023-02-20',
  note: 'Press reprint; the announcement title is as reported.',
});

/**
 * 中华人民共和国行政许可法 (主席令第七号): art. 32 — incomplete materials: tell the applicant
 * everything to correct at once (一次告知), on the spot or within five days.
 *
 * @example
 * ```ts
 * ADMINISTRATIVE_LICENSING_LAW.effective; // '2004-07-01'
 * ```
 */
export const ADMINISTRATIVE_LICENSING_LAW: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国行政许可法',
  number: '中华人民共和国主席令第七号',
  published: '2003-08-27',
  effective: '2004-07-01',
});

/**
 * 国务院关于加快推进政务服务标准化规范化便利化的指导意见 (国发〔2022〕5号), which municipal
 * 容缺受理 rules name as their basis.
 *
 * @example
 * ```ts
 * STATE_COUNCIL_2022_5.number; // '国发〔2022〕5号'
 * ```
 */
export const STATE_COUNCIL_2022_5: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国务院',
  title: '国务院关于加快推进政务服务标准化规范化便利化的指导意见',
  number: '国发〔2022〕5号',
  note: 'Text seen on fujian.gov.cn; 容缺受理 itself is described in the municipal rules that implement it (e.g. 西安市行政审批服务局).',
});

/**
 * 西安市行政审批服务局, 「容缺受理服务模式解释说明」 (implementing 国发〔2022〕5号): accept first,
 * the applicant commits in writing to supply the missing materials within the committed period;
 * review proceeds meanwhile; a failure to supply terminates the 容缺 handling (终止), losses
 * borne by the applicant; opt-in; no 容缺 for bad-credit applicants until credit repair.
 *
 * @example
 * ```ts
 * XIAN_DEFERRED_ACCEPTANCE.issuer; // '西安市行政审批服务局'
 * ```
 */
export const XIAN_DEFERRED_ACCEPTANCE: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '西安市行政审批服务局',
  title: '容缺受理服务模式解释说明',
  url: 'http://xzspj.xa.gov.cn/zwgk/zcjd/zcjd/64a4f814f8fd1c1a7034a157.html',
});

/**
 * 成都市公安局出入境管理局's 「最多跑一次」 measures as reported in May 2018: with the legal
 * conditions met and the core materials complete but secondary ones missing, the office accepts
 * and the missing items are supplied within a set period by several channels (容缺受理).
 *
 * @example
 * ```ts
 * CHENGDU_EXIT_ENTRY_2018.issuer; // '成都市公安局出入境管理局'
 * ```
 */
export const CHENGDU_EXIT_ENTRY_2018: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '成都市公安局出入境管理局',
  title: '出入境业务“最多跑一次”便民措施（容缺受理）',
  note: 'Known only from a press report of May 2018 (see LOCAL-MEASURES.md, Chengdu); no instrument number, start date, cure period or failure rule was published in what we saw.',
});
