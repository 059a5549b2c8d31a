/**
 * Where the instruments of the individual-travel scheme of `./tourism.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';
import { CNR_2014 } from './tourism.js';

/** The documentation of the instruments of the individual-travel scheme, by instrument id. @internal */
export const TOURISM_DOCUMENTATION = /* @__PURE__ */ documentation({
  'g.2003-first-cities': {
    note: 'The MPS extended individual visits to Beijing and Shanghai from 2003-09-01 “as in Zhongshan, Dongguan, Jiangmen and Foshan since 2003-07-28”; endorsement 3 months, one or two trips, at most 7 days per stay.',
  },
  'g.2003-08-20': {
    note: 'Guangzhou, Zhuhai and Shenzhen from 2003-08-20; Huizhou completes the 16 cities the MPS counted before 2004-07-01.',
  },
  'g.2004-01-01': {
    sources: [{ url: 'http://news.sina.com.cn/o/2003-12-31/09451472443s.shtml', level: 'press', by: '广州日报 (新浪)' }],
  },
  'g.2004-mps': {
    sources: [{ url: 'https://www.syhmjs.com/periodical/60e529f183829cdafc84d832d165680f.html', level: 'secondary' }],
    note: 'The rest of Guangdong from 2004-05-01; nine cities of Jiangsu, Zhejiang and Fujian from 2004-07-01 (Fuzhou: urban districts only). Applicants apply where their hukou is (常住户口所在地).',
  },
  'g.2005-03-01': {
    note: 'Chongqing: 15 urban districts only at first.',
  },
  'g.2005-11': {
    note: 'Month 2005-11; the day (1 November) is not confirmed.',
  },
  'g.2007-01-01': {
    note: 'The list of five cities is general knowledge, consistent with the 49-city total of 2024.',
  },
  'g.shenzhen-2009': {
    note: 'Shenzhen hukou holders, 1-year multiple-entry, government servants excluded.',
  },
  'g.shenzhen-2015': {
    sources: [{ url: 'https://qzkpb.com/zonghezhishi/808oxz.html', level: 'secondary' }],
    note: 'Issued multiple-entry endorsements stay valid until they expire.',
  },
  'taiwan.group-2008': {
    sources: [{ url: 'http://ischool.net.cn/xwzx/la/201204/t20120401_2418457.htm', level: 'press' }],
    note: 'Opened in stages; all provinces by 2010-07.',
  },
  'taiwan.individual-2011': {
    sources: [{ url: 'http://www.b6man.com/Info/lyzx/cxzx/728615.shtml', level: 'secondary' }],
    note: 'Hukou residents apply at their hukou place for the permit and a G endorsement; at most 15 days in Taiwan from the day after entry.',
  },
  'taiwan.individual-2012': {
    note: 'Tianjin, Chongqing, Nanjing, Hangzhou, Guangzhou, Chengdu from 2012-04-28; Jinan, Xi’an, Fuzhou, Shenzhen from 2012-08-28.',
  },
  'taiwan.individual-2013': {
    sources: [
      { url: 'http://news.fjsen.com/2013-06/16/content_11663523.htm', level: 'press', by: '中国新闻网 (东南网)' },
      { url: 'http://cnews.chinadaily.com.cn/2013-06/28/content_16677476.htm', level: 'press', by: '中国新闻网 2013-06-28 (中国日报网)' },
    ],
    note: 'Agreed between the two sides: Shenyang, Zhengzhou, Wuhan, Suzhou, Ningbo and Qingdao from 2013-06-28; Shijiazhuang, Changchun, Hefei, Changsha, Nanning, Kunming and Quanzhou from 2013-08-28.',
  },
  'taiwan.individual-2014': {
    sources: [{ url: CNR_2014, level: 'press', by: '央广网' }],
    note: 'Wenzhou police: G endorsement 6 months, one entry, hukou residents (浙江日报 2014-08-19).',
  },
  'taiwan.individual-2015': {
    sources: [{ url: 'http://mingpaocanada.com/van/htm/News/20150318/tccg1.htm?m=0', level: 'press', by: '明报' }],
    note: '47 pilot cities in all.',
  },
  'taiwan.individual-suspension-2019': {
    sources: [
      { url: 'http://hkcd.com.hk/content/2019-07/31/content_1149984.html', level: 'press' },
      { url: 'https://lxplus.com/share/detail_56040.html', level: 'secondary' },
    ],
    note: 'All 47 pilot cities.',
  },
});
