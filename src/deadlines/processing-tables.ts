/**
 * Processing time limits as policy data. One table per legal quantity, each entry with the
 * instrument that sets it:
 *
 * - `processing.statutory.<document>`: the maximum a statute or regulation sets (护照法 art. 6,
 *   the 实施细则 art. 5, the 1986 and 1991 办法, 公安部令第96号);
 * - `processing.national.<service>`: the national committed limit at the hukou place
 *   (15 → 10 → 7 working days for documents; 10 → 7 for endorsements alone);
 * - `processing.route.<route>`: the national limit for applications away from the hukou place
 *   (the 2013/2016 schemes: 30 days; 全国通办 across provinces: 20 days) and how in-province
 *   applications are treated;
 * - `processing.urgent.<document>` and the set `processing.urgent.priority-only`: urgent
 *   applications (5 working days, or "first" without a number);
 * - `processing.acceptance-day-counts`: whether the acceptance day is day 1 (national: no);
 * - `processing.local.<service>`: an office's own commitments (local measures only), by
 *   channel.
 *
 * Values are `{ unit, count }`, the part of a `DeadlineRule` a table sets; the entry's `cite`
 * becomes the rule's citation.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation, Quote } from '../rules/citation.js';
import {
  cite,
  paraphrase,
  verbatim,
  GUIDE_NIA_HKMO,
  GUIDE_NIA_PASSPORT,
  GUIDE_TAIWAN_URGENT,
  LAW_CIVIL_CODE,
  LAW_GENERAL_PRINCIPLES_CIVIL_1986,
  LAW_PASSPORT,
  LOCAL_GUANGZHOU_2013,
  LOCAL_HARBIN_2014,
  LOCAL_XIAN_2014,
  LOCAL_XIAN_2017,
  MPS_2013_NEARBY,
  MPS_2014_INTERPRETATION,
  MPS_2014_MEASURES,
  MPS_2015_MATERIALS,
  MPS_2016_RESIDENCE_PERMIT,
  MPS_2018_EIGHT_MEASURES,
  MPS_HKMO_WORK_NORMS,
  NIA_2018_MEASURES,
  NIA_2019_NATIONWIDE,
  PRESS_GUANGZHOU_2006,
  REG_HKMO_1986,
  REG_IMPLEMENTING_RULES_1986,
  REG_IMPLEMENTING_RULES_1994,
  REG_MPS_ORDER_96,
  REG_TAIWAN_1991,
} from '../rules/instruments/index.js';
import {
  type SetMember,
  type SetTableData,
  type TableData,
  type TableSpec,
  type ValueEntry,
  type ValueTableData,
  type ValueTableSpec,
  defineSetTable,
  defineValueTable,
} from '../rules/table.js';
import { deadlineRuleSchema } from './deadline-rule.js';

// the citations of the processing limits, each from the registry with the sentence that sets it
const LIMITS_2014 = cite(MPS_2014_MEASURES, {
  article: '进一步缩短出入境证件办理时限',
  quote: verbatim('一般情况下，普通护照、往来港澳通行证、往来台湾通行证的申请不超过10个工作日签发，持往来港澳通行证、往来台湾通行证申请往来港澳、台湾签注不超过7个工作日签发'),
  evidence: { level: 'press', url: 'http://huzhao1.com/churujing/3724.html', source: '锦州市出入境管理局 (2014-09-13) and the MPS interpretation republished by 上海边检总站 (2014-08-05)' },
});
const INTERPRETATION_2014 = cite(MPS_2014_INTERPRETATION, {
  carriedOver: 'The interpretation of 2014-08-05 states the limits in force until the 2014-07-25 measure (目前……); since when they applied is not known.',
  quote: verbatim('目前……申办普通护照的时限为15个自然日，申办往来港澳通行证、往来台湾通行证的时限为15个工作日，申办往来港澳签注和往来台湾签注的时限为10个工作日'),
});
const WORK_NORMS = cite(MPS_HKMO_WORK_NORMS, { article: '第五条' });
const LIMITS_2015 = cite(MPS_2015_MATERIALS, {
  article: '第十项（办理时限）',
  quote: paraphrase('普通护照、往来港澳通行证及往来台湾通行证在10个工作日内签发；赴港澳地区或者台湾地区签注在7个工作日内签发'),
  note: 'The sentence was not found in a copy of the announcement (the item is known from reprints of items 8–11 and 人民网 2015-12-28); the limits are those of the 2014 measures it restates.',
});
const LIMITS_2018 = cite(NIA_2018_MEASURES, {
  quote: verbatim('内地居民在户籍地申办普通护照、往来港澳通行证、往来台湾通行证的签发时限均缩短到7个工作日'),
  note: 'Endorsements are not named (they were already at 7 working days).',
});
const PASSPORT_GUIDE = cite(GUIDE_NIA_PASSPORT, { quote: verbatim('居民在户籍地……7个工作日内审批签发并制作普通护照。跨省异地申请普通护照的签发时限为20日') });

/** Date through which the processing tables are known to be true. @internal */
export const PROCESSING_VERIFIED_THROUGH = '2025-11-30';

