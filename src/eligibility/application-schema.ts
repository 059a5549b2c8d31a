/**
 * The schemas of an application's parts: the applicant, the services (documents and
 * endorsements), the documents held, and the base schema of the whole application without its
 * cross-field checks, with the limits and catalogues they use (`MAX_SERVICES`, `URGENT_GROUNDS`,
 * `CHANNELS`). The cross-field checks are in `application-cross-field.ts`; `application.ts`
 * re-exports everything here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isCivilDate } from '../rules/civil-date.js';
import { type ShanghaiTime, tryReadDateOrInstant } from '../rules/instant.js';
import { documentFormSchema, documentTypeSchema } from '../documents/document-types.js';
import { exitBanFlagsSchema } from '../documents/exit-bans.js';
import { GROUND_CODES } from '../documents/grounds.js';
import { documentRefusalFlagsSchema } from '../documents/refusals.js';
import { DESTINATIONS, ENDORSEMENT_TYPES } from '../documents/endorsements/catalogue.js';
import { entriesSchema } from '../documents/endorsements/option.js';
import { applicantSchema as endorsementApplicantSchema, divisionCodeSchema } from '../documents/endorsements/request.js';
import { MATERIAL_IDS } from './materials-catalogue.js';
import { DOCUMENT_ACTIONS } from './materials-rules.js';
import { residentIdSchema } from './resident-id.js';

const E = endorsementApplicantSchema.shape;

/** A civil date field; its issue carries the code `invalid-date` (as `InvalidDateError`'s). Its JSON Schema says the pattern. */
const civilDate = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine(isCivilDate, { message: 'expected a real date written YYYY-MM-DD', params: { code: 'invalid-date' } }), /* @__PURE__ */ z.meta({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }));

/**
 * The most services one application may hold: every document type and endorsement type once is
 * far fewer; more is not an application form.
 *
 * @example
 * ```ts
 * MAX_SERVICES; // 32
 * ```
 */
export const MAX_SERVICES = 32;

/**
 * The most held documents one application may list.
 *
 * @example
 * ```ts
 * MAX_HELD_DOCUMENTS; // 64
 * ```
 */
export const MAX_HELD_DOCUMENTS = 64;

/** A material id of the catalogue (its JSON Schema is the enum); {@link parseApplication} reports an unknown one as `unknown-material`, with its nearest ids. */
const materialId = /* @__PURE__ */ z.enum(MATERIAL_IDS);

/** A relative with hukou in a place where the applicant applies (the relatives route, the 2013 schemes): their hukou division and what the applicant is to them. */
const closeRelativeSchema = /* @__PURE__ */ z.strictObject({ hukou: divisionCodeSchema, relationship: /* @__PURE__ */ z.enum(['spouse', 'child', 'parent']) });

/**
 * The grounds for urgent handling (加急 / 急事急办) an applicant may invoke, after FACTS §4.3:
 * `funeral` (奔丧), `critically-ill-relative` (探望危重病人), `study-start` (开学临近),
 * `visa-expiring` (签证或入境许可即将到期), `business-emergency` (紧急商务：会议、谈判、签约),
 * `medical-treatment` (紧急就医), `training-or-exchange` (参加业务培训或学术交流活动日期临近: Harbin's green
 * channel, 2014), `other-provincial` (other grounds a provincial office accepts).
 * Which grounds a document accepts on a date, and the time limit, are for the urgent rules.
 *
 * @example
 * ```ts
 * URGENT_GROUNDS.includes('funeral'); // true
 * ```
 */
export const URGENT_GROUNDS = /* @__PURE__ */ Object.freeze(['funeral', 'critically-ill-relative', 'study-start', 'visa-expiring', 'business-emergency', 'medical-treatment', 'training-or-exchange', 'other-provincial'] as const);

/**
 * Channels through which an application is made: a staffed hall window, a self-service kiosk,
 * online, by post, at a police station service point, or through a licensed agency.
 *
 * @example
 * ```ts
 * CHANNELS.includes('kiosk'); // true
 * ```
 */
export const CHANNELS = /* @__PURE__ */ Object.freeze(['hall-window', 'kiosk', 'online', 'post', 'police-station', 'agency'] as const);

