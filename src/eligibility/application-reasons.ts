/**
 * The reasons of an application's problems: the zh-CN and English messages of the resident-ID
 * and cross-field codes ({@link APPLICATION_REASONS}), the type of the cross-field issue codes,
 * and the instruments cited behind the codes that rest on a rule. `application.ts` re-exports
 * the public part.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { defineReasons } from '../rules/reasons.js';
import type { Destination } from '../documents/endorsements/catalogue.js';
import { GB_11643_1999, RESIDENT_ID_REASONS } from './resident-id.js';
import { cite, LAW_PASSPORT, REG_HKMO_1986, REG_TAIWAN_1991 } from '../rules/instruments/index.js';

/**
 * zh-CN and English messages of every application problem: the resident-ID ones
 * (`resident-id.*`) and the cross-field checks (`application.*`, keyed by issue code).
 *
 * @example
 * ```ts
 * renderReason({ code: 'application.endorsement-without-permit', params: { destination: 'hong-kong', permit: 'hkmo-permit' } }, 'en', APPLICATION_REASONS);
 * ```
 */
export const APPLICATION_REASONS = /* @__PURE__ */ defineReasons({
  ...RESIDENT_ID_REASONS,
  'application.birth-date-mismatch': {
    params: ['stated', 'derived'],
    'zh-CN': '填写的出生日期{stated}与公民身份号码中的出生日期{derived}不一致',
    en: 'The stated birth date {stated} differs from the one in the identity number, {derived}',
  },
  'application.accepted-before-birth': {
    params: ['acceptedOn', 'birthDate'],
    'zh-CN': '受理日期{acceptedOn}早于申请人的出生日期{birthDate}',
    en: 'The acceptance date {acceptedOn} is before the applicant’s birth date {birthDate}',
  },
  'application.accepted-after-as-of': {
    params: ['acceptedOn', 'asOf'],
    'zh-CN': '受理日期{acceptedOn}晚于参照日期{asOf}',
    en: 'The acceptance date {acceptedOn} is after the reference date {asOf}',
  },
  'application.residence-permit-inverted': {
    params: ['validFrom', 'validTo'],
    'zh-CN': '居住证有效期止日{validTo}早于起日{validFrom}',
    en: 'The residence permit’s end date {validTo} is before its start date {validFrom}',
  },
  'application.zone-outside-zhuhai': {
    params: ['division'],
    'zh-CN': '横琴粤澳深度合作区位于珠海市（440400），行政区划{division}不在珠海市',
    en: 'The Hengqin zone lies in Zhuhai (440400); division {division} does not',
  },
  'application.registered-personnel-conflict': {
    params: [],
    'zh-CN': '申请人信息与拒签情形中关于登记备案国家工作人员审批意见的填写不一致',
    en: 'The applicant’s registered-personnel approval and the refusal flags’ say different things',
  },
  'application.duplicate-service': {
    params: ['service', 'first'],
    'zh-CN': '同一申请中重复申请{service}（已见于第{first}项）',
    en: '{service} is applied for twice in one application (first as item {first})',
  },
  'application.ground-not-applicable': {
    params: ['ground'],
    'zh-CN': '首次申请不填写换发、补发事由（{ground}）',
    en: 'A first issue has no renewal or replacement ground ({ground})',
  },
  'application.endorsement-type-not-for-destination': {
    params: ['type', 'destination'],
    'zh-CN': '{destination}没有{type}类签注',
    en: 'There is no {type} endorsement for {destination}',
  },
  'application.endorsement-without-permit': {
    params: ['destination', 'permit'],
    'zh-CN': '申请前往{destination}的签注，但既未持有{permit}，也未在本次申请中申领该证件',
    en: 'An endorsement for {destination} is applied for, but no {permit} is held or applied for in this application',
  },
  'application.dates-inverted': {
    params: ['issued', 'expires'],
    'zh-CN': '有效期至{expires}早于签发日期{issued}',
    en: 'The last valid day {expires} is before the issue date {issued}',
  },
  'application.endorsement-on-wrong-document': {
    params: ['document', 'destination'],
    'zh-CN': '{document}上不能有前往{destination}的签注',
    en: 'A {document} carries no endorsement for {destination}',
  },
  'application.office-not-in-force': {
    params: ['office', 'date', 'near'],
    'zh-CN': '受理机构所在地的行政区划代码{office}在{date}不存在（当日有效的相近代码：{near}）',
    en: 'The office’s division code {office} was not in force on {date} (codes in force then that may be meant: {near})',
  },
  'application.unknown-division': {
    params: ['division', 'near'],
    'zh-CN': '{division}不是任何时期的GB/T 2260行政区划代码（相近代码：{near}）',
    en: '{division} was never a GB/T 2260 division code (codes that may be meant: {near})',
  },
});

/**
 * Code of a cross-field problem of an application (the issue's `code`; the reason code is
 * `application.<code>`).
 *
 * @example
 * ```ts
 * const c: ApplicationIssueCode = 'endorsement-without-permit';
 * ```
 */
export type ApplicationIssueCode = {
  [K in keyof typeof APPLICATION_REASONS]: K extends `application.${infer C}` ? C : never;
}[keyof typeof APPLICATION_REASONS];

/** The instrument behind a cross-field code, where one sets the rule (pure input contradictions have none). @internal */
export const CITES: Partial<Record<ApplicationIssueCode, Citation>> = {
  'birth-date-mismatch': GB_11643_1999,
  'accepted-before-birth': GB_11643_1999,
  'ground-not-applicable': /* @__PURE__ */ cite(LAW_PASSPORT, { article: '第十一条', note: 'A passport is renewed or replaced (换发、补发) for the reasons listed; a first issue has no such ground.' }),
  'endorsement-on-wrong-document': /* @__PURE__ */ cite(REG_HKMO_1986, { article: '第二十二条', note: 'Endorsements for Hong Kong and Macau are entered on the 往来港澳通行证; those for Taiwan on the 往来台湾通行证 (中国公民往来台湾地区管理办法).' }),
};

const TAIWAN_ENDORSEMENT_CITE = cite(REG_TAIWAN_1991, { note: 'A trip to Taiwan needs an endorsement (签注) entered on the 往来台湾通行证; without the permit there is nothing to endorse.' });
const HKMO_ENDORSEMENT_CITE = cite(REG_HKMO_1986, { article: '第二十二条', note: 'Each trip needs an endorsement (签注) entered on the 往来港澳通行证; without the permit there is nothing to endorse.' });

/** The instrument behind `endorsement-without-permit` for a destination's permit. @internal */
export function endorsementCite(destination: Destination): Citation {
  return destination === 'taiwan' ? TAIWAN_ENDORSEMENT_CITE : HKMO_ENDORSEMENT_CITE;
}