/**
 * Schema of a {@link ProcessingLimit}: the unit and count of a `DeadlineRule`
 * (`deadlineRuleSchema`), at least one day.
 *
 * @example
 * ```ts
 * processingLimitSchema.parse({ unit: 'working-days', count: 7 });
 * ```
 */
export const processingLimitSchema = /* @__PURE__ */ z.strictObject({ unit: deadlineRuleSchema.shape.unit, count: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(366)) });

/**
 * A processing limit: so many working days or calendar days from the day after acceptance.
 *
 * @example
 * ```ts
 * const sevenWorkingDays: ProcessingLimit = { unit: 'working-days', count: 7 };
 * ```
 */
export type ProcessingLimit = z.infer<typeof processingLimitSchema>;

/**
 * The channels an application comes in by.
 *
 * @example
 * ```ts
 * PROCESSING_CHANNELS.includes('kiosk'); // true
 * ```
 */
export const PROCESSING_CHANNELS = /* @__PURE__ */ Object.freeze(['hall-window', 'kiosk', 'online', 'post', 'police-station', 'agency'] as const);

/**
 * A channel: a staffed hall window, a self-service kiosk, online, by post or courier, at a police
 * station service point, or through a licensed agency (the channels of the eligibility module).
 *
 * @example
 * ```ts
 * const c: ProcessingChannel = 'online';
 * ```
 */
export type ProcessingChannel = (typeof PROCESSING_CHANNELS)[number];

/**
 * Schema of a {@link LocalCommitment}: a limit for all channels (`all`) and/or for particular
 * channels; at least one.
 *
 * @example
 * ```ts
 * localCommitmentSchema.parse({ all: { unit: 'working-days', count: 5 }, kiosk: { unit: 'working-days', count: 3 } });
 * ```
 */
export const localCommitmentSchema = /* @__PURE__ */ z.strictObject({
  all: /* @__PURE__ */ z.optional(processingLimitSchema),
  'hall-window': /* @__PURE__ */ z.optional(processingLimitSchema),
  kiosk: /* @__PURE__ */ z.optional(processingLimitSchema),
  online: /* @__PURE__ */ z.optional(processingLimitSchema),
  post: /* @__PURE__ */ z.optional(processingLimitSchema),
  'police-station': /* @__PURE__ */ z.optional(processingLimitSchema),
  agency: /* @__PURE__ */ z.optional(processingLimitSchema),
}).check(/* @__PURE__ */ z.refine((o) => Object.values(o).some((x) => x !== undefined), 'give a limit for all channels or for at least one channel'));

/**
 * An office's commitment for one service: a limit for every channel (`all`) and/or a shorter
 * one for particular channels (a kiosk, online). Each applies beside the national limit; the
 * shortest wins.
 *
 * @example
 * ```ts
 * const guangzhou: LocalCommitment = { all: { unit: 'working-days', count: 10 }, online: { unit: 'working-days', count: 8 } };
 * ```
 */
export type LocalCommitment = z.infer<typeof localCommitmentSchema>;

