/**
 * Where the Ministry of Public Security instruments of `./mps.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';

/** The documentation of the Ministry of Public Security instruments, by instrument id. @internal */
export const MPS_DOCUMENTATION = /* @__PURE__ */ documentation({
  'mps.hkmo-work-norms': {
    sources: [{ url: 'http://uianet.net/dictionary/b12792156.html', level: 'secondary' }],
    note: 'Undated internal norms in force before 2014-07-25.',
  },
  'mps.2012-epassport': {
    sources: [{ url: 'https://w.sf024.com/info/580276265.html', level: 'secondary' }],
    note: 'The MPS deployment of 2012-05-15 as explained by 吉林省公安厅 and reported by 新京报 and 广州公安 (2012-05); the MPS document itself was not seen. Conditions, time limits and fees unchanged; fingerprints added.',
  },
  'mps.2012-six-cities': {
    sources: [{ url: 'http://global.chinadaily.com.cn/dfpd/2012-09/15/content_15760580_3.htm', level: 'press', by: 'China Daily' }],
    note:
      'Announced on the MPS website 2012-08-22: passports and HK/Macau/Taiwan permits (and endorsements); employed applicants show one year of social insurance or income tax in the city, students a certificate of enrolment; spouses and children still apply at home; the hukou-place office approves, issue within 30 days. A service guide adds that registered state personnel apply at their hukou place.',
  },
  'mps.2013-nearby': {
    sources: [
      { url: 'http://m.6065bob.com/fagui/8426.html', level: 'reprint' },
      { url: 'https://infzm.com/contents/91964', level: 'press', by: '南方周末 (2013)' },
    ],
    note:
      'Annex item 1: passports in 43 cities, Taiwan permits and endorsements in 31 of them, for out-of-town spouses and children under 16 of local hukou residents and for employed (one year of social insurance) or studying residents; item 2: residents aged 60 or over after 6 months; item 3: renewal or replacement of passports and Taiwan permits and same-type Taiwan re-endorsements after 6 months. The hukou-place office still decides, within 30 days.',
  },
  'mps.2014-measures': {
    sources: [
      { url: 'http://huzhao1.com/churujing/3724.html', level: 'press' },
      { url: 'https://getit01.com/p201806092826570', level: 'secondary' },
    ],
    note: 'Online appointments, a green channel, one application form for the three documents (《中国公民出入境证件申请表》, 「三表合一」), photos reused for a year, and shorter time limits (10 working days for documents, 7 for endorsements).',
  },
  'mps.2014-interpretation': {
    note: 'States the limits the 2014 measure replaced: passports 15 calendar days (15个自然日), HK/Macau and Taiwan permits 15 working days, their endorsements 10 working days.',
  },
  'mps.2014-hkmo-card': {
    sources: [
      { url: 'https://citytripinfo.com/travel/1452', level: 'press' },
      { url: 'https://bbs.zc173.com/thread-302056-1-1.html', level: 'press', by: '增城日报 (forum copy)' },
    ],
    note: 'Guangdong pilot from 2014-05-20 (the date in force here), nationwide from 2014-09-15; adults 10 years (booklet: 5), under 16: 5 years; fingerprints of first applicants aged 16 and over, under 16 as the guardian decides; fee unchanged.',
  },
  'mps.2015-materials': {
    sources: [
      { url: 'http://gat.gxzf.gov.cn/ztzl/crjglfxczl/xcyd/t3804307.shtml', level: 'reprint', by: '广西壮族自治区公安厅' },
      { url: 'http://universityofharmony.com/c/2015-12-28/659256_3.shtml', level: 'reprint', by: 'items 8–11 (FACTS S28)' },
      { url: 'http://6chong.cn/news/content/2015-12/28/content_2772682.htm', level: 'press', by: '中新社 2015-12-28 quoting the MPS website' },
    ],
    note:
      'For regions where documents are issued on demand (按需申领): each document needs only the form, the identity card and a compliant photo; the household register and photocopies are dropped (the office queries its own systems); offices may not add materials and must accept complete applications on the spot; time limits of 10 working days for documents and 7 for endorsements. The title is the announcement’s heading with its subject in brackets.',
  },
  'mps.2016-residence-permit': {
    sources: [{ url: 'http://gzhtbt.com/html/contents6464000.html', level: 'press', by: 'reprint of 中国警察网' }],
    note:
      'In every county-level-or-above city with a residence-permit system: passports, HK/Macau permits and endorsements (except Shenzhen’s one-year multiple individual-visit endorsement), Taiwan permits and endorsements (except settlement), with identity card and residence permit; the other materials as for local residents; the hukou-place office approves; issue within 30 days. Implements 居住证暂行条例 (国务院令第663号) art. 13. Nanning’s implementation excludes registered state personnel.',
  },
  'mps.2016-taiwan-card': {
    sources: [
      { url: 'http://ybs100.com/news.asp?id=2754&lm=203', level: 'reprint' },
      { url: 'http://tw.people.com.cn/n1/2016/1226/c14657-28978127.html', level: 'press', by: '人民网 2016-12-26 (the Fujian start)' },
    ],
    note: 'Fujian accepts card applications and stops booklet applications from 2016-12-26; other places “in due course”; adults 10 years, under 16: 5 years; fingerprints recorded 「按规定」. The bracket names the subject.',
  },
  'mps.2017-taiwan-card': {
    sources: [
      { url: 'http://shaanxizhongxin.com/szxw/5324.html', level: 'press' },
      { url: 'https://www.iflying.com/news/58febedeb0ae1c2d218b4567.html', level: 'press' },
    ],
    note: 'The nationwide start of the card permit by MPS and provincial deployment; the MPS document itself was not seen.',
  },
  'mps.2018-eight-measures': {
    sources: [
      { url: 'https://www.sohu.com/a/219498497_747799', level: 'reprint', by: '搜狐' },
      { url: 'http://yjappsandbox.com/politics/2018-01/22/c_1122296462.htm', level: 'press', imitates: '新华网' },
      { url: 'http://m.yunnanlong.com/c/109271.html', level: 'secondary', by: 'on the free photo service' },
    ],
    note:
      'Item 1: any county-level office in the hukou province (registered state personnel and serving military excepted; 「申请赴港澳台个人旅游、定居、商务等活动的按专门规定办理」); item 2: tourist endorsements at any kiosk of the province on an electronic permit issued there (non-hukou individual-visit applicants need a residence permit); item 3: out-of-province spouses, children and parents of a local hukou resident in that city; item 4: kiosk query of remaining entries; free photo capture at every acceptance window (printed photos not included).',
  },
});
