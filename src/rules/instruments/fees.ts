/**
 * The price notices that set exit-entry document fees (国家物价局 / 国家计委 / 国家发展改革委 with
 * 财政部). Local fee tables list the basis (收费依据) of each item; those tables are where most
 * numbers and titles were read.
 *
 * @module
 */
import { instrument } from './define.js';

/** @internal */
export const WENZHOU_TABLE = 'http://m.qebk.com/techan/261022.html';
/** @internal */
export const FEE_CATALOGUE = 'https://wanglu.net/thread/t13-396044-1.html';

// The fee notices of the registry.

export const FEE_1993_164 = /* @__PURE__ */ instrument('fee.1993-164', {
  kind: 'notice',
  issuer: '国家物价局、财政部',
  title: '国家物价局、财政部关于调整出入境证件收费标准的复函',
  number: '价费字〔1993〕164号',
  signed: '1993-04-01',
  effective: '1993-05-01',
  evidence: { level: 'reprint', url: 'http://ask.fsou.com/html/text/chl/140/14052.html', source: 'full text with the annex (法律法规库 copy; also ifib.cn)' },
});

export const FEE_2000_293 = /* @__PURE__ */ instrument('fee.2000-293', {
  kind: 'notice',
  issuer: '国家发展计划委员会、财政部',
  title: '国家计委、财政部关于调整新版因私护照收费标准的通知',
  number: '计价格〔2000〕293号',
  effective: '2000-05-01',
  evidence: { level: 'reprint', url: 'http://yishui.gov.cn/info/55886/302586.htm', source: '沂水县人民政府 (republished 2021-11-17), full text' },
});

export const FEE_2001_1835 = /* @__PURE__ */ instrument('fee.2001-1835', {
  kind: 'notice',
  issuer: '国家发展计划委员会、财政部',
  title: '国家计委、财政部关于出入境证件收费标准的通知',
  number: '计价格〔2001〕1835号',
  evidence: { level: 'secondary', url: FEE_CATALOGUE, source: 'a provincial fee catalogue listing the basis per item (Taiwan permit: 多次签注 100元/件, 计价格[2001]1835号), reprinted; title from the Baoji fee-basis list' },
});

export const FEE_2002_1097 = /* @__PURE__ */ instrument('fee.2002-1097', {
  kind: 'notice',
  issuer: '国家发展计划委员会、财政部',
  title: '国家计委、财政部关于调整往来港澳通行证等收费标准的通知',
  number: '计价格〔2002〕1097号',
  evidence: { level: 'secondary', url: WENZHOU_TABLE, source: 'local fee tables listing the basis per item (permit 100; endorsements 20/40/100/300)' },
});

export const FEE_2005_77 = /* @__PURE__ */ instrument('fee.2005-77', {
  kind: 'notice',
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委、财政部关于核定往来港澳长期多次有效签注收费标准等有关问题的通知',
  number: '发改价格〔2005〕77号',
  signed: '2005-01-17',
  published: '2005-01-17',
  effective: '2005-03-01',
  evidence: { level: 'reprint', url: 'http://luozhuang.gov.cn/info/6139/47125.htm', source: '罗庄区人民政府, full text (the title as listed by local fee tables)' },
});

export const FEE_2016_352 = /* @__PURE__ */ instrument('fee.2016-352', {
  kind: 'notice',
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于电子往来台湾通行证收费标准等有关问题的通知',
  number: '发改价格〔2016〕352号',
  signed: '2016-02-19',
  published: '2016-02-19',
  effective: '2016-02-19',
  evidence: { level: 'reprint', url: 'https://0798ci.com/law/15674.html', source: 'full text (also hhqthc.com)' },
});

export const FEE_2017_1186 = /* @__PURE__ */ instrument('fee.2017-1186', {
  kind: 'notice',
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于降低电信网码号资源占用费等部分行政事业性收费标准的通知',
  number: '发改价格〔2017〕1186号',
  effective: '2017-07-01',
  evidence: { level: 'secondary', url: 'http://www.jxyy.gov.cn/yyxgaj/qtcjxx/201805/0b2bec5830e74351833b721ae25a60de.shtml', source: 'a county public-security fee table (2018) listing the new levels with this basis (FACTS S4)' },
});

export const FEE_2019_914 = /* @__PURE__ */ instrument('fee.2019-914', {
  kind: 'notice',
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于降低部分行政事业性收费标准的通知',
  number: '发改价格〔2019〕914号',
  effective: '2019-07-01',
  evidence: { level: 'secondary', url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', source: 'a government fee table with the basis per item; CCTV report of 2019-06' },
});

export const FEE_2019_1931 = /* @__PURE__ */ instrument('fee.2019-1931', {
  kind: 'notice',
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于降低部分行政事业性收费标准的通知',
  number: '发改价格规〔2019〕1931号',
  effective: '2020-01-01',
  evidence: { level: 'secondary', url: 'https://www.btnsss.gov.cn/zdzl/rdzd/hzzfgq/sjgbm/gaj/sqgs/xzzffwzn/109636.htm', source: 'a government fee table with the basis per item' },
});