/**
 * The services the tables distinguish: the four documents, and endorsements on a permit already
 * held (再次签注) for Hong Kong/Macau or Taiwan.
 *
 * @example
 * ```ts
 * PROCESSING_SERVICE_KEYS.length; // 6
 * ```
 */
export const PROCESSING_SERVICE_KEYS = ['passport', 'hkmo-permit', 'taiwan-permit', 'exit-entry-permit', 'hkmo-endorsement', 'taiwan-endorsement'] as const;

/**
 * A service key.
 *
 * @example
 * ```ts
 * const k: ProcessingServiceKey = 'hkmo-endorsement';
 * ```
 */
export type ProcessingServiceKey = (typeof PROCESSING_SERVICE_KEYS)[number];

/**
 * The keys of the local commitment tables: the service keys and HK/Macau tourist endorsements
 * (individual and group visits), which some offices commit to issue faster.
 *
 * @example
 * ```ts
 * const k: LocalCommitmentKey = 'hkmo-endorsement.tourist';
 * ```
 */
export type LocalCommitmentKey = ProcessingServiceKey | 'hkmo-endorsement.tourist';

/**
 * How an application in the hukou province but away from the hukou place is timed: as at the
 * hukou place, or as a cross-province application.
 *
 * @example
 * ```ts
 * const t: InProvinceTreatment = 'hukou-place';
 * ```
 */
export type InProvinceTreatment = 'hukou-place' | 'cross-province';

const limitTable = /* @__NO_SIDE_EFFECTS__ */ (id: string, zh: string, en: string, continuous = true): ValueTableSpec<ProcessingLimit> =>
  defineValueTable({ id, label: { 'zh-CN': zh, en }, value: processingLimitSchema, continuous });

const localTable = /* @__NO_SIDE_EFFECTS__ */ (key: LocalCommitmentKey, zh: string, en: string): ValueTableSpec<LocalCommitment> =>
  defineValueTable({ id: `processing.local.${key}`, label: { 'zh-CN': `受理地承诺时限：${zh}`, en: `Office commitment: ${en}` }, value: localCommitmentSchema, local: true });

/**
 * Every processing table spec, by role.
 *
 * @example
 * ```ts
 * PROCESSING_SPECS.national.passport.id;      // 'processing.national.passport'
 * PROCESSING_SPECS.route['cross-province'].id; // 'processing.route.cross-province'
 * ```
 */
