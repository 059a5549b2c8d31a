/**
 * The trusted core of the place decision, applicationPlaceTrusted (what evaluate calls on an
 * input it has already checked), against the public applicationPlace:
 * - the public function is the check plus the core: both give the same result, or the same error;
 * - the core on the raw (valid) input gives what the public function gives;
 * - memoised results (with the default lookups) equal results computed without the memo;
 * - a result obtained through a warm view (its memo filled by earlier calls with other inputs)
 *   deep-equals the result on a fresh policy (structuredClone compiles anew: empty views and
 *   memos), also on a what-if policy whose route rules have other age and month thresholds:
 *   the proof that the memo key names every input the decision depends on;
 * - over many days of one warm policy (plans shared between the days whose rules answer alike),
 *   each result deep-equals the decision computed directly (no plan shared) on a fresh policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationPlace, applicationPlaceTrusted, checkApplicationPlaceInput } from '../../src/eligibility/application-place.js';
import { ageYears, monthsResided } from '../../src/eligibility/place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS } from '../../src/eligibility/place-lookups.js';
import { addMonthsClamped } from '../../src/eligibility/place-services.js';
import { ageOn } from '../../src/documents/age.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { CODE_DAYS, DAY_SHIFTS, flipRun, manyDays, outcome, run as looseRun, tightRun } from './place-trusted-arbitraries.js';

/** Loose runs (any inputs, variants of a base case), tight ones (small domains: many pairs differ by one fact) and flip runs (a base case and every one-fact variant of it). */
const run = fc.oneof({ weight: 1, arbitrary: looseRun }, { weight: 1, arbitrary: tightRun }, { weight: 2, arbitrary: flipRun });
const view = (policy: Policy, date: string, office: string, flag = true) => policyAt(policy, date, flag ? { division: office, beyondVerified: 'flag' } : { division: office });
/** Lookups that behave as the default ones but are another object: the core then computes without its memo. */
const UNMEMOISED = { isSchemeCity: DEFAULT_SCHEME_LOOKUPS.isSchemeCity, cityRegime: DEFAULT_SCHEME_LOOKUPS.cityRegime };

const WHAT_IF_CITE = { issuer: 'what-if', title: 'Other thresholds' };
const WHAT_IF: readonly Change[] = [
  { op: 'set', table: 'place.scheme.2013-elderly', from: '2016-01-01', value: { services: ['passport', 'hkmo-permit', 'taiwan-permit'], minAge: 65, minResidenceMonths: 3 }, cite: WHAT_IF_CITE },
  { op: 'set', table: 'place.in-province', from: '2018-02-01', value: { services: ['passport', 'hkmo-permit', 'hkmo.G', 'hkmo.L'], minResidenceMonths: 7, minAge: 17, excludes: ['active-military'] }, cite: WHAT_IF_CITE },
  {
    op: 'set',
    table: 'place.scheme.2013-passport',
    from: '2015-01-01',
    value: { services: ['passport', 'hkmo-permit'], who: ['employed', 'student', 'local-relative'], minInsuranceMonths: 13, relationships: ['spouse', 'child', 'parent'], childUnder: 18 },
    cite: WHAT_IF_CITE,
  },
];

