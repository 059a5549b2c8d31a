/**
 * Properties of endorsementOptions on generated, schema-valid requests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCivilDate, parseCivilDate } from '../../../src/rules/civil-date.js';
import { policyAt } from '../../../src/rules/policy-at.js';
import { catalogueProblems } from '../../../src/rules/reasons.js';
import type { TableData, ValueTableSpec } from '../../../src/rules/table.js';
import { DESTINATIONS, ENDORSEMENT_TYPES } from '../../../src/documents/endorsements/catalogue.js';
import { type EndorsementOptions } from '../../../src/documents/endorsements/endorsement-options.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import type { Applicant, EndorsementRequest } from '../../../src/documents/endorsements/request.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_REASONS, ENDORSEMENT_TABLES } from '../../../src/documents/endorsements/tables.js';
import { POLICY } from './fixture.js';
import { applicantArb, catalogued, county, day } from './arbitraries.js';


// Divisions: catalogued provinces and prefectures, counties under them, Zhuhai and Shenzhen weighted up.
const division = fc.oneof(fc.constantFrom(...catalogued), county, fc.constantFrom('440304', '440402', '610113', '110105', '230102', '320302'));

const requestArb = (dates: fc.Arbitrary<string>, expiry: fc.Arbitrary<string>, date: fc.Arbitrary<string>): fc.Arbitrary<EndorsementRequest> =>
  fc.record({
    applicant: applicantArb(division, dates),
    permit: fc.record({ type: fc.constantFrom('hkmo' as const, 'taiwan' as const), form: fc.constantFrom('booklet' as const, 'card' as const), expiry }),
    destination: fc.constantFrom(...DESTINATIONS),
    type: fc.constantFrom(...ENDORSEMENT_TYPES),
    date,
    division,
  });

const anyDate = day('1985-01-01', '2030-12-31');

describe('endorsementOptions properties', () => {
  it('never throws on schema-valid input (any date, with beyondVerified: flag)', () => {
    fc.assert(
      fc.property(requestArb(anyDate, anyDate, anyDate), (req) => {
        endorsementOptions(req, { policy: POLICY, beyondVerified: 'flag' });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on schema-valid input up to verifiedThrough (default settings)', () => {
    fc.assert(
      fc.property(requestArb(anyDate, anyDate, day('1985-01-01', '2025-11-30')), (req) => {
        endorsementOptions(req, { policy: POLICY });
      }),
      { numRuns: 300 },
    );
  });

  it('a granted endorsement never outlives its permit, and starts on the issue date', () => {
    // requests biased towards granting: office at the hukou, permit of the right kind
    const arb = requestArb(anyDate, day('2003-01-01', '2035-12-31'), day('2003-01-01', '2025-11-30')).map((r) => ({
      ...r,
      division: r.applicant.hukou,
      permit: { ...r.permit, type: r.destination === 'taiwan' ? ('taiwan' as const) : ('hkmo' as const) },
    }));
    let grantedSome = 0;
    fc.assert(
      fc.property(arb, (req) => {
        const r = endorsementOptions(req, { policy: POLICY });
        if (r.status !== 'available') return true;
        grantedSome++;
        return r.options.every((o) => o.validFrom === req.date && o.validFrom <= o.validUntil && o.validUntil <= req.permit.expiry && o.cappedByPermit === (o.validUntil === req.permit.expiry && o.notes.some((n) => n.code === 'endorsement.option.capped-by-permit')));
      }),
      { numRuns: 600 },
    );
    expect(grantedSome).toBeGreaterThan(20);
  });
});

// --- same result for any two dates inside one period of every table ---------------------------

const boundaries = (t: TableData): number[] => (t.kind === 'value' ? t.entries : t.members).flatMap((r) => (r.to === undefined ? [parseCivilDate(r.from)] : [parseCivilDate(r.from), parseCivilDate(r.to) + 1]));
const ALL_BOUNDARIES = [
  ...new Set([
    ...Object.values(ENDORSEMENT_NATIONAL).flatMap(boundaries),
    ...Object.values(ENDORSEMENT_LOCAL).flatMap((tables) => Object.values(tables).flatMap(boundaries)),
    parseCivilDate('1985-01-01'),
    parseCivilDate('2025-12-01'),
  ]),
].sort((a, b) => a - b);
// segments [start, end) between consecutive boundaries, up to verifiedThrough
const SEGMENTS = ALL_BOUNDARIES.slice(0, -1).map((start, i) => [start, ALL_BOUNDARIES[i + 1] as number] as const);

/** The result without what depends on the date itself (the date, issue and end dates). */
function normalise(r: EndorsementOptions): unknown {
  const params = (p: Readonly<Record<string, string | number>>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'date'));
  const reasons = (xs: readonly { code: string; params: Readonly<Record<string, string | number>> }[]) => xs.map((x) => [x.code, params(x.params)]);
  return {
    status: r.status,
    reasons: r.status === 'refused' ? reasons(r.reasons) : [],
    options: r.status === 'available' ? r.options.map((o) => [o.id, o.validity, o.entries, o.stay, o.frequency, o.cappedByPermit, reasons(o.notes)]) : [],
    refused: r.refused.map((x) => [x.id, reasons(x.reasons)]),
    basis: r.basis.map((b) => [b.table, b.period.from, b.member]).sort(),
  };
}

