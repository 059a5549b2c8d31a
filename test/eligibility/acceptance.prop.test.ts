/**
 * Properties of checklists and acceptance decisions on generated applications (dates from the
 * catalogue start to the verified date, offices with and without local measures):
 * - adding a missing core material never makes the decision worse
 *   (accepted > accepted-deferred > not-accepted);
 * - the notice lists exactly the missing items — the one-time notice core and secondary alike, the
 *   容缺 notice only secondary ones;
 * - the decision agrees with a literal reading of the rule (a small reference model);
 * - any two dates inside one period of the material tables (national and local for the office)
 *   give the same checklist and decision;
 * - nothing but typed errors on arbitrary input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApplicantFacts, type Checklist, type MaterialService, materialsChecklist } from '../../src/eligibility/checklist.js';
import { ACCEPTANCE_RANK, type AcceptanceDecision, acceptanceDecision } from '../../src/eligibility/deferred-acceptance.js';
import {
  APPLICATION_ROUTES,
  DEFERRED_ACCEPTANCE_TABLE,
  MATERIAL_IDS,
  MATERIAL_LOCAL,
  MATERIAL_NATIONAL,
  MATERIAL_REASONS,
  MATERIAL_TABLES,
  MATERIALS_COVERED_FROM,
  type MaterialId,
  SCHEME_BASES,
} from '../../src/eligibility/materials.js';
import { BUSINESS_KINDS } from '../../src/documents/endorsements/option.js';
import { HKMO_TYPES, TAIWAN_TYPES } from '../../src/documents/endorsements/catalogue.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { prefectureCodeOf } from '../../src/rules/divisions.js';
import { ChurujingError } from '../../src/rules/errors.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { catalogueProblems } from '../../src/rules/reasons.js';
import type { ValueTableData } from '../../src/rules/table.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';

const POLICY = parsePolicy(
  {
    schema: 'churujing.policy/1',
    id: 'test',
    national: MATERIAL_NATIONAL,
    local: Object.fromEntries(Object.entries(MATERIAL_LOCAL).map(([c, t]) => [c, { tables: t }])),
    changes: [],
  },
  MATERIAL_TABLES,
);

const FIRST = parseCivilDate(MATERIALS_COVERED_FROM);
const LAST = parseCivilDate('2025-11-30');
/** Chengdu districts (容缺), Beijing, Shenzhen and Guangzhou (Guangdong pilot), Xiamen (Fujian pilot). */
const DIVISIONS = ['510104', '510100', '110101', '440300', '440100', '350200'];

const service: fc.Arbitrary<MaterialService> = fc.oneof(
  fc.record({
    kind: fc.constant('document' as const),
    document: fc.constantFrom('passport' as const, 'hkmo-permit' as const, 'taiwan-permit' as const),
    action: fc.constantFrom('first-issue' as const, 'renewal' as const, 'replacement' as const),
    ground: fc.constantFrom('damaged', 'lost', 'validity-expiring'),
  }),
  fc.record({ kind: fc.constant('endorsement' as const), destination: fc.constantFrom('hong-kong' as const, 'macau' as const), type: fc.constantFrom(...HKMO_TYPES) }),
  fc.record({ kind: fc.constant('endorsement' as const), destination: fc.constant('taiwan' as const), type: fc.constantFrom(...TAIWAN_TYPES) }),
);

const applicant: fc.Arbitrary<ApplicantFacts> = fc.record({
  ageOnAcceptance: fc.integer({ min: 0, max: 90 }),
  registeredPersonnel: fc.boolean(),
  route: fc.constantFrom(...APPLICATION_ROUTES),
  residencePermitBased: fc.boolean(),
  schemeBasis: fc.constantFrom(...SCHEME_BASES),
  fingersUnavailable: fc.boolean(),
  urgent: fc.boolean(),
  business: fc.record({ kind: fc.constantFrom(...BUSINESS_KINDS) }),
});

const materials = fc.subarray([...MATERIAL_IDS]);

const application = fc.record({
  day: fc.oneof(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: parseCivilDate('2018-05-01'), max: LAST })),
  division: fc.constantFrom(...DIVISIONS),
  services: fc.array(service, { minLength: 1, maxLength: 3 }),
  applicant,
  presented: materials,
  /** Present everything required except some: a core item when its draw is 0, a secondary one when it is below 5 (to reach 容缺 cases often). */
  nearComplete: fc.option(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: MATERIAL_IDS.length, maxLength: MATERIAL_IDS.length }), { nil: undefined }),
  optIn: fc.boolean(),
  credit: fc.option(fc.record({ bad: fc.boolean() }), { nil: undefined }),
});

type App = typeof application extends fc.Arbitrary<infer A> ? A : never;

/** The materials presented: as generated, or everything required but the dropped ones. */
function presentedOf(a: App, day = a.day): readonly string[] {
  if (a.nearComplete === undefined) return a.presented;
  const drop = a.nearComplete;
  const view = policyAt(POLICY, formatCivilDate(day), { division: a.division });
  const all = materialsChecklist({ view, services: a.services, applicant: a.applicant, presented: [] }).items;
  return all.filter((i) => (drop[MATERIAL_IDS.indexOf(i.id)] as number) >= (i.weight === 'core' ? 1 : 5)).map((i) => i.id);
}

function run(a: App, day = a.day, presented: readonly string[] = presentedOf(a, day)): { checklist: Checklist; decision: AcceptanceDecision } {
  const view = policyAt(POLICY, formatCivilDate(day), { division: a.division });
  const checklist = materialsChecklist({ view, services: a.services, applicant: a.applicant, presented });
  const decision = acceptanceDecision({ view, checklist, optIn: a.optIn, ...(a.credit === undefined ? {} : { credit: a.credit }) });
  return { checklist, decision };
}