export const PROCESSING_SPECS = /* @__PURE__ */ Object.freeze({
  statutory: Object.freeze({
    passport: limitTable('processing.statutory.passport', '普通护照法定办理时限', 'Statutory limit: ordinary passport'),
    'hkmo-permit': limitTable('processing.statutory.hkmo-permit', '往来港澳通行证及签注法定办理时限', 'Statutory limit: HK/Macau permit and endorsements'),
    'taiwan-permit': limitTable('processing.statutory.taiwan-permit', '往来台湾通行证及签注法定办理时限', 'Statutory limit: Taiwan permit and endorsements'),
    'exit-entry-permit': limitTable('processing.statutory.exit-entry-permit', '出入境通行证法定办理时限', 'Statutory limit: exit-entry permit', false),
  }),
  national: Object.freeze({
    passport: limitTable('processing.national.passport', '户籍地普通护照承诺时限', 'National limit at the hukou place: ordinary passport'),
    'hkmo-permit': limitTable('processing.national.hkmo-permit', '户籍地往来港澳通行证（含同时申请的签注）承诺时限', 'National limit at the hukou place: HK/Macau permit (with endorsements applied for with it)'),
    'taiwan-permit': limitTable('processing.national.taiwan-permit', '户籍地往来台湾通行证（含同时申请的签注）承诺时限', 'National limit at the hukou place: Taiwan permit (with endorsements applied for with it)'),
    endorsement: limitTable('processing.national.endorsement', '户籍地持证申请港澳台签注承诺时限', 'National limit at the hukou place: HK/Macau or Taiwan endorsement on a permit already held'),
  }),
  route: Object.freeze({
    'non-hukou-scheme': limitTable('processing.route.non-hukou-scheme', '非户籍地就近受理（户籍地审批）办理时限', 'Limit for applications under the schemes for non-hukou residents'),
    'cross-province': limitTable('processing.route.cross-province', '跨省异地受理（全国通办）办理时限', 'Limit for cross-province applications (nationwide service)'),
    'in-province': defineValueTable<InProvinceTreatment>({
      id: 'processing.route.in-province',
      label: { 'zh-CN': '省内非户籍地受理适用的时限', en: 'Limits for in-province applications away from the hukou place' },
      value: /* @__PURE__ */ z.enum(['hukou-place', 'cross-province']),
      continuous: true,
    }),
  }),
  urgent: Object.freeze({
    passport: limitTable('processing.urgent.passport', '普通护照加急办理时限', 'Urgent limit: ordinary passport', false),
    'exit-entry-permit': limitTable('processing.urgent.exit-entry-permit', '出入境通行证加急办理时限', 'Urgent limit: exit-entry permit', false),
  }),
  priorityOnly: defineSetTable({
    id: 'processing.urgent.priority-only',
    label: { 'zh-CN': '急事急办优先办理但未设具体天数的证件和签注', en: 'Documents and endorsements handled first when urgent, without a number of days' },
    member: /* @__PURE__ */ z.enum(PROCESSING_SERVICE_KEYS),
  }),
  acceptanceDayCounts: defineValueTable<boolean>({
    id: 'processing.acceptance-day-counts',
    label: { 'zh-CN': '受理当日是否计入办理时限', en: 'Whether the acceptance day counts as day 1' },
    value: /* @__PURE__ */ z.boolean(),
    continuous: true,
    local: true,
  }),
  local: Object.freeze({
    passport: localTable('passport', '普通护照', 'ordinary passport'),
    'hkmo-permit': localTable('hkmo-permit', '往来港澳通行证（含同时申请的签注）', 'HK/Macau permit (with endorsements applied for with it)'),
    'taiwan-permit': localTable('taiwan-permit', '往来台湾通行证（含同时申请的签注）', 'Taiwan permit (with endorsements applied for with it)'),
    'exit-entry-permit': localTable('exit-entry-permit', '出入境通行证', 'exit-entry permit'),
    'hkmo-endorsement': localTable('hkmo-endorsement', '往来港澳再次签注', 'HK/Macau re-endorsement'),
    'hkmo-endorsement.tourist': localTable('hkmo-endorsement.tourist', '往来港澳个人旅游、团队旅游再次签注', 'HK/Macau tourist (individual or group) re-endorsement'),
    'taiwan-endorsement': localTable('taiwan-endorsement', '往来台湾再次签注', 'Taiwan re-endorsement'),
  } satisfies Record<LocalCommitmentKey, ValueTableSpec<LocalCommitment>>),
});

/**
 * The specs of every processing table, for assembling a policy.
 *
 * @example
 * ```ts
 * PROCESSING_TABLE_SPECS.some((s) => s.id === 'processing.route.cross-province'); // true
 * ```
 */
export const PROCESSING_TABLE_SPECS: readonly TableSpec[] = /* @__PURE__ */ Object.freeze([
  ...Object.values(PROCESSING_SPECS.statutory),
  ...Object.values(PROCESSING_SPECS.national),
  ...Object.values(PROCESSING_SPECS.route),
  ...Object.values(PROCESSING_SPECS.urgent),
  PROCESSING_SPECS.priorityOnly,
  PROCESSING_SPECS.acceptanceDayCounts,
  ...Object.values(PROCESSING_SPECS.local),
] as TableSpec[]);

type Entry<T> = ValueEntry<T>;
const WD = /* @__NO_SIDE_EFFECTS__ */ (count: number): ProcessingLimit => ({ unit: 'working-days', count });
const CD = /* @__NO_SIDE_EFFECTS__ */ (count: number): ProcessingLimit => ({ unit: 'calendar-days', count });
const values = /* @__NO_SIDE_EFFECTS__ */ <T>(entries: readonly Entry<T>[]): ValueTableData<T> => ({ kind: 'value', verifiedThrough: PROCESSING_VERIFIED_THROUGH, entries });
const entry = <T>(from: string, to: string | undefined, value: T | null, cite: Citation, uncertain?: string): Entry<T> => ({
  from,
  ...(to === undefined ? {} : { to }),
  value,
  cite,
  ...(uncertain === undefined ? {} : { uncertain }),
});
const member = /* @__NO_SIDE_EFFECTS__ */ (m: ProcessingServiceKey, from: string, to: string | undefined, cite: Citation, uncertain?: string): SetMember => ({
  member: m,
  from,
  ...(to === undefined ? {} : { to }),
  cite,
  ...(uncertain === undefined ? {} : { uncertain }),
});

