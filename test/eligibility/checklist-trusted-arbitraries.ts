/**
 * Generators shared by the trusted-core tests of the materials checklist and the acceptance
 * decision: valid checklist inputs (services, applicant facts, what was presented), and "runs" —
 * several inputs on one date and office, many of them one fact away from each other, so that a
 * plan memoised for one input would be wrongly reused for another if its key missed that fact.
 */
import fc from 'fast-check';
import { HKMO_TYPES, TAIWAN_TYPES } from '../../src/documents/endorsements/catalogue.js';
import { BUSINESS_KINDS } from '../../src/documents/endorsements/option.js';
import type { ApplicantFacts, MaterialService } from '../../src/eligibility/checklist.js';
import { APPLICATION_ROUTES, MATERIAL_IDS, SCHEME_BASES } from '../../src/eligibility/materials.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
export { outcome } from '../support/outcome.js';

/** Chengdu (容缺受理, a district and the city), Guangdong and Fujian fingerprint pilots, Beijing, Shanghai; `undefined`: no office. */
export const OFFICES = ['510104', '510100', '440300', '440100', '350200', '110101', '310104', undefined] as const;

const FIRST = parseCivilDate('2007-12-15');
const LAST = parseCivilDate('2026-03-31');

/** Dates over the whole catalogue (a few past its verified date), often after Chengdu's 容缺受理 started. */
export const date: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: parseCivilDate('2018-05-01'), max: parseCivilDate('2025-11-30') }), fc.constantFrom(parseCivilDate('2015-12-27'), parseCivilDate('2015-12-28'), parseCivilDate('2019-04-01'), parseCivilDate('2025-01-24')))
  .map(formatCivilDate);

/** Grounds: the ones the rules name, others, and free text with the characters a key might use. */
const ground = fc.option(fc.constantFrom('damaged', 'lost', 'validity-expiring', 'pages-full', 'x|d,AB', '3:ab'), { nil: undefined });

export const service: fc.Arbitrary<MaterialService> = fc.oneof(
  fc
    .record({
      document: fc.constantFrom('passport' as const, 'hkmo-permit' as const, 'taiwan-permit' as const),
      action: fc.constantFrom('first-issue' as const, 'renewal' as const, 'replacement' as const),
      ground,
    })
    .map(({ document, action, ground: g }): MaterialService => (g === undefined ? { kind: 'document', document, action } : { kind: 'document', document, action, ground: g })),
  fc.record({ kind: fc.constant('endorsement' as const), destination: fc.constantFrom('hong-kong' as const, 'macau' as const), type: fc.constantFrom<string>(...HKMO_TYPES) }),
  fc.record({ kind: fc.constant('endorsement' as const), destination: fc.constant('taiwan' as const), type: fc.constantFrom<string>(...TAIWAN_TYPES) }),
);

/** The sample application's services: a first HK/Macau permit and a G endorsement. */
export const SAMPLE_SERVICES: readonly MaterialService[] = [
  { kind: 'document', document: 'hkmo-permit', action: 'first-issue' },
  { kind: 'endorsement', destination: 'hong-kong', type: 'G' },
];

const services = fc.oneof({ weight: 3, arbitrary: fc.array(service, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant(SAMPLE_SERVICES) });

const applicantRaw = fc.record(
  {
    ageOnAcceptance: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(15, 16)),
    statesUnder16: fc.boolean(),
    registeredPersonnel: fc.boolean(),
    route: fc.constantFrom(...APPLICATION_ROUTES),
    residencePermitBased: fc.boolean(),
    schemeBasis: fc.constantFrom(...SCHEME_BASES),
    fingersUnavailable: fc.boolean(),
    urgent: fc.boolean(),
    business: fc.record({ kind: fc.constantFrom(...BUSINESS_KINDS) }),
  },
  { requiredKeys: ['ageOnAcceptance', 'route'] },
);

/** Makes generated facts valid for the services: `under16` agreeing with the age, a scheme basis on the scheme route, a business kind for S. */
export function validApplicant(raw: ApplicantFacts & { readonly statesUnder16?: boolean | undefined }, svc: readonly MaterialService[]): ApplicantFacts {
  const { statesUnder16, ...facts } = raw;
  const a: { -readonly [K in keyof ApplicantFacts]: ApplicantFacts[K] } = { ...facts };
  if (statesUnder16) a.under16 = a.ageOnAcceptance < 16;
  if (a.route === 'non-hukou-scheme' && a.residencePermitBased !== true && a.schemeBasis === undefined) a.schemeBasis = 'employed';
  if (a.business === undefined && svc.some((s) => s.kind === 'endorsement' && s.destination !== 'taiwan' && s.type === 'S')) a.business = { kind: 'filed-employer' };
  return a;
}

