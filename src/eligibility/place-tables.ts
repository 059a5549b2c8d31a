/**
 * Where one may apply, as dated rules: one value table per route (the scheme or reform that
 * opened it), whose value says which services it covers, for which actions and applicants; and
 * set tables for the city lists of the non-hukou schemes.
 *
 * The hukou place (户籍地) is the base rule and needs no table: it is always open (护照法 art. 5;
 * the 1986 HK/Macau measures; the 1991 Taiwan measures art. 6), except for the talent
 * endorsement, applied for at the place of work.
 *
 * Tables (id → what):
 * - `place.in-province` — any office in the hukou province: national from 2018-02-01 (MPS eight
 *   measures, item 1); local measures before that (Shanxi 140000 from 2013-03-01 after a year's
 *   residence; Jilin 220000 from 2015).
 * - `place.residence-permit` — the city of a valid residence permit, from 2016-04-01.
 * - `place.relatives` — the city of a local-hukou spouse, child or parent, for out-of-province
 *   relatives, from 2018-02-01 (item 3).
 * - `place.scheme.2012-six-cities` + `.cities` — non-hukou employed and students in six cities.
 * - `place.scheme.2013-passport` + `.cities` (43), `place.scheme.2013-taiwan` + `.cities` (31),
 *   `place.scheme.2013-elderly` (60 and over, 6 months), `place.scheme.2013-renewal` (6 months).
 * - `place.nationwide-renewal` — renewal/replacement and group tours at any office, 2018-09-01.
 * - `place.nationwide` — 全国通办 of the three documents from 2019-04-01; T/L/Q/D endorsements
 *   from 2023-05-15; S from 2024-05-06; Taiwan family visits (T) from 2025-11-05.
 * - `place.filing-place` — business endorsements where the employer is filed.
 * - `place.work-place` — talent endorsements where the applicant works (2023-02-20).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type SetMember, type SetTableData, type ValueEntry, type ValueTableData, type ValueTableHead, type TableSpec, defineSetTable, valueTableHead, valueTableSpec } from '../rules/table.js';
import { SERVICE_ACTIONS, type ServiceAction, type ServiceKey, serviceKeySchema } from './place-services.js';
import {
  cite,
  verbatim,
  LOCAL_JILIN_2015,
  LOCAL_SHANXI_2013,
  MPS_2012_SIX_CITIES,
  MPS_2013_NEARBY,
  MPS_2018_EIGHT_MEASURES,
  NIA_2018_MEASURES,
  NIA_2019_NATIONWIDE,
  NIA_2020_SUSPENSION,
  NIA_2023_05_15_MEASURES,
  NIA_2023_TALENT,
  NIA_2024_05_06_MEASURES,
  NIA_2025_11_MEASURES,
} from '../rules/instruments/index.js';
import { REVIEW_2026 } from '../rules/instruments/y2026.js';
import { RESIDENCE_PERMIT_ROUTE_DATA } from './place-residence-permit.js';
import { DOCUMENT_SERVICES as DOCS, HKMO_ENDORSEMENT_SERVICES as HKMO_ENDORSEMENTS, TAIWAN_SERVICES_BUT_SETTLEMENT as TAIWAN_BUT_SETTLEMENT } from './place-service-groups.js';

/**
 * Date through which the place, channel and kiosk tables are known to be true (local measures,
 * kiosks, the online-renewal city list); the national route tables and the national online
 * channels are known further, through {@link PLACE_NATIONAL_VERIFIED_THROUGH}.
 *
 * @internal
 * @example
 * ```ts
 * PLACE_VERIFIED_THROUGH; // '2025-11-30'
 * ```
 */
export const PLACE_VERIFIED_THROUGH = '2025-11-30';

/**
 * Date through which the national route tables and city sets (and the national online channels
 * of channel-tables.ts) are known to be true: the review of 2026 (`REVIEW_2026`,
 * rules/instruments/y2026.ts — the NIA's review of 2025 of 2026-01-28 and the measures of
 * 2025-11 name no other change to where mainland residents apply).
 *
 * @internal
 * @example
 * ```ts
 * PLACE_NATIONAL_VERIFIED_THROUGH; // '2026-01-28'
 * ```
 */