const ORDER_96_DATE =
  '公安部令第96号 was published on 2007-10-25; its effective date is not settled (2007-12-15 per a Tianjin PSB report, 2008-03-15 per a 2009 secondary site). 2007-12-15 is used, as in the document tables; the later date is a change: { op: "set", table, from: "2007-12-15", to: "2008-03-14", value: null } (and, for passports, the law\'s priority rule kept until then: { op: "add-member", table: "processing.urgent.priority-only", member: "passport", from: "2007-12-15", to: "2008-03-14" }).';
const PRE_2014_START =
  'The limit in force until 2014-07-24 is confirmed by the MPS interpretation of 2014-08-05 (and, for HK/Macau, by art. 5 of the work norms); since when it applied is not known: 2003-01-01 is the start of the modelled range.';
const NON_HUKOU_30 =
  'Read as "within 30 days" (FACTS, from the 2013 announcement as reprinted); a 2014 reprint (huzhao1.com, citing the MPS) says 30 working days. The working-day reading is a change: { op: "set", table: "processing.route.non-hukou-scheme", from: "2013-07-01", to: "2019-03-31", value: { unit: "working-days", count: 30 } }.';
const CROSS_PROVINCE_20 =
  'The NIA guides write "跨省异地申请普通护照的签发时限为20日" and "在非常住户口所在地申请……应当在20日内予以签发" next to "7个工作日" in the same paragraph, so 20 calendar days is the better-supported reading; some local pages say 20 working days. That reading is a change: { op: "set", table: "processing.route.cross-province", from: "2019-04-01", value: { unit: "working-days", count: 20 } }. The guides are undated; 2019-04-01 (全国通办) is assumed as the start.';
const LOCAL_OPEN = (reported: string): string =>
  `${reported} No later source confirms that the commitment still stands; it is kept open-ended. Where it lapsed, end it with { op: "end", table, division, from }.`;

/**
 * National data of the processing tables (local-only tables have no national entries).
 *
 * @example
 * ```ts
 * PROCESSING_NATIONAL_DATA['processing.national.passport']?.kind; // 'value'
 * ```
 */
