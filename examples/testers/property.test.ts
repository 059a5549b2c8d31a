// Property tests of a fee proposal, written in the tester's own project with churujing/testing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutcomeDiff, defaultPolicy, diffOutcomes, evaluate, withChanges } from 'churujing';
import { applicationArbitrary, changeSetArbitrary } from 'churujing/testing';

const baseline = defaultPolicy();
const proposal = withChanges(baseline, [
  { op: 'set', table: 'fee.passport.issue', from: '2026-01-01', value: 6000, cite: { issuer: '出入境管理局（政策研究）', title: '普通护照收费减半方案（征求意见稿）' } },
]);

describe('the passport-fee proposal', () => {
  it('changes fees only, and makes nobody ineligible', () => {
    const applications = applicationArbitrary({ from: '2025-10-01', to: '2026-03-31', services: ['passport', 'hkmo-permit', 'hong-kong:G'] });
    fc.assert(
      fc.property(fc.array(applications, { minLength: 10, maxLength: 30 }), (apps) => {
        const diff = diffOutcomes({ baseline, candidate: proposal, applications: apps });
        expect(checkOutcomeDiff(diff, { onlyKinds: ['fees'], noneBecomeIneligible: true })).toEqual([]);
      }),
      { seed: 2026, numRuns: 25 },
    );
  });

  it('every fee quote adds up to its priced lines', () => {
    fc.assert(
      fc.property(applicationArbitrary({ from: '2025-01-01', to: '2026-06-30' }), (a) => {
        const fees = evaluate(a, { policy: proposal }).fees;
        if (fees) expect(fees.totalFen).toBe(fees.lines.reduce((sum, l) => sum + ('amountFen' in l ? l.amountFen : 0), 0));
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('no change set a tester might write makes evaluate throw on a valid application', () => {
    fc.assert(
      fc.property(changeSetArbitrary(baseline, { tables: ['fee.'], from: '2026-01-01' }), applicationArbitrary({ from: '2026-01-01', to: '2026-06-30' }), (changes, a) => {
        evaluate(a, { policy: withChanges(baseline, changes) });
      }),
      { seed: 11, numRuns: 15 },
    );
  });
});
