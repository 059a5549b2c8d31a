/**
 * The instruments behind the endorsement tables, cited by issuer, title, document number,
 * article and dates as far as they are known. Where an official text was not reachable, the
 * `note` says where the content was seen (a press reprint quoting the notice); the notice, not the
 * mirror, is what is cited. Titles in 〈angle brackets〉 are descriptions, not official titles.
 *
 * @module
 */
import { TAIWAN_RULES_1991 as D_TAIWAN_RULES_1991 } from '../instruments.js';
import type { Citation } from '../../rules/citation.js';

const reprint = /* @__NO_SIDE_EFFECTS__ */ (where: string): string => `Official text not reached; content as quoted by ${where}.`;

/** 1986 HK/Macau interim measures: every trip needs an endorsement (art. 22). */
export const HKMO_MEASURES_1986: Citation = {
  issuer: '公安部',
  title: '中国公民因私事往来香港地区或者澳门地区的暂行管理办法',
  article: '第二十二条',
  published: '1986-12-25',
  effective: '1986-12-25',
  note: 'Approved by the State Council on 1986-12-03 and published by the Ministry of Public Security. ' + reprint('a lawyer site (FACTS S18)'),
};

/** 1991 Taiwan measures (State Council Order 93). */
export const TAIWAN_MEASURES_1991: Citation = {
  ...D_TAIWAN_RULES_1991,
};

/** Registered state personnel need their employer's approval for any private exit document or endorsement. */
export const REGISTERED_PERSONNEL_2003: Citation = {
  issuer: '公安部',
  title: '关于加强国家工作人员因私事出国（境）管理的暂行规定',
  number: '公通字〔2003〕13号',
  published: '2003-01-14',
  effective: '2003-01-14',
  note: 'Defines 登记备案人员 and requires the employer\'s approval (审批意见) with every application. ' + reprint('a 2017 reprint (FACTS S64, S101)'),
};

/**
 * HK/Macau endorsement issuing rules as published in the service guides (办事指南) of the exit-entry
 * administration and provincial public-security offices. No document number is published.
 */
export const HKMO_SERVICE_GUIDE: Citation = {
  issuer: '国家移民管理局（原公安部出入境管理局）',
  title: '〈往来港澳通行证签注签发规定（办事指南）〉',
  note: 'Option sets (validity × entries) and stays per type as published in the national/provincial service guides; ' + reprint('provincial public-security guide pages of about 2013–2023 (FACTS S49, S50, S51, S53, S84)'),
};

/** Press report of the first G cities and the 2003 endorsement (3 months, single or double, 7 days). */
export const G_2003_XINHUA: Citation = {
  issuer: '公安部',
  title: '〈开办居民个人赴港澳地区旅游：广东中山、东莞、江门、佛山（2003-07-28）及北京、上海（2003-09-01）〉',
  published: '2003-08-07',
  note: 'The Ministry of Public Security extended individual visits to Beijing and Shanghai from 2003-09-01 "as in Zhongshan, Dongguan, Jiangmen and Foshan since 2003-07-28"; endorsement 3 months, one or two trips, at most 7 days per stay. ' + reprint('新华社 2003-08-07 (china.com.cn)'),
};

/** Guangzhou, Zhuhai, Shenzhen (and Huizhou) from 2003-08-20. */
export const G_2003_0820: Citation = {
  issuer: '广东省公安厅',
  title: '〈广州、深圳、珠海、惠州开办居民个人赴港澳地区旅游（2003-08-20）〉',
  note: 'Guangzhou, Zhuhai and Shenzhen from 2003-08-20 per 广州日报 2003-08-27; Huizhou completes the 16 cities the MPS counted before 2004-07-01 (公安部出入境管理局 2004-04-20).',
};

/** Six more Guangdong cities from 2004-01-01. */
export const G_2004_0101: Citation = {
  issuer: '广东省公安厅',
  title: '〈汕头、潮州、梅州、肇庆、清远、云浮六市开办个人赴港澳旅游（经国务院批准）〉',
  published: '2003-12-30',
  effective: '2004-01-01',
  note: reprint('广州日报 2003-12-31 (sina)'),
};

/** MPS exit-entry bureau, 2004-04-20: rest of Guangdong from 2004-05-01; nine Jiangsu/Zhejiang/Fujian cities from 2004-07-01. */
export const G_2004_MPS: Citation = {
  issuer: '公安部出入境管理局',
  title: '〈关于在福建、江苏、浙江9个城市及广东省其余7个城市开办居民个人赴港澳地区旅游的公告（经国务院批准）〉',
  published: '2004-04-20',
  note: 'Fuzhou: urban districts only. ' + reprint('中新网 2004-04-20 quoting the MPS website'),
};

