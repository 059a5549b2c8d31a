/**
 * The shapes of a materials checklist: the schemas of its input (the services, the applicant
 * facts, the materials presented), the input's type, and the types of what it returns (a
 * checklist per service and merged, its items and why each is needed). The checklist itself is
 * worked out in `checklist.ts`, which re-exports everything here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DESTINATIONS } from '../documents/endorsements/catalogue.js';
import { BUSINESS_KINDS } from '../documents/endorsements/option.js';
import { documentTypeSchema } from '../documents/document-types.js';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { showValue } from '../rules/errors.js';
import type { Period } from '../rules/period.js';
import type { PolicyView, RuleSource } from '../rules/policy-at.js';
import type { Label } from '../rules/table.js';
import { type MaterialId, isMaterialId } from './materials-catalogue.js';
import type { MaterialReasonCode } from './materials-reasons.js';
import { APPLICATION_ROUTES, DOCUMENT_ACTIONS, type MaterialWeight, SCHEME_BASES } from './materials-rules.js';

const materialIdString = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.superRefine((v, ctx) => {
  if (!isMaterialId(v)) ctx.addIssue({ code: 'custom', message: `unknown material id ${showValue(v)}`, params: { code: 'unknown-material' } });
}));

/**
 * Schema of a {@link MaterialService}. It accepts the services of an application (extra fields
 * such as an endorsement's `option` are ignored); `document` must be one with a material list
 * and `type` an endorsement type of its destination — checked by {@link materialsChecklist}.
 *
 * @example
 * ```ts
 * materialServiceSchema.parse({ kind: 'endorsement', destination: 'hong-kong', type: 'T' });
 * ```
 */
export const materialServiceSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('document'), document: documentTypeSchema, action: /* @__PURE__ */ z.enum(DOCUMENT_ACTIONS), ground: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))) }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('endorsement'), destination: /* @__PURE__ */ z.enum(DESTINATIONS), type: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)) }),
]);

/**
 * One service of an application: a document (first issue, renewal or replacement, with the
 * renewal/replacement ground code) or an endorsement (destination and type: HK/Macau
 * `T S L G Q D talent`; Taiwan `L G T D J Y F X C Q`).
 *
 * @example
 * ```ts
 * const s: MaterialService = { kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-expiring' };
 * ```
 */
export type MaterialService = z.infer<typeof materialServiceSchema>;

/**
 * Schema of {@link ApplicantFacts}.
 *
 * @example
 * ```ts
 * applicantFactsSchema.parse({ ageOnAcceptance: 30, route: 'hukou-place' });
 * ```
 */
export const applicantFactsSchema = /* @__PURE__ */ z.object({
  ageOnAcceptance: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(150)),
  under16: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  registeredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  route: /* @__PURE__ */ z.enum(APPLICATION_ROUTES),
  residencePermitBased: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  schemeBasis: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(SCHEME_BASES)),
  fingersUnavailable: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  urgent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  business: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.enum(BUSINESS_KINDS) })),
});

/**
 * What the requirement rules need to know of the applicant:
 * - `ageOnAcceptance` (周岁 on the acceptance date; `under16`, if given, must agree);
 * - `registeredPersonnel`: a registered state employee;
 * - `route`: how the applicant applies at this office (see `APPLICATION_ROUTES`), with
 *   `residencePermitBased` when the application rests on a residence permit and `schemeBasis`
 *   for the other non-hukou schemes (one of the two is required on the `non-hukou-scheme` route);
 * - `fingersUnavailable`: fingers missing or damaged (fingerprints skipped);
 * - `urgent`: urgent handling (加急) asked for;
 * - `business.kind`: for business (S) endorsements (the endorsement request's shape).
 *
 * @example
 * ```ts
 * const a: ApplicantFacts = { ageOnAcceptance: 15, route: 'hukou-place' };
 * ```
 */
export type ApplicantFacts = z.infer<typeof applicantFactsSchema>;

/** Schema of a {@link ChecklistInput} without its view (checked apart: it must come from `policyAt`). @internal */
export const inputSchema = /* @__PURE__ */ z.object({
  services: /* @__PURE__ */ z.array(materialServiceSchema).check(/* @__PURE__ */ z.minLength(1)),
  applicant: applicantFactsSchema,
  presented: /* @__PURE__ */ z.array(materialIdString),
  defective: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(materialIdString)),
});

/**
 * Input of {@link materialsChecklist}: the policy view (at the acceptance date and the office's
 * division), the services applied for, the applicant facts, and the material ids presented —
 * and, optionally, those presented but found defective (they count as missing, to be corrected).
 *
 * @example
 * ```ts
 * const input: ChecklistInput = { view, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: ['application-form'] };
 * ```
 */
export interface ChecklistInput {
  readonly view: PolicyView;
  readonly services: readonly MaterialService[];
  readonly applicant: ApplicantFacts;
  readonly presented: readonly string[];
  readonly defective?: readonly string[];
}

/**
 * Why a material is needed: the rule's reason code and parameters, its citation, its table, the
 * entry's period and source (national or a division's local measure), and why it is uncertain.
 *
 * @example
 * ```ts
 * const r: RequirementReason = checklist.items[0]!.why[0]!;
 * r.code; r.cite.title; r.table;
 * ```
 */
export interface RequirementReason {
  readonly code: MaterialReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cite: Citation;
  readonly table: string;
  readonly period: Period;
  readonly source: RuleSource;
  readonly uncertain?: string;
}

/**
 * One line of a checklist: a material, its name, `core` or `secondary`, whether it was presented
 * (directly or as one of its `alternatives`, named in `presentAs`), whether what was presented
 * is defective, the services (indexes into the input) that need it, and why.
 *
 * @example
 * ```ts
 * const item: ChecklistItem = checklist.missing[0]!;
 * item.id; item.label['zh-CN']; item.weight; item.present; item.why;
 * ```
 */
export interface ChecklistItem {
  readonly id: MaterialId;
  readonly label: Label;
  readonly weight: MaterialWeight;
  readonly present: boolean;
  readonly presentAs?: MaterialId;
  readonly defective: boolean;
  readonly alternatives: readonly MaterialId[];
  readonly services: readonly number[];
  readonly why: readonly RequirementReason[];
}

/**
 * The checklist of one service.
 *
 * @example
 * ```ts
 * const s: ServiceChecklist = checklist.services[0]!;
 * s.items.filter((i) => !i.present);
 * ```
 */
export interface ServiceChecklist {
  readonly service: MaterialService;
  readonly items: readonly ChecklistItem[];
}

/**
 * What {@link materialsChecklist} returns: per service, merged for the application, the
 * merged items still missing, and whether the application is complete.
 *
 * @example
 * ```ts
 * const c: Checklist = materialsChecklist(input);
 * c.complete; c.missing.map((i) => i.id);
 * ```
 */
export interface Checklist {
  readonly date: CivilDate;
  readonly division?: string;
  readonly services: readonly ServiceChecklist[];
  readonly items: readonly ChecklistItem[];
  readonly missing: readonly ChecklistItem[];
  readonly complete: boolean;
  /** Some table was read past its verified date (only with `beyondVerified: 'flag'`). */
  readonly unverified: boolean;
}
