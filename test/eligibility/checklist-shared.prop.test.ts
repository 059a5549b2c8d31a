/**
 * Checklist plans are shared between days whose requirement rules are the same entries (see
 * `PolicyView.shared`). The property: one case checked on many days of one warm policy, in any
 * order — across the boundaries of the requirement tables (2007-12-15, 2014-07-25, 2015-12-28,
 * 2018-09-01 …) — gives on each day what a freshly compiled copy of the policy gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { materialsChecklistTrusted } from '../../src/eligibility/checklist.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { checklistCase, date, OFFICES, outcome } from './checklist-trusted-arbitraries.js';

const BOUNDARIES = ['2007-12-15', '2014-07-24', '2014-07-25', '2015-12-27', '2015-12-28', '2018-08-31', '2018-09-01', '2019-04-01', '2023-05-15', '2024-05-06'];

describe('checklist plans shared between days', () => {
  it('a warm policy gives on each day what a fresh copy gives, whatever the order of the days', () => {
    const warm = structuredClone(defaultPolicy());
    fc.assert(
      fc.property(
        checklistCase,
        fc.shuffledSubarray([...BOUNDARIES], { minLength: 2 }),
        fc.array(date, { maxLength: 4 }),
        fc.constantFrom(...OFFICES),
        (c, boundaryDays, otherDays, office) => {
          for (const d of [...boundaryDays, ...otherDays]) {
            const at = (p: typeof warm) => policyAt(p, d, office === undefined ? { beyondVerified: 'flag' } : { division: office, beyondVerified: 'flag' });
            const fresh = structuredClone(warm);
            expect(outcome(() => JSON.stringify(materialsChecklistTrusted({ view: at(warm), ...c })))).toEqual(outcome(() => JSON.stringify(materialsChecklistTrusted({ view: at(fresh), ...c }))));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
