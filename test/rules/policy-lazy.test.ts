/**
 * policyAt compiles each table on first read. What a view answers must still be the policy as it
 * was when it was first resolved: a caller who changes its own (unfrozen) policy object
 * afterwards, before a table was ever read, changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import { CITIES, FEE, POLICY, STAY } from './policy-fixture.js';

const copy = (): Policy => structuredClone(POLICY) as Policy;

describe('policyAt compiles tables on first read', () => {
  it('changes to an unfrozen policy after the first policyAt do not reach tables read later', () => {
    const mine = copy() as { national: Record<string, { entries?: { value: unknown }[]; members?: { member: string }[] }> } & Policy;
    const first = policyAt(mine, '2020-01-01');
    expect(first.value(STAY).inForce).toBe(true); // only test.stay is read so far
    (mine.national['test.fee']?.entries as { value: unknown }[])[2]!.value = 1;
    (mine.national['test.cities']?.members as { member: string }[])[0]!.member = '999999';
    delete (mine.national as Record<string, unknown>)['test.stay'];
    const later = policyAt(mine, '2021-01-01');
    const fresh = policyAt(POLICY, '2021-01-01');
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