/** What the applicant brings: anything, or nearly everything, or the sample's five. */
export const presented: fc.Arbitrary<string[]> = fc.oneof(
  fc.subarray([...MATERIAL_IDS]),
  fc.subarray([...MATERIAL_IDS], { minLength: MATERIAL_IDS.length - 4 }),
  fc.shuffledSubarray(['application-form', 'resident-id-card', 'temporary-id', 'hukou-booklet', 'photo-capture', 'fingerprints', 'applicant-presence', 'guardian-presence', 'guardian-authorisation', 'valid-permit', 'kinship-proof']),
  fc.constant<string[]>(['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence']),
);

/** One checklist case (the view apart). */
export interface Case {
  readonly services: readonly MaterialService[];
  readonly applicant: ApplicantFacts;
  readonly presented: readonly string[];
  readonly defective?: readonly string[];
}

const defectiveOf = (p: readonly string[]) => (p.length === 0 ? fc.constant(undefined) : fc.option(fc.subarray([...p], { minLength: 1 }), { nil: undefined, freq: 3 }));

export const checklistCase: fc.Arbitrary<Case> = fc
  .record({ services, applicant: applicantRaw, presented })
  .chain(({ services: svc, applicant, presented: p }) =>
    defectiveOf(p).map((defective): Case => {
      const a = validApplicant(applicant, svc);
      return defective === undefined ? { services: svc, applicant: a, presented: p } : { services: svc, applicant: a, presented: p, defective };
    }),
  );

/** The one-fact variants of a case: each fact the rules read, changed alone. */
function variants(c: Case): Case[] {
  const a = c.applicant;
  const age = a.ageOnAcceptance;
  // first the variants with the same facts (the same plan): a key collision between two later
  // cases then shows in one order or the other (see `run`)
  const out: Case[] = [{ ...c, presented: MATERIAL_IDS.filter((m) => !c.presented.includes(m)) }, { ...c, services: [...c.services].reverse() }];
  const withFacts = (changes: Partial<ApplicantFacts>): void => {
    const next: { -readonly [K in keyof ApplicantFacts]: ApplicantFacts[K] } = { ...a, ...changes };
    if (next.under16 !== undefined) next.under16 = next.ageOnAcceptance < 16;
    out.push({ ...c, applicant: validApplicant({ ...next, statesUnder16: next.under16 !== undefined }, c.services) });
  };
  withFacts({ ageOnAcceptance: age === 16 ? 15 : age < 16 ? 16 : age + 1 });
  withFacts({ registeredPersonnel: a.registeredPersonnel !== true });
  withFacts({ residencePermitBased: a.residencePermitBased !== true });
  withFacts({ urgent: a.urgent !== true });
  withFacts({ fingersUnavailable: a.fingersUnavailable !== true });
  for (const route of APPLICATION_ROUTES) if (route !== a.route) withFacts({ route });
  for (const schemeBasis of SCHEME_BASES) if (schemeBasis !== a.schemeBasis) withFacts({ schemeBasis });
  for (const kind of BUSINESS_KINDS) if (kind !== a.business?.kind) withFacts({ business: { kind } });
  c.services.forEach((s, i) => {
    const swap = (next: MaterialService) => {
      const svc = c.services.map((x, j) => (j === i ? next : x));
      out.push({ ...c, services: svc, applicant: validApplicant({ ...a, statesUnder16: a.under16 !== undefined }, svc) });
    };
    if (s.kind === 'document') {
      for (const g of ['damaged', 'lost', 'other', undefined]) if (g !== s.ground) swap(g === undefined ? { kind: 'document', document: s.document, action: s.action } : { ...s, ground: g });
      swap({ ...s, action: s.action === 'replacement' ? 'renewal' : 'replacement' });
      swap({ ...s, document: s.document === 'passport' ? 'hkmo-permit' : 'passport' });
    } else {
      swap({ ...s, destination: s.destination === 'hong-kong' ? 'macau' : 'hong-kong', type: 'G' });
      swap({ ...s, type: s.type === 'T' ? 'G' : 'T' });
    }
  });
  if (c.services.length > 1) out.push({ ...c, services: c.services.slice(1) });
  return out;
}

/**
 * Several cases on one date and office: a base case and some of its one-fact variants, or
 * unrelated cases. Computed in order on a warm view and in the reverse order on a fresh one, a
 * plan key missing a fact gives case j the plan of an earlier case i on one side and its own on
 * the other.
 */
export const run: fc.Arbitrary<{ date: string; office: (typeof OFFICES)[number]; cases: readonly Case[] }> = fc.record({
  date,
  office: fc.constantFrom(...OFFICES),
  cases: fc.oneof(
    fc.array(checklistCase, { minLength: 1, maxLength: 4 }),
    checklistCase.map((c) => [c, ...variants(c)]),
  ),
});

