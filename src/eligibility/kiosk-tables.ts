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
import * as z from 'zod';
import type { Citation } from '../rules/citation.js';
import { type SetMember, type SetTableData, type ValueEntry, type ValueTableData, defineSetTable, defineValueTable } from '../rules/table.js';
import { type ServiceKey, serviceKeySchema } from './place-services.js';
import { type Exclusion, PLACE_VERIFIED_THROUGH } from './place-tables.js';
import { cite } from '../rules/instruments/index.js';

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
}

const kioskRuleSchema: z.ZodType<KioskRule> = /* @__PURE__ */ z
  .object({
    offers: z.array(
      z
        .object({
          service: serviceKeySchema,
          scope: z.enum(['hukou-city', 'hukou-province', 'anywhere']),
          onlyEntries: z.literal('multi').optional(),
          requiresFiledEmployer: z.boolean().optional(),
        })
        .strict(),
    ),
    excludes: z.array(z.enum(['registered-personnel', 'active-military'])),
  })
  .strict();

/**
 * The kiosk table specs.
 *
 * @example
 * ```ts
 * policyAt(policy, '2019-04-01', { division: '110105' }).value(KIOSK_TABLES.services);
 * ```
 */
export const KIOSK_TABLES = /* @__PURE__ */ Object.freeze({
  services: defineValueTable({ id: 'kiosk.services', label: { 'zh-CN': '自助签注设备办理的签注', en: 'Endorsements issued at self-service kiosks' }, value: kioskRuleSchema, local: true }),
  immediate: defineSetTable({ id: 'kiosk.immediate', label: { 'zh-CN': '自助签注立等可取的签注', en: 'Kiosk endorsements issued on the spot' }, member: serviceKeySchema, local: true }),
});

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
      cite: cite('guide.kiosks', { note: `${cite('guide.kiosks').note ?? ''} The electronic HK/Macau card permit was issued nationwide from 2014-09-15.`, /* effective override: '2014-09-15' */ }),
      uncertain: 'Before 2018 kiosks were a local practice (Guangzhou from 2006, many cities 2014–2016); the hukou-city scope and the start with the nationwide card are assumed. Local measures can set earlier or wider kiosks.',
    },
    {
      from: '2018-02-01',
      to: '2019-03-31',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'hukou-province'), offer('taiwan.G', 'hukou-province'), offer('taiwan.L', 'hukou-province')], excludes: BOTH },
      cite: /* @__PURE__ */ cite('mps.2018-eight-measures', { article: '第二项' }),
    },
    {
      from: '2019-04-01',
      to: '2019-07-31',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'anywhere'), offer('taiwan.G', 'hukou-province'), offer('taiwan.L', 'anywhere')], excludes: BOTH },
      cite: cite('nia.2019-nationwide'),
    },
    {
      from: '2019-08-01',
      to: '2024-05-05',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'anywhere'), offer('taiwan.L', 'anywhere')], excludes: BOTH },
      cite: cite('taiwan.individual-suspension-2019'),
      uncertain: 'Taiwan individual-travel endorsements stop with the 2019-08-01 suspension of the pilot; the suspension of HK/Macau tourist endorsements (2020-01-28 onward) is the endorsement tables’ matter, not the kiosks’.',
    },
    {
      from: '2024-05-06',
      value: { offers: [offer('hkmo.G', 'hukou-province'), offer('hkmo.L', 'anywhere'), offer('taiwan.L', 'anywhere'), S_MULTI], excludes: BOTH },
      cite: /* @__PURE__ */ cite('nia.2024-05-06-measures', { article: '第二项' }),
    },
  ]),
  'kiosk.immediate': {
    kind: 'set',
    verifiedThrough: PLACE_VERIFIED_THROUGH,
    members: [
      member('hkmo.L', '2019-04-01', cite('nia.2019-nationwide')),
      member('taiwan.L', '2019-04-01', cite('nia.2019-nationwide')),
      member('hkmo.S', '2024-05-06', /* @__PURE__ */ cite('nia.2024-05-06-measures', { article: '第二项' })),
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
export const KIOSK_LOCAL: Readonly<Record<string, Readonly<Record<string, SetTableData>>>> = /* @__PURE__ */ Object.freeze({
  '510100': {
    'kiosk.immediate': {
      kind: 'set',
      verifiedThrough: PLACE_VERIFIED_THROUGH,
      members: [
        member('hkmo.G', '2018-05-01', cite('local.chengdu-2018'), 'Reported in 2018-05 as in place; the start date is not known (the month of the report is used).'),
        member('hkmo.L', '2018-05-01', cite('local.chengdu-2018'), 'Reported in 2018-05 as in place; the start date is not known (the month of the report is used).'),
      ],
    },
  },
});
