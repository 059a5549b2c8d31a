/**
 * The application: who applies (identified by the citizen identity number), for which services
 * (documents and endorsements), holding which documents, through which channel, at which
 * office, with which materials, and when it was accepted. Schema first (zod), types inferred,
 * JSON Schema exported; {@link parseApplication} validates an input and derives the birth date,
 * sex, age on the acceptance date and the acceptance date and time in Asia/Shanghai.
 *
 * Alignment with `endorsementOptions` (src/documents/endorsements/request.ts): the applicant's
 * endorsement facts — `hukou`, `zone`, `residencePermit`, `statePersonnel`, `relatives` (T),
 * `spouseWithMinorChild`, `hardshipApproved`, `business` (S, with the filing division), `purpose`
 * and `specialNeed` (Q), `admission` (D), `talent`, `taiwan` — use that module's own field
 * schemas, so {@link toEndorsementApplicant} passes them through unchanged. Two fields differ on
 * purpose: the birth date comes from the identity number (not stated separately), and registered
 * state personnel are `registeredPersonnel: { approvalLetter }` (the shape of the document
 * refusal flags), mapped to the endorsement module's `registeredPersonnel` / `employerApproval`.
 *
 * Decisions:
 * - `acceptedAt` is an ISO 8601 instant with an explicit offset, or a civil date alone
 *   (`YYYY-MM-DD`: a record that kept only the day). With a date alone, `derived.acceptedTime`
 *   is absent and a deadline cutoff cannot apply: callers count from that date as if the
 *   application came in during office hours.
 * - Cross-field checks are reported together with the schema's issues (never only the first
 *   failing part). Only inconsistencies *within the input* are issues; whether the applicant
 *   qualifies (an expired permit, a minor without a guardian, a ground not in force on the
 *   date, an option not offered …) is the business of eligibility, with reasons and citations.
 *   An endorsement service with **no** permit for its destination declared and no permit
 *   service in the same application is an issue: the endorsement has nothing to go on and the
 *   input cannot be evaluated. A declared but expired permit is left to eligibility.
 *
 * @module
 */
import * as z from 'zod';
import type { Citation } from '../rules/citation.js';
import { isCivilDate } from '../rules/civil-date.js';
import { InvalidDateError, type Issue, type Locale, type LocalizedText, ValidationError, showValue } from '../rules/errors.js';
import { type ShanghaiTime, readDateOrInstant } from '../rules/instant.js';
import { type Reason, defineReasons, renderReason } from '../rules/reasons.js';
import { DIVISIONS_SOURCE } from '../rules/divisions-data.js';
import { type CodeOnDate, HISTORY_SOURCE, codeOnDate, codesMeant, wasEverListed } from '../rules/division-codes.js';
import { deepFreeze } from '../rules/snapshot.js';
import { issuesOf, localeOption } from '../rules/zod-issues.js';
import type { TableData, TableSpec } from '../rules/table.js';
import { ageOn } from '../documents/age.js';
import { type DocumentType, documentFormSchema, documentTypeSchema } from '../documents/document-types.js';
import { exitBanFlagsSchema } from '../documents/exit-bans.js';
import { GROUND_CODES } from '../documents/grounds.js';
import { documentRefusalFlagsSchema } from '../documents/refusals.js';
import { DESTINATIONS, type Destination, ENDORSEMENT_TYPES, type EndorsementType, isTypeOfDestination } from '../documents/endorsements/catalogue.js';
import { entriesSchema } from '../documents/endorsements/option.js';
import { cityOf, isKnownDivision } from '../documents/endorsements/places.js';
import { type Applicant as EndorsementApplicant, applicantSchema as endorsementApplicantSchema, divisionCodeSchema } from '../documents/endorsements/request.js';
import { MATERIAL_IDS } from './materials-catalogue.js';
import { DOCUMENT_ACTIONS } from './materials-rules.js';
import { didYouMean, suggest } from './suggest.js';
import { GB_11643_1999, RESIDENT_ID_REASONS, type ResidentId, type ResidentIdOptions, inspectResidentId, parseResidentId, residentIdSchema } from './resident-id.js';
import { cite, LAW_PASSPORT, REG_HKMO_1986, REG_TAIWAN_1991 } from '../rules/instruments/index.js';

const E = endorsementApplicantSchema.shape;

