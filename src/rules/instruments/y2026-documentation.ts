/**
 * Where the instruments of 2026 of `./y2026.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';
import { CRNTT_2026_01_28 } from './y2026.js';

const HK01_2026_01_29 =
  'https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60317231/2025%E5%B9%B4%E5%87%BA%E5%85%A5%E5%A2%83%E4%B8%AD%E5%9C%8B%E4%BA%BA%E6%AC%A1%E5%89%B5%E6%AD%B7%E5%8F%B2%E6%96%B0%E9%AB%98-%E9%81%94%E8%BF%917%E5%84%84%E4%BA%BA%E6%AC%A1';

/** The documentation of the instruments of 2026, by instrument id. @internal */
export const Y2026_DOCUMENTATION = /* @__PURE__ */ documentation({
  'guide.changchun-2025-online-renewal': {
    note: 'Changchun among the 30 cities added from 2025-11-20 (50 in all; the list is not given). Online renewal and replacement of passports, HK/Macau and Taiwan permits for hukou residents of pilot cities aged 16 and over (registered state personnel and serving military excepted) who held such a document still valid and gave fingerprints before, when it has less than 6 months left, is damaged, lost or stolen, or (passport) its visa pages are used up; made within 3 working days of payment and posted (postage paid on delivery) or collected at the hukou-place office.',
  },
  'nia.2026-01-28-review': {
    sources: [
      { url: 'http://www.80hlw.com/guonei/2810687.html', level: 'press', by: '中国青年报 (copy)' },
      { url: HK01_2026_01_29, level: 'press', by: '香港01' },
      { url: 'http://m.xincainet.com/static/news/409808.html', level: 'press', by: '新财网' },
      { url: 'http://m.yyykp.com/news/china/3073446.html', level: 'press', by: '央视 (copy)' },
    ],
    note: 'The NIA spokesman 吕宁 on 2025: 20.897 million ordinary passports and 98.538 million HK/Macau/Taiwan endorsements issued; among the measures of the year, 全程网办 renewal extended to 50 cities, the talent endorsement extended (Yangtze River Delta, Beijing-Tianjin-Hebei, free-trade zones), Zhuhai 一周一行 and Hengqin 一签多行 to Macau, with the 240-hour transit and visa-free measures for foreigners. The parts seen name no other measure on mainland residents’ documents, endorsements, fees or procedures.',
  },
  'tao.2026-01-28-press-conference': {
    sources: [
      { url: CRNTT_2026_01_28, level: 'press', by: '中评社' },
      { url: 'https://udn.com/news/story/7331/9295163', level: 'press', by: '联合报' },
      { url: 'https://udn.com/news/story/124750/9306509', level: 'press', by: '联合报' },
    ],
    note: 'The spokeswoman 张晗 on the 2026 model contract for travel to Taiwan: the group tours of Fujian and Shanghai residents to Taiwan announced in 2025-01 had not started (the Taiwan side’s restrictions blamed); Fujian residents’ travel to Kinmen and Matsu resumed in 2024. Still so in the 联合报 report of 2026-02-03.',
  },
});
