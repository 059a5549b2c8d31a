/**
 * The trusted core of endorsementOptions: the same decision as the public function and as the
 * direct evaluation (no plans), and the same through a warm view as on a fresh policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/builtin/builtin-policy.js';
import { policyAt } from '../../../src/rules/policy-at.js';
import type { Policy } from '../../../src/rules/policy.js';
import { DESTINATIONS, ENDORSEMENT_TYPES } from '../../../src/documents/endorsements/catalogue.js';
import {
  checkEndorsementRequest,
  endorsementOptionsTrusted,
  endorsementOptionsUnplanned,
} from '../../../src/documents/endorsements/endorsement-options.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import type { Applicant, EndorsementRequest } from '../../../src/documents/endorsements/request.js';
import { outcome } from '../../support/outcome.js';
import { applicantArb, catalogued, county, day } from './arbitraries.js';
import { everything } from './requests.js';

const POLICY = defaultPolicy();

// the places with local measures (Shenzhen, Zhuhai/Hengqin, Guangdong, Chengdu, Xi'an, Harbin …) weighted up
const special = fc.constantFrom('440304', '440300', '440402', '440400', '440106', '510104', '510100', '610113', '110105', '230102', '320302', '350203');
const division = fc.oneof(fc.constantFrom(...catalogued), county, special, special);

/** Requests biased to the right permit and the hukou office (so that options are granted and capped), with every other case too. */
const requestArb = (opts: { divisions: fc.Arbitrary<string>; dates: fc.Arbitrary<string>; date: fc.Arbitrary<string>; expiry: fc.Arbitrary<string> }): fc.Arbitrary<EndorsementRequest> =>
  fc
    .record({
      applicant: applicantArb(opts.divisions, opts.dates),
      permit: fc.record({ type: fc.constantFrom('hkmo' as const, 'taiwan' as const), form: fc.constantFrom('booklet' as const, 'card' as const), expiry: opts.expiry }),
      destination: fc.constantFrom(...DESTINATIONS),
      type: fc.constantFrom(...ENDORSEMENT_TYPES, 'G', 'G', 'T', 'S'),
      date: opts.date,
      division: opts.divisions,
      rightPermit: fc.boolean(),
      atHukou: fc.boolean(),
    })
    .map(({ rightPermit, atHukou, ...r }) => ({
      ...r,
      permit: rightPermit ? { ...r.permit, type: r.destination === 'taiwan' ? ('taiwan' as const) : ('hkmo' as const) } : r.permit,
      division: atHukou ? r.applicant.hukou : r.division,
    }));


const viewFor = (policy: Policy, r: EndorsementRequest) => policyAt(policy, r.date, { division: r.division, beyondVerified: 'flag' });

