/**
 * The trusted cores of the document functions (validity, refusals, exit bans) and the plans of
 * the form and the grounds: the same results as the public functions and as the direct
 * algorithms, and the same through a warm view as on a fresh policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borderOffenceReason } from '../../src/documents/border-offence-bar.js';
import { documentFormAt } from '../../src/documents/document-form.js';
import { DOCUMENT_TYPES, type DocumentType } from '../../src/documents/document-types.js';
import { EXIT_BAN_TABLE, type ExitBanFlags, exitBans, exitBansTrusted } from '../../src/documents/exit-bans.js';
import { GROUND_CODES, GROUND_LABELS, type GroundCode, REPLACEMENT_GROUND_TABLES, RENEWAL_GROUND_TABLES, renewalGrounds, replacementGrounds } from '../../src/documents/grounds.js';
import { type DocumentReason, documentReason } from '../../src/documents/reasons.js';
import { type DocumentRefusalFlags, REFUSAL_GROUND_TABLES, documentRefusals, documentRefusalsTrusted } from '../../src/documents/refusals.js';
import { type ValidityInput, validityFor, validityForTrusted } from '../../src/documents/validity.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { type PolicyView, type RuleSource, policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import type { SetMember, SetTableSpec } from '../../src/rules/table.js';
import { outcome } from '../support/outcome.js';

const POLICY = defaultPolicy();
const day = (min: string, max: string) => fc.integer({ min: parseCivilDate(min), max: parseCivilDate(max) }).map(formatCivilDate);
const divisions = fc.constantFrom('510100', '440100', '440304', '350200', '110105', '230100');
const view = (policy: Policy, date: string, division: string): PolicyView => policyAt(policy, date, { division, beyondVerified: 'flag' });


// --- the algorithms as they were before the plans (the reference) --------------------------------

const REFUSAL_FLAGS = [
  ['notPrcNational', 'not-prc-national'],
  ['identityUnproven', 'identity-unproven'],
  ['fraud', 'fraud'],
  ['servingSentence', 'serving-sentence'],
  ['civilCaseCourtNotice', 'civil-case-court-notice'],
  ['criminalSuspect', 'criminal-suspect'],
  ['nationalSecurityObjection', 'national-security-objection'],
  ['reeducationThroughLabour', 'reeducation-through-labour'],
] as const;
const BAN_FLAGS = [
  ['noValidDocument', 'no-valid-document'],
  ['refusesInspection', 'refuses-inspection'],
  ['servingSentence', 'serving-sentence'],
  ['criminalSuspect', 'criminal-suspect'],
  ['civilCaseCourtNotice', 'civil-case-court-notice'],
  ['nationalSecurityObjection', 'national-security-objection'],
  ['reeducationThroughLabour', 'reeducation-through-labour'],
  ['otherLegalGround', 'other-legal-ground'],
] as const;

function referenceRefusals(v: PolicyView, type: DocumentType, flags: DocumentRefusalFlags): DocumentReason[] {
  const spec = REFUSAL_GROUND_TABLES[type];
  const inForce = new Map(v.members(spec).map((m) => [m.member, m]));
  const reasons: DocumentReason[] = [];
  let unverified = false;
  const hit = (ground: string): SetMember | undefined => {
    const m = inForce.get(ground);
    if (m) unverified ||= v.member(spec, ground)?.unverified === true;
    return m;
  };
  for (const [flag, ground] of REFUSAL_FLAGS) {
    const m = flags[flag] === true ? hit(ground) : undefined;
    if (m) reasons.push(documentReason(`document.refusal.${ground}`, {}, m.cite));
  }
  const offence = flags.repatriatedOrConvictedBorderOffence;
  if (offence) {
    const m = hit('border-offence-bar');
    const r = m ? borderOffenceReason(v, offence, 'refusal', ['flags', 'repatriatedOrConvictedBorderOffence'], m.cite) : undefined;
    if (r) reasons.push(r);
  }
  if (flags.registeredPersonnel && !flags.registeredPersonnel.approvalLetter) {
    const m = hit('registered-personnel-without-approval');
    if (m) reasons.push(documentReason('document.refusal.registered-personnel-without-approval', {}, m.cite));
  }
  if (unverified) reasons.push(documentReason('document.unverified', { table: spec.id }));
  return reasons;
}

function referenceExitBans(v: PolicyView, flags: ExitBanFlags): DocumentReason[] {
  const inForce = new Map(v.members(EXIT_BAN_TABLE).map((m) => [m.member, m]));
  const reasons: DocumentReason[] = [];
  let unverified = false;
  const hit = (ground: string): SetMember | undefined => {
    const m = inForce.get(ground);
    if (m) unverified ||= v.member(EXIT_BAN_TABLE, ground)?.unverified === true;
    return m;
  };
  for (const [flag, ground] of BAN_FLAGS) {
    const m = flags[flag] === true ? hit(ground) : undefined;
    if (m) reasons.push(documentReason(`document.exit-ban.${ground}`, {}, m.cite));
  }
  const offence = flags.repatriatedOrConvictedBorderOffence;
  if (offence) {
    const m = hit('border-offence-bar');
    const r = m ? borderOffenceReason(v, offence, 'exit-ban', ['flags', 'repatriatedOrConvictedBorderOffence'], m.cite) : undefined;
    if (r) reasons.push(r);
  }
  if (unverified) reasons.push(documentReason('document.unverified', { table: EXIT_BAN_TABLE.id }));
  return reasons;
}

function referenceGrounds(v: PolicyView, type: DocumentType, tables: Readonly<Record<'passport', SetTableSpec>>): unknown {
  if (type !== 'passport') return { kind: 'not-modelled', type, reasons: [documentReason('document.grounds.not-modelled', {})] };
  const spec = tables[type];
  const members = v.members(spec) as readonly (SetMember & { readonly source: RuleSource })[];
  const order = (c: string) => GROUND_CODES.indexOf(c as GroundCode);
  const grounds = [...members]
    .sort((a, b) => order(a.member) - order(b.member))
    .map((m) => {
      const code = m.member as GroundCode;
      const g = { code, label: GROUND_LABELS[code], cite: m.cite, source: m.source };
      return m.uncertain === undefined ? g : { ...g, uncertain: m.uncertain };
    });
  return { kind: 'grounds', type, table: spec.id, grounds };
}

// --- generators -----------------------------------------------------------------------------------

const offence = fc.record({ endedOn: day('2005-01-01', '2026-06-30'), barMonths: fc.option(fc.integer({ min: 3, max: 40 }), { nil: undefined }) }).map((o) => (o.barMonths === undefined ? { endedOn: o.endedOn } : o));
const refusalFlags: fc.Arbitrary<DocumentRefusalFlags> = fc.record(
  {
    notPrcNational: fc.boolean(),
    identityUnproven: fc.boolean(),
    fraud: fc.boolean(),
    servingSentence: fc.boolean(),
    civilCaseCourtNotice: fc.boolean(),
    criminalSuspect: fc.boolean(),
    nationalSecurityObjection: fc.boolean(),
    reeducationThroughLabour: fc.boolean(),
    repatriatedOrConvictedBorderOffence: offence,
    registeredPersonnel: fc.record({ approvalLetter: fc.boolean() }),
  },
  { requiredKeys: [] },
);
const banFlags: fc.Arbitrary<ExitBanFlags> = fc.record(
  {
    noValidDocument: fc.boolean(),
    refusesInspection: fc.boolean(),
    servingSentence: fc.boolean(),
    criminalSuspect: fc.boolean(),
    civilCaseCourtNotice: fc.boolean(),
    nationalSecurityObjection: fc.boolean(),
    reeducationThroughLabour: fc.boolean(),
    otherLegalGround: fc.boolean(),
    repatriatedOrConvictedBorderOffence: offence,
  },
  { requiredKeys: [] },
);
const docType = fc.constantFrom(...DOCUMENT_TYPES);

/** One call of each function on a date and office (birth before the date). */
const caseArb = (dates: fc.Arbitrary<string>) =>
  fc.record({
    date: dates,
    division: divisions,
    type: docType,
    birthDate: day('1930-01-01', '2025-12-31'),
    variant: fc.option(fc.constantFrom('one-time', 'multiple', 'other'), { nil: undefined }),
    refusal: refusalFlags,
    ban: banFlags,
  });
