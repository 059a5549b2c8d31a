/**
 * City regimes of the individual-visit endorsement: a city's own multiple-entry or
 * once-a-week G, as **local measures** keyed by the city's GB/T 2260 code. The national table is
 * empty (no regime unless a city has one).
 *
 * - 深圳 (440300) → HK: 一签多行 (1-year multiple, 7 days per stay) 2009-04-01 → 2015-04-12, hukou only;
 *   一周一行 (1 year, one trip per natural week, Mon–Sun) 2015-04-13 → 2024-11-30, hukou only
 *   (suspended with all tourist endorsements 2020-01-28); 一签多行 again from 2024-12-01 for
 *   hukou **and** residence-permit holders.
 * - 珠海 (440400) → Macau: 一周一行 from 2025-01-01, hukou only.
 * - 横琴粤澳深度合作区 (inside 440400; `zone: 'hengqin'`) → Macau: 一签多行 from 2025-01-01 for
 *   hukou and residence-permit holders of the zone.
 *
 * State personnel (国家工作人员; registered personnel are among them) are excluded: in 2009
 * ("government servants … not included") and in 2024 ("国家工作人员和现役军人除外"); for
 * 2015–2024 the exclusion is assumed to have continued.
 *
 * Applications are made to the city's own office (当地公安机关出入境管理机构).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type Label, type ValueTableData, labelSchema, valueTableHead, type SchemaValue } from '../../rules/table.js';
import { cite, G_SHENZHEN_2009, G_SHENZHEN_2015, NIA_2024_REGIMES } from '../../rules/instruments/index.js';
import { type Validity, validitySchema } from './option.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/**
 * One city regime.
 *
 * @example
 * ```ts
 * const r: CityRegime = {
 *   id: 'shenzhen.multi', label: { 'zh-CN': '深圳赴香港一签多行', en: 'Shenzhen multiple-entry to HK' }, destination: 'hong-kong',
 *   validity: { years: 1 }, entries: 'multi', stayDays: 7, eligible: ['hukou', 'residence-permit'], excludesStatePersonnel: true,
 * };
 * ```
 */
export interface CityRegime {
  readonly id: string;
  readonly label: Label;
  readonly destination: 'hong-kong' | 'macau';
  readonly validity: Validity;
  readonly entries: 'multi';
  /** `once-per-natural-week`: at most one trip per calendar week (Monday–Sunday). */
  readonly frequency?: 'once-per-natural-week' | undefined;
  readonly stayDays: number;
  /** Who qualifies: hukou residents of the city (or zone), residence-permit holders there. */
  readonly eligible: readonly ('hukou' | 'residence-permit')[];
  /** The regime is a zone's, not the whole city's. */
  readonly zone?: 'hengqin' | undefined;
  readonly excludesStatePersonnel: boolean;
}

const regimeSchema: z.ZodMiniType<CityRegime> = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9.-]+$/)),
  label: labelSchema,
  destination: /* @__PURE__ */ z.enum(['hong-kong', 'macau']),
  validity: validitySchema,
  entries: /* @__PURE__ */ z.literal('multi'),
  frequency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('once-per-natural-week')),
  stayDays: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()),
  eligible: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['hukou', 'residence-permit'])).check(/* @__PURE__ */ z.minLength(1)),
  zone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('hengqin')),
  excludesStatePersonnel: /* @__PURE__ */ z.boolean(),
});

/**
 * Spec: the city regimes in force in a city (a list; empty nationally).
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-12-01', { division: '440300' }).value(G_CITY_REGIMES);
 * ```
 */
export const G_CITY_REGIMES = /* @__PURE__ */ valueTableHead<SchemaValue<typeof G_CITY_REGIMES_VALUE>>({
  id: 'endorsement.hkmo.G.city-regimes',
  label: { 'zh-CN': '个人旅游签注城市特别政策', en: 'City regimes of the G endorsement' },
  local: true,
});

/** The schema of the values of {@link G_CITY_REGIMES} (validation reads it; a reader needs only the head). */
export const G_CITY_REGIMES_VALUE = /* @__PURE__ */ z.array(regimeSchema);

/** National baseline: no city regime. */
export const G_CITY_REGIMES_DATA: ValueTableData<readonly CityRegime[]> = { kind: 'value', verifiedThrough: REVIEW_2026.through, entries: [] };

const year = { years: 1 } as const;

/** Shenzhen (440300). */
export const SHENZHEN_REGIMES_DATA: ValueTableData<readonly CityRegime[]> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '2009-04-01',
      to: '2015-04-12',
      value: [
        { id: 'shenzhen.multi', label: { 'zh-CN': '深圳赴香港一签多行', en: 'Shenzhen multiple-entry to Hong Kong' }, destination: 'hong-kong', validity: year, entries: 'multi', stayDays: 7, eligible: ['hukou'], excludesStatePersonnel: true },
      ],
      cite: cite(G_SHENZHEN_2009),
    },
    {
      from: '2015-04-13',
      to: '2024-11-30',
      value: [
        {
          id: 'shenzhen.weekly',
          label: { 'zh-CN': '深圳赴香港一周一行', en: 'Shenzhen once-a-week to Hong Kong' },
          destination: 'hong-kong',
          validity: year,
          entries: 'multi',
          frequency: 'once-per-natural-week',
          stayDays: 7,
          eligible: ['hukou'],
          excludesStatePersonnel: true,
        },
      ],
      cite: cite(G_SHENZHEN_2015),
      uncertain: 'The exclusion of state personnel from 一周一行 is assumed (stated for 2009 and 2024).',
    },
    {
      from: '2024-12-01',
      value: [
        { id: 'shenzhen.multi', label: { 'zh-CN': '深圳赴香港一签多行', en: 'Shenzhen multiple-entry to Hong Kong' }, destination: 'hong-kong', validity: year, entries: 'multi', stayDays: 7, eligible: ['hukou', 'residence-permit'], excludesStatePersonnel: true },
      ],
      cite: cite(NIA_2024_REGIMES),
    },
  ],
};

/** Zhuhai (440400), Hengqin included as a zone. */
export const ZHUHAI_REGIMES_DATA: ValueTableData<readonly CityRegime[]> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '2025-01-01',
      value: [
        {
          id: 'zhuhai.weekly',
          label: { 'zh-CN': '珠海赴澳门一周一行', en: 'Zhuhai once-a-week to Macau' },
          destination: 'macau',
          validity: year,
          entries: 'multi',
          frequency: 'once-per-natural-week',
          stayDays: 7,
          eligible: ['hukou'],
          excludesStatePersonnel: true,
        },
        {
          id: 'hengqin.multi',
          label: { 'zh-CN': '横琴赴澳门一签多行', en: 'Hengqin multiple-entry to Macau' },
          destination: 'macau',
          validity: year,
          entries: 'multi',
          stayDays: 7,
          eligible: ['hukou', 'residence-permit'],
          zone: 'hengqin',
          excludesStatePersonnel: true,
        },
      ],
      cite: cite(NIA_2024_REGIMES),
      uncertain: 'Zhuhai 一周一行 is for hukou residents per the announcement; some secondary pages add residence-permit holders (a what-if can add them).',
    },
  ],
};
