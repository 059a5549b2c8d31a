/**
 * The reads an evaluation notes, and the skip they allow: an application whose evaluation under
 * the baseline read nothing that answers differently under the candidate on its day has the
 * same outcome there (checked against the naive reference: both evaluated in full), whether the
 * values it found were computed while its reads were noted or kept from before; and on known
 * changes, the reads name what the rules make them depend on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { parseApplication, SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { preparePair } from '../../src/impact/prepared-pair.js';
import { readsDiffer } from '../../src/impact/read-difference.js';
import { parseCivilDate } from '../../src/rules/civil-date.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { withReads } from '../../src/rules/read-notes.js';
import { applicationArbitrary, changeSetArbitrary } from '../../src/testing.js';
import { sameOutcome } from './same-outcome.js';

const base = defaultPolicy();
const cite = { issuer: 'what-if', title: 'test' };

/** The reads of one evaluation under `policy`, and whether they can answer differently under the pair's candidate. */
function readsOf(app: unknown, policy: Policy, candidate: Policy): { differ: boolean; reads: ReadonlySet<string> } {
  const pair = preparePair(policy, candidate);
  const [, reads] = withReads(() => evaluate(app, { policy: pair.baseline }));
  const day = parseCivilDate(parseApplication(app).derived.acceptedOn);
  return { differ: readsDiffer(pair.reads ?? [], reads, day), reads };
}

describe('an evaluation that read nothing that differs has the same outcome under the candidate', () => {
  const apps = applicationArbitrary({ from: '2008-01-01', to: '2026-06-30' });

  it('random change sets and applications, with the baseline’s values computed while noting, kept from before noting, or found again', { timeout: 300_000 }, () => {
    let skipped = 0;
    let checked = 0;
    fc.assert(
      fc.property(changeSetArbitrary(base, { from: '2008-01-01', to: '2026-06-30', maxChanges: 4 }), fc.array(apps, { minLength: 10, maxLength: 20 }), fc.constantFrom('computed', 'kept-unnoted', 'found-again'), (changes, applications, mode) => {
        // a copy of the built-in policy has no values kept yet
        const baseline = structuredClone(base) as Policy;
        const candidate = withChanges(baseline, changes);
        const pair = preparePair(baseline, candidate);
        const evaluateAll = () => {
          for (const a of applications) {
            try {
              evaluate(a, { policy: pair.baseline });
            } catch {
              // not valid
            }
          }
        };
        // kept before anyone noted (computed again once, under notes), or kept with their reads (noted again)
        if (mode === 'kept-unnoted') evaluateAll();
        if (mode === 'found-again') withReads(evaluateAll);
        for (const a of applications) {
          let differ: boolean;
          try {
            differ = readsOf(a, baseline, candidate).differ;
          } catch {
            continue; // not valid (diffOutcomes counts it as invalid)
          }
          checked++;
          if (differ) continue;
          skipped++;
          expect(sameOutcome(evaluate(a, { policy: baseline }), evaluate(a, { policy: candidate })), JSON.stringify({ changes, a })).toBe(true);
        }
      }),
      { numRuns: 45, seed: 11 },
    );
    // the property is not vacuous: a good share of the applications is found unaffected by their reads
    expect(skipped).toBeGreaterThan(checked / 5);
  });
});

describe('the reads of known applications', () => {
  // the sample application (a first Hong Kong and Macau permit with an individual-visit endorsement) on a Monday in May 2024
  const chengdu = { ...SAMPLE_APPLICATION, acceptedAt: '2024-05-06T10:00:00+08:00' };
  const harbin = { office: { division: '230100' }, applicant: { ...SAMPLE_APPLICATION.applicant, residentId: '230102199003151237', hukou: '230102' } };

  it('a passport fee change: an endorsement-only application did not read the fee, a passport application did', () => {
    const candidate = withChanges(base, [{ op: 'set', table: 'fee.passport.issue', from: '2008-01-01', value: 6000, cite }] as Change[]);
    const endorsement = chengdu;
    const passport = { ...chengdu, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }] };
    const e = readsOf(endorsement, base, candidate);
    expect(e.reads.has('fee.passport.issue')).toBe(false);
    expect(e.differ).toBe(false);
    const p = readsOf(passport, base, candidate);
    expect(p.reads.has('fee.passport.issue')).toBe(true);
    expect(p.differ).toBe(true);
  });

  it('Harbin in the individual-visit scheme a month earlier (from 2024-04-27, not 05-27): a Chengdu resident’s reads do not differ, a Harbin resident’s do', () => {
    const candidate = withChanges(base, [{ op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '230100', from: '2024-04-27', to: '2024-05-26', cite }] as Change[]);
    const inChengdu = chengdu;
    const inHarbin = { ...chengdu, ...harbin };
    const c = readsOf(inChengdu, base, candidate);
    // the scheme was looked up for Chengdu (510100), not for Harbin
    expect(c.reads.has('endorsement.hkmo.G.cities\u0000510100')).toBe(true);
    expect(c.reads.has('endorsement.hkmo.G.cities\u0000230100')).toBe(false);
    expect(c.differ).toBe(false);
    const h = readsOf(inHarbin, base, candidate);
    expect(h.reads.has('endorsement.hkmo.G.cities\u0000230100')).toBe(true);
    expect(h.differ).toBe(true);
    // and the outcomes agree with the reads: Harbin's changes (it was not in the scheme on 2024-05-06), Chengdu's does not
    expect(evaluate(inHarbin).services[1]?.eligible).toBe(false);
    expect(evaluate(inHarbin, { policy: candidate }).services[1]?.eligible).toBe(true);
    expect(sameOutcome(evaluate(inChengdu), evaluate(inChengdu, { policy: candidate }))).toBe(true);
  });

  it('before the days the table differs on, no read differs', () => {
    const candidate = withChanges(base, [{ op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '230100', from: '2024-04-27', to: '2024-05-26', cite }] as Change[]);
    const earlier = { ...chengdu, ...harbin, acceptedAt: '2024-04-15T10:00:00+08:00' };
    const r = readsOf(earlier, base, candidate);
    expect(r.reads.has('endorsement.hkmo.G.cities\u0000230100')).toBe(true);
    expect(r.differ).toBe(false);
  });
});