describe('acceptance decisions', () => {
  it('the generator reaches every outcome (so the properties below are not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(application, (a) => {
        seen.add(run(a).decision.status);
      }),
      { numRuns: 400, seed: 42 },
    );
    expect([...seen].sort()).toEqual(['accepted', 'accepted-deferred', 'not-accepted']);
  }, 60_000);

  it('adding a missing core material never makes the decision worse', () => {
    fc.assert(
      fc.property(application, fc.nat(), (a, pick) => {
        const before = run(a);
        const core = before.checklist.missing.filter((m) => m.weight === 'core');
        fc.pre(core.length > 0);
        const added = (core[pick % core.length] as { id: MaterialId }).id;
        const after = run(a, a.day, [...presentedOf(a), added]);
        expect(ACCEPTANCE_RANK[after.decision.status]).toBeGreaterThanOrEqual(ACCEPTANCE_RANK[before.decision.status]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('presenting everything missing gets the application accepted', () => {
    fc.assert(
      fc.property(application, (a) => {
        const { checklist } = run(a);
        const all = run(a, a.day, [...presentedOf(a), ...checklist.missing.map((m) => m.id)]);
        expect(all.decision.status).toBe('accepted');
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the notice lists exactly the missing items', () => {
    fc.assert(
      fc.property(application, ({ ...a }) => {
        const { checklist, decision } = run(a);
        const missing = checklist.missing.map((m) => m.id);
        if (decision.status === 'accepted') expect(missing).toEqual([]);
        else {
          expect(decision.notice.items.map((i) => i.id)).toEqual(missing);
          // one line per item, after the header
          expect(decision.notice.lines['zh-CN'].slice(1, 1 + missing.length).map((l) => l.split('.')[0])).toEqual(missing.map((_, i) => String(i + 1)));
          expect(decision.notice.lines.en.length).toBe(decision.notice.lines['zh-CN'].length);
        }
        if (decision.status === 'accepted-deferred') {
          expect(decision.missing.every((m) => m.weight === 'secondary')).toBe(true);
          expect(decision.notice.kind).toBe('deferred-acceptance-notice');
        }
        if (decision.status === 'not-accepted') expect(decision.notice.kind).toBe('one-time-notice');
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('agrees with a literal reading of the rule', () => {
    fc.assert(
      fc.property(application, (a) => {
        const { checklist, decision } = run(a);
        const rule = policyAt(POLICY, formatCivilDate(a.day), { division: a.division }).value(DEFERRED_ACCEPTANCE_TABLE);
        const missing = checklist.missing;
        let expected: AcceptanceDecision['status'];
        if (missing.length === 0) expected = 'accepted';
        else if (
          rule.inForce &&
          a.optIn &&
          !(rule.value.creditBlock && a.credit?.bad === true) &&
          missing.every((m) => m.weight === 'secondary' && rule.value.deferrable.includes(m.id))
        ) {
          expected = 'accepted-deferred';
        } else expected = 'not-accepted';
        expect(decision.status).toBe(expected);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** Epoch days on which a material table may change at a division: each `from` and each day after a `to`, national and local. */
function cuts(division: string): number[] {
  const chain = new Set([division, prefectureCodeOf(division), `${division.slice(0, 2)}0000`]);
  const tables: ValueTableData[] = [
    ...Object.values(MATERIAL_NATIONAL),
    ...Object.entries(MATERIAL_LOCAL).flatMap(([code, t]) => (chain.has(code) ? Object.values(t) : [])),
  ] as ValueTableData[];
  const s = new Set<number>();
  for (const t of tables) {
    for (const e of t.entries) {
      s.add(parseCivilDate(e.from));
      if (e.to !== undefined) s.add(parseCivilDate(e.to) + 1);
    }
  }
  return [...s].filter((d) => d > FIRST && d <= LAST).sort((x, y) => x - y);
}

describe('periods', () => {
  it('any two dates inside one period of the material tables give the same checklist and decision', () => {
    const periods = new Map(DIVISIONS.map((d) => [d, cuts(d)]));
    const twoDays = fc.constantFrom(...DIVISIONS).chain((division) => {
      const c = periods.get(division) as number[];
      const bounds = [FIRST, ...c, LAST + 1];
      return fc.integer({ min: 0, max: bounds.length - 2 }).chain((i) => {
        const lo = bounds[i] as number;
        const hi = (bounds[i + 1] as number) - 1;
        return fc.tuple(fc.constant(division), fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }));
      });
    });
    fc.assert(
      fc.property(application, twoDays, (a0, [division, d1, d2]) => {
        const a = { ...a0, division };
        const x = run(a, d1);
        const y = run(a, d2);
        const strip = (r: { checklist: Checklist; decision: AcceptanceDecision }) => JSON.stringify({ ...r, checklist: { ...r.checklist, date: undefined } });
        expect(strip(x)).toBe(strip(y));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('robustness', () => {
  it('nothing but typed errors on arbitrary input', () => {
    const view = policyAt(POLICY, '2019-06-03', { division: '510104' });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        for (const f of [
          () => materialsChecklist(x as never),
          () => materialsChecklist({ view, services: x, applicant: y, presented: [] } as never),
          () => materialsChecklist({ view, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: x } as never),
          () => acceptanceDecision(x as never),
          () => acceptanceDecision({ view, checklist: x, optIn: y } as never),
        ]) {
          try {
            f();
          } catch (e) {
            expect(e).toBeInstanceOf(ChurujingError);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the reason catalogue has no problems', () => {
    expect(catalogueProblems(MATERIAL_REASONS)).toEqual([]);
  }, 60_000);
});
