/**
 * Reason codes of endorsement decisions, with their parameters and zh-CN / en templates.
 * Codes are stable: `endorsement.<topic>.<what>`.
 *
 * @module
 */
import { defineReasons } from '../../rules/reasons.js';
import { deepFreeze } from '../../rules/snapshot.js';

/**
 * The endorsement reason catalogue.
 *
 * @example
 * ```ts
 * renderReason({ code: 'endorsement.g.not-scheme-city', params: { hukou: '320300', residence: '—' } }, 'en', ENDORSEMENT_REASONS);
 * ```
 */
export const ENDORSEMENT_REASONS = /* @__PURE__ */ deepFreeze(defineReasons({
  // --- the request as a whole -------------------------------------------------------------
  'endorsement.type.not-for-destination': {
    params: ['type', 'destination'],
    'zh-CN': '没有此类签注（{type}签注，目的地：{destination}）',
    en: 'There is no {type} endorsement for {destination}',
  },
  'endorsement.permit.wrong-type': {
    params: ['permit', 'destination'],
    'zh-CN': '该签注不能签在此种证件上（证件：{permit}，目的地：{destination}）',
    en: 'An endorsement for {destination} cannot go on a {permit} permit',
  },
  'endorsement.permit.expired': {
    params: ['expiry', 'date'],
    'zh-CN': '通行证已于{expiry}到期，申请日为{date}',
    en: 'The permit expired on {expiry}; the application date is {date}',
  },
  'endorsement.permit.too-little-validity': {
    params: ['expiry', 'minDays'],
    'zh-CN': '通行证有效期至{expiry}，剩余有效期不足{minDays}天，不受理签注申请',
    en: 'The permit is valid until {expiry}, less than {minDays} days from now: no endorsement is accepted',
  },
  'endorsement.registered-personnel.no-approval': {
    params: [],
    'zh-CN': '登记备案的国家工作人员须提交所在单位的审批意见',
    en: 'Registered state personnel must submit their employer\'s approval',
  },
  'endorsement.rule.not-yet': {
    params: ['table', 'date'],
    'zh-CN': '{date}时该项规定（{table}）尚未实施',
    en: 'On {date} the rule ({table}) was not yet in force',
  },
  'endorsement.rule.ended': {
    params: ['table', 'date'],
    'zh-CN': '{date}时该项规定（{table}）已停止实施',
    en: 'On {date} the rule ({table}) was no longer in force',
  },
  'endorsement.rule.gap': {
    params: ['table', 'date'],
    'zh-CN': '{date}时该项规定（{table}）不在实施期内',
    en: 'On {date} the rule ({table}) was not in force',
  },
  'endorsement.tourism.suspended': {
    params: ['type', 'destination', 'date'],
    'zh-CN': '{date}时暂停办理此类旅游签注（{type}签注，目的地：{destination}）',
    en: 'On {date} {type} tourist endorsements for {destination} were suspended',
    // the parameter stays the id (hong-kong); the message names the place
    names: { destination: { 'hong-kong': { 'zh-CN': '香港', en: 'Hong Kong' }, macau: { 'zh-CN': '澳门', en: 'Macau' } } },
  },
  'endorsement.place.wrong-office': {
    params: ['office', 'allowed'],
    'zh-CN': '该申请不能向{office}的出入境管理机构提出（受理地：{allowed}）',
    en: 'This application cannot be made at an office in {office} (allowed: {allowed})',
  },
  'endorsement.no-option': {
    params: ['type', 'destination'],
    'zh-CN': '申请人不符合此类签注任何一种的签发条件（{type}签注，目的地：{destination}）',
    en: 'The applicant qualifies for none of the {type} endorsement options for {destination}',
  },
  // --- G: individual visit scheme --------------------------------------------------------
  'endorsement.g.not-scheme-city': {
    params: ['hukou', 'residence'],
    'zh-CN': '户籍地（{hukou}）和居住证所在地（{residence}）均不是个人旅游签注开放城市',
    en: 'Neither the hukou ({hukou}) nor the residence permit ({residence}) is in an individual-visit scheme city',
  },
  'endorsement.g.residence-permit-not-accepted': {
    params: ['division'],
    'zh-CN': '{division}的居住证持有人当时不能办理个人旅游签注',
    en: 'Residence-permit holders of {division} could not have a G endorsement then',
  },
  // --- city regimes ---------------------------------------------------------------------
  'endorsement.regime.not-eligible': {
    params: ['regime', 'eligible'],
    'zh-CN': '{regime}仅适用于{eligible}',
    en: '{regime} is only for {eligible}',
  },
  'endorsement.regime.zone': {
    params: ['regime', 'zone'],
    'zh-CN': '{regime}仅适用于{zone}的居民',
    en: '{regime} is only for residents of the {zone} zone',
  },
  'endorsement.regime.state-personnel-excluded': {
    params: ['regime'],
    'zh-CN': '国家工作人员不能办理{regime}',
    en: 'State personnel cannot have {regime}',
  },
  'endorsement.regime.wrong-office': {
    params: ['regime', 'city'],
    'zh-CN': '{regime}须向{city}当地公安机关出入境管理机构申请',
    en: '{regime} is applied for at an office in {city}',
  },
  // --- T, S, D, talent ------------------------------------------------------------------
  'endorsement.t.no-relative': {
    params: ['destination'],
    'zh-CN': '申请人在目的地（{destination}）没有可探望的亲属',
    en: 'The applicant has no relative to visit in {destination}',
  },
  'endorsement.s.no-business': {
    params: [],
    'zh-CN': '申请商务签注须说明申请人的商务身份（备案单位人员、个体工商户等）',
    en: 'A business endorsement needs the applicant\'s business status (staff of a filed employer, sole trader …)',
  },
  'endorsement.d.no-admission': {
    params: ['destination'],
    'zh-CN': '申请人没有目的地（{destination}）有关部门批准的逗留许可',
    en: 'The applicant has no admission by the authorities of {destination}',
  },
  'endorsement.d.admission-ended': {
    params: ['until'],
    'zh-CN': '逗留许可已于{until}届满',
    en: 'The admission ended on {until}',
  },
  'endorsement.talent.no-category': {
    params: [],
    'zh-CN': '申请人才签注须提供人才类别和工作地',
    en: 'A talent endorsement needs the talent category and place of work',
  },
  'endorsement.talent.not-in-area': {
    params: ['workDivision'],
    'zh-CN': '工作地{workDivision}当时不在人才签注实施地区内',
    en: 'The place of work ({workDivision}) was not in an area issuing talent endorsements then',
  },
  // --- Taiwan ---------------------------------------------------------------------------
  'endorsement.taiwan.g.not-pilot-city': {
    params: ['hukou'],
    'zh-CN': '户籍地{hukou}不是赴台个人游试点城市',
    en: 'The hukou ({hukou}) is not in a Taiwan individual-travel pilot city',
  },
  'endorsement.taiwan.g.suspended': {
    params: ['date'],
    'zh-CN': '自2019年8月1日起暂停大陆居民赴台个人游试点，{date}不签发赴台个人旅游签注',
    en: 'The Taiwan individual-travel pilot has been suspended since 2019-08-01: no G endorsement on {date}',
  },
  'endorsement.taiwan.no-approval': {
    params: ['type'],
    'zh-CN': '此类赴台签注（{type}签注）须持台湾事务办公室的批件',
    en: 'A Taiwan {type} endorsement needs the Taiwan Affairs Office\'s approval',
  },
  'endorsement.taiwan.t.no-relative': {
    params: [],
    'zh-CN': '申请人在台湾没有可探望的亲属',
    en: 'The applicant has no relative to visit in Taiwan',
  },
  'endorsement.taiwan.d.no-settlement-approval': {
    params: [],
    'zh-CN': '赴台定居签注须持定居批准证明',
    en: 'A Taiwan settlement endorsement needs the settlement approval',
  },
  'endorsement.taiwan.j.no-residence-approval': {
    params: [],
    'zh-CN': '赴台居留签注须持居留批准证明',
    en: 'A Taiwan residence endorsement needs the residence approval',
  },
  'endorsement.taiwan.x.no-study-period': {
    params: [],
    'zh-CN': '赴台学习签注须持载明学制的学习证明',
    en: 'A Taiwan study endorsement needs a study certificate stating the study period',
  },
  // --- options --------------------------------------------------------------------------
  'endorsement.option.relation': {
    params: ['relations', 'destination'],
    'zh-CN': '该签注仅签发给探望在目的地（{destination}）的以下亲属的申请人：{relations}',
    en: 'This option is for visiting these relatives in {destination}: {relations}',
  },
  'endorsement.option.min-age': {
    params: ['minAge', 'age'],
    'zh-CN': '该签注仅签发给{minAge}周岁（含）以上的申请人，申请人{age}周岁',
    en: 'This option is for applicants aged {minAge} or more; the applicant is {age}',
  },
  'endorsement.option.age-unknown': {
    params: ['minAge'],
    'zh-CN': '该签注仅签发给{minAge}周岁（含）以上的申请人，未提供出生日期',
    en: 'This option is for applicants aged {minAge} or more; no birth date was given',
  },
  'endorsement.option.spouse-with-minor-child': {
    params: [],
    'zh-CN': '该签注仅签发给与港澳配偶生育有未成年子女的申请人',
    en: 'This option is for applicants who have a minor child with their spouse there',
  },
  'endorsement.option.hardship-approval': {
    params: [],
    'zh-CN': '该签注须经省级公安机关出入境管理部门核准特殊家庭困难',
    en: 'This option needs the provincial office\'s approval of special family hardship',
  },
  'endorsement.option.business': {
    params: ['kinds'],
    'zh-CN': '该签注仅签发给：{kinds}',
    en: 'This option is only for: {kinds}',
  },
  'endorsement.option.purpose': {
    params: ['purposes'],
    'zh-CN': '该签注仅签发给以下事由：{purposes}',
    en: 'This option is only for these purposes: {purposes}',
  },
  'endorsement.option.special-need': {
    params: [],
    'zh-CN': '多次有效的其他签注须有确需多次往返的特殊情形',
    en: 'A multiple-entry Q endorsement needs a special need to travel several times',
  },
  'endorsement.option.talent-category': {
    params: ['categories'],
    'zh-CN': '该签注仅签发给以下人才类别：{categories}',
    en: 'This option is only for these talent categories: {categories}',
  },
  'endorsement.option.taiwan-multiple': {
    params: [],
    'zh-CN': '多次有效签注须台湾方面的入台许可或台办批件允许多次往返',
    en: 'A multiple-entry option needs the Taiwan entry permit or the Taiwan Affairs Office approval to allow multiple entries',
  },
  'endorsement.option.capped-by-permit': {
    params: ['validUntil', 'permitExpiry'],
    'zh-CN': '签注有效期不得超过通行证有效期：至{validUntil}（通行证有效期至{permitExpiry}）',
    en: 'An endorsement cannot outlive its permit: valid until {validUntil} (the permit expires on {permitExpiry})',
  },
  'endorsement.option.macau-study-cap': {
    params: ['months'],
    'zh-CN': '赴澳门高校就读的逗留签注有效期最长不超过{months}个月',
    en: 'A Macau student\'s stay endorsement is valid for at most {months} months',
  },
}));


/**
 * A reason code of the endorsement catalogue.
 *
 * @example
 * ```ts
 * const c: EndorsementReasonCode = 'endorsement.g.not-scheme-city';
 * ```
 */
export type EndorsementReasonCode = keyof typeof ENDORSEMENT_REASONS;
