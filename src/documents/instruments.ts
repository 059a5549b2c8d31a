/**
 * The instruments the document tables cite, each once, with what is known of its number and
 * dates. Tables add the article with {@link article}. Where an official copy was not seen, the
 * citation says what it was read from (`note`), and the tables carry `uncertain` where a figure
 * hinges on it.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';

/**
 * The citation with an article (条) and, optionally, a note of its own.
 *
 * @example
 * ```ts
 * article(PASSPORT_LAW, '第七条').article; // '第七条'
 * ```
 */
export function article(base: Citation, art: string, note?: string): Citation {
  const c: Citation = { ...base, article: art };
  return Object.freeze(note === undefined ? c : { ...c, note });
}

/**
 * 中华人民共和国公民出境入境管理法 (1985; repealed by the 出境入境管理法 on 2013-07-01).
 *
 * @example
 * ```ts
 * CITIZENS_EXIT_ENTRY_LAW_1985.effective; // '1986-02-01'
 * ```
 */
export const CITIZENS_EXIT_ENTRY_LAW_1985: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国公民出境入境管理法',
  number: '中华人民共和国主席令第三十二号',
  url: 'http://ru.china-embassy.org/chn/zfhz/zgflyd/t878351.htm',
  published: '1985-11-22',
  effective: '1986-02-01',
  note: 'Repealed by 中华人民共和国出境入境管理法 (主席令第五十七号) from 2013-07-01.',
});

/**
 * 中华人民共和国公民出境入境管理法实施细则 as first issued (1986).
 *
 * @example
 * ```ts
 * IMPLEMENTING_RULES_1986.published; // '1986-12-26'
 * ```
 */
export const IMPLEMENTING_RULES_1986: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部、外交部、交通部（国务院1986年12月3日批准）',
  title: '中华人民共和国公民出境入境管理法实施细则',
  url: 'https://zh.m.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%85%AC%E6%B0%91%E5%87%BA%E5%A2%83%E5%85%A5%E5%A2%83%E7%AE%A1%E7%90%86%E6%B3%95%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99',
  published: '1986-12-26',
  effective: '1986-12-26',
});

/**
 * 中华人民共和国公民出境入境管理法实施细则 as revised in 1994 (art. 17: passport validity).
 *
 * @example
 * ```ts
 * IMPLEMENTING_RULES_1994.published; // '1994-07-15'
 * ```
 */
export const IMPLEMENTING_RULES_1994: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部、外交部、交通部（国务院1994年7月13日批准修订）',
  title: '中华人民共和国公民出境入境管理法实施细则',
  url: 'https://zh.m.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%85%AC%E6%B0%91%E5%87%BA%E5%A2%83%E5%85%A5%E5%A2%83%E7%AE%A1%E7%90%86%E6%B3%95%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99',
  published: '1994-07-15',
  effective: '1994-07-15',
});

/**
 * 中国公民因私事往来香港地区或者澳门地区的暂行管理办法 (1986).
 *
 * @example
 * ```ts
 * HKMO_RULES_1986.effective; // '1986-12-25'
 * ```
 */
export const HKMO_RULES_1986: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部（国务院1986年12月3日批准）',
  title: '中国公民因私事往来香港地区或者澳门地区的暂行管理办法',
  url: 'https://gzhtlawyer.com/service/3433.html',
  published: '1986-12-25',
  effective: '1986-12-25',
});

/**
 * 中国公民往来台湾地区管理办法 (国务院令第93号, 1991).
 *
 * @example
 * ```ts
 * TAIWAN_RULES_1991.number; // '国务院令第93号'
 * ```
 */
export const TAIWAN_RULES_1991: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国务院',
  title: '中国公民往来台湾地区管理办法',
  number: '国务院令第93号',
  published: '1991-12-17',
  effective: '1992-05-01',
});

/**
 * The 2015 State Council revision of the Taiwan rules (国务院令第661号): art. 27 became art. 24,
 * 「大陆居民往来台湾通行证有效期为10年」.
 *
 * @example
 * ```ts
 * TAIWAN_RULES_2015.effective; // '2015-07-01'
 * ```
 */
