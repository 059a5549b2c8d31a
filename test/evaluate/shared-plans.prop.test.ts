/**
 * Plans shared between days: what `evaluate` derives from the rules alone is kept on the policy
 * and reused by every other day (and office) whose rules answer the same reads the same way.
 * A read missed by that sharing would give one day's answer on another day. This property
 * evaluates generated applications — many offices, every channel, urgent requests and applicant
 * facts, and the same applications moved to other days — in a shuffled order on one warm policy,
 * and compares each checked one with its evaluation on a fresh copy of the policy (validated
 * anew: nothing compiled or kept is shared with the warm one).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { type Application, parseApplication } from '../../src/eligibility/application.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { ChurujingError } from '../../src/rules/errors.js';
import type { Policy } from '../../src/rules/policy.js';
import { applicationArbitrary } from '../../src/testing/application-arbitrary.js';
import { application, applicationArb, residentId } from './evaluate-fixtures.js';

const schemaValid = (a: Application) => {
  try {
    parseApplication(a);
    return true;
  } catch {
    return false;
  }
};

const broad = applicationArbitrary({
  from: '2004-01-01',
  to: '2025-12-31',
  offices: ['510100', '110100', '440300', '230100', '610100', '350200', '310100', '500000'],
  channels: ['hall-window', 'kiosk', 'online', 'post', 'police-station', 'agency'],
  maxServices: 3,
  flags: true,
  urgent: true,
});

/** The sample application (complete: it reaches deadlines and fees) at one of several offices by a local applicant, on any day. */
const OFFICES = [
  ['510100', '510104'],
  ['110100', '110105'],
  ['440100', '440104'],
  ['230100', '230102'],
  ['310100', '310104'],
  ['330100', '330106'],
  ['500000', '500103'],
  ['120000', '120101'],
] as const;
const sample = fc.tuple(fc.constantFrom(...OFFICES), fc.integer({ min: 0, max: 8034 })).map(([[office, hukou], day]) =>
  application({ applicant: { hukou, residentId: residentId(hukou, '1990-03-15') }, office: { division: office }, acceptedAt: `${shifted('2004-01-01', day)}T10:00:00+08:00` }),
);

/** A civil date `days` after `date`. */
function shifted(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The same application accepted `days` later (same time of day and offset). */
function movedBy(a: Application, days: number): Application {
  const at = a.acceptedAt as string;
  return { ...a, acceptedAt: `${shifted(at.slice(0, 10), days)}${at.slice(10)}` } as Application;
}

/** Applications, each also moved to a few other days (near and far), in a shuffled order. */
const batches = fc
  .tuple(fc.array(fc.oneof(broad, applicationArb, sample), { minLength: 6, maxLength: 14 }), fc.array(fc.integer({ min: -4000, max: 4000 }), { minLength: 3, maxLength: 3 }), fc.integer())
  .map(([apps, shifts, seed]) => {
    const all = apps.flatMap((a) => [a, ...shifts.map((d) => movedBy(a, d)), movedBy(a, 1)]).filter(schemaValid);
    let s = seed >>> 0;
    for (let i = all.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
      const j = s % (i + 1);
      [all[i], all[j]] = [all[j] as Application, all[i] as Application];
    }
    return all;
  });

/** The evaluation, or the typed error's code and message (a crash is rethrown). */
function outcome(a: Application, policy: Policy): unknown {
  try {
    return { ok: evaluate(a, { policy }) };
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    return { failed: e.code, message: e.message };
  }
}

describe('evaluate: plans shared between days are invisible', () => {
  it('on a policy warmed by applications of other days and offices, each gives what a fresh policy gives', () => {
    const warm = defaultPolicy();
    fc.assert(
      fc.property(batches, fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (apps, picks) => {
        if (apps.length === 0) return;
        const results = apps.map((a) => outcome(a, warm));
        for (const p of new Set(picks.map((p) => p % apps.length))) {
          expect(results[p]).toEqual(outcome(apps[p] as Application, structuredClone(defaultPolicy())));
        }
      }),
      { numRuns: 30 },
    );
  }, 600_000);
});
