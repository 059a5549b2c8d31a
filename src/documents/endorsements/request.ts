/**
 * The input of {@link endorsementOptions}: who applies, on which permit, for which endorsement,
 * when and where. Schema first; the types are inferred. JSON Schema: `z.toJSONSchema(endorsementRequestSchema)`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { civilDateSchema } from '../../rules/period.js';
import { DESTINATIONS, ENDORSEMENT_TYPES } from './catalogue.js';
import { ADMISSION_KINDS, BUSINESS_KINDS, Q_PURPOSES, RELATIONS, TALENT_CATEGORIES } from './option.js';
import { cityOf, isKnownDivision } from './places.js';

/**
 * A GB/T 2260 code of a province, a prefecture, or a county under a known prefecture.
 *
 * @example
 * ```ts
 * divisionCodeSchema.parse('440304');
 * ```
 */
export const divisionCodeSchema = /* @__PURE__ */ z
  .string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'), /* @__PURE__ */ z.refine(isKnownDivision, 'not a known GB/T 2260 division (province, prefecture, or county under a known prefecture)'));

/**
 * Zones that are not GB/T 2260 divisions but carry their own rules. `hengqin` is the
 * 横琴粤澳深度合作区, inside 珠海市 (440400).
 *
 * @example
 * ```ts
 * const z: Zone = 'hengqin';
 * ```
 */
export const zoneSchema = /* @__PURE__ */ z.enum(['hengqin']);
/**
 * A zone (see `zoneSchema`).
 *
 * @example
 * ```ts
 * const z: Zone = 'hengqin';
 * ```
 */
export type Zone = z.infer<typeof zoneSchema>;

/**
 * Schema of the applicant.
 *
 * - `hukou` (户籍地) and `zone` (the zone of the hukou, if any);
 * - `residencePermit` (居住证): its division, validity and zone;
 * - `hkmoOffenceRecord`: on the list of people who broke the law in Hong Kong or Macau
 *   (在港澳违法违规人员报备库; a refusal ground where a local measure screens for it);
 * - `registeredPersonnel` (登记备案的国家工作人员) and `employerApproval` (the employer's
 *   审批意见); `statePersonnel` (国家工作人员, wider: excluded from the 2024 city regimes);
 * - T: `relatives` (relation and where they live; at most 50), `spouseWithMinorChild`, `hardshipApproved`,
 *   `birthDate` (for the 60+ rule);
 * - S: `business` (kind; the division where the employer is filed);
 * - Q: `purpose`, `specialNeed`;
 * - D: `admission` by the HK/Macau authorities (kind, until);
 * - talent: `talent` (category, place of work);
 * - Taiwan: `taiwan` (Taiwan Affairs Office approval, multiple entry allowed by the Taiwan side,
 *   study period, settlement/residence approvals).
 *
 * @example
 * ```ts
 * applicantSchema.parse({ hukou: '610112', residencePermit: { division: '440304', validFrom: '2024-01-01', validTo: '2026-12-31' } });
 * ```
 */
