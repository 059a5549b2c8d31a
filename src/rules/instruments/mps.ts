/**
 * Announcements, measures and internal norms of the Ministry of Public Security (公安部), up to
 * the creation of the National Immigration Administration in 2018.
 *
 * @module
 */
import { defineInstruments } from './define.js';

/** The MPS instruments of the registry. @internal */
export const MPS_INSTRUMENTS = defineInstruments({
  'mps.hkmo-work-norms': {
    kind: 'notice',
    issuer: '公安部',
    title: '往来港澳通行证和签注受理、审批、签发管理工作规范',
    evidence: { level: 'secondary', url: 'http://uianet.net/dictionary/b12792156.html', source: 'art. 5 quoted by a dictionary page (FACTS S55)' },
    sources: [{ url: 'http://uianet.net/dictionary/b12792156.html', level: 'secondary' }],
    note: 'Undated internal norms in force before 2014-07-25.',
  },
  'mps.2012-epassport': {
    kind: 'notice',
    issuer: '公安部',
    title: '〈电子普通护照统一签发启用〉',
    effective: '2012-05-15',
    evidence: { level: 'secondary', url: 'http://gat.jl.gov.cn/zwgk/zcjd/201205/t20120531_1215661.html', source: '吉林省公安厅《电子普通护照签发启用解读》 (2012-05-31)' },
    sources: [{ url: 'https://w.sf024.com/info/580276265.html', level: 'secondary' }],
    note: 'The MPS deployment of 2012-05-15 as explained by 吉林省公安厅 and reported by 新京报 and 广州公安 (2012-05); the MPS document itself was not seen. Conditions, time limits and fees unchanged; fingerprints added.',
  },
  'mps.2012-six-cities': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈公安部关于在北京、天津、上海、重庆、广州、深圳6个城市实施非本市户籍人员就近申办出入境证件的便民措施〉',
    published: '2012-08-22',
    effective: '2012-09-01',
    evidence: { level: 'press', url: 'http://global.chinadaily.com.cn/dfpd/2012-09/15/content_15760580_3.htm', source: 'Economic Observer (2012-08-22), Shanghai Daily (2012-08-23), SCMP (2012-08-24), China Daily (2012-09-15)' },
    sources: [{ url: 'http://global.chinadaily.com.cn/dfpd/2012-09/15/content_15760580_3.htm', level: 'press', by: 'China Daily' }],
    note:
      'Announced on the MPS website 2012-08-22: passports and HK/Macau/Taiwan permits (and endorsements); employed applicants show one year of social insurance or income tax in the city, students a certificate of enrolment; spouses and children still apply at home; the hukou-place office approves, issue within 30 days. A service guide adds that registered state personnel apply at their hukou place.',
  },
  'mps.2013-nearby': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈中华人民共和国公安部公告（非户籍地居民就近办理出入境证件的便民利民措施）〉',
    published: '2013-06-27',
    effective: '2013-07-01',
    evidence: { level: 'reprint', url: 'http://m.6065bob.com/fagui/8426.html', source: 'the announcement with its annex, reprinted (FACTS S59); 新民晚报 2013-06-28 (chinanews.com)' },
    sources: [
      { url: 'http://m.6065bob.com/fagui/8426.html', level: 'reprint' },
      { url: 'https://infzm.com/contents/91964', level: 'press', by: '南方周末 (2013)' },
    ],
    note:
      'Annex item 1: passports in 43 cities, Taiwan permits and endorsements in 31 of them, for out-of-town spouses and children under 16 of local hukou residents and for employed (one year of social insurance) or studying residents; item 2: residents aged 60 or over after 6 months; item 3: renewal or replacement of passports and Taiwan permits and same-type Taiwan re-endorsements after 6 months. The hukou-place office still decides, within 30 days.',
  },
  'mps.2014-measures': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈公安部十六项便民利民措施（出入境管理部分，2014年7月25日起实施）〉',
    published: '2014-07-24',
    effective: '2014-07-25',
    evidence: { level: 'press', url: 'http://huzhao1.com/churujing/3724.html', source: '锦州市出入境管理局 page (2014-09-13) and getit01.com reprinting the measures' },
    sources: [
      { url: 'http://huzhao1.com/churujing/3724.html', level: 'press' },
      { url: 'https://getit01.com/p201806092826570', level: 'secondary' },
    ],
    note: 'Online appointments, a green channel, one application form for the three documents (《中国公民出入境证件申请表》, 「三表合一」), photos reused for a year, and shorter time limits (10 working days for documents, 7 for endorsements).',
  },
  'mps.2014-interpretation': {
    kind: 'guide',
    issuer: '公安部',
    title: '关于进一步缩短出入境证件办理时限的解读',
    published: '2014-08-05',
    evidence: { level: 'reprint', source: '上海边检总站网站 (2014-08-05), excerpt without URL' },
    note: 'States the limits the 2014 measure replaced: passports 15 calendar days (15个自然日), HK/Macau and Taiwan permits 15 working days, their endorsements 10 working days.',
  },
  'mps.2014-hkmo-card': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈公安部关于启用电子往来港澳通行证的公告〉',
    effective: '2014-05-20',
    evidence: { level: 'press', url: 'https://citytripinfo.com/travel/1452', source: 'press reprints of the MPS website notice (增城日报 via bbs.zc173.com; citytripinfo.com)' },
    sources: [
      { url: 'https://citytripinfo.com/travel/1452', level: 'press' },
      { url: 'https://bbs.zc173.com/thread-302056-1-1.html', level: 'press', by: '增城日报 (forum copy)' },
    ],
    note: 'Guangdong pilot from 2014-05-20 (the date in force here), nationwide from 2014-09-15; adults 10 years (booklet: 5), under 16: 5 years; fingerprints of first applicants aged 16 and over, under 16 as the guardian decides; fee unchanged.',
  },
  'mps.2015-materials': {
    kind: 'announcement',
    issuer: '公安部',
    title: '中华人民共和国公安部公告（普通护照、往来港澳通行证及签注、往来台湾通行证及签注的申请材料、办理时限和服务要求）',
    published: '2015-12-28',
    effective: '2015-12-28',
    url: 'https://www.nia.gov.cn/n741440/n741542/c1015175/content.html',
    evidence: { level: 'official', url: 'https://www.nia.gov.cn/n741440/n741542/c1015175/content.html', source: 'the announcement on the site of the National Immigration Administration (the MPS exit-entry bureau’s successor)' },
    sources: [
      { url: 'http://gat.gxzf.gov.cn/ztzl/crjglfxczl/xcyd/t3804307.shtml', level: 'reprint', by: '广西壮族自治区公安厅' },
      { url: 'http://universityofharmony.com/c/2015-12-28/659256_3.shtml', level: 'reprint', by: 'items 8–11 (FACTS S28)' },
      { url: 'http://6chong.cn/news/content/2015-12/28/content_2772682.htm', level: 'press', by: '中新社 2015-12-28 quoting the MPS website' },
    ],
    note:
      'For regions where documents are issued on demand (按需申领): each document needs only the form, the identity card and a compliant photo; the household register and photocopies are dropped (the office queries its own systems); offices may not add materials and must accept complete applications on the spot; time limits of 10 working days for documents and 7 for endorsements. The title is the announcement’s heading with its subject in brackets.',
  },
  'mps.2016-residence-permit': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈公安部关于居住证持有人在居住地申办因私出入境证件的便民利民措施〉',
    published: '2016-03-29',
    effective: '2016-04-01',
    evidence: { level: 'press', url: 'http://gzhtbt.com/html/contents6464000.html', source: '中国警察网 (2016-03-29), as reprinted' },
    sources: [{ url: 'http://gzhtbt.com/html/contents6464000.html', level: 'press', by: 'reprint of 中国警察网' }],
    note:
      'In every county-level-or-above city with a residence-permit system: passports, HK/Macau permits and endorsements (except Shenzhen’s one-year multiple individual-visit endorsement), Taiwan permits and endorsements (except settlement), with identity card and residence permit; the other materials as for local residents; the hukou-place office approves; issue within 30 days. Implements 居住证暂行条例 (国务院令第663号) art. 13. Nanning’s implementation excludes registered state personnel.',
  },
  'mps.2016-taiwan-card': {
    kind: 'announcement',
    issuer: '公安部',
    title: '中华人民共和国公安部公告（启用电子往来台湾通行证）',
    published: '2016-12-20',
    effective: '2016-12-26',
    evidence: { level: 'reprint', url: 'http://ybs100.com/news.asp?id=2754&lm=203', source: 'items 1–8 reprinted (FACTS S22; also CRNTT and 观察者网)' },
    sources: [
      { url: 'http://ybs100.com/news.asp?id=2754&lm=203', level: 'reprint' },
      { url: 'http://tw.people.com.cn/n1/2016/1226/c14657-28978127.html', level: 'press', by: '人民网 2016-12-26 (the Fujian start)' },
    ],
    note: 'Fujian accepts card applications and stops booklet applications from 2016-12-26; other places “in due course”; adults 10 years, under 16: 5 years; fingerprints recorded 「按规定」. The bracket names the subject.',
  },
  'mps.2017-taiwan-card': {
    kind: 'notice',
    issuer: '公安部',
    title: '〈电子往来台湾通行证全面签发（公安部统一部署）〉',
    effective: '2017-04-24',
    evidence: { level: 'press', url: 'http://shaanxizhongxin.com/szxw/5324.html', source: 'Shenzhen exit-entry authorities as reported (2017-04); iflying.com on the other provinces' },
    sources: [
      { url: 'http://shaanxizhongxin.com/szxw/5324.html', level: 'press' },
      { url: 'https://www.iflying.com/news/58febedeb0ae1c2d218b4567.html', level: 'press' },
    ],
    note: 'The nationwide start of the card permit by MPS and provincial deployment; the MPS document itself was not seen.',
  },
  'mps.2018-eight-measures': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈中华人民共和国公安部公告（八项出入境便利措施）〉',
    published: '2018-01-22',
    effective: '2018-02-01',
    evidence: { level: 'reprint', url: 'https://www.sohu.com/a/219498497_747799', source: 'the announcement reprinted by 搜狐 and summarised by 新华网 2018-01-22 with the MPS interpretation (FACTS S30)' },
    sources: [
      { url: 'https://www.sohu.com/a/219498497_747799', level: 'reprint', by: '搜狐' },
      { url: 'http://yjappsandbox.com/politics/2018-01/22/c_1122296462.htm', level: 'press', imitates: '新华网' },
      { url: 'http://m.yunnanlong.com/c/109271.html', level: 'secondary', by: 'on the free photo service' },
    ],
    note:
      'Item 1: any county-level office in the hukou province (registered state personnel and serving military excepted; 「申请赴港澳台个人旅游、定居、商务等活动的按专门规定办理」); item 2: tourist endorsements at any kiosk of the province on an electronic permit issued there (non-hukou individual-visit applicants need a residence permit); item 3: out-of-province spouses, children and parents of a local hukou resident in that city; item 4: kiosk query of remaining entries; free photo capture at every acceptance window (printed photos not included).',
  },
});
