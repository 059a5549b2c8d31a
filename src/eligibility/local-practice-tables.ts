/**
 * Local practices of exit-entry offices as dated policy data (local measures; no national
 * entries unless a national instrument is known):
 *
 * - `office.practices` (set): the practices in force at an office, by code (on-demand passports,
 *   approval at acceptance, the convenience card, the one-time correction list, home visits, the
 *   urgent desk, self-collection machines …), each with its report;
 * - `office.centre-only` (value): the services only the city's own office accepts (district
 *   halls do not), until they are delegated (Chengdu business endorsements, Harbin Taiwan group
 *   tours);
 * - `window.immediate` (set): endorsements a staffed window of the city's own office prints on
 *   the spot (立等可取), with `window.immediate.excludes` (value) for who is not served so.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import {
  cite,
  verbatim,
  LOCAL_CHENGDU_2018,
  LOCAL_HARBIN_2014,
  PRESS_CHENGDU_2017_08_05,
  PRESS_GUANGZHOU_2006,
  PRESS_GUANGZHOU_2014_02_19,
} from '../rules/instruments/index.js';
import { type SetMember, type SetTableData, type ValueEntry, type ValueTableData, defineSetTable, defineValueTable } from '../rules/table.js';
import type { Label } from '../rules/table.js';
import { type ServiceKey, serviceKeySchema } from './place-services.js';
import { PLACE_VERIFIED_THROUGH } from './place-tables.js';
import { deepFreeze } from '../rules/snapshot.js';

/**
 * The practice codes and what each means.
 *
 * @example
 * ```ts
 * PRACTICE_LABELS['convenience-card'].en;
 * ```
 */
export const PRACTICE_LABELS = /* @__PURE__ */ deepFreeze({
  'passport.on-demand': { 'zh-CN': '凭居民身份证和户口簿按需申领护照', en: 'Passports on demand with the identity card and household register' },
  'hkmo-permit.on-demand': { 'zh-CN': '按需申领往来港澳通行证，开办常住居民个人港澳游', en: 'HK/Macau permits on demand; individual visits for permanent residents' },
  'endorsement.approval-at-acceptance': {
    'zh-CN': '审批关口前移：持有效往来港澳通行证再次申请个人游、团队旅游、探亲签注的，由受理部门完成审批',
    en: 'Approval at acceptance: re-endorsements for individual, group or family visits on a valid permit are approved by the accepting office',
  },
  'endorsement.overdue-warning': { 'zh-CN': '超时警示：按承诺时限以颜色提示办理进度', en: 'Overdue warning: files coloured by how close they are to the committed limit' },
  'convenience-card': {
    'zh-CN': '便利服务卡：免填表、免交相片，刷卡申请港澳游签注',
    en: 'Convenience card: no form and no photo; swipe the card to apply for a HK/Macau tourist endorsement',
  },
  'one-time-notice.74-items': { 'zh-CN': '一次性告知补正材料清单（4类74项）', en: 'One-time notice of corrections: a list of 74 items in 4 categories' },
  'home-visits': { 'zh-CN': '上门为行动不便或危重病人等特殊群体办证', en: 'Home visits for people who cannot move about, the disabled and the critically ill' },
  'urgent-desk': { 'zh-CN': '领导岗：对急需办证的申请人审核，符合急办条件的优先办理', en: 'Urgent desk: urgent cases are reviewed and, if they qualify, handled first' },
  'self-collection': { 'zh-CN': '取证机：凭第二代居民身份证随时自助领取证件', en: 'Collection machines: documents collected with the identity card at any time' },
  'no-ticket-limit': { 'zh-CN': '不限号：工作时间内到大厅的申请人当日均可办理', en: 'No ticket limit: everyone who arrives in office hours is served that day' },
} as const satisfies Record<string, Label>);

/**
 * A practice code.
 *
 * @example
 * ```ts
 * const p: PracticeCode = 'home-visits';
 * ```
 */
export type PracticeCode = keyof typeof PRACTICE_LABELS;

const PRACTICE_CODES = /* @__PURE__ */ Object.keys(PRACTICE_LABELS) as [PracticeCode, ...PracticeCode[]];

/**
 * The practice table specs.
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2006-06-01', { division: '440100' }).has(LOCAL_PRACTICE_TABLES.practices, 'convenience-card'); // true
 * ```
 */
