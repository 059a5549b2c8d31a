/**
 * Suspension of HK/Macau tourist endorsements (L, G, city regimes included) from 2020-01-28, and
 * their resumption:
 *
 * - Macau: Zhuhai residents (residence-permit holders included) 2020-08-12, Guangdong residents
 *   2020-08-26, nationwide 2020-09-23 (国家移民管理局 公告 2020-08-11) — local measures of 440400
 *   and 440000 for the first two steps;
 * - Hong Kong: tourist (and business) endorsements from 2023-01-08 (国家移民管理局, 2023-01-08
 *   measures, item 1).
 *
 * The value lists the suspended types per destination (empty: nothing suspended). 2023-02-06
 * (group-tour *business* resumed by 国务院联防联控机制综合组) did not change endorsement issuance
 * and is recorded as an entry boundary with the same value, for its citation. L "全国通办"
 * (any office) is a place-of-application matter (`hkmo-place.ts`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import {
  cite,
  JC_2023_GROUP_TOURS,
  NIA_2020_MACAU_RESUMPTION,
  NIA_2020_SUSPENSION,
  NIA_2022_OPTIMISATION,
  REG_HKMO_1986,
} from '../../rules/instruments/index.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * Suspended tourist types per destination.
 *
 * @example
 * ```ts
 * const s: TourismSuspension = { 'hong-kong': ['L', 'G'], macau: [] };
 * ```
 */
export interface TourismSuspension {
  readonly 'hong-kong': readonly ('L' | 'G')[];
  readonly macau: readonly ('L' | 'G')[];
}

const types = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['L', 'G']));

/**
 * Spec: tourist endorsement types suspended (local measures may resume earlier).
 *
 * @example
 * ```ts
 * policyAt(policy, '2020-08-12', { division: '440402' }).value(TOURISM_SUSPENSION);
 * ```
 */
export const TOURISM_SUSPENSION = /* @__PURE__ */ valueTableHead<SchemaValue<typeof TOURISM_SUSPENSION_VALUE>>({
  id: 'endorsement.hkmo.tourism.suspended',
  label: { 'zh-CN': '暂停办理的赴港澳旅游签注', en: 'Suspended HK/Macau tourist endorsements' },
  continuous: true,
  local: true,
});

/** The schema of the values of {@link TOURISM_SUSPENSION} (validation reads it; a reader needs only the head). */
export const TOURISM_SUSPENSION_VALUE = /* @__PURE__ */ z.strictObject({ 'hong-kong': types, macau: types });

const none: TourismSuspension = { 'hong-kong': [], macau: [] };
const both: TourismSuspension = { 'hong-kong': ['L', 'G'], macau: ['L', 'G'] };
const hongKongOnly: TourismSuspension = { 'hong-kong': ['L', 'G'], macau: [] };

/** National suspension history. */
export const TOURISM_SUSPENSION_DATA: ValueTableData<TourismSuspension> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    { from: '1986-12-25', to: '2020-01-27', value: none, cite: cite(REG_HKMO_1986, { article: '第二十二条' }) },
    { from: '2020-01-28', to: '2020-09-22', value: both, cite: cite(NIA_2020_SUSPENSION) },
    { from: '2020-09-23', to: '2023-01-07', value: hongKongOnly, cite: cite(NIA_2020_MACAU_RESUMPTION, { article: '第一条' }) },
    { from: '2023-01-08', to: '2023-02-05', value: none, cite: cite(NIA_2022_OPTIMISATION, { article: '第一条' }) },
    { from: '2023-02-06', value: none, cite: cite(JC_2023_GROUP_TOURS) },
  ],
};

/** Zhuhai (440400): Macau resumed 2020-08-12. */
export const ZHUHAI_SUSPENSION_DATA: ValueTableData<TourismSuspension> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [{ from: '2020-08-12', to: '2020-09-22', value: hongKongOnly, cite: cite(NIA_2020_MACAU_RESUMPTION, { article: '第一条' }) }],
};

/** Guangdong (440000): Macau resumed 2020-08-26. */
export const GUANGDONG_SUSPENSION_DATA: ValueTableData<TourismSuspension> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [{ from: '2020-08-26', to: '2020-09-22', value: hongKongOnly, cite: cite(NIA_2020_MACAU_RESUMPTION, { article: '第一条' }) }],
};
