/**
 * The fast `parseApplication` (zod's compiled parser for the base schema, cross-field checks that
 * do not parse the parts a second time, the identity number and the acceptance instant read once)
 * against the reference: the implementation as it was before the speed-up, kept below verbatim
 * (zod's runtime parser for the base schema with the original `isDateOrInstant` refinement, then
 * the original cross-field checks on the raw input). On generated valid applications and on
 * mutations of them (keys removed, set to `undefined`, to a wrong type or to a wrong string,
 * unknown keys added) both must accept the same inputs with deep-equal results, and reject the
 * same inputs with the same `ValidationError` (every issue's path, code and message; an unknown
 * material id's, ground's or division's message names the value and the nearest catalogue values,
 * which the reference does not, so only its path and code are compared).
 * The same for the exported `applicationSchema` (the original superRefine as reference), and for
 * the identity number's fast path against its issue-by-issue reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import enLocale from 'zod/v4/locales/en.js';
import {
  APPLICATION_REASONS,
  type ApplicationIssueCode,
  type ApplicationService,
  CHANNELS,
  DOCUMENT_ACTIONS,
  type ParseApplicationOptions,
  SAMPLE_APPLICATION,
  type ParsedApplication,
  URGENT_GROUNDS,
  applicationBaseSchema,
  applicationSchema,
  heldDocumentSchema,
  parseApplication,
  serviceSchema,
} from '../../src/eligibility/application.js';
import { GB_11643_1999, computeResidentIdCheckCharacter, inspectResidentId, issueCodeOf, parseResidentId } from '../../src/eligibility/resident-id.js';
import type { Citation } from '../../src/rules/citation.js';
import { formatCivilDate, isCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { listDivisions } from '../../src/rules/divisions.js';
import { DIVISIONS_SOURCE } from '../../src/rules/divisions-data.js';
import { HISTORY_SOURCE, divisionHistory, divisionOn } from '../../src/rules/division-history.js';
import { suggestDivisions } from '../../src/rules/division-suggest.js';
import { type Issue, ValidationError } from '../../src/rules/errors.js';
import { isDateOrInstant, readDateOrInstant } from '../../src/rules/instant.js';
import { type Reason, renderReason } from '../../src/rules/reasons.js';
import { ageOn } from '../../src/documents/age.js';
import { DOCUMENT_FORMS, DOCUMENT_TYPES, type DocumentType } from '../../src/documents/document-types.js';
import { GROUND_CODES } from '../../src/documents/grounds.js';
import { cite, LAW_PASSPORT, REG_HKMO_1986, REG_TAIWAN_1991 } from '../../src/rules/instruments/index.js';
import { DESTINATIONS, type Destination, ENDORSEMENT_TYPES, type EndorsementType, isTypeOfDestination } from '../../src/documents/endorsements/catalogue.js';
import { ADMISSION_KINDS, BUSINESS_KINDS, Q_PURPOSES, RELATIONS, TALENT_CATEGORIES } from '../../src/documents/endorsements/option.js';
import { cityOf, isKnownDivision } from '../../src/documents/endorsements/places.js';
import { outcome } from '../support/outcome.js';

// ---------------------------------------------------------------------------------------------
// The reference: parseApplication and applicationSchema before the speed-up. It reads zod's
// messages as zod configured with its English locale writes them (zod classic does so when
// imported; the library's schemas are zod/mini, which configures none: it asks the locale itself).
z.config(enLocale());

const referenceBaseSchema = z.extend(applicationBaseSchema, {
  acceptedAt: z.string().check(z.refine(isDateOrInstant, {
    message: 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD',
    params: { code: 'invalid-instant' },
  })),
});

const CITES: Partial<Record<ApplicationIssueCode, Citation>> = {
  'birth-date-mismatch': GB_11643_1999,
  'accepted-before-birth': GB_11643_1999,
  'ground-not-applicable': cite(LAW_PASSPORT, { article: '第十一条', note: 'A passport is renewed or replaced (换发、补发) for the reasons listed; a first issue has no such ground.' }),
  'endorsement-on-wrong-document': cite(REG_HKMO_1986, { article: '第二十二条', note: 'Endorsements for Hong Kong and Macau are entered on the 往来港澳通行证; those for Taiwan on the 往来台湾通行证 (中国公民往来台湾地区管理办法).' }),
};

function endorsementCite(destination: Destination): Citation {
  return destination === 'taiwan'
    ? cite(REG_TAIWAN_1991, { note: 'A trip to Taiwan needs an endorsement (签注) entered on the 往来台湾通行证; without the permit there is nothing to endorse.' })
    : cite(REG_HKMO_1986, { article: '第二十二条', note: 'Each trip needs an endorsement (签注) entered on the 往来港澳通行证; without the permit there is nothing to endorse.' });
}

type Rec = Readonly<Record<string, unknown>>;
const rec = (v: unknown): Rec | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const civil = (v: unknown): string | undefined => (isCivilDate(v) ? v : undefined);
const permitFor = (destination: Destination): DocumentType => (destination === 'taiwan' ? 'taiwan-permit' : 'hkmo-permit');

function referenceCrossFieldIssues(input: unknown, asOf: string | undefined): { issues: Issue[]; reasons: Reason[] } {
  const issues: Issue[] = [];
  const reasons: Reason[] = [];
  const add = (code: ApplicationIssueCode, params: Record<string, string | number>, path: readonly PropertyKey[], cite: Citation | undefined = CITES[code]): void => {
    const reason: Reason = cite === undefined ? { code: `application.${code}`, params } : { code: `application.${code}`, params, cite };
    reasons.push(reason);
    issues.push({ path, code, message: renderReason(reason, 'en', APPLICATION_REASONS) });
  };
  const root = rec(input);
  if (!root) return { issues, reasons };
  const applicant = rec(root['applicant']);
  const idCheck = applicant ? inspectResidentId(applicant['residentId']) : undefined;
  const birthDate = idCheck?.birthDate;
  const stated = civil(applicant?.['statedBirthDate']);
  if (birthDate && stated && stated !== birthDate) add('birth-date-mismatch', { stated, derived: birthDate }, ['applicant', 'statedBirthDate']);
  const acceptedAt = root['acceptedAt'];
  const acceptedOn = isDateOrInstant(acceptedAt) ? readDateOrInstant(acceptedAt).date : undefined;
  if (birthDate && acceptedOn && acceptedOn < birthDate) add('accepted-before-birth', { acceptedOn, birthDate }, ['acceptedAt']);
  if (asOf !== undefined) {
    if (acceptedOn && acceptedOn > asOf) add('accepted-after-as-of', { acceptedOn, asOf }, ['acceptedAt']);
    if (birthDate && birthDate > asOf) {
      const r = inspectResidentId(applicant?.['residentId'], { asOf, path: ['applicant', 'residentId'] });
      r.issues.forEach((issue, i) => {
        if (issue.code !== 'birth-date-in-future') return;
        issues.push(issue);
        const reason = r.reasons[i];
        if (reason) reasons.push(reason);
      });
    }
  }
  // Division codes (a plain reading: the office in force on the date, the others listed once).
  const known = (v: unknown): v is string => typeof v === 'string' && /^\d{6}$/.test(v) && isKnownDivision(v);
  const near = (code: string) => (acceptedOn ? suggestDivisions(code, acceptedOn, { limit: 3 }).map((d) => d.code).join(', ') : '') || '—';
  const office = rec(root['office'])?.['division'];
  if (known(office) && acceptedOn) {
    const on = divisionOn(office, acceptedOn);
    if (on.status === 'not-in-force' && on.reason === 'never-listed') add('unknown-division', { division: office, near: near(office) }, ['office', 'division'], DIVISIONS_SOURCE);
    else if (on.status === 'not-in-force') add('office-not-in-force', { office, date: acceptedOn, near: near(office) }, ['office', 'division'], HISTORY_SOURCE);
  }
  for (const path of [['hukou'], ['residencePermit', 'division'], ['residence', 'division'], ['work', 'division'], ['study', 'division'], ['closeRelative', 'hukou'], ['business', 'filingDivision'], ['talent', 'workDivision']]) {
    const v = path.reduce<unknown>((o, k) => rec(o)?.[k], applicant);
    if (known(v) && divisionHistory(v) === undefined) add('unknown-division', { division: v, near: near(v) }, ['applicant', ...path], DIVISIONS_SOURCE);
  }
  const rp = rec(applicant?.['residencePermit']);
  const from = civil(rp?.['validFrom']);
  const to = civil(rp?.['validTo']);
  if (from && to && to < from) add('residence-permit-inverted', { validFrom: from, validTo: to }, ['applicant', 'residencePermit', 'validTo']);
  const inZhuhai = (code: unknown): boolean => typeof code !== 'string' || !isKnownDivision(code) || cityOf(code) === '440400';
  if (applicant?.['zone'] === 'hengqin' && !inZhuhai(applicant['hukou'])) add('zone-outside-zhuhai', { division: String(applicant['hukou']) }, ['applicant', 'zone']);
  if (rp?.['zone'] === 'hengqin' && !inZhuhai(rp['division'])) add('zone-outside-zhuhai', { division: String(rp['division']) }, ['applicant', 'residencePermit', 'zone']);
  const rpA = rec(applicant?.['registeredPersonnel'])?.['approvalLetter'];
  const rpF = rec(rec(applicant?.['refusalFlags'])?.['registeredPersonnel'])?.['approvalLetter'];
  if (typeof rpA === 'boolean' && typeof rpF === 'boolean' && rpA !== rpF) add('registered-personnel-conflict', {}, ['applicant', 'refusalFlags', 'registeredPersonnel']);
  const held = list(root['existingDocuments']).map((d) => heldDocumentSchema.safeParse(d));
  held.forEach((r, i) => {
    if (!r.success) return;
    const d = r.data;
    if (d.expires < d.issued) add('dates-inverted', { issued: d.issued, expires: d.expires }, ['existingDocuments', i, 'expires']);
    (d.endorsements ?? []).forEach((e, j) => {
      const at = ['existingDocuments', i, 'endorsements', j];
      if (permitFor(e.destination) !== d.type) add('endorsement-on-wrong-document', { document: d.type, destination: e.destination }, [...at, 'destination']);
      if (!isTypeOfDestination(e.type, e.destination)) add('endorsement-type-not-for-destination', { type: e.type, destination: e.destination }, [...at, 'type']);
      if (e.expires < e.issued) add('dates-inverted', { issued: e.issued, expires: e.expires }, [...at, 'expires']);
    });
  });
  const heldTypes = new Set(held.flatMap((r) => (r.success ? [r.data.type] : [])));
  const heldUnknown = held.some((r) => !r.success);
  const raw = list(root['services']);
  const services = raw.map((s) => serviceSchema.safeParse(s));
  // a service that fails its schema but names a permit may be that permit applied for: no "missing permit" as a consequence
  const documentServices = new Set(services.flatMap((r, i) => (r.success ? (r.data.kind === 'document' ? [r.data.document] : []) : [rec(raw[i])?.['document']])));
  const seen = new Map<string, number>();
  services.forEach((r, i) => {
    if (!r.success) return;
    const s = r.data;
    const key = s.kind === 'document' ? `document ${s.document}` : `endorsement ${s.type} for ${s.destination}`;
    const first = seen.get(key);
    if (first !== undefined) add('duplicate-service', { service: key, first: first + 1 }, ['services', i]);
    else seen.set(key, i);
    if (s.kind === 'document') {
      if (s.action === 'first-issue' && s.ground !== undefined) add('ground-not-applicable', { ground: s.ground }, ['services', i, 'ground']);
      return;
    }
    if (!isTypeOfDestination(s.type as EndorsementType, s.destination)) add('endorsement-type-not-for-destination', { type: s.type, destination: s.destination }, ['services', i, 'type']);
    const permit = permitFor(s.destination);
    if (!heldUnknown && !heldTypes.has(permit) && !documentServices.has(permit)) add('endorsement-without-permit', { destination: s.destination, permit }, ['services', i], endorsementCite(s.destination));
  });
  return { issues, reasons };
}

const referenceApplicationSchema = referenceBaseSchema.check(z.superRefine((value, ctx) => {
  for (const issue of referenceCrossFieldIssues(value, undefined).issues) {
    ctx.addIssue({ code: 'custom', path: [...issue.path] as (string | number)[], message: issue.message, params: { code: issue.code } });
  }
}));

/**
 * The code of a base-schema issue as parseApplication reports it: an unknown material id is
 * `unknown-material`, an unknown ground `unknown-ground` (their messages name the nearest catalogue
 * values), a code that names no division `unknown-division`.
 */