/** Tianjin and Chongqing from 2005-03-01. */
export const G_2005_0301: Citation = {
  issuer: '国务院（批准）',
  title: '〈天津市、重庆市开办居民个人赴港澳地区旅游〉',
  effective: '2005-03-01',
  note: 'Tianjin: 天津市公安局出入境管理局 year report (2006-01-05). Chongqing: 15 urban districts only at first.',
};

/** Chengdu, Jinan, Shenyang, Dalian from November 2005. */
export const G_2005_11: Citation = {
  issuer: '国务院（批准）',
  title: '〈成都、济南、沈阳、大连开办居民个人赴港澳地区旅游〉',
  note: 'Month (2005-11) from an encyclopaedia page (FACTS S43); the day (1 November) is not confirmed.',
};

/** Six provincial capitals from 2006-05-01. */
export const G_2006_0501: Citation = {
  issuer: '国务院（批准）',
  title: '〈南昌、长沙、南宁、海口、贵阳、昆明开办居民个人赴港澳地区旅游〉',
  effective: '2006-05-01',
  note: reprint('新华社 2006-05-01 (gov.cn)'),
};

/** Five more provincial capitals from 2007-01-01 (49 cities). */
export const G_2007_0101: Citation = {
  issuer: '国务院（批准）',
  title: '〈石家庄、郑州、长春、合肥、武汉开办居民个人赴港澳地区旅游〉',
  effective: '2007-01-01',
  note: 'Date from an encyclopaedia page (FACTS S43); the list of five cities is general knowledge, consistent with the 49-city total of 2024.',
};

/** Xi'an and Qingdao from 2024-03-06. */
export const G_2024_XIAN_QINGDAO: Citation = {
  issuer: '中华人民共和国出入境管理局',
  title: '关于在陕西省西安市、山东省青岛市签发往来港澳"个人旅游签注"的公告',
  number: '中华人民共和国出入境管理局公告2024年第1号',
  published: '2024-02-23',
  effective: '2024-03-06',
  url: 'https://www.gov.cn/zhengce/zhengceku/202402/content_6934609.htm',
};

/** Eight more cities from 2024-05-27 (59). */
export const G_2024_EIGHT_CITIES: Citation = {
  issuer: '中华人民共和国出入境管理局',
  title: '关于在山西省太原市等8个城市签发往来港澳"个人旅游签注"的公告',
  published: '2024-05-11',
  effective: '2024-05-27',
  note: 'Document number not seen. ' + reprint('人民网 and 中新社 2024-05-11'),
};

/** Shenzhen 一签多行 from 2009-04-01. */
export const SHENZHEN_MULTI_2009: Citation = {
  issuer: '公安部（深圳市公安局出入境管理部门公布）',
  title: '〈深圳市户籍居民赴香港个人旅游"一签多行"〉',
  effective: '2009-04-01',
  note: 'Shenzhen hukou holders, 1-year multiple-entry, government servants excluded. ' + reprint('China Daily 2009-04-01'),
};

/** Shenzhen 一周一行 from 2015-04-13. */
export const SHENZHEN_WEEKLY_2015: Citation = {
  issuer: '公安部',
  title: '〈调整深圳居民赴香港"一签多行"政策为"一周一行"〉',
  published: '2015-04-13',
  effective: '2015-04-13',
  note: 'Issued multiple-entry endorsements stay valid until they expire. ' + reprint('新华社 2015-04-14 (english.gov.cn)'),
};

/** Shenzhen / Zhuhai / Hengqin regimes announced 2024-11-29. */
export const REGIMES_2024: Citation = {
  issuer: '中华人民共和国出入境管理局',
  title: '〈在广东省深圳市实施赴香港旅游"一签多行"政策、在珠海市实施赴澳门旅游"一周一行"政策、在横琴粤澳深度合作区实施赴澳门旅游"一签多行"政策的公告〉',
  published: '2024-11-29',
  note: 'Document number not seen. State personnel and serving military excluded (国家工作人员和现役军人除外). ' + reprint('央视新闻 and 新华社 2024-11-29'),
};

/** Suspension of HK/Macau tourist endorsements from 2020-01-28. */
export const SUSPENSION_2020: Citation = {
  issuer: '国家移民管理局',
  title: '国家移民管理局关于暂停办理内地居民往来港澳地区旅游签注的公告',
  published: '2020-01-28',
  effective: '2020-01-28',
  note: 'Group and individual tourist endorsements, Shenzhen 一周一行 included. ' + reprint('法律巴士 2020-01-31 quoting the NIA website'),
};