describe('endorsementOptionsTrusted', () => {
  it('gives the sample its options (Chengdu, HK G, 2025-01-24)', () => {
    const req: EndorsementRequest = {
      applicant: { hukou: '510104', birthDate: '1990-03-15' },
      permit: { type: 'hkmo', form: 'card', expiry: '2035-01-23' },
      destination: 'hong-kong',
      type: 'G',
      date: '2025-01-24',
      division: '510100',
    };
    const r = endorsementOptionsTrusted(viewFor(POLICY, req), req, POLICY);
    expect(r).toEqual(endorsementOptions(req, { policy: POLICY, beyondVerified: 'flag' }));
    expect(r.status === 'available' && r.options.map((o) => [o.validity, o.entries, o.validUntil])).toContainEqual([{ years: 1 }, 'single', '2026-01-23']);
    // a permit expiring within the year caps the 1-year options, on a warm view too
    const short = { ...req, permit: { ...req.permit, expiry: '2025-06-30' } };
    const capped = endorsementOptionsTrusted(viewFor(POLICY, short), short, POLICY);
    expect(capped).toEqual(endorsementOptionsUnplanned(short, POLICY, 'flag'));
    expect(capped.status === 'available' && capped.options.filter((o) => o.cappedByPermit).length).toBeGreaterThan(0);
  });

  it('agrees with the public function (check + core) and with the direct evaluation on valid requests', () => {
    const anyDate = day('1985-01-01', '2030-12-31');
    const arb = requestArb({ divisions: division, dates: anyDate, date: day('2003-01-01', '2026-06-30'), expiry: fc.oneof(anyDate, day('2003-01-01', '2045-12-31')) });
    fc.assert(
      fc.property(arb, (req) => {
        const trusted = outcome(() => endorsementOptionsTrusted(viewFor(POLICY, req), checkEndorsementRequest(req), POLICY));
        expect(trusted).toEqual(outcome(() => endorsementOptions(req, { policy: POLICY, beyondVerified: 'flag' })));
        // the first request with these facts on a view is evaluated as it is; later ones go through the view's plan
        expect(outcome(() => endorsementOptionsTrusted(viewFor(POLICY, req), req, POLICY))).toEqual(trusted);
        expect(trusted).toEqual(outcome(() => endorsementOptionsUnplanned(req, POLICY, 'flag')));
        // and the public function without the flag: the same result, or the same error past verifiedThrough
        expect(outcome(() => endorsementOptions(req, { policy: POLICY }))).toEqual(outcome(() => endorsementOptionsUnplanned(req, POLICY, 'error')));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('gives through a warm view what a fresh policy gives (no memo key misses an input)', () => {
    // one request and variants of it that change one fact each (so that a key missing that fact
    // would hand a variant the plan of another), on few dates and offices
    const dates = fc.constantFrom('2005-11-01', '2016-04-01', '2020-08-20', '2024-12-01', '2025-01-24', '2025-11-30', '2026-01-05');
    const divisions = fc.constantFrom('440304', '440402', '510104', '610113', '230102', '110105', '350203', '440106');
    const someDate = fc.oneof(dates, day('1930-01-01', '2030-12-31'));
    // mostly a type of its destination, on the right permit, at an office of the hukou city
    const typed = fc.oneof(
      fc.record({ destination: fc.constantFrom('hong-kong' as const, 'macau' as const), type: fc.constantFrom('T', 'S', 'L', 'G', 'G', 'G', 'Q', 'D', 'talent') }),
      fc.record({ destination: fc.constant('taiwan' as const), type: fc.constantFrom('L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q') }),
    );
    const reqArb = fc
      .tuple(requestArb({ divisions, dates: someDate, date: dates, expiry: fc.oneof(dates, day('2024-01-01', '2036-12-31')) }), typed, fc.integer({ min: 0, max: 9 }))
      .map(([r, t, n]): EndorsementRequest => {
        if (n >= 8) return r;
        const req = { ...r, destination: t.destination, type: t.type as EndorsementRequest['type'] };
        return { ...req, permit: { ...req.permit, type: t.destination === 'taiwan' ? 'taiwan' : 'hkmo' }, division: n < 6 ? req.applicant.hukou : req.division };
      });
    const FIELDS = ['hukou', 'zone', 'birthDate', 'residencePermit', 'registeredPersonnel', 'statePersonnel', 'employerApproval', 'relatives', 'spouseWithMinorChild', 'hardshipApproved', 'business', 'purpose', 'specialNeed', 'admission', 'talent', 'taiwan'] as const;
    // the base, then one variant per fact (taken from another request), each changing that fact alone
    const arb = fc.tuple(reqArb, reqArb).map(([base, other]) => [
      base,
      ...(['permit', ...FIELDS] as const).map((field): EndorsementRequest => {
        if (field === 'permit') return { ...base, permit: other.permit };
        const a = { ...base.applicant } as Record<string, unknown>;
        const value = (other.applicant as Record<string, unknown>)[field];
        if (value === undefined) delete a[field];
        else a[field] = value;
        // keep the schema's cross-field rules
        if (!String(a.hukou).startsWith('4404')) delete a.zone;
        const rp = a.residencePermit as Applicant['residencePermit'];
        if (rp?.zone !== undefined && !rp.division.startsWith('4404')) a.residencePermit = { division: rp.division, validFrom: rp.validFrom, ...(rp.validTo === undefined ? {} : { validTo: rp.validTo }) };
        return { ...base, applicant: a as Applicant };
      }),
    ]);
    fc.assert(
      fc.property(arb, (reqs) => {
        // on the warm policy, each request twice: the second goes through the view's plan (made by the first or by another request)
        const warm = reqs.map((r) => {
          endorsementOptionsTrusted(viewFor(POLICY, checkEndorsementRequest(r)), r, POLICY);
          return outcome(() => endorsementOptionsTrusted(viewFor(POLICY, r), r, POLICY));
        });
        const fresh = structuredClone(POLICY);
        // the last request first, on views nobody has used; then the others, in the other order
        for (let i = reqs.length - 1; i >= 0; i--) {
          const r = reqs[i] as EndorsementRequest;
          expect(outcome(() => endorsementOptionsTrusted(viewFor(fresh, r), r, fresh))).toEqual(warm[i]);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('gives through a warm view what the direct evaluation gives, for every fact changed alone (curated)', () => {
    // applicants in the places with their own rules (Shenzhen and Zhuhai/Hengqin regimes, a
    // residence permit in a scheme city, a non-scheme hukou), each with one fact changed at a
    // time; every type on the same views, so each plan is computed next to the others
    const bases: { applicant: Applicant; office: string }[] = [
      { applicant: everything('440304', { residencePermit: { division: '440304', validFrom: '2000-01-01' } }), office: '440304' },
      { applicant: everything('440402', { zone: 'hengqin' }), office: '440402' },
      { applicant: everything('510104'), office: '510100' },
      // an office in the city of the residence permit and of the employer's filing, not of the hukou
      { applicant: everything('230102', { residencePermit: { division: '440304', validFrom: '2000-01-01' }, business: { kind: 'filed-employer', filingDivision: '440304' } }), office: '440304' },
      { applicant: { hukou: '440402', zone: 'hengqin', residencePermit: { division: '440402', validFrom: '2000-01-01', zone: 'hengqin' } }, office: '440400' },
    ];
    const without = (a: Applicant, key: keyof Applicant): Applicant => {
      const out = { ...a };
      delete out[key];
      return out;
    };
    // each changes one fact (a value, or its presence)
    const changes: ((a: Applicant) => Applicant)[] = [
      (a) => a,
      ...(['zone', 'birthDate', 'residencePermit', 'relatives', 'business', 'purpose', 'admission', 'talent', 'taiwan'] as const).map((k) => (a: Applicant) => without(a, k)),
      (a) => ({ ...a, statePersonnel: true }),
      (a) => ({ ...a, registeredPersonnel: true }),
      (a) => ({ ...a, registeredPersonnel: true, employerApproval: true }),
      (a) => ({ ...a, spouseWithMinorChild: false }),
      (a) => ({ ...a, hardshipApproved: false }),
      (a) => ({ ...a, specialNeed: false }),
      (a) => ({ ...a, birthDate: '1990-06-01' }),
      (a) => ({ ...a, relatives: [{ relation: 'child', livesIn: 'macau' }] }),
      (a) => ({ ...a, relatives: [{ relation: 'sibling', livesIn: 'hong-kong' }] }),
      (a) => ({ ...a, relatives: [{ relation: 'grandchild', livesIn: 'taiwan' }] }),
      // the same places with other relations, the same relations in other places
      (a) => ({ ...a, relatives: (a.relatives ?? []).map((r) => ({ ...r, relation: 'grandparent' as const })) }),
      (a) => ({ ...a, relatives: (a.relatives ?? []).map((r, i, all) => ({ ...r, livesIn: (all[(i + 1) % all.length] as typeof r).livesIn })) }),
      (a) => ({ ...a, business: { kind: 'filed-employer', filingDivision: '110105' } }),
      (a) => ({ ...a, business: { kind: 'filed-employer' } }),
      (a) => ({ ...a, business: { kind: 'designated-driver', filingDivision: a.hukou } }),
      (a) => ({ ...a, purpose: 'exam' }),
      (a) => ({ ...a, admission: { destination: 'macau', kind: 'study', until: '2026-03-01' } }),
      (a) => ({ ...a, admission: { destination: 'macau', kind: 'employment', until: '2060-06-30' } }),
      (a) => ({ ...a, admission: { destination: 'hong-kong', kind: 'study', until: '2060-06-30' } }),
      (a) => ({ ...a, talent: { category: 'research', workDivision: a.hukou } }),
      (a) => ({ ...a, talent: { category: 'outstanding', workDivision: '440304' } }),
      ...(['approval', 'multipleEntry', 'settlementApproved', 'residenceApproved'] as const).map((k) => (a: Applicant) => ({ ...a, taiwan: { ...a.taiwan, [k]: false } })),
      (a) => ({ ...a, taiwan: { ...a.taiwan, studyUntil: '2026-02-01' } }),
      (a) => ({ ...a, residencePermit: { division: '610113', validFrom: '2000-01-01' } }),
      (a) => ({ ...a, residencePermit: { division: '440304', validFrom: '2000-01-01', validTo: '2016-01-01' } }),
      (a) => ({ ...a, residencePermit: { division: '440402', validFrom: '2000-01-01', zone: 'hengqin' } }),
      (a) => ({ ...a, residencePermit: { division: '440402', validFrom: '2000-01-01' } }),
    ];
    const types = [
      ...(['T', 'S', 'L', 'G', 'Q', 'D', 'talent'] as const).flatMap((type) => (['hong-kong', 'macau'] as const).map((destination) => ({ type, destination }))),
      ...(['L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q'] as const).map((type) => ({ type, destination: 'taiwan' as const })),
      { type: 'F' as const, destination: 'hong-kong' as const },
    ];
    const policy = structuredClone(POLICY);
    let checked = 0;
    for (const date of ['2009-04-01', '2016-04-01', '2020-08-20', '2025-01-24']) {
      for (const base of bases) {
        for (const change of changes) {
          const applicant = change(base.applicant);
          for (const { type, destination } of types) {
            // a permit that limits nothing, or one that caps the longer options (every other request)
            for (const expiry of checked % 2 === 0 ? ['2040-01-01'] : [`${Number(date.slice(0, 4)) + 1}-03-01`]) {
              const req: EndorsementRequest = { applicant, permit: { type: destination === 'taiwan' ? 'taiwan' : 'hkmo', form: 'card', expiry }, destination, type, date, division: base.office };
              const v = policyAt(policy, date, { division: req.division, beyondVerified: 'flag' });
              const first = endorsementOptionsTrusted(v, checkEndorsementRequest(req), policy);
              // the second goes through the view's plan, made by the first request or by one with other facts
              const warm = endorsementOptionsTrusted(v, req, policy);
              const direct = endorsementOptionsUnplanned(req, policy, 'flag');
              expect(warm).toEqual(direct);
              expect(first).toEqual(direct);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(15_000);
  }, 120_000);

  it('returns frozen results that later calls share (from the second request with the same facts on)', () => {
    const req: EndorsementRequest = {
      applicant: { hukou: '440304', residencePermit: { division: '440304', validFrom: '2020-01-01' } },
      permit: { type: 'hkmo', form: 'card', expiry: '2040-01-01' },
      destination: 'hong-kong',
      type: 'G',
      date: '2024-12-01',
      division: '440304',
    };
    endorsementOptionsTrusted(viewFor(POLICY, req), req, POLICY);
    const a = endorsementOptionsTrusted(viewFor(POLICY, req), req, POLICY);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.status === 'available' && Object.isFrozen(a.options)).toBe(true);
    expect(endorsementOptionsTrusted(viewFor(POLICY, req), { ...req, applicant: { ...req.applicant } }, POLICY)).toBe(a);
  });
});

/** Every object reachable from a value is frozen. */
function deeplyFrozen(value: unknown, path = 'result'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const here = Object.isFrozen(value) ? [] : [path];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => deeplyFrozen(v, `${path}.${k}`))];
}

describe('shared plans', () => {
  it('are frozen all the way down, so a caller cannot change what later calls return', () => {
    const dates = ['2009-04-01', '2016-04-01', '2020-08-20', '2024-12-01', '2025-01-24'];
    const applicants: Applicant[] = [
      { hukou: '440304', birthDate: '1950-01-01', relatives: [{ relation: 'spouse', livesIn: 'hong-kong' }], residencePermit: { division: '440304', validFrom: '2000-01-01' } },
      { hukou: '440402', zone: 'hengqin', admission: { destination: 'macau', kind: 'study', until: '2030-01-01' }, talent: { category: 'outstanding', workDivision: '440402' } },
      { hukou: '230102', residencePermit: { division: '610113', validFrom: '2000-01-01' }, taiwan: { approval: true, multipleEntry: true, studyUntil: '2027-01-01' } },
    ];
    for (const date of dates) {
      for (const applicant of applicants) {
        for (const type of ENDORSEMENT_TYPES) {
          for (const destination of DESTINATIONS) {
            const req: EndorsementRequest = { applicant, permit: { type: destination === 'taiwan' ? 'taiwan' : 'hkmo', form: 'card', expiry: '2040-01-01' }, destination, type, date, division: applicant.hukou };
            endorsementOptionsTrusted(viewFor(POLICY, req), req, POLICY);
            expect(deeplyFrozen(endorsementOptionsTrusted(viewFor(POLICY, req), req, POLICY))).toEqual([]);
          }
        }
      }
    }
  });
});