export const PLACE_NATIONAL_VERIFIED_THROUGH: string = REVIEW_2026.through;

/**
 * Applicants a route is closed to: registered state personnel (登记备案的国家工作人员) and serving
 * military (现役军人).
 *
 * @example
 * ```ts
 * const e: Exclusion = 'registered-personnel';
 * ```
 */
export type Exclusion = 'registered-personnel' | 'active-military';

/**
 * Who a non-hukou scheme serves: `employed` (with social insurance in the city), `student`
 * (enrolled in a university of the city), `local-relative` (relative of a hukou resident of the city).
 *
 * @example
 * ```ts
 * const w: SchemeWho = 'student';
 * ```
 */
export type SchemeWho = 'employed' | 'student' | 'local-relative';

/**
 * Relationships to a local hukou resident.
 *
 * @example
 * ```ts
 * const r: Relationship = 'parent';
 * ```
 */
export type Relationship = 'spouse' | 'child' | 'parent';

/**
 * The value of a route table: what the route covers and for whom.
 * - `services`, `actions` (absent: every action);
 * - `excludes`: applicants it is closed to;
 * - `minResidenceMonths`: months of residence at the place of application (暂住地/居住地);
 * - `minAge`: age on the application date;
 * - `who`, `minInsuranceMonths`, `relationships`, `childUnder`: the conditions of a scheme.
 *
 * @example
 * ```ts
 * const r: RouteRule = { services: ['passport'], actions: ['renewal', 'replacement'], minResidenceMonths: 6 };
 * ```
 */
export interface RouteRule {
  readonly services: readonly ServiceKey[];
  readonly actions?: readonly ServiceAction[] | undefined;
  readonly excludes?: readonly Exclusion[] | undefined;
  readonly minResidenceMonths?: number | undefined;
  readonly minAge?: number | undefined;
  readonly who?: readonly SchemeWho[] | undefined;
  readonly minInsuranceMonths?: number | undefined;
  readonly relationships?: readonly Relationship[] | undefined;
  readonly childUnder?: number | undefined;
}

/**
 * Schema of a {@link RouteRule}.
 *
 * @example
 * ```ts
 * routeRuleSchema.parse({ services: ['passport', 'hkmo-permit'], excludes: ['registered-personnel'] });
 * ```
 */
export const routeRuleSchema: z.ZodMiniType<RouteRule> = /* @__PURE__ */ z.strictObject({
  services: /* @__PURE__ */ z.array(serviceKeySchema).check(/* @__PURE__ */ z.minLength(1)),
  actions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(SERVICE_ACTIONS)).check(/* @__PURE__ */ z.minLength(1))),
  excludes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['registered-personnel', 'active-military']))),
  minResidenceMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())),
  minAge: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())),
  who: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['employed', 'student', 'local-relative'])).check(/* @__PURE__ */ z.minLength(1))),
  minInsuranceMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())),
  relationships: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['spouse', 'child', 'parent'])).check(/* @__PURE__ */ z.minLength(1))),
  childUnder: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())),
});

const route = /* @__NO_SIDE_EFFECTS__ */ (id: string, zh: string, en: string, local = false): ValueTableHead<RouteRule> => valueTableHead<RouteRule>({ id, label: { 'zh-CN': zh, en }, local });

/**
 * The heads of the route tables, by route name (their specs: {@link PLACE_ROUTE_SPECS}).
 *
 * @example
 * ```ts
 * policyAt(policy, '2018-02-01', { division: '510100' }).value(PLACE_ROUTE_TABLES.inProvince).inForce; // true
 * ```
 */
