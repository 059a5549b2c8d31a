/**
 * The price notices that set exit-entry document fees (国家物价局 / 国家计委 / 国家发展改革委 with
 * 财政部). Local fee tables list the basis (收费依据) of each item; those tables are where most
 * numbers and titles were read.
 *
 * @module
 */
import { defineInstruments } from './define.js';

const WENZHOU_TABLE = 'http://m.qebk.com/techan/261022.html';
const FEE_CATALOGUE = 'https://wanglu.net/thread/t13-396044-1.html';

/** The fee notices of the registry. @internal */
export const FEE_NOTICES = defineInstruments({
  'fee.1993-164': {
    kind: 'notice',
    issuer: '国家物价局、财政部',
    title: '国家物价局、财政部关于调整出入境证件收费标准的复函',
    number: '价费字〔1993〕164号',
    signed: '1993-04-01',
    effective: '1993-05-01',
    evidence: { level: 'reprint', url: 'http://ask.fsou.com/html/text/chl/140/14052.html', source: 'full text with the annex (法律法规库 copy; also ifib.cn)' },
    sources: [
      { url: 'http://ask.fsou.com/html/text/chl/140/14052.html', level: 'reprint' },
      { url: 'http://www.ifib.cn/shehui/757699.html', level: 'reprint' },
    ],
    note: 'Reply to 公境办〔1993〕185号: passport 100; application fee 5 (abolished by 计价格〔2000〕293号); passport 加页、合订、加注、延期 20 each; 入出境通行证 20/50/100; 往来港澳通行证 50, 延期、加注 20; 前往港澳通行证 50; 大陆居民往来台湾通行证 30, 签证、加注、延期 20. Still cited by fee tables for annotation (加注) and extension (延期).',
  },
  'fee.2000-293': {
    kind: 'notice',
    issuer: '国家发展计划委员会、财政部',
    title: '国家计委、财政部关于调整新版因私护照收费标准的通知',
    number: '计价格〔2000〕293号',
    effective: '2000-05-01',
    evidence: { level: 'reprint', url: 'http://yishui.gov.cn/info/55886/302586.htm', source: '沂水县人民政府 (republished 2021-11-17), full text' },
    sources: [
      { url: 'http://yishui.gov.cn/info/55886/302586.htm', level: 'reprint', by: '沂水县人民政府' },
      { url: WENZHOU_TABLE, level: 'secondary', by: 'Wenzhou exit-entry fee table (basis of the 97-series passport fee)' },
    ],
    note:
      'Reply to 公安部 (公境〔1999〕1510号): the 97-series passport from 100 to 200 yuan a booklet; replacement of a lost passport double, 400; the application fee abolished; 加页、合订、加注、延期 still per 〔1993〕价费字164号 (20 each); no other charge may be added; from 2000-05-01. 公通字〔2000〕99号 (公安部、财政部) is cited beside it by fee tables; it did not set the 200-yuan level.',
  },
  'fee.2001-1835': {
    kind: 'notice',
    issuer: '国家发展计划委员会、财政部',
    title: '国家计委、财政部关于出入境证件收费标准的通知',
    number: '计价格〔2001〕1835号',
    evidence: { level: 'secondary', url: FEE_CATALOGUE, source: 'a provincial fee catalogue listing the basis per item (Taiwan permit: 多次签注 100元/件, 计价格[2001]1835号), reprinted; title from the Baoji fee-basis list' },
    sources: [
      { url: FEE_CATALOGUE, level: 'secondary', by: 'fee catalogue (reprint)' },
      { url: 'http://m.baoji.bendibao.com/live/4688.shtm', level: 'secondary', by: '宝鸡本地宝 (list of fee bases for Taiwan permits)' },
    ],
    note: 'Date not seen (2001). Sets the multiple-entry Taiwan endorsement at 100 yuan (and the single-trip 台胞证 at 50); the 1993 schedule has no multiple-entry item for mainland residents.',
  },
  'fee.2002-1097': {
    kind: 'notice',
    issuer: '国家发展计划委员会、财政部',
    title: '国家计委、财政部关于调整往来港澳通行证等收费标准的通知',
    number: '计价格〔2002〕1097号',
    evidence: { level: 'secondary', url: WENZHOU_TABLE, source: 'local fee tables listing the basis per item (permit 100; endorsements 20/40/100/300)' },
    sources: [{ url: WENZHOU_TABLE, level: 'secondary', by: 'Wenzhou exit-entry fee table' }],
    note: 'Date not seen (2002). Levels confirmed by the 2017 cut (发改价格〔2017〕1186号 lowered 100/20/40/100/300 yuan) and by 发改价格〔2005〕77号, which keeps the single, double, short and 3-year multiple endorsement fees per this notice.',
  },
  'fee.2005-77': {
    kind: 'notice',
    issuer: '国家发展改革委、财政部',
    title: '国家发展改革委、财政部关于核定往来港澳长期多次有效签注收费标准等有关问题的通知',
    number: '发改价格〔2005〕77号',
    signed: '2005-01-17',
    published: '2005-01-17',
    effective: '2005-03-01',
    evidence: { level: 'reprint', url: 'http://luozhuang.gov.cn/info/6139/47125.htm', source: '罗庄区人民政府, full text (the title as listed by local fee tables)' },
    sources: [{ url: 'http://luozhuang.gov.cn/info/6139/47125.htm', level: 'reprint', by: '临沂市罗庄区人民政府' }],
    note: 'Reply to 公境〔2004〕1381号: multiple-entry endorsements for business, crew, training and employment of over 1 and up to 2 years 150 yuan, of over 2 and under 3 years 200; the other endorsement fees stay per 计价格〔2002〕1097号.',
  },
  'fee.2016-352': {
    kind: 'notice',
    issuer: '国家发展改革委、财政部',
    title: '国家发展改革委 财政部关于电子往来台湾通行证收费标准等有关问题的通知',
    number: '发改价格〔2016〕352号',
    signed: '2016-02-19',
    published: '2016-02-19',
    effective: '2016-02-19',
    evidence: { level: 'reprint', url: 'https://0798ci.com/law/15674.html', source: 'full text (also hhqthc.com)' },
    sources: [
      { url: 'https://0798ci.com/law/15674.html', level: 'reprint' },
      { url: 'http://hhqthc.com/bumenfagui/2016/12-27/14207.html', level: 'reprint' },
    ],
    note: 'Card Taiwan permit 100 yuan, single-trip Taiwan permit 20; in force from publication (item 5). Cards were first issued in Fujian on 2016-12-26.',
  },
  'fee.2017-1186': {
    kind: 'notice',
    issuer: '国家发展改革委、财政部',
    title: '国家发展改革委 财政部关于降低电信网码号资源占用费等部分行政事业性收费标准的通知',
    number: '发改价格〔2017〕1186号',
    effective: '2017-07-01',
    evidence: { level: 'secondary', url: 'http://www.jxyy.gov.cn/yyxgaj/qtcjxx/201805/0b2bec5830e74351833b721ae25a60de.shtml', source: 'a county public-security fee table (2018) listing the new levels with this basis (FACTS S4)' },
    sources: [
      { url: 'http://www.jxyy.gov.cn/yyxgaj/qtcjxx/201805/0b2bec5830e74351833b721ae25a60de.shtml', level: 'secondary', by: 'county public-security bureau fee table (2018)' },
      { url: 'http://jindimoban.com/yyxgaj/qtcjxx/201805/0b2bec5830e74351833b721ae25a60de.shtml', level: 'secondary', imitates: 'the same county government page' },
    ],
    note: 'Passport 200 → 160 (lost-passport replacement 160); HK/Macau permit 100 → 80; endorsements 20 → 15, 40 → 30, 100 → 80, 150 → 120, 200 → 160, 300 → 240; card Taiwan permit 100 → 80; single-trip Taiwan permit 20 → 15; Taiwan endorsements 20 → 15, 100 → 80.',
  },
  'fee.2019-914': {
    kind: 'notice',
    issuer: '国家发展改革委、财政部',
    title: '国家发展改革委 财政部关于降低部分行政事业性收费标准的通知',
    number: '发改价格〔2019〕914号',
    effective: '2019-07-01',
    evidence: { level: 'secondary', url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', source: 'a government fee table with the basis per item; CCTV report of 2019-06' },
    sources: [{ url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', level: 'secondary', by: '图木舒克市人民政府' }],
    note: 'Passport 160 → 120; HK/Macau permit 80 → 60.',
  },
  'fee.2019-1931': {
    kind: 'notice',
    issuer: '国家发展改革委、财政部',
    title: '国家发展改革委 财政部关于降低部分行政事业性收费标准的通知',
    number: '发改价格规〔2019〕1931号',
    effective: '2020-01-01',
    evidence: { level: 'secondary', url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', source: 'a government fee table with the basis per item' },
    sources: [{ url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', level: 'secondary', by: '图木舒克市人民政府' }],
    note: 'Card Taiwan permit 80 → 60 (and the 5-year 台胞证 replacement 500 → 200). Title as cited by local fee tables; the full text was not seen.',
  },
});