/** A civil date field; its issue carries the code `invalid-date` (as `InvalidDateError`'s). Its JSON Schema says the pattern. */
const civilDate = /* @__PURE__ */ z
  .string()
  .refine(isCivilDate, { message: 'expected a real date written YYYY-MM-DD', params: { code: 'invalid-date' } })
  .meta({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

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
const closeRelativeSchema = /* @__PURE__ */ z.object({ hukou: divisionCodeSchema, relationship: z.enum(['spouse', 'child', 'parent']) }).strict();

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
export const applicationApplicantSchema = /* @__PURE__ */ z
  .object({
    residentId: residentIdSchema,
    statedBirthDate: civilDate.optional(),
    name: z.object({ zh: z.string().min(1), pinyin: z.string().min(1).optional() }).strict().optional(),
    hukou: divisionCodeSchema,
    zone: E.zone,
    residencePermit: E.residencePermit,
    residence: z.object({ division: divisionCodeSchema, since: civilDate }).strict().optional(),
    work: z.object({ division: divisionCodeSchema, socialInsuranceMonths: z.number().int().min(0).max(1200).optional() }).strict().optional(),
    study: z.object({ division: divisionCodeSchema }).strict().optional(),
    closeRelative: closeRelativeSchema.optional(),
    registeredPersonnel: z.object({ approvalLetter: z.boolean() }).strict().optional(),
    activeMilitary: z.boolean().optional(),
    filedEnterpriseStaff: z.boolean().optional(),
    statePersonnel: E.statePersonnel,
    hkmoOffenceRecord: E.hkmoOffenceRecord,
    refusalFlags: documentRefusalFlagsSchema.optional(),
    exitBanFlags: exitBanFlagsSchema.optional(),
    disabled: z.boolean().optional(),
    guardian: z.object({ present: z.boolean(), consent: z.boolean(), relationshipProof: z.boolean() }).strict().optional(),
    relatives: E.relatives,
    spouseWithMinorChild: E.spouseWithMinorChild,
    hardshipApproved: E.hardshipApproved,
    business: E.business,
    purpose: E.purpose,
    specialNeed: E.specialNeed,
    admission: E.admission,
    talent: E.talent,
    taiwan: E.taiwan,
  })
  .strict();

/**
 * Schema of a document service: a document type, the action, and for a renewal or replacement
 * the ground (a code of the renewal/replacement ground tables).
 *
 * @example
 * ```ts
 * documentServiceSchema.parse({ kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-short' });
 * ```
 */
export const documentServiceSchema = /* @__PURE__ */ z
  .object({
    kind: z.literal('document'),
    document: documentTypeSchema,
    action: z.enum(DOCUMENT_ACTIONS),
    ground: z.enum(GROUND_CODES).optional(),
  })
  .strict();

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
export const endorsementServiceSchema = /* @__PURE__ */ z
  .object({
    kind: z.literal('endorsement'),
    destination: z.enum(DESTINATIONS),
    type: z.enum(ENDORSEMENT_TYPES),
    option: z.object({ validityMonths: z.number().int().min(1).max(120), entries: entriesSchema }).strict().optional(),
    reissueOfSuspended: z.boolean().optional(),
  })
  .strict();

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
export const heldEndorsementSchema = /* @__PURE__ */ z
  .object({
    destination: z.enum(DESTINATIONS),
    type: z.enum(ENDORSEMENT_TYPES),
    issued: civilDate,
    expires: civilDate,
    entries: entriesSchema,
    remainingEntries: z.number().int().min(0).optional(),
  })
  .strict();

/**
 * Schema of a document the applicant holds: type, form, number, issue date, last valid day,
 * and (HK/Macau and Taiwan permits) its endorsements.
 *
 * @example
 * ```ts
 * heldDocumentSchema.parse({ type: 'passport', form: 'electronic-booklet', issued: '2016-05-03', expires: '2026-05-02' });
 * ```
 */
export const heldDocumentSchema = /* @__PURE__ */ z
  .object({
    type: documentTypeSchema,
    form: documentFormSchema,
    number: z.string().min(1).optional(),
    issued: civilDate,
    expires: civilDate,
    endorsements: z.array(heldEndorsementSchema).optional(),
  })
  .strict();

/** An acceptance date, with the time in Asia/Shanghai when `acceptedAt` is an instant. */
type AcceptedAt = { readonly date: string } | ShanghaiTime;

/** The last `acceptedAt` string read and its reading (frozen; `undefined`: neither a date nor an instant). */
let lastAcceptedAt: string | undefined;
let lastAcceptedAtReading: AcceptedAt | undefined;

/**
 * `readDateOrInstant(value)` for a civil date or an instant with an offset (exactly the strings
 * `isDateOrInstant` accepts: those `readDateOrInstant` reads without throwing), else
 * `undefined`. Remembers the last string: the schema checks `acceptedAt` and
 * {@link parseApplication} then reads the same string, so it is converted once.
 */
function readAcceptedAt(value: unknown): AcceptedAt | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === lastAcceptedAt) return lastAcceptedAtReading;
  let reading: AcceptedAt | undefined;
  try {
    reading = Object.freeze(readDateOrInstant(value));
  } catch (e) {
    if (!(e instanceof InvalidDateError)) throw e;
  }
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
export const applicationBaseSchema = /* @__PURE__ */ z
  .object({
    applicant: applicationApplicantSchema,
    services: z.array(serviceSchema).min(1).max(MAX_SERVICES),
    existingDocuments: z.array(heldDocumentSchema).max(MAX_HELD_DOCUMENTS),
    channel: z.enum(CHANNELS),
    office: z.object({ division: divisionCodeSchema }).strict(),
    materials: z.array(materialId),
    delivery: z.enum(['collect', 'post']),
    urgent: z.object({ ground: z.enum(URGENT_GROUNDS), evidence: z.boolean() }).strict().optional(),
    acceptedAt: z
      .string()
      .refine(isAcceptedAt, {
        message: 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD',
        params: { code: 'invalid-instant' },
      })
      .meta({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2}))?$' }),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Reasons

/**
 * zh-CN and English messages of every application problem: the resident-ID ones
 * (`resident-id.*`) and the cross-field checks (`application.*`, keyed by issue code).
 *
 * @example
 * ```ts
 * renderReason({ code: 'application.endorsement-without-permit', params: { destination: 'hong-kong', permit: 'hkmo-permit' } }, 'en', APPLICATION_REASONS);
 * ```
 */
export const APPLICATION_REASONS = /* @__PURE__ */ defineReasons({
  ...RESIDENT_ID_REASONS,
  'application.birth-date-mismatch': {
    params: ['stated', 'derived'],
    'zh-CN': '填写的出生日期{stated}与公民身份号码中的出生日期{derived}不一致',
    en: 'The stated birth date {stated} differs from the one in the identity number, {derived}',
  },
  'application.accepted-before-birth': {
    params: ['acceptedOn', 'birthDate'],
    'zh-CN': '受理日期{acceptedOn}早于申请人的出生日期{birthDate}',
    en: 'The acceptance date {acceptedOn} is before the applicant’s birth date {birthDate}',
  },
  'application.accepted-after-as-of': {
    params: ['acceptedOn', 'asOf'],
    'zh-CN': '受理日期{acceptedOn}晚于参照日期{asOf}',
    en: 'The acceptance date {acceptedOn} is after the reference date {asOf}',
  },
  'application.residence-permit-inverted': {
    params: ['validFrom', 'validTo'],
    'zh-CN': '居住证有效期止日{validTo}早于起日{validFrom}',
    en: 'The residence permit’s end date {validTo} is before its start date {validFrom}',
  },
  'application.zone-outside-zhuhai': {
    params: ['division'],
    'zh-CN': '横琴粤澳深度合作区位于珠海市（440400），行政区划{division}不在珠海市',
    en: 'The Hengqin zone lies in Zhuhai (440400); division {division} does not',
  },
  'application.registered-personnel-conflict': {
    params: [],
    'zh-CN': '申请人信息与拒签情形中关于登记备案国家工作人员审批意见的填写不一致',
    en: 'The applicant’s registered-personnel approval and the refusal flags’ say different things',
  },
  'application.duplicate-service': {
    params: ['service', 'first'],
    'zh-CN': '同一申请中重复申请{service}（已见于第{first}项）',
    en: '{service} is applied for twice in one application (first as item {first})',
  },
  'application.ground-not-applicable': {
    params: ['ground'],
    'zh-CN': '首次申请不填写换发、补发事由（{ground}）',
    en: 'A first issue has no renewal or replacement ground ({ground})',
  },
  'application.endorsement-type-not-for-destination': {
    params: ['type', 'destination'],
    'zh-CN': '{destination}没有{type}类签注',
    en: 'There is no {type} endorsement for {destination}',
  },
  'application.endorsement-without-permit': {
    params: ['destination', 'permit'],
    'zh-CN': '申请前往{destination}的签注，但既未持有{permit}，也未在本次申请中申领该证件',
    en: 'An endorsement for {destination} is applied for, but no {permit} is held or applied for in this application',
  },
  'application.dates-inverted': {
    params: ['issued', 'expires'],
    'zh-CN': '有效期至{expires}早于签发日期{issued}',
    en: 'The last valid day {expires} is before the issue date {issued}',
  },
  'application.endorsement-on-wrong-document': {
    params: ['document', 'destination'],
    'zh-CN': '{document}上不能有前往{destination}的签注',
    en: 'A {document} carries no endorsement for {destination}',
  },
  'application.office-not-in-force': {
    params: ['office', 'date', 'near'],
    'zh-CN': '受理机构所在地的行政区划代码{office}在{date}不存在（当日有效的相近代码：{near}）',
    en: 'The office’s division code {office} was not in force on {date} (codes in force then that may be meant: {near})',
  },
  'application.unknown-division': {
    params: ['division', 'near'],
    'zh-CN': '{division}不是任何时期的GB/T 2260行政区划代码（相近代码：{near}）',
    en: '{division} was never a GB/T 2260 division code (codes that may be meant: {near})',
  },
});

/**
 * Code of a cross-field problem of an application (the issue's `code`; the reason code is
 * `application.<code>`).
 *
 * @example
 * ```ts
 * const c: ApplicationIssueCode = 'endorsement-without-permit';
 * ```
 */
export type ApplicationIssueCode = {
  [K in keyof typeof APPLICATION_REASONS]: K extends `application.${infer C}` ? C : never;
}[keyof typeof APPLICATION_REASONS];

/** The instrument behind a cross-field code, where one sets the rule (pure input contradictions have none). */
const CITES: Partial<Record<ApplicationIssueCode, Citation>> = {
  'birth-date-mismatch': GB_11643_1999,
  'accepted-before-birth': GB_11643_1999,
  'ground-not-applicable': /* @__PURE__ */ cite(LAW_PASSPORT, { article: '第十一条', note: 'A passport is renewed or replaced (换发、补发) for the reasons listed; a first issue has no such ground.' }),
  'endorsement-on-wrong-document': /* @__PURE__ */ cite(REG_HKMO_1986, { article: '第二十二条', note: 'Endorsements for Hong Kong and Macau are entered on the 往来港澳通行证; those for Taiwan on the 往来台湾通行证 (中国公民往来台湾地区管理办法).' }),
};

const TAIWAN_ENDORSEMENT_CITE = cite(REG_TAIWAN_1991, { note: 'A trip to Taiwan needs an endorsement (签注) entered on the 往来台湾通行证; without the permit there is nothing to endorse.' });
const HKMO_ENDORSEMENT_CITE = cite(REG_HKMO_1986, { article: '第二十二条', note: 'Each trip needs an endorsement (签注) entered on the 往来港澳通行证; without the permit there is nothing to endorse.' });

function endorsementCite(destination: Destination): Citation {
  return destination === 'taiwan' ? TAIWAN_ENDORSEMENT_CITE : HKMO_ENDORSEMENT_CITE;
}

// ---------------------------------------------------------------------------------------------
// Cross-field checks, on any input

type Rec = Readonly<Record<string, unknown>>;
const rec = (v: unknown): Rec | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const civil = (v: unknown): string | undefined => (isCivilDate(v) ? v : undefined);

/** The permit an endorsement for a destination goes on. */
function permitFor(destination: Destination): DocumentType {
  return destination === 'taiwan' ? 'taiwan-permit' : 'hkmo-permit';
}

/** What is already known of an input that passed {@link applicationBaseSchema}. */
interface KnownValid {
  /** The identity number's birth date. */
  readonly birthDate: string;
  /** The acceptance date in Asia/Shanghai. */
  readonly acceptedOn: string;
}

interface CrossFieldIssues {
  readonly issues: Issue[];
  readonly reasons: Reason[];
}

function addIssue(out: CrossFieldIssues, code: ApplicationIssueCode, params: Record<string, string | number>, path: readonly PropertyKey[], cite: Citation | undefined = CITES[code]): void {
  const reason: Reason = cite === undefined ? { code: `application.${code}`, params } : { code: `application.${code}`, params, cite };
  out.reasons.push(reason);
  const messages = { 'zh-CN': renderReason(reason, 'zh-CN', APPLICATION_REASONS), en: renderReason(reason, 'en', APPLICATION_REASONS) };
  out.issues.push({ path, code, message: messages.en, messages });
}

/** The division codes of an applicant other than the office, with their paths. */
const APPLICANT_DIVISIONS: readonly (readonly string[])[] = [
  ['hukou'],
  ['residencePermit', 'division'],
  ['residence', 'division'],
  ['work', 'division'],
  ['study', 'division'],
  ['closeRelative', 'hukou'],
  ['business', 'filingDivision'],
  ['talent', 'workDivision'],
];

/** Up to three codes in force on `date` that may be meant by `code`, or a dash. */
function nearCodes(code: string, date: string | undefined): string {
  const near = date === undefined ? [] : codesMeant(code, date, 3);
  return near.length > 0 ? near.join(', ') : '—';
}

/** Bounded caches of the division answers (codes and dates repeat from one application to the next: an office's day). */
const OFFICE_ON = new Map<string, CodeOnDate>();
const EVER_LISTED = new Map<string, boolean>();
const CACHE_LIMIT = 1024;

function remember<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}

function divisionIssues(out: CrossFieldIssues, root: Rec, applicant: Rec | undefined, acceptedOn: string | undefined, valid: boolean): void {
  const ok = (v: unknown): v is string => typeof v === 'string' && (valid || divisionCodeSchema.safeParse(v).success);
  const office = rec(root['office'])?.['division'];
  if (ok(office) && acceptedOn !== undefined) {
    const on = remember(OFFICE_ON, office + acceptedOn, () => codeOnDate(office, acceptedOn));
    if (on.status === 'not-in-force') {
      if (on.reason === 'never-listed') addIssue(out, 'unknown-division', { division: office, near: nearCodes(office, acceptedOn) }, ['office', 'division'], DIVISIONS_SOURCE);
      else addIssue(out, 'office-not-in-force', { office, date: acceptedOn, near: nearCodes(office, acceptedOn) }, ['office', 'division'], HISTORY_SOURCE);
    }
  }
  if (!applicant) return;
  for (const path of APPLICANT_DIVISIONS) {
    let v: unknown = applicant;
    for (const key of path) v = rec(v)?.[key];
    if (ok(v) && !remember(EVER_LISTED, v, () => wasEverListed(v))) addIssue(out, 'unknown-division', { division: v, near: nearCodes(v, acceptedOn) }, ['applicant', ...path], DIVISIONS_SOURCE);
  }
}

const inZhuhai = (code: unknown): boolean => typeof code !== 'string' || !isKnownDivision(code) || cityOf(code) === '440400';

type HeldDocument = z.infer<typeof heldDocumentSchema>;
type HeldEndorsement = z.infer<typeof heldEndorsementSchema>;

/** Which elements fail `schema` (`true` at their index); `undefined` when all pass (and for `known` inputs, which passed the whole schema). */
function failing(items: readonly unknown[], schema: z.ZodType, known: KnownValid | undefined): boolean[] | undefined {
  if (known !== undefined) return undefined;
  let bad: boolean[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (schema.safeParse(items[i]).success) continue;
    bad ??= new Array<boolean>(items.length).fill(false);
    bad[i] = true;
  }
  return bad;
}

/**
 * The cross-field problems of an application input, whatever its shape (parts that fail their
 * own schema are skipped here: the schema reports them). With `known`, the input passed
 * {@link applicationBaseSchema} (every part is valid) and the birth date and acceptance date are
 * given: the parts are not parsed again. Reads fields straight from the input: a part that passes
 * its schema reads the same there as in the schema's output (no part transforms its fields but
 * the identity number's final `x`, and the birth date is read from the number either way).
 */
function crossFieldIssues(input: unknown, asOf: string | undefined, known?: KnownValid): CrossFieldIssues {
  const out: CrossFieldIssues = { issues: [], reasons: [] };
  const root = rec(input);
  if (!root) return out;
  const applicant = rec(root['applicant']);

  // Birth date from the number (when its birth-date code is readable), against the stated one,
  // the acceptance date and the reference date.
  const birthDate = known ? known.birthDate : applicant ? inspectResidentId(applicant['residentId']).birthDate : undefined;
  const stated = civil(applicant?.['statedBirthDate']);
  if (birthDate && stated && stated !== birthDate) addIssue(out, 'birth-date-mismatch', { stated, derived: birthDate }, ['applicant', 'statedBirthDate']);
  let acceptedOn: string | undefined;
  if (known) acceptedOn = known.acceptedOn;
  else {
    const acceptedAt = root['acceptedAt'];
    acceptedOn = readAcceptedAt(acceptedAt)?.date;
  }
  if (birthDate && acceptedOn && acceptedOn < birthDate) addIssue(out, 'accepted-before-birth', { acceptedOn, birthDate }, ['acceptedAt']);
  if (asOf !== undefined) {
    if (acceptedOn && acceptedOn > asOf) addIssue(out, 'accepted-after-as-of', { acceptedOn, asOf }, ['acceptedAt']);
    if (birthDate && birthDate > asOf) {
      const r = inspectResidentId(applicant?.['residentId'], { asOf, path: ['applicant', 'residentId'] });
      r.issues.forEach((issue, i) => {
        if (issue.code !== 'birth-date-in-future') return;
        out.issues.push(issue);
        const reason = r.reasons[i];
        if (reason) out.reasons.push(reason);
      });
    }
  }

  // Division codes: the office's in force on the acceptance date; every other one a code of some
  // date (a hukou code may be one since changed: it stays on the household register). Codes that
  // failed their schema are reported there; an acceptance date not known leaves the office unchecked.
  divisionIssues(out, root, applicant, acceptedOn, known !== undefined);

  // Residence permit and zone.
  const rp = rec(applicant?.['residencePermit']);
  if (rp) {
    const from = civil(rp['validFrom']);
    const to = civil(rp['validTo']);
    if (from && to && to < from) addIssue(out, 'residence-permit-inverted', { validFrom: from, validTo: to }, ['applicant', 'residencePermit', 'validTo']);
  }
  if (applicant?.['zone'] === 'hengqin' && !inZhuhai(applicant['hukou'])) addIssue(out, 'zone-outside-zhuhai', { division: String(applicant['hukou']) }, ['applicant', 'zone']);
  if (rp?.['zone'] === 'hengqin' && !inZhuhai(rp['division'])) addIssue(out, 'zone-outside-zhuhai', { division: String(rp['division']) }, ['applicant', 'residencePermit', 'zone']);

  // Registered personnel said twice.
  const rpA = rec(applicant?.['registeredPersonnel'])?.['approvalLetter'];
  if (typeof rpA === 'boolean') {
    const rpF = rec(rec(applicant?.['refusalFlags'])?.['registeredPersonnel'])?.['approvalLetter'];
    if (typeof rpF === 'boolean' && rpA !== rpF) addIssue(out, 'registered-personnel-conflict', {}, ['applicant', 'refusalFlags', 'registeredPersonnel']);
  }

  // Held documents and their endorsements.
  const held = list(root['existingDocuments']);
  const heldFailing = failing(held, heldDocumentSchema, known);
  for (let i = 0; i < held.length; i++) {
    if (heldFailing?.[i]) continue;
    const d = held[i] as HeldDocument;
    if (d.expires < d.issued) addIssue(out, 'dates-inverted', { issued: d.issued, expires: d.expires }, ['existingDocuments', i, 'expires']);
    const endorsements = d.endorsements;
    if (endorsements === undefined) continue;
    for (let j = 0; j < endorsements.length; j++) {
      const e = endorsements[j] as HeldEndorsement;
      if (permitFor(e.destination) !== d.type) addIssue(out, 'endorsement-on-wrong-document', { document: d.type, destination: e.destination }, ['existingDocuments', i, 'endorsements', j, 'destination']);
      if (!isTypeOfDestination(e.type, e.destination)) addIssue(out, 'endorsement-type-not-for-destination', { type: e.type, destination: e.destination }, ['existingDocuments', i, 'endorsements', j, 'type']);
      if (e.expires < e.issued) addIssue(out, 'dates-inverted', { issued: e.issued, expires: e.expires }, ['existingDocuments', i, 'endorsements', j, 'expires']);
    }
  }
  // A held document whose entry failed its schema may still be of the right type: do not claim
  // "no permit" then.
  const heldUnknown = heldFailing !== undefined;

  // Services.
  const services = list(root['services']);
  const servicesFailing = failing(services, serviceSchema, known);
  /** The first valid service of each kind (by its words), 1-based. */
  const firstOf = new Map<string, number>();
  for (let i = 0; i < services.length; i++) {
    if (servicesFailing?.[i]) continue;
    const s = services[i] as ApplicationService;
    const words = serviceKey(s);
    const first = firstOf.get(words);
    if (first === undefined) firstOf.set(words, i + 1);
    else addIssue(out, 'duplicate-service', { service: words, first }, ['services', i]);
    if (s.kind === 'document') {
      if (s.action === 'first-issue' && s.ground !== undefined) addIssue(out, 'ground-not-applicable', { ground: s.ground }, ['services', i, 'ground']);
      continue;
    }
    if (!isTypeOfDestination(s.type as EndorsementType, s.destination)) addIssue(out, 'endorsement-type-not-for-destination', { type: s.type, destination: s.destination }, ['services', i, 'type']);
    const permit = permitFor(s.destination);
    if (!heldUnknown && !holds(held, permit) && !appliesFor(services, servicesFailing, permit)) {
      addIssue(out, 'endorsement-without-permit', { destination: s.destination, permit }, ['services', i], endorsementCite(s.destination));
    }
  }
  return out;
}

/** The words naming a service in a duplicate-service issue. */
function serviceKey(s: ApplicationService): string {
  return s.kind === 'document' ? `document ${s.document}` : `endorsement ${s.type} for ${s.destination}`;
}

/** Whether a held document (all valid: see the caller) is of this type. */
function holds(held: readonly unknown[], type: DocumentType): boolean {
  for (const d of held) if ((d as HeldDocument).type === type) return true;
  return false;
}

/** Whether a valid document service applies for this document. */
function appliesFor(services: readonly unknown[], servicesFailing: readonly boolean[] | undefined, document: DocumentType): boolean {
  for (let i = 0; i < services.length; i++) {
    // a service that fails its schema but names the permit may be the permit applied for: a
    // missing permit would only be a consequence of that problem (reported by the schema)
    if (servicesFailing?.[i]) {
      if (rec(services[i])?.['document'] === document) return true;
      continue;
    }
    const s = services[i] as ApplicationService;
    if (s.kind === 'document' && s.document === document) return true;
  }
  return false;
}

/**
 * Schema of an application: the base schema plus the cross-field checks (stated birth date
 * against the number, acceptance not before birth, residence-permit dates, Hengqin in Zhuhai,
 * registered-personnel answers agreeing, no duplicate services, no ground on a first issue,
 * endorsement types that exist for their destination, a permit for every endorsement, held
 * documents' dates in order and endorsements on the right permit). The cross-field checks run
 * only when the rest is valid (zod skips refinements of an invalid object); use
 * {@link parseApplication} to get every problem of any input at once.
 *
 * @example
 * ```ts
 * applicationSchema.safeParse(SAMPLE_APPLICATION).success; // true
 * ```
 */
export const applicationSchema = applicationBaseSchema.superRefine((value, ctx) => {
  // Without issues so far the value is a valid base application: its parts need no second parse.
  const known = ctx.issues.length === 0 ? knownOf(value) : undefined;
  const { issues } = crossFieldIssues(value, undefined, known);
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: [...issue.path] as (string | number)[], message: issue.message, params: { code: issue.code } });
  }
});

