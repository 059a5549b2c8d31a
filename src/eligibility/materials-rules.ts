/**
 * Which materials a service needs on a date, as policy data. Each requirement rule is one value
 * table (one legal quantity: "is X required, for which services, under which conditions"); its
 * dated entries follow the reforms (FACTS §6.1):
 *
 * - 2007-12-15 (公安部令第96号; its effective date is itself uncertain, see instrument `reg.mps-order-96`):
 *   form, identity card, household register and photocopies, photo, guardian items for under-16s,
 *   approval letter for registered state personnel — the start of this catalogue;
 * - 2012-05-15 / 2014-09-15 / 2017-04-24 (local pilots earlier): fingerprints of applicants 16+
 *   for the e-passport and the card permits;
 * - 2012-09-01 → 2019-03-31: non-hukou schemes (residence proof, social insurance, enrolment,
 *   local relative); 2016-04-01 → 2019-03-31: the residence-permit route;
 * - 2014-07-25: the single application form (三表合一);
 * - 2015-12-28: the household register and photocopies dropped; the national material list;
 * - 2018-02-01 → 2019-03-31: the relatives route;
 * - 2019-04-01: 全国通办 — the same materials as at the hukou place; the residence permit only
 *   where a rule is tied to residence (G as a permit holder).
 *
 * Each rule is `core` (never deferrable: identity, photo, fingerprints 16+, presence, the permit
 * for an endorsement, guardian presence/consent, the approval letter, the document renewed or
 * replaced, authorities' approvals) or `secondary` (supporting proof the office could defer
 * under 容缺受理 — FACTS §5.3, uncertain: no exit-entry catalogue was found).
 *
 * @module
 */
import * as z from 'zod/mini';
import { BUSINESS_KINDS } from '../documents/endorsements/option.js';
import { DESTINATIONS, type Destination, HKMO_TYPES, TAIWAN_TYPES } from '../documents/endorsements/catalogue.js';
import { type ValueTableSpec, defineValueTable } from '../rules/table.js';
import { type MaterialId, materialIdSchema } from './materials-catalogue.js';
import type { MaterialReasonCode } from './materials-reasons.js';

export { MATERIALS_COVERED_FROM, MATERIALS_VERIFIED_THROUGH, MATERIAL_RULE_LOCAL, MATERIAL_RULE_NATIONAL } from './materials-rules-data.js';

/**
 * The documents with a material list: passport, HK/Macau permit, Taiwan permit (the 2015
 * national list covers these three; the other documents are not catalogued).
 *
 * @example
 * ```ts
 * MATERIAL_DOCUMENTS.includes('exit-entry-permit'); // false
 * ```
 */
export const MATERIAL_DOCUMENTS = ['passport', 'hkmo-permit', 'taiwan-permit'] as const;

/**
 * A document with a material list.
 *
 * @example
 * ```ts
 * const d: MaterialDocument = 'passport';
 * ```
 */
export type MaterialDocument = (typeof MATERIAL_DOCUMENTS)[number];

/**
 * What is asked of a document: first issue (首次申领), renewal (换发), replacement (补发).
 *
 * @example
 * ```ts
 * DOCUMENT_ACTIONS; // ['first-issue', 'renewal', 'replacement']
 * ```
 */
export const DOCUMENT_ACTIONS = /* @__PURE__ */ Object.freeze(['first-issue', 'renewal', 'replacement'] as const);

/**
 * A document action.
 *
 * @example
 * ```ts
 * const a: DocumentAction = 'renewal';
 * ```
 */
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

/**
 * The route by which the applicant applies at this office (decided by the application-place
 * rules): at the hukou place; elsewhere in the hukou province (2018-02-01 on); in another province
 * (全国通办, 2019-04-01 on); under a non-hukou scheme (2012-09-01 → 2019-03-31: six cities,
 * 43 cities, residence permits); or through a local relative (2018-02-01 → 2019-03-31).
 *
 * @example
 * ```ts
 * APPLICATION_ROUTES.includes('cross-province'); // true
 * ```
 */
export const APPLICATION_ROUTES = /* @__PURE__ */ Object.freeze(['hukou-place', 'in-province', 'cross-province', 'non-hukou-scheme', 'relatives-route'] as const);