export const PLACE_ROUTE_TABLES = /* @__PURE__ */ Object.freeze({
  inProvince: route('place.in-province', '户籍所在省内就近办理', 'Any office in the hukou province', true),
  residencePermit: route('place.residence-permit', '居住证持有人在居住地办理', 'Residence-permit holders where they live', true),
  relatives: route('place.relatives', '外省户籍亲属在本市户籍居民所在城市就近办理', 'Out-of-province relatives of a local hukou resident'),
  sixCities2012: route('place.scheme.2012-six-cities', '六城市非本市户籍就业人员和在读大学生就近办理', 'Six-city scheme for non-hukou employees and students (2012)'),
  passport2013: route('place.scheme.2013-passport', '非户籍地就近提交普通护照申请', 'Non-hukou passport applications in 43 cities (2013)'),
  taiwan2013: route('place.scheme.2013-taiwan', '非户籍地就近提交往来台湾通行证及签注申请', 'Non-hukou Taiwan permit applications in 31 cities (2013)'),
  elderly2013: route('place.scheme.2013-elderly', '年满60周岁居民在暂住地就近办理', 'Residents aged 60 or over where they live (2013)'),
  renewal2013: route('place.scheme.2013-renewal', '在暂住地就近换发补发及再次赴台签注', 'Renewal, replacement and Taiwan re-endorsement where one lives (2013)'),
  nationwideRenewal: route('place.nationwide-renewal', '全国范围异地换补发证件及团队旅游签注', 'Renewal, replacement and group tours at any office'),
  nationwide: route('place.nationwide', '出入境证件全国通办', 'Any office nationwide (全国通办)'),
  filingPlace: route('place.filing-place', '商务签注在企业登记备案地办理', 'Business endorsements where the employer is filed'),
  workPlace: route('place.work-place', '人才签注在工作地办理', 'Talent endorsements where the applicant works'),
});

/**
 * The specs of the route tables: each head with {@link routeRuleSchema} (validation reads them;
 * a reader needs only the heads).
 *
 * @example
 * ```ts
 * PLACE_ROUTE_SPECS.length === Object.keys(PLACE_ROUTE_TABLES).length; // true
 * ```
 */
export const PLACE_ROUTE_SPECS: readonly TableSpec[] = /* @__PURE__ */ (() => Object.freeze(Object.values(PLACE_ROUTE_TABLES).map((h) => valueTableSpec(h, routeRuleSchema) as TableSpec)))();

const cities = /* @__NO_SIDE_EFFECTS__ */ (id: string, zh: string, en: string): ReturnType<typeof defineSetTable> =>
  defineSetTable({ id, label: { 'zh-CN': zh, en }, member: z.string().check(z.regex(/^\d{4}00$/, 'expected a city-level GB/T 2260 code')) });

/**
 * The city sets of the non-hukou schemes, by scheme route table id.
 *
 * @example
 * ```ts
 * policyAt(policy, '2013-07-01').members(PLACE_CITY_TABLES['place.scheme.2013-passport']).length; // 43
 * ```
 */
export const PLACE_CITY_TABLES = /* @__PURE__ */ Object.freeze({
  'place.scheme.2012-six-cities': cities('place.scheme.2012-six-cities.cities', '六城市非户籍人员就近办证城市', 'Cities of the 2012 six-city scheme'),
  'place.scheme.2013-passport': cities('place.scheme.2013-passport.cities', '异地提交普通护照申请的43个城市', 'The 43 cities of the 2013 passport scheme'),
  'place.scheme.2013-taiwan': cities('place.scheme.2013-taiwan.cities', '异地提交往来台湾通行证及签注申请的31个城市', 'The 31 cities of the 2013 Taiwan scheme'),
} as const);

// ---- service groups -------------------------------------------------------------------------

/** The 2018 in-province list: the three documents and every endorsement except business (HK/Macau S, Taiwan F) and settlement (Taiwan D), which follow their own rules; talent is the place of work's. */
const IN_PROVINCE_2018: readonly ServiceKey[] = /* @__PURE__ */ (() => [...DOCS, 'hkmo.T', 'hkmo.L', 'hkmo.G', 'hkmo.Q', 'hkmo.D', ...TAIWAN_BUT_SETTLEMENT.filter((k) => k !== 'taiwan.F')])();
/** The relatives route takes the in-province list without individual visits (G needs a scheme-city hukou or residence permit). */
const RELATIVES_2018: readonly ServiceKey[] = /* @__PURE__ */ IN_PROVINCE_2018.filter((k) => k !== 'hkmo.G' && k !== 'taiwan.G');
const RENEWAL: readonly ServiceAction[] = ['renewal', 'replacement'];
const BOTH: readonly Exclusion[] = ['registered-personnel', 'active-military'];

