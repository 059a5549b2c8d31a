/**
 * validatePolicy reports every problem at once (issue 11 §4): one structural problem (a missing
 * citation, say) does not hide the overlap, gap and unknown division that follow; issues that
 * only follow from an earlier one are left out. One bad table per failure mode, then several
 * at once — each with the path a person would fix.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/rules/errors.js';
import { PolicyValidationError, parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';
import { validatePolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { POLICY, SPECS, cite } from './policy-fixture.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const mutate = (f: (p: any) => void): unknown => {
  const copy = structuredClone(POLICY);
  f(copy);
  return copy;
};
const found = (input: unknown) => {
  const r = validatePolicyWith(input, SPECS);
  return r.ok ? [] : r.issues.map((i) => `${i.code} @ ${i.path.join('.')}`).sort();
};

describe('validatePolicy: every problem at once', () => {
  it('a missing citation does not hide the overlap, gap and unknown division after it', () => {
    const bad = mutate((p) => {
      delete p.national['test.fee'].entries[0].cite; // structure
      p.national['test.fee'].entries[1].to = '2019-07-15'; // overlaps the next entry
      p.national['test.stay'].entries[1].from = '2024-06-01'; // a gap? (stay is not continuous: no)
      p.national['test.cities'].members.push({ member: '440300', from: '2010-01-01', cite: cite('dup') }); // out of order and overlapping
      p.local['999900'] = { tables: {} }; // unknown division
    });
    expect(found(bad)).toEqual(
      [
        'invalid_type @ national.test.fee.entries.0.cite',
        'overlap @ national.test.fee.entries.2.from',
        'out-of-order @ national.test.cities.members.3.from',
        'overlap @ national.test.cities.members.3.from',
        'unknown-division @ local.999900',
      ].sort(),
    );
  });

  it('a gap in a continuous table is found beside a broken value elsewhere in it', () => {
    const bad = mutate((p) => {
      p.national['test.fee'].entries[0].value = 'free';
      p.national['test.fee'].entries[1].to = '2019-06-01'; // leaves June 2019 uncovered
    });
    expect(found(bad)).toEqual(['gap @ national.test.fee.entries.2.from', 'invalid_type @ national.test.fee.entries.0.value']);
  });

  it('an entry whose date is not a date takes no part in the period checks (no gap reported around it)', () => {
    const bad = mutate((p) => (p.national['test.fee'].entries[1].from = '2017-02-30'));
    expect(found(bad)).toEqual(['custom @ national.test.fee.entries.1.from']);
  });

  it('every broken table is reported, national and local, with the broken changes too', () => {
    const bad = mutate((p) => {
      p.national['test.stay'] = { kind: 'value', verifiedThrough: '2025-13-01', entries: 'none' };
      p.local['230100'].tables['test.fee'].entries[0].value = -1;
      p.changes = [
        { op: 'set', table: 'test.nope', from: '2020-01-01', value: 1, cite: cite('x') },
        { op: 'add-member', table: 'test.fee', member: '1', from: '2020-01-01', cite: cite('x') },
        { op: 'set', table: 'test.fee', from: '2020-01-01', cite: cite('no value') },
      ];
    });
    expect(found(bad)).toEqual(
      [
        'custom @ national.test.stay.verifiedThrough',
        'invalid_type @ changes.2.value',
        'invalid_type @ national.test.stay.entries',
        'too_small @ local.230100.tables.test.fee.entries.0.value',
        'unknown-table @ changes.0.table',
        'wrong-kind @ changes.1.op',
      ].sort(),
    );
  });

  it('changes are checked while a table they do not touch is broken', () => {
    const bad = mutate((p) => {
      p.national['test.stay'].entries[0].cite = { issuer: 'x' }; // no title
      p.changes = [
        { op: 'set', table: 'test.fee', from: '2018-01-01', to: '2018-01-31', value: -3, cite: cite('negative') },
        { op: 'add-member', table: 'test.cities', member: 'Xuzhou', from: '2025-01-01', cite: cite('not a code') },
        { op: 'set', table: 'test.fee', division: '440300', from: '2018-01-01', value: 1, cite: cite('fine') },
      ];
    });
    expect(found(bad)).toEqual(['invalid_format @ changes.1.member', 'invalid_type @ national.test.stay.entries.0.cite.title', 'too_small @ changes.0.value']);
  });

  it('a policy JSON without changes is reported, not a crash; withChanges says so as a typed error', () => {
    const json = JSON.parse(JSON.stringify(POLICY));
    delete json.changes;
    expect(found(json)).toEqual(['invalid_type @ changes']);
    expect(() => withChanges(json, [])).toThrow(PolicyValidationError);
  });

  it('bad arguments (not a policy) are a typed error, never a crash', () => {
    expect(() => validatePolicy(POLICY, 'x' as never)).toThrow(ValidationError);
    expect(() => validatePolicy(POLICY, undefined, { locale: 'fr' } as never)).toThrow(ValidationError);
    for (const v of [null, 1, 'x', [], new Map()]) expect(found(v).length).toBeGreaterThan(0);
  });

  it('issues come in both locales, the asked one in message', () => {
    const bad = mutate((p) => (p.local['999900'] = { tables: {} }));
    const r = validatePolicyWith(bad, SPECS, { locale: 'zh-CN' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.message).toMatch(/行政区划/);
      expect(r.issues[0]?.messages?.en).toMatch(/division/);
    }
    expect(() => parsePolicy(bad, SPECS, { locale: 'zh-CN' })).toThrow(/政策无效/);
  });

  it('a valid policy comes back deeply frozen', () => {
    const r = validatePolicyWith(structuredClone(POLICY), SPECS);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.isFrozen(r.policy.national['test.fee'])).toBe(true);
      expect(Object.isFrozen((r.policy.national['test.fee'] as unknown as { entries: object[] }).entries[0])).toBe(true);
    }
  });
});