/**
 * An application route.
 *
 * @example
 * ```ts
 * const r: ApplicationRoute = 'non-hukou-scheme';
 * ```
 */
export type ApplicationRoute = (typeof APPLICATION_ROUTES)[number];

/**
 * On what a non-hukou scheme application rests when it is not the residence-permit route:
 * employment with social insurance, university study, or a relative with local hukou.
 *
 * @example
 * ```ts
 * SCHEME_BASES; // ['employed', 'student', 'relative']
 * ```
 */
export const SCHEME_BASES = ['employed', 'student', 'relative'] as const;

/**
 * A scheme basis.
 *
 * @example
 * ```ts
 * const b: SchemeBasis = 'employed';
 * ```
 */
export type SchemeBasis = (typeof SCHEME_BASES)[number];

/**
 * `core`: never deferrable; `secondary`: may be deferred under 容缺受理 where the office's list
 * names it.
 *
 * @example
 * ```ts
 * const w: MaterialWeight = 'secondary';
 * ```
 */
export type MaterialWeight = 'core' | 'secondary';

const ENDORSEMENT_TYPE_SET: ReadonlySet<string> = new Set<string>([...HKMO_TYPES, ...TAIWAN_TYPES]);

/**
 * Schema of a {@link ServiceSelector}: the services a rule applies to. A document selector lists
 * documents (and optionally actions); an endorsement selector lists destinations (and
 * optionally endorsement types: HK/Macau `T S L G Q D talent`, Taiwan `L G T D J Y F X C Q`).
 *
 * @example
 * ```ts
 * serviceSelectorSchema.parse({ kind: 'endorsement', destinations: ['hong-kong', 'macau'], types: ['T'] });
 * ```
 */
export const serviceSelectorSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('document'), documents: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(MATERIAL_DOCUMENTS)).check(/* @__PURE__ */ z.minLength(1)), actions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(DOCUMENT_ACTIONS)).check(/* @__PURE__ */ z.minLength(1))) }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal('endorsement'),
    destinations: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(DESTINATIONS)).check(/* @__PURE__ */ z.minLength(1)),
    types: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((t) => ENDORSEMENT_TYPE_SET.has(t), 'not an endorsement type of the catalogue'))).check(/* @__PURE__ */ z.minLength(1))),
  }),
]);

/**
 * The services a requirement rule applies to.
 *
 * @example
 * ```ts
 * const s: ServiceSelector = { kind: 'document', documents: ['passport'], actions: ['renewal'] };
 * ```
 */
export type ServiceSelector =
  | { readonly kind: 'document'; readonly documents: readonly MaterialDocument[]; readonly actions?: readonly DocumentAction[] }
  | { readonly kind: 'endorsement'; readonly destinations: readonly Destination[]; readonly types?: readonly string[] };

/**
 * Schema of a {@link MaterialCondition}.
 *
 * @example
 * ```ts
 * materialConditionSchema.parse({ age: 'under-16' });
 * ```
 */
export const materialConditionSchema = /* @__PURE__ */ z.strictObject({
  age: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['under-16', '16-or-over'])),
  registeredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  routes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(APPLICATION_ROUTES)).check(/* @__PURE__ */ z.minLength(1))),
  residencePermitBased: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  schemeBases: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(SCHEME_BASES)).check(/* @__PURE__ */ z.minLength(1))),
  permitInApplication: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  grounds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))).check(/* @__PURE__ */ z.minLength(1))),
  urgent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  fingersAvailable: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  businessKinds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(BUSINESS_KINDS)).check(/* @__PURE__ */ z.minLength(1))),
});

/**
 * A condition on the applicant and the application; every field given must hold:
 * - `age`: under 16 or 16 and over on the acceptance date;
 * - `registeredPersonnel`: a registered state employee (登记备案的国家工作人员) or not;
 * - `routes`: the application route is one of these; `residencePermitBased`: the application
 *   rests on a residence permit; `schemeBases`: the non-hukou scheme basis is one of these;
 * - `permitInApplication`: (endorsements) a permit for that destination is applied for in the
 *   same application;
 * - `grounds`: (renewal/replacement) the ground is one of these (codes of `src/documents/grounds.ts`);
 * - `urgent`: urgent handling is asked for; `fingersAvailable`: fingerprints can be taken;
 * - `businessKinds`: (business endorsements) the applicant's kind.
 *
 * @example
 * ```ts
 * const c: MaterialCondition = { age: '16-or-over', fingersAvailable: true };
 * ```
 */