export const applicantSchema = /* @__PURE__ */ z.strictObject({
  hukou: divisionCodeSchema,
  zone: /* @__PURE__ */ z.optional(zoneSchema),
  birthDate: /* @__PURE__ */ z.optional(civilDateSchema),
  residencePermit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: divisionCodeSchema, validFrom: civilDateSchema, validTo: /* @__PURE__ */ z.optional(civilDateSchema), zone: /* @__PURE__ */ z.optional(zoneSchema) })),
  registeredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  hkmoOffenceRecord: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  statePersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  employerApproval: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  relatives: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ relation: /* @__PURE__ */ z.enum(RELATIONS), livesIn: /* @__PURE__ */ z.enum(DESTINATIONS) })).check(/* @__PURE__ */ z.maxLength(50))),
  spouseWithMinorChild: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  hardshipApproved: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  business: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.enum(BUSINESS_KINDS), filingDivision: /* @__PURE__ */ z.optional(divisionCodeSchema) })),
  purpose: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(Q_PURPOSES)),
  specialNeed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  admission: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ destination: /* @__PURE__ */ z.enum(['hong-kong', 'macau']), kind: /* @__PURE__ */ z.enum(ADMISSION_KINDS), until: civilDateSchema })),
  talent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ category: /* @__PURE__ */ z.enum(TALENT_CATEGORIES), workDivision: divisionCodeSchema })),
  taiwan: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({
    approval: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    multipleEntry: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    studyUntil: /* @__PURE__ */ z.optional(civilDateSchema),
    settlementApproved: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    residenceApproved: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  })),
}).check(/* @__PURE__ */ z.superRefine((a, ctx) => {
    if (a.zone === 'hengqin' && isKnownDivision(a.hukou) && cityOf(a.hukou) !== '440400') {
      ctx.addIssue({ code: 'custom', path: ['zone'], message: 'the 横琴粤澳深度合作区 lies in 珠海市 (440400): the hukou must be in Zhuhai' });
    }
    const rp = a.residencePermit;
    if (rp?.zone === 'hengqin' && isKnownDivision(rp.division) && cityOf(rp.division) !== '440400') {
      ctx.addIssue({ code: 'custom', path: ['residencePermit', 'zone'], message: 'a Hengqin residence permit is a Zhuhai (440400) one' });
    }
    if (rp?.validTo !== undefined && rp.validTo < rp.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['residencePermit', 'validTo'], message: `validTo ${rp.validTo} is before validFrom ${rp.validFrom}` });
    }
  }));

/**
 * The applicant (see `applicantSchema`).
 *
 * @example
 * ```ts
 * const a: Applicant = { hukou: '440304', residencePermit: { division: '440304', validFrom: '2024-01-01' } };
 * ```
 */
export type Applicant = z.infer<typeof applicantSchema>;

/**
 * Schema of the permit the endorsement goes on: 往来港澳通行证 (`hkmo`) or 往来台湾通行证
 * (`taiwan`), booklet or card, and its last valid day. The form does not change which
 * endorsements may be granted (it matters for self-service kiosks, which are not modelled here).
 *
 * @example
 * ```ts
 * permitSchema.parse({ type: 'hkmo', form: 'card', expiry: '2033-05-05' });
 * ```
 */
export const permitSchema = /* @__PURE__ */ z.strictObject({ type: /* @__PURE__ */ z.enum(['hkmo', 'taiwan']), form: /* @__PURE__ */ z.enum(['booklet', 'card']), expiry: civilDateSchema });

/**
 * The permit (see `permitSchema`).
 *
 * @example
 * ```ts
 * const p: Permit = { type: 'taiwan', form: 'card', expiry: '2030-01-01' };
 * ```
 */
export type Permit = z.infer<typeof permitSchema>;

/**
 * Schema of a request: applicant, permit, destination, endorsement type, the application date
 * (the endorsement is taken to be issued that day) and `division`, the GB/T 2260 code of the
 * accepting office.
 *
 * @example
 * ```ts
 * endorsementRequestSchema.parse({
 *   applicant: { hukou: '440304' }, permit: { type: 'hkmo', form: 'card', expiry: '2033-05-05' },
 *   destination: 'hong-kong', type: 'G', date: '2024-12-01', division: '440304',
 * });
 * ```
 */
export const endorsementRequestSchema = /* @__PURE__ */ z.strictObject({
  applicant: applicantSchema,
  permit: permitSchema,
  destination: /* @__PURE__ */ z.enum(DESTINATIONS),
  type: /* @__PURE__ */ z.enum(ENDORSEMENT_TYPES),
  date: civilDateSchema,
  division: divisionCodeSchema,
});

/**
 * A request (see `endorsementRequestSchema`).
 *
 * @example
 * ```ts
 * const r: EndorsementRequest = {
 *   applicant: { hukou: '610113' }, permit: { type: 'hkmo', form: 'card', expiry: '2033-01-01' },
 *   destination: 'macau', type: 'G', date: '2024-03-06', division: '610113',
 * };
 * ```
 */
export type EndorsementRequest = z.infer<typeof endorsementRequestSchema>;