function referenceCode(i: z.core.$ZodIssue): string {
  if (i.code === 'invalid_value' && i.path.length === 3 && i.path[0] === 'services' && i.path[2] === 'ground') return 'unknown-ground';
  if (i.code === 'invalid_value' && i.path.length === 2 && i.path[0] === 'materials') return 'unknown-material';
  if (i.code === 'custom' && i.message.startsWith('not a known GB/T 2260 division')) return 'unknown-division';
  return issueCodeOf(i);
}

function referenceParseApplication(input: unknown, options: ParseApplicationOptions = {}): ParsedApplication {
  const asOf = options.asOf;
  if (asOf !== undefined) parseCivilDate(asOf, ['asOf']);
  const base = referenceBaseSchema.safeParse(input);
  const issues: Issue[] = base.success ? [] : base.error.issues.map((i) => ({ path: i.path, code: referenceCode(i), message: i.message }));
  issues.push(...referenceCrossFieldIssues(input, asOf).issues);
  if (!base.success || issues.length > 0) {
    throw new ValidationError({ 'zh-CN': '申请信息有误', en: 'Invalid application' }, issues);
  }
  const application = base.data;
  const residentId = parseResidentId(application.applicant.residentId, { path: ['applicant', 'residentId'] });
  const at = readDateOrInstant(application.acceptedAt, ['acceptedAt']);
  const derived = {
    residentId,
    birthDate: residentId.birthDate,
    sex: residentId.sex,
    ageOnAcceptance: ageOn(residentId.birthDate, at.date),
    acceptedOn: at.date,
    ...('time' in at ? { acceptedTime: at.time } : {}),
  };
  return { application: application as ParsedApplication['application'], derived };
}


