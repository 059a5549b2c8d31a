import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Application, parseApplication } from '../../src/eligibility/application.js';
import { ACCEPTANCE_RANK } from '../../src/eligibility/deferred-acceptance.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { isWorkingDay } from '../../src/deadlines/working-days.js';
import { ChurujingError } from '../../src/rules/errors.js';
import { applicationArb } from './evaluate-fixtures.js';

const valid = (a: Application) => {
  try {
    parseApplication(a);
    return true;
  } catch (e) {
    if (e instanceof ChurujingError) return false;
    throw e;
  }
};
const RANK: Record<string, number> = { 'not-eligible': -1, ...ACCEPTANCE_RANK };

describe('evaluate properties', () => {
  it('never throws on a schema-valid application; deadlines are working days on or after acceptance', () => {
    fc.assert(
      fc.property(applicationArb, (a) => {
        fc.pre(valid(a));
        const e = evaluate(a);
        for (const s of e.services) {
          if (s.processing?.kind === 'due') {
            expect(isWorkingDay(s.processing.due)).toBe(true);
            expect(s.processing.due >= e.acceptedOn).toBe(true);
          }
        }
        // the total is the sum of the priced lines; complete exactly when no line is unpriced
        expect(e.fees === undefined || e.fees.totalFen === e.fees.lines.reduce((t, l) => t + (l.priced ? l.amountFen : 0), 0)).toBe(true);
        expect(e.fees === undefined || e.fees.complete === e.fees.lines.every((l) => l.priced)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the one-time notice lists exactly the missing materials; adding one never makes the decision worse', () => {
    fc.assert(
      fc.property(applicationArb, (a) => {
        fc.pre(valid(a));
        const e = evaluate(a);
        const checklist = e.materials;
        if (!checklist || !e.acceptance) return;
        if (e.acceptance.status === 'not-accepted') {
          expect(e.acceptance.notice.items.map((i) => i.id).sort()).toEqual(checklist.missing.map((m) => m.id).sort());
        }
        const missing = checklist.missing[0];
        if (!missing) return;
        const more = evaluate({ ...a, materials: [...a.materials, missing.id] });
        expect(RANK[more.status]).toBeGreaterThanOrEqual(RANK[e.status] as number);
      }),
      { numRuns: 60 },
    );
  });

  it('the same application on two dates inside one period of every table gets the same decision', () => {
    // Two consecutive working days with no table boundary between them: 2023-03-14 and 2023-03-15.
    fc.assert(
      fc.property(applicationArb, (a) => {
        const on = (d: string) => ({ ...a, acceptedAt: `${d}T10:00:00+08:00` }) as Application;
        fc.pre(valid(on('2023-03-14')));
        const x = evaluate(on('2023-03-14'));
        const y = evaluate(on('2023-03-15'));
        expect(y.status).toBe(x.status);
        expect(y.services.map((s) => s.reasons.map((r) => r.code))).toEqual(x.services.map((s) => s.reasons.map((r) => r.code)));
        expect(y.fees?.totalFen).toBe(x.fees?.totalFen);
      }),
      { numRuns: 40 },
    );
  });
});
