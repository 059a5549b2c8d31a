/**
 * Where the press reports of local practices of `./local-practices.js` were seen besides their evidence (reprints, press reports,
 * summaries), and notes on them: read by the reference list (`instruments()`) and the registry
 * tests only, so that bundles of tables, whose citations do not copy them, do not carry them.
 *
 * @module
 */
import { documentation } from './define.js';

/** The documentation of the press reports of local practices, by instrument id. @internal */
export const LOCAL_PRACTICES_DOCUMENTATION = /* @__PURE__ */ documentation({
  'press.guangzhou-2014-02-19': {
    note:
      'The Guangzhou PSB exit-entry division: a self-service device a year from 2006 (办证易 2006: re-endorsement 24 hours a day; 前台通 2007; 网e捷 2008: query, pay and collect, issued on the spot; 证件通 2009; 填表机 2010; 取证机 2011: collection with the second-generation ID card at any time; 申请易 2012; 预约机 2013); full appointment (全员预约) from 2013-03 by internet, phone or machine, the booking checking eligibility (a pre-acceptance); 18 halls, 12 24-hour self-service points; the urgent desk (领导岗).',
  },
  'press.chengdu-2017-08-05': {
    sources: [{ url: 'http://news.chengdu.cn/2017/0805/1899867.shtml', level: 'press', by: '成都全搜索 (from 四川新闻网)' }],
    note:
      'The Chengdu PSB exit-entry reception centre has opened on Saturdays since 2013-12 (周六延时服务); from 2017-08-05 on Saturdays from 09:00 to 17:00 without a lunch break (an hour later than before), about 20 of its 30 windows, queueing on the spot (no appointments on Saturdays); and from 2017-08-05 it issues HK/Macau and Taiwan endorsements on the spot (港澳台签注立等可取).',
  },
  'press.guangzhou-2006': {
    note:
      'Passports on demand with the identity card and household register from 2003; individual visits to HK/Macau on demand from 2004-08; approval moved to acceptance for holders of a valid 2000-version permit re-applying for individual, group or family-visit endorsements; the 2005-03 convenience card (no form, no photo: swipe to apply for a tourist endorsement); 办证易 (identity card and 羊城通 or UnionPay card: re-endorsement applied for, paid and sent by courier, done within 6 working days, round the clock at 50 points); a one-time correction list of 74 items in 4 categories; urgent cases, home visits and Saturday reception; holiday service days; five databases screened, among them the list of people who broke the law in Hong Kong or Macau (在港澳违法违规人员报备库).',
  },
});
