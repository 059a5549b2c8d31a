/**
 * The instruments that set exit-entry document fees. Numbers and dates as cited by official
 * fee tables of local public-security offices (which list "收费依据" per item); where a field
 * could not be confirmed it is left out or noted.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';

/** 价费字〔1993〕164号: the 1993 schedule (passport 100, HK/Macau permit 50, annotation 20 …). */
export const FEES_1993: Citation = {
  issuer: '国家物价局、财政部',
  title: '关于调整出入境证件收费标准的复函',
  number: '价费字〔1993〕164号',
  effective: '1993-05-01',
  note: 'Reply to 公境办〔1993〕185号; still cited for annotation (加注) and extension (延期) fees.',
};

/** 公通字〔2000〕99号: believed to set the 200-yuan passport fee. */
export const FEES_2000: Citation = {
  issuer: '公安部、财政部',
  title: '关于公安出入境证照收费有关问题的通知',
  number: '公通字〔2000〕99号',
  note: 'Date not confirmed. The 200-yuan passport level it set is confirmed by 发改价格〔2017〕1186号, which cut it to 160.',
};

/** 计价格〔2002〕1097号: HK/Macau permit and endorsement fees before 2017. */
export const FEES_2002: Citation = {
  issuer: '国家计委、财政部',
  title: '关于调整往来港澳通行证等收费标准的通知',
  number: '计价格〔2002〕1097号',
  note: 'Date not confirmed; levels confirmed by the 2017 cut (发改价格〔2017〕1186号 lowered 100/20/40/100/300 yuan).',
};

/** 发改价格〔2005〕77号: long-term multi-entry HK/Macau endorsements (1–2 and 2–3 years). */
export const FEES_2005: Citation = {
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于核定往来港澳长期多次有效签注收费标准的通知',
  number: '发改价格〔2005〕77号',
  published: '2005-01-17',
  effective: '2005-03-01',
};

/** 发改价格〔2016〕352号: the electronic (card) Taiwan permit 100 yuan, single-trip Taiwan permit 20 yuan. */
export const FEES_2016: Citation = {
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于电子往来台湾通行证收费标准等有关问题的通知',
  number: '发改价格〔2016〕352号',
  published: '2016-02-19',
  effective: '2016-02-19',
  note: 'In force from publication (art. 5); cards were first issued in Fujian on 2016-12-26.',
};

/** 发改价格〔2017〕1186号: the 2017-07-01 cut (passport 160, HK/Macau permit 80, endorsements 15/30/80/120/160/240 …). */
export const FEES_2017: Citation = {
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于降低电信网码号资源占用费等部分行政事业性收费标准的通知',
  number: '发改价格〔2017〕1186号',
  effective: '2017-07-01',
};

/** 发改价格〔2019〕914号: the 2019-07-01 cut (passport 120, HK/Macau permit 60). */
export const FEES_2019: Citation = {
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于降低部分行政事业性收费标准的通知',
  number: '发改价格〔2019〕914号',
  effective: '2019-07-01',
};

/** 发改价格规〔2019〕1931号: the card Taiwan permit 80 → 60 from 2020-01-01. */
export const FEES_2020: Citation = {
  issuer: '国家发展改革委、财政部',
  title: '国家发展改革委 财政部关于降低部分行政事业性收费标准的通知',
  number: '发改价格规〔2019〕1931号',
  effective: '2020-01-01',
  note: 'Title as cited by local fee tables; the full text was not seen.',
};

/** The 2018-02-01 national measures: free photo capture at every acceptance window. */
export const PHOTOS_2018: Citation = {
  issuer: '公安部',
  title: '公安部出入境管理便利措施（8项），2018年2月1日起实施',
  effective: '2018-02-01',
  note: 'Digital photo capture free at acceptance; printed photos not included.',
};
