/**
 * Reason codes of the place, channel and kiosk decisions, with zh-CN and English messages a
 * citizen can read. Route and channel reasons are `place.<route>.<condition>` and
 * `channel.<channel>.<condition>`; kiosk reasons are `kiosk.<condition>`. Division codes in the
 * parameters are GB/T 2260 codes; the structured `where` of a result carries the names.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { ReasonDef } from '../rules/reasons.js';
import { KIOSK_HOURS_REASONS } from './local-practice-reasons.js';

/**
 * The routes of application, as reason prefixes.
 *
 * @example
 * ```ts
 * PLACE_ROUTES.includes('in-province'); // true
 * ```
 */
export const PLACE_ROUTES = [
  'hukou-place',
  'in-province',
  'residence-permit',
  'relatives',
  'scheme-2012',
  'scheme-2013-passport',
  'scheme-2013-taiwan',
  'scheme-2013-elderly',
  'scheme-2013-renewal',
  'nationwide-renewal',
  'nationwide',
  'filing-place',
  'work-place',
  'regime',
] as const;

/**
 * A route of application (reason prefix).
 *
 * @example
 * ```ts
 * const r: PlaceRouteName = 'relatives';
 * ```
 */
export type PlaceRouteName = (typeof PLACE_ROUTES)[number];

const ROUTE_LABELS: Readonly<Record<PlaceRouteName, { 'zh-CN': string; en: string }>> = {
  'hukou-place': { 'zh-CN': '户籍地办理', en: 'At the hukou place' },
  'in-province': { 'zh-CN': '户籍所在省内就近办理', en: 'Anywhere in the hukou province' },
  'residence-permit': { 'zh-CN': '居住证持有人在居住地办理', en: 'Where one holds a residence permit' },
  relatives: { 'zh-CN': '外省户籍亲属在本市户籍居民所在城市办理', en: 'Out-of-province relatives of a local hukou resident' },
  'scheme-2012': { 'zh-CN': '六城市非本市户籍就业人员、在读大学生就近办理（2012年）', en: 'Six-city scheme for non-hukou employees and students (2012)' },
  'scheme-2013-passport': { 'zh-CN': '43个城市非户籍地就近提交普通护照申请（2013年）', en: 'Non-hukou passport applications in 43 cities (2013)' },
  'scheme-2013-taiwan': { 'zh-CN': '31个城市非户籍地就近提交往来台湾通行证及签注申请（2013年）', en: 'Non-hukou Taiwan permit applications in 31 cities (2013)' },
  'scheme-2013-elderly': { 'zh-CN': '年满60周岁居民在暂（居）住地就近办理（2013年）', en: 'Residents aged 60 or over where they live (2013)' },
  'scheme-2013-renewal': { 'zh-CN': '在暂（居）住地就近换发、补发及再次赴台签注（2013年）', en: 'Renewal, replacement and Taiwan re-endorsement where one lives (2013)' },
  'nationwide-renewal': { 'zh-CN': '全国范围异地换发补发证件、团队旅游签注', en: 'Renewal, replacement and group tours at any office' },
  nationwide: { 'zh-CN': '出入境证件全国通办', en: 'Any office nationwide (全国通办)' },
  'filing-place': { 'zh-CN': '商务签注在企业登记备案地办理', en: 'Business endorsements where the employer is filed' },
  'work-place': { 'zh-CN': '人才签注在工作地办理', en: 'Talent endorsements where the applicant works' },
  regime: { 'zh-CN': '城市个人旅游签注特别政策', en: 'City regime of the individual-visit endorsement' },
};

/**
 * Conditions of a route, with their parameters and message phrases (the reason codes are
 * `place.<route>.<condition>`).
 *
 * @example
 * ```ts
 * ROUTE_CONDITIONS['not-in-force'].en; // 'not in force on {date}'
 * ```
 */
