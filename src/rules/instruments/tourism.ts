/**
 * The individual-visit scheme to Hong Kong and Macau (个人游, G) city by city, Shenzhen's
 * multi-entry regimes, and travel to Taiwan (group tours, the individual-travel pilot and its
 * suspension). Most batches are known from press reports of the announcement; where only a
 * summary was seen, the evidence says so.
 *
 * @module
 */
import { instrument } from './define.js';

/** @internal */
export const CNR_2014 = 'http://www.cnr.cn/lvyou/list/20140818/t20140818_516238501.shtml';

// The tourism instruments of the registry.

export const G_2003_FIRST_CITIES = /* @__PURE__ */ instrument('g.2003-first-cities', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈开办居民个人赴港澳地区旅游：广东中山、东莞、江门、佛山（2003-07-28）及北京、上海（2003-09-01）〉',
  effective: '2003-07-28',
  evidence: { level: 'press', source: '新华社 2003-08-07 (china.com.cn)' },
});

export const G_2003_08_20 = /* @__PURE__ */ instrument('g.2003-08-20', {
  kind: 'announcement',
  issuer: '广东省公安厅',
  title: '〈广州、深圳、珠海、惠州开办居民个人赴港澳地区旅游（2003-08-20）〉',
  effective: '2003-08-20',
  evidence: { level: 'press', source: '广州日报 2003-08-27; 公安部出入境管理局 2004-04-20 (16 cities before 2004-07-01)' },
});

export const G_2004_01_01 = /* @__PURE__ */ instrument('g.2004-01-01', {
  kind: 'announcement',
  issuer: '广东省公安厅',
  title: '〈汕头、潮州、梅州、肇庆、清远、云浮六市开办个人赴港澳旅游（经国务院批准）〉',
  published: '2003-12-30',
  effective: '2004-01-01',
  evidence: { level: 'press', url: 'http://news.sina.com.cn/o/2003-12-31/09451472443s.shtml', source: '广州日报 2003-12-31 (sina)' },
});

export const G_2004_MPS = /* @__PURE__ */ instrument('g.2004-mps', {
  kind: 'announcement',
  issuer: '公安部出入境管理局',
  title: '〈关于在福建、江苏、浙江9个城市及广东省其余7个城市开办居民个人赴港澳地区旅游的公告（经国务院批准）〉',
  published: '2004-04-20',
  effective: '2004-05-01',
  evidence: { level: 'press', source: '中新网 2004-04-20 quoting the MPS website' },
});

export const G_2005_03_01 = /* @__PURE__ */ instrument('g.2005-03-01', {
  kind: 'announcement',
  issuer: '国务院（批准）',
  title: '〈天津市、重庆市开办居民个人赴港澳地区旅游〉',
  effective: '2005-03-01',
  evidence: { level: 'secondary', source: '天津市公安局出入境管理局 year report (2006-01-05)' },
});

export const G_2005_11 = /* @__PURE__ */ instrument('g.2005-11', {
  kind: 'announcement',
  issuer: '国务院（批准）',
  title: '〈成都、济南、沈阳、大连开办居民个人赴港澳地区旅游〉',
  evidence: { level: 'secondary', url: 'http://xzzxedu.org/xzzxedu/港澳个人游/0', source: 'an encyclopaedia page (FACTS S43): month only' },
});

export const G_2006_05_01 = /* @__PURE__ */ instrument('g.2006-05-01', {
  kind: 'announcement',
  issuer: '国务院（批准）',
  title: '〈南昌、长沙、南宁、海口、贵阳、昆明开办居民个人赴港澳地区旅游〉',
  effective: '2006-05-01',
  evidence: { level: 'press', source: '新华社 2006-05-01 (gov.cn)' },
});

export const G_2007_01_01 = /* @__PURE__ */ instrument('g.2007-01-01', {
  kind: 'announcement',
  issuer: '国务院（批准）',
  title: '〈石家庄、郑州、长春、合肥、武汉开办居民个人赴港澳地区旅游〉',
  effective: '2007-01-01',
  evidence: { level: 'secondary', url: 'http://xzzxedu.org/xzzxedu/港澳个人游/0', source: 'an encyclopaedia page (FACTS S43)' },
});