/**
 * An outcome of parseApplication to compare: the result, or the error's class, code and issues
 * (path, code, message) — the message of an unknown material id or ground left out (parseApplication
 * names the nearest catalogue values in it; the reference gives zod's text), and so the error's
 * summary, which repeats the issues' messages.
 */
function parsed(f: () => unknown): unknown {
  const o = outcome(f) as { ok?: unknown; threw?: string; code?: string; issues?: { path: unknown; code: string; message: string }[] };
  if (!('threw' in o)) return o;
  return { threw: o.threw, code: o.code, issues: o.issues?.map((i) => (i.code === 'unknown-material' || i.code === 'unknown-ground' || i.code === 'unknown-division' ? { path: i.path, code: i.code } : i)) };
}

/** A zod result as plain data (issues: path, message, and the code `parseApplication` reports). */
function zodOutcome(r: z.core.util.SafeParseResult<unknown>): unknown {
  return r.success ? { ok: r.data } : { issues: r.error.issues.map((i) => ({ path: i.path, code: issueCodeOf(i), message: i.message })) };
}

// ---------------------------------------------------------------------------------------------
// Generated applications.

/** A record whose keys are all optional (absent, not `undefined`). */
const partial = <T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });

const dayArb = (from: string, to: string) => fc.integer({ min: parseCivilDate(from), max: parseCivilDate(to) }).map(formatCivilDate);
const dateArb = dayArb('1985-01-01', '2030-12-31');
const PROVINCES = listDivisions('province').map((d) => d.code.slice(0, 2));
// real codes, one never listed (510199) and one retired in 2016 (510122, 双流县 → 双流区)
const DIVISION_CODES = ['510104', '510100', '440304', '440404', '440400', '110105', '110000', '419001', '500103', '650100', '510199', '510122', ...listDivisions().map((d) => d.code).filter((_, i) => i % 17 === 0)];
const divisionArb = fc.constantFrom(...DIVISION_CODES);