export const ROUTE_CONDITIONS = {
  'not-in-force': { params: ['date'], 'zh-CN': '{date}不适用（尚未施行或已停止执行）', en: 'not in force on {date}' },
  'not-covered': { params: [], 'zh-CN': '不适用于所申请的证件或签注', en: 'does not cover the document or endorsement applied for' },
  'action-not-covered': { params: [], 'zh-CN': '不适用于本次申请的办理类型（首次申请、换发、补发或再次签注）', en: 'does not cover this kind of application (first issue, renewal, replacement or re-endorsement)' },
  'excluded-registered-personnel': { params: [], 'zh-CN': '登记备案的国家工作人员不适用', en: 'not open to registered state personnel' },
  'excluded-active-military': { params: [], 'zh-CN': '现役军人不适用', en: 'not open to serving military' },
  'residence-short': { params: ['months'], 'zh-CN': '须在受理地居住满{months}个月（凭居住证或暂住登记）', en: 'requires {months} months of residence at the place of application (residence permit or registration)' },
  'no-residence-permit': { params: [], 'zh-CN': '须持申请当日有效的居住证', en: 'requires a residence permit valid on the day' },
  'not-scheme-city': { params: ['city'], 'zh-CN': '行政区划{city}不是个人旅游签注开放城市', en: 'division {city} is not a city of the individual-visit scheme' },
  'too-young': { params: ['age'], 'zh-CN': '须年满{age}周岁', en: 'requires an age of {age} or over' },
  'not-qualified': { params: [], 'zh-CN': '申请人不属于适用人员（就业、就学人员或本市户籍居民的亲属）', en: 'the applicant is not among those it serves (employees, students, relatives of local hukou residents)' },
  'insurance-short': { params: ['months'], 'zh-CN': '就业人员须在就业地连续缴纳社会保险满{months}个月', en: 'employees need {months} months of continuous social insurance where they work' },
  'relationship-not-covered': { params: [], 'zh-CN': '与本市户籍居民的亲属关系不在适用范围内', en: 'the relationship to the local hukou resident is not covered' },
  'relative-same-province': { params: [], 'zh-CN': '亲属与申请人户籍同省：适用省内就近办理', en: 'the relative’s hukou is in the applicant’s own province: the in-province route applies instead' },
  'office-outside': { params: ['area'], 'zh-CN': '受理机构不在行政区划{area}内', en: 'the office is not in division {area}' },
  'no-place-given': { params: [], 'zh-CN': '未提供适用的地点（工作地、备案地或亲属户籍地）', en: 'no place for it was given (place of work, filing place or relative’s hukou)' },
  'regime-not-here': { params: ['regime'], 'zh-CN': '受理地当日未实行{regime}政策，须在该政策施行期间向实行该政策城市的出入境管理机构申请', en: 'the {regime} regime is not in force at this office on this date: apply, while it is in force, to the office of the city that runs it' },
  'regime-not-eligible': { params: ['regime'], 'zh-CN': '申请人不属于{regime}政策的适用人员（本市户籍居民或政策所列的居住证持有人）', en: 'the applicant does not qualify for the {regime} regime (its hukou residents, or residence-permit holders where it says so)' },
} as const satisfies Readonly<Record<string, { params: readonly string[]; 'zh-CN': string; en: string }>>;

/**
 * Conditions under which a route does not apply.
 *
 * @example
 * ```ts
 * const c: RouteCondition = 'residence-short';
 * ```
 */
export type RouteCondition = keyof typeof ROUTE_CONDITIONS;

/** Parameters of a route's "applies" reason. */
const ROUTE_APPLIES: Readonly<Record<PlaceRouteName, { params: readonly string[]; 'zh-CN': string; en: string }>> = {
  'hukou-place': { params: ['city'], 'zh-CN': '向户籍地（行政区划{city}）公安机关出入境管理机构申请', en: 'Apply at the hukou place (division {city})' },
  'in-province': { params: ['province'], 'zh-CN': '可在户籍所在省（行政区划{province}）内任一县级以上公安机关出入境管理机构申请', en: 'Any county-level office in the hukou province (division {province}) may accept' },
  'residence-permit': { params: ['city'], 'zh-CN': '持有效居住证，可在居住地（行政区划{city}）申请', en: 'With a valid residence permit, apply where you live (division {city})' },
  relatives: { params: ['city'], 'zh-CN': '作为本市户籍居民的外省户籍亲属，可在该居民所在城市（行政区划{city}）申请', en: 'As an out-of-province relative of a local hukou resident, apply in that city (division {city})' },
  'scheme-2012': { params: ['city'], 'zh-CN': '属于六城市非本市户籍就业人员或在读大学生，可在行政区划{city}申请', en: 'As a non-hukou employee or student of the six-city scheme, apply in division {city}' },
  'scheme-2013-passport': { params: ['city'], 'zh-CN': '可在行政区划{city}就近提交普通护照申请', en: 'A passport application may be made near where you live, in division {city}' },
  'scheme-2013-taiwan': { params: ['city'], 'zh-CN': '可在行政区划{city}就近提交往来台湾通行证及签注申请', en: 'A Taiwan permit or endorsement application may be made near where you live, in division {city}' },
  'scheme-2013-elderly': { params: ['city'], 'zh-CN': '年满60周岁且在暂（居）住地居住满6个月，可在行政区划{city}就近申请', en: 'Aged 60 or over with 6 months’ residence: apply near where you live, in division {city}' },
  'scheme-2013-renewal': { params: ['city'], 'zh-CN': '在暂（居）住地居住满6个月，可在行政区划{city}就近换发、补发或再次签注', en: 'With 6 months’ residence: renew, replace or re-endorse near where you live, in division {city}' },
  'nationwide-renewal': { params: [], 'zh-CN': '换发、补发证件及团队旅游签注可在全国任一公安机关出入境管理机构申请', en: 'Renewals, replacements and group-tour endorsements are accepted at any office nationwide' },
  nationwide: { params: [], 'zh-CN': '全国通办：可在全国任一公安机关出入境管理机构申请，申办手续与户籍地一致', en: '全国通办: any office nationwide accepts it, with the same requirements as at the hukou place' },
  'filing-place': { params: ['city'], 'zh-CN': '商务签注可在企业登记备案地（行政区划{city}）申请', en: 'A business endorsement may be applied for where the employer is filed (division {city})' },
  'work-place': { params: ['city'], 'zh-CN': '人才签注向工作地（行政区划{city}）公安机关出入境管理机构申请', en: 'Apply for a talent endorsement where you work (division {city})' },
  regime: { params: ['regime', 'city'], 'zh-CN': '{regime}政策：向行政区划{city}的公安机关出入境管理机构申请', en: 'The {regime} regime: apply at an office of division {city}' },
};

