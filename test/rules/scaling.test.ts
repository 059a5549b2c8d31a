/**
 * Time against input size, as a ratio between n and 10n (never an absolute time): adding
 * what-if changes is O(n log n) (it was worse than quadratic: 10,000 changes took a minute),
 * checking a reason catalogue is linear, and so is validating a policy.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, validatePolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import type { Change } from '../../src/rules/policy.js';
import { catalogueProblems } from '../../src/rules/reasons.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';

/**
 * The shortest time of `runs` calls of `f`, after three calls to warm up (a small input's calls
 * are still being optimised after one: its time then falls threefold over the next few, which
 * inflated the ratio): the least disturbed by a loaded machine's pauses.
 */
function fastest(f: () => unknown, runs = 7): number {
  for (let i = 0; i < 3; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

/** Time for 10n over time for n. */
const ratio = (f: (n: number) => () => unknown, n: number) => fastest(f(10 * n)) / fastest(f(n));

const cite = { issuer: 'what-if', title: 'scaling' };
const D0 = parseCivilDate('2030-01-01');

/** n changes: one-day values side by side, open-ended values overlapping them, members joining and leaving for 1 to 60 days. */
function changes(n: number): Change[] {
  let seed = 7;
  const rand = (k: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % k);
  const out: Change[] = [];
  for (let i = 0; i < n; i++) {
    const from = D0 + rand(3650);
    const to = from + rand(60);
    switch (i % 4) {
      case 0:
        // one day each, none overlapping: the entries grow with n (the case the old fold was quadratic in)
        out.push({ op: 'set', table: 'fee.passport.issue', from: formatCivilDate(D0 + 4000 + i), to: formatCivilDate(D0 + 4000 + i), value: 100 * rand(200), cite });
        break;
      case 1:
        out.push({ op: 'set', table: 'fee.passport.issue', from: formatCivilDate(from), value: 12000, cite });
        break;
      default:
        out.push({ op: i % 4 === 2 ? 'add-member' : 'remove-member', table: 'endorsement.hkmo.G.cities', member: ['320300', '440300', '610100', '230100'][rand(4)] as string, from: formatCivilDate(from), to: formatCivilDate(to), cite });
    }
  }
  return out;
}

describe('scaling (ratio of 10n to n)', () => {
  it('withChanges: n changes in O(n log n) (quadratic would be a ratio of 100)', () => {
    const base = defaultPolicy();
    const r = ratio((n) => {
      const c = changes(n);
      return () => withChanges(base, c);
    }, 200);
    console.log(`ratio 10n/n: ${r.toFixed(1)}`);
    expect(r).toBeLessThan(30);
  }, 120_000);

  it('validatePolicy: a policy with n what-if changes in O(n log n)', () => {
    // the two tables the changes touch, so that the changes are most of the work
    const { national } = defaultPolicy();
    const base = { schema: 'churujing.policy/1', id: 'two-tables', national: { 'fee.passport.issue': national['fee.passport.issue'], 'endorsement.hkmo.G.cities': national['endorsement.hkmo.G.cities'] }, local: {} };
    const r = ratio((n) => {
      // a fresh copy each time: a policy validated once is remembered (and frozen), so it would cost nothing
      const text = JSON.stringify({ ...base, changes: changes(n) });
      return () => validatePolicy(JSON.parse(text));
    }, 200);
    console.log(`ratio 10n/n: ${r.toFixed(1)}`);
    expect(r).toBeLessThan(30);
  }, 120_000);

  it('catalogueProblems: linear in the catalogue (codes and templates)', () => {
    const catalogue = (n: number) => {
      const c: Record<string, { params: string[]; 'zh-CN': string; en: string }> = {};
      for (let i = 0; i < n; i++) c[`x.code-${i}`] = { params: ['a', 'b', `p${i}`], 'zh-CN': `{a}{b}{p${i}}{u${i}}`, en: `{a} {b} {p${i}}` };
      return c;
    };
    const r = ratio((n) => {
      const c = catalogue(n);
      return () => catalogueProblems(c);
    }, 5_000);
    console.log(`ratio 10n/n: ${r.toFixed(1)}`);
    expect(r).toBeLessThan(30);
  }, 120_000);
});
