/**
 * Announcements and measures of the National Immigration Administration (国家移民管理局, which
 * announces exit-entry measures as 中华人民共和国出入境管理局), and the State Council joint
 * mechanism's notice of 2023.
 *
 * @module
 */
import { defineInstruments } from './define.js';

/** The NIA instruments of the registry. @internal */
export const NIA_INSTRUMENTS = defineInstruments({
  'nia.2018-measures': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '〈国家移民管理局改进服务管理新举措（首批5项，2018年9月1日起施行）〉',
    published: '2018-08-28',
    effective: '2018-09-01',
    evidence: { level: 'press', url: 'http://red-bird.cn/rmtt/12241.html', source: 'reports of the MPS press conference of 2018-08-28 (FACTS S31)' },
    sources: [
      { url: 'http://red-bird.cn/rmtt/12241.html', level: 'press' },
      { url: 'http://m.nzkwimy.cn/html/xw/dzyw/44863.html', level: 'press' },
    ],
    note:
      'Item 1: renewal and replacement of passports, HK/Macau and Taiwan permits at any office nationwide; item 2: HK/Macau/Taiwan group-tour endorsements on a valid permit at any office nationwide; passports and HK/Macau and Taiwan permits applied for at the hukou place within 7 working days.',
  },
  'nia.2019-nationwide': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '〈出入境证件“全国通办”（2019年4月1日起）〉',
    published: '2019-03-26',
    effective: '2019-04-01',
    evidence: { level: 'press', url: 'http://gsdjw.com/news/sh/63688.html', source: '新京报 (2019-03-27) on the NIA press conference of 2019-03-26; also 央广网, 吉林日报 2019-04-02' },
    sources: [
      { url: 'http://gsdjw.com/news/sh/63688.html', level: 'press', by: '新京报 (copy)' },
      { url: 'http://tianjiaotrip.com/index.php/wap/lyzx/411.html', level: 'press' },
      { url: 'https://12lady.com/xinwen/41748.shtml', level: 'press' },
    ],
    note:
      'Passports, HK/Macau permits and Taiwan permits at any office nationwide with the hukou-place materials (first issue, renewal, replacement, new issue after lapse), without hukou or residence conditions; group-tour endorsements applied for away from home may be taken at kiosks, issued on the spot (立等可取); the NIA platform (website, app, Alipay) opens the same day for appointments, tourist endorsements and progress queries.',
  },
  'nia.2020-suspension': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '国家移民管理局关于暂停办理内地居民往来港澳地区旅游签注的公告',
    published: '2020-01-28',
    effective: '2020-01-28',
    evidence: { level: 'reprint', url: 'https://www.lawbus.net/articles/1000.html', source: '法律巴士 (2020-01-31) quoting the NIA website' },
    sources: [
      { url: 'https://www.lawbus.net/articles/1000.html', level: 'reprint', by: '法律巴士' },
      { url: 'http://aibd.com.cn/news/zx/ly/79158.html', level: 'press' },
    ],
    note: 'Group and individual tourist endorsements suspended, Shenzhen 一周一行 included; endorsements issued but unused because of the suspension are re-issued free of charge on request once travel resumes.',
  },
  'nia.2020-macau-resumption': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '关于恢复办理内地居民赴澳门旅游签注的公告',
    published: '2020-08-11',
    effective: '2020-08-12',
    evidence: { level: 'press', source: '北京青年报/央视新闻 and 羊城派 (2020-08-11)' },
    note: 'Zhuhai residents (residence-permit holders included) from 2020-08-12; Guangdong residents from 2020-08-26; nationwide from 2020-09-23.',
  },
  'nia.2022-optimisation': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '国家移民管理局关于新型冠状病毒感染“乙类乙管”后优化移民管理政策措施的公告',
    published: '2022-12-27',
    effective: '2023-01-08',
    evidence: { level: 'reprint', url: 'http://yaolan.ca/forum.php?mod=viewthread&tid=1162414', source: 'the announcement’s text in a forum reprint (FACTS S71); title and date from 中新社 2022-12-27' },
    sources: [
      { url: 'http://yaolan.ca/forum.php?mod=viewthread&tid=1162414', level: 'reprint' },
      { url: 'https://www.xuehua.us/a/63ab8275b0141d6e62940dfa?lang=zh-tw', level: 'press', by: '中新社 2022-12-27 (copy)' },
    ],
    note: 'Item 1: passports for tourism and visiting friends resumed, 「恢复办理内地居民旅游、商务赴港签注」; item 4: 出入境通行证 resumed. Published 2022-12-27, in force from 2023-01-08.',
  },
  'jc.2023-group-tours': {
    kind: 'notice',
    issuer: '国务院联防联控机制综合组',
    title: '关于全面恢复内地与港澳人员往来的通知',
    effective: '2023-02-06',
    evidence: { level: 'press', source: '人民日报 2023-02-07' },
    note: 'Resumed travel agencies’ group-tour business (恢复内地居民与香港、澳门团队旅游经营活动); it did not change endorsement issuance.',
  },
  'nia.2023-talent': {
    kind: 'announcement',
    issuer: '中华人民共和国出入境管理局',
    title: '〈中华人民共和国出入境管理局关于在粤港澳大湾区内地城市试点实施往来港澳人才签注政策的公告〉',
    published: '2023-02-09',
    effective: '2023-02-20',
    evidence: { level: 'press', url: 'http://www.insell.net/news/297034', source: '中国新闻网 2023-02-09 (copy); 中国西藏网 2023-02-10 from the NIA release' },
    sources: [
      { url: 'http://www.insell.net/news/297034', level: 'press', by: '中国新闻网 (copy)' },
      { url: 'http://m.njpanjin.com/cn/Instant/culture/202302/t20230210_7358065.html', level: 'press', imitates: '中国西藏网' },
      { url: 'https://news.cts.com.tw/cna/politics/202302/202302102140915.html?t=1676004980', level: 'press', by: '中央社 2023-02-10' },
    ],
    note:
      'Six categories of talent working in the mainland cities of the Greater Bay Area; 5/3/1-year multiple entry; 30 days per stay; outstanding talent may apply at any county-level office of the area, the others where they work. Announced 2023-02-09 by the NIA as 中华人民共和国出入境管理局; the announcement’s exact title was not seen.',
  },
  'nia.2023-05-15-measures': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '〈国家移民管理局关于自2023年5月15日起进一步调整优化出入境管理政策措施的公告〉',
    published: '2023-05-11',
    effective: '2023-05-15',
    evidence: { level: 'press', url: 'http://www.tyjgjz.com/cn/Instant/culture/202305/t20230511_7414529.html', source: '央视新闻 2023-05-11 as republished (FACTS S33); the NIA interpretation (2023) lists what became 全国通办' },
    sources: [
      { url: 'http://www.tyjgjz.com/cn/Instant/culture/202305/t20230511_7414529.html', level: 'press', imitates: '中国西藏网' },
      { url: 'http://upcchem.com/wlmqs/c119156/202310/4105bd01965c4903b39ea6eaa5df8241.shtml', level: 'secondary', by: 'the NIA interpretation (出入境管理政策措施调整优化解读), copy' },
    ],
    note:
      'Item 1: group-tour endorsements to HK/Macau 全国通办 fully restored; item 2: family-visit, stay and other endorsements (T, D, Q) for HK/Macau at any office nationwide; item 3: Macau students’ stay endorsement for the study period. The interpretation names the 全国通办 documents: passports, HK/Macau permits with T, L, D and Q endorsements, Taiwan permits (no Taiwan endorsement).',
  },
  'nia.2024-xian-qingdao': {
    kind: 'announcement',
    issuer: '中华人民共和国出入境管理局',
    title: '关于在陕西省西安市、山东省青岛市签发往来港澳"个人旅游签注"的公告',
    number: '中华人民共和国出入境管理局公告2024年第1号',
    published: '2024-02-23',
    effective: '2024-03-06',
    url: 'https://www.gov.cn/zhengce/zhengceku/202402/content_6934609.htm',
    evidence: { level: 'official', url: 'https://www.gov.cn/zhengce/zhengceku/202402/content_6934609.htm', source: 'gov.cn policy library' },
    note: 'Hukou residents and residence-permit holders of the two cities; residents of scheme cities may choose G or L.',
  },
  'nia.2024-eight-cities': {
    kind: 'announcement',
    issuer: '中华人民共和国出入境管理局',
    title: '关于在山西省太原市等8个城市签发往来港澳"个人旅游签注"的公告',
    published: '2024-05-11',
    effective: '2024-05-27',
    evidence: { level: 'press', url: 'https://i2itravel.net/?p=9260', source: '人民网 and 中新社 2024-05-11; the list of 59 cities (FACTS S40)' },
    sources: [{ url: 'https://i2itravel.net/?p=9260', level: 'press' }],
    note: 'Document number not seen.',
  },
  'nia.2024-05-06-measures': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '〈国家移民管理局关于自2024年5月6日起实施便民利企出入境管理政策措施的公告〉',
    published: '2024-04-28',
    effective: '2024-05-06',
    evidence: { level: 'press', url: 'https://tkww.hk/epaper/view/newsDetail/1784627853619499008.html', source: '大公报 2024-04-29, traveldaily 2024-05-06, 人民日报/新浪 and 南都 2024-04-28' },
    sources: [
      { url: 'https://tkww.hk/epaper/view/newsDetail/1784627853619499008.html', level: 'press', by: '大公报' },
      { url: 'https://dakule.com/content/6e70a225b7733163883b09369ef951bb.html', level: 'press' },
    ],
    note:
      'Item 1: fully online renewal/replacement (全程网办) of passports and HK/Macau and Taiwan permits for hukou residents aged 16 or over of 20 cities (registered state personnel and serving military excepted), whose previous document is still valid and whose fingerprints are on file; item 2: HK/Macau business endorsements at any office nationwide, multiple-entry ones also at smart endorsement devices, issued on the spot; item 3: talent endorsements in Beijing and Shanghai; item 4: business stays of 14 days; item 5: one-year multiple Q endorsements to Macau; 琴澳 group tours. FACTS gives 公告2024年第2号; the number was not seen in an official text.',
  },
  'nia.2024-regimes': {
    kind: 'announcement',
    issuer: '中华人民共和国出入境管理局',
    title: '〈在广东省深圳市实施赴香港旅游"一签多行"政策、在珠海市实施赴澳门旅游"一周一行"政策、在横琴粤澳深度合作区实施赴澳门旅游"一签多行"政策的公告〉',
    published: '2024-11-29',
    effective: '2024-12-01',
    evidence: { level: 'press', url: 'https://passiontimes.hk/article/11-29-2024/132110', source: '央视新闻 and 新华社 2024-11-29' },
    sources: [{ url: 'https://passiontimes.hk/article/11-29-2024/132110', level: 'press' }],
    note: 'Shenzhen from 2024-12-01, Zhuhai and Hengqin from 2025-01-01. State personnel and serving military excluded (国家工作人员和现役军人除外). Document number not seen.',
  },
  'nia.2025-11-measures': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '〈国家移民管理局关于自2025年11月5日起实施支持扩大开放服务高质量发展出入境政策措施的公告〉',
    published: '2025-11-03',
    effective: '2025-11-05',
    evidence: {
      level: 'press',
      url: 'https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60290896/%E5%9C%8B%E5%AE%B6%E7%A7%BB%E6%B0%91%E5%B1%80-%E5%88%B7%E8%87%89%E9%80%9A%E9%97%9C%E6%93%B4%E8%87%B3%E7%9A%87%E5%B4%97%E7%BE%85%E6%B9%96%E7%AD%89%E5%8F%A3%E5%B2%B8-%E6%B8%AF%E6%BE%B3%E4%BA%BA%E6%89%8D%E7%B0%BD%E6%B3%A8%E7%AF%84%E5%9C%8D%E6%93%B4%E5%A4%A7',
      source: '香港01 2025-11-03 (the items in full); 世界日报/大公报 2025-11-04',
    },
    sources: [
      { url: 'http://jornalsisi.com/news-cd.asp?id=79445', level: 'press', by: '中通社 via a Macau paper' },
      { url: 'https://www.worldjournal.com/wj/story/121341/9116619', level: 'press', by: '世界日报' },
    ],
    note:
      'Ten measures announced 2025-11-03, six from 2025-11-05. Item 1: the talent endorsement extended to the Yangtze River Delta (Jiangsu, Zhejiang, Anhui), Tianjin, Hebei and all free-trade zones; item 2: Taiwan family-visit (探亲) endorsements at any county-level exit-entry office nationwide, with the hukou-place procedure (全国通办); item 3: face-scan clearance at more ports; Hetao (Shenzhen park) staff: 3-year multiple talent endorsement without talent proof. Free-trade zones are not administrative divisions and are not in the area table.',
  },
  'nia.2025-online-renewal': {
    kind: 'announcement',
    issuer: '国家移民管理局',
    title: '〈国家移民管理局关于扩大内地居民换发补发出入境证件“全程网办”试点城市范围的公告〉',
    published: '2025-11-03',
    effective: '2025-11-20',
    evidence: { level: 'secondary', source: '长春市公安局 (gaj.changchun.gov.cn, 2025-12-27) and 武汉纺织大学保卫处 (2025-11-26)' },
    note: '30 more 全程网办 cities (50 in all); the full list was not seen. Whether this is one of the ten measures announced the same day is not known.',
  },
});