/**
 * The channels through which an application can be made.
 *
 * @example
 * ```ts
 * CHANNELS.includes('kiosk'); // true
 * ```
 */
export const CHANNELS = /* @__PURE__ */ Object.freeze(['window', 'kiosk', 'online', 'post', 'police-station', 'agency'] as const);

/**
 * A channel: hall window (窗口), self-service kiosk (自助签注设备), online (NIA platform),
 * post (two-way courier), police-station service point (派出所受理点), licensed agency (代办机构).
 *
 * @example
 * ```ts
 * const c: Channel = 'online';
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

const CHANNEL_LABELS: Readonly<Record<Channel, { 'zh-CN': string; en: string }>> = {
  window: { 'zh-CN': '窗口办理', en: 'Hall window' },
  kiosk: { 'zh-CN': '自助签注设备', en: 'Self-service kiosk' },
  online: { 'zh-CN': '网上办理（国家移民管理局政务服务平台）', en: 'Online (NIA service platform)' },
  post: { 'zh-CN': '双向寄递', en: 'Two-way courier' },
  'police-station': { 'zh-CN': '派出所受理点', en: 'Police-station service point' },
  agency: { 'zh-CN': '代办机构', en: 'Licensed agency' },
};

/**
 * Conditions of a channel decision, with their message phrases.
 *
 * @example
 * ```ts
 * CHANNEL_CONDITIONS.allowed.en; // 'available'
 * ```
 */
export const CHANNEL_CONDITIONS = {
  allowed: { params: [], 'zh-CN': '可以办理', en: 'available' },
  'not-in-force': { params: ['date'], 'zh-CN': '{date}不提供此项服务', en: 'not offered on {date}' },
  'not-covered': { params: [], 'zh-CN': '不办理所申请的证件或签注', en: 'does not handle the document or endorsement applied for' },
  'action-not-covered': { params: [], 'zh-CN': '不办理此类申请（首次申请须到窗口）', en: 'does not handle this kind of application (a first issue is made at a window)' },
  'excluded-registered-personnel': { params: [], 'zh-CN': '登记备案的国家工作人员须到窗口办理', en: 'registered state personnel apply at a window' },
  'excluded-active-military': { params: [], 'zh-CN': '现役军人须到窗口办理', en: 'serving military apply at a window' },
  'too-young': { params: ['age'], 'zh-CN': '须年满{age}周岁', en: 'requires an age of {age} or over' },
  'not-pilot-city': { params: ['city'], 'zh-CN': '户籍地（行政区划{city}）不是试点城市', en: 'the hukou city (division {city}) is not a pilot city' },
  'prior-document-invalid': { params: [], 'zh-CN': '须曾申领同类证件且仍在有效期内、已留存指纹', en: 'the previous document must still be valid, with fingerprints on file' },
  'appointments-only': { params: [], 'zh-CN': '只能网上预约，申请仍须到窗口或自助设备提交', en: 'appointments only: the application itself is made at a window or kiosk' },
} as const satisfies Readonly<Record<string, { params: readonly string[]; 'zh-CN': string; en: string }>>;

