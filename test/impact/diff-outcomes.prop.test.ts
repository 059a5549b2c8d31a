/**
 * diffOutcomes against a naive reference (Cedar-style differential testing): evaluate every
 * application under both policies as given, compare the two results as JSON (rendered text and
 * rule periods aside) — the applications the reference finds changed are exactly those
 * diffOutcomes reports, and none it skips as unaffected differs. Also: the shared-object
 * preparation of the policies is invisible, shards merge into the whole, memory does not grow
 * with the population, and the testers' expectations (only fees, none ineligible, only Harbin).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { type Application, parseApplication } from '../../src/eligibility/application.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { checkOutcomeDiff } from '../../src/impact/check-outcome-diff.js';
import { diffOutcomes, mergeOutcomeDiffs } from '../../src/impact/diff-outcomes.js';
import { preparePair } from '../../src/impact/prepared-pair.js';
import { ValidationError } from '../../src/rules/errors.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { applicationArbitrary, changeSetArbitrary } from '../../src/testing.js';
import { SAMPLE_APPLICATION } from '../../src/index.js';
import { sameOutcome } from './same-outcome.js';

const base = defaultPolicy();
const cite = { issuer: 'what-if', title: 'test' };

const same = sameOutcome;

const apps = applicationArbitrary({ from: '2014-01-01', to: '2026-06-30', services: ['passport', 'hkmo-permit', 'taiwan-permit', 'hong-kong', 'macau'], maxServices: 2 });

describe('diffOutcomes against a naive reference', () => {
  it('reports exactly the applications whose results differ, and skips none that differ', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(changeSetArbitrary(base, { from: '2014-01-01', to: '2026-06-30', maxChanges: 3 }), fc.array(apps, { minLength: 10, maxLength: 25 }), (changes, applications) => {
        const candidate = withChanges(base, changes);
        const d = diffOutcomes({ baseline: base, candidate, applications, keep: 1000 });
        const changed = new Set(d.changes.map((c) => c.index));
        applications.forEach((a, i) => {
          const differs = !same(evaluate(a), evaluate(a, { policy: candidate }));
          expect(changed.has(i), `application ${i}`).toBe(differs);
        });
        expect(d.summary.applications).toBe(applications.length);
        expect(d.summary.unaffected + d.summary.evaluated).toBe(applications.length);
        expect(d.summary.changed).toBe(changed.size);
      }),
      { numRuns: 15, seed: 4 },
    );
  });

  it('evaluations under the prepared (shared-object, linked) policies equal those under the policies as given', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(changeSetArbitrary(base, { from: '2014-01-01', to: '2026-06-30' }), fc.array(apps, { minLength: 5, maxLength: 10 }), (changes, applications) => {
        const candidate = withChanges(base, changes);
        const pair = preparePair(base, candidate);
        // the candidate shares the baseline's tracked computations (linkPolicies): let the
        // baseline record them first (a key is recorded from its second sight), so that the
        // candidate's evaluations find them wherever the tables they read are shared
        for (let round = 0; round < 2; round++) for (const a of applications) evaluate(a, { policy: pair.baseline });
        for (const a of applications) {
          expect(evaluate(a, { policy: pair.candidate })).toEqual(evaluate(a, { policy: candidate }));
          expect(evaluate(a, { policy: pair.baseline })).toEqual(evaluate(a));
        }
      }),
      { numRuns: 10, seed: 5 },
    );
  });
});

describe('a prepared pair shares what the candidate decides from the tables the two share', () => {
  it('a fee change: the place and channel decisions of an application are the same objects under both (found, not computed again)', () => {
    const candidate = withChanges(base, [{ op: 'set', table: 'fee.hkmo-permit.issue', from: '2008-01-01', value: 9900, cite }]);
    const pair = preparePair(base, candidate);
    const app = { ...SAMPLE_APPLICATION, acceptedAt: '2019-03-04T10:00:00+08:00' };
    // recorded under the baseline from a key's second sight on
    for (let i = 0; i < 2; i++) evaluate(app, { policy: pair.baseline });
    const before = evaluate(app, { policy: pair.baseline });
    const after = evaluate(app, { policy: pair.candidate });
    for (const [i, s] of before.services.entries()) {
      expect(after.services[i]?.place).toBe(s.place);
      expect(after.services[i]?.channel).toBe(s.channel);
    }
    // and the fee that changed is the candidate's own
    const unit = (e: typeof before) => e.fees?.lines.flatMap((l) => (l.priced && l.item === 'hkmo-permit.issue' ? [l.unitFen] : []));
    expect(unit(after)).toEqual([9900]);
    // 80 yuan for the card permit from 2017-07-01 to 2019-06-30 (发改价格〔2017〕1186号)
    expect(unit(before)).toEqual([8000]);
  });
});

describe('diffOutcomes on known changes', () => {
  const year = fc.sample(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31', services: ['passport', 'hkmo-permit', 'hong-kong:G'], channels: ['hall-window'], hukou: 'same-as-office', facts: false, materials: 'complete' }), { seed: 1, numRuns: 400 });

  it('halving the passport fee from 2025-07-01 changes fees only, of passport applications from that day, by 60 yuan each', { timeout: 120_000 }, () => {
    const candidate = withChanges(base, [{ op: 'set', table: 'fee.passport.issue', from: '2025-07-01', value: 6000, cite }]);
    const d = diffOutcomes({ baseline: base, candidate, applications: year, keep: 1000 });
    expect(checkOutcomeDiff(d, { onlyKinds: ['fees'], noneBecomeIneligible: true, noInvalid: true })).toEqual([]);
    const expected = year.filter((a) => {
      const e = evaluate(a);
      return e.acceptedOn >= '2025-07-01' && e.fees?.lines.some((l) => l.item === 'passport.issue');
    });
    expect(d.summary.changed).toBe(expected.length);
    expect(d.summary.changed).toBeGreaterThan(10);
    expect(d.summary.fees).toEqual({ increased: 0, decreased: expected.length, deltaFen: -6000 * expected.length });
    expect(Object.keys(d.summary.byDate).every((day) => day >= '2025-07-01')).toBe(true);
    // the first half of the year cannot differ: those applications are validated, not evaluated
    expect(d.summary.unaffected).toBe(year.filter((a) => parseApplication(a).derived.acceptedOn < '2025-07-01').length);
    const c = d.changes[0]!;
    expect(c.changes).toContainEqual({ path: 'fees.lines[item=passport.issue].amountFen', kind: 'fees', before: 12000, after: 6000 });
  });

  it('dropping Xi’an from the individual-visit scheme makes applications ineligible, with the reasons added', { timeout: 120_000 }, () => {
    const xian = fc.sample(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31', offices: ['610100'], hukou: ['610112'], services: ['hong-kong:G', 'macau:G'], channels: ['hall-window'], facts: false, materials: 'complete' }), { seed: 6, numRuns: 200 });
    const candidate = withChanges(base, [{ op: 'remove-member', table: 'endorsement.hkmo.G.cities', member: '610100', from: '2025-01-01', cite }]);
    const d = diffOutcomes({ baseline: base, candidate, applications: xian, keep: 1000 });
    const violations = checkOutcomeDiff(d, { noneBecomeIneligible: true });
    expect(violations.map((v) => v.expectation)).toEqual(['noneBecomeIneligible']);
    expect(violations[0]!.count).toBeGreaterThan(0);
    expect(violations[0]!.examples.length).toBeGreaterThan(0);
    expect(Object.keys(d.summary.reasonsAdded).length).toBeGreaterThan(0);
    expect(d.summary.statusTransitions).toHaveProperty(['accepted→not-eligible']);
  });

  it('a Harbin measure changes only applications at offices under 2301', { timeout: 120_000 }, () => {
    const around = fc.sample(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31', offices: ['230100', '230102', '510100', '110000'], services: ['passport'], materials: 'complete' }), { seed: 2, numRuns: 300 });
    const candidate = withChanges(base, [{ op: 'set', table: 'processing.local.passport', division: '230100', from: '2025-01-01', value: { all: { unit: 'working-days', count: 3 } }, cite }]);
    const d = diffOutcomes({ baseline: base, candidate, applications: around });
    expect(d.summary.changed).toBeGreaterThan(0);
    expect(checkOutcomeDiff(d, { onlyOfficesUnder: '2301' })).toEqual([]);
    expect(checkOutcomeDiff(d, { onlyOfficesUnder: '5101' }).map((v) => v.expectation)).toEqual(['onlyOfficesUnder']);
    expect(Object.keys(d.summary.byKind)).toContain('processing');
  });
});

describe('diffOutcomes streams', () => {
  const candidate = withChanges(base, [{ op: 'set', table: 'fee.hkmo-permit.issue', from: '2025-01-01', value: 3000, cite }] as Change[]);
  const pool = fc.sample(applicationArbitrary({ from: '2025-01-01', to: '2025-01-31', offices: ['510100', '230100'], services: ['hkmo-permit', 'passport'] }), { seed: 3, numRuns: 200 });
  function* population(n: number): Generator<Application> {
    for (let i = 0; i < n; i++) yield pool[i % pool.length] as Application;
  }

  it('what it keeps does not grow with the population: 10⁴ applications against 10³', { timeout: 300_000 }, () => {
    const small = diffOutcomes({ baseline: base, candidate, applications: population(1_000), keep: 10 });
    const large = diffOutcomes({ baseline: base, candidate, applications: population(10_000), keep: 10 });
    expect(large.summary.applications).toBe(10_000);
    expect(large.summary.changed).toBe(small.summary.changed * 10);
    const size = (d: unknown) => JSON.stringify(d).length;
    // the same keys with larger counts: a few more digits, never 10×
    expect(size(large) / size(small)).toBeLessThan(1.1);
    expect(large.changes).toHaveLength(10);
  });

  it('shards merge into the whole, whatever the split', { timeout: 120_000 }, () => {
    const whole = diffOutcomes({ baseline: base, candidate, applications: pool, keep: 30 });
    for (const n of [2, 3, 7]) {
      const shards = Array.from({ length: n }, (_, k) =>
        diffOutcomes({ baseline: base, candidate, applications: pool.filter((_, i) => i % n === k), keep: 30, indexOf: (p) => p * n + k }),
      );
      expect(mergeOutcomeDiffs(shards, { keep: 30 })).toEqual(whole);
    }
  });

  it('counts invalid applications with their issues instead of throwing, and rejects bad arguments with every problem', () => {
    const bad = [{ ...pool[0], acceptedAt: '2025-01-24T10:00:00' }, { nonsense: true }, pool[1]];
    const d = diffOutcomes({ baseline: base, candidate, applications: bad });
    expect(d.summary.invalid).toBe(2);
    expect(d.invalid.map((i) => i.index)).toEqual([0, 1]);
    expect(d.invalid[0]!.issues.map((i) => i.path.join('.'))).toContain('acceptedAt');
    let paths: string[] = [];
    try {
      diffOutcomes({ baseline: {} as Policy, candidate, applications: 'abc' as never, asOf: '2025-13-01', keep: -1 });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      paths = e.issues.map((i) => i.path.join('.'));
    }
    expect(paths).toEqual(expect.arrayContaining(['baseline.schema', 'applications', 'asOf', 'keep']));
  });

  it('mergeOutcomeDiffs: every hole of a sparse array is a problem at its index, not a TypeError', () => {
    const whole = diffOutcomes({ baseline: base, candidate, applications: pool.slice(0, 2) });
    const sparse = [whole, , whole] as unknown as OutcomeDiffArg;
    let paths: string[] = [];
    try {
      mergeOutcomeDiffs(sparse);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      paths = [...new Set(e.issues.map((i) => i.path.slice(0, 2).join('.')))];
    }
    expect(paths).toEqual(['diffs.1']);
    expect(() => mergeOutcomeDiffs(new Array(3))).toThrow(ValidationError);
  });
});

type OutcomeDiffArg = Parameters<typeof mergeOutcomeDiffs>[0];
