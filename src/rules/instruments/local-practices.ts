/**
 * The press reports behind the local practices of Guangzhou (2006 and 2014) that the earlier
 * registry did not hold: each cited by its own title (where it has one), outlet and date. The
 * Harbin (2014), Chengdu (2018) and Jilin (2015) reports are the evidence of `local.harbin-2014`,
 * `local.chengdu-2018` and `local.jilin-2015` (see `local.ts`); the practices that those
 * instruments do not name are cited to them with a quote of the report's own words.
 *
 * No notice, number or start date of an office was found for any of these practices (searches
 * for the Guangzhou, Harbin, Chengdu and Jilin offices' own notices found none in what is
 * stored); they stay `press` evidence.
 *
 * @module
 */
import { defineInstruments } from './define.js';

/** The Guangzhou press reports and the practices they describe. @internal */
export const LOCAL_PRACTICE_INSTRUMENTS = defineInstruments({
  'press.guangzhou-2014-02-19': {
    kind: 'press-report',
    issuer: '中国长安网（来源：广东省公安厅网站）',
    title: '广东省广州市公安局：创新服务拓出便民坦途',
    published: '2014-02-19',
    evidence: { level: 'press', url: 'http://www.chinapeace.org.cn/', source: '中国长安网 2014-02-19 10:49, from the website of the Guangdong Public Security Department (seed 002_5c61fa44aaf41006)' },
    note:
      'The Guangzhou PSB exit-entry division: a self-service device a year from 2006 (办证易 2006: re-endorsement 24 hours a day; 前台通 2007; 网e捷 2008: query, pay and collect, issued on the spot; 证件通 2009; 填表机 2010; 取证机 2011: collection with the second-generation ID card at any time; 申请易 2012; 预约机 2013); full appointment (全员预约) from 2013-03 by internet, phone or machine, the booking checking eligibility (a pre-acceptance); 18 halls, 12 24-hour self-service points; the urgent desk (领导岗).',
  },
  'press.chengdu-2017-08-05': {
    kind: 'press-report',
    issuer: '四川新闻网',
    title: '成都公安出入境周末服务再延时 港澳台签注立等可取',
    published: '2017-08-05',
    evidence: { level: 'press', url: 'http://news.chengdu.cn/2017/0805/1899867.shtml', source: '四川新闻网 2017-08-05 13:46, as republished by 成都全搜索 (news.chengdu.cn)' },
    sources: [{ url: 'http://news.chengdu.cn/2017/0805/1899867.shtml', level: 'press', by: '成都全搜索 (from 四川新闻网)' }],
    note:
      'The Chengdu PSB exit-entry reception centre has opened on Saturdays since 2013-12 (周六延时服务); from 2017-08-05 on Saturdays from 09:00 to 17:00 without a lunch break (an hour later than before), about 20 of its 30 windows, queueing on the spot (no appointments on Saturdays); and from 2017-08-05 it issues HK/Macau and Taiwan endorsements on the spot (港澳台签注立等可取).',
  },
  'press.guangzhou-2006': {
    kind: 'press-report',
    issuer: '广州市公安局出入境管理处',
    title: '〈广州市公安局出入境管理处工作情况介绍（约2006年）〉',
    evidence: {
      level: 'press',
      source:
        'An untitled account by the Guangzhou PSB exit-entry office of its work (seed 004_337ef8c5574a508b), opening 「我局出入境管理处是主管广州市各级公安出入境管理工作的部门」; it gives figures for 2005 and speaks of a 2006–2010 plan, so it was written in 2006; no publication date is known.',
    },
    note:
      'Passports on demand with the identity card and household register from 2003; individual visits to HK/Macau on demand from 2004-08; approval moved to acceptance for holders of a valid 2000-version permit re-applying for individual, group or family-visit endorsements; the 2005-03 convenience card (no form, no photo: swipe to apply for a tourist endorsement); 办证易 (identity card and 羊城通 or UnionPay card: re-endorsement applied for, paid and sent by courier, done within 6 working days, round the clock at 50 points); a one-time correction list of 74 items in 4 categories; urgent cases, home visits and Saturday reception; holiday service days; five databases screened, among them the list of people who broke the law in Hong Kong or Macau (在港澳违法违规人员报备库).',
  },
});