export const TAIWAN_RULES_2015: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国务院',
  title: '国务院关于修改《中国公民往来台湾地区管理办法》的决定',
  number: '国务院令第661号',
  url: 'https://yangguang.hiwsoft.net/open_case/3911',
  published: '2015-06-14',
  effective: '2015-07-01',
});

/**
 * 中华人民共和国护照法 (主席令第五十号).
 *
 * @example
 * ```ts
 * PASSPORT_LAW.effective; // '2007-01-01'
 * ```
 */
export const PASSPORT_LAW: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国护照法',
  number: '中华人民共和国主席令第五十号',
  url: 'http://szqkhbnox.com/kpszfw/zwgk/fggw/zcfg/content/post_532170.html',
  published: '2006-04-29',
  effective: '2007-01-01',
});

/**
 * 中华人民共和国普通护照和出入境通行证签发管理办法 (公安部令第96号). Article numbers are those of
 * the text as amended by 公安部令第118号 (2012), which inserted arts. 3 and 6. Its effective
 * date is not settled: a Tianjin PSB report of 2007-12-18 gives 2007-12-15; a 2009 secondary
 * site gives 2008-03-15. The tables use 2007-12-15 and flag every entry that hinges on it.
 *
 * @example
 * ```ts
 * MPS_ORDER_96.number; // '公安部令第96号'
 * ```
 */
export const MPS_ORDER_96: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国普通护照和出入境通行证签发管理办法',
  number: '公安部令第96号',
  url: 'http://stapees.com/news_det.aspx?Id=24',
  published: '2007-10-25',
  effective: '2007-12-15',
  note: 'Effective date per 天津市公安局出入境管理局 (news.enorth.com.cn, 2007-12-18); earthedu.com (2009) says 2008-03-15. Articles numbered as in the 2012 text (公安部令第118号).',
});

/**
 * 公安部关于修改《中华人民共和国普通护照和出入境通行证签发管理办法》的决定 (公安部令第118号):
 * e-passports, fingerprints of applicants for an e-passport.
 *
 * @example
 * ```ts
 * MPS_ORDER_118.effective; // '2012-03-01'
 * ```
 */
export const MPS_ORDER_118: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部关于修改《中华人民共和国普通护照和出入境通行证签发管理办法》的决定',
  number: '公安部令第118号',
  url: 'https://freewechat.com/a/MzIxOTExMDkzMQ==/2651712494/5',
  published: '2011-12-20',
  effective: '2012-03-01',
});

/**
 * The nationwide start of the electronic ordinary passport (电子普通护照), 2012-05-15, by MPS
 * deployment; read from the Jilin provincial PSB's explanation and press reports (the MPS
 * document itself was not seen).
 *
 * @example
 * ```ts
 * MPS_EPASSPORT_2012.effective; // '2012-05-15'
 * ```
 */
export const MPS_EPASSPORT_2012: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '电子普通护照全国统一签发启用（吉林省公安厅《电子普通护照签发启用解读》）',
  url: 'http://gat.jl.gov.cn/zwgk/zcjd/201205/t20120531_1215661.html',
  published: '2012-05-31',
  effective: '2012-05-15',
  note: 'MPS deployment as explained by 吉林省公安厅 and reported by 新京报 and 广州公安 (2012-05); the MPS document itself was not seen.',
});

/**
 * The MPS announcement of the electronic HK/Macau permit (2014 版往来港澳通行证): Guangdong pilot
 * from 2014-05-20, nationwide from 2014-09-15; adults 10 years (booklet: 5), under 16: 5 years;
 * fingerprints of first applicants aged 16 and over, under 16 as the guardian decides.
 *
 * @example
 * ```ts
 * MPS_HKMO_CARD_2014.effective; // '2014-09-15'
 * ```
 */
export const MPS_HKMO_CARD_2014: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '公安部关于启用电子往来港澳通行证的公告（2014版往来港澳通行证）',
  url: 'https://citytripinfo.com/travel/1452',
  effective: '2014-09-15',
  note: 'Read from press reprints of the MPS website notice (增城日报 via bbs.zc173.com; citytripinfo.com); the title is descriptive.',
});

