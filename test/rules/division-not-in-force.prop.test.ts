import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_FIRST_EDITION, HISTORY_LAST_EDITION, allCodes, codeOnDate, notInForceReason, recordsOfCode, wasEverListed } from '../../src/rules/division-codes.js';
import { formatCivilDate, daysFromCivil } from '../../src/rules/civil-date.js';

// notInForceReason answers from a table per code and class of dates; codeOnDate works the status
// out from the editions on each call. They must agree on every code and day, asked in any order.
const codes = allCodes();
const code = fc.oneof(
  fc.integer({ min: 0, max: codes.length - 1 }).map((i) => codes[i] as string),
  fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
);
const first = daysFromCivil(HISTORY_FIRST_EDITION - 2, 1, 1);
const last = daysFromCivil(HISTORY_LAST_EDITION + 2, 12, 31);
// edition days (31 December) and the days around them are where the status changes
const day = fc.oneof(
  fc.integer({ min: first, max: last }),
  fc.integer({ min: HISTORY_FIRST_EDITION - 1, max: HISTORY_LAST_EDITION + 1 }).chain((y) => fc.integer({ min: -1, max: 1 }).map((d) => daysFromCivil(y, 12, 31) + d)),
);

describe('notInForceReason', () => {
  it("is codeOnDate's reason when the code is not in force, and undefined otherwise", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, day), { minLength: 1, maxLength: 40 }), (asks) => {
        for (const [c, d] of asks) {
          const date = formatCivilDate(d);
          const r = codeOnDate(c, date);
          expect(notInForceReason(c, date)).toBe(r.status === 'not-in-force' ? r.reason : undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('wasEverListed says whether some edition lists the code', () => {
    fc.assert(
      fc.property(code, (c) => {
        expect(wasEverListed(c)).toBe(recordsOfCode(c).length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
