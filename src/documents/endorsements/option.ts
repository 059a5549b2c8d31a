/**
 * Endorsement options as data: an option is a validity (months or years, or "as long as the
 * admission / study period") × entries (single, double, multi), with a stay per entry, and
 * optional conditions the applicant must meet (a relative of a given kind, an age, a kind of
 * business …). Option tables hold lists of such rules per destination.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * How long an endorsement is valid from its issue date: `{ months }`, `{ years }`, or
 * `{ per: 'admission' }` — until the end of the admission (D: HK/Macau permission; Taiwan X:
 * study period), which the applicant states.
 *
 * @example
 * ```ts
 * const v: Validity = { months: 3 };
 * ```
 */
export type Validity = { readonly months: number } | { readonly years: number } | { readonly per: 'admission' };

/**
 * Schema of a {@link Validity}.
 *
 * @example
 * ```ts
 * validitySchema.parse({ years: 1 });
 * ```
 */
export const validitySchema: z.ZodMiniType<Validity> = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({ months: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(120)) }),
  /* @__PURE__ */ z.strictObject({ years: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(10)) }),
  /* @__PURE__ */ z.strictObject({ per: /* @__PURE__ */ z.literal('admission') }),
]);

/**
 * Entries allowed during the validity.
 *
 * @example
 * ```ts
 * const e: Entries = 'double';
 * ```
 */
export type Entries = 'single' | 'double' | 'multi';

/**
 * Schema of {@link Entries}.
 *
 * @example
 * ```ts
 * entriesSchema.parse('multi');
 * ```
 */
export const entriesSchema = /* @__PURE__ */ z.enum(['single', 'double', 'multi']);

/**
 * Stay allowed: `days-per-entry` (each stay at most `days`), `days-from-first-entry` (all stays
 * within `days` of the first entry — the 3-month multiple T), or `per-permission` (what the
 * destination's authority grants: D, most Taiwan types).
 *
 * @example
 * ```ts
 * const s: Stay = { kind: 'days-per-entry', days: 7 };
 * ```
 */
export type Stay =
  | { readonly kind: 'days-per-entry'; readonly days: number }
  | { readonly kind: 'days-from-first-entry'; readonly days: number }
  | { readonly kind: 'per-permission' };

/**
 * Schema of a {@link Stay}.
 *
 * @example
 * ```ts
 * staySchema.parse({ kind: 'per-permission' });
 * ```
 */
export const staySchema: z.ZodMiniType<Stay> = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('days-per-entry'), days: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()) }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('days-from-first-entry'), days: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()) }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('per-permission') }),
]);

/**
 * Relatives who ground a family-visit (T) endorsement.
 *
 * @example
 * ```ts
 * RELATIONS.includes('sibling'); // true
 * ```
 */
export const RELATIONS = Object.freeze(['spouse', 'parent', 'parent-in-law', 'child', 'child-in-law', 'sibling', 'grandparent', 'grandchild'] as const);
/**
 * A relative's relation to the applicant.
 *
 * @example
 * ```ts
 * const r: Relation = 'parent-in-law';
 * ```
 */
export type Relation = (typeof RELATIONS)[number];

/**
 * Kinds of applicant for a business (S) endorsement.
 *
 * @example
 * ```ts
 * BUSINESS_KINDS.length; // 4
 * ```
 */
export const BUSINESS_KINDS = Object.freeze(['filed-employer', 'unfiled-employer', 'sole-trader', 'designated-driver'] as const);
/**
 * A business applicant's kind: staff of an employer filed (备案) with the exit-entry office, of an
 * unfiled one, a sole trader (个体工商户), a driver of a designated cross-boundary vehicle.
 *
 * @example
 * ```ts
 * const k: BusinessKind = 'filed-employer';
 * ```
 */
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

/**
 * Purposes of an "other" (Q) endorsement.
 *
 * @example
 * ```ts
 * Q_PURPOSES.includes('exhibition'); // true
 * ```
 */
export const Q_PURPOSES = Object.freeze(['medical', 'medical-carer', 'funeral', 'visiting-critically-ill', 'litigation', 'exam', 'property', 'academic-exchange', 'exhibition', 'performance', 'other'] as const);
/**
 * A Q endorsement's purpose.
 *
 * @example
 * ```ts
 * const p: QPurpose = 'medical-carer';
 * ```
 */
export type QPurpose = (typeof Q_PURPOSES)[number];

/**
 * Talent categories (人才签注): 杰出, 科研, 文教, 卫健, 法律, 其他 (管理) 人才.
 *
 * @example
 * ```ts
 * TALENT_CATEGORIES[0]; // 'outstanding'
 * ```
 */
export const TALENT_CATEGORIES = Object.freeze(['outstanding', 'research', 'education', 'health', 'legal', 'other'] as const);
/**
 * A talent category.
 *
 * @example
 * ```ts
 * const c: TalentCategory = 'research';
 * ```
 */
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

/**
 * Kinds of admission by the HK/Macau authorities that ground a stay (D) endorsement.
 *
 * @example
 * ```ts
 * ADMISSION_KINDS.includes('study'); // true
 * ```
 */
