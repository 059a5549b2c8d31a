/**
 * The endorsement plan shared by the days of one rule state: requests with the same facts moved
 * over many days (the permit, admission, study period, residence permit and birth date crossing
 * the day on some of them), on one warm policy in a shuffled order, give what the direct
 * evaluation gives on each day; and a request on the days of one rule state does share one plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/builtin/builtin-policy.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import { DESTINATIONS, ENDORSEMENT_TYPES } from '../../../src/documents/endorsements/catalogue.js';
import { endorsementOptionsTrusted, endorsementOptionsUnplanned } from '../../../src/documents/endorsements/endorsement-options.js';
import type { EndorsementRequest } from '../../../src/documents/endorsements/request.js';
import { policyAt } from '../../../src/rules/policy-at.js';
import { outcome } from '../../support/outcome.js';
import { applicantArb, day } from './arbitraries.js';

const POLICY = defaultPolicy();

/** A civil date `days` after `date`. */
function shifted(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

// places with their own rules (Shenzhen, Zhuhai/Hengqin, Guangzhou, Chengdu, Xi'an, Harbin, Beijing, Xiamen …)
const divisions = fc.constantFrom('440304', '440300', '440402', '440400', '440106', '510104', '510100', '610113', '110105', '230102', '320302', '350203', '420106');

const typed = fc.oneof(
  fc.record({ destination: fc.constantFrom('hong-kong' as const, 'macau' as const), type: fc.constantFrom('T', 'S', 'L', 'G', 'G', 'Q', 'D', 'talent') }),
  fc.record({ destination: fc.constant('taiwan' as const), type: fc.constantFrom('L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q') }),
  fc.record({ destination: fc.constantFrom(...DESTINATIONS), type: fc.constantFrom(...ENDORSEMENT_TYPES) }),
);

/**
 * One applicant's request (mostly at the hukou office, on the right permit) on many days: far
 * apart, and near each other (where the dates the facts carry are crossed); the permit expires
 * some days after each day (before it: expired; within the year: caps the options).
 */
const movedRequests = fc
  .record({
    center: day('2004-01-01', '2027-06-30'),
    applicant: applicantArb(divisions, day('2003-01-01', '2028-12-31')),
    typed,
    atHukou: fc.integer({ min: 0, max: 3 }),
    office: divisions,
    rightPermit: fc.integer({ min: 0, max: 7 }),
    form: fc.constantFrom('card' as const, 'booklet' as const),
    far: fc.array(day('2003-01-01', '2027-12-31'), { minLength: 2, maxLength: 6 }),
    near: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 3, maxLength: 8 }),
    expiresAfter: fc.array(fc.constantFrom(-30, -1, 0, 45, 200, 364, 400, 3650), { minLength: 1, maxLength: 3 }),
    // the dates the facts carry, moved next to the center (when the fact is there)
    around: fc.record({ until: fc.integer({ min: -200, max: 200 }), study: fc.integer({ min: -200, max: 200 }), from: fc.integer({ min: -300, max: 0 }), to: fc.integer({ min: 0, max: 300 }), birth: fc.integer({ min: -200, max: 200 }), age: fc.constantFrom(16, 18, 60, 61) }),
    moveFacts: fc.boolean(),
  })
  .map(({ center, applicant: original, typed: t, atHukou, office, rightPermit, form, far, near, expiresAfter, around, moveFacts }) => {
    const permitType = (rightPermit > 0) === (t.destination === 'taiwan') ? ('taiwan' as const) : ('hkmo' as const);
    const applicant = { ...original };
    const crossed: string[] = [];
    if (moveFacts) {
      // each fact's date near the center; the days just before, on and after it are asked too
      const cross = (d: string) => (crossed.push(d), d);
      if (applicant.admission) applicant.admission = { ...applicant.admission, until: cross(shifted(center, around.until)) };
      if (applicant.taiwan) applicant.taiwan = { ...applicant.taiwan, studyUntil: cross(shifted(center, around.study)) };
      const rp = applicant.residencePermit;
      if (rp) applicant.residencePermit = { ...rp, validFrom: cross(shifted(center, around.from)), ...(rp.validTo === undefined ? {} : { validTo: cross(shifted(center, around.to)) }) };
      if (applicant.birthDate !== undefined) {
        const near = shifted(center, around.birth);
        const birthday = near.endsWith('-02-29') ? shifted(near, 1) : near;
        applicant.birthDate = `${Number(birthday.slice(0, 4)) - around.age}${birthday.slice(4)}`;
        cross(birthday);
      }
    }
    const days = [...far, ...near.map((n) => shifted(center, n)), ...crossed.flatMap((d) => [shifted(d, -1), d, shifted(d, 1)])];
    return days.map(
      (date, i): EndorsementRequest => ({
        applicant,
        permit: { type: permitType, form, expiry: shifted(date, expiresAfter[i % expiresAfter.length] as number) },
        destination: t.destination,
        type: t.type as EndorsementRequest['type'],
        date,
        division: atHukou > 0 ? applicant.hukou : office,
      }),
    );
  });

