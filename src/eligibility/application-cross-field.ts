/**
 * The cross-field checks of an application, run on any input (parts that fail their own schema
 * are left to the schema): the stated birth date against the identity number, acceptance after
 * birth and not after the reference date, division codes (the office's in force on the
 * acceptance date, every other one a code of some date), residence-permit dates, Hengqin in
 * Zhuhai, registered-personnel answers agreeing, held documents' dates and endorsements, and the
 * services (no duplicates, no ground on a first issue, endorsement types of their destination, a
 * permit for every endorsement). Each problem is an issue in both locales with its reason.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { isCivilDate } from '../rules/civil-date.js';
import type { Issue } from '../rules/errors.js';
import { type Reason, renderReason } from '../rules/reasons.js';
import { DIVISIONS_SOURCE } from '../rules/divisions-data.js';
import { HISTORY_SOURCE, codesMeant, notInForceReason, wasEverListed } from '../rules/division-codes.js';
import type { DocumentType } from '../documents/document-types.js';
import { type Destination, type EndorsementType, isTypeOfDestination } from '../documents/endorsements/catalogue.js';
import { cityOf, isKnownDivision } from '../documents/endorsements/places.js';
import { divisionCodeSchema } from '../documents/endorsements/request.js';
import { inspectResidentId } from './resident-id.js';
import { APPLICATION_REASONS, type ApplicationIssueCode, CITES, endorsementCite } from './application-reasons.js';
import { heldDocumentSchema, type heldEndorsementSchema, readAcceptedAt, serviceSchema } from './application-schema.js';
import type { ApplicationService } from './application.js';

type Rec = Readonly<Record<string, unknown>>;
/** `v` as a plain record, or `undefined` for anything else (arrays included). @internal */
export const rec = (v: unknown): Rec | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const civil = (v: unknown): string | undefined => (isCivilDate(v) ? v : undefined);

/** The permit an endorsement for a destination goes on. */
function permitFor(destination: Destination): DocumentType {
  return destination === 'taiwan' ? 'taiwan-permit' : 'hkmo-permit';
}

/** What is already known of an input that passed {@link applicationBaseSchema}. @internal */
export interface KnownValid {
  /** The identity number's birth date. */
  readonly birthDate: string;
  /** The acceptance date in Asia/Shanghai. */
  readonly acceptedOn: string;
}

/** The cross-field problems found: issues (both locales) and their reasons. @internal */
export interface CrossFieldIssues {
  readonly issues: Issue[];
  readonly reasons: Reason[];
}

function addIssue(out: CrossFieldIssues, code: ApplicationIssueCode, params: Record<string, string | number>, path: readonly PropertyKey[], cite: Citation | undefined = CITES[code]): void {
  const reason: Reason = cite === undefined ? { code: `application.${code}`, params } : { code: `application.${code}`, params, cite };
  out.reasons.push(reason);
  const messages = { 'zh-CN': renderReason(reason, 'zh-CN', APPLICATION_REASONS), en: renderReason(reason, 'en', APPLICATION_REASONS) };
  out.issues.push({ path, code, message: messages.en, messages });
}

/** Up to three codes in force on `date` that may be meant by `code`, or a dash. */
function nearCodes(code: string, date: string | undefined): string {
  const near = date === undefined ? [] : codesMeant(code, date, 3);
  return near.length > 0 ? near.join(', ') : '—';
}

/** A division code to check: a string that passed its schema (`valid`: the whole input did). */
function checkable(v: unknown, valid: boolean): v is string {
  return typeof v === 'string' && (valid || divisionCodeSchema.safeParse(v).success);
}