/** The birth date and acceptance date of a valid base application. */
function knownOf(application: z.output<typeof applicationBaseSchema>): KnownValid {
  return { birthDate: parseResidentId(application.applicant.residentId).birthDate, acceptedOn: readAcceptedAt(application.acceptedAt)?.date as string };
}

/**
 * An application (see `applicationSchema`).
 *
 * @example
 * ```ts
 * const a: Application = SAMPLE_APPLICATION;
 * ```
 */
export type Application = z.infer<typeof applicationSchema>;

/**
 * A service of an application (see `serviceSchema`).
 *
 * @example
 * ```ts
 * const s: ApplicationService = { kind: 'endorsement', destination: 'macau', type: 'G' };
 * ```
 */
export type ApplicationService = z.infer<typeof serviceSchema>;

/**
 * The JSON Schema (draft 2020-12) of an application's input, for forms and other languages.
 * Cross-field checks and the identity number's check character are not expressible in it.
 *
 * @example
 * ```ts
 * applicationJsonSchema().properties; // { applicant: …, services: …, … }
 * ```
 */
export function applicationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(applicationBaseSchema, { io: 'input' }) as Record<string, unknown>;
}

/**
 * What {@link parseApplication} derives from a valid application.
 *
 * @example
 * ```ts
 * const d: ApplicationDerived = parseApplication(SAMPLE_APPLICATION).derived;
 * d.ageOnAcceptance; // 34
 * ```
 */
