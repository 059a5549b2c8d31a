/**
 * Self-service endorsement kiosks (自助签注设备) as dated rules.
 *
 * - `kiosk.services` (value; local measures may set it): which endorsements kiosks issue, and
 *   where relative to the applicant (`hukou-city`, `hukou-province`, `anywhere`), with the
 *   applicants they are closed to. Card permits from 2014-09-15 (hukou city, local practice);
 *   province-wide tourist endorsements on a card issued in the province from 2018-02-01 (MPS
 *   eight measures, item 2); group tours at any kiosk nationwide from 2019-04-01; multiple-entry
 *   business endorsements for staff of filed employers from 2024-05-06.
 * - `kiosk.immediate` (set; local members add): endorsements printed on the spot (立等可取):
 *   group tours from 2019-04-01, multiple-entry business from 2024-05-06; Chengdu's tourist
 *   endorsements (local, 2018).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type SetMember, type SetTableData, type ValueEntry, type ValueTableData, type TableSpec, setTableHead, setTableSpec, valueTableHead, valueTableSpec } from '../rules/table.js';
import { type ServiceKey, serviceKeySchema } from './place-services.js';
import { type Exclusion, PLACE_VERIFIED_THROUGH } from './place-tables.js';
import {
  cite,
  verbatim,
  GUIDE_KIOSKS,
  LOCAL_CHENGDU_2018,
  MPS_2018_EIGHT_MEASURES,
  NIA_2019_NATIONWIDE,
  NIA_2024_05_06_MEASURES,
  PRESS_GUANGZHOU_2014_02_19,
  TAIWAN_INDIVIDUAL_SUSPENSION_2019,
} from '../rules/instruments/index.js';

/**
 * Where a kiosk may serve an applicant, relative to the applicant's hukou.
 *
 * @example
 * ```ts
 * const s: KioskScope = 'hukou-province';
 * ```
 */
export type KioskScope = 'hukou-city' | 'hukou-province' | 'anywhere';

/**
 * One endorsement offered at kiosks: its service key, the scope, and, for business
 * endorsements, that only multiple-entry ones for staff of filed employers are offered.
 *
 * @example
 * ```ts
 * const o: KioskOffer = { service: 'hkmo.S', scope: 'anywhere', onlyEntries: 'multi', requiresFiledEmployer: true };
 * ```
 */
export interface KioskOffer {
  readonly service: ServiceKey;
  readonly scope: KioskScope;
  readonly onlyEntries?: 'multi' | undefined;
  readonly requiresFiledEmployer?: boolean | undefined;
}

/**
 * The value of `kiosk.services`: the offers and the applicants kiosks are closed to.
 *
 * @example
 * ```ts
 * const k: KioskRule = { offers: [{ service: 'hkmo.L', scope: 'anywhere' }], excludes: ['registered-personnel'] };
 * ```
 */
export interface KioskRule {
  readonly offers: readonly KioskOffer[];
  readonly excludes: readonly Exclusion[];
  /** The permits kiosks read (default: the electronic card only; Guangzhou's 2006 kiosks read booklets too). */
  readonly permitForms?: readonly ('booklet' | 'card')[] | undefined;
}

const kioskRuleSchema: z.ZodMiniType<KioskRule> = /* @__PURE__ */ z.strictObject({
  offers: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      service: serviceKeySchema,
      scope: /* @__PURE__ */ z.enum(['hukou-city', 'hukou-province', 'anywhere']),
      onlyEntries: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('multi')),
      requiresFiledEmployer: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    }),
  ),
  excludes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['registered-personnel', 'active-military'])),
  permitForms: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['booklet', 'card'])).check(/* @__PURE__ */ z.minLength(1))),
});

/**
 * The kiosk tables' heads (their specs, with the schemas: {@link KIOSK_TABLE_SPECS}).
 *
 * @example
 * ```ts
 * policyAt(policy, '2019-04-01', { division: '110105' }).value(KIOSK_TABLES.services);
 * ```
 */
