/**
 * The individual-visit scheme to Hong Kong and Macau (个人游, G) city by city, Shenzhen's
 * multi-entry regimes, and travel to Taiwan (group tours, the individual-travel pilot and its
 * suspension). Most batches are known from press reports of the announcement; where only a
 * summary was seen, the evidence says so.
 *
 * @module
 */
import { defineInstruments } from './define.js';

const CNR_2014 = 'http://www.cnr.cn/lvyou/list/20140818/t20140818_516238501.shtml';

/** The tourism instruments of the registry. @internal */
export const TOURISM_INSTRUMENTS = defineInstruments({
  'g.2003-first-cities': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈开办居民个人赴港澳地区旅游：广东中山、东莞、江门、佛山（2003-07-28）及北京、上海（2003-09-01）〉',
    effective: '2003-07-28',
    evidence: { level: 'press', source: '新华社 2003-08-07 (china.com.cn)' },
    note: 'The MPS extended individual visits to Beijing and Shanghai from 2003-09-01 “as in Zhongshan, Dongguan, Jiangmen and Foshan since 2003-07-28”; endorsement 3 months, one or two trips, at most 7 days per stay.',
  },
  'g.2003-08-20': {
    kind: 'announcement',
    issuer: '广东省公安厅',
    title: '〈广州、深圳、珠海、惠州开办居民个人赴港澳地区旅游（2003-08-20）〉',
    effective: '2003-08-20',
    evidence: { level: 'press', source: '广州日报 2003-08-27; 公安部出入境管理局 2004-04-20 (16 cities before 2004-07-01)' },
    note: 'Guangzhou, Zhuhai and Shenzhen from 2003-08-20; Huizhou completes the 16 cities the MPS counted before 2004-07-01.',
  },
  'g.2004-01-01': {
    kind: 'announcement',
    issuer: '广东省公安厅',
    title: '〈汕头、潮州、梅州、肇庆、清远、云浮六市开办个人赴港澳旅游（经国务院批准）〉',
    published: '2003-12-30',
    effective: '2004-01-01',
    evidence: { level: 'press', url: 'http://news.sina.com.cn/o/2003-12-31/09451472443s.shtml', source: '广州日报 2003-12-31 (sina)' },
    sources: [{ url: 'http://news.sina.com.cn/o/2003-12-31/09451472443s.shtml', level: 'press', by: '广州日报 (新浪)' }],
  },
  'g.2004-mps': {
    kind: 'announcement',
    issuer: '公安部出入境管理局',
    title: '〈关于在福建、江苏、浙江9个城市及广东省其余7个城市开办居民个人赴港澳地区旅游的公告（经国务院批准）〉',
    published: '2004-04-20',
    effective: '2004-05-01',
    evidence: { level: 'press', source: '中新网 2004-04-20 quoting the MPS website' },
    sources: [{ url: 'https://www.syhmjs.com/periodical/60e529f183829cdafc84d832d165680f.html', level: 'secondary' }],
    note: 'The rest of Guangdong from 2004-05-01; nine cities of Jiangsu, Zhejiang and Fujian from 2004-07-01 (Fuzhou: urban districts only). Applicants apply where their hukou is (常住户口所在地).',
  },
  'g.2005-03-01': {
    kind: 'announcement',
    issuer: '国务院（批准）',
    title: '〈天津市、重庆市开办居民个人赴港澳地区旅游〉',
    effective: '2005-03-01',
    evidence: { level: 'secondary', source: '天津市公安局出入境管理局 year report (2006-01-05)' },
    note: 'Chongqing: 15 urban districts only at first.',
  },
  'g.2005-11': {
    kind: 'announcement',
    issuer: '国务院（批准）',
    title: '〈成都、济南、沈阳、大连开办居民个人赴港澳地区旅游〉',
    evidence: { level: 'secondary', url: 'http://xzzxedu.org/xzzxedu/港澳个人游/0', source: 'an encyclopaedia page (FACTS S43): month only' },
    note: 'Month 2005-11; the day (1 November) is not confirmed.',
  },
  'g.2006-05-01': {
    kind: 'announcement',
    issuer: '国务院（批准）',
    title: '〈南昌、长沙、南宁、海口、贵阳、昆明开办居民个人赴港澳地区旅游〉',
    effective: '2006-05-01',
    evidence: { level: 'press', source: '新华社 2006-05-01 (gov.cn)' },
  },
  'g.2007-01-01': {
    kind: 'announcement',
    issuer: '国务院（批准）',
    title: '〈石家庄、郑州、长春、合肥、武汉开办居民个人赴港澳地区旅游〉',
    effective: '2007-01-01',
    evidence: { level: 'secondary', url: 'http://xzzxedu.org/xzzxedu/港澳个人游/0', source: 'an encyclopaedia page (FACTS S43)' },
    note: 'The list of five cities is general knowledge, consistent with the 49-city total of 2024.',
  },
  'g.shenzhen-2009': {
    kind: 'announcement',
    issuer: '公安部（深圳市公安局出入境管理部门公布）',
    title: '〈深圳市户籍居民赴香港个人旅游"一签多行"〉',
    effective: '2009-04-01',
    evidence: { level: 'press', source: 'China Daily 2009-04-01' },
    note: 'Shenzhen hukou holders, 1-year multiple-entry, government servants excluded.',
  },
  'g.shenzhen-2015': {
    kind: 'announcement',
    issuer: '公安部',
    title: '〈调整深圳居民赴香港"一签多行"政策为"一周一行"〉',
    published: '2015-04-13',
    effective: '2015-04-13',
    evidence: { level: 'press', source: '新华社 2015-04-14 (english.gov.cn)' },
    sources: [{ url: 'https://qzkpb.com/zonghezhishi/808oxz.html', level: 'secondary' }],
    note: 'Issued multiple-entry endorsements stay valid until they expire.',
  },
  'taiwan.group-2008': {
    kind: 'announcement',
    issuer: '国家旅游局',
    title: '〈大陆居民赴台湾地区旅游（团队）启动〉',
    effective: '2008-07-04',
    evidence: { level: 'press', url: 'http://ischool.net.cn/xwzx/la/201204/t20120401_2418457.htm', source: '新华社 2012-04-01 (FACTS S47)' },
    sources: [{ url: 'http://ischool.net.cn/xwzx/la/201204/t20120401_2418457.htm', level: 'press' }],
    note: 'Opened in stages; all provinces by 2010-07.',
  },
  'taiwan.individual-2011': {
    kind: 'announcement',
    issuer: '国家旅游局（经商国务院台办和公安部）',
    title: '〈大陆居民赴台湾地区个人旅游试点（第一批：北京、上海、厦门）〉',
    effective: '2011-06-28',
    evidence: { level: 'press', source: '中国台湾网 2011-06-29' },
    sources: [{ url: 'http://www.b6man.com/Info/lyzx/cxzx/728615.shtml', level: 'secondary' }],
    note: 'Hukou residents apply at their hukou place for the permit and a G endorsement; at most 15 days in Taiwan from the day after entry.',
  },
  'taiwan.individual-2012': {
    kind: 'announcement',
    issuer: '海峡两岸旅游交流协会',
    title: '〈开放第二批大陆居民赴台个人旅游试点城市（与台湾海峡两岸观光旅游协会达成共识）〉',
    published: '2012-04-01',
    effective: '2012-04-28',
    evidence: { level: 'press', source: '新华网 2012-04 (the agreement of 2012-04-01); 新华社 2014-08-17 for the second phase' },
    note: 'Tianjin, Chongqing, Nanjing, Hangzhou, Guangzhou, Chengdu from 2012-04-28; Jinan, Xi’an, Fuzhou, Shenzhen from 2012-08-28.',
  },
  'taiwan.individual-2013': {
    kind: 'announcement',
    issuer: '国家旅游局',
    title: '〈第三批大陆居民赴台个人旅游试点城市（13个）〉',
    published: '2013-06-16',
    effective: '2013-06-28',
    evidence: { level: 'press', url: 'http://news.fjsen.com/2013-06/16/content_11663523.htm', source: '中国新闻网 2013-06-16 (东南网): announced by the head of 国家旅游局 at the fifth Straits Forum' },
    sources: [
      { url: 'http://news.fjsen.com/2013-06/16/content_11663523.htm', level: 'press', by: '中国新闻网 (东南网)' },
      { url: 'http://cnews.chinadaily.com.cn/2013-06/28/content_16677476.htm', level: 'press', by: '中国新闻网 2013-06-28 (中国日报网)' },
    ],
    note: 'Agreed between the two sides: Shenyang, Zhengzhou, Wuhan, Suzhou, Ningbo and Qingdao from 2013-06-28; Shijiazhuang, Changchun, Hefei, Changsha, Nanning, Kunming and Quanzhou from 2013-08-28.',
  },
  'taiwan.individual-2014': {
    kind: 'announcement',
    issuer: '海峡两岸旅游交流协会',
    title: '〈第四批大陆居民赴台个人旅游试点城市（10个）〉',
    effective: '2014-08-18',
    evidence: { level: 'press', url: CNR_2014, source: '新华社 2014-08-17 (央广网)' },
    sources: [{ url: CNR_2014, level: 'press', by: '央广网' }],
    note: 'Wenzhou police: G endorsement 6 months, one entry, hukou residents (浙江日报 2014-08-19).',
  },
  'taiwan.individual-2015': {
    kind: 'announcement',
    issuer: '海峡两岸旅游交流协会',
    title: '〈第五批大陆居民赴台个人旅游试点城市（11个）〉',
    published: '2015-03-18',
    effective: '2015-04-15',
    evidence: { level: 'press', url: 'http://mingpaocanada.com/van/htm/News/20150318/tccg1.htm?m=0', source: '明报 2015-03-18 (CNA)' },
    sources: [{ url: 'http://mingpaocanada.com/van/htm/News/20150318/tccg1.htm?m=0', level: 'press', by: '明报' }],
    note: '47 pilot cities in all.',
  },
  'taiwan.individual-suspension-2019': {
    kind: 'announcement',
    issuer: '海峡两岸旅游交流协会',
    title: '海峡两岸旅游交流协会关于暂停大陆居民赴台个人游试点的公告',
    published: '2019-07-31',
    effective: '2019-08-01',
    evidence: { level: 'press', url: 'http://hkcd.com.hk/content/2019-07/31/content_1149984.html', source: '香港商报 2019-07-31 (FACTS S44); published on the Ministry of Culture and Tourism website (not seen)' },
    sources: [
      { url: 'http://hkcd.com.hk/content/2019-07/31/content_1149984.html', level: 'press' },
      { url: 'https://lxplus.com/share/detail_56040.html', level: 'secondary' },
    ],
    note: 'All 47 pilot cities.',
  },
});
