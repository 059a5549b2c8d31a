/**
 * `evaluate` reuses what it derives from the rules of a day (per-view plans and lookups). These
 * properties show the reuse is invisible: an evaluation on a policy whose views have served many
 * other applications equals the evaluation on a freshly compiled copy of the same policy, and a
 * caller who scribbles over a result cannot change what later evaluations return. (A copy made
 * with structuredClone is a policy the library did not produce: evaluate validates it once, which
 * takes a tenth of a second; hence the longer timeouts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Application, parseApplication } from '../../src/eligibility/application.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { applicationArb, officeDayArb } from './evaluate-fixtures.js';
import { scribble } from '../support/scribble.js';

const schemaValid = (a: Application) => {
  try {
    parseApplication(a);
    return true;
  } catch {
    return false;
  }
};

const pools = fc.oneof(officeDayArb, applicationArb).filter(schemaValid);

describe('evaluate: reuse of per-day plans is invisible', () => {
  it('a warm policy gives what a freshly compiled copy gives', () => {
    const warm = defaultPolicy();
    fc.assert(
      fc.property(fc.array(pools, { minLength: 2, maxLength: 6 }), (apps) => {
        const fresh = structuredClone(warm);
        // warm the shared policy's views with the other applications first
        for (const a of apps.slice(1)) evaluate(a, { policy: warm });
        const a = apps[0] as Application;
        expect(evaluate(a, { policy: warm })).toEqual(evaluate(a, { policy: fresh }));
      }),
      { numRuns: 40 },
    );
  }, 300_000);

  it('scribbling over a result changes nothing later', () => {
    const policy = structuredClone(defaultPolicy());
    fc.assert(
      fc.property(pools, (a) => {
        const before = JSON.stringify(evaluate(a, { policy }));
        scribble(evaluate(a, { policy }));
        expect(JSON.stringify(evaluate(a, { policy }))).toBe(before);
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
