/**
 * Laws, State Council regulations and decisions, ministerial rules (公安部令) and national
 * standards.
 *
 * @module
 */
import { instrument } from './define.js';

/** @internal */
export const WIKISOURCE_RULES =
  'https://zh.m.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%85%AC%E6%B0%91%E5%87%BA%E5%A2%83%E5%85%A5%E5%A2%83%E7%AE%A1%E7%90%86%E6%B3%95%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99';

// The laws and regulations of the registry.

export const LAW_EXIT_ENTRY_1985 = /* @__PURE__ */ instrument('law.exit-entry-1985', {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国公民出境入境管理法',
  number: '中华人民共和国主席令第三十二号',
  published: '1985-11-22',
  effective: '1986-02-01',
  repealed: '2013-07-01',
  evidence: { level: 'reprint', url: 'http://ru.china-embassy.org/chn/zfhz/zgflyd/t878351.htm', source: '中华人民共和国驻俄罗斯联邦大使馆 (law collection)' },
});

export const LAW_EXIT_ENTRY_2012 = /* @__PURE__ */ instrument('law.exit-entry-2012', {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国出境入境管理法',
  number: '中华人民共和国主席令第五十七号',
  published: '2012-06-30',
  effective: '2013-07-01',
  evidence: { level: 'secondary', url: 'https://laweer.com/question/d5bfde41c9d60.html', source: 'arts. 11–12 quoted by a legal Q&A page (FACTS S16)' },
});

export const LAW_PASSPORT = /* @__PURE__ */ instrument('law.passport', {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国护照法',
  number: '中华人民共和国主席令第五十号',
  published: '2006-04-29',
  effective: '2007-01-01',
  evidence: { level: 'reprint', url: 'http://szqkhbnox.com/kpszfw/zwgk/fggw/zcfg/content/post_532170.html', source: 'copy of a 开平市人民政府 page of 2007-09-30 with the order and the full text' },
});

export const LAW_ADMINISTRATIVE_LICENSING = /* @__PURE__ */ instrument('law.administrative-licensing', {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国行政许可法',
  number: '中华人民共和国主席令第七号',
  published: '2003-08-27',
  effective: '2004-07-01',
  evidence: { level: 'secondary', url: 'http://crsrw.com/dianzishuiwu/118028.html', source: 'art. 32 quoted by a tax-law page (FACTS S76)' },
});

export const LAW_GENERAL_PRINCIPLES_CIVIL_1986 = /* @__PURE__ */ instrument('law.general-principles-civil-1986', {
  kind: 'law',
  issuer: '全国人民代表大会',
  title: '中华人民共和国民法通则',
  number: '中华人民共和国主席令第三十七号',
  published: '1986-04-12',
  effective: '1987-01-01',
  repealed: '2021-01-01',
  evidence: { level: 'secondary', source: 'article text as generally published; no copy cited' },
});

export const LAW_CIVIL_CODE = /* @__PURE__ */ instrument('law.civil-code', {
  kind: 'law',
  issuer: '全国人民代表大会',
  title: '中华人民共和国民法典',
  number: '中华人民共和国主席令第四十五号',
  published: '2020-05-28',
  effective: '2021-01-01',
  evidence: { level: 'secondary', source: 'article text as generally published; no copy cited' },
});

export const LAW_RESIDENT_ID_CARD = /* @__PURE__ */ instrument('law.resident-id-card', {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国居民身份证法',
  number: '中华人民共和国主席令第四号',
  published: '2003-06-28',
  effective: '2004-01-01',
  evidence: { level: 'secondary', source: 'article text as generally published; no copy cited' },
});

export const LAW_RESIDENT_ID_CARD_AMENDMENT_2011 = /* @__PURE__ */ instrument('law.resident-id-card-amendment-2011', {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '全国人民代表大会常务委员会关于修改《中华人民共和国居民身份证法》的决定',
  number: '中华人民共和国主席令第五十一号',
  published: '2011-10-29',
  effective: '2012-01-01',
  evidence: { level: 'secondary', source: 'text as generally published; no copy cited' },
});

export const REG_IMPLEMENTING_RULES_1986 = /* @__PURE__ */ instrument('reg.implementing-rules-1986', {
  kind: 'regulation',
  issuer: '公安部、外交部、交通部（国务院1986年12月3日批准）',
  title: '中华人民共和国公民出境入境管理法实施细则',
  published: '1986-12-26',
  effective: '1986-12-26',
  repealed: '1994-07-15',
  evidence: { level: 'secondary', source: 'the 1986 text was not seen; its content is read from the 1994 revision' },
});

export const REG_IMPLEMENTING_RULES_1994 = /* @__PURE__ */ instrument('reg.implementing-rules-1994', {
  kind: 'regulation',
  issuer: '公安部、外交部、交通部（国务院1994年7月13日批准修订）',
  title: '中华人民共和国公民出境入境管理法实施细则',
  published: '1994-07-15',
  effective: '1994-07-15',
  repealed: '2013-07-01',
  evidence: { level: 'reprint', url: WIKISOURCE_RULES, source: '维基文库' },
});