describe('applicationPlaceTrusted', () => {
  it('the public function is the check plus the core; the core on the raw input, and without its memo, agrees', () => {
    const policy = defaultPolicy();
    fc.assert(
      fc.property(run, fc.boolean(), ({ date, office, cases }, flag) => {
        const v = view(policy, date, office, flag);
        for (const c of cases) {
          const input = { ...c.place, view: v };
          const pub = outcome(() => applicationPlace(input));
          expect(outcome(() => applicationPlaceTrusted(checkApplicationPlaceInput(input)))).toEqual(pub);
          expect(outcome(() => applicationPlaceTrusted(input))).toEqual(pub);
          expect(outcome(() => applicationPlaceTrusted(input, UNMEMOISED))).toEqual(pub);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a result through a warm view deep-equals the result on a fresh policy', () => {
    const warm = defaultPolicy();
    fc.assert(
      fc.property(run, fc.boolean(), ({ date, office, cases }, flag) => {
        const w = view(warm, date, office, flag);
        const warmResults = cases.map((c) => outcome(() => applicationPlaceTrusted({ ...c.place, view: w })));
        // fresh: empty memos; evaluated in reverse order, so that two inputs sharing a key would meet the other's result
        const f = view(structuredClone(warm), date, office, flag);
        const freshResults = cases.map(() => undefined as unknown);
        for (let i = cases.length - 1; i >= 0; i--) freshResults[i] = outcome(() => applicationPlaceTrusted({ ...(cases[i] as (typeof cases)[number]).place, view: f }));
        expect(warmResults).toEqual(freshResults);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('also on a what-if policy with other age, residence and insurance thresholds', () => {
    const warm = withChanges(defaultPolicy(), WHAT_IF);
    fc.assert(
      fc.property(run, ({ date, office, cases }) => {
        const w = view(warm, date, office);
        const warmResults = cases.map((c) => outcome(() => applicationPlaceTrusted({ ...c.place, view: w })));
        for (const [i, c] of cases.entries()) expect(outcome(() => applicationPlaceTrusted({ ...c.place, view: w }, UNMEMOISED))).toEqual(warmResults[i]);
        const f = view(structuredClone(warm), date, office);
        for (let i = cases.length - 1; i >= 0; i--) expect(outcome(() => applicationPlaceTrusted({ ...(cases[i] as (typeof cases)[number]).place, view: f }))).toEqual(warmResults[i]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('over many days of one warm policy, each result deep-equals the direct decision on a fresh policy', () => {
    const warmPolicies = [defaultPolicy(), withChanges(defaultPolicy(), WHAT_IF)];
    fc.assert(
      fc.property(run, DAY_SHIFTS, CODE_DAYS, fc.boolean(), fc.constantFrom(0, 1), ({ date, office, cases }, shifts, codeDays, flag, which) => {
        const warm = warmPolicies[which] as Policy;
        const fresh = structuredClone(warm);
        for (const d of manyDays(date, shifts, codeDays)) {
          const w = view(warm, d, office, flag);
          const f = view(fresh, d, office, flag);
          for (const c of cases) {
            expect(outcome(() => applicationPlaceTrusted({ ...c.place, view: w }))).toEqual(outcome(() => applicationPlaceTrusted({ ...c.place, view: f }, UNMEMOISED)));
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('results are frozen (they are shared through the memo)', () => {
    const v = view(defaultPolicy(), '2025-01-24', '510100');
    const d = applicationPlaceTrusted({ view: v, applicant: { hukou: '510104', birthDate: '1990-03-15' }, service: { kind: 'document', document: 'hkmo-permit', action: 'first-issue' }, office: '510100' });
    expect(d).toMatchObject({ status: 'allowed', route: 'hukou-place' });
    expect(Object.isFrozen(d) && Object.isFrozen(d.reasons) && d.reasons.every((r) => Object.isFrozen(r) && Object.isFrozen(r.params))).toBe(true);
    const n = applicationPlaceTrusted({ view: v, applicant: { hukou: '440304' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } }, office: '510100' });
    expect(n.status).toBe('not-allowed');
    if (n.status === 'not-allowed') expect(Object.isFrozen(n.where) && n.where.every((x) => Object.isFrozen(x) && Object.isFrozen(x.area) && Object.isFrozen(x.label))).toBe(true);
  }, 60_000);
});

describe('ages and months resided, as the classes count them', () => {
  const dates = fc.integer({ min: parseCivilDate('2003-01-01'), max: parseCivilDate('2026-12-31') });
  it('ageYears is ageOn', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 40_000 }), (d, back) => {
        const date = formatCivilDate(d);
        const b = formatCivilDate(d - back);
        expect(ageYears(b, date)).toBe(ageOn(b, date));
      }),
      { numRuns: 5000 },
    );
    // 29 February birthdays around the end of February, in common and leap years
    fc.assert(
      fc.property(fc.integer({ min: 1904, max: 2024 }).map((y) => y - (y % 4)), fc.integer({ min: 1, max: 100 }), fc.constantFrom('02-27', '02-28', '02-29', '03-01', '03-02'), (by, years, md) => {
        const y = by + years;
        const date = `${y}-${md}`;
        if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return;
        expect(ageYears(`${by}-02-29`, date)).toBe(ageOn(`${by}-02-29`, date));
      }),
      { numRuns: 2000 },
    );
  });
  it('monthsResided: m <= monthsResided(s, date) exactly when s <= date and addMonthsClamped(s, m) <= date', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -60, max: 800 }), fc.constantFrom(0, 1, 3, 6, 7, 11, 12, 13, 24), (d, back, months) => {
        const date = formatCivilDate(d);
        const s = formatCivilDate(d - back);
        expect(months <= monthsResided(s, date)).toBe(s <= date && addMonthsClamped(s, months) <= date);
      }),
      { numRuns: 5000 },
    );
  });
});
