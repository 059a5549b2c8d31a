/**
 * Announcements, measures and internal norms of the Ministry of Public Security (公安部), up to
 * the creation of the National Immigration Administration in 2018.
 *
 * @module
 */
import { instrument } from './define.js';

// The MPS instruments of the registry.

export const MPS_HKMO_WORK_NORMS = /* @__PURE__ */ instrument('mps.hkmo-work-norms', {
  kind: 'notice',
  issuer: '公安部',
  title: '往来港澳通行证和签注受理、审批、签发管理工作规范',
  evidence: { level: 'secondary', url: 'http://uianet.net/dictionary/b12792156.html', source: 'art. 5 quoted by a dictionary page (FACTS S55)' },
});

export const MPS_2012_EPASSPORT = /* @__PURE__ */ instrument('mps.2012-epassport', {
  kind: 'notice',
  issuer: '公安部',
  title: '〈电子普通护照统一签发启用〉',
  effective: '2012-05-15',
  evidence: { level: 'secondary', url: 'http://gat.jl.gov.cn/zwgk/zcjd/201205/t20120531_1215661.html', source: '吉林省公安厅《电子普通护照签发启用解读》 (2012-05-31)' },
});

export const MPS_2012_SIX_CITIES = /* @__PURE__ */ instrument('mps.2012-six-cities', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈公安部关于在北京、天津、上海、重庆、广州、深圳6个城市实施非本市户籍人员就近申办出入境证件的便民措施〉',
  published: '2012-08-22',
  effective: '2012-09-01',
  evidence: { level: 'press', url: 'http://global.chinadaily.com.cn/dfpd/2012-09/15/content_15760580_3.htm', source: 'Economic Observer (2012-08-22), Shanghai Daily (2012-08-23), SCMP (2012-08-24), China Daily (2012-09-15)' },
});

export const MPS_2013_NEARBY = /* @__PURE__ */ instrument('mps.2013-nearby', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈中华人民共和国公安部公告（非户籍地居民就近办理出入境证件的便民利民措施）〉',
  published: '2013-06-27',
  effective: '2013-07-01',
  evidence: { level: 'reprint', url: 'http://m.6065bob.com/fagui/8426.html', source: 'the announcement with its annex, reprinted (FACTS S59); 新民晚报 2013-06-28 (chinanews.com)' },
});

export const MPS_2014_MEASURES = /* @__PURE__ */ instrument('mps.2014-measures', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈公安部十六项便民利民措施（出入境管理部分，2014年7月25日起实施）〉',
  published: '2014-07-24',
  effective: '2014-07-25',
  evidence: { level: 'press', url: 'http://huzhao1.com/churujing/3724.html', source: '锦州市出入境管理局 page (2014-09-13) and getit01.com reprinting the measures' },
});

export const MPS_2014_INTERPRETATION = /* @__PURE__ */ instrument('mps.2014-interpretation', {
  kind: 'guide',
  issuer: '公安部',
  title: '关于进一步缩短出入境证件办理时限的解读',
  published: '2014-08-05',
  evidence: { level: 'reprint', source: '上海边检总站网站 (2014-08-05), excerpt without URL' },
});

export const MPS_2014_HKMO_CARD = /* @__PURE__ */ instrument('mps.2014-hkmo-card', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈公安部关于启用电子往来港澳通行证的公告〉',
  effective: '2014-05-20',
  evidence: { level: 'press', url: 'https://citytripinfo.com/travel/1452', source: 'press reprints of the MPS website notice (增城日报 via bbs.zc173.com; citytripinfo.com)' },
});

export const MPS_2015_MATERIALS = /* @__PURE__ */ instrument('mps.2015-materials', {
  kind: 'announcement',
  issuer: '公安部',
  title: '中华人民共和国公安部公告（普通护照、往来港澳通行证及签注、往来台湾通行证及签注的申请材料、办理时限和服务要求）',
  published: '2015-12-28',
  effective: '2015-12-28',
  url: 'https://www.nia.gov.cn/n741440/n741542/c1015175/content.html',
  evidence: { level: 'official', url: 'https://www.nia.gov.cn/n741440/n741542/c1015175/content.html', source: 'the announcement on the site of the National Immigration Administration (the MPS exit-entry bureau’s successor)' },
});

export const MPS_2016_RESIDENCE_PERMIT = /* @__PURE__ */ instrument('mps.2016-residence-permit', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈公安部关于居住证持有人在居住地申办因私出入境证件的便民利民措施〉',
  published: '2016-03-29',
  effective: '2016-04-01',
  evidence: { level: 'press', url: 'http://gzhtbt.com/html/contents6464000.html', source: '中国警察网 (2016-03-29), as reprinted' },
});

export const MPS_2016_TAIWAN_CARD = /* @__PURE__ */ instrument('mps.2016-taiwan-card', {
  kind: 'announcement',
  issuer: '公安部',
  title: '中华人民共和国公安部公告（启用电子往来台湾通行证）',
  published: '2016-12-20',
  effective: '2016-12-26',
  evidence: { level: 'reprint', url: 'http://ybs100.com/news.asp?id=2754&lm=203', source: 'items 1–8 reprinted (FACTS S22; also CRNTT and 观察者网)' },
});

export const MPS_2017_TAIWAN_CARD = /* @__PURE__ */ instrument('mps.2017-taiwan-card', {
  kind: 'notice',
  issuer: '公安部',
  title: '〈电子往来台湾通行证全面签发（公安部统一部署）〉',
  effective: '2017-04-24',
  evidence: { level: 'press', url: 'http://shaanxizhongxin.com/szxw/5324.html', source: 'Shenzhen exit-entry authorities as reported (2017-04); iflying.com on the other provinces' },
});

export const MPS_2018_EIGHT_MEASURES = /* @__PURE__ */ instrument('mps.2018-eight-measures', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈中华人民共和国公安部公告（八项出入境便利措施）〉',
  published: '2018-01-22',
  effective: '2018-02-01',
  evidence: { level: 'reprint', url: 'https://www.sohu.com/a/219498497_747799', source: 'the announcement reprinted by 搜狐 and summarised by 新华网 2018-01-22 with the MPS interpretation (FACTS S30)' },
});