/** Macau tourist endorsements resumed by region: Zhuhai 2020-08-12, Guangdong 2020-08-26, nationwide 2020-09-23. */
export const MACAU_RESUMPTION_2020: Citation = {
  issuer: '国家移民管理局',
  title: '关于恢复办理内地居民赴澳门旅游签注的公告',
  article: '第一条',
  published: '2020-08-11',
  note: 'Zhuhai residents (residence-permit holders included) from 2020-08-12; Guangdong residents from 2020-08-26; nationwide from 2020-09-23. ' + reprint('北京青年报/央视新闻 and 羊城派 2020-08-11'),
};

/** From 2023-01-08: HK tourist and business endorsements resumed. */
export const NIA_2023_0108: Citation = {
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于自2023年1月8日起优化移民管理政策措施的公告〉',
  article: '第一条',
  effective: '2023-01-08',
  note: '"恢复办理内地居民旅游、商务赴港签注". ' + reprint('forum reprints of the NIA announcement (FACTS S71)'),
};

/** From 2023-02-06: group-tour business between the mainland and HK/Macau resumed. */
export const GROUP_TOURS_2023: Citation = {
  issuer: '国务院联防联控机制综合组',
  title: '关于全面恢复内地与港澳人员往来的通知',
  effective: '2023-02-06',
  note: 'Resumed travel agencies\' group-tour business (恢复内地居民与香港、澳门团队旅游经营活动); it did not change endorsement issuance. ' + reprint('人民日报 2023-02-07'),
};

/** From 2023-05-15: L 全国通办 fully restored; T/D/Q 全国通办; Macau students' D = study period. */
export const NIA_2023_0515: Citation = {
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于自2023年5月15日起进一步调整优化出入境管理政策措施的公告〉',
  published: '2023-05-11',
  effective: '2023-05-15',
  note: reprint('央视新闻 2023-05-11'),
};

/** Talent endorsement pilot in the Greater Bay Area from 2023-02-20. */
export const TALENT_2023: Citation = {
  issuer: '中华人民共和国出入境管理局',
  title: '〈关于在粤港澳大湾区内地城市试点实施往来港澳人才签注政策的公告〉',
  published: '2023-02-09',
  effective: '2023-02-20',
  note: 'Six categories; 5/3/1-year multiple entry; 30 days per stay; outstanding talent may apply at any county-level office in the area, others at their place of work. ' + reprint('国家移民管理局 via 中国西藏网 2023-02-10'),
};

/** NIA measures from 2024-05-06 (S any office, S stay 14 days, talent to Beijing/Shanghai, Macau 1-year multiple Q, 琴澳 L). */
export const NIA_2024_0506: Citation = {
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于自2024年5月6日起实施便民利企出入境管理政策措施的公告〉',
  published: '2024-04-28',
  effective: '2024-05-06',
  note: 'FACTS S35 gives 公告2024年第2号; the number was not seen in an official text. ' + reprint('大公报 2024-04-29 and traveldaily 2024-05-06'),
};

/** Talent endorsement extended to Tianjin, Hebei, Jiangsu, Zhejiang, Anhui and all free-trade zones from 2025-11-05. */
export const NIA_2025_1105: Citation = {
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于自2025年11月5日起实施支持扩大开放服务高质量发展出入境政策措施的公告〉',
  published: '2025-11-03',
  effective: '2025-11-05',
  note: 'Free-trade zones are not administrative divisions and are not in the area table. ' + reprint('世界日报/大公报 2025-11-04'),
};

/** Residence-permit holders may apply for HK/Macau endorsements where they live, from 2016-04-01. */
export const RESIDENCE_PERMIT_2016: Citation = {
  issuer: '公安部',
  title: '〈居住证持有人在居住地申请出入境证件便利措施〉',
  effective: '2016-04-01',
  note: 'Shenzhen\'s 1-year multiple-entry G excluded. Title and number not seen; ' + reprint('a 2016 local reprint (FACTS S61)'),
};

/** In-province 通办 from 2018-02-01 (not registered personnel). */
export const MPS_2018_0201: Citation = {
  issuer: '公安部',
  title: '〈公安部出入境管理八项便民措施〉',
  effective: '2018-02-01',
  note: 'In-province applications for permits and endorsements; registered state personnel and serving military excluded. ' + reprint('新华社 2018-01-22 (FACTS S30)'),
};

/** From 2018-09-01: group-tour endorsements at any office. */
export const NIA_2018_0901: Citation = {
  issuer: '国家移民管理局',
  title: '〈国家移民管理局自2018年9月1日起实施的出入境便民措施〉',
  effective: '2018-09-01',
  note: 'Group-tour (L) endorsements to HK/Macau/Taiwan and replacement of documents at any office. ' + reprint('FACTS S31'),
};

/** Taiwan endorsement list, older generation (with J). */
export const TAIWAN_GUIDE_OLDER: Citation = {
  issuer: '公安部出入境管理局',
  title: '〈前往台湾签注种类及有效期（旧版列表，含J签注）〉',
  note: 'L 3-month single; T 6-month single or 1/2/3-year multiple; J 3-year multiple; Q 6-month single; C 1-year multiple. ' + reprint('encyclopaedia pages (FACTS S48)'),
};