function divisionIssues(out: CrossFieldIssues, root: Rec, applicant: Rec | undefined, acceptedOn: string | undefined, valid: boolean): void {
  const office = rec(root['office'])?.['division'];
  if (acceptedOn !== undefined && checkable(office, valid)) {
    // the status changes only on the editions' dates: a table per code answers (no cache per day)
    const reason = notInForceReason(office, acceptedOn);
    if (reason === 'never-listed') addIssue(out, 'unknown-division', { division: office, near: nearCodes(office, acceptedOn) }, ['office', 'division'], DIVISIONS_SOURCE);
    else if (reason !== undefined) addIssue(out, 'office-not-in-force', { office, date: acceptedOn, near: nearCodes(office, acceptedOn) }, ['office', 'division'], HISTORY_SOURCE);
  }
  if (!applicant) return;
  // The division codes of an applicant other than the office, in this order (each read by name).
  everListed(out, applicant['hukou'], 'hukou', undefined, acceptedOn, valid);
  everListed(out, rec(applicant['residencePermit'])?.['division'], 'residencePermit', 'division', acceptedOn, valid);
  everListed(out, rec(applicant['residence'])?.['division'], 'residence', 'division', acceptedOn, valid);
  everListed(out, rec(applicant['work'])?.['division'], 'work', 'division', acceptedOn, valid);
  everListed(out, rec(applicant['study'])?.['division'], 'study', 'division', acceptedOn, valid);
  everListed(out, rec(applicant['closeRelative'])?.['hukou'], 'closeRelative', 'hukou', acceptedOn, valid);
  everListed(out, rec(applicant['business'])?.['filingDivision'], 'business', 'filingDivision', acceptedOn, valid);
  everListed(out, rec(applicant['talent'])?.['workDivision'], 'talent', 'workDivision', acceptedOn, valid);
}

/** An issue when the applicant's code `v` at `applicant.key[.sub]` passed its schema but no edition lists it. */
function everListed(out: CrossFieldIssues, v: unknown, key: string, sub: string | undefined, acceptedOn: string | undefined, valid: boolean): void {
  if (v === undefined || !checkable(v, valid) || wasEverListed(v)) return;
  addIssue(out, 'unknown-division', { division: v, near: nearCodes(v, acceptedOn) }, sub === undefined ? ['applicant', key] : ['applicant', key, sub], DIVISIONS_SOURCE);
}

const inZhuhai = (code: unknown): boolean => typeof code !== 'string' || !isKnownDivision(code) || cityOf(code) === '440400';

type HeldDocument = z.infer<typeof heldDocumentSchema>;
type HeldEndorsement = z.infer<typeof heldEndorsementSchema>;

/** Which elements fail `schema` (`true` at their index); `undefined` when all pass (and for `known` inputs, which passed the whole schema). */
function failing(items: readonly unknown[], schema: z.ZodMiniType, known: KnownValid | undefined): boolean[] | undefined {
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
 *
 * @internal
 */
export function crossFieldIssues(input: unknown, asOf: string | undefined, known?: KnownValid): CrossFieldIssues {
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
  /** The first valid service of each kind (by its words), 1-based: a few services are compared pairwise, more through this map. */
  const firstOf = services.length > FEW_SERVICES ? new Map<string, number>() : undefined;
  for (let i = 0; i < services.length; i++) {
    if (servicesFailing?.[i]) continue;
    const s = services[i] as ApplicationService;
    let first: number | undefined;
    if (firstOf === undefined) first = earlierSame(services, servicesFailing, i);
    else {
      const words = serviceKey(s);
      first = firstOf.get(words);
      if (first === undefined) firstOf.set(words, i + 1);
    }
    if (first !== undefined) addIssue(out, 'duplicate-service', { service: serviceKey(s), first }, ['services', i]);
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

/** Up to this many services, duplicates are found by comparing each with those before it. */
const FEW_SERVICES = 8;

/** The 1-based position of the first valid service before `i` with the same words as service `i` (see {@link serviceKey}), if any. */
function earlierSame(services: readonly unknown[], servicesFailing: readonly boolean[] | undefined, i: number): number | undefined {
  const s = services[i] as ApplicationService;
  for (let k = 0; k < i; k++) {
    if (servicesFailing?.[k]) continue;
    const t = services[k] as ApplicationService;
    if (s.kind === 'document' ? t.kind === 'document' && t.document === s.document : t.kind === 'endorsement' && t.type === s.type && t.destination === s.destination) return k + 1;
  }
  return undefined;
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