/**
 * 中华人民共和国公安部公告 on the electronic Taiwan permit: Fujian accepts card applications and
 * stops booklet applications from 2016-12-26; other places "in due course"; adults 10 years,
 * under 16: 5 years; fingerprints to be recorded.
 *
 * @example
 * ```ts
 * MPS_TAIWAN_CARD_2016.effective; // '2016-12-26'
 * ```
 */
export const MPS_TAIWAN_CARD_2016: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '中华人民共和国公安部公告（启用电子往来台湾通行证）',
  url: 'http://tw.people.com.cn/n1/2016/1226/c14657-28978127.html',
  published: '2016-12-20',
  effective: '2016-12-26',
  note: 'Announcement text read from CRNTT and 观察者网 reprints (items 1–8); 人民网 2016-12-26 on the Fujian start.',
});

/**
 * The nationwide start of the electronic Taiwan permit on 2017-04-24 (MPS unified deployment).
 *
 * @example
 * ```ts
 * MPS_TAIWAN_CARD_2017.effective; // '2017-04-24'
 * ```
 */
export const MPS_TAIWAN_CARD_2017: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '电子往来台湾通行证全面签发（公安部统一部署）',
  url: 'http://shaanxizhongxin.com/szxw/5324.html',
  effective: '2017-04-24',
  note: 'Reported by Shenzhen PSB (深圳市公安机关出入境管理部门) as MPS and Guangdong PSB deployment; the MPS document itself was not seen.',
});

/**
 * 关于加强国家工作人员因私事出国（境）管理的暂行规定 (公通字〔2003〕13号): registered state
 * personnel need their employer's approval for private exit-entry documents.
 *
 * @example
 * ```ts
 * REGISTERED_PERSONNEL_2003.number; // '公通字〔2003〕13号'
 * ```
 */
export const REGISTERED_PERSONNEL_2003: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '中共中央组织部、公安部、人事部',
  title: '关于加强国家工作人员因私事出国（境）管理的暂行规定',
  number: '公通字〔2003〕13号',
  url: 'http://cqqiji.com/rsc/col/1601015109499/2017/10/26/1601015729454.html',
  published: '2003-01-14',
  effective: '2003-01-14',
});

/**
 * 中华人民共和国出境入境管理法 (主席令第五十七号).
 *
 * @example
 * ```ts
 * EXIT_ENTRY_LAW.effective; // '2013-07-01'
 * ```
 */
export const EXIT_ENTRY_LAW: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国出境入境管理法',
  number: '中华人民共和国主席令第五十七号',
  published: '2012-06-30',
  effective: '2013-07-01',
});

/**
 * The MPS service guide 「补发普通护照」 (gov.cn, 2019-07-08, source: MPS website): replacement
 * for a damaged, lost or stolen passport; refusal grounds of 护照法 arts. 13–14.
 *
 * @example
 * ```ts
 * MPS_REPLACEMENT_GUIDE_2019.published; // '2019-07-08'
 * ```
 */
export const MPS_REPLACEMENT_GUIDE_2019: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '公安部',
  title: '补发普通护照（政务服务事项）',
  url: 'http://www.8mav1163.com/2019-07/08/content_74964742.html',
  published: '2019-07-08',
  note: 'Mirror of the gov.cn 中国政务 page sourced to the MPS website.',
});

/**
 * The NIA list of passport renewal conditions (seven grounds, incl. students abroad with less
 * than two years left and damage), as republished by the Shenzhen government.
 *
 * @example
 * ```ts
 * NIA_RENEWAL_LIST.issuer; // '国家移民管理局'
 * ```
 */
export const NIA_RENEWAL_LIST: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '国家移民管理局',
  title: '申请换发普通护照的情形（深圳市人民政府业务知识库，信息来源：国家移民管理局）',
  url: 'https://www.sz.gov.cn/hdjl/ywzsk/rmzfkabgs/tgcs/content/post_12434872.html',
  note: 'Undated page. The earliest dated copy seen is a notice of 2025-01-24; a Chongqing (璧山) government page of 2023-11-21 still lists five grounds.',
});