export const G_SHENZHEN_2009 = /* @__PURE__ */ instrument('g.shenzhen-2009', {
  kind: 'announcement',
  issuer: '公安部（深圳市公安局出入境管理部门公布）',
  title: '〈深圳市户籍居民赴香港个人旅游"一签多行"〉',
  effective: '2009-04-01',
  evidence: { level: 'press', source: 'China Daily 2009-04-01' },
});

export const G_SHENZHEN_2015 = /* @__PURE__ */ instrument('g.shenzhen-2015', {
  kind: 'announcement',
  issuer: '公安部',
  title: '〈调整深圳居民赴香港"一签多行"政策为"一周一行"〉',
  published: '2015-04-13',
  effective: '2015-04-13',
  evidence: { level: 'press', source: '新华社 2015-04-14 (english.gov.cn)' },
});

export const TAIWAN_GROUP_2008 = /* @__PURE__ */ instrument('taiwan.group-2008', {
  kind: 'announcement',
  issuer: '国家旅游局',
  title: '〈大陆居民赴台湾地区旅游（团队）启动〉',
  effective: '2008-07-04',
  evidence: { level: 'press', url: 'http://ischool.net.cn/xwzx/la/201204/t20120401_2418457.htm', source: '新华社 2012-04-01 (FACTS S47)' },
});

export const TAIWAN_INDIVIDUAL_2011 = /* @__PURE__ */ instrument('taiwan.individual-2011', {
  kind: 'announcement',
  issuer: '国家旅游局（经商国务院台办和公安部）',
  title: '〈大陆居民赴台湾地区个人旅游试点（第一批：北京、上海、厦门）〉',
  effective: '2011-06-28',
  evidence: { level: 'press', source: '中国台湾网 2011-06-29' },
});

export const TAIWAN_INDIVIDUAL_2012 = /* @__PURE__ */ instrument('taiwan.individual-2012', {
  kind: 'announcement',
  issuer: '海峡两岸旅游交流协会',
  title: '〈开放第二批大陆居民赴台个人旅游试点城市（与台湾海峡两岸观光旅游协会达成共识）〉',
  published: '2012-04-01',
  effective: '2012-04-28',
  evidence: { level: 'press', source: '新华网 2012-04 (the agreement of 2012-04-01); 新华社 2014-08-17 for the second phase' },
});

export const TAIWAN_INDIVIDUAL_2013 = /* @__PURE__ */ instrument('taiwan.individual-2013', {
  kind: 'announcement',
  issuer: '国家旅游局',
  title: '〈第三批大陆居民赴台个人旅游试点城市（13个）〉',
  published: '2013-06-16',
  effective: '2013-06-28',
  evidence: { level: 'press', url: 'http://news.fjsen.com/2013-06/16/content_11663523.htm', source: '中国新闻网 2013-06-16 (东南网): announced by the head of 国家旅游局 at the fifth Straits Forum' },
});

export const TAIWAN_INDIVIDUAL_2014 = /* @__PURE__ */ instrument('taiwan.individual-2014', {
  kind: 'announcement',
  issuer: '海峡两岸旅游交流协会',
  title: '〈第四批大陆居民赴台个人旅游试点城市（10个）〉',
  effective: '2014-08-18',
  evidence: { level: 'press', url: CNR_2014, source: '新华社 2014-08-17 (央广网)' },
});

export const TAIWAN_INDIVIDUAL_2015 = /* @__PURE__ */ instrument('taiwan.individual-2015', {
  kind: 'announcement',
  issuer: '海峡两岸旅游交流协会',
  title: '〈第五批大陆居民赴台个人旅游试点城市（11个）〉',
  published: '2015-03-18',
  effective: '2015-04-15',
  evidence: { level: 'press', url: 'http://mingpaocanada.com/van/htm/News/20150318/tccg1.htm?m=0', source: '明报 2015-03-18 (CNA)' },
});

export const TAIWAN_INDIVIDUAL_SUSPENSION_2019 = /* @__PURE__ */ instrument('taiwan.individual-suspension-2019', {
  kind: 'announcement',
  issuer: '海峡两岸旅游交流协会',
  title: '海峡两岸旅游交流协会关于暂停大陆居民赴台个人游试点的公告',
  published: '2019-07-31',
  effective: '2019-08-01',
  evidence: { level: 'press', url: 'http://hkcd.com.hk/content/2019-07/31/content_1149984.html', source: '香港商报 2019-07-31 (FACTS S44); published on the Ministry of Culture and Tourism website (not seen)' },
});
