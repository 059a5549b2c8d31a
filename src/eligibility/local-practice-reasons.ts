/**
 * Reason codes of the local practices (opening hours, kiosk hours, appointments, the green
 * channel, business filing, services kept at the city's own office, the catalogue of practices),
 * with zh-CN and English messages.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { type Reason, defineReasons } from '../rules/reasons.js';

/**
 * The messages of the kiosk-hours reasons (also in the kiosk policy's catalogue).
 *
 * @example
 * ```ts
 * KIOSK_HOURS_REASONS['kiosk.outside-issuing-hours']?.en;
 * ```
 */
export const KIOSK_HOURS_REASONS = /* @__PURE__ */ defineReasons({
  'kiosk.issues-round-the-clock': { params: [], 'zh-CN': '此处为24小时自助服务区：任何时间都可现场制发', en: 'This is a 24-hour self-service area: printed on the spot at any hour' },
  'kiosk.outside-issuing-hours': {
    params: ['at'],
    'zh-CN': '{at}不在工作时间内：此处自助设备只在工作时间现场制发，现在不能立等可取',
    en: 'At {at} the kiosk is outside working hours: here it prints on the spot only in working hours, not now',
  },
  'kiosk.in-issuing-hours': { params: ['at'], 'zh-CN': '{at}在工作时间内，可以现场制发', en: 'At {at} the kiosk is within working hours: printed on the spot' },
  'kiosk.issuing-hours-unknown': {
    params: [],
    'zh-CN': '此处自助设备现场制发的时间不详：能否立等可取以设备所在大厅的开放时间为准',
    en: 'When this kiosk prints on the spot is not known: whether you can wait for it depends on the hall’s opening hours',
  },
  'kiosk.immediate-in-working-hours': {
    params: [],
    'zh-CN': '立等可取限于工作时间（24小时自助服务区除外）；未给出时间，能否现场制发以办理时是否在工作时间内为准',
    en: 'Printing on the spot is for working hours (except in 24-hour areas); no time was given, so it depends on when you apply',
  },
});

/**
 * The messages of every local-practice reason.
 *
 * @example
 * ```ts
 * LOCAL_PRACTICE_REASONS['office.closed']?.en; // 'The office is closed at {at}'
 * ```
 */
