/**
 * Reason codes of the processing time limits, with zh-CN and English templates. Every result
 * and every candidate of `processingDeadline` carries reasons from this catalogue; render them
 * with `renderReason`.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { defineReasons } from '../rules/reasons.js';

/**
 * The processing reason catalogue: code → parameters and templates.
 *
 * @example
 * ```ts
 * renderReason({ code: 'processing.limit.working-days', params: { count: 7 } }, 'en', PROCESSING_REASON_CATALOGUE); // '7 working days'
 * ```
 */
export const PROCESSING_REASON_CATALOGUE = defineReasons({
  // a limit, as people read it
  'processing.limit.working-days': { params: ['count'], 'zh-CN': '{count}个工作日', en: '{count} working days' },
  'processing.limit.calendar-days': { params: ['count'], 'zh-CN': '{count}日（自然日）', en: '{count} calendar days' },

  // the statutory maximum
  'processing.statutory.applies': { params: [], 'zh-CN': '法定办理时限（该受理途径没有更具体的全国规定）', en: 'Statutory maximum (no more specific national norm for this route)' },
  'processing.statutory.superseded': { params: [], 'zh-CN': '法定时限由该受理途径的全国规定取代', en: 'The statutory limit is replaced by the national norm for this route' },
  'processing.statutory.not-in-force': { params: ['table'], 'zh-CN': '受理日没有法定办理时限（{table}）', en: 'No statutory limit on the acceptance date ({table})' },

  // the national norm for the route
  'processing.national.hukou-place': { params: [], 'zh-CN': '在户籍地受理的全国规定时限', en: 'National limit for applications at the hukou place' },
  'processing.national.in-province': { params: [], 'zh-CN': '在户籍所在省内非户籍地受理，按户籍地时限办理', en: 'Applied for in the hukou province away from the hukou place: the hukou-place limit applies' },
  'processing.national.in-province-as-cross-province': { params: [], 'zh-CN': '在户籍所在省内非户籍地受理，按异地受理时限办理', en: 'Applied for in the hukou province away from the hukou place: the limit for applications away from it applies' },
  'processing.national.cross-province': { params: [], 'zh-CN': '跨省异地受理（全国通办）的全国规定时限', en: 'National limit for applications outside the hukou province (nationwide service)' },
  'processing.national.non-hukou-scheme': { params: [], 'zh-CN': '按非户籍地就近办理措施受理的全国规定时限（户籍地审批）', en: 'National limit under a scheme for applications away from the hukou place (approved at the hukou place)' },
  'processing.national.not-in-force': { params: ['table'], 'zh-CN': '受理日该受理途径没有全国规定时限（{table}）', en: 'No national limit for this route on the acceptance date ({table})' },
  'processing.national.none': { params: [], 'zh-CN': '该证件没有全国承诺时限，适用法定时限', en: 'No national committed limit for this document: the statutory limit applies' },
  'processing.national.not-covered': { params: [], 'zh-CN': '异地受理的全国规定不适用于出入境通行证', en: 'The national limits for applications away from the hukou place do not cover the exit-entry permit' },

  // local commitments of the office
  'processing.local.all-channels': { params: ['division'], 'zh-CN': '受理地（{division}）承诺时限', en: 'Commitment of the office ({division})' },
  'processing.local.hall-window': { params: ['division'], 'zh-CN': '受理地（{division}）窗口受理承诺时限', en: 'Commitment of the office ({division}) for window applications' },
  'processing.local.kiosk': { params: ['division'], 'zh-CN': '受理地（{division}）自助设备受理承诺时限', en: 'Commitment of the office ({division}) for kiosk applications' },
  'processing.local.online': { params: ['division'], 'zh-CN': '受理地（{division}）网上申请承诺时限', en: 'Commitment of the office ({division}) for online applications' },
  'processing.local.post': { params: ['division'], 'zh-CN': '受理地（{division}）寄递申请承诺时限', en: 'Commitment of the office ({division}) for applications by post or courier' },
  'processing.local.police-station': { params: ['division'], 'zh-CN': '受理地（{division}）派出所受理点承诺时限', en: 'Commitment of the office ({division}) for applications at police station service points' },
  'processing.local.agency': { params: ['division'], 'zh-CN': '受理地（{division}）代办机构申请承诺时限', en: 'Commitment of the office ({division}) for applications through an agency' },
  'processing.local.other-channels': { params: ['division'], 'zh-CN': '受理地（{division}）的承诺时限只适用于其他申请渠道', en: 'The commitments of the office ({division}) are for other channels only' },
  'processing.local.none': { params: ['division', 'table'], 'zh-CN': '受理地（{division}）受理日没有该项承诺时限（{table}）', en: 'No commitment of the office ({division}) on the acceptance date ({table})' },
  'processing.local.no-division': { params: [], 'zh-CN': '未指明受理地，不考虑地方承诺时限', en: 'No office division given: local commitments are not considered' },

  // urgent applications
  'processing.urgent.applies': { params: [], 'zh-CN': '已证明紧急事由，适用加急办理时限', en: 'An urgent ground is proven: the urgent limit applies' },
  'processing.urgent.priority-only': { params: [], 'zh-CN': '已证明紧急事由：按急事急办原则优先办理，规定未设具体天数', en: 'An urgent ground is proven: the application is handled first, but no number of days is set' },
  'processing.urgent.none': { params: [], 'zh-CN': '受理日该证件没有加急办理规定', en: 'No urgent rule for this document on the acceptance date' },
  'processing.urgent.not-requested': { params: [], 'zh-CN': '未申请加急办理', en: 'No urgent handling requested' },
  'processing.urgent.not-proven': { params: [], 'zh-CN': '申请加急但紧急事由未经证明，按一般时限办理', en: 'Urgent handling requested but the ground is not proven: the ordinary limits apply' },
  'processing.urgent.ground.funeral': { params: [], 'zh-CN': '紧急事由：奔丧', en: 'Urgent ground: a funeral' },
  'processing.urgent.ground.critically-ill-relative': { params: [], 'zh-CN': '紧急事由：探望危重病人', en: 'Urgent ground: visiting a critically ill person' },
  'processing.urgent.ground.medical-treatment': { params: [], 'zh-CN': '紧急事由：治疗重症、紧急就医', en: 'Urgent ground: treatment of a serious illness' },
  'processing.urgent.ground.emergency-abroad': { params: [], 'zh-CN': '紧急事由：处理境外突发事件', en: 'Urgent ground: an emergency abroad' },
  'processing.urgent.ground.business-emergency': { params: [], 'zh-CN': '紧急事由：出境参加紧急会议、谈判，签订合同', en: 'Urgent ground: urgent meetings, negotiations or contracts abroad' },
  'processing.urgent.ground.study-start': { params: [], 'zh-CN': '紧急事由：出国留学开学（报到）日期临近', en: 'Urgent ground: the start of studies abroad is imminent' },
  'processing.urgent.ground.visa-expiring': { params: [], 'zh-CN': '紧急事由：前往国入境许可或者签证有效期即将届满', en: 'Urgent ground: the entry permit or visa is about to expire' },
  'processing.urgent.ground.document-lost-before-travel': { params: [], 'zh-CN': '紧急事由：行前证件遗失、损毁', en: 'Urgent ground: the document was lost or damaged just before travel' },
  'processing.urgent.ground.training-or-exchange': { params: [], 'zh-CN': '紧急事由：参加业务培训或学术交流活动日期临近', en: 'Urgent ground: a training course or academic exchange is imminent' },
  'processing.urgent.ground.other-provincial': { params: [], 'zh-CN': '紧急事由：省级公安机关出入境管理机构认可的其他紧急事由', en: 'Urgent ground: another ground the provincial exit-entry administration accepts' },

  // the decision
  'processing.chosen': { params: ['due'], 'zh-CN': '取各项适用时限中最短者，办结期限为{due}', en: 'The shortest applicable limit applies: due {due}' },
  'processing.no-limit': { params: [], 'zh-CN': '受理日没有可计算的办理时限', en: 'No limit that gives a date applies on the acceptance date' },
  'processing.endorsement-with-permit': { params: [], 'zh-CN': '签注与通行证同时申请，适用通行证的办理时限', en: 'The endorsement is applied for with the permit: the permit’s limits apply' },
  'processing.acceptance-day-counts': { params: ['division'], 'zh-CN': '受理地（{division}）将受理当日计为第1日', en: 'The office ({division}) counts the acceptance day as day 1' },
  'processing.investigation-excluded': { params: [], 'zh-CN': '调查、异地核查所需时间不计入办理时限', en: 'Time spent on investigations and checks elsewhere does not count towards the limit' },
  'processing.beyond-calendar': {
    params: ['from', 'to'],
    'zh-CN': '办结期限需用到工作日日历（{from}至{to}）以外的日期，暂无法计算（选择beyondCalendar: \'provisional\'可按法定节假日推定并标为暂定）',
    en: "The due date needs days outside the working-day calendar ({from} to {to}): it cannot be counted yet (beyondCalendar: 'provisional' counts it on the statutory days off, marked provisional)",
  },
  'processing.provisional': {
    params: ['through'],
    'zh-CN': '【暂定】{through}之后尚无国务院办公厅放假安排，按《全国年节及纪念日放假办法》推定法定节假日计算，调休上班日未知',
    en: '[Provisional] No State Council arrangement after {through}: counted on the statutory days off of 全国年节及纪念日放假办法; make-up working days unknown',
  },
  'processing.unverified': { params: ['table'], 'zh-CN': '该日期晚于{table}的核实截止日，结果未经核实', en: 'The date is past the last verified date of {table}: this result is not verified' },
});

