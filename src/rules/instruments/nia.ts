/**
 * Announcements and measures of the National Immigration Administration (国家移民管理局, which
 * announces exit-entry measures as 中华人民共和国出入境管理局), and the State Council joint
 * mechanism's notice of 2023.
 *
 * @module
 */
import { instrument } from './define.js';

// The NIA instruments of the registry.

export const NIA_2018_MEASURES = /* @__PURE__ */ instrument('nia.2018-measures', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '〈国家移民管理局改进服务管理新举措（首批5项，2018年9月1日起施行）〉',
  published: '2018-08-28',
  effective: '2018-09-01',
  evidence: { level: 'press', url: 'http://red-bird.cn/rmtt/12241.html', source: 'reports of the MPS press conference of 2018-08-28 (FACTS S31)' },
});

export const NIA_2019_NATIONWIDE = /* @__PURE__ */ instrument('nia.2019-nationwide', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '〈出入境证件“全国通办”（2019年4月1日起）〉',
  published: '2019-03-26',
  effective: '2019-04-01',
  evidence: { level: 'press', url: 'http://gsdjw.com/news/sh/63688.html', source: '新京报 (2019-03-27) on the NIA press conference of 2019-03-26; also 央广网, 吉林日报 2019-04-02' },
});

export const NIA_2020_SUSPENSION = /* @__PURE__ */ instrument('nia.2020-suspension', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '国家移民管理局关于暂停办理内地居民往来港澳地区旅游签注的公告',
  published: '2020-01-28',
  effective: '2020-01-28',
  evidence: { level: 'reprint', url: 'https://www.lawbus.net/articles/1000.html', source: '法律巴士 (2020-01-31) quoting the NIA website' },
});

export const NIA_2020_MACAU_RESUMPTION = /* @__PURE__ */ instrument('nia.2020-macau-resumption', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '关于恢复办理内地居民赴澳门旅游签注的公告',
  published: '2020-08-11',
  effective: '2020-08-12',
  evidence: { level: 'press', source: '北京青年报/央视新闻 and 羊城派 (2020-08-11)' },
});

export const NIA_2022_OPTIMISATION = /* @__PURE__ */ instrument('nia.2022-optimisation', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '国家移民管理局关于新型冠状病毒感染“乙类乙管”后优化移民管理政策措施的公告',
  published: '2022-12-27',
  effective: '2023-01-08',
  evidence: { level: 'reprint', url: 'http://yaolan.ca/forum.php?mod=viewthread&tid=1162414', source: 'the announcement’s text in a forum reprint (FACTS S71); title and date from 中新社 2022-12-27' },
});

export const JC_2023_GROUP_TOURS = /* @__PURE__ */ instrument('jc.2023-group-tours', {
  kind: 'notice',
  issuer: '国务院联防联控机制综合组',
  title: '关于全面恢复内地与港澳人员往来的通知',
  effective: '2023-02-06',
  evidence: { level: 'press', source: '人民日报 2023-02-07' },
});

export const NIA_2023_TALENT = /* @__PURE__ */ instrument('nia.2023-talent', {
  kind: 'announcement',
  issuer: '中华人民共和国出入境管理局',
  title: '〈中华人民共和国出入境管理局关于在粤港澳大湾区内地城市试点实施往来港澳人才签注政策的公告〉',
  published: '2023-02-09',
  effective: '2023-02-20',
  evidence: { level: 'press', url: 'http://www.insell.net/news/297034', source: '中国新闻网 2023-02-09 (copy); 中国西藏网 2023-02-10 from the NIA release' },
});

export const NIA_2023_05_15_MEASURES = /* @__PURE__ */ instrument('nia.2023-05-15-measures', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于自2023年5月15日起进一步调整优化出入境管理政策措施的公告〉',
  published: '2023-05-11',
  effective: '2023-05-15',
  evidence: { level: 'press', url: 'http://www.tyjgjz.com/cn/Instant/culture/202305/t20230511_7414529.html', source: '央视新闻 2023-05-11 as republished (FACTS S33); the NIA interpretation (2023) lists what became 全国通办' },
});

export const NIA_2024_XIAN_QINGDAO = /* @__PURE__ */ instrument('nia.2024-xian-qingdao', {
  kind: 'announcement',
  issuer: '中华人民共和国出入境管理局',
  title: '关于在陕西省西安市、山东省青岛市签发往来港澳"个人旅游签注"的公告',
  number: '中华人民共和国出入境管理局公告2024年第1号',
  published: '2024-02-23',
  effective: '2024-03-06',
  url: 'https://www.gov.cn/zhengce/zhengceku/202402/content_6934609.htm',
  evidence: { level: 'official', url: 'https://www.gov.cn/zhengce/zhengceku/202402/content_6934609.htm', source: 'gov.cn policy library' },
});

export const NIA_2024_EIGHT_CITIES = /* @__PURE__ */ instrument('nia.2024-eight-cities', {
  kind: 'announcement',
  issuer: '中华人民共和国出入境管理局',
  title: '关于在山西省太原市等8个城市签发往来港澳"个人旅游签注"的公告',
  published: '2024-05-11',
  effective: '2024-05-27',
  evidence: { level: 'press', url: 'https://i2itravel.net/?p=9260', source: '人民网 and 中新社 2024-05-11; the list of 59 cities (FACTS S40)' },
});

export const NIA_2024_05_06_MEASURES = /* @__PURE__ */ instrument('nia.2024-05-06-measures', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于自2024年5月6日起实施便民利企出入境管理政策措施的公告〉',
  published: '2024-04-28',
  effective: '2024-05-06',
  evidence: { level: 'press', url: 'https://tkww.hk/epaper/view/newsDetail/1784627853619499008.html', source: '大公报 2024-04-29, traveldaily 2024-05-06, 人民日报/新浪 and 南都 2024-04-28' },
});

export const NIA_2024_REGIMES = /* @__PURE__ */ instrument('nia.2024-regimes', {
  kind: 'announcement',
  issuer: '中华人民共和国出入境管理局',
  title: '〈在广东省深圳市实施赴香港旅游"一签多行"政策、在珠海市实施赴澳门旅游"一周一行"政策、在横琴粤澳深度合作区实施赴澳门旅游"一签多行"政策的公告〉',
  published: '2024-11-29',
  effective: '2024-12-01',
  evidence: { level: 'press', url: 'https://passiontimes.hk/article/11-29-2024/132110', source: '央视新闻 and 新华社 2024-11-29' },
});

export const NIA_2025_11_MEASURES = /* @__PURE__ */ instrument('nia.2025-11-measures', {
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
});

export const NIA_2025_ONLINE_RENEWAL = /* @__PURE__ */ instrument('nia.2025-online-renewal', {
  kind: 'announcement',
  issuer: '国家移民管理局',
  title: '〈国家移民管理局关于扩大内地居民换发补发出入境证件“全程网办”试点城市范围的公告〉',
  published: '2025-11-03',
  effective: '2025-11-20',
  evidence: { level: 'secondary', source: '长春市公安局 (gaj.changchun.gov.cn, 2025-12-27) and 武汉纺织大学保卫处 (2025-11-26)' },
});