/**
 * Conditions of a channel decision.
 *
 * @example
 * ```ts
 * const c: ChannelCondition = 'not-pilot-city';
 * ```
 */
export type ChannelCondition = keyof typeof CHANNEL_CONDITIONS;

/**
 * The kiosk reasons alone (`kiosk.*`), for an entry that carries only the kiosk check.
 *
 * @example
 * ```ts
 * renderReason({ code: 'kiosk.ok', params: {} }, 'en', KIOSK_REASON_CATALOGUE); // 'You can apply at this self-service kiosk'
 * ```
 */
export const KIOSK_REASON_CATALOGUE: Readonly<Record<string, ReasonDef>> = {
  ...KIOSK_HOURS_REASONS,
  'kiosk.ok': { params: [], 'zh-CN': '可以在自助签注设备上办理', en: 'You can apply at this self-service kiosk' },
  'kiosk.immediate': { params: [], 'zh-CN': '审批通过后现场制发，立等可取', en: 'Once approved it is printed on the spot: wait and take it' },
  'kiosk.not-immediate': { params: [], 'zh-CN': '自助提交申请，审批后按规定时限领取，不能立等可取', en: 'The kiosk takes the application; the endorsement is issued later, within the usual time limit' },
  'kiosk.card-required': { params: [], 'zh-CN': '自助签注设备只能办理电子（卡式）通行证的签注；本式通行证请到窗口办理', en: 'Kiosks serve only electronic card permits; with a booklet permit, please go to a window' },
  'kiosk.registered-personnel': { params: [], 'zh-CN': '登记备案的国家工作人员须持单位审批意见到人工窗口办理', en: 'Registered state personnel apply at a staffed window with their employer’s approval' },
  'kiosk.active-military': { params: [], 'zh-CN': '现役军人须到人工窗口办理', en: 'Serving military apply at a staffed window' },
  'kiosk.first-issue': { params: [], 'zh-CN': '首次办证（及随证申请的签注）须到窗口办理，现场采集照片和指纹', en: 'A first permit and the endorsements applied for with it are handled at a window, where your photo and fingerprints are taken' },
  'kiosk.not-an-endorsement': { params: [], 'zh-CN': '自助签注设备只办理签注，不办理证件的申领、换发或补发', en: 'Kiosks issue endorsements only, not documents (first issue, renewal or replacement)' },
  'kiosk.type-not-offered': { params: ['date'], 'zh-CN': '{date}自助签注设备不办理此类签注，请到窗口办理', en: 'This endorsement is not offered at kiosks on {date}; please go to a window' },
  'kiosk.outside-hukou-city': { params: ['city'], 'zh-CN': '此类签注只能在户籍所在城市（行政区划{city}）的自助设备办理', en: 'This endorsement is available only at kiosks in your hukou city (division {city})' },
  'kiosk.outside-hukou-province': { params: ['province'], 'zh-CN': '此类签注只能在户籍所在省（行政区划{province}）内的自助设备办理', en: 'This endorsement is available only at kiosks in your hukou province (division {province})' },
  'kiosk.card-other-province': { params: ['province'], 'zh-CN': '您的电子通行证由行政区划{province}签发，只能在该省内的自助设备办理此类签注', en: 'Your card permit was issued in division {province}: kiosks of that province serve it for this endorsement' },
  'kiosk.multi-only': { params: [], 'zh-CN': '自助设备只办理多次有效的商务签注', en: 'Kiosks issue business endorsements only for multiple entries' },
  'kiosk.filed-employer-required': { params: [], 'zh-CN': '须为已备案企业的员工', en: 'Only staff of a filed (备案) employer can use the kiosk for it' },
  'kiosk.not-scheme-city': { params: ['city'], 'zh-CN': '个人旅游签注须为开放城市户籍居民，或持开放城市居住证；行政区划{city}的设备不能为您办理', en: 'An individual-visit endorsement needs a hukou in a scheme city or a residence permit of one; the kiosk in division {city} cannot issue it to you' },
  'kiosk.residence-permit': { params: ['city'], 'zh-CN': '凭行政区划{city}的有效居住证办理', en: 'Issued on your valid residence permit of division {city}' },
  'kiosk.regime-not-here': { params: ['regime'], 'zh-CN': '此处当日未实行{regime}政策：请在该政策施行期间，到实行该政策城市的设备或窗口办理', en: 'The {regime} regime is not in force here on this date: while it is, use a kiosk or window of the city that runs it' },
  'kiosk.regime-not-eligible': { params: ['regime'], 'zh-CN': '您不属于{regime}政策的适用人员', en: 'You do not qualify for the {regime} regime' },
  'kiosk.option-not-granted': {
    params: ['entries', 'regime'],
    'zh-CN': '按签注规定，不能为您签发所选的签注（次数：{entries}；政策：{regime}）',
    en: 'Under the endorsement rules the endorsement asked for cannot be issued to you (entries: {entries}; regime: {regime})',
  },
  'kiosk.permit-unchecked': {
    params: [],
    'zh-CN': '未提供通行证有效期：通行证是否有效、剩余有效期是否足够，以设备读卡结果为准',
    en: 'The permit’s last valid day was not given: whether it is valid, with enough time left, is for the kiosk’s card reader to check',
  },
  'kiosk.unverified': { params: ['table'], 'zh-CN': '该日期晚于{table}的核实截止日，结果未经核实', en: 'The date is past the last verified date of {table}: this result is not verified' },
};