export interface ApplicationDerived {
  /** The parsed identity number. */
  readonly residentId: ResidentId;
  /** From the identity number. */
  readonly birthDate: string;
  /** From the identity number's sequence (odd male, even female). */
  readonly sex: 'male' | 'female';
  /** Whole years (周岁) on the acceptance date (`ageOn`, 29 February birthdays on 1 March). */
  readonly ageOnAcceptance: number;
  /** The acceptance date in Asia/Shanghai. */
  readonly acceptedOn: string;
  /** `HH:mm` in Asia/Shanghai; absent when `acceptedAt` is a civil date. */
  readonly acceptedTime?: string;
}

/**
 * A validated application and what was derived from it.
 *
 * @example
 * ```ts
 * const p: ParsedApplication = parseApplication(SAMPLE_APPLICATION);
 * ```
 */
export interface ParsedApplication {
  readonly application: Application;
  readonly derived: ApplicationDerived;
}

/**
 * Options of {@link parseApplication}.
 *
 * @example
 * ```ts
 * const o: ParseApplicationOptions = { asOf: '2025-01-31' };
 * ```
 */
export interface ParseApplicationOptions {
  /** A reference date (never the clock): acceptance and birth may not be after it. */
  readonly asOf?: string;
  /** The locale of the error's message and issues (`'en'` by default; both are always in `issues[i].messages`). */
  readonly locale?: Locale;
}