describe('endorsement plans shared between days', () => {
  it('give on every day what the direct evaluation gives (one warm policy, shuffled days)', () => {
    fc.assert(
      fc.property(fc.array(movedRequests, { minLength: 1, maxLength: 4 }), fc.integer(), (groups, seed) => {
        const all = groups.flat();
        let s = seed >>> 0;
        for (let i = all.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
          const j = s % (i + 1);
          [all[i], all[j]] = [all[j] as EndorsementRequest, all[i] as EndorsementRequest];
        }
        for (const req of all) {
          const view = policyAt(POLICY, req.date, { division: req.division, beyondVerified: 'flag' });
          const direct = outcome(() => endorsementOptionsUnplanned(req, POLICY, 'flag'));
          expect(outcome(() => endorsementOptionsTrusted(view, req, POLICY))).toEqual(direct);
          // without the flag: the same result, or the same error past a table's verifiedThrough
          expect(outcome(() => endorsementOptions(req, { policy: POLICY }))).toEqual(outcome(() => endorsementOptionsUnplanned(req, POLICY, 'error')));
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('are one plan for a request on the days whose rules answer alike', () => {
    // the sample (Chengdu, HK G) and a Shenzhen resident's G, every day of two quarters: the rules
    // each reads and cites are few, so days citing the same rules share one plan (its parts are
    // the same objects; only the very first request of a key is computed on its own), and no day
    // evaluates in full
    const policy = structuredClone(POLICY);
    const applicants = [
      { office: '510100', applicant: { hukou: '510104', birthDate: '1990-03-15' } },
      { office: '440304', applicant: { hukou: '230102', residencePermit: { division: '440304', validFrom: '2015-01-01' } } },
    ];
    for (const { office, applicant } of applicants) {
      for (const first of ['2019-01-01', '2025-01-01']) {
        const byCitations = new Map<string, Set<unknown>>();
        for (let i = 0; i < 90; i++) {
          const date = shifted(first, i);
          const req: EndorsementRequest = { applicant, permit: { type: 'hkmo', form: 'card', expiry: shifted(date, 3650) }, destination: 'hong-kong', type: 'G', date, division: office };
          const r = endorsementOptionsTrusted(policyAt(policy, date, { division: office, beyondVerified: 'flag' }), req, policy);
          expect(r).toEqual(endorsementOptionsUnplanned(req, policy, 'flag'));
          const key = JSON.stringify([r.status, r.basis, r.refused]);
          let seen = byCitations.get(key);
          if (seen === undefined) byCitations.set(key, (seen = new Set()));
          seen.add(r.basis);
        }
        // the first request of a key is computed unrecorded (nothing known yet of what it reads):
        // it alone may hold parts of its own; every later day citing the same rules shares one plan
        let extra = 0;
        for (const seen of byCitations.values()) extra += seen.size - 1;
        expect(extra).toBeLessThanOrEqual(1);
      }
    }
  });
});