// Object.assign rather than a spread: a bundler keeps an unused spread (it may run getters)
export const LOCAL_PRACTICE_REASONS = /* @__PURE__ */ defineReasons(
  /* @__PURE__ */ Object.assign({}, KIOSK_HOURS_REASONS, {
  'office.open': { params: ['at'], 'zh-CN': '{at}办证大厅对外办公', en: 'The office is open at {at}' },
  'office.enquiries-only': { params: ['at'], 'zh-CN': '{at}只开放咨询、领表、填表，尚未开始受理', en: 'At {at} only the enquiry desk is open (questions, forms); acceptance has not started' },
  'office.closed': { params: ['at'], 'zh-CN': '{at}办证大厅不办公', en: 'The office is closed at {at}' },
  'office.hours-unknown': { params: ['at', 'day'], 'zh-CN': '{at}（{day}）的办公时间不详，请向办证大厅核实', en: 'The office hours at {at} ({day}) are not known: check with the office' },
  'office.next-opening': { params: ['date', 'time'], 'zh-CN': '下次开始受理：{date} {time}', en: 'Next opening for applications: {date} at {time}' },
  'office.next-opening-unknown': { params: [], 'zh-CN': '下次开放时间不详', en: 'When it next opens is not known' },
  'office.late-until-served': { params: [], 'zh-CN': '申请人较多时延长办公时间，当日在大厅的申请人均予办理', en: 'At busy times the windows stay open until everyone in the hall is served' },
  'office.late-at-peak': { params: [], 'zh-CN': '高峰期延时服务', en: 'Later hours at peak times' },
  'office.closed-at-acceptance': { params: ['at'], 'zh-CN': '受理时间{at}不在该办证大厅的办公时间内', en: 'The acceptance time {at} is outside the office’s opening hours' },
  'office.centre-only': {
    params: ['service'],
    'zh-CN': '{service}只能在市出入境管理部门（市局接待中心）受理，区县办证大厅不受理',
    en: '{service} is accepted only at the city’s own exit-entry office, not at district halls',
  },
  'office.district-halls-accept': { params: ['service'], 'zh-CN': '{service}的受理权限已下放至区县办证大厅', en: 'District halls accept {service}' },
  'window.immediate': { params: [], 'zh-CN': '窗口立等可取：现场制发旅游签注', en: 'Issued on the spot at the window (立等可取)' },
  'office.practice': { params: ['practice'], 'zh-CN': '本地便民措施：{practice}', en: 'Local practice: {practice}' },
  'appointment.required': {
    params: ['channels'],
    'zh-CN': '须先预约（{channels}）：预约时即审核申请资格，符合条件方可预约',
    en: 'An appointment is required first ({channels}): booking checks eligibility, and only those who qualify can book',
  },
  'appointment.offered': { params: ['channels'], 'zh-CN': '可以预约（{channels}），不预约也可办理', en: 'Appointments can be booked ({channels}) but are not required' },
  'appointment.unknown': { params: [], 'zh-CN': '是否须预约不详', en: 'Whether an appointment is needed is not known' },
  'appointment.slot-may-be-offered': { params: [], 'zh-CN': '预受理审核通过，可以预约', en: 'The pre-acceptance check passes: a slot may be offered' },
  'appointment.slot-refused': { params: [], 'zh-CN': '预受理审核未通过，不能预约', en: 'The pre-acceptance check fails: no slot may be offered' },
  'green-channel.applies': {
    params: ['by'],
    'zh-CN': '适用绿色通道：证件数据力争在{by}前（2个工作日内）上传审批',
    en: 'Green channel: the application data are to be sent for approval by {by} (within 2 working days)',
  },
  'green-channel.not-here': { params: [], 'zh-CN': '此处当日没有出入境证件绿色通道', en: 'No green channel for exit-entry documents here on this date' },
  'green-channel.ground-not-covered': { params: ['ground'], 'zh-CN': '事由{ground}不在绿色通道范围内', en: 'The ground {ground} is not one the green channel covers' },
  'green-channel.applicant-not-covered': { params: ['applicant'], 'zh-CN': '申请人（{applicant}）不在绿色通道范围内', en: 'The applicant ({applicant}) is not one the green channel covers' },
  'business-filing.due': { params: ['due', 'count'], 'zh-CN': '赴港澳商务备案自受理之日起{count}个工作日内完成，{due}前办结', en: 'The HK/Macau business filing is completed within {count} working days of acceptance: by {due}' },
  'business-filing.no-limit': { params: [], 'zh-CN': '此处当日赴港澳商务备案的办理时限不详', en: 'No time limit for the HK/Macau business filing is known here on this date' },
  }),
);

/**
 * A local-practice reason.
 *
 * @example
 * ```ts
 * const r: LocalPracticeReason = localReason('office.closed', { at: '2018-06-02 22:00' });
 * ```
 */
export type LocalPracticeReason = Reason & { readonly code: keyof typeof LOCAL_PRACTICE_REASONS };

const NONE: Readonly<Record<string, string | number>> = Object.freeze({});

/**
 * A frozen local-practice reason.
 *
 * @internal
 * @example
 * ```ts
 * localReason('office.open', { at: '2014-11-03 09:00' }, cite(LOCAL_HARBIN_2014));
 * ```
 */
export function localReason(code: keyof typeof LOCAL_PRACTICE_REASONS, params: Readonly<Record<string, string | number>> = NONE, cite?: Citation): LocalPracticeReason {
  Object.freeze(params);
  return Object.freeze(cite === undefined ? { code, params } : { code, params, cite });
}
