/**
 * Where the fee notices of `./fees.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';
import { FEE_CATALOGUE, WENZHOU_TABLE } from './fees.js';

/** The documentation of the fee notices, by instrument id. @internal */
export const FEES_DOCUMENTATION = /* @__PURE__ */ documentation({
  'fee.1993-164': {
    sources: [
      { url: 'http://ask.fsou.com/html/text/chl/140/14052.html', level: 'reprint' },
      { url: 'http://www.ifib.cn/shehui/757699.html', level: 'reprint' },
    ],
    note: 'Reply to 公境办〔1993〕185号: passport 100; application fee 5 (abolished by 计价格〔2000〕293号); passport 加页、合订、加注、延期 20 each; 入出境通行证 20/50/100; 往来港澳通行证 50, 延期、加注 20; 前往港澳通行证 50; 大陆居民往来台湾通行证 30, 签证、加注、延期 20. Still cited by fee tables for annotation (加注) and extension (延期).',
  },
  'fee.2000-293': {
    sources: [
      { url: 'http://yishui.gov.cn/info/55886/302586.htm', level: 'reprint', by: '沂水县人民政府' },
      { url: WENZHOU_TABLE, level: 'secondary', by: 'Wenzhou exit-entry fee table (basis of the 97-series passport fee)' },
    ],
    note:
      'Reply to 公安部 (公境〔1999〕1510号): the 97-series passport from 100 to 200 yuan a booklet; replacement of a lost passport double, 400; the application fee abolished; 加页、合订、加注、延期 still per 〔1993〕价费字164号 (20 each); no other charge may be added; from 2000-05-01. 公通字〔2000〕99号 (公安部、财政部) is cited beside it by fee tables; it did not set the 200-yuan level.',
  },
  'fee.2001-1835': {
    sources: [
      { url: FEE_CATALOGUE, level: 'secondary', by: 'fee catalogue (reprint)' },
      { url: 'http://m.baoji.bendibao.com/live/4688.shtm', level: 'secondary', by: '宝鸡本地宝 (list of fee bases for Taiwan permits)' },
    ],
    note: 'Date not seen (2001). Sets the multiple-entry Taiwan endorsement at 100 yuan (and the single-trip 台胞证 at 50); the 1993 schedule has no multiple-entry item for mainland residents.',
  },
  'fee.2002-1097': {
    sources: [{ url: WENZHOU_TABLE, level: 'secondary', by: 'Wenzhou exit-entry fee table' }],
    note: 'Date not seen (2002). Levels confirmed by the 2017 cut (发改价格〔2017〕1186号 lowered 100/20/40/100/300 yuan) and by 发改价格〔2005〕77号, which keeps the single, double, short and 3-year multiple endorsement fees per this notice.',
  },
  'fee.2005-77': {
    sources: [{ url: 'http://luozhuang.gov.cn/info/6139/47125.htm', level: 'reprint', by: '临沂市罗庄区人民政府' }],
    note: 'Reply to 公境〔2004〕1381号: multiple-entry endorsements for business, crew, training and employment of over 1 and up to 2 years 150 yuan, of over 2 and under 3 years 200; the other endorsement fees stay per 计价格〔2002〕1097号.',
  },
  'fee.2016-352': {
    sources: [
      { url: 'https://0798ci.com/law/15674.html', level: 'reprint' },
      { url: 'http://hhqthc.com/bumenfagui/2016/12-27/14207.html', level: 'reprint' },
    ],
    note: 'Card Taiwan permit 100 yuan, single-trip Taiwan permit 20; in force from publication (item 5). Cards were first issued in Fujian on 2016-12-26.',
  },
  'fee.2017-1186': {
    sources: [
      { url: 'http://www.jxyy.gov.cn/yyxgaj/qtcjxx/201805/0b2bec5830e74351833b721ae25a60de.shtml', level: 'secondary', by: 'county public-security bureau fee table (2018)' },
      { url: 'http://jindimoban.com/yyxgaj/qtcjxx/201805/0b2bec5830e74351833b721ae25a60de.shtml', level: 'secondary', imitates: 'the same county government page' },
    ],
    note: 'Passport 200 → 160 (lost-passport replacement 160); HK/Macau permit 100 → 80; endorsements 20 → 15, 40 → 30, 100 → 80, 150 → 120, 200 → 160, 300 → 240; card Taiwan permit 100 → 80; single-trip Taiwan permit 20 → 15; Taiwan endorsements 20 → 15, 100 → 80.',
  },
  'fee.2019-914': {
    sources: [{ url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', level: 'secondary', by: '图木舒克市人民政府' }],
    note: 'Passport 160 → 120; HK/Macau permit 80 → 60.',
  },
  'fee.2019-1931': {
    sources: [{ url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', level: 'secondary', by: '图木舒克市人民政府' }],
    note: 'Card Taiwan permit 80 → 60 (and the 5-year 台胞证 replacement 500 → 200). Title as cited by local fee tables; the full text was not seen.',
  },
});
