/**
 * What the policy core shares between callers cannot be changed by one of them (issue 10 §1):
 * views are frozen and made only by policyAt; policies from withChanges/revertChanges/
 * materialize are deeply frozen; a policy changed after it was handed in is read as it is now
 * (the compiled cache notices), never from a stale copy; caches keyed by caller input are bounded.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { BoundedMap, KeyTrie } from '../../src/rules/key-trie.js';
import { PolicyView, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { materializeUsing, revertChanges, withChangesUsing } from '../../src/rules/with-changes.js';
import { CITIES, FEE, POLICY, SPECS, cite } from './policy-fixture.js';

function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
}

const fee = (p: Policy, date: string) => {
  const r = policyAt(p, date).value(FEE);
  return r.inForce ? r.value : r.reason;
};

describe('views', () => {
  it('are frozen and shared: setting view.date changes nothing for the next caller', () => {
    const a = policyAt(defaultPolicy(), '2019-07-01', { division: '510104' });
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { date: string }).date = '2030-01-01';
    }).toThrow(TypeError);
    const b = policyAt(defaultPolicy(), '2019-07-01', { division: '510104' });
    expect(b).toBe(a);
    expect(b.date).toBe('2019-07-01');
  });

  it('are made by policyAt only', () => {
    expect(() => new (PolicyView as unknown as new (...a: unknown[]) => unknown)({}, 0, undefined, false)).toThrow(ValidationError);
  });

  it('answer hostile table specs and members with typed errors', () => {
    const v = policyAt(POLICY, '2024-03-06');
    for (const spec of [null, undefined, 1, {}, { id: 5 }, { id: '' }]) {
      expect(() => v.value(spec as never)).toThrow(ValidationError);
      expect(() => v.members(spec as never)).toThrow(ValidationError);
    }
    // a table's id is as good as its spec; an id the policy lacks is an UnknownTableError
    expect(v.value('test.fee')).toBe(v.value(FEE));
    expect(() => v.value('no.such.table')).toThrow(ChurujingError);
    expect(() => v.members('test.fee')).toThrow(ChurujingError);
    expect(() => v.has(CITIES, {} as never)).toThrow(ValidationError);
    expect(() => v.has({ ...CITIES, id: '__proto__' }, 'x')).toThrow(ChurujingError);
    expect(() => v.value({ ...FEE, id: 'constructor' })).toThrow(ChurujingError);
  });

  it('results they hand out are frozen', () => {
    const v = policyAt(POLICY, '2024-05-27');
    expect(deeplyFrozen(v.value(FEE))).toBe(true);
    expect(deeplyFrozen(v.members(CITIES))).toBe(true);
    expect(deeplyFrozen(v.member(CITIES, '610100'))).toBe(true);
  });

  it('bad arguments to policyAt are one typed error listing every problem', () => {
    try {
      policyAt({ ...POLICY, changes: 'none' } as never, '2024-02-30', { division: 5, beyondVerified: 'maybe', extra: 1 } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ChurujingError).issues.map((i) => i.path.join('.')).sort()).toEqual(['changes', 'date', 'options.beyondVerified', 'options.division', 'options.extra']);
    }
  });
});

describe('policies', () => {
  const changes: Change[] = [{ op: 'set', table: 'test.fee', from: '2026-01-01', value: 6000, cite: cite('halved') }];

  it('withChanges, revertChanges and materialize return deeply frozen policies', () => {
    const p = withChangesUsing(structuredClone(POLICY), changes, SPECS);
    expect(deeplyFrozen(p)).toBe(true);
    expect(deeplyFrozen(revertChanges(p, changes))).toBe(true);
    expect(deeplyFrozen(materializeUsing(p, SPECS))).toBe(true);
  });

  it('a policy handed to policyAt is frozen (deeply): it cannot change under the cache', () => {
    const p = structuredClone(POLICY) as unknown as { national: Record<string, { entries: { value: unknown }[] }>; changes: unknown[] };
    expect(fee(p as unknown as Policy, '2018-03-01')).toBe(16000);
    expect(() => ((p.national['test.fee'] as { entries: { value: unknown }[] }).entries[1]!.value = 1)).toThrow(TypeError);
    expect(() => p.changes.push({})).toThrow(TypeError);
    expect(fee(p as unknown as Policy, '2018-03-01')).toBe(16000);
  });

  it('a policy that is not plain data, or nests too deep, is a typed error (and is left as it was)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { a: deep };
    for (const bad of [
      { ...structuredClone(POLICY), changes: [{ op: 'set', table: 'test.fee', from: '2020-01-01', value: deep, cite: cite('deep') }] },
      { ...structuredClone(POLICY), national: { ...POLICY.national, 'test.fee': { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2020-01-01', value: new Map(), cite: cite('map') }] } } },
    ]) {
      expect(() => policyAt(bad as Policy, '2020-06-01')).toThrow(ChurujingError);
      expect(Object.isFrozen(bad)).toBe(false);
    }
  });

});

describe('bounded caches', () => {
  it('a BoundedMap never holds more than its limit', () => {
    const m = new BoundedMap<string, number>(100);
    for (let i = 0; i < 10_000; i++) {
      m.set(`k${i}`, i);
      expect(m.size).toBeLessThanOrEqual(100);
    }
    expect(m.get('k9999')).toBe(9999);
  });

  it('a KeyTrie keeps nothing for a key whose value could not be computed', () => {
    const t = new KeyTrie(4);
    for (let i = 0; i < 100; i++) {
      expect(() =>
        t.get(['x', `key ${i}`], () => {
          throw new Error('no');
        }),
      ).toThrow();
    }
    let calls = 0;
    for (let i = 0; i < 10; i++) t.get(['y', i], () => ++calls);
    expect(t.get(['y', 9], () => -1)).toBe(10);
  });

  it('views answer any number of distinct members without keeping them all (same answers)', () => {
    const v = policyAt(POLICY, '2024-05-27');
    for (let i = 0; i < 20_000; i++) expect(v.has(CITIES, `m${i}`)).toBe(false);
    expect(v.has(CITIES, '610100')).toBe(true);
  });
});
