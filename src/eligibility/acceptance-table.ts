/**
 * 容缺受理 (deferred-material acceptance) as policy data. No national exit-entry rule was found
 * (FACTS §5.1): it is a local 政务服务 practice, encouraged by 国发〔2022〕5号 and set by municipal
 * rules. So the national table has no entry — nowhere is 容缺 available unless a local measure
 * or a change set says so — and the built-in local measure is Chengdu's (a 2018 press report).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { CivilDate } from '../rules/civil-date.js';
import { type ValueTableData, type ValueTableSpec, defineValueTable } from '../rules/table.js';
import { type MaterialId, materialIdSchema } from './materials-catalogue.js';
import { MATERIALS_VERIFIED_THROUGH } from './materials-rules.js';
import { cite, GUIDE_XIAN_DEFERRED_ACCEPTANCE, LOCAL_CHENGDU_2018 } from '../rules/instruments/index.js';

/**
 * Schema of a {@link DeferredAcceptanceRule}.
 *
 * @example
 * ```ts
 * deferredAcceptanceRuleSchema.parse({ deferrable: ['kinship-proof'], curePeriod: { count: 5, unit: 'working-days' }, clock: 'runs', onFailure: 'terminate', creditBlock: true });
 * ```
 */
export const deferredAcceptanceRuleSchema = /* @__PURE__ */ z.strictObject({
  deferrable: /* @__PURE__ */ z.array(materialIdSchema).check(/* @__PURE__ */ z.minLength(1)),
  curePeriod: /* @__PURE__ */ z.strictObject({ count: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(366)), unit: /* @__PURE__ */ z.enum(['working-days', 'calendar-days']) }),
  clock: /* @__PURE__ */ z.enum(['runs', 'starts-at-cure']),
  onFailure: /* @__PURE__ */ z.enum(['terminate', 'refuse', 'withdraw']),
  creditBlock: /* @__PURE__ */ z.boolean(),
});

/**
 * An office's 容缺受理 rule:
 * - `deferrable`: the materials it may accept late (its 容缺受理材料清单); only `secondary`
 *   requirements are ever deferred, whatever the list says;
 * - `curePeriod`: the time to supply them, counted from acceptance;
 * - `clock`: whether the processing time limit `runs` from acceptance meanwhile, or
 *   `starts-at-cure` (counts from the day the items arrive);
 * - `onFailure`: what a late or non-compliant supply leads to — the 容缺 handling is
 *   terminated (终止), the application refused, or treated as withdrawn;
 * - `creditBlock`: applicants with a bad credit record (or a past false commitment) are excluded.
 *
 * @example
 * ```ts
 * const r: DeferredAcceptanceRule = { deferrable: ['kinship-proof'], curePeriod: { count: 5, unit: 'working-days' }, clock: 'runs', onFailure: 'terminate', creditBlock: true };
 * ```
 */
export interface DeferredAcceptanceRule {
  readonly deferrable: readonly MaterialId[];
  readonly curePeriod: { readonly count: number; readonly unit: 'working-days' | 'calendar-days' };
  readonly clock: 'runs' | 'starts-at-cure';
  readonly onFailure: 'terminate' | 'refuse' | 'withdraw';
  readonly creditBlock: boolean;
}

/**
 * The 容缺受理 table (`acceptance.deferred`), local measures allowed.
 *
 * @example
 * ```ts
 * policyAt(policy, '2019-06-03', { division: '510104' }).value(DEFERRED_ACCEPTANCE_TABLE).inForce; // true: Chengdu
 * ```
 */
export const DEFERRED_ACCEPTANCE_TABLE: ValueTableSpec<DeferredAcceptanceRule> = /* @__PURE__ */ defineValueTable({
  id: 'acceptance.deferred',
  label: { 'zh-CN': '容缺受理', en: 'Deferred-material acceptance (容缺受理)' },
  value: deferredAcceptanceRuleSchema as z.ZodMiniType<DeferredAcceptanceRule>,
  local: true,
});

/**
 * The date Chengdu's 容缺受理 is taken to start: the month of the press report (May 2018); the
 * measure may be older.
 *
 * @example
 * ```ts
 * CHENGDU_DEFERRED_FROM; // '2018-05-01'
 * ```
 */
export const CHENGDU_DEFERRED_FROM: CivilDate = '2018-05-01';

/**
 * National data: no entry (容缺 is not a national exit-entry rule).
 *
 * @example
 * ```ts
 * DEFERRED_ACCEPTANCE_NATIONAL['acceptance.deferred']?.entries.length; // 0
 * ```
 */
export const DEFERRED_ACCEPTANCE_NATIONAL: Readonly<Record<string, ValueTableData<DeferredAcceptanceRule>>> = /* @__PURE__ */ Object.freeze({
  'acceptance.deferred': { kind: 'value', verifiedThrough: MATERIALS_VERIFIED_THROUGH, entries: [] },
});

/**
 * Local measures: Chengdu (510100, so its districts and counties too) from May 2018. Every
 * parameter is our choice, marked uncertain: the deferrable list is the supporting proof the
 * report says is looked up or supplied later (kinship, business, social insurance …); 5 working
 * days fits under every committed time limit of the period (a cure period must not exceed it);
 * the clock runs and a failure terminates the handling, with a credit block, as in the municipal
 * rules seen (西安, 阜新).
 *
 * @example
 * ```ts
 * DEFERRED_ACCEPTANCE_LOCAL['510100']?.['acceptance.deferred']?.entries[0]?.value?.curePeriod; // { count: 5, unit: 'working-days' }
 * ```
 */
export const DEFERRED_ACCEPTANCE_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<DeferredAcceptanceRule>>>>> = /* @__PURE__ */ Object.freeze({
  '510100': {
    'acceptance.deferred': {
      kind: 'value',
      verifiedThrough: MATERIALS_VERIFIED_THROUGH,
      entries: [
        {
          from: CHENGDU_DEFERRED_FROM,
          value: {
            deferrable: ['copies-of-id', 'relationship-proof', 'kinship-proof', 'relative-hkmo-id', 'business-licence', 'social-insurance-proof', 'dispatch-letter', 'purpose-evidence', 'urgent-evidence'],
            curePeriod: { count: 5, unit: 'working-days' },
            clock: 'runs',
            onFailure: 'terminate',
            creditBlock: true,
          },
          cite: cite(LOCAL_CHENGDU_2018),
          uncertain: `Press report only. Start date (May 2018), deferrable list, cure period (5 working days; 5 or 10 are seen locally), clock, failure rule and credit block are chosen to match the municipal rules seen (${cite(GUIDE_XIAN_DEFERRED_ACCEPTANCE).issuer}: 终止, credit block; cure period within the committed time) — write a change set for other readings.`,
        },
      ],
    },
  },
});
