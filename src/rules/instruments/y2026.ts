/**
 * The sources of 2026, and the review of the tables against them.
 *
 * The review looked for every change to mainland residents' exit-entry rules from 2025-12-01 on
 * (documents, endorsements, fees, processing limits, materials, place of application, channels,
 * the 2027 holiday arrangement) in the stored public material available on 2026-12-06. That
 * material holds the National Immigration Administration's announcements and press conferences
 * up to its review of 2025 (press conference of 2026-01-28) and its Spring Festival figures
 * (2026-02-24), and nothing later: no announcement, fee notice or State Council notice dated in
 * 2026 on these rules was found. What the review found:
 *
 * - no new measure for mainland residents after those of 2025-11-05 and 2025-11-20 (already in
 *   the tables); the NIA's review of 2025 names only those, and Changchun's guide of 2025-12-27
 *   restates the online renewal rule as the tables hold it;
 * - Taiwan: group and individual travel to the island still not resumed on 2026-01-28 (the
 *   Taiwan Affairs Office); Fujian residents' travel to Kinmen and Matsu (2024-08-22, 2024-09-27)
 *   is not in the tables (not a 2026 change; reported, not modelled);
 * - no fee notice after 发改价格规〔2019〕1931号; no amendment of the Passport Law or the
 *   Exit and Entry Administration Law;
 * - the State Council's notice of the 2027 holiday arrangement is not in the stored material
 *   (on 2026-04-25 the chinese-days maintainer said it was not yet published, vsme/chinese-days
 *   issue 44): the calendar keeps ending in 2026.
 *
 * The tables whose rules are set by NIA/MPS measures and that the sources cover are verified
 * through {@link REVIEW_2026}`.through`; the others keep their earlier date (see the report of
 * issue 13 §2: documents, fees, processing limits, materials, kiosks, local measures, Taiwan
 * individual and group travel, the online-renewal city list).
 *
 * @module
 */
import type { CivilDate } from '../civil-date.js';
import { deepFreeze } from '../snapshot.js';
import { instrument } from './define.js';

/** @internal */
export const CRNTT_2026_01_28 = 'https://hk.crntt.com/doc/1071/6/3/8/107163899.html?coluid=7&kindid=0&docid=107163899&mdate=0128124357';

// The instruments of 2026 (and the sources dated 2025-12 that the review of 2026 used).

export const GUIDE_CHANGCHUN_2025_ONLINE_RENEWAL = /* @__PURE__ */ instrument('guide.changchun-2025-online-renewal', {
  kind: 'guide',
  issuer: '长春市公安局',
  title: '〈内地居民换发补发出入境证件“全程网办”政策解读〉',
  published: '2025-12-27',
  url: 'http://gaj.changchun.gov.cn/xxgk/zcjd/202512/t20251227_3455750.html',
  evidence: { level: 'official', url: 'http://gaj.changchun.gov.cn/xxgk/zcjd/202512/t20251227_3455750.html', source: '长春市公安局 政策解读 (2025-12-27)' },
});

export const NIA_2026_01_28_REVIEW = /* @__PURE__ */ instrument('nia.2026-01-28-review', {
  kind: 'press-report',
  issuer: '国家移民管理局',
  title: '〈国家移民管理局新闻发布会：2025年移民管理工作主要数据和工作成效〉',
  published: '2026-01-28',
  evidence: { level: 'press', url: 'http://www.80hlw.com/guonei/2810687.html', source: '中国青年报 2026-01-29 第1版 (copy); 香港01 2026-01-29; 新财网; 央视 2026-01-28' },
});

export const TAO_2026_01_28_PRESS_CONFERENCE = /* @__PURE__ */ instrument('tao.2026-01-28-press-conference', {
  kind: 'press-report',
  issuer: '国务院台湾事务办公室',
  title: '〈国务院台湾事务办公室例行新闻发布会（2026年1月28日）〉',
  published: '2026-01-28',
  evidence: { level: 'press', url: CRNTT_2026_01_28, source: '中评社 2026-01-28; 联合报 2026-01-29 and 2026-02-03' },
});

/**
 * The review of 2026: the day through which it checked the tables it moved, and the
 * instruments it rests on (the latest of them is dated that day).
 *
 * @internal
 * @example
 * ```ts
 * REVIEW_2026.through; // '2026-01-28'
 * ```
 */
export const REVIEW_2026: { readonly through: CivilDate; readonly sources: readonly string[] } = /* @__PURE__ */ deepFreeze({
  through: '2026-01-28',
  sources: ['nia.2025-11-measures', 'nia.2025-online-renewal', 'guide.changchun-2025-online-renewal', 'nia.2026-01-28-review', 'tao.2026-01-28-press-conference'],
});
