/**
 * Place-of-application rules as data: which offices may accept an endorsement application.
 *
 * - `hukou`: an office in the city (prefecture) of the applicant's hukou;
 * - `residence-permit`: an office in the city of a residence permit valid on the day;
 * - `hukou-province`: any office in the hukou province (not for registered state personnel:
 *   `notForRegisteredPersonnel`);
 * - `anywhere`: any office (全国通办);
 * - `filing-place`: an office in the city where the S applicant's employer is filed;
 * - `work-place`: an office in the city of the talent applicant's place of work;
 * - `area`: any office in an area of the talent endorsement (`onlyFor` some categories).
 *
 * For G and the city regimes the qualifying city must also be a scheme city (and the regimes
 * require the city's own office); those checks are the G rules', not these.
 *
 * @module
 */
import * as z from 'zod/mini';
import { TALENT_CATEGORIES, type TalentCategory } from './option.js';

/**
 * One place rule.
 *
 * @example
 * ```ts
 * const r: PlaceRule = { where: 'hukou-province', notForRegisteredPersonnel: true };
 * ```
 */
export interface PlaceRule {
  readonly where: 'hukou' | 'residence-permit' | 'hukou-province' | 'anywhere' | 'filing-place' | 'work-place' | 'area';
  readonly onlyFor?: readonly TalentCategory[] | undefined;
  readonly notForRegisteredPersonnel?: true | undefined;
}

/** Schema of a {@link PlaceRule}. */
export const placeRuleSchema: z.ZodMiniType<PlaceRule> = /* @__PURE__ */ z.strictObject({
  where: /* @__PURE__ */ z.enum(['hukou', 'residence-permit', 'hukou-province', 'anywhere', 'filing-place', 'work-place', 'area']),
  onlyFor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(TALENT_CATEGORIES)).check(/* @__PURE__ */ z.minLength(1))),
  notForRegisteredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
});

/** Rule shorthands. @internal */
export const P = {
  hukou: { where: 'hukou' },
  residence: { where: 'residence-permit' },
  province: { where: 'hukou-province', notForRegisteredPersonnel: true },
  anywhere: { where: 'anywhere' },
  filing: { where: 'filing-place' },
  work: { where: 'work-place' },
  outstandingArea: { where: 'area', onlyFor: ['outstanding'] },
} as const satisfies Readonly<Record<string, PlaceRule>>;