/**
 * Validates an application and derives the applicant's birth date, sex and age on the
 * acceptance date, and the acceptance date and time in Asia/Shanghai.
 *
 * @throws `ValidationError` listing every problem with its path: the schema's issues (zod codes;
 *   identity-number problems with their own codes such as `check-character-mismatch`) and the
 *   cross-field ones (`birth-date-mismatch`, `endorsement-without-permit` …). An invalid `asOf`
 *   raises `InvalidDateError`.
 * @example
 * ```ts
 * const { application, derived } = parseApplication(SAMPLE_APPLICATION);
 * derived.birthDate;   // '1990-03-15'
 * derived.acceptedOn;  // '2025-01-24'
 * derived.acceptedTime; // '10:00'
 * ```
 */
export function parseApplication(input: unknown, options: ParseApplicationOptions = {}): ParsedApplication {
  const { asOf, locale, issues: optionIssues } = checkParseOptions(options);
  const base = baseParser().safeParse(input);
  if (!base.success) {
    const issues: Issue[] = [...optionIssues, ...withSuggestions(issuesOf(base.error, [], locale), input, locale)];
    issues.push(...crossFieldIssues(input, asOf).issues);
    throw invalidApplication(issues, locale);
  }
  // The base schema checked the identity number and the acceptance instant: neither throws here,
  // and the cross-field checks take their dates from them instead of reading them again.
  const application = base.data;
  const residentId = parseResidentId(application.applicant.residentId, RESIDENT_ID_AT);
  const at = readAcceptedAt(application.acceptedAt) as AcceptedAt;
  const cross = crossFieldIssues(application, asOf, { birthDate: residentId.birthDate, acceptedOn: at.date });
  if (cross.issues.length > 0 || optionIssues.length > 0) throw invalidApplication([...optionIssues, ...cross.issues], locale);
  const derived: { -readonly [K in keyof ApplicationDerived]: ApplicationDerived[K] } = {
    residentId,
    birthDate: residentId.birthDate,
    sex: residentId.sex,
    ageOnAcceptance: ageOn(residentId.birthDate, at.date),
    acceptedOn: at.date,
  };
  if ('time' in at) derived.acceptedTime = at.time;
  return { application, derived };
}