export type MaterialCondition = z.infer<typeof materialConditionSchema>;

/**
 * Schema of a {@link MaterialRule}, the value of every requirement table.
 *
 * @example
 * ```ts
 * materialRuleSchema.parse({ material: 'kinship-proof', weight: 'secondary', services: [{ kind: 'endorsement', destinations: ['hong-kong'], types: ['T'] }] });
 * ```
 */
export const materialRuleSchema = /* @__PURE__ */ z.strictObject({
  material: materialIdSchema,
  alternatives: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(materialIdSchema).check(/* @__PURE__ */ z.minLength(1))),
  weight: /* @__PURE__ */ z.enum(['core', 'secondary']),
  services: /* @__PURE__ */ z.array(serviceSelectorSchema).check(/* @__PURE__ */ z.minLength(1)),
  when: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(materialConditionSchema).check(/* @__PURE__ */ z.minLength(1))),
});

/**
 * A requirement rule: `material` (or one of `alternatives`) is needed by the selected
 * `services`, when any of the `when` conditions holds (always, without `when`); `weight` says
 * whether it may ever be deferred.
 *
 * @example
 * ```ts
 * const r: MaterialRule = { material: 'guardian-consent', weight: 'core', services: [{ kind: 'document', documents: ['passport'] }], when: [{ age: 'under-16' }] };
 * ```
 */
export interface MaterialRule {
  readonly material: MaterialId;
  readonly alternatives?: readonly MaterialId[];
  readonly weight: MaterialWeight;
  readonly services: readonly ServiceSelector[];
  readonly when?: readonly MaterialCondition[];
}

/**
 * The spec of a requirement table with the reason code its items carry.
 *
 * @example
 * ```ts
 * const spec: MaterialRuleSpec = MATERIAL_RULE_TABLES[0]!;
 * spec.table.id; spec.reason;
 * ```
 */
export interface MaterialRuleSpec {
  readonly table: ValueTableSpec<MaterialRule>;
  readonly reason: MaterialReasonCode;
}

function rule(id: string, zh: string, en: string, reason: MaterialReasonCode): MaterialRuleSpec {
  return Object.freeze({ table: defineValueTable({ id, label: { 'zh-CN': zh, en }, value: materialRuleSchema as z.ZodMiniType<MaterialRule>, continuous: true, local: true }), reason });
}

/**
 * Every requirement table, with its reason code, in the order checklists list them.
 *
 * @example
 * ```ts
 * MATERIAL_RULE_TABLES.map((s) => s.table.id).includes('materials.hukou-booklet'); // true
 * ```
 */