export const KIOSK_TABLES = /* @__PURE__ */ Object.freeze({
  services: valueTableHead<KioskRule>({ id: 'kiosk.services', label: { 'zh-CN': '自助签注设备办理的签注', en: 'Endorsements issued at self-service kiosks' }, local: true }),
  immediate: setTableHead({ id: 'kiosk.immediate', label: { 'zh-CN': '自助签注立等可取的签注', en: 'Kiosk endorsements issued on the spot' }, local: true }),
});

/**
 * The kiosk table specs: the heads with the schemas of their values and members (validation
 * reads them; the kiosk check needs only the heads).
 *
 * @example
 * ```ts
 * KIOSK_TABLE_SPECS.map((t) => t.id); // ['kiosk.services', 'kiosk.immediate']
 * ```
 */
export const KIOSK_TABLE_SPECS: readonly TableSpec[] = /* @__PURE__ */ (() => Object.freeze([valueTableSpec(KIOSK_TABLES.services, kioskRuleSchema) as TableSpec, setTableSpec(KIOSK_TABLES.immediate, serviceKeySchema)]))();

const BOTH: readonly Exclusion[] = ['registered-personnel', 'active-military'];
const offer = /* @__NO_SIDE_EFFECTS__ */ (service: ServiceKey, scope: KioskScope): KioskOffer => ({ service, scope });
const v = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly ValueEntry<KioskRule>[]): ValueTableData<KioskRule> => ({ kind: 'value', verifiedThrough: PLACE_VERIFIED_THROUGH, entries });
const member = /* @__NO_SIDE_EFFECTS__ */ (m: ServiceKey, from: string, cite: Citation, uncertain?: string): SetMember => (uncertain === undefined ? { member: m, from, cite } : { member: m, from, cite, uncertain });

const S_MULTI: KioskOffer = { service: 'hkmo.S', scope: 'anywhere', onlyEntries: 'multi', requiresFiledEmployer: true };

/**
 * National data of the kiosk tables.
 *
 * @example
 * ```ts
 * KIOSK_NATIONAL['kiosk.services']?.kind; // 'value'
 * ```
 */
export const KIOSK_NATIONAL: Readonly<Record<string, ValueTableData<KioskRule> | SetTableData>> = /* @__PURE__ */ Object.freeze({
  'kiosk.services': v([
    {
      from: '2014-09-15',
      to: '2018-01-31',
      value: { offers: [offer('hkmo.G', 'hukou-city'), offer('hkmo.L', 'hukou-city')], excludes: BOTH },
      cite: cite(GUIDE_KIOSKS, { note: `${cite(GUIDE_KIOSKS).note ?? ''} The electronic HK/Macau card permit was issued nationwide from 2014-09-15.`, /* effective override: '2014-09-15' */ }),
      uncertain: 'Before 2018 kiosks were a local practice (Guangzhou from 2006, many cities 2014–2016); the hukou-city scope and the start with the nationwide card are assumed. Local measures can set earlier or wider kiosks.',
    },
    {
      from: '2018-02-01',
      to: '2019-03-31',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'hukou-province'), offer('taiwan.G', 'hukou-province'), offer('taiwan.L', 'hukou-province')], excludes: BOTH },
      cite: /* @__PURE__ */ cite(MPS_2018_EIGHT_MEASURES, { article: '第二项' }),
    },
    {
      from: '2019-04-01',
      to: '2019-07-31',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'anywhere'), offer('taiwan.G', 'hukou-province'), offer('taiwan.L', 'anywhere')], excludes: BOTH },
      cite: cite(NIA_2019_NATIONWIDE),
    },
    {
      from: '2019-08-01',
      to: '2024-05-05',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'anywhere'), offer('taiwan.L', 'anywhere')], excludes: BOTH },
      cite: cite(TAIWAN_INDIVIDUAL_SUSPENSION_2019),
      uncertain: 'Taiwan individual-travel endorsements stop with the 2019-08-01 suspension of the pilot; the suspension of HK/Macau tourist endorsements (2020-01-28 onward) is the endorsement tables’ matter, not the kiosks’.',
    },
    {
      from: '2024-05-06',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'anywhere'), offer('taiwan.L', 'anywhere'), S_MULTI], excludes: BOTH },
      cite: /* @__PURE__ */ cite(NIA_2024_05_06_MEASURES, { article: '第二项' }),
    },
  ]),
  'kiosk.immediate': {
    kind: 'set',
    verifiedThrough: PLACE_VERIFIED_THROUGH,
    members: [
      member('hkmo.L', '2019-04-01', cite(NIA_2019_NATIONWIDE)),
      member('taiwan.L', '2019-04-01', cite(NIA_2019_NATIONWIDE)),
      member('hkmo.S', '2024-05-06', /* @__PURE__ */ cite(NIA_2024_05_06_MEASURES, { article: '第二项' })),
    ],
  } satisfies SetTableData,
});