/**
 * {@link applicationBaseSchema} compiled by zod (`z.compile`, on first use): a parser generated
 * for valid input (about four times faster than zod's interpreter on an application) that hands
 * anything it does not accept to zod's own parser, so the result and every issue are zod's. The
 * schema itself stays as written (its JSON Schema is unchanged). Under `z.config({ jitless: true })`
 * (no `new Function`) the schema is used as it is.
 */
let compiledBase: typeof applicationBaseSchema | undefined;

function baseParser(): typeof applicationBaseSchema {
  compiledBase ??= z.config().jitless ? applicationBaseSchema : z.compile(applicationBaseSchema);
  return compiledBase;
}

const RESIDENT_ID_AT: ResidentIdOptions = /* @__PURE__ */ Object.freeze({ path: Object.freeze(['applicant', 'residentId']) });

const INVALID_APPLICATION: LocalizedText = /* @__PURE__ */ Object.freeze({ 'zh-CN': '申请信息有误', en: 'Invalid application' });

function invalidApplication(issues: readonly Issue[], locale: Locale): ValidationError {
  return new ValidationError(INVALID_APPLICATION, issues.map((i) => (i.messages ? { ...i, message: i.messages[locale] } : i)), locale);
}

const PARSE_OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['asOf', 'locale']);
const NO_ISSUES: readonly Issue[] = /* @__PURE__ */ Object.freeze([]);
const DEFAULT_PARSE = /* @__PURE__ */ Object.freeze({ asOf: undefined, locale: 'en' as Locale, issues: NO_ISSUES });