export const LOCAL_PRACTICE_TABLES = /* @__PURE__ */ Object.freeze({
  practices: defineSetTable({ id: 'office.practices', label: { 'zh-CN': '出入境办证便民措施', en: 'Exit-entry service practices' }, member: /* @__PURE__ */ z.enum(PRACTICE_CODES), local: true }),
  centreOnly: defineValueTable<readonly ServiceKey[]>({
    id: 'office.centre-only',
    label: { 'zh-CN': '仅由市出入境管理部门受理（区县大厅不受理）的业务', en: 'Services only the city’s own office accepts' },
    value: /* @__PURE__ */ z.array(serviceKeySchema),
    local: true,
  }),
  windowImmediate: defineSetTable({ id: 'window.immediate', label: { 'zh-CN': '窗口立等可取的签注', en: 'Endorsements a window prints on the spot' }, member: serviceKeySchema, local: true }),
  windowImmediateRule: defineValueTable<WindowImmediateRule>({
    id: 'window.immediate.rule',
    label: { 'zh-CN': '窗口立等可取的条件', en: 'Who is served on the spot at the window' },
    value: /* @__PURE__ */ z.strictObject({ permitForms: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['booklet', 'card'])).check(/* @__PURE__ */ z.minLength(1)), residents: /* @__PURE__ */ z.literal('hukou-or-residence-permit'), excludesRegisteredPersonnel: /* @__PURE__ */ z.boolean(), centreOnly: /* @__PURE__ */ z.boolean() }),
    local: true,
  }),
});

/**
 * Who a window serves on the spot: the permit forms, residents of the city (hukou or residence
 * permit), whether registered personnel are left out, and whether only the city's own office does.
 *
 * @example
 * ```ts
 * const r: WindowImmediateRule = { permitForms: ['booklet', 'card'], residents: 'hukou-or-residence-permit', excludesRegisteredPersonnel: true, centreOnly: true };
 * ```
 */
export interface WindowImmediateRule {
  readonly permitForms: readonly ('booklet' | 'card')[];
  readonly residents: 'hukou-or-residence-permit';
  readonly excludesRegisteredPersonnel: boolean;
  readonly centreOnly: boolean;
}

const set = /* @__NO_SIDE_EFFECTS__ */ (members: readonly SetMember[]): SetTableData => ({ kind: 'set', verifiedThrough: PLACE_VERIFIED_THROUGH, members });
const values = /* @__NO_SIDE_EFFECTS__ */ <T>(entries: readonly ValueEntry<T>[]): ValueTableData<T> => ({ kind: 'value', verifiedThrough: PLACE_VERIFIED_THROUGH, entries });
const m = (member: string, from: string, c: Citation, uncertain?: string, to?: string): SetMember => ({ member, from, ...(to === undefined ? {} : { to }), cite: c, ...(uncertain === undefined ? {} : { uncertain }) });

// Guangzhou 2003–2006: the office's own account (about 2006)
const GZ_2006 = (quote: string): Citation => cite(PRESS_GUANGZHOU_2006, { quote: verbatim(quote) });
const GZ_2014 = (quote: string): Citation => cite(PRESS_GUANGZHOU_2014_02_19, { quote: verbatim(quote) });
const GZ_YEAR = 'The report (written in 2006) gives no date; 2006-01-01, the year it was written, is the first day it vouches for.';
const CD = (quote: string): Citation => cite(LOCAL_CHENGDU_2018, { quote: verbatim(quote) });
const CD_SINCE = 'Reported on 2018-05-16 as in place; the start is not known (2018-05-01, the month of the report, as for Chengdu’s other measures).';
const HARBIN_SINCE = 'The report (2014-10-27) dates its measures “年初以来” (since the start of the year): 2014-01-01 is derived from its publication date.';

/**
 * Local measures of the practice tables, by division code.
 *
 * @example
 * ```ts
 * Object.keys(LOCAL_PRACTICE_LOCAL); // ['440100', '510100', '230100']
 * ```
 */
