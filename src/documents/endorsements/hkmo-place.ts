/**
 * Where an HK/Macau endorsement may be applied for, per type, by date.
 *
 * - 1986-12-25: the hukou city (1986 measures); S where the employer is filed (or, for others,
 *   the hukou city — assumed).
 * - 2016-04-01: also the city of a residence permit (FACTS S61).
 * - 2018-02-01: also any office of the hukou province, not for registered personnel (公安部 8
 *   measures).
 * - 2018-09-01: L at any office (国家移民管理局).
 * - 2020-01-28 → 2023-05-14: L back to hukou/residence/province — the NIA "fully restored" L
 *   全国通办 on 2023-05-15, so it had been limited; when the limit began is not stated (assumed
 *   with the 2020 suspension).
 * - 2023-05-15: T, Q, D (and L again) at any office.
 * - 2024-05-06: S at any office.
 * - Talent: the place of work; outstanding talent any office of the area.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ValueTableData, valueTableHead, type SchemaValue } from '../../rules/table.js';
import type { HkmoEndorsementType } from './catalogue.js';
import {
  cite,
  MPS_2016_RESIDENCE_PERMIT,
  MPS_2018_EIGHT_MEASURES,
  NIA_2018_MEASURES,
  NIA_2020_SUSPENSION,
  NIA_2023_05_15_MEASURES,
  NIA_2024_05_06_MEASURES,
  REG_HKMO_1986,
} from '../../rules/instruments/index.js';
import { P, type PlaceRule, placeRuleSchema } from './place.js';
import { REVIEW_2026 } from '../../rules/instruments/y2026.js';

/** Place rules per HK/Macau type. */
export type HkmoPlaceRules = Readonly<Record<HkmoEndorsementType, readonly PlaceRule[]>>;

const rules = /* @__PURE__ */ z.array(placeRuleSchema).check(/* @__PURE__ */ z.minLength(1));

/**
 * Spec: place-of-application rules per HK/Macau endorsement type.
 *
 * @example
 * ```ts
 * policyAt(policy, '2023-05-15').value(HKMO_PLACE).value.T; // [{ where: 'anywhere' }]
 * ```
 */
export const HKMO_PLACE = /* @__PURE__ */ valueTableHead<SchemaValue<typeof HKMO_PLACE_VALUE>>({
  id: 'endorsement.hkmo.place',
  label: { 'zh-CN': '港澳签注受理地', en: 'Where HK/Macau endorsements are applied for' },
  continuous: true,
  local: true,
});

/** The schema of the values of {@link HKMO_PLACE} (validation reads it; a reader needs only the head). */
export const HKMO_PLACE_VALUE = /* @__PURE__ */ z.strictObject({ T: rules, S: rules, L: rules, G: rules, Q: rules, D: rules, talent: rules });

const talent = [P.work, P.outstandingArea];
const s = [P.filing, P.hukou];
const local1 = [P.hukou];
const local2 = [P.hukou, P.residence];
const local3 = [P.hukou, P.residence, P.province];

/** Place rules by date. */
export const HKMO_PLACE_DATA: ValueTableData<HkmoPlaceRules> = {
  kind: 'value',
  verifiedThrough: REVIEW_2026.through,
  entries: [
    {
      from: '1986-12-25',
      to: '2016-03-31',
      value: { T: local1, S: s, L: local1, G: local1, Q: local1, D: local1, talent },
      cite: cite(REG_HKMO_1986, { article: '第二十二条' }),
      uncertain: 'S at the hukou city for applicants without a filed employer is assumed.',
    },
    {
      from: '2016-04-01',
      to: '2018-01-31',
      value: { T: local2, S: s, L: local2, G: local2, Q: local2, D: local2, talent },
      cite: cite(MPS_2016_RESIDENCE_PERMIT),
    },
    {
      from: '2018-02-01',
      to: '2018-08-31',
      value: { T: local3, S: s, L: local3, G: local3, Q: local3, D: local3, talent },
      cite: cite(MPS_2018_EIGHT_MEASURES, { article: '第一项' }),
    },
    {
      from: '2018-09-01',
      to: '2020-01-27',
      value: { T: local3, S: s, L: [P.anywhere], G: local3, Q: local3, D: local3, talent },
      cite: cite(NIA_2018_MEASURES),
    },
    {
      from: '2020-01-28',
      to: '2023-05-14',
      value: { T: local3, S: s, L: local3, G: local3, Q: local3, D: local3, talent },
      cite: cite(NIA_2020_SUSPENSION),
      uncertain: 'L 全国通办 was "fully restored" on 2023-05-15; the start of its limitation is assumed to be the 2020-01-28 suspension.',
    },
    {
      from: '2023-05-15',
      to: '2024-05-05',
      value: { T: [P.anywhere], S: s, L: [P.anywhere], G: local3, Q: [P.anywhere], D: [P.anywhere], talent },
      cite: cite(NIA_2023_05_15_MEASURES, { article: '第一项、第二项' }),
    },
    {
      from: '2024-05-06',
      value: { T: [P.anywhere], S: [P.anywhere], L: [P.anywhere], G: local3, Q: [P.anywhere], D: [P.anywhere], talent },
      cite: cite(NIA_2024_05_06_MEASURES, { article: '第二项' }),
    },
  ],
};