const v = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly ValueEntry<RouteRule>[]): ValueTableData<RouteRule> => ({ kind: 'value', verifiedThrough: PLACE_VERIFIED_THROUGH, entries });
const set = /* @__NO_SIDE_EFFECTS__ */ (members: readonly SetMember[]): SetTableData => ({ kind: 'set', verifiedThrough: PLACE_VERIFIED_THROUGH, members });
const nv = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly ValueEntry<RouteRule>[]): ValueTableData<RouteRule> => ({ kind: 'value', verifiedThrough: PLACE_NATIONAL_VERIFIED_THROUGH, entries });
const nset = /* @__NO_SIDE_EFFECTS__ */ (members: readonly SetMember[]): SetTableData => ({ kind: 'set', verifiedThrough: PLACE_NATIONAL_VERIFIED_THROUGH, members });
const batch = /* @__NO_SIDE_EFFECTS__ */ (from: string, cite: Citation, codes: readonly string[], uncertain?: string): SetMember[] =>
  codes.map((member) => (uncertain === undefined ? { member, from, cite } : { member, from, cite, uncertain }));

const G_IN_PROVINCE =
  'Item 1 of the 2018 notice sends individual visits (个人旅游), settlement and business to "their own rules"; the interpretation gives those rules as who may have G (scheme-city hukou residents and residence-permit holders), settlement at the hukou place and business at the filing place. G is kept in-province here for scheme-city hukou residents (as at kiosks, item 2); Taiwan F is read as 商务 and left out. A what-if can move either.';

/**
 * The six cities of 2012 and the 43/31 cities of 2013 (GB/T 2260 city codes).
 *
 * @internal
 * @example
 * ```ts
 * CITIES.taiwan2013.length + CITIES.passportOnly2013.length; // 43
 * ```
 */
export const CITIES = /* @__PURE__ */ (() => Object.freeze({
  six2012: ['110100', '120100', '310100', '500100', '440100', '440300'],
  /** 北京 天津 石家庄 太原 呼和浩特 沈阳 大连 长春 哈尔滨 上海 南京 杭州 宁波 合肥 福州 厦门 南昌 济南 青岛 郑州 武汉 长沙 广州 深圳 南宁 海口 重庆 成都 贵阳 昆明 西安 */
  taiwan2013: [
    '110100', '120100', '130100', '140100', '150100', '210100', '210200', '220100', '230100', '310100', '320100', '330100', '330200', '340100', '350100', '350200',
    '360100', '370100', '370200', '410100', '420100', '430100', '440100', '440300', '450100', '460100', '500100', '510100', '520100', '530100', '610100',
  ],
  /** 无锡 常州 苏州 温州 嘉兴 舟山 泉州 株洲 湘潭 珠海 东莞 佛山 (the 12 passport-only cities) */
  passportOnly2013: ['320200', '320400', '320500', '330300', '330400', '330900', '350500', '430200', '430300', '440400', '441900', '440600'],
}))();

/**
 * National data of the route tables and city sets, by table id.
 *
 * @example
 * ```ts
 * PLACE_ROUTE_NATIONAL['place.nationwide']?.kind; // 'value'
 * ```
 */
