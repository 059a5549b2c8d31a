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
 *
 * The parts' schemas are in `application-schema.ts`, the reasons in `application-reasons.ts` and
 * the cross-field checks in `application-cross-field.ts`; this module re-exports their public
 * part.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, type LocalizedText, ValidationError, showValue } from '../rules/errors.js';
import { deepFreeze } from '../rules/snapshot.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { localeOption } from '../rules/locale-option.js';
import type { TableData, TableSpec } from '../rules/table.js';
import { ageOnTrusted } from '../documents/age.js';
import { GROUND_CODES } from '../documents/grounds.js';
import type { Applicant as EndorsementApplicant } from '../documents/endorsements/request.js';
import { MATERIAL_IDS } from './materials-catalogue.js';
import { didYouMean, suggest } from './suggest.js';
import { type ResidentId, type ResidentIdOptions, inspectResidentId, parseResidentId } from './resident-id.js';
import { type AcceptedAt, applicationBaseSchema, readAcceptedAt, type serviceSchema } from './application-schema.js';
import { type KnownValid, crossFieldIssues, rec } from './application-cross-field.js';

export {
  CHANNELS,
  DOCUMENT_ACTIONS,
  MAX_HELD_DOCUMENTS,
  MAX_SERVICES,
  URGENT_GROUNDS,
  applicationApplicantSchema,
  applicationBaseSchema,
  documentServiceSchema,
  endorsementServiceSchema,
  heldDocumentSchema,
  heldEndorsementSchema,
  serviceSchema,
} from './application-schema.js';
export { APPLICATION_REASONS, type ApplicationIssueCode } from './application-reasons.js';

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
export const applicationSchema = /* @__PURE__ */ applicationBaseSchema.check(/* @__PURE__ */ z.superRefine((value, ctx) => {
  // Without issues so far the value is a valid base application: its parts need no second parse.
  const known = ctx.issues.length === 0 ? knownOf(value) : undefined;
  const { issues } = crossFieldIssues(value, undefined, known);
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: [...issue.path] as (string | number)[], message: issue.message, params: { code: issue.code } });
  }
}));

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
  const base = baseParser().safeParse(input, REPORT_INPUT);
  if (!base.success) {
    const issues: Issue[] = [...optionIssues, ...withSuggestions(issuesOf(base.error, [], locale), input, locale)];
    issues.push(...crossFieldIssues(input, asOf).issues);
    throw invalidApplication(issues, locale);
  }
  // The base schema checked the identity number and the acceptance instant: neither throws here,
  // and the cross-field checks take their dates from them instead of reading them again.
  const application = base.data;
  const id = application.applicant.residentId;
  const residentId = inspectResidentId(id).parsed ?? parseResidentId(id, RESIDENT_ID_AT);
  const at = readAcceptedAt(application.acceptedAt) as AcceptedAt;
  const cross = crossFieldIssues(application, asOf, { birthDate: residentId.birthDate, acceptedOn: at.date });
  if (cross.issues.length > 0 || optionIssues.length > 0) throw invalidApplication([...optionIssues, ...cross.issues], locale);
  const derived: { -readonly [K in keyof ApplicationDerived]: ApplicationDerived[K] } = {
    residentId,
    birthDate: residentId.birthDate,
    sex: residentId.sex,
    ageOnAcceptance: ageOnTrusted(residentId.birthDate, at.date),
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
const DEFAULT_PARSE_ZH = /* @__PURE__ */ Object.freeze({ asOf: undefined, locale: 'zh-CN' as Locale, issues: NO_ISSUES });

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
  // the usual options (none but the locale, all well) share one frozen answer per locale
  if (issues.length === 0 && asOf === undefined) return locale === 'en' ? DEFAULT_PARSE : DEFAULT_PARSE_ZH;
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