/** Taiwan endorsement list, later generation (nine types, no J). */
export const TAIWAN_GUIDE_LATER: Citation = {
  issuer: '公安部出入境管理局（国家移民管理局）',
  title: '〈前往台湾签注签发规定（九类）〉',
  note: 'L 6-month single; G 6-month single; T 6-month single or 1/2/3-year multiple per the Taiwan entry permit; D 6-month single; Y and F 6-month single, 6-month/1/2/3-year multiple; X per study period; C 1/2/3-year multiple; Q 6-month single or 1-year multiple. ' + reprint('provincial public-security guide pages (长沙, 成都, 烟台, 南通; FACTS S48)'),
};

/** Taiwan group tours from 2008-07-04. */
export const TAIWAN_GROUP_2008: Citation = {
  issuer: '国家旅游局',
  title: '〈大陆居民赴台湾地区旅游（团队）启动〉',
  effective: '2008-07-04',
  note: 'Opened in stages; all provinces by 2010-07. ' + reprint('新华社 2012-04-01 (FACTS S47)'),
};

/** Taiwan individual-travel pilot, batch 1 (2011-06-28). */
export const TAIWAN_IND_2011: Citation = {
  issuer: '国家旅游局（经商国务院台办和公安部）',
  title: '〈大陆居民赴台湾地区个人旅游试点（第一批：北京、上海、厦门）〉',
  effective: '2011-06-28',
  note: 'Hukou residents apply at their hukou place for the permit and a G endorsement; at most 15 days in Taiwan from the day after entry. ' + reprint('中国台湾网 2011-06-29'),
};

/** Batch 2, phase 1 (2012-04-28) and phase 2 (2012-08-28). */
export const TAIWAN_IND_2012: Citation = {
  issuer: '海峡两岸旅游交流协会',
  title: '〈开放第二批大陆居民赴台个人旅游试点城市（与台湾海峡两岸观光旅游协会达成共识）〉',
  published: '2012-04-01',
  note: 'Tianjin, Chongqing, Nanjing, Hangzhou, Guangzhou, Chengdu from 2012-04-28; Jinan, Xi\'an, Fuzhou, Shenzhen from 2012-08-28 (新华社 2014-08-17).',
};

/** Batch 3 (2013-08-28). */
export const TAIWAN_IND_2013: Citation = {
  issuer: '海峡两岸旅游交流协会',
  title: '〈第三批大陆居民赴台个人旅游试点城市（13个）〉',
  effective: '2013-08-28',
  note: reprint('新华社 2014-08-17'),
};

/** Batch 4 (2014-08-18). */
export const TAIWAN_IND_2014: Citation = {
  issuer: '海峡两岸旅游交流协会',
  title: '〈第四批大陆居民赴台个人旅游试点城市（10个）〉',
  effective: '2014-08-18',
  note: 'Wenzhou police: G endorsement 6 months, one entry, hukou residents (浙江日报 2014-08-19). ' + reprint('新华社 2014-08-17'),
};

/** Batch 5 (2015-04-15): 47 cities. */
export const TAIWAN_IND_2015: Citation = {
  issuer: '海峡两岸旅游交流协会',
  title: '〈第五批大陆居民赴台个人旅游试点城市（11个）〉',
  published: '2015-03-18',
  effective: '2015-04-15',
  note: reprint('明报 2015-03-18 (CNA)'),
};

/** Suspension of the Taiwan individual-travel pilot from 2019-08-01. */
export const TAIWAN_SUSPENSION_2019: Citation = {
  issuer: '海峡两岸旅游交流协会',
  title: '海峡两岸旅游交流协会关于暂停大陆居民赴台个人游试点的公告',
  published: '2019-07-31',
  effective: '2019-08-01',
  note: 'Published on the Ministry of Culture and Tourism website; all 47 pilot cities.',
};


/** Guangdong public-security department: who may have an S endorsement, and the filing rule. */
export const GUANGDONG_S_2018: Citation = {
  issuer: '广东省公安厅',
  title: '〈港澳商务签注申请条件（办事知识库答复）〉',
  published: '2018-08-31',
  url: 'http://gdga.gd.gov.cn/bsfw/zsk/crj/content/post_1092269.html',
  note: 'Staff of enterprises and institutions, sole traders, drivers of designated vehicles; multiple-entry S needs the employer\'s prior filing. Options per status as in provincial guides: filed staff 3-month single, 3-month multiple, 1-year multiple; unfiled staff and sole traders 3-month single; drivers 3-month or 1-year multiple (same for HK and Macau).',
};
