/**
 * Where the laws and regulations of `./laws.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';
import { WIKISOURCE_RULES } from './laws.js';

/** The documentation of the laws and regulations, by instrument id. @internal */
export const LAWS_DOCUMENTATION = /* @__PURE__ */ documentation({
  'law.exit-entry-1985': {
    sources: [{ url: 'http://ru.china-embassy.org/chn/zfhz/zgflyd/t878351.htm', level: 'reprint', by: '中华人民共和国驻俄罗斯联邦大使馆' }],
    note: 'Repealed by 中华人民共和国出境入境管理法 (主席令第五十七号) from 2013-07-01.',
  },
  'law.exit-entry-2012': {
    sources: [{ url: 'https://laweer.com/question/d5bfde41c9d60.html', level: 'secondary' }],
  },
  'law.passport': {
    sources: [{ url: 'http://szqkhbnox.com/kpszfw/zwgk/fggw/zcfg/content/post_532170.html', level: 'reprint', imitates: '开平市人民政府' }],
  },
  'law.administrative-licensing': {
    sources: [{ url: 'http://crsrw.com/dianzishuiwu/118028.html', level: 'secondary' }],
    note: 'Amended 2019-04-23 (articles cited here unchanged).',
  },
  'law.general-principles-civil-1986': {
    note: 'Repealed by the 民法典 from 2021-01-01.',
  },
  'law.resident-id-card-amendment-2011': {
    note: 'Adds to the final article (附则): cards issued under the 中华人民共和国居民身份证条例 (first generation) stop being used from 2013-01-01.',
  },
  'reg.implementing-rules-1986': {
    sources: [{ url: WIKISOURCE_RULES, level: 'reprint', by: '维基文库 (1994 text)' }],
  },
  'reg.implementing-rules-1994': {
    sources: [{ url: WIKISOURCE_RULES, level: 'reprint', by: '维基文库' }],
    note: 'Ended with the 1985 law it implements (2013-07-01).',
  },
  'reg.hkmo-1986': {
    sources: [{ url: 'https://gzhtlawyer.com/service/3433.html', level: 'reprint', by: 'a Guangzhou law firm' }],
    note: 'Approved by the State Council on 1986-12-03 and published by the Ministry of Public Security. Later amendments not verified.',
  },
  'reg.taiwan-1991': {
    sources: [{ url: 'http://81.cn/gnxw/2015-06/18/content_6546631.htm', level: 'reprint', by: '新华社 (中国军网)' }],
  },
  'reg.taiwan-2015-revision': {
    sources: [{ url: 'https://yangguang.hiwsoft.net/open_case/3911', level: 'reprint' }],
    note: 'Item 9 rewrote art. 27 as art. 24: 「大陆居民往来台湾通行证有效期为10年」.',
  },
  'reg.mps-order-96': {
    sources: [{ url: 'http://stapees.com/news_det.aspx?Id=24', level: 'reprint' }],
    note:
      'Article numbers are those of the text as amended by 公安部令第118号 (2012), which inserted arts. 3 and 6. The effective date is not settled: a Tianjin PSB report of 2007-12-18 (news.enorth.com.cn) gives 2007-12-15; a 2009 secondary site (earthedu.com) gives 2008-03-15. The reprints seen give the publication (2007-10-25) but not the effective article.',
  },
  'reg.mps-order-118': {
    sources: [{ url: 'https://freewechat.com/a/MzIxOTExMDkzMQ==/2651712494/5', level: 'reprint' }],
  },
  'sc.2022-5': {
    note: '容缺受理 itself is described in the municipal rules that implement it (e.g. 西安市行政审批服务局).',
  },
  'cpc.2003-registered-personnel': {
    sources: [
      { url: 'http://cqqiji.com/rsc/col/1601015109499/2017/10/26/1601015729454.html', level: 'reprint', imitates: 'a government personnel office' },
      { url: 'https://www.yrrd.cn/wenku/rscss/BeRjo1z2eM', level: 'press', by: '人民日报·华南新闻 2003-04-30 (Guangdong’s implementation)' },
    ],
    note:
      'Issued with the notice 关于印发《关于加强国家工作人员因私事出国（境）管理的暂行规定》的通知 by five central bodies (the 人民日报 report says 中央五部委; a provincial implementing measure names them): 中共中央组织部、中共中央金融工作委员会、中共中央企业工作委员会、公安部、人事部. Defines 登记备案人员 and requires the employer’s approval (审批意见) with every application for a private exit-entry document.',
  },
  'std.gb-11643-1999': {
    note: 'Replaces GB 11643-1989 (社会保障号码, 15 digits).',
  },
  'mca.division-codes': {
    sources: [{ url: 'https://github.com/yescallop/areacodes', level: 'reprint', by: 'yescallop/areacodes' }],
    note: 'The Ministry of Civil Affairs’ yearly tables of the GB/T 2260 codes (editions 1981–2025, each the divisions on 31 December of its year).',
  },
});
