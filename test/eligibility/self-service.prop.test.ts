/**
 * Properties of the place, channel and kiosk decisions on generated inputs:
 * - they never throw on valid input (any date 2005–2025, any office, applicant and service);
 * - results are constant inside each table period: between two consecutive dates on which some
 *   table (place, channel, kiosk, endorsement), a code-level citation switch or a date of the
 *   input (residence months, permit validity, birthdays) starts or stops something, nothing changes;
 * - a first issuance is never served by a kiosk, nor by any channel but the window;
 * - the hukou place always accepts everything but talent endorsements and city regimes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL } from '../../src/documents/endorsements/index.js';
import { DOCUMENT_TYPES } from '../../src/documents/document-types.js';
import { PLACE_LOCAL, PLACE_NATIONAL, applicationPlace } from '../../src/eligibility/application-place.js';
import { channelAllowed } from '../../src/eligibility/channels.js';
import type { PlaceApplicant } from '../../src/eligibility/place-applicant.js';
import type { Service } from '../../src/eligibility/place-services.js';
import { addMonthsClamped } from '../../src/eligibility/place-services.js';
import { canSelfServe } from '../../src/eligibility/self-service.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { TableData } from '../../src/rules/table.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';

const local: Record<string, { tables: Record<string, TableData> }> = {};
for (const g of [PLACE_LOCAL, ENDORSEMENT_LOCAL]) for (const [c, t] of Object.entries(g)) Object.assign((local[c] ??= { tables: {} }).tables, t);
const NATIONAL = { ...PLACE_NATIONAL, ...ENDORSEMENT_NATIONAL };
// the built-in policy: the kiosk also reads the office and kiosk hours (local practices)
const POLICY = defaultPolicy();

const FIRST = parseCivilDate('2005-01-01');
const LAST = parseCivilDate('2025-11-30');
const PLACES = ['110105', '310104', '510104', '510703', '440304', '440305', '440106', '440402', '610112', '140105', '140202', '220104', '220202', '320505', '320102', '350203', '430102', '460105', '130102', '420102', '650102', '450103'];
const HKMO = ['T', 'S', 'L', 'G', 'Q', 'D', 'talent'];
const TAIWAN = ['L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q'];
const REGIMES = ['shenzhen.multi', 'shenzhen.weekly', 'zhuhai.weekly', 'hengqin.multi'];

const day = fc.integer({ min: FIRST, max: LAST });
const date = day.map(formatCivilDate);
const division = fc.constantFrom(...PLACES);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const applicant: fc.Arbitrary<PlaceApplicant> = fc.record(
  {
    hukou: division,
    birthDate: opt(fc.integer({ min: parseCivilDate('1940-01-01'), max: parseCivilDate('2015-12-31') }).map(formatCivilDate)),
    residencePermit: opt(fc.tuple(division, day, fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined })).map(([d, from, len]) => ({ division: d, validFrom: formatCivilDate(from), ...(len === undefined ? {} : { validTo: formatCivilDate(from + len) }) }))),
    residence: opt(fc.record({ division, since: date })),
    registeredPersonnel: opt(fc.boolean()),
    activeMilitary: opt(fc.boolean()),
    work: opt(fc.record({ division, socialInsuranceMonths: opt(fc.integer({ min: 0, max: 30 })) }, { requiredKeys: ['division'] })),
    study: opt(fc.record({ division })),
    business: opt(fc.record({ filingDivision: division })),
    filedEnterpriseStaff: opt(fc.boolean()),
  },
  { requiredKeys: ['hukou'] },
) as fc.Arbitrary<PlaceApplicant>;

const action = fc.constantFrom('first-issue', 'renewal', 'replacement') as fc.Arbitrary<'first-issue' | 'renewal' | 'replacement'>;
const documentService: fc.Arbitrary<Service> = fc.record({ document: fc.constantFrom(...DOCUMENT_TYPES), action: opt(action) }).map((s) => ({ kind: 'document' as const, ...s }));
const endorsementService: fc.Arbitrary<Service> = fc
  .record({
    destination: fc.constantFrom('hong-kong', 'macau', 'taiwan') as fc.Arbitrary<'hong-kong' | 'macau' | 'taiwan'>,
    pick: fc.nat(),
    entries: opt(fc.constantFrom('single', 'double', 'multi') as fc.Arbitrary<'single' | 'double' | 'multi'>),
    regime: opt(fc.constantFrom(...REGIMES)),
    action: opt(action),
  })
  .map(({ destination, pick, entries, regime, action: a }) => {
    const types = destination === 'taiwan' ? TAIWAN : HKMO;
    const type = types[pick % types.length] as string;
    const withRegime = regime !== undefined && destination !== 'taiwan' && type === 'G';
    return { kind: 'endorsement' as const, action: a, endorsement: { destination, type, entries, regime: withRegime ? regime : undefined } };
  });
const service = fc.oneof(documentService, endorsementService);
const relative = opt(fc.record({ hukou: division, relationship: fc.constantFrom('spouse', 'child', 'parent') as fc.Arbitrary<'spouse' | 'child' | 'parent'> }));
const permit = fc.record({ form: fc.constantFrom('booklet', 'card') as fc.Arbitrary<'booklet' | 'card'>, issuedIn: opt(division) });
const channel = fc.constantFrom('window', 'kiosk', 'online', 'post', 'police-station', 'agency') as fc.Arbitrary<'window' | 'kiosk' | 'online' | 'post' | 'police-station' | 'agency'>;

const input = fc.record({ applicant, service, office: division, relative, permit, channel, priorDocumentValid: opt(fc.boolean()) });
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

/** Everything the three decisions say on a date (the date itself, quoted in "not in force on {date}", normalised). */
function decide(i: Input, d: string): string {
  const view = policyAt(POLICY, d, { division: i.office });
  return JSON.stringify([
    applicationPlace({ view, applicant: i.applicant, service: i.service, office: i.office, relative: i.relative }),
    canSelfServe(view, { kiosk: i.office, applicant: i.applicant, permit: i.permit, service: i.service }),
    channelAllowed({ view, channel: i.channel, service: i.service, applicant: i.applicant, permit: i.permit, priorDocumentValid: i.priorDocumentValid }),
  ]).replaceAll(`"date":"${d}"`, '"date":"D"');
}