export const MATERIAL_RULE_TABLES: readonly MaterialRuleSpec[] = /* @__PURE__ */ Object.freeze([
  rule('materials.application-form', '申请表', 'Application form', 'materials.application-form'),
  rule('materials.identity', '身份证明（16周岁以上）', 'Identity (16 and over)', 'materials.identity'),
  rule('materials.identity.under-16', '身份证明（未满16周岁）', 'Identity (under 16)', 'materials.identity-under-16'),
  rule('materials.hukou-booklet', '居民户口簿', 'Household register', 'materials.hukou-booklet'),
  rule('materials.copies-of-id', '身份证件复印件', 'Photocopies of identity documents', 'materials.copies-of-id'),
  rule('materials.photo', '证件相片', 'Photo', 'materials.photo'),
  rule('materials.fingerprints.passport', '指纹采集（普通护照）', 'Fingerprints (passport)', 'materials.fingerprints'),
  rule('materials.fingerprints.hkmo-permit', '指纹采集（往来港澳通行证）', 'Fingerprints (HK/Macau permit)', 'materials.fingerprints'),
  rule('materials.fingerprints.taiwan-permit', '指纹采集（往来台湾通行证）', 'Fingerprints (Taiwan permit)', 'materials.fingerprints'),
  rule('materials.applicant-presence', '本人到场', 'In person', 'materials.applicant-presence'),
  rule('materials.guardian.presence', '监护人陪同', 'Guardian accompanies', 'materials.guardian-presence'),
  rule('materials.guardian.consent', '监护人同意', 'Guardian’s consent', 'materials.guardian-consent'),
  rule('materials.guardian.id', '监护人身份证明', 'Guardian’s identity', 'materials.guardian-id'),
  rule('materials.guardian.relationship-proof', '监护关系证明', 'Proof of guardianship', 'materials.relationship-proof'),
  rule('materials.registered-personnel.approval-letter', '登记备案人员审批意见', 'Registered personnel: approval', 'materials.approval-letter'),
  rule('materials.renewal.old-passport', '换发护照：原护照', 'Passport renewal: current passport', 'materials.old-passport'),
  rule('materials.renewal.old-permit', '换发通行证：原证件', 'Permit renewal: current permit', 'materials.old-permit'),
  rule('materials.replacement.loss-statement', '补发：情况说明', 'Replacement: statement', 'materials.loss-statement'),
  rule('materials.replacement.damaged-document', '补发：损毁证件', 'Replacement: damaged document', 'materials.damaged-document'),
  rule('materials.endorsement.valid-permit', '签注：有效通行证', 'Endorsement: valid permit', 'materials.valid-permit'),
  rule('materials.hkmo-T.kinship-proof', '港澳探亲签注：亲属关系证明', 'HK/Macau T: proof of kinship', 'materials.hkmo-T.kinship-proof'),
  rule('materials.hkmo-T.relative-id', '港澳探亲签注：亲属身份证明', 'HK/Macau T: relative’s identity', 'materials.hkmo-T.relative-id'),
  rule('materials.hkmo-S.business-licence', '商务签注：营业执照', 'HK/Macau S: business licence', 'materials.hkmo-S.business-licence'),
  rule('materials.hkmo-S.social-insurance', '商务签注：社会保险凭证', 'HK/Macau S: social insurance', 'materials.hkmo-S.social-insurance'),
  rule('materials.hkmo-S.dispatch-letter', '商务签注：派遣函', 'HK/Macau S: dispatch letter', 'materials.hkmo-S.dispatch-letter'),
  rule('materials.hkmo-Q.purpose-evidence', '其他签注：事由证明', 'HK/Macau Q: purpose evidence', 'materials.hkmo-Q.purpose-evidence'),
  rule('materials.hkmo-D.entry-permission', '逗留签注：入境许可', 'HK/Macau D: entry permission', 'materials.hkmo-D.entry-permission'),
  rule('materials.hkmo-talent.certificate', '人才签注：人才认定证明', 'HK/Macau talent: certification', 'materials.hkmo-talent.certificate'),
  rule('materials.hkmo-G.residence-permit', '个人旅游签注：居住证', 'HK/Macau G: residence permit', 'materials.hkmo-G.residence-permit'),
  rule('materials.taiwan-L.tour-invoice', '赴台团队旅游签注：组团社发票', 'Taiwan L: tour invoice', 'materials.taiwan-L.tour-invoice'),
  rule('materials.taiwan.tao-approval', '赴台签注：台办批件', 'Taiwan Y/F/X/C: TAO approval', 'materials.taiwan.tao-approval'),
  rule('materials.taiwan.entry-permit', '赴台签注：入台许可', 'Taiwan T/Q/D/J: entry permit', 'materials.taiwan.entry-permit'),
  rule('materials.urgent-evidence', '加急事由证明', 'Urgent handling: evidence', 'materials.urgent-evidence'),
  rule('materials.non-hukou.residence-permit', '非户籍申请：居住证', 'Non-hukou route: residence permit', 'materials.non-hukou.residence-permit'),
  rule('materials.non-hukou.social-insurance', '非户籍申请：社会保险证明', 'Non-hukou route: social insurance', 'materials.non-hukou.social-insurance'),
  rule('materials.non-hukou.enrolment-proof', '非户籍申请：在学证明', 'Non-hukou route: enrolment', 'materials.non-hukou.enrolment-proof'),
  rule('materials.local-relative.kinship-proof', '本地亲属：亲属关系证明', 'Local relative: proof of kinship', 'materials.local-relative.kinship-proof'),
  rule('materials.local-relative.id', '本地亲属：居民身份证', 'Local relative: identity card', 'materials.local-relative.id'),
]);