/**
 * Local measures of the kiosk tables: Chengdu (510100) issues tourist endorsements on the spot.
 *
 * @example
 * ```ts
 * Object.keys(KIOSK_LOCAL); // ['510100']
 * ```
 */
export const KIOSK_LOCAL: Readonly<Record<string, Readonly<Record<string, SetTableData | ValueTableData<KioskRule>>>>> = /* @__PURE__ */ Object.freeze({
  '440100': {
    'kiosk.services': v([
      {
        from: '2006-01-01',
        to: '2014-09-14',
        value: { offers: [offer('hkmo.G', 'hukou-city'), offer('hkmo.L', 'hukou-city')], excludes: BOTH, permitForms: ['booklet', 'card'] },
        cite: cite(PRESS_GUANGZHOU_2014_02_19, { quote: verbatim('2006年 “办证易”：突破电子缴费瓶颈，实现24小时服务，供市民自助完成办理赴港澳签注再签业务') }),
        uncertain:
          'The 办证易 kiosks of 2006 (the year is reported, not the day) took re-endorsements on the 2000-version booklet permit with the identity card and a 羊城通 or UnionPay card (press.guangzhou-2006), for Guangzhou residents wherever they lived in the city; which re-endorsements is not said (the tourist ones, by far the most, are assumed); the exclusions are assumed as nationally. From 2014-09-15 the national kiosk rule applies.',
      },
    ]),
    'kiosk.immediate': {
      kind: 'set',
      verifiedThrough: PLACE_VERIFIED_THROUGH,
      members: [
        member('hkmo.G', '2008-01-01', cite(PRESS_GUANGZHOU_2014_02_19, { quote: verbatim('2008年 “网e捷”：集查询、缴费、收证等功能于一体，提供现场制发证一站式服务，实现立等即取') }), 'The 网e捷 machines of 2008 (the year only): issued on the spot; which endorsements is not said (the tourist ones are assumed).'),
        member('hkmo.L', '2008-01-01', cite(PRESS_GUANGZHOU_2014_02_19, { quote: verbatim('2008年 “网e捷”：集查询、缴费、收证等功能于一体，提供现场制发证一站式服务，实现立等即取') }), 'The 网e捷 machines of 2008 (the year only): issued on the spot; which endorsements is not said (group tours are assumed with individual visits).'),
      ],
    },
  },
  '510100': {
    'kiosk.immediate': {
      kind: 'set',
      verifiedThrough: PLACE_VERIFIED_THROUGH,
      members: [
        member('hkmo.G', '2018-05-01', cite(LOCAL_CHENGDU_2018), 'Reported in 2018-05 as in place; the start date is not known (the month of the report is used).'),
        member('hkmo.L', '2018-05-01', cite(LOCAL_CHENGDU_2018), 'Reported in 2018-05 as in place; the start date is not known (the month of the report is used).'),
      ],
    },
  },
});