function build(): Record<string, ReasonDef> {
  const out: Record<string, ReasonDef> = {};
  for (const r of PLACE_ROUTES) {
    const l = ROUTE_LABELS[r];
    const a = ROUTE_APPLIES[r];
    out[`place.${r}.applies`] = { params: a.params, 'zh-CN': a['zh-CN'], en: a.en };
    for (const [c, d] of Object.entries(ROUTE_CONDITIONS)) out[`place.${r}.${c}`] = { params: d.params, 'zh-CN': `${l['zh-CN']}：${d['zh-CN']}`, en: `${l.en}: ${d.en}` };
  }
  out['place.unverified'] = { params: ['table'], 'zh-CN': '该日期晚于{table}的核实截止日，结果未经核实', en: 'The date is past the last verified date of {table}: this result is not verified' };
  out['place.where-none'] = { params: [], 'zh-CN': '按所给信息，没有可以受理的地点', en: 'From what was given, no office can accept this application' };
  for (const ch of CHANNELS) {
    const l = CHANNEL_LABELS[ch];
    for (const [c, d] of Object.entries(CHANNEL_CONDITIONS)) out[`channel.${ch}.${c}`] = { params: d.params, 'zh-CN': `${l['zh-CN']}：${d['zh-CN']}`, en: `${l.en}: ${d.en}` };
  }
  out['channel.unverified'] = { params: ['table'], 'zh-CN': '该日期晚于{table}的核实截止日，结果未经核实', en: 'The date is past the last verified date of {table}: this result is not verified' };
  return Object.assign(out, KIOSK_REASON_CATALOGUE);
}

/**
 * The catalogue of place, channel and kiosk reasons (code → parameters and templates).
 *
 * @example
 * ```ts
 * renderReason({ code: 'place.in-province.applies', params: { province: '510000' } }, 'en', PLACE_REASON_CATALOGUE);
 * // 'Any county-level office in the hukou province (division 510000) may accept'
 * ```
 */
export const PLACE_REASON_CATALOGUE: Readonly<Record<string, ReasonDef>> = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ build());

/**
 * A reason code of this catalogue.
 *
 * @example
 * ```ts
 * const c: PlaceReasonCode = 'place.nationwide.applies';
 * ```
 */
export type PlaceReasonCode =
  | `place.${PlaceRouteName}.applies`
  | `place.${PlaceRouteName}.${RouteCondition}`
  | 'place.unverified'
  | 'place.where-none'
  | `channel.${Channel}.${ChannelCondition}`
  | 'channel.unverified'
  | `kiosk.${string}`;

/**
 * A place, channel or kiosk reason: code, parameters and the citation behind it.
 *
 * @example
 * ```ts
 * const r: PlaceReason = { code: 'place.nationwide.applies', params: {} };
 * ```
 */
export interface PlaceReason {
  readonly code: PlaceReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cite?: Citation;
}

const NO_PARAMS: Readonly<Record<string, string | number>> = /* @__PURE__ */ Object.freeze({});

/**
 * Builds a reason, frozen with its parameters (pass a fresh parameters object: it is frozen in
 * place); the citation is attached when given.
 *
 * @example
 * ```ts
 * placeReason('place.in-province.residence-short', { months: 12 }, SHANXI_NEARBY_2013);
 * ```
 */
export function placeReason(code: PlaceReasonCode, params: Readonly<Record<string, string | number>> = NO_PARAMS, cite?: Citation): PlaceReason {
  Object.freeze(params);
  return Object.freeze(cite === undefined ? { code, params } : { code, params, cite });
}
