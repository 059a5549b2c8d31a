/**
 * Local measures of exit-entry offices (Guangzhou, Harbin, Xi'an, Chengdu, Shanxi, Jilin). Most
 * are known only from press reports of the office's work (the seed reports are cited by their
 * own title and date); none of them has a document number we have seen.
 *
 * @module
 */
import { defineInstruments } from './define.js';

/** The local measures of the registry. @internal */
export const LOCAL_MEASURES = defineInstruments({
  'local.guangzhou-2013': {
    kind: 'local-measure',
    issuer: '广州市公安局出入境管理部门',
    title: '〈关于调整出入境证件办理工作时限的通告〉',
    effective: '2013-07-01',
    evidence: { level: 'secondary', url: 'http://gzbaichu.com/html/crjzwwReleaseGuideGuide20131022092647.html', source: 'the Guangzhou exit-entry guide page of 2013-10-22, as copied (FACTS S57)' },
    sources: [{ url: 'http://gzbaichu.com/html/crjzwwReleaseGuideGuide20131022092647.html', level: 'secondary' }],
    note:
      'Passports 11 → 10 working days, HK/Macau and Taiwan permits 15 → 10, re-endorsements 10 → 5, kiosk re-endorsements (HK/Macau) 10 → 3; online: first issue, renewal and replacement 8, HK/Macau family, business, other and stay re-endorsements and Taiwan re-endorsements 5, HK/Macau individual and group tourist re-endorsements 3.',
  },
  'local.harbin-2014': {
    kind: 'local-measure',
    issuer: '哈尔滨市公安局出入境管理局',
    title: '〈哈尔滨市公安局出入境管理局便民服务措施（2014年）〉',
    evidence: { level: 'press', source: '「哈市公安局出入境管理工作受到群众好评」 (黑龙江, 2014-10-27; seed 000_baad1da1e470e07e)' },
    note:
      'Free photo capture at all 19 halls from 2014-04-01; passports and HK/Macau permits within 7 working days, Taiwan permits within 5, HK/Macau tourist re-endorsements 5 → 3. No notice number or start date for the time limits; not found in any primary source.',
  },
  'local.xian-2014': {
    kind: 'local-measure',
    issuer: '西安市公安局出入境管理支队',
    title: '〈西安市往来港澳台签注5个工作日办结（2014年）〉',
    evidence: { level: 'secondary', source: 'reprints of the 2014-07-25 national measures (FACTS S29); 华商报 2018-04-04 confirms 5 working days before 2017' },
  },
  'local.xian-2017': {
    kind: 'local-measure',
    issuer: '西安市公安局出入境管理支队',
    title: '〈西安市再次申请往来港澳台签注办理时限由5个工作日缩短为3个工作日（2017年）〉',
    evidence: { level: 'press', source: '华商报 2018-04-04 (yybnet.net)' },
    note: 'The cut was made in 2017; the report gives no day.',
  },
  'local.chengdu-2018': {
    kind: 'local-measure',
    issuer: '成都市公安局出入境管理局',
    title: '〈出入境业务“最多跑一次”便民措施〉',
    evidence: { level: 'press', source: '「輕鬆辦理，立等可取，蓉公安出入境管理局為遊客減負增效」 (亞洲文旅網, 2018-05-16; seed 001_7a22a7ab153b9855)' },
    note:
      'Known only from a press report of May 2018 (LOCAL-MEASURES, Chengdu): two-way courier re-endorsement; immediate tourist endorsements for Chengdu residents and residence-permit holders (not registered personnel); kiosks in all 22 district halls; 219 police-station service points; 容缺受理 (core materials complete, secondary ones supplied later); postal delivery cut from 22 to 10 yuan, several documents of one person in one parcel, free for people aged 60 or over and for disabled people. No instrument number, start date, cure period or failure rule was published in what we saw.',
  },
  'local.shanxi-2013': {
    kind: 'local-measure',
    issuer: '山西省公安厅出入境管理局',
    title: '〈省内就近办理因私出入境证件须知〉',
    effective: '2013-03-01',
    evidence: { level: 'reprint', url: 'http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013030709590608820111', source: 'republished by 柳林县公安局 on the 吕梁市公安局 site (2013-03-07)' },
    sources: [{ url: 'http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013030709590608820111', level: 'reprint', by: '吕梁市公安局 (柳林县公安局)' }],
    note:
      'Shanxi hukou residents living one year or more elsewhere in the province: passports, Taiwan permits and endorsements, HK/Macau permits and group-tour endorsements, with proof of residence; registered personnel with their approval. Implements the 2012-01-01 MPS scheme of in-province nearby applications in some provinces.',
  },
  'local.jilin-2015': {
    kind: 'local-measure',
    issuer: '吉林省公安厅出入境管理局',
    title: '〈吉林省因私出入境证件全省通办（取消省内户籍地限制）〉',
    evidence: { level: 'press', source: '「出入境管理局采取措施推动服务管理模式转型升级」 (2015-06-17; seed 003_0be8ec3147f5fa28)' },
    note: 'Known only from the press report of 2015-06 on the provincial bureau (LOCAL-MEASURES, Jilin); no notice or start date was seen.',
  },
  'local.jilin-2016': {
    kind: 'local-measure',
    issuer: '吉林省公安厅出入境管理局',
    title: '〈中介代办机构代为申请无需面见申请人的再次签注（2016年上半年）〉',
    evidence: { level: 'press', source: '「出入境管理局采取措施推动服务管理模式转型升级」 (2015-06-17; seed 003_0be8ec3147f5fa28)' },
    note: 'Announced in the press report of 2015-06 for the first half of 2016 (LOCAL-MEASURES, Jilin); no notice was seen.',
  },
});