export const PLACE_ROUTE_NATIONAL: Readonly<Record<string, ValueTableData<RouteRule> | SetTableData>> = /* @__PURE__ */ (() => Object.freeze({
  'place.in-province': nv([{ from: '2018-02-01', value: { services: IN_PROVINCE_2018, excludes: BOTH }, cite: /* @__PURE__ */ cite(MPS_2018_EIGHT_MEASURES, { article: '第一项' }), uncertain: G_IN_PROVINCE }]),
  'place.residence-permit': RESIDENCE_PERMIT_ROUTE_DATA,
  'place.relatives': nv([{ from: '2018-02-01', value: { services: RELATIVES_2018, excludes: BOTH, relationships: ['spouse', 'child', 'parent'] }, cite: /* @__PURE__ */ cite(MPS_2018_EIGHT_MEASURES, { article: '第三项' }) }]),
  'place.scheme.2012-six-cities': nv([
    {
      from: '2012-09-01',
      value: { services: [...DOCS, ...HKMO_ENDORSEMENTS, ...TAIWAN_BUT_SETTLEMENT], who: ['employed', 'student'], minInsuranceMonths: 12, excludes: ['registered-personnel'] },
      cite: cite(MPS_2012_SIX_CITIES),
      uncertain: 'The endorsements covered and the exclusion of registered personnel come from a service guide, not the announcement; settlement endorsements are assumed excluded as in later schemes.',
    },
  ]),
  'place.scheme.2012-six-cities.cities': nset(batch('2012-09-01', cite(MPS_2012_SIX_CITIES), CITIES.six2012)),
  'place.scheme.2013-passport': nv([
    {
      from: '2013-07-01',
      value: { services: ['passport'], who: ['employed', 'student', 'local-relative'], minInsuranceMonths: 12, relationships: ['spouse', 'child'], childUnder: 16 },
      cite: /* @__PURE__ */ cite(MPS_2013_NEARBY, { article: '附件第一项' }),
    },
  ]),
  'place.scheme.2013-passport.cities': nset(batch('2013-07-01', /* @__PURE__ */ cite(MPS_2013_NEARBY, { article: '附件第一项第（一）目第1点' }), [...CITIES.taiwan2013, ...CITIES.passportOnly2013])),
  'place.scheme.2013-taiwan': nv([
    {
      from: '2013-07-01',
      value: { services: ['taiwan-permit', ...TAIWAN_BUT_SETTLEMENT], who: ['employed', 'student', 'local-relative'], minInsuranceMonths: 12, relationships: ['spouse', 'child'], childUnder: 16 },
      cite: /* @__PURE__ */ cite(MPS_2013_NEARBY, { article: '附件第一项' }),
      uncertain: 'Settlement (D) is assumed excluded, as in the 2016 and 2018 measures; the 2013 annex says "往来台湾通行证及签注" without exception.',
    },
  ]),
  'place.scheme.2013-taiwan.cities': nset(batch('2013-07-01', /* @__PURE__ */ cite(MPS_2013_NEARBY, { article: '附件第一项第（一）目第2点' }), CITIES.taiwan2013)),
  'place.scheme.2013-elderly': nv([
    { from: '2013-07-01', value: { services: ['passport', 'taiwan-permit', ...TAIWAN_BUT_SETTLEMENT], minAge: 60, minResidenceMonths: 6 }, cite: /* @__PURE__ */ cite(MPS_2013_NEARBY, { article: '附件第二项' }) },
  ]),
  'place.scheme.2013-renewal': nv([
    {
      from: '2013-07-01',
      value: { services: ['passport', 'taiwan-permit', ...TAIWAN_BUT_SETTLEMENT], actions: RENEWAL, minResidenceMonths: 6 },
      cite: /* @__PURE__ */ cite(MPS_2013_NEARBY, { article: '附件第三项' }),
      uncertain: 'Taiwan re-endorsements qualify only for the same kind as before (再次赴台相同种类签注); the caller must check that.',
    },
  ]),
  'place.nationwide-renewal': nv([
    { from: '2018-09-01', to: '2020-01-27', value: { services: [...DOCS, 'hkmo.L', 'taiwan.L'], actions: RENEWAL }, cite: /* @__PURE__ */ cite(NIA_2018_MEASURES, { article: '第一项、第二项' }) },
    {
      from: '2020-01-28',
      value: { services: [...DOCS, 'taiwan.L'], actions: RENEWAL },
      cite: cite(NIA_2020_SUSPENSION),
      uncertain: 'HK/Macau group-tour 全国通办 was "fully restored" on 2023-05-15; that it stopped with the 2020-01-28 suspension is assumed.',
    },
  ]),
  'place.nationwide': nv([
    {
      from: '2019-04-01',
      to: '2023-05-14',
      value: { services: DOCS },
      cite: cite(NIA_2019_NATIONWIDE),
      uncertain: 'Whether registered state personnel may use 全国通办 is not stated (FACTS open question 14); they are not excluded here (a what-if can add `excludes`).',
    },
    { from: '2023-05-15', to: '2024-05-05', value: { services: [...DOCS, 'hkmo.T', 'hkmo.L', 'hkmo.Q', 'hkmo.D'] }, cite: /* @__PURE__ */ cite(NIA_2023_05_15_MEASURES, { article: '第一项、第二项' }) },
    { from: '2024-05-06', to: '2025-11-04', value: { services: [...DOCS, 'hkmo.T', 'hkmo.S', 'hkmo.L', 'hkmo.Q', 'hkmo.D'] }, cite: /* @__PURE__ */ cite(NIA_2024_05_06_MEASURES, { article: '第二项' }) },
    {
      from: '2025-11-05',
      value: { services: [...DOCS, 'hkmo.T', 'hkmo.S', 'hkmo.L', 'hkmo.Q', 'hkmo.D', 'taiwan.T'] },
      cite: /* @__PURE__ */ cite(NIA_2025_11_MEASURES, { article: '第二项', quote: verbatim('大陸居民擬往來台灣地區探親的，可向全國任意一個縣級以上公安機關出入境管理機構提交探親簽注申請，申辦手續與戶籍地一致') }),
      uncertain: 'The item is read from the announcement as reported in full by 香港01 (2025-11-03, traditional characters); the NIA text itself was not seen.',
    },
  ]),
  'place.filing-place': nv([
    {
      from: '2018-02-01',
      value: { services: ['hkmo.S', 'taiwan.F'] },
      cite: /* @__PURE__ */ cite(MPS_2018_EIGHT_MEASURES, { article: '第一项（解读）', note: 'The interpretation of item 1: business trips to HK/Macau/Taiwan are applied for where the enterprise is registered and filed (企业登记备案地).' }),
      uncertain: 'The filing-place rule predates 2018 (S endorsements were issued where the employer is filed); its start is not known, so the table starts with the first text seen.',
    },
  ]),
  'place.work-place': nv([{ from: '2023-02-20', value: { services: ['hkmo.talent'] }, cite: cite(NIA_2023_TALENT) }]),
}))();