export { DOCUMENT_ACTIONS };


/**
 * Schema of the applicant of an application. `residentId` is checked as a GB 11643-1999 number
 * (a final `x` becomes `X`); the birth date is derived from it (`statedBirthDate`, if given, must
 * match). `hukou` is a six-digit GB/T 2260 code (county codes allowed). The endorsement facts
 * reuse the field schemas of `endorsementOptions`' applicant (see the module note).
 *
 * The facts the routes other than the hukou place rest on (`applicationPlace`): `residence`
 * (a residence registration: where, since when), `work` (where the applicant is employed, and the
 * months of continuous social insurance there), `study` (the university's division),
 * `closeRelative` (a spouse, child or parent with hukou there: their hukou and what the applicant
 * is to them), and `residencePermit` (its validity gives how long it has been held);
 * `activeMilitary` (现役军人) and `filedEnterpriseStaff` (staff of a filed employer, for
 * multiple-entry business endorsements at kiosks) are the channel and kiosk facts.
 *
 * @example
 * ```ts
 * applicationApplicantSchema.parse({ residentId: '510104199003151237', hukou: '510104' });
 * ```
 */
export const applicationApplicantSchema = /* @__PURE__ */ z.strictObject({
  residentId: residentIdSchema,
  statedBirthDate: /* @__PURE__ */ z.optional(civilDate),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ zh: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), pinyin: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))) })),
  hukou: divisionCodeSchema,
  zone: E.zone,
  residencePermit: E.residencePermit,
  residence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: divisionCodeSchema, since: civilDate })),
  work: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: divisionCodeSchema, socialInsuranceMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1200))) })),
  study: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ division: divisionCodeSchema })),
  closeRelative: /* @__PURE__ */ z.optional(closeRelativeSchema),
  registeredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ approvalLetter: /* @__PURE__ */ z.boolean() })),
  activeMilitary: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  filedEnterpriseStaff: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  statePersonnel: E.statePersonnel,
  hkmoOffenceRecord: E.hkmoOffenceRecord,
  refusalFlags: /* @__PURE__ */ z.optional(documentRefusalFlagsSchema),
  exitBanFlags: /* @__PURE__ */ z.optional(exitBanFlagsSchema),
  disabled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  guardian: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ present: /* @__PURE__ */ z.boolean(), consent: /* @__PURE__ */ z.boolean(), relationshipProof: /* @__PURE__ */ z.boolean() })),
  relatives: E.relatives,
  spouseWithMinorChild: E.spouseWithMinorChild,
  hardshipApproved: E.hardshipApproved,
  business: E.business,
  purpose: E.purpose,
  specialNeed: E.specialNeed,
  admission: E.admission,
  talent: E.talent,
  taiwan: E.taiwan,
});

/**
 * Schema of a document service: a document type, the action, and for a renewal or replacement
 * the ground (a code of the renewal/replacement ground tables).
 *
 * @example
 * ```ts
 * documentServiceSchema.parse({ kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-short' });
 * ```
 */
export const documentServiceSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('document'),
  document: documentTypeSchema,
  action: /* @__PURE__ */ z.enum(DOCUMENT_ACTIONS),
  ground: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(GROUND_CODES)),
});

/**
 * Schema of an endorsement service: destination, type (a letter, or `talent` for the 人才签注
 * whose letter is unconfirmed), the option wanted (validity in months × entries) and whether it
 * re-issues an endorsement left unused by the 2020 suspension.
 *
 * @example
 * ```ts
 * endorsementServiceSchema.parse({ kind: 'endorsement', destination: 'hong-kong', type: 'G', option: { validityMonths: 12, entries: 'single' } });
 * ```
 */
export const endorsementServiceSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('endorsement'),
  destination: /* @__PURE__ */ z.enum(DESTINATIONS),
  type: /* @__PURE__ */ z.enum(ENDORSEMENT_TYPES),
  option: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ validityMonths: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(120)), entries: entriesSchema })),
  reissueOfSuspended: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