/**
 * A code of `PROCESSING_REASON_CATALOGUE`.
 *
 * @example
 * ```ts
 * const c: ProcessingReasonCode = 'processing.chosen';
 * ```
 */
export type ProcessingReasonCode = keyof typeof PROCESSING_REASON_CATALOGUE;

/**
 * The parameters a code declares, typed.
 *
 * @example
 * ```ts
 * const p: ProcessingReasonParams<'processing.chosen'> = { due: '2018-09-11' };
 * ```
 */
export type ProcessingReasonParams<C extends ProcessingReasonCode> = { readonly [K in (typeof PROCESSING_REASON_CATALOGUE)[C]['params'][number]]: string | number };

/**
 * A reason of the processing catalogue (a union over the codes, so that `code` narrows
 * `params`); every one is a `Reason` for `renderReason`.
 *
 * @example
 * ```ts
 * const r: ProcessingReason = processingReason('processing.limit.working-days', { count: 7 });
 * ```
 */
export type ProcessingReason<C extends ProcessingReasonCode = ProcessingReasonCode> = C extends ProcessingReasonCode
  ? { readonly code: C; readonly params: ProcessingReasonParams<C>; readonly cite?: Citation }
  : never;

/**
 * Builds a reason of the catalogue, its parameters checked by the type system. The reason and
 * its parameters are frozen (results share them).
 *
 * @example
 * ```ts
 * processingReason('processing.chosen', { due: '2018-09-11' });
 * ```
 */
export function processingReason<C extends ProcessingReasonCode>(code: C, params: ProcessingReasonParams<C>, cite?: Citation): ProcessingReason<C> {
  Object.freeze(params);
  return Object.freeze(cite === undefined ? { code, params } : { code, params, cite }) as ProcessingReason<C>;
}