export const ADMISSION_KINDS = Object.freeze(['study', 'employment', 'residence', 'training', 'dependant', 'posting'] as const);
/**
 * An admission kind.
 *
 * @example
 * ```ts
 * const k: AdmissionKind = 'employment';
 * ```
 */
export type AdmissionKind = (typeof ADMISSION_KINDS)[number];

/**
 * Conditions on an option, all of which must hold. Each is a named exception to "anyone who
 * may have this type gets this option":
 * - `relations`: a relative of one of these kinds lives in the destination (T);
 * - `minAge`: the applicant is at least this old on the application date (T: 60周岁(含)以上);
 * - `spouseWithMinorChild`: the spouse there and the applicant have a child under 18 (T);
 * - `hardshipApproved`: special family hardship approved by the provincial office (T);
 * - `business`: the applicant's business kind (S);
 * - `purposes`: the stated purpose (Q);
 * - `specialNeed`: a special need to travel several times, accepted by the office (Q multiple);
 * - `talent`: the talent category;
 * - `taiwanMultiple`: the Taiwan side (entry permit / Taiwan Affairs Office approval) allows
 *   multiple entries of about this validity.
 *
 * @example
 * ```ts
 * const c: Conditions = { relations: ['spouse', 'child', 'parent'], minAge: 60 };
 * ```
 */
export interface Conditions {
  readonly relations?: readonly Relation[] | undefined;
  readonly minAge?: number | undefined;
  readonly spouseWithMinorChild?: true | undefined;
  readonly hardshipApproved?: true | undefined;
  readonly business?: readonly BusinessKind[] | undefined;
  readonly purposes?: readonly QPurpose[] | undefined;
  readonly specialNeed?: true | undefined;
  readonly talent?: readonly TalentCategory[] | undefined;
  readonly taiwanMultiple?: true | undefined;
}

/**
 * Schema of {@link Conditions}.
 *
 * @example
 * ```ts
 * conditionsSchema.parse({ minAge: 60 });
 * ```
 */
export const conditionsSchema: z.ZodMiniType<Conditions> = /* @__PURE__ */ z.strictObject({
  relations: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(RELATIONS)).check(/* @__PURE__ */ z.minLength(1))),
  minAge: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())),
  spouseWithMinorChild: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
  hardshipApproved: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
  business: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(BUSINESS_KINDS)).check(/* @__PURE__ */ z.minLength(1))),
  purposes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(Q_PURPOSES)).check(/* @__PURE__ */ z.minLength(1))),
  specialNeed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
  talent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(TALENT_CATEGORIES)).check(/* @__PURE__ */ z.minLength(1))),
  taiwanMultiple: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
});

/**
 * One option an office may grant, with its stable `id`, and the conditions under which it is
 * granted. `stay` overrides the type's stay table (T's stays depend on the option).
 *
 * @example
 * ```ts
 * const r: OptionRule = { id: 'G.hk.1y.double', validity: { years: 1 }, entries: 'double' };
 * ```
 */
export interface OptionRule {
  readonly id: string;
  readonly validity: Validity;
  readonly entries: Entries;
  readonly stay?: Stay | undefined;
  readonly when?: Conditions | undefined;
}

/**
 * Schema of an {@link OptionRule}.
 *
 * @example
 * ```ts
 * optionRuleSchema.parse({ id: '3m.single', validity: { months: 3 }, entries: 'single' });
 * ```
 */
export const optionRuleSchema: z.ZodMiniType<OptionRule> = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Za-z0-9.-]+$/)),
  validity: validitySchema,
  entries: entriesSchema,
  stay: /* @__PURE__ */ z.optional(staySchema),
  when: /* @__PURE__ */ z.optional(conditionsSchema),
});

/**
 * Option rules per destination (HK/Macau tables have both; a Taiwan table has `taiwan`).
 *
 * @example
 * ```ts
 * const o: OptionSets = { 'hong-kong': [], macau: [] };
 * ```
 */
export interface OptionSets {
  readonly 'hong-kong'?: readonly OptionRule[] | undefined;
  readonly macau?: readonly OptionRule[] | undefined;
  readonly taiwan?: readonly OptionRule[] | undefined;
}

const ruleList = /* @__PURE__ */ z.array(optionRuleSchema).check(/* @__PURE__ */ z.refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'option ids must be unique'));

/**
 * Schema of {@link OptionSets}.
 *
 * @example
 * ```ts
 * optionSetsSchema.parse({ macau: [{ id: '1y.single', validity: { years: 1 }, entries: 'single' }] });
 * ```
 */
export const optionSetsSchema: z.ZodMiniType<OptionSets> = /* @__PURE__ */ z.strictObject({ 'hong-kong': /* @__PURE__ */ z.optional(ruleList), macau: /* @__PURE__ */ z.optional(ruleList), taiwan: /* @__PURE__ */ z.optional(ruleList) });

/** Shorthand for building option rules in the tables. @internal */
export function opt(id: string, validity: Validity, entries: Entries, extra: { stay?: Stay; when?: Conditions } = {}): OptionRule {
  return { id, validity, entries, ...(extra.stay ? { stay: extra.stay } : {}), ...(extra.when ? { when: extra.when } : {}) };
}

/** `days-per-entry` stay shorthand. @internal */
export const perEntry = (days: number): Stay => ({ kind: 'days-per-entry', days });