// Dates on which some table starts or stops something, and the code-level switches of citations.
const TABLE_STARTS: number[] = (() => {
  const s = new Set<number>([parseCivilDate('2007-01-01'), parseCivilDate('2012-03-01'), parseCivilDate('2018-02-01')]);
  const tables = [...Object.values(NATIONAL), ...Object.values(local).flatMap((m) => Object.values(m.tables))];
  for (const t of tables) {
    for (const item of t.kind === 'value' ? t.entries : t.members) {
      s.add(parseCivilDate(item.from));
      if (item.to !== undefined) s.add(parseCivilDate(item.to) + 1);
    }
  }
  return [...s];
})();

/** The input's own boundaries: residence and permit months, permit validity, birthdays (both readings of 29 February). */
function inputStarts(i: Input): number[] {
  const out: number[] = [];
  const months = (from: string) => {
    for (const m of [6, 12]) out.push(parseCivilDate(addMonthsClamped(from, m)));
  };
  const a = i.applicant;
  if (a.residence) {
    out.push(parseCivilDate(a.residence.since));
    months(a.residence.since);
  }
  if (a.residencePermit) {
    out.push(parseCivilDate(a.residencePermit.validFrom));
    months(a.residencePermit.validFrom);
    if (a.residencePermit.validTo !== undefined) out.push(parseCivilDate(a.residencePermit.validTo) + 1);
  }
  if (a.birthDate) {
    for (const years of [16, 60]) {
      const b = parseCivilDate(addMonthsClamped(a.birthDate, years * 12));
      out.push(b, b + 1);
    }
  }
  return out;
}

describe('properties', () => {
  it('never throws on valid input', () => {
    fc.assert(
      fc.property(input, date, (i, d) => {
        decide(i, d);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('results are constant inside each table period', () => {
    fc.assert(
      fc.property(input, day, (i, d) => {
        const starts = [...TABLE_STARTS, ...inputStarts(i)].filter((s) => s <= d);
        const b = Math.max(FIRST, ...starts);
        expect(decide(i, formatCivilDate(d))).toBe(decide(i, formatCivilDate(b)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a first issuance is never allowed at a kiosk, nor through any channel but the window', () => {
    fc.assert(
      fc.property(input, date, (i, d) => {
        const s: Service = { ...i.service, action: 'first-issue' };
        const view = policyAt(POLICY, d, { division: i.office });
        expect(canSelfServe(view, { kiosk: i.office, applicant: i.applicant, permit: i.permit, service: s }).ok).toBe(false);
        const c = channelAllowed({ view, channel: i.channel, service: s, applicant: i.applicant, permit: i.permit, priorDocumentValid: i.priorDocumentValid });
        expect(c.status).toBe(i.channel === 'window' ? 'allowed' : 'not-allowed');
      }),
      { numRuns: 300 },
    );
    // documents are never served by a kiosk, whatever the action
    fc.assert(
      fc.property(input, documentService, date, (i, s, d) => {
        expect(canSelfServe(policyAt(POLICY, d, { division: i.office }), { kiosk: i.office, applicant: i.applicant, permit: i.permit, service: s }).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the hukou place accepts everything but talent endorsements and city regimes', () => {
    fc.assert(
      fc.property(input, date, (i, d) => {
        const talent = i.service.endorsement?.type === 'talent';
        const regime = i.service.endorsement?.regime !== undefined;
        fc.pre(!talent && !regime);
        const office = i.applicant.hukou;
        const r = applicationPlace({ view: policyAt(POLICY, d, { division: office }), applicant: i.applicant, service: i.service, office, relative: i.relative });
        expect(r).toMatchObject({ status: 'allowed', route: 'hukou-place' });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
