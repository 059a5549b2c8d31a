/**
 * The kiosk's input check is written without zod (self-serve-input.ts) so that a kiosk bundle
 * carries no schema library; the zod schema `selfServeInputSchema` stays the definition (the JSON
 * Schema and the documentation come from it). Differential property: on generated requests —
 * valid ones, and the same with one value replaced by a wrong one, a key added or a key removed,
 * one to three times — the two report the same issues: paths, codes, messages in both locales,
 * in the same order. So `canSelfServe` answers a bad request exactly as it did with zod.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMISSION_KINDS, BUSINESS_KINDS, TALENT_CATEGORIES } from '../../src/documents/endorsements/option.js';
import { selfServeInputCheck } from '../../src/eligibility/self-serve-input.js';
import { selfServeInputSchema } from '../../src/eligibility/self-service.js';
import { plainIssues } from '../../src/rules/plain-schema.js';
import { REPORT_INPUT, issuesOf } from '../../src/rules/zod-issues.js';

const zodIssues = (x: unknown) => {
  const r = selfServeInputSchema.safeParse(x, REPORT_INPUT);
  return r.success ? [] : issuesOf(r.error);
};

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
// catalogued places: counties under known prefectures, Hengqin's city, a province (codes that are
// not divisions come from the mutations)
const division = fc.constantFrom('440304', '440400', '440402', '510104', '110105', '310000', '650102');
const date = fc.constantFrom('2024-01-01', '2025-06-30', '2023-02-28', '2016-04-01', '2024-02-29');
const flag = opt(fc.boolean());

const permitRange = fc.record({ division, validFrom: date, validTo: opt(fc.constantFrom('2026-12-31', '2030-01-01', '2016-01-01')) }, { requiredKeys: ['division', 'validFrom'] });
const placeApplicant = fc.record(
  {
    hukou: division,
    birthDate: opt(date),
    residencePermit: opt(permitRange),
    residence: opt(fc.record({ division, since: date })),
    registeredPersonnel: flag,
    activeMilitary: flag,
    work: opt(fc.record({ division, socialInsuranceMonths: opt(fc.integer({ min: 0, max: 40 })) }, { requiredKeys: ['division'] })),
    study: opt(fc.record({ division })),
    business: opt(fc.record({ filingDivision: division })),
    filedEnterpriseStaff: flag,
  },
  { requiredKeys: ['hukou'] },
);
const endorsementApplicant = fc.record(
  {
    hukou: division,
    zone: fc.option(fc.constant('hengqin'), { nil: undefined, freq: 8 }),
    birthDate: opt(date),
    residencePermit: opt(fc.record({ division, validFrom: date, validTo: opt(fc.constantFrom('2026-12-31', '2016-01-01')), zone: fc.option(fc.constant('hengqin'), { nil: undefined, freq: 8 }) }, { requiredKeys: ['division', 'validFrom'] })),
    registeredPersonnel: flag,
    hkmoOffenceRecord: flag,
    statePersonnel: flag,
    employerApproval: flag,
    relatives: opt(fc.array(fc.record({ relation: fc.constantFrom('spouse', 'parent', 'sibling'), livesIn: fc.constantFrom('hong-kong', 'macau', 'taiwan') }), { maxLength: 3 })),
    business: opt(fc.record({ kind: fc.constantFrom(...BUSINESS_KINDS), filingDivision: opt(division) }, { requiredKeys: ['kind'] })),
    purpose: opt(fc.constantFrom('medical', 'exam', 'other')),
    admission: opt(fc.record({ destination: fc.constantFrom('hong-kong', 'macau'), kind: fc.constantFrom(...ADMISSION_KINDS), until: date })),
    talent: opt(fc.record({ category: fc.constantFrom(...TALENT_CATEGORIES), workDivision: division })),
    taiwan: opt(fc.record({ approval: flag, multipleEntry: flag, studyUntil: opt(date) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['hukou'] },
);
const service = fc.oneof(
  fc.record({ kind: fc.constantFrom('document', 'document', 'endorsement'), document: fc.option(fc.constantFrom('passport', 'hkmo-permit'), { nil: undefined, freq: 8 }), action: opt(fc.constantFrom('first-issue', 'renewal')) }, { requiredKeys: ['kind'] }),
  fc.record(
    {
      kind: fc.constantFrom('endorsement', 'endorsement', 'document'),
      endorsement: fc.oneof(
        fc.record({ destination: fc.constantFrom('hong-kong', 'macau'), type: fc.constantFrom('G', 'L', 'S', 'talent'), entries: opt(fc.constantFrom('single', 'multi')) }, { requiredKeys: ['destination', 'type'] }),
        fc.record({ destination: fc.constantFrom('hong-kong', 'macau'), type: fc.constant('G'), regime: fc.constantFrom('shenzhen.multi', 'a.b') }),
        fc.record({ destination: fc.constant('taiwan'), type: fc.constantFrom('G', 'L', 'J'), entries: opt(fc.constantFrom('single', 'multi')) }, { requiredKeys: ['destination', 'type'] }),
      ),
    },
    { requiredKeys: ['kind', 'endorsement'] },
  ),
);
const request = fc.record(
  {
    kiosk: division,
    applicant: placeApplicant,
    permit: fc.record({ form: fc.constantFrom('booklet', 'card'), issuedIn: opt(division), expiry: opt(date) }, { requiredKeys: ['form'] }),
    service,
    endorsementApplicant: opt(endorsementApplicant),
    at: opt(fc.constantFrom('2024-05-06T10:00:00+08:00', '2024-05-06T02:00:00Z', '2024-05-06T10:00:00+08:00', '2024-05-06T10:00:00')),
  },
  { requiredKeys: ['kiosk', 'applicant', 'permit', 'service'] },
);

// wrong values of every kind the checks tell apart
const wrong = fc.constantFrom<unknown>(
  null, undefined, true, 0, -1, 1.5, -2.5, Number.NaN, Number.POSITIVE_INFINITY, 12, '', 'x', 'A B', '44030', '4403040', '999999', '2024-02-30', '2024-13-01',
  [], [1], {}, { a: 1 }, new Date(0), Array.from({ length: 51 }, () => ({ relation: 'spouse', livesIn: 'macau' })), Array.from({ length: 51 }, () => 'x'),
  'hengqin', 'card', 'endorsement', 'taiwan', 'talent', '2024-05-06T10:00:00+08:00',
);

/** Every place in a value that a mutation may change: the paths of objects and arrays, and of their fields. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

type Mutation = { readonly pick: number; readonly op: 'replace' | 'add' | 'remove'; readonly value: unknown; readonly key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'add', 'remove') as fc.Arbitrary<'replace' | 'add' | 'remove'>,
  value: wrong,
  key: fc.constantFrom('extra', 'validTo', 'zone', 'regime', '__proto__', 'constructor', 'toString'),
});

function mutate(root: unknown, m: Mutation): unknown {
  const copy: unknown = structuredClone(root);
  const all = paths(copy);
  const path = all[m.pick % all.length] as (string | number)[];
  if (path.length === 0) return m.op === 'replace' ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (m.op === 'replace') parent[last] = m.value;
  else if (m.op === 'remove' && !Array.isArray(parent)) delete parent[last];
  else {
    const target = parent[last];
    // a key as data: defined as an own property, `__proto__` included
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('the kiosk input check without zod', () => {
  it('reports what the zod schema reports on valid and broken requests (3,000 runs)', () => {
    let broken = 0;
    let valid = 0;
    fc.assert(
      fc.property(request, fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }), (r, ms) => {
        const x = ms.reduce<unknown>(mutate, r);
        const expected = zodIssues(x);
        if (expected.length > 0) broken++;
        else valid++;
        expect(plainIssues(selfServeInputCheck, x)).toEqual(expected);
        expect(plainIssues(selfServeInputCheck, x, [], 'zh-CN').map((i) => i.message)).toEqual(expected.map((i) => i.messages?.['zh-CN']));
      }),
      { numRuns: 3000 },
    );
    // both sides were exercised: most runs break the request, some leave it valid (about 255 of
    // 3,000, spread about 15: the floor is 7 spreads below)
    expect(broken).toBeGreaterThan(1500);
    expect(valid).toBeGreaterThan(150);
  });

  it('accepts what the schema accepts, with nothing to report', () => {
    fc.assert(
      fc.property(request, (r) => {
        const ok = selfServeInputSchema.safeParse(r).success;
        expect(plainIssues(selfServeInputCheck, r).length === 0).toBe(ok);
      }),
      { numRuns: 500 },
    );
  });
});