const residentIdArb = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    county: fc.integer({ min: 0, max: 9999 }),
    birth: dayArb('1930-01-01', '2024-12-31'),
    sequence: fc.integer({ min: 0, max: 999 }),
    lowerX: fc.boolean(),
  })
  .map(({ province, county, birth, sequence, lowerX }) => {
    const body = `${province}${String(county).padStart(4, '0')}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    const check = computeResidentIdCheckCharacter(body);
    return { id: body + (lowerX && check === 'X' ? 'x' : check), birth };
  });

const pad = (n: number) => String(n).padStart(2, '0');
const acceptedAtArb = fc.oneof(
  dayArb('2004-01-01', '2025-12-31'),
  fc
    .record({
      // Before 1992 the conversion goes through luxon (daylight saving time 1986–1991).
      date: fc.oneof(dayArb('2004-01-01', '2025-12-31'), dayArb('1986-01-01', '1992-01-02')),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      seconds: fc.constantFrom('', ':00', ':30', ':59.5', ':07.123456789'),
      offset: fc.constantFrom('+08:00', '+0800', 'Z', '-05:00', '+09:30', '+14:00'),
    })
    .map((r) => `${r.date}T${pad(r.hour)}:${pad(r.minute)}${r.seconds}${r.offset}`),
);

const documentServiceArb = fc.record(
  {
    kind: fc.constant('document' as const),
    document: fc.constantFrom(...DOCUMENT_TYPES),
    action: fc.constantFrom(...DOCUMENT_ACTIONS),
    ground: fc.constantFrom(...GROUND_CODES),
  },
  { requiredKeys: ['kind', 'document', 'action'] },
);
const endorsementServiceArb = fc.record(
  {
    kind: fc.constant('endorsement' as const),
    destination: fc.constantFrom(...DESTINATIONS),
    type: fc.constantFrom('G', 'L', 'T', 'Q', ...ENDORSEMENT_TYPES),
    option: fc.record({ validityMonths: fc.integer({ min: 1, max: 120 }), entries: fc.constantFrom('single', 'double', 'multi') }),
    reissueOfSuspended: fc.boolean(),
  },
  { requiredKeys: ['kind', 'destination', 'type'] },
);
const serviceArb = fc.oneof(documentServiceArb, endorsementServiceArb) as fc.Arbitrary<ApplicationService>;

const heldEndorsementArb = fc.record(
  {
    destination: fc.constantFrom(...DESTINATIONS),
    type: fc.constantFrom('G', 'L', ...ENDORSEMENT_TYPES),
    issued: dateArb,
    expires: dateArb,
    entries: fc.constantFrom('single', 'double', 'multi'),
    remainingEntries: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: ['destination', 'type', 'issued', 'expires', 'entries'] },
);
const heldDocumentArb = fc.record(
  {
    type: fc.constantFrom('hkmo-permit', 'taiwan-permit', 'passport', ...DOCUMENT_TYPES),
    form: fc.constantFrom(...DOCUMENT_FORMS),
    number: fc.constantFrom('E12345678', 'C01234567', 'T7654321'),
    issued: dayArb('1990-01-01', '2025-12-31'),
    expires: dayArb('1990-01-01', '2040-12-31'),
    endorsements: fc.array(heldEndorsementArb, { maxLength: 3 }),
  },
  { requiredKeys: ['type', 'form', 'issued', 'expires'] },
);

const border = fc.record({ endedOn: dateArb, barMonths: fc.integer({ min: 1, max: 60 }) }, { requiredKeys: ['endedOn'] });
const applicantArb = fc
  .tuple(
    residentIdArb,
    fc.constantFrom('same', 'same', 'none', 'none', 'none', 'other'),
    partial({
      name: fc.record({ zh: fc.constantFrom('张伟', '李娜'), pinyin: fc.constantFrom('ZHANG WEI', 'LI NA') }, { requiredKeys: ['zh'] }),
      zone: fc.constant('hengqin' as const),
      residencePermit: fc.record({ division: divisionArb, validFrom: dateArb, validTo: dateArb, zone: fc.constant('hengqin' as const) }, { requiredKeys: ['division', 'validFrom'] }),
      registeredPersonnel: fc.record({ approvalLetter: fc.boolean() }),
      statePersonnel: fc.boolean(),
      refusalFlags: partial({
        notPrcNational: fc.boolean(),
        servingSentence: fc.boolean(),
        repatriatedOrConvictedBorderOffence: border,
        registeredPersonnel: fc.record({ approvalLetter: fc.boolean() }),
      }),
      exitBanFlags: partial({ criminalSuspect: fc.boolean(), otherLegalGround: fc.boolean(), repatriatedOrConvictedBorderOffence: border }),
      disabled: fc.boolean(),
      guardian: fc.record({ present: fc.boolean(), consent: fc.boolean(), relationshipProof: fc.boolean() }),
      relatives: fc.array(fc.record({ relation: fc.constantFrom(...RELATIONS), livesIn: fc.constantFrom(...DESTINATIONS) }), { maxLength: 2 }),
      spouseWithMinorChild: fc.boolean(),
      hardshipApproved: fc.boolean(),
      business: fc.record({ kind: fc.constantFrom(...BUSINESS_KINDS), filingDivision: divisionArb }, { requiredKeys: ['kind'] }),
      purpose: fc.constantFrom(...Q_PURPOSES),
      specialNeed: fc.boolean(),
      admission: fc.record({ destination: fc.constantFrom('hong-kong' as const, 'macau' as const), kind: fc.constantFrom(...ADMISSION_KINDS), until: dateArb }),
      talent: fc.record({ category: fc.constantFrom(...TALENT_CATEGORIES), workDivision: divisionArb }),
      taiwan: partial({ approval: fc.boolean(), multipleEntry: fc.boolean(), studyUntil: dateArb, settlementApproved: fc.boolean(), residenceApproved: fc.boolean() }),
    }),
    divisionArb,
    dateArb,
  )
  .map(([{ id, birth }, stated, rest, hukou, other]) => ({
    residentId: id,
    ...(stated === 'same' ? { statedBirthDate: birth } : stated === 'other' ? { statedBirthDate: other } : {}),
    hukou,
    ...rest,
  }));

const TYPES_FOR: Record<Destination, readonly EndorsementType[]> = {
  'hong-kong': ENDORSEMENT_TYPES.filter((t) => isTypeOfDestination(t, 'hong-kong')),
  macau: ENDORSEMENT_TYPES.filter((t) => isTypeOfDestination(t, 'macau')),
  taiwan: ENDORSEMENT_TYPES.filter((t) => isTypeOfDestination(t, 'taiwan')),
};

/**
 * Makes a generated application consistent, so that it passes the cross-field checks: dates in
 * order, endorsements on the right permit and of a type of their destination, a permit for every
 * endorsement, no duplicate services, no ground on a first issue, Hengqin in Zhuhai, one answer on
 * registered personnel, the stated birth date the number's, accepted after birth.
 */
function consistent(a: any): any {
  const ordered = (x: any, from: string, to: string) => {
    if (x[to] !== undefined && x[to] < x[from]) [x[from], x[to]] = [x[to], x[from]];
  };
  const applicant = a.applicant;
  const birth = `${applicant.residentId.slice(6, 10)}-${applicant.residentId.slice(10, 12)}-${applicant.residentId.slice(12, 14)}`;
  if (applicant.statedBirthDate !== undefined) applicant.statedBirthDate = birth;
  if (applicant.zone !== undefined) applicant.hukou = '440404';
  if (applicant.residencePermit) {
    ordered(applicant.residencePermit, 'validFrom', 'validTo');
    if (applicant.residencePermit.zone !== undefined) applicant.residencePermit.division = '440400';
  }
  if (applicant.registeredPersonnel && applicant.refusalFlags?.registeredPersonnel) applicant.refusalFlags.registeredPersonnel = { ...applicant.registeredPersonnel };
  if (readDateOrInstant(a.acceptedAt).date < birth) a.acceptedAt = '2025-01-24T10:00:00+08:00';
  for (const d of a.existingDocuments) {
    ordered(d, 'issued', 'expires');
    if (d.endorsements === undefined) continue;
    if (d.type !== 'hkmo-permit' && d.type !== 'taiwan-permit') delete d.endorsements;
    else {
      for (const e of d.endorsements) {
        if (permitFor(e.destination) !== d.type) e.destination = d.type === 'taiwan-permit' ? 'taiwan' : 'macau';
        if (!isTypeOfDestination(e.type, e.destination)) e.type = 'G';
        ordered(e, 'issued', 'expires');
      }
    }
  }
  const key = (s: ApplicationService) => (s.kind === 'document' ? s.document : `${s.type} ${s.destination}`);
  const services: any[] = [];
  for (const s of a.services) {
    if (s.kind === 'document' && s.action === 'first-issue') delete s.ground;
    if (s.kind === 'endorsement' && !isTypeOfDestination(s.type, s.destination)) s.type = TYPES_FOR[s.destination as Destination][0];
    if (!services.some((t) => key(t) === key(s))) services.push(s);
  }
  for (const s of [...services]) {
    if (s.kind !== 'endorsement') continue;
    const permit = permitFor(s.destination);
    if (a.existingDocuments.some((d: any) => d.type === permit) || services.some((t) => t.kind === 'document' && t.document === permit)) continue;
    services.unshift({ kind: 'document', document: permit, action: 'renewal' });
  }
  a.services = services;
  return a;
}

/** Applications, three in four made consistent (valid); the others carry cross-field problems (duplicates, a missing permit, dates out of order …). */
const applicationArb = fc.tuple(fc.record(
  {
    applicant: applicantArb,
    services: fc.array(serviceArb, { minLength: 1, maxLength: 4 }),
    existingDocuments: fc.array(heldDocumentArb, { maxLength: 3 }),
    channel: fc.constantFrom(...CHANNELS),
    office: fc.record({ division: divisionArb }),
    materials: fc.array(fc.constantFrom('application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence', 'residence-permit'), { maxLength: 6 }),
    delivery: fc.constantFrom('collect', 'post'),
    urgent: fc.record({ ground: fc.constantFrom(...URGENT_GROUNDS), evidence: fc.boolean() }),
    acceptedAt: acceptedAtArb,
  },
  { requiredKeys: ['applicant', 'services', 'existingDocuments', 'channel', 'office', 'materials', 'delivery', 'acceptedAt'] },
), fc.constantFrom(true, true, true, false)).map(([a, fix]) => (fix ? consistent(a) : a));

/** Every path to a value inside a JSON value (the root excluded). */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}

const JUNK: readonly unknown[] = [
  undefined, null, 0, 1.5, -1, 121, true, '', 'x', 'hengqin', 'G', 'passport', '2024-02-30', '2024-2-3', '2025-01-24T10:00:00', '2025-01-24T24:00:00+08:00',
  '1991-07-01T12:00:00+08:00', '999999', '449999', '51010', '510104199003151231', '51010419900315123x', '510104900315123', {}, [], [1], { 'zh-CN': '' },
];

const MUTATIONS = ['delete', 'junk', 'unknown-key', 'tweak-string'] as const;

/** One mutation of an application at a chosen path. */
function mutate(app: unknown, pick: number, how: (typeof MUTATIONS)[number], junk: unknown): unknown {
  const copy = structuredClone(app) as Record<string, unknown>;
  const all = paths(copy);
  const path = all[pick % all.length] as (string | number)[];
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const key = path[path.length - 1] as string | number;
  switch (how) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'junk':
      parent[key] = junk;
      break;
    case 'unknown-key': {
      const target = typeof parent[key] === 'object' && parent[key] !== null ? parent[key] : parent;
      if (Array.isArray(target)) target.push(junk);
      else target['extra'] = junk;
      break;
    }
    case 'tweak-string': {
      const v = parent[key];
      if (typeof v === 'string') parent[key] = v.length > 1 ? v.slice(0, -1) + (v.endsWith('1') ? '2' : '1') : `${v}1`;
      else parent[key] = String(v);
      break;
    }
  }
  return copy;
}

const mutatedArb = fc.tuple(applicationArb, fc.nat(), fc.constantFrom(...MUTATIONS), fc.constantFrom(...JUNK)).map(([a, pick, how, junk]) => mutate(a, pick, how, junk));
const asOfArb = fc.option(fc.constantFrom('2025-01-31', '2019-06-30', '2010-01-01', '1995-05-05'), { nil: undefined });

describe('the fast parseApplication agrees with the reference implementation', () => {
  it('on generated applications, most of them valid: same results, same errors', () => {
    let ok = 0;
    fc.assert(
      fc.property(applicationArb, asOfArb, (a, asOf) => {
        const options = asOf === undefined ? {} : { asOf };
        const fast = parsed(() => parseApplication(a, options));
        expect(fast).toEqual(parsed(() => referenceParseApplication(a, options)));
        if ((fast as { ok?: unknown }).ok) ok++;
      }),
      { numRuns: 400 },
    );
    // The generator must exercise the success path, not only the errors.
    expect(ok).toBeGreaterThan(100);
  }, 60_000);

  it('on mutated applications (keys removed, undefined, wrong types and strings, unknown keys)', () => {
    fc.assert(
      fc.property(mutatedArb, asOfArb, (a, asOf) => {
        const options = asOf === undefined ? {} : { asOf };
        expect(parsed(() => parseApplication(a, options))).toEqual(parsed(() => referenceParseApplication(a, options)));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('on anything: non-objects, partial objects', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ applicant: fc.anything(), services: fc.anything(), acceptedAt: fc.anything() }, { requiredKeys: [] })), (a) => {
        expect(parsed(() => parseApplication(a))).toEqual(parsed(() => referenceParseApplication(a)));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('results do not depend on what was parsed before (the remembered identity number and instant)', () => {
    // Values that differ in one character or in the time of day only, valid and not.
    const withCheck = (body: string) => body + computeResidentIdCheckCharacter(body);
    const ids = ['51010419900315123', '51010419900315124', '51010419900316123', '11010519491231002', '11010519491231003'].flatMap((b) => [withCheck(b), withCheck(b).toLowerCase(), `${b}0`, `${b}X`]);
    const instants = ['2025-01-24', '2025-01-24T10:00:00+08:00', '2025-01-24T10:00:00Z', '2025-01-24T23:30:00-05:00', '2025-01-24T10:00:00+0800', '2025-01-24T10:00:00', '2025-01-24T10:00:61+08:00', '1991-07-01T12:00:00+08:00', '1991-07-01'];
    const variant = fc.record({ id: fc.constantFrom(...ids), acceptedAt: fc.constantFrom(...instants), asOf: asOfArb });
    const build = (v: { id: string; acceptedAt: string }) => ({ ...structuredClone(SAMPLE_APPLICATION), acceptedAt: v.acceptedAt, applicant: { ...SAMPLE_APPLICATION.applicant, residentId: v.id } });
    const run = (v: { id: string; acceptedAt: string; asOf: string | undefined }) => parsed(() => parseApplication(build(v), v.asOf === undefined ? {} : { asOf: v.asOf }));
    fc.assert(
      fc.property(fc.array(variant, { minLength: 2, maxLength: 8 }), (vs) => {
        const forward = vs.map(run);
        const backward = [...vs].reverse().map(run).reverse();
        expect(backward).toEqual(forward);
        // Each alone, right after a parse of something else.
        vs.forEach((v, i) => {
          run(vs[(i + 1) % vs.length] as (typeof vs)[number]);
          expect(run(v)).toEqual(forward[i]);
          expect(forward[i]).toEqual(parsed(() => referenceParseApplication(build(v), v.asOf === undefined ? {} : { asOf: v.asOf })));
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('the exported schemas agree with the reference', () => {
  it('applicationSchema: same data or the same issues, on valid and mutated applications', () => {
    fc.assert(
      fc.property(fc.oneof(applicationArb, mutatedArb), (a) => {
        expect(zodOutcome(applicationSchema.safeParse(a))).toEqual(zodOutcome(referenceApplicationSchema.safeParse(a)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('acceptedAt accepts exactly what isDateOrInstant accepts', () => {
    const acceptedAt = applicationBaseSchema.shape.acceptedAt;
    const near = acceptedAtArb.chain((s) => fc.tuple(fc.nat(s.length), fc.constantFrom('', '0', '9', ':', '+', 'T', 'Z', ' ', '.', '-')).map(([i, c]) => s.slice(0, i) + c + s.slice(i + 1)));
    fc.assert(
      fc.property(fc.oneof(acceptedAtArb, near, fc.string()), (s) => {
        expect(acceptedAt.safeParse(s).success).toBe(isDateOrInstant(s));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('the identity number read at once agrees with the reading issue by issue', () => {
  // A stated birth date sends inspectResidentId down the issue-by-issue path; stating the
  // number's own birth date (or, with none readable, any date) adds no issue of its own.
  const slowly = (v: unknown) => {
    const birthDate = inspectResidentId(v).birthDate;
    return inspectResidentId(v, { statedBirthDate: birthDate ?? '2000-01-01' });
  };
  const near = residentIdArb.chain(({ id }) => fc.tuple(fc.nat(17), fc.constantFrom('0', '1', '5', '9', 'X', 'x', 'a', ' ', '')).map(([i, c]) => id.slice(0, i) + c + id.slice(i + 1)));

  it('same inspection for valid numbers, near misses and any string', () => {
    fc.assert(
      fc.property(fc.oneof(residentIdArb.map((r) => r.id), near, fc.string({ minLength: 17, maxLength: 19 }), fc.string()), fc.option(fc.constantFrom('2025-01-24', '1990-03-15', '1930-01-01'), { nil: undefined }), (v, asOf) => {
        const options = asOf === undefined ? {} : { asOf };
        const birthDate = inspectResidentId(v).birthDate;
        expect(inspectResidentId(v, options)).toEqual(inspectResidentId(v, { ...options, statedBirthDate: birthDate ?? '2000-01-01' }));
        expect(outcome(() => parseResidentId(v, options))).toEqual(outcome(() => parseResidentId(v, { ...options, statedBirthDate: birthDate ?? '2000-01-01' })));
      }),
      { numRuns: 1000 },
    );
    expect(slowly('11010519491231002x').parsed?.id).toBe('11010519491231002X');
  }, 60_000);
});
