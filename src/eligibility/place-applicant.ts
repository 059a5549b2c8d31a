/**
 * The applicant as the place, channel and kiosk rules see them: hukou, residence (a residence
 * permit or a residence registration), status (registered state personnel, serving military),
 * and the places a scheme may hang on (work, study, filed employer). Schema first; plain
 * objects of the same shape are accepted by the fast paths.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CivilDate, civilFromDays, daysInMonth, parseCivilDate } from '../rules/civil-date.js';
import { civilDateSchema } from '../rules/period.js';
import { addMonthsClamped, cityCodeOf, placeDivisionSchema } from './place-services.js';
import type { Exclusion } from './place-tables.js';

/**
 * Schema of a residence permit (居住证): where, and from/to which day it is valid.
 *
 * @example
 * ```ts
 * residencePermitSchema.parse({ division: '440304', validFrom: '2024-01-01', validTo: '2026-12-31' });
 * ```
 */
export const residencePermitSchema = /* @__PURE__ */ z.strictObject({ division: placeDivisionSchema, validFrom: civilDateSchema, validTo: /* @__PURE__ */ z.optional(civilDateSchema) });

/**
 * Schema of the applicant:
 * - `hukou` (户籍地), `birthDate` (for age conditions);
 * - `residencePermit` (居住证), `residence` (暂住/居住 registration: where, since when);
 * - `registeredPersonnel` (登记备案的国家工作人员), `activeMilitary` (现役军人);
 * - `work` (place of work, months of continuous social insurance there), `study` (university);
 * - `business.filingDivision` (where the employer is filed, for business endorsements);
 * - `filedEnterpriseStaff` (staff of a filed employer: multiple-entry S at kiosks).
 *
 * @example
 * ```ts
 * placeApplicantSchema.parse({ hukou: '510704', registeredPersonnel: true });
 * ```
 */
export const placeApplicantSchema = /* @__PURE__ */ z.strictObject({
  hukou: placeDivisionSchema,
  birthDate: /* @__PURE__ */ z.optional(civilDateSchema),
  residencePermit: /* @__PURE__ */ z.optional(residencePermitSchema),
  residence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: placeDivisionSchema, since: civilDateSchema })),
  registeredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  activeMilitary: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  work: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: placeDivisionSchema, socialInsuranceMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative())) })),
  study: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: placeDivisionSchema })),
  business: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ filingDivision: placeDivisionSchema })),
  filedEnterpriseStaff: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
}).check(/* @__PURE__ */ z.superRefine((a, ctx) => {
    const rp = a.residencePermit;
    if (rp?.validTo !== undefined && rp.validTo < rp.validFrom) ctx.addIssue({ code: 'custom', path: ['residencePermit', 'validTo'], message: `validTo ${rp.validTo} is before validFrom ${rp.validFrom}` });
  }));

/**
 * The applicant (see `placeApplicantSchema`).
 *
 * @example
 * ```ts
 * const a: PlaceApplicant = { hukou: '510100', residencePermit: { division: '110105', validFrom: '2018-01-01' } };
 * ```
 */
export interface PlaceApplicant {
  readonly hukou: string;
  readonly birthDate?: CivilDate | undefined;
  readonly residencePermit?: { readonly division: string; readonly validFrom: CivilDate; readonly validTo?: CivilDate | undefined } | undefined;
  readonly residence?: { readonly division: string; readonly since: CivilDate } | undefined;
  readonly registeredPersonnel?: boolean | undefined;
  readonly activeMilitary?: boolean | undefined;
  readonly work?: { readonly division: string; readonly socialInsuranceMonths?: number | undefined } | undefined;
  readonly study?: { readonly division: string } | undefined;
  readonly business?: { readonly filingDivision: string } | undefined;
  readonly filedEnterpriseStaff?: boolean | undefined;
}

/**
 * Whether the residence permit is valid on `date` (inclusive dates).
 *
 * @example
 * ```ts
 * permitValidOn({ division: '440300', validFrom: '2024-01-01', validTo: '2024-12-31' }, '2024-12-31'); // true
 * ```
 */
export function permitValidOn(rp: PlaceApplicant['residencePermit'], date: CivilDate): boolean {
  return rp !== undefined && rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo);
}

/**
 * The exclusions of `excludes` the applicant falls under (none: an empty list).
 *
 * @example
 * ```ts
 * exclusionsOf({ hukou: '110100', registeredPersonnel: true }, ['registered-personnel']); // ['registered-personnel']
 * ```
 */
export function exclusionsOf(applicant: PlaceApplicant, excludes: readonly Exclusion[] | undefined): Exclusion[] {
  if (!excludes) return [];
  const out: Exclusion[] = [];
  if (applicant.registeredPersonnel === true && excludes.includes('registered-personnel')) out.push('registered-personnel');
  if (applicant.activeMilitary === true && excludes.includes('active-military')) out.push('active-military');
  return out;
}

/**
 * The cities where the applicant has resided at least `months` months on `date` (by the
 * residence registration, or by a residence permit valid on the day), counted with
 * {@link addMonthsClamped}.
 *
 * @example
 * ```ts
 * residedCities({ hukou: '140100', residence: { division: '140800', since: '2012-01-15' } }, '2013-03-01', 12); // ['140800']
 * ```
 */
export function residedCities(applicant: PlaceApplicant, date: CivilDate, months: number): string[] {
  const out: string[] = [];
  const r = applicant.residence;
  if (r && r.since <= date && addMonthsClamped(r.since, months) <= date) out.push(cityCodeOf(r.division));
  const rp = applicant.residencePermit;
  if (rp && permitValidOn(rp, date) && addMonthsClamped(rp.validFrom, months) <= date) {
    const c = cityCodeOf(rp.division);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Whole years from `birthDate` to `date` (not before it), as `ageOn` counts them, from the
 * digits alone: one year more on each birthday, a 29 February birthday counting on 1 March in
 * common years (no `MM-DD` of a common year lies between `02-28` and `03-01`).
 *
 * @internal
 * @example
 * ```ts
 * ageYears('2008-02-29', '2025-02-28'); // 16
 * ageYears('2008-02-29', '2025-03-01'); // 17
 * ```
 */
export function ageYears(birthDate: CivilDate, date: CivilDate): number {
  return Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (date.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/**
 * The whole months from `since` to `date` as {@link addMonthsClamped} counts them: the largest
 * `m` with `addMonthsClamped(since, m) <= date` (so one has resided, or been insured, `m`
 * months exactly when `m <= monthsResided(since, date)`); -1 when `since` is after `date`.
 *
 * @internal
 * @example
 * ```ts
 * monthsResided('2024-01-31', '2024-02-29'); // 1
 * monthsResided('2024-01-31', '2024-02-28'); // 0
 * ```
 */
export function monthsResided(since: CivilDate, date: CivilDate): number {
  if (since > date) return -1;
  const [sy, sm, sd] = civilFromDays(parseCivilDate(since));
  const [y, m, d] = civilFromDays(parseCivilDate(date));
  const n = (y - sy) * 12 + (m - sm);
  return Math.min(sd, daysInMonth(y, m)) > d ? n - 1 : n;
}