type Case = typeof caseArb extends (d: fc.Arbitrary<string>) => fc.Arbitrary<infer C> ? C : never;

const validityInput = (v: PolicyView, c: Case): ValidityInput => ({
  view: v,
  type: c.type,
  birthDate: c.birthDate <= c.date ? c.birthDate : c.date,
  acceptedOn: c.date,
  ...(c.variant === undefined ? {} : { variant: c.variant }),
});

/** Every trusted result of a case on a policy. */
function trustedResults(policy: Policy, c: Case): unknown {
  const v = view(policy, c.date, c.division);
  return {
    form: outcome(() => documentFormAt(v, c.type)),
    validity: outcome(() => validityForTrusted(validityInput(v, c))),
    refusals: outcome(() => documentRefusalsTrusted({ view: v, type: c.type, flags: c.refusal })),
    bans: outcome(() => exitBansTrusted({ view: v, flags: c.ban })),
    renewal: outcome(() => renewalGrounds(v, c.type)),
    replacement: outcome(() => replacementGrounds(v, c.type)),
  };
}

describe('document trusted cores', () => {
  it('agree with the public functions (check + core) and with the direct algorithms', () => {
    fc.assert(
      fc.property(caseArb(day('1986-01-01', '2026-06-30')), (c) => {
        const v = view(POLICY, c.date, c.division);
        const input = validityInput(v, c);
        expect(outcome(() => validityForTrusted(input))).toEqual(outcome(() => validityFor(input)));
        const refusals = outcome(() => documentRefusalsTrusted({ view: v, type: c.type, flags: c.refusal }));
        expect(refusals).toEqual(outcome(() => documentRefusals({ view: v, type: c.type, flags: c.refusal })));
        expect(refusals).toEqual(outcome(() => referenceRefusals(v, c.type, c.refusal)));
        const bans = outcome(() => exitBansTrusted({ view: v, flags: c.ban }));
        expect(bans).toEqual(outcome(() => exitBans({ view: v, flags: c.ban })));
        expect(bans).toEqual(outcome(() => referenceExitBans(v, c.ban)));
        expect(renewalGrounds(v, c.type)).toEqual(referenceGrounds(v, c.type, RENEWAL_GROUND_TABLES));
        expect(replacementGrounds(v, c.type)).toEqual(referenceGrounds(v, c.type, REPLACEMENT_GROUND_TABLES));
      }),
      { numRuns: 1500 },
    );
  });

  it('give through a warm view what a fresh policy gives (no memo key misses an input)', () => {
    const dates = fc.constantFrom('2006-12-31', '2007-01-01', '2014-05-20', '2016-12-26', '2025-01-24', '2026-01-05');
    fc.assert(
      fc.property(fc.array(caseArb(dates), { minLength: 2, maxLength: 12 }), (cases) => {
        const warm = cases.map((c) => trustedResults(POLICY, c));
        const fresh = structuredClone(POLICY);
        for (let n = cases.length - 1; n >= 0; n--) expect(trustedResults(fresh, cases[n] as Case)).toEqual(warm[n]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('give a validity by age and variant, once per view, for every age (curated)', () => {
    // the warm view holds the results of every other age and variant; on the fresh policy each
    // key is computed for the first time
    const policy = structuredClone(POLICY);
    for (const date of ['2006-12-31', '2007-01-01', '2014-05-20', '2025-01-24']) {
      const warm = view(POLICY, date, '440100');
      const fresh = view(structuredClone(policy), date, '440100');
      for (const type of DOCUMENT_TYPES) {
        for (let age = 0; age <= 70; age += 1) {
          for (const variant of [undefined, 'one-time', 'multiple', 'x']) {
            const birthDate = formatCivilDate(parseCivilDate(date) - Math.round(age * 365.25) - 3);
            const input: ValidityInput = { view: warm, type, birthDate, acceptedOn: date, ...(variant === undefined ? {} : { variant }) };
            expect(validityForTrusted(input)).toEqual(validityFor({ ...input, view: fresh }));
          }
        }
      }
    }
  }, 60_000);

  it('hand out new lists of frozen reasons', () => {
    const v = view(POLICY, '2025-01-24', '510100');
    const a = documentRefusalsTrusted({ view: v, type: 'passport', flags: {} });
    a.push(documentReason('document.refusal.fraud', {}));
    expect(documentRefusalsTrusted({ view: v, type: 'passport', flags: {} })).toEqual([]);
    const b = exitBansTrusted({ view: v, flags: { servingSentence: true } });
    expect(b.map((r) => r.code)).toEqual(['document.exit-ban.serving-sentence']);
    expect(Object.isFrozen(b[0])).toBe(true);
    expect(exitBansTrusted({ view: v, flags: { servingSentence: true } })).not.toBe(b);
  });
});