export const REG_HKMO_1986 = /* @__PURE__ */ instrument('reg.hkmo-1986', {
  kind: 'regulation',
  issuer: '公安部（国务院1986年12月3日批准）',
  title: '中国公民因私事往来香港地区或者澳门地区的暂行管理办法',
  published: '1986-12-25',
  effective: '1986-12-25',
  evidence: { level: 'reprint', url: 'https://gzhtlawyer.com/service/3433.html', source: 'full text on a law firm’s site (FACTS S18)' },
});

export const REG_TAIWAN_1991 = /* @__PURE__ */ instrument('reg.taiwan-1991', {
  kind: 'regulation',
  issuer: '国务院',
  title: '中国公民往来台湾地区管理办法',
  number: '国务院令第93号',
  published: '1991-12-17',
  effective: '1992-05-01',
  evidence: { level: 'reprint', url: 'http://81.cn/gnxw/2015-06/18/content_6546631.htm', source: 'the text as revised in 2015, published by 新华社 (81.cn); the 1991 wording of revised articles was not seen' },
});

export const REG_TAIWAN_2015_REVISION = /* @__PURE__ */ instrument('reg.taiwan-2015-revision', {
  kind: 'regulation',
  issuer: '国务院',
  title: '国务院关于修改《中国公民往来台湾地区管理办法》的决定',
  number: '国务院令第661号',
  published: '2015-06-14',
  effective: '2015-07-01',
  evidence: { level: 'reprint', url: 'https://yangguang.hiwsoft.net/open_case/3911', source: 'full text of the decision (FACTS S20)' },
});

export const REG_MPS_ORDER_96 = /* @__PURE__ */ instrument('reg.mps-order-96', {
  kind: 'regulation',
  issuer: '公安部',
  title: '中华人民共和国普通护照和出入境通行证签发管理办法',
  number: '公安部令第96号',
  published: '2007-10-25',
  effective: '2007-12-15',
  evidence: { level: 'reprint', url: 'http://stapees.com/news_det.aspx?Id=24', source: 'the text as amended by 公安部令第118号 (2012), on a company site' },
});

export const REG_MPS_ORDER_118 = /* @__PURE__ */ instrument('reg.mps-order-118', {
  kind: 'regulation',
  issuer: '公安部',
  title: '公安部关于修改《中华人民共和国普通护照和出入境通行证签发管理办法》的决定',
  number: '公安部令第118号',
  published: '2011-12-20',
  effective: '2012-03-01',
  evidence: { level: 'reprint', url: 'https://freewechat.com/a/MzIxOTExMDkzMQ==/2651712494/5', source: 'full text with the minister’s order (FACTS S13)' },
});

export const SC_1999_CITIZEN_NUMBER = /* @__PURE__ */ instrument('sc.1999-citizen-number', {
  kind: 'notice',
  issuer: '国务院',
  title: '国务院关于实行公民身份号码制度的决定',
  number: '国发〔1999〕15号',
  published: '1999-08-26',
  effective: '1999-10-01',
  evidence: { level: 'secondary', source: 'text as generally published; no copy cited' },
});

export const SC_2022_5 = /* @__PURE__ */ instrument('sc.2022-5', {
  kind: 'notice',
  issuer: '国务院',
  title: '国务院关于加快推进政务服务标准化规范化便利化的指导意见',
  number: '国发〔2022〕5号',
  evidence: { level: 'reprint', source: 'text seen on fujian.gov.cn' },
});

export const CPC_2003_REGISTERED_PERSONNEL = /* @__PURE__ */ instrument('cpc.2003-registered-personnel', {
  kind: 'notice',
  issuer: '中共中央组织部、中共中央金融工作委员会、中共中央企业工作委员会、公安部、人事部',
  title: '关于加强国家工作人员因私事出国（境）管理的暂行规定',
  number: '公通字〔2003〕13号',
  signed: '2003-01-14',
  published: '2003-01-14',
  effective: '2003-01-14',
  evidence: { level: 'reprint', url: 'http://cqqiji.com/rsc/col/1601015109499/2017/10/26/1601015729454.html', source: 'the covering notice (dated 2003-01-14) and the rules, on a site imitating a government site’s paths' },
});

export const STD_GB_11643_1999 = /* @__PURE__ */ instrument('std.gb-11643-1999', {
  kind: 'standard',
  issuer: '国家质量技术监督局',
  title: '公民身份号码',
  number: 'GB 11643-1999',
  effective: '1999-07-01',
  evidence: { level: 'secondary', source: 'the standard’s structure and check-character algorithm as generally published' },
});

export const MCA_DIVISION_CODES = /* @__PURE__ */ instrument('mca.division-codes', {
  kind: 'standard',
  issuer: '民政部',
  title: '中华人民共和国县以上行政区划代码',
  number: 'GB/T 2260',
  url: 'http://www.mca.gov.cn/article/sj/xzqh/1980/',
  evidence: { level: 'reprint', url: 'https://github.com/yescallop/areacodes', source: 'yescallop/areacodes result.csv (CC0 1.0), compiled from the yearly tables and the Ministry’s change notices' },
});
