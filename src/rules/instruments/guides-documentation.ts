/**
 * Where the service guides of `./guides.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';

/** The documentation of the service guides, by instrument id. @internal */
export const GUIDES_DOCUMENTATION = /* @__PURE__ */ documentation({
  'guide.hkmo-endorsements': {
    sources: [
      { url: 'http://ccschy.com/techan/113854.html', level: 'secondary' },
      { url: 'http://yzzsnet.com/techan/4f17c174b6a1a82ebfec162d1d7629aa.html', level: 'secondary', by: 'Zhongshan guide' },
      { url: 'http://m.ddtbk.com/techan/01ba299e1c0bb4c918a239baecc55c16.html', level: 'secondary', by: 'Zhuhai guide' },
    ],
    note: 'Option sets (validity × entries) and stays per type as published in national and provincial service guides. No document number is published.',
  },
  'guide.taiwan-endorsements-older': {
    sources: [{ url: 'http://shbk.net/techan/2206.html', level: 'secondary' }],
    note: 'L 3-month single; T 6-month single or 1/2/3-year multiple; J 3-year multiple; Q 6-month single; C 1-year multiple.',
  },
  'guide.taiwan-endorsements-later': {
    sources: [{ url: 'http://m.ccschy.com/techan/201199.html', level: 'secondary' }],
    note: 'L 6-month single; G 6-month single; T 6-month single or 1/2/3-year multiple per the Taiwan entry permit; D 6-month single; Y and F 6-month single, 6-month/1/2/3-year multiple; X per study period; C 1/2/3-year multiple; Q 6-month single or 1-year multiple.',
  },
  'guide.guangdong-s-2018': {
    note: 'Staff of enterprises and institutions, sole traders, drivers of designated vehicles; multiple-entry S needs the employer’s prior filing. Options per status as in provincial guides: filed staff 3-month single, 3-month multiple, 1-year multiple; unfiled staff and sole traders 3-month single; drivers 3-month or 1-year multiple (same for HK and Macau).',
  },
  'guide.nia-passport': {
    sources: [
      { url: 'http://ghj.yuantaichina.com/jdhy/zcwd/list/84.html', level: 'secondary' },
      { url: 'https://laweer.com/question/d5bfde41c9d60.html', level: 'secondary' },
    ],
    note: '7 working days at the hukou place, 20 days (20日) for cross-province applications, up to 30 working days in remote areas with provincial approval, 5 working days when urgent.',
  },
  'guide.nia-hkmo': {
    sources: [
      { url: 'http://bbbaike.com/baike/techan/1230813.html', level: 'secondary' },
      { url: 'http://v5tt.cn/wenda/644595.html', level: 'secondary' },
    ],
    note: 'Permit within 7 working days, endorsement alone within 7, up to 20 working days in remote areas, 20 days (20日) away from the place of permanent residence; urgent cases first (急事急办, no number); investigation time not counted (调查时间不计入承诺领证时限).',
  },
  'guide.mps-passport-replacement-2019': {
    sources: [{ url: 'http://www.8mav1163.com/2019-07/08/content_74964742.html', level: 'reprint', imitates: '中国政府网 / 中国网' }],
    note: 'Replacement for a damaged, lost or stolen passport; refusal grounds of 护照法 arts. 13–14.',
  },
  'guide.nia-renewal-grounds': {
    sources: [
      { url: 'https://www.sz.gov.cn/hdjl/ywzsk/rmzfkabgs/tgcs/content/post_12434872.html', level: 'reprint', by: '深圳市人民政府' },
      { url: 'http://www.bishan.gov.cn/zwgk_241/zfxxgkml/zcwd/qgaj/202311/t20231121_12586328.html', level: 'secondary', by: '重庆市璧山区人民政府 (2023-11-21, five grounds)' },
    ],
    note: 'Seven grounds, incl. students abroad with less than two years left and damage. Undated page; the earliest dated copy seen is a notice of 2025-01-24; a Chongqing (璧山) government page of 2023-11-21 still lists five grounds.',
  },
  'guide.kiosks': {
    sources: [
      { url: 'http://falvzhuanjia.cn/jujiao/13020.html', level: 'secondary' },
      { url: 'http://m.cd.bendibao.com/mip/152150.shtm', level: 'secondary', by: '成都本地宝' },
    ],
    note: 'Immediate kiosk endorsements need an electronic card permit and an applicant who is not registered personnel; state personnel and others with special requirements use the staffed window; first issue of a permit is at the window.',
  },
  'guide.taiwan-urgent': {
    note: 'The same urgent grounds as for HK/Macau (plus others the province accepts) are handled first, without a number of days. No instrument, number or date seen.',
  },
  'guide.civil-affairs-deferred-acceptance': {
    sources: [{ url: 'https://fzl8tp.cn/zfxxgk_lcs/artview/2331/227143.html', level: 'reprint', imitates: 'a local civil-affairs bureau’s disclosure page' }],
    note: 'The applicant may supply the missing materials in person, by post or online, the time of arrival at the office counting; the cure period does not exceed the committed processing time. The issuing bureau is not named in the copy.',
  },
  'guide.xian-deferred-acceptance': {
    note: 'Implements 国发〔2022〕5号: accept first, the applicant commits in writing to supply the missing materials within the committed period; review proceeds meanwhile; a failure to supply terminates the 容缺 handling (终止), losses borne by the applicant; opt-in; no 容缺 for bad-credit applicants until credit repair.',
  },
});