export const PROCESSING_NATIONAL_DATA: Readonly<Record<string, TableData>> = /* @__PURE__ */ Object.freeze({
  'processing.statutory.passport': values<ProcessingLimit>([
    entry('1986-12-26', '1994-07-14', CD(30), /* @__PURE__ */ cite(REG_IMPLEMENTING_RULES_1986, { article: '第五条' }), 'The 1986 text was not seen; 30 days is art. 5 of the 1994 text, which an MPS official in 2006 (中新网 2006-06-01) described as the 实施细则 limit (30 days, 60 in remote areas).'),
    entry('1994-07-15', '2006-12-31', CD(30), /* @__PURE__ */ cite(REG_IMPLEMENTING_RULES_1994, { article: '第五条', note: '市、县公安局对出境申请应当在30天内，地处偏僻、交通不便的应当在60天内，作出批准或者不批准的决定 (the 60 days for remote areas are not modelled).' })),
    entry('2007-01-01', undefined, CD(15), /* @__PURE__ */ cite(LAW_PASSPORT, { article: '第六条', note: '自收到申请材料之日起十五日内签发普通护照; up to 30 days in remote areas or special cases with the head of office\'s approval (not modelled).' })),
  ]),
  'processing.statutory.hkmo-permit': values<ProcessingLimit>([
    entry(
      '1986-12-25',
      undefined,
      CD(30),
      /* @__PURE__ */ cite(REG_HKMO_1986, { article: '第十一条' }),
      'The time-limit article was not seen in full: a Xinjiang government list of powers cites arts. 6 and 8–11 of the 办法 for this approval, and FACTS gives 30 days (60 in remote areas). A deputy NIA director said in 2018 that the 1986/1991 rules allowed 60 days; that reading is a change: { op: "set", table: "processing.statutory.hkmo-permit", from: "1986-12-25", value: { unit: "calendar-days", count: 60 } }.',
    ),
  ]),
  'processing.statutory.taiwan-permit': values<ProcessingLimit>([
    entry('1992-05-01', undefined, CD(30), cite(REG_TAIWAN_1991), 'A 30-day rule (60 in remote areas) like the 1986 HK/Macau 办法 is assumed; the article of 国务院令第93号 was not seen, and a deputy NIA director said in 2018 that the rules allowed 60 days.'),
  ]),
  'processing.statutory.exit-entry-permit': values<ProcessingLimit>([
    entry('2007-12-15', undefined, CD(15), cite(REG_MPS_ORDER_96, { note: '15 days (30 in remote areas, 5 working days when urgent) as in the NIA service guide for the 出入境通行证; article not identified.' }), ORDER_96_DATE),
  ]),

  'processing.national.passport': values<ProcessingLimit>([
    entry('2007-01-01', '2014-07-24', CD(15), INTERPRETATION_2014),
    entry('2014-07-25', '2015-12-27', WD(10), LIMITS_2014),
    entry('2015-12-28', '2018-08-31', WD(10), LIMITS_2015),
    entry('2018-09-01', undefined, WD(7), LIMITS_2018),
  ]),
  'processing.national.hkmo-permit': values<ProcessingLimit>([
    entry('2003-01-01', '2014-07-24', WD(15), WORK_NORMS, PRE_2014_START),
    entry('2014-07-25', '2015-12-27', WD(10), LIMITS_2014),
    entry('2015-12-28', '2018-08-31', WD(10), LIMITS_2015),
    entry('2018-09-01', undefined, WD(7), LIMITS_2018),
  ]),
  'processing.national.taiwan-permit': values<ProcessingLimit>([
    entry('2003-01-01', '2014-07-24', WD(15), INTERPRETATION_2014, PRE_2014_START),
    entry('2014-07-25', '2015-12-27', WD(10), LIMITS_2014),
    entry('2015-12-28', '2018-08-31', WD(10), LIMITS_2015),
    entry('2018-09-01', undefined, WD(7), LIMITS_2018),
  ]),
  'processing.national.endorsement': values<ProcessingLimit>([
    entry('2003-01-01', '2014-07-24', WD(10), INTERPRETATION_2014, PRE_2014_START),
    entry('2014-07-25', '2015-12-27', WD(7), LIMITS_2014),
    entry('2015-12-28', undefined, WD(7), cite(MPS_2015_MATERIALS, { article: '第十项（办理时限）', quote: LIMITS_2015.quote as Quote, note: `${LIMITS_2015.note} The 2018-09-01 measures did not change it; the current NIA guide still says 7 working days for an endorsement alone.` })),
  ]),

  'processing.route.non-hukou-scheme': values<ProcessingLimit>([
    entry('2013-07-01', '2016-03-31', CD(30), cite(MPS_2013_NEARBY), NON_HUKOU_30),
    entry('2016-04-01', '2019-03-31', CD(30), cite(MPS_2016_RESIDENCE_PERMIT), NON_HUKOU_30),
    entry<ProcessingLimit>('2019-04-01', undefined, null, cite(NIA_2019_NATIONWIDE, { note: 'The schemes were folded into 全国通办: applications away from the hukou place are cross-province or in-province from now on.' })),
  ]),
  'processing.route.cross-province': values<ProcessingLimit>([entry('2019-04-01', undefined, CD(20), PASSPORT_GUIDE, CROSS_PROVINCE_20)]),
  'processing.route.in-province': values<InProvinceTreatment>([
    entry(
      '2018-02-01',
      undefined,
      'hukou-place',
      cite(MPS_2018_EIGHT_MEASURES, { article: '第一项', note: 'Sets where one may apply, not how long it takes.' }),
      'No instrument seen sets a limit for in-province applications away from the hukou place; the 2018 announcement lets any office of the province accept them with the hukou-place materials, and the passport guide gives 20 days only for cross-province (跨省) applications. But the HK/Macau guide gives 20 days for any application away from the place of permanent residence (非常住户口所在地); that reading is a change: { op: "set", table: "processing.route.in-province", from: "2019-04-01", value: "cross-province" }.',
    ),
  ]),

  'processing.urgent.passport': values<ProcessingLimit>([entry('2007-12-15', undefined, WD(5), /* @__PURE__ */ cite(REG_MPS_ORDER_96, { article: '第五条、第十四条' }), ORDER_96_DATE)]),
  'processing.urgent.exit-entry-permit': values<ProcessingLimit>([
    entry('2007-12-15', undefined, WD(5), cite(REG_MPS_ORDER_96, { note: 'Urgent grounds for the 出入境通行证: funerals, visiting the critically ill, urgent meetings, negotiations or contracts, other grounds the province accepts (NIA service guide); article not identified.' }), ORDER_96_DATE),
  ]),
  'processing.urgent.priority-only': {
    kind: 'set',
    verifiedThrough: PROCESSING_VERIFIED_THROUGH,
    members: [
      member('hkmo-permit', '2003-01-01', undefined, WORK_NORMS, `Art. 5(三) of the undated work norms; the current NIA guide says the same (${cite(GUIDE_NIA_HKMO).title}). 2003-01-01 is the start of the modelled range.`),
      member('hkmo-endorsement', '2003-01-01', undefined, WORK_NORMS, `Art. 5(三) of the undated work norms; the current NIA guide says the same (${cite(GUIDE_NIA_HKMO).title}). 2003-01-01 is the start of the modelled range.`),
      member('taiwan-permit', '2003-01-01', undefined, cite(GUIDE_TAIWAN_URGENT), 'Seen only in an unattributed excerpt; dates unknown (2003-01-01 is the start of the modelled range).'),
      member('taiwan-endorsement', '2003-01-01', undefined, cite(GUIDE_TAIWAN_URGENT), 'Seen only in an unattributed excerpt; dates unknown (2003-01-01 is the start of the modelled range).'),
      member('passport', '2007-01-01', '2007-12-14', /* @__PURE__ */ cite(LAW_PASSPORT, { article: '第六条第四款', quote: verbatim('公民因合理紧急事由请求加急办理的，公安机关出入境管理机构应当及时办理。') }), `Until 公安部令第96号 set 5 working days. ${ORDER_96_DATE}`),
    ],
  } satisfies SetTableData,
  'processing.acceptance-day-counts': values<boolean>([
    entry('2003-01-01', '2020-12-31', false, cite(LAW_GENERAL_PRINCIPLES_CIVIL_1986, { article: '第一百五十四条第二款', quote: verbatim('开始的当天不算入') }), 'Exit-entry notices say "自受理之日起N个工作日" without saying whether the acceptance day counts; the civil-law rule (the first day does not count) is applied, as FACTS §4.4 recommends. An office that counts it sets true as a local measure.'),
    entry('2021-01-01', undefined, false, cite(LAW_CIVIL_CODE, { article: '第二百零一条', quote: verbatim('开始的当日不计入') }), 'Exit-entry notices say "自受理之日起N个工作日" without saying whether the acceptance day counts; the civil-law rule (the first day does not count) is applied, as FACTS §4.4 recommends. An office that counts it sets true as a local measure.'),
  ]),
  ...Object.fromEntries(Object.values(PROCESSING_SPECS.local).map((s) => [s.id, values<LocalCommitment>([])])),
});