/**
 * Local measures of the route tables: division code → table id → data (Shanxi 140000, Jilin 220000).
 *
 * @example
 * ```ts
 * Object.keys(PLACE_ROUTE_LOCAL); // ['140000', '220000']
 * ```
 */
export const PLACE_ROUTE_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<RouteRule>>>>> = /* @__PURE__ */ (() => Object.freeze({
  '140000': {
    'place.in-province': v([
      {
        from: '2013-03-01',
        to: '2018-01-31',
        value: { services: ['passport', 'taiwan-permit', ...TAIWAN_BUT_SETTLEMENT, 'hkmo-permit', 'hkmo.L'], minResidenceMonths: 12 },
        cite: cite(LOCAL_SHANXI_2013),
        uncertain: 'The notice says "往来台湾通行证及签注" without exception; settlement (D) is assumed excluded. It ended when the national in-province rule (no residence condition) took over on 2018-02-01.',
      },
    ]),
  },
  '220000': {
    'place.in-province': v([
      {
        from: '2015-06-01',
        to: '2018-01-31',
        value: { services: IN_PROVINCE_2018 },
        cite: cite(LOCAL_JILIN_2015),
        uncertain: 'Start date unknown: the press report of 2015-06 describes the measure as in place; the month of the report is used. Its scope is taken to be the 2018 national list.',
      },
    ]),
  },
}))();