/**
 * Schema of a service: a document or an endorsement.
 *
 * @example
 * ```ts
 * serviceSchema.parse({ kind: 'document', document: 'hkmo-permit', action: 'first-issue' });
 * ```
 */
export const serviceSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [documentServiceSchema, endorsementServiceSchema]);

/**
 * Schema of an endorsement on a document the applicant holds: destination, type, issue date,
 * last valid day, entries, and the entries left if known.
 *
 * @example
 * ```ts
 * heldEndorsementSchema.parse({ destination: 'macau', type: 'G', issued: '2024-06-01', expires: '2025-05-31', entries: 'single', remainingEntries: 1 });
 * ```
 */
export const heldEndorsementSchema = /* @__PURE__ */ z.strictObject({
  destination: /* @__PURE__ */ z.enum(DESTINATIONS),
  type: /* @__PURE__ */ z.enum(ENDORSEMENT_TYPES),
  issued: civilDate,
  expires: civilDate,
  entries: entriesSchema,
  remainingEntries: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0))),
});

/**
 * Schema of a document the applicant holds: type, form, number, issue date, last valid day,
 * and (HK/Macau and Taiwan permits) its endorsements.
 *
 * @example
 * ```ts
 * heldDocumentSchema.parse({ type: 'passport', form: 'electronic-booklet', issued: '2016-05-03', expires: '2026-05-02' });
 * ```
 */
export const heldDocumentSchema = /* @__PURE__ */ z.strictObject({
  type: documentTypeSchema,
  form: documentFormSchema,
  number: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  issued: civilDate,
  expires: civilDate,
  endorsements: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(heldEndorsementSchema)),
});

/** An acceptance date, with the time in Asia/Shanghai when `acceptedAt` is an instant. @internal */
export type AcceptedAt = { readonly date: string } | ShanghaiTime;

/** The last `acceptedAt` string read and its reading (frozen; `undefined`: neither a date nor an instant). */
let lastAcceptedAt: string | undefined;
let lastAcceptedAtReading: AcceptedAt | undefined;

/**
 * `readDateOrInstant(value)` for a civil date or an instant with an offset (exactly the strings
 * `isDateOrInstant` accepts: those `readDateOrInstant` reads without throwing), frozen, else
 * `undefined`. Remembers the last string: the schema checks `acceptedAt` and
 * {@link parseApplication} then reads the same string, so it is converted once.
 *
 * @internal
 */
export function readAcceptedAt(value: unknown): AcceptedAt | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === lastAcceptedAt) return lastAcceptedAtReading;
  const reading = tryReadDateOrInstant(value);
  lastAcceptedAt = value;
  lastAcceptedAtReading = reading;
  return reading;
}

const isAcceptedAt = (value: string): boolean => readAcceptedAt(value) !== undefined;

/**
 * The schema of an application without the cross-field checks: {@link parseApplication} runs
 * those on any input. Its JSON Schema is {@link applicationJsonSchema}.
 *
 * @internal
 * @example
 * ```ts
 * applicationBaseSchema.safeParse(SAMPLE_APPLICATION).success; // true
 * ```
 */
export const applicationBaseSchema = /* @__PURE__ */ z.strictObject({
  applicant: applicationApplicantSchema,
  services: /* @__PURE__ */ z.array(serviceSchema).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(MAX_SERVICES)),
  existingDocuments: /* @__PURE__ */ z.array(heldDocumentSchema).check(/* @__PURE__ */ z.maxLength(MAX_HELD_DOCUMENTS)),
  channel: /* @__PURE__ */ z.enum(CHANNELS),
  office: /* @__PURE__ */ z.strictObject({ division: divisionCodeSchema }),
  materials: /* @__PURE__ */ z.array(materialId),
  delivery: /* @__PURE__ */ z.enum(['collect', 'post']),
  urgent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ ground: /* @__PURE__ */ z.enum(URGENT_GROUNDS), evidence: /* @__PURE__ */ z.boolean() })),
  acceptedAt: /* @__PURE__ */ z
    .string().check(/* @__PURE__ */ z.refine(isAcceptedAt, {
      message: 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD',
      params: { code: 'invalid-instant' },
    }), /* @__PURE__ */ z.meta({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2}))?$' })),
});