const GUANGZHOU = LOCAL_OPEN('The notice is read from a 2013 reprint of the Guangzhou guide page.');
const HARBIN = LOCAL_OPEN(
  'Known only from a local press report of October 2014 (not found in any primary source); the report gives no start date, and 2014-10-01 is the first day it vouches for.',
);
const XIAN_5 = 'Reported with the 2014-07-25 national measures; the start date and whether it covered Taiwan endorsements are not confirmed (华商报 2018 speaks of 港澳台签注).';
const XIAN_3 = LOCAL_OPEN('华商报 (2018-04-04) says the cut was made in 2017 without a date; 2017-01-01 is assumed.');

const gz = (c: LocalCommitment): ValueTableData<LocalCommitment> => values([entry('2013-07-01', undefined, c, cite(LOCAL_GUANGZHOU_2013), GUANGZHOU)]);
const harbin = (c: LocalCommitment): ValueTableData<LocalCommitment> => values([entry('2014-10-01', undefined, c, cite(LOCAL_HARBIN_2014), HARBIN)]);
const HARBIN_FORMER =
  'The former limit, known only from its cut ("由原5个工作日缩短为3个工作日"). The report (2014-10-27) covers measures taken “年初以来” (since the start of the year): 2014-01-01 is derived from its publication date; since when 5 days applied before that is not known.';