export const LOCAL_PRACTICE_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<unknown> | SetTableData>>>> = /* @__PURE__ */ Object.freeze({
  '440100': {
    'office.practices': set([
      m('passport.on-demand', '2003-01-01', GZ_2006('我们于2003年实行凭身份证和户口簿按需申领护照'), 'The report gives the year (2003) only; 2003-01-01 is assumed (FACTS: Guangzhou issued on demand by 2003-01).'),
      m('hkmo-permit.on-demand', '2004-08-01', GZ_2006('2004年8月，我们灵活运用出入境管理政策，开办常住居民个人港澳游业务，把港澳通行证从控制、封闭型办证改变为按需申领'), 'The report gives the month (2004-08); the day is assumed.'),
      m(
        'endorsement.approval-at-acceptance',
        '2004-09-01',
        GZ_2006('对持有效2000版往来港澳通行证再次申请赴港澳个人游、团体旅游、探亲签注审批关口前移至受理环节，由受理部门完成审批环节后直接送制证部门制证'),
        'Told together with the overdue warning and "zero overdue since 2004-09"; 2004-09-01 is assumed for both.',
      ),
      m('endorsement.overdue-warning', '2004-09-01', GZ_2006('设置“超时警示”系统……2004年9月以来，我市出入境办证实现零超时'), 'Reported with "zero overdue since 2004-09"; the warning system’s own start is assumed to be that month.'),
      m('convenience-card', '2005-03-01', GZ_2006('2005年3月，又推出申请人免填表、免交相片，刷卡申请港澳游签注的便利服务卡业务'), 'The report gives the month (2005-03); the day is assumed.'),
      m('one-time-notice.74-items', '2006-01-01', GZ_2006('建立健全一次性告知制度……自主设计一次性告知补正材料清单共4类74项'), GZ_YEAR),
      m('home-visits', '2006-01-01', GZ_2006('实行急事急办、特事特办、上门服务和周六对外接待等利民措施'), GZ_YEAR),
      m('self-collection', '2011-01-01', GZ_2014('2011年 “取证机”：申请人可凭二代身份证随时自助领取出入境证件'), 'The report gives the year (2011) only.'),
      m('urgent-desk', '2014-02-19', GZ_2014('“领导岗”的设置是为有突发事件急需办证的市民进行审核，若符合急办条件，则可优先办理'), 'Reported on 2014-02-19 as in place; its start is not known (the day of the report is used).'),
    ]),
  },
  '510100': {
    'office.practices': set([
      m('home-visits', '2018-05-01', CD('全國首家研發便携式設備“出入境移動警務一體機”，上門爲行動不便或危重病人等特殊群體提供辦證服務'), CD_SINCE),
      m('no-ticket-limit', '2018-05-01', CD('保證了每一位在工作時間內到大廳的申請人均可領取到受理號，每一位領取到受理號的申請人均能完成申請'), CD_SINCE),
    ]),
    'office.centre-only': values<readonly ServiceKey[]>([
      {
        from: '2003-01-01',
        to: '2018-04-30',
        value: ['hkmo.S'],
        cite: CD('延伸港澳商務簽注業務……將受理權限由出入境接待中心下放至成都市各區(市)縣出入境辦證大廳'),
        uncertain: `Known only from its end: the 2018 report says acceptance was delegated from the centre to every district hall. Since when only the centre accepted business endorsements is not known (2003-01-01 is the start of the modelled range). ${CD_SINCE}`,
      },
      { from: '2018-05-01', value: [], cite: CD('將受理權限由出入境接待中心下放至成都市各區(市)縣出入境辦證大廳'), uncertain: CD_SINCE },
    ]),
    'window.immediate': set([
      m('hkmo.G', '2017-08-05', cite(PRESS_CHENGDU_2017_08_05, { quote: verbatim('从8月5日起，成都市公安局出入境接待中心将开放港澳台签注立等可取服务') }), 'The 2017 report says 港澳台签注; the 2018 report narrows it to tourist endorsements (individual and group visits).'),
      m('hkmo.L', '2017-08-05', cite(PRESS_CHENGDU_2017_08_05, { quote: verbatim('从8月5日起，成都市公安局出入境接待中心将开放港澳台签注立等可取服务') }), 'The 2017 report says 港澳台签注; the 2018 report narrows it to tourist endorsements (group visits included).'),
      m('taiwan.L', '2017-08-05', cite(PRESS_CHENGDU_2017_08_05, { quote: verbatim('从8月5日起，成都市公安局出入境接待中心将开放港澳台签注立等可取服务') }), 'The 2017 report says 港澳台签注 (Taiwan included); the 2018 report narrows it to tourist endorsements, so Taiwan group tours.'),
    ]),
    'window.immediate.rule': values<WindowImmediateRule>([
      {
        from: '2017-08-05',
        value: { permitForms: ['booklet', 'card'], residents: 'hukou-or-residence-permit', excludesRegisteredPersonnel: true, centreOnly: true },
        cite: CD('除登記備案人員外的成都市居民以及持有成都市居住證的外地戶口居民，持本式港澳通行證、台灣通行證在工作時間內向成都市出入境接待中心申請旅游簽注，立等可取'),
        uncertain: 'The conditions are those of the 2018 report; the 2017 report (the start) names none. Card permits are served too (the kiosks print their tourist endorsements).',
      },
    ]),
  },
  '230100': {
    'office.practices': set([m('no-ticket-limit', '2014-01-01', cite(LOCAL_HARBIN_2014, { quote: verbatim('真正实现了不限号服务') }), HARBIN_SINCE)]),
    'office.centre-only': values<readonly ServiceKey[]>([
      {
        from: '2003-01-01',
        to: '2013-12-31',
        value: ['taiwan.L'],
        cite: cite(LOCAL_HARBIN_2014, { quote: verbatim('向分局出入境接待大厅下放赴台湾团队旅游受理权限') }),
        uncertain: `Known only from its end: the report says acceptance of Taiwan group tours was delegated to the district halls. Since when only the bureau accepted them is not known (2003-01-01 is the start of the modelled range). ${HARBIN_SINCE}`,
      },
      { from: '2014-01-01', value: [], cite: cite(LOCAL_HARBIN_2014, { quote: verbatim('向分局出入境接待大厅下放赴台湾团队旅游受理权限') }), uncertain: HARBIN_SINCE },
    ]),
  },
});

/**
 * National data of the practice tables: none of these practices is national (empty tables).
 *
 * @example
 * ```ts
 * LOCAL_PRACTICE_NATIONAL['office.practices']?.kind; // 'set'
 * ```
 */
export const LOCAL_PRACTICE_NATIONAL: Readonly<Record<string, ValueTableData<unknown> | SetTableData>> = /* @__PURE__ */ Object.freeze({
  'office.practices': set([]),
  'office.centre-only': values([]),
  'window.immediate': set([]),
  'window.immediate.rule': values([]),
});