/** The options of {@link parseApplication}, checked: their problems are reported with the application's (an unknown locale throws at once: the others are written in it). */
function checkParseOptions(options: unknown): { readonly asOf: string | undefined; readonly locale: Locale; readonly issues: readonly Issue[] } {
  if (options === undefined) return DEFAULT_PARSE;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const messages = { 'zh-CN': `选项应为对象，收到的是${showValue(options)}`, en: `expected an options object, got ${showValue(options)}` };
    return { asOf: undefined, locale: 'en', issues: [{ path: ['options'], code: 'invalid_type', message: messages.en, messages }] };
  }
  const locale = localeOption(options);
  const issues: Issue[] = [];
  for (const key of Object.keys(options)) {
    if (PARSE_OPTION_KEYS.has(key)) continue;
    const messages = { 'zh-CN': `未知选项${showValue(key)}`, en: `unknown option ${showValue(key)}` };
    issues.push({ path: ['options', key], code: 'unrecognized_keys', message: messages[locale], messages });
  }
  const asOf = (options as { asOf?: unknown }).asOf;
  if (asOf !== undefined && !isCivilDate(asOf)) {
    const messages = { 'zh-CN': `参照日期应为YYYY-MM-DD格式的真实日期，收到的是${showValue(asOf)}`, en: `asOf must be a real date written YYYY-MM-DD, got ${showValue(asOf)}` };
    issues.push({ path: ['options', 'asOf'], code: 'invalid-date', message: messages[locale], messages });
  }
  return { asOf: isCivilDate(asOf) ? asOf : undefined, locale, issues };
}

/** A division code that names no division: its own code, and the value in the message. */
function unknownDivision(issue: Issue, value: unknown, locale: Locale): Issue {
  const shown = showValue(value);
  const messages = { 'zh-CN': `${shown}不是已知的GB/T 2260行政区划代码（省、地级或其下的县级）`, en: `${shown} is not a known GB/T 2260 division (province, prefecture, or county under a known prefecture)` };
  return { path: issue.path, code: 'unknown-division', message: messages[locale], messages };
}

/** How many unknown catalogue values of one input get a "did you mean" search (the search is bounded per value; this bounds it per input). */
const SUGGESTED = 20;

/** The value at `path` in an input (own properties only), or `undefined`. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || (typeof key !== 'string' && typeof key !== 'number') || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Issues about unknown material ids and grounds, with the value and its nearest catalogue values named ("did you mean …"). */
function withSuggestions(issues: readonly Issue[], input: unknown, locale: Locale): Issue[] {
  let searched = 0;
  return issues.map((issue) => {
    const last = issue.path[issue.path.length - 1];
    if (issue.code === 'custom' && issue.message.startsWith('not a known GB/T 2260 division')) return unknownDivision(issue, valueAt(input, issue.path), locale);
    const material = issue.code === 'invalid_value' && issue.path.length === 2 && issue.path[0] === 'materials';
    const ground = last === 'ground' && issue.path[0] === 'services' && issue.code === 'invalid_value';
    if (!material && !ground) return issue;
    const value = valueAt(input, issue.path);
    const near = typeof value === 'string' && searched++ < SUGGESTED ? suggest(value, material ? MATERIAL_IDS : GROUND_CODES) : [];
    const tail = didYouMean(near);
    const shown = showValue(value);
    const messages = material
      ? { 'zh-CN': `未知的材料编号${shown}${tail['zh-CN']}`, en: `unknown material id ${shown}${tail.en}` }
      : { 'zh-CN': `未知的换发、补发事由${shown}${tail['zh-CN']}`, en: `unknown renewal or replacement ground ${shown}${tail.en}` };
    return { path: issue.path, code: material ? 'unknown-material' : 'unknown-ground', message: messages[locale], messages };
  });
}