const GUANGZHOU_KIOSK_2006: Citation = /* @__PURE__ */ cite(PRESS_GUANGZHOU_2006, {
  quote: verbatim('市民可用第二代居民身份证和羊城通或银联卡，轻松自助完成往港澳再次签注的申请、缴费、交证及证件速递过程，在6个工作日内办妥申请、审批等手续'),
});
const GUANGZHOU_KIOSK_2006_UNCERTAIN =
  'The 办证易 kiosks of 2006 (the year both reports give; the day is not known). The 6 working days run until the 2013 notice’s 3; whether they changed between is not known.';
const xian = (): ValueTableData<LocalCommitment> =>
  values([entry('2014-07-25', '2016-12-31', { all: WD(5) }, cite(LOCAL_XIAN_2014), XIAN_5), entry('2017-01-01', undefined, { all: WD(3) }, cite(LOCAL_XIAN_2017, { quote: verbatim('2017年，西安市已将再次申请往来港澳台签注办理时限由5个工作日缩短为3个工作日办结') }), XIAN_3)]);

/**
 * Local commitments by division code, then table id: Guangzhou (2013-07-01), Harbin (2014),
 * Xi'an (2014, 2017).
 *
 * @example
 * ```ts
 * Object.keys(PROCESSING_LOCAL_DATA); // ['440100', '230100', '610100']
 * ```
 */
export const PROCESSING_LOCAL_DATA: Readonly<Record<string, Readonly<Record<string, TableData>>>> = /* @__PURE__ */ Object.freeze({
  '440100': {
    'processing.local.passport': gz({ all: WD(10), online: WD(8) }),
    'processing.local.hkmo-permit': gz({ all: WD(10), online: WD(8) }),
    'processing.local.taiwan-permit': gz({ all: WD(10), online: WD(8) }),
    'processing.local.hkmo-endorsement': values([
      entry('2006-01-01', '2013-06-30', { kiosk: WD(6) }, GUANGZHOU_KIOSK_2006, GUANGZHOU_KIOSK_2006_UNCERTAIN),
      entry('2013-07-01', undefined, { all: WD(5), kiosk: WD(3), online: WD(5) }, cite(LOCAL_GUANGZHOU_2013), GUANGZHOU),
    ]),
    'processing.local.hkmo-endorsement.tourist': gz({ online: WD(3) }),
    'processing.local.taiwan-endorsement': gz({ all: WD(5), online: WD(5) }),
  },
  '230100': {
    'processing.local.passport': harbin({ all: WD(7) }),
    'processing.local.hkmo-permit': harbin({ all: WD(7) }),
    'processing.local.taiwan-permit': harbin({ all: WD(5) }),
    'processing.local.hkmo-endorsement.tourist': values([
      entry('2014-01-01', '2014-09-30', { all: WD(5) }, cite(LOCAL_HARBIN_2014), HARBIN_FORMER),
      entry('2014-10-01', undefined, { all: WD(3) }, cite(LOCAL_HARBIN_2014), HARBIN),
    ]),
  },
  '610100': {
    'processing.local.hkmo-endorsement': xian(),
    'processing.local.taiwan-endorsement': xian(),
  },
});