describe('stability inside periods', () => {
  it('every table gives the same value for any two dates inside one of its periods', () => {
    const valueSpecs = ENDORSEMENT_TABLES.filter((s): s is ValueTableSpec<unknown> => s.kind === 'value');
    fc.assert(
      fc.property(fc.constantFrom(...valueSpecs), fc.constantFrom(undefined, ...Object.keys(ENDORSEMENT_LOCAL)), fc.nat(), fc.nat(), fc.nat(), (spec, div, s, x, y) => {
        const [start, end] = SEGMENTS[s % SEGMENTS.length] as readonly [number, number];
        const a = formatCivilDate(start + (x % (end - start)));
        const b = formatCivilDate(start + (y % (end - start)));
        const opts = div === undefined ? {} : { division: div };
        expect(policyAt(POLICY, a, opts).value(spec)).toEqual(policyAt(POLICY, b, opts).value(spec));
      }),
      { numRuns: 500 },
    );
  });

  it('endorsementOptions gives the same decision for any two dates inside one period of every table', () => {
    // the applicant's own dates are fixed far outside the tables' periods, and no birth date
    // (an age changes on a birthday, which is the applicant's boundary, not a table's)
    const far = fc.constant('2090-01-01');
    const arb = fc.tuple(requestArb(fc.constant('1980-01-01'), far, fc.constant('2000-01-01')), fc.nat(), fc.nat(), fc.nat(), fc.boolean()).map(([r, s, x, y, atHukou]) => {
      const [start, end] = SEGMENTS[s % SEGMENTS.length] as readonly [number, number];
      const { birthDate: _drop, admission, taiwan, residencePermit, ...rest } = r.applicant;
      const applicant: Applicant = {
        ...rest,
        ...(admission ? { admission: { ...admission, until: '2090-01-01' } } : {}),
        ...(taiwan ? { taiwan: { ...taiwan, studyUntil: '2090-01-01' } } : {}),
        ...(residencePermit ? { residencePermit: { ...residencePermit, validFrom: '1980-01-01', validTo: '2090-01-01' } } : {}),
      };
      const req = { ...r, applicant, division: atHukou ? applicant.hukou : r.division };
      return [req, formatCivilDate(start + (x % (end - start))), formatCivilDate(start + (y % (end - start)))] as const;
    });
    fc.assert(
      fc.property(arb, ([req, a, b]) => {
        const ra = endorsementOptions({ ...req, date: a }, { policy: POLICY });
        const rb = endorsementOptions({ ...req, date: b }, { policy: POLICY });
        expect(normalise(ra)).toEqual(normalise(rb));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the reason catalogue', () => {
  it('has no problems: dotted codes, both locales, every parameter declared and used', () => {
    expect(catalogueProblems(ENDORSEMENT_REASONS)).toEqual([]);
  });
});
