/**
 * Where the National Immigration Administration instruments of `./nia.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';

/** The documentation of the National Immigration Administration instruments, by instrument id. @internal */
export const NIA_DOCUMENTATION = /* @__PURE__ */ documentation({
  'nia.2018-measures': {
    sources: [
      { url: 'http://red-bird.cn/rmtt/12241.html', level: 'press' },
      { url: 'http://m.nzkwimy.cn/html/xw/dzyw/44863.html', level: 'press' },
    ],
    note:
      'Item 1: renewal and replacement of passports, HK/Macau and Taiwan permits at any office nationwide; item 2: HK/Macau/Taiwan group-tour endorsements on a valid permit at any office nationwide; passports and HK/Macau and Taiwan permits applied for at the hukou place within 7 working days.',
  },
  'nia.2019-nationwide': {
    sources: [
      { url: 'http://gsdjw.com/news/sh/63688.html', level: 'press', by: '新京报 (copy)' },
      { url: 'http://tianjiaotrip.com/index.php/wap/lyzx/411.html', level: 'press' },
      { url: 'https://12lady.com/xinwen/41748.shtml', level: 'press' },
    ],
    note:
      'Passports, HK/Macau permits and Taiwan permits at any office nationwide with the hukou-place materials (first issue, renewal, replacement, new issue after lapse), without hukou or residence conditions; group-tour endorsements applied for away from home may be taken at kiosks, issued on the spot (立等可取); the NIA platform (website, app, Alipay) opens the same day for appointments, tourist endorsements and progress queries.',
  },
  'nia.2020-suspension': {
    sources: [
      { url: 'https://www.lawbus.net/articles/1000.html', level: 'reprint', by: '法律巴士' },
      { url: 'http://aibd.com.cn/news/zx/ly/79158.html', level: 'press' },
    ],
    note: 'Group and individual tourist endorsements suspended, Shenzhen 一周一行 included; endorsements issued but unused because of the suspension are re-issued free of charge on request once travel resumes.',
  },
  'nia.2020-macau-resumption': {
    note: 'Zhuhai residents (residence-permit holders included) from 2020-08-12; Guangdong residents from 2020-08-26; nationwide from 2020-09-23.',
  },
  'nia.2022-optimisation': {
    sources: [
      { url: 'http://yaolan.ca/forum.php?mod=viewthread&tid=1162414', level: 'reprint' },
      { url: 'https://www.xuehua.us/a/63ab8275b0141d6e62940dfa?lang=zh-tw', level: 'press', by: '中新社 2022-12-27 (copy)' },
    ],
    note: 'Item 1: passports for tourism and visiting friends resumed, 「恢复办理内地居民旅游、商务赴港签注」; item 4: 出入境通行证 resumed. Published 2022-12-27, in force from 2023-01-08.',
  },
  'jc.2023-group-tours': {
    note: 'Resumed travel agencies’ group-tour business (恢复内地居民与香港、澳门团队旅游经营活动); it did not change endorsement issuance.',
  },
  'nia.2023-talent': {
    sources: [
      { url: 'http://www.insell.net/news/297034', level: 'press', by: '中国新闻网 (copy)' },
      { url: 'http://m.njpanjin.com/cn/Instant/culture/202302/t20230210_7358065.html', level: 'press', imitates: '中国西藏网' },
      { url: 'https://news.cts.com.tw/cna/politics/202302/202302102140915.html?t=1676004980', level: 'press', by: '中央社 2023-02-10' },
    ],
    note:
      'Six categories of talent working in the mainland cities of the Greater Bay Area; 5/3/1-year multiple entry; 30 days per stay; outstanding talent may apply at any county-level office of the area, the others where they work. Announced 2023-02-09 by the NIA as 中华人民共和国出入境管理局; the announcement’s exact title was not seen.',
  },
  'nia.2023-05-15-measures': {
    sources: [
      { url: 'http://www.tyjgjz.com/cn/Instant/culture/202305/t20230511_7414529.html', level: 'press', imitates: '中国西藏网' },
      { url: 'http://upcchem.com/wlmqs/c119156/202310/4105bd01965c4903b39ea6eaa5df8241.shtml', level: 'secondary', by: 'the NIA interpretation (出入境管理政策措施调整优化解读), copy' },
    ],
    note:
      'Item 1: group-tour endorsements to HK/Macau 全国通办 fully restored; item 2: family-visit, stay and other endorsements (T, D, Q) for HK/Macau at any office nationwide; item 3: Macau students’ stay endorsement for the study period. The interpretation names the 全国通办 documents: passports, HK/Macau permits with T, L, D and Q endorsements, Taiwan permits (no Taiwan endorsement).',
  },
  'nia.2024-xian-qingdao': {
    note: 'Hukou residents and residence-permit holders of the two cities; residents of scheme cities may choose G or L.',
  },
  'nia.2024-eight-cities': {
    sources: [{ url: 'https://i2itravel.net/?p=9260', level: 'press' }],
    note: 'Document number not seen.',
  },
  'nia.2024-05-06-measures': {
    sources: [
      { url: 'https://tkww.hk/epaper/view/newsDetail/1784627853619499008.html', level: 'press', by: '大公报' },
      { url: 'https://dakule.com/content/6e70a225b7733163883b09369ef951bb.html', level: 'press' },
    ],
    note:
      'Item 1: fully online renewal/replacement (全程网办) of passports and HK/Macau and Taiwan permits for hukou residents aged 16 or over of 20 cities (registered state personnel and serving military excepted), whose previous document is still valid and whose fingerprints are on file; item 2: HK/Macau business endorsements at any office nationwide, multiple-entry ones also at smart endorsement devices, issued on the spot; item 3: talent endorsements in Beijing and Shanghai; item 4: business stays of 14 days; item 5: one-year multiple Q endorsements to Macau; 琴澳 group tours. FACTS gives 公告2024年第2号; the number was not seen in an official text.',
  },
  'nia.2024-regimes': {
    sources: [{ url: 'https://passiontimes.hk/article/11-29-2024/132110', level: 'press' }],
    note: 'Shenzhen from 2024-12-01, Zhuhai and Hengqin from 2025-01-01. State personnel and serving military excluded (国家工作人员和现役军人除外). Document number not seen.',
  },
  'nia.2025-11-measures': {
    sources: [
      { url: 'http://jornalsisi.com/news-cd.asp?id=79445', level: 'press', by: '中通社 via a Macau paper' },
      { url: 'https://www.worldjournal.com/wj/story/121341/9116619', level: 'press', by: '世界日报' },
    ],
    note:
      'Ten measures announced 2025-11-03, six from 2025-11-05. Item 1: the talent endorsement extended to the Yangtze River Delta (Jiangsu, Zhejiang, Anhui), Tianjin, Hebei and all free-trade zones; item 2: Taiwan family-visit (探亲) endorsements at any county-level exit-entry office nationwide, with the hukou-place procedure (全国通办); item 3: face-scan clearance at more ports; Hetao (Shenzhen park) staff: 3-year multiple talent endorsement without talent proof. Free-trade zones are not administrative divisions and are not in the area table.',
  },
  'nia.2025-online-renewal': {
    note: '30 more 全程网办 cities (50 in all); the full list was not seen. Whether this is one of the ten measures announced the same day is not known.',
  },
});
