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
import { instrument } from './define.js';

// The Guangzhou press reports and the practices they describe.

export const PRESS_GUANGZHOU_2014_02_19 = /* @__PURE__ */ instrument('press.guangzhou-2014-02-19', {
  kind: 'press-report',
  issuer: '中国长安网（来源：广东省公安厅网站）',
  title: '广东省广州市公安局：创新服务拓出便民坦途',
  published: '2014-02-19',
  evidence: { level: 'press', url: 'http://www.chinapeace.org.cn/', source: '中国长安网 2014-02-19 10:49, from the website of the Guangdong Public Security Department (seed 002_5c61fa44aaf41006)' },
});

export const PRESS_CHENGDU_2017_08_05 = /* @__PURE__ */ instrument('press.chengdu-2017-08-05', {
  kind: 'press-report',
  issuer: '四川新闻网',
  title: '成都公安出入境周末服务再延时 港澳台签注立等可取',
  published: '2017-08-05',
  evidence: { level: 'press', url: 'http://news.chengdu.cn/2017/0805/1899867.shtml', source: '四川新闻网 2017-08-05 13:46, as republished by 成都全搜索 (news.chengdu.cn)' },
});

export const PRESS_GUANGZHOU_2006 = /* @__PURE__ */ instrument('press.guangzhou-2006', {
  kind: 'press-report',
  issuer: '广州市公安局出入境管理处',
  title: '〈广州市公安局出入境管理处工作情况介绍（约2006年）〉',
  evidence: {
    level: 'press',
    source:
      'An untitled account by the Guangzhou PSB exit-entry office of its work (seed 004_337ef8c5574a508b), opening 「我局出入境管理处是主管广州市各级公安出入境管理工作的部门」; it gives figures for 2005 and speaks of a 2006–2010 plan, so it was written in 2006; no publication date is known.',
  },
});
