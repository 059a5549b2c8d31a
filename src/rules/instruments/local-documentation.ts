/**
 * Where the local measures of `./local.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';

/** The documentation of the local measures, by instrument id. @internal */
export const LOCAL_DOCUMENTATION = /* @__PURE__ */ documentation({
  'local.guangzhou-2013': {
    sources: [{ url: 'http://gzbaichu.com/html/crjzwwReleaseGuideGuide20131022092647.html', level: 'secondary' }],
    note:
      'Passports 11 → 10 working days, HK/Macau and Taiwan permits 15 → 10, re-endorsements 10 → 5, kiosk re-endorsements (HK/Macau) 10 → 3; online: first issue, renewal and replacement 8, HK/Macau family, business, other and stay re-endorsements and Taiwan re-endorsements 5, HK/Macau individual and group tourist re-endorsements 3.',
  },
  'local.harbin-2014': {
    note:
      'Free photo capture at all 19 halls from 2014-04-01; passports and HK/Macau permits within 7 working days, Taiwan permits within 5, HK/Macau tourist re-endorsements 5 → 3. No notice number or start date for the time limits; not found in any primary source.',
  },
  'local.xian-2017': {
    note: 'The cut was made in 2017; the report gives no day.',
  },
  'local.chengdu-2018': {
    note:
      'Known only from a press report of May 2018 (LOCAL-MEASURES, Chengdu): two-way courier re-endorsement; immediate tourist endorsements for Chengdu residents and residence-permit holders (not registered personnel); kiosks in all 22 district halls; 219 police-station service points; 容缺受理 (core materials complete, secondary ones supplied later); postal delivery cut from 22 to 10 yuan, several documents of one person in one parcel, free for people aged 60 or over and for disabled people. No instrument number, start date, cure period or failure rule was published in what we saw.',
  },
  'local.shanxi-2013': {
    sources: [{ url: 'http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013030709590608820111', level: 'reprint', by: '吕梁市公安局 (柳林县公安局)' }],
    note:
      'Shanxi hukou residents living one year or more elsewhere in the province: passports, Taiwan permits and endorsements, HK/Macau permits and group-tour endorsements, with proof of residence; registered personnel with their approval. Implements the 2012-01-01 MPS scheme of in-province nearby applications in some provinces.',
  },
  'local.jilin-2015': {
    note: 'Known only from the press report of 2015-06 on the provincial bureau (LOCAL-MEASURES, Jilin); no notice or start date was seen.',
  },
  'local.jilin-2016': {
    note: 'Announced in the press report of 2015-06 for the first half of 2016 (LOCAL-MEASURES, Jilin); no notice was seen.',
  },
});