/**
 * The applicant of an application in the shape `endorsementOptions` takes: the shared fields
 * unchanged, the birth date from the identity number, and registered personnel mapped to
 * `registeredPersonnel` / `employerApproval`.
 *
 * @param parsed - what {@link parseApplication} returned (its application is checked again; an
 *   application itself is taken too).
 * @throws `ValidationError` listing every problem when it holds no valid application.
 *
 * @example
 * ```ts
 * toEndorsementApplicant(parseApplication(SAMPLE_APPLICATION));
 * // { hukou: '510104', birthDate: '1990-03-15' }
 * ```
 */
export function toEndorsementApplicant(parsed: ParsedApplication): EndorsementApplicant {
  const application = rec(parsed)?.['application'];
  // checked like any input: the application parsed again (the birth date taken from its number)
  return toEndorsementApplicantTrusted(parseApplication(application === undefined ? parsed : application));
}

/**
 * {@link toEndorsementApplicant} of an application `parseApplication` returned (not checked again).
 *
 * @internal
 * @example
 * ```ts
 * toEndorsementApplicantTrusted(parseApplication(SAMPLE_APPLICATION)); // { hukou: '510104', birthDate: '1990-03-15' }
 * ```
 */
export function toEndorsementApplicantTrusted(parsed: ParsedApplication): EndorsementApplicant {
  const a = parsed.application.applicant;
  const out: { -readonly [K in keyof EndorsementApplicant]: EndorsementApplicant[K] } = { hukou: a.hukou, birthDate: parsed.derived.birthDate };
  if (a.zone !== undefined) out.zone = a.zone;
  if (a.residencePermit !== undefined) out.residencePermit = a.residencePermit;
  const rp = a.registeredPersonnel ?? a.refusalFlags?.registeredPersonnel;
  if (rp !== undefined) {
    out.registeredPersonnel = true;
    out.employerApproval = rp.approvalLetter;
  }
  if (a.statePersonnel !== undefined) out.statePersonnel = a.statePersonnel;
  if (a.hkmoOffenceRecord !== undefined) out.hkmoOffenceRecord = a.hkmoOffenceRecord;
  if (a.relatives !== undefined) out.relatives = a.relatives;
  if (a.spouseWithMinorChild !== undefined) out.spouseWithMinorChild = a.spouseWithMinorChild;
  if (a.hardshipApproved !== undefined) out.hardshipApproved = a.hardshipApproved;
  if (a.business !== undefined) out.business = a.business;
  if (a.purpose !== undefined) out.purpose = a.purpose;
  if (a.specialNeed !== undefined) out.specialNeed = a.specialNeed;
  if (a.admission !== undefined) out.admission = a.admission;
  if (a.talent !== undefined) out.talent = a.talent;
  if (a.taiwan !== undefined) out.taiwan = a.taiwan;
  return out;
}

/**
 * A realistic application: a man with a Chengdu hukou (锦江区 510104), born 1990-03-15 (the
 * number 510104199003151237 was made up for this example; its check character 7 is computed),
 * at the Chengdu office (510100) on 2025-01-24 at 10:00, for his first 往来港澳通行证 and a
 * Hong Kong individual-visit (G) endorsement, one year single entry (Chengdu is a G city since
 * 2005-11; HK G options: 3 months or 1 year, single or double — FACTS §2.1–2.2), delivered by
 * post. The material ids are those of the materials catalogue (src/eligibility/materials-catalogue.ts,
 * written alongside; not checked here).
 *
 * @example
 * ```ts
 * parseApplication(SAMPLE_APPLICATION).derived.ageOnAcceptance; // 34
 * ```
 */
export const SAMPLE_APPLICATION: Application = /* @__PURE__ */ deepFreeze({
  applicant: {
    residentId: '510104199003151237',
    name: { zh: '张伟', pinyin: 'ZHANG WEI' },
    hukou: '510104',
  },
  services: [
    { kind: 'document', document: 'hkmo-permit', action: 'first-issue' },
    { kind: 'endorsement', destination: 'hong-kong', type: 'G', option: { validityMonths: 12, entries: 'single' } },
  ],
  existingDocuments: [],
  channel: 'hall-window',
  office: { division: '510100' },
  materials: ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence'],
  delivery: 'post',
  acceptedAt: '2025-01-24T10:00:00+08:00',
}) as Application;

// ---------------------------------------------------------------------------------------------
// Tables for the built-in policy

/**
 * The application module's table specs: none. The identity number's structure is fixed by
 * GB 11643-1999 and has not changed since 1999-10-01 (numbers of 15 digits are rejected for
 * every date: each citizen has had the 18-digit number since then), and which urgent grounds,
 * channels and services are open on a date is decided by the eligibility tables. Exported so
 * the built-in policy assembles every module the same way.
 *
 * @example
 * ```ts
 * APPLICATION_TABLES.length; // 0
 * ```
 */
export const APPLICATION_TABLES: readonly TableSpec[] = /* @__PURE__ */ Object.freeze([]);

/**
 * National data of the application tables (none; see {@link APPLICATION_TABLES}).
 *
 * @example
 * ```ts
 * Object.keys(APPLICATION_NATIONAL); // []
 * ```
 */
export const APPLICATION_NATIONAL: Readonly<Record<string, TableData>> = /* @__PURE__ */ Object.freeze({});

/**
 * Local measures of the application tables (none).
 *
 * @example
 * ```ts
 * Object.keys(APPLICATION_LOCAL); // []
 * ```
 */
export const APPLICATION_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = /* @__PURE__ */ Object.freeze({});

