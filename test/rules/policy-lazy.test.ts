/**
 * policyAt compiles each table on first read. A policy is a value: the first policyAt freezes
 * the policy it is given (deeply, in place), so a caller cannot change it afterwards — before a
 * table was ever read included — and no cache can answer from old content.
 */
import { describe, expect, it } from 'vitest';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import { CITIES, FEE, POLICY, STAY } from './policy-fixture.js';

const copy = (): Policy => structuredClone(POLICY) as Policy;

describe('policyAt compiles tables on first read', () => {
  it('a policy cannot be changed once handed to policyAt, not even the tables no view has read yet', () => {
    const mine = copy() as { national: Record<string, { entries?: { value: unknown }[]; members?: { member: string }[] }> } & Policy;
    const first = policyAt(mine, '2021-01-01');
    expect(first.value(STAY).inForce).toBe(true); // only test.stay is read so far
    expect(() => ((mine.national['test.fee']?.entries as { value: unknown }[])[2]!.value = 1)).toThrow(TypeError);
    expect(() => ((mine.national['test.cities']?.members as { member: string }[])[0]!.member = '999999')).toThrow(TypeError);
    expect(() => delete (mine.national as Record<string, unknown>)['test.stay']).toThrow(TypeError);
    const later = policyAt(mine, '2021-01-01');
    const fresh = policyAt(POLICY, '2021-01-01');
    expect(later).toBe(first);
    expect(later.value(FEE)).toEqual(fresh.value(FEE));
    expect(later.members(CITIES)).toEqual(fresh.members(CITIES));
    expect(later.value(STAY)).toEqual(fresh.value(STAY));
  });

  it('a frozen policy answers the same as an unfrozen copy, table by table in any order', () => {
    const frozen = Object.freeze(copy());
    for (const order of [[FEE, STAY], [STAY, FEE]] as const) {
      const a = policyAt(copy(), '2018-03-01');
      const b = policyAt(frozen, '2018-03-01');
      for (const spec of order) expect(b.value(spec)).toEqual(a.value(spec));
    }
  });
});
