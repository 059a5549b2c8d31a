import { describe, expect, it } from 'vitest';
import { UnknownDivisionError } from '../../src/rules/divisions.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { UnknownTableError, UnverifiedDateError, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { PolicyValidationError, parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';
import { revertChanges, withChangesUsing } from '../../src/rules/with-changes.js';
import { materialize } from '../../src/rules/apply-changes.js';
import { CITIES, FEE, POLICY, SPECS, STAY, cite } from './policy-fixture.js';

const at = (date: string, division?: string) => policyAt(POLICY, date, division === undefined ? {} : { division });
const fee = (p: Policy, date: string, division?: string) => {
  const r = policyAt(p, date, division === undefined ? {} : { division }).value(FEE);
  return r.inForce ? r.value : r.reason;
};

describe('value tables', () => {
  it('takes the entry in force on the day: the latest with from <= date, inside its period', () => {
    expect(fee(POLICY, '2004-12-31')).toBe('not-yet');
    expect(fee(POLICY, '2005-01-01')).toBe(20000);
    expect(fee(POLICY, '2017-06-30')).toBe(20000);
    expect(fee(POLICY, '2017-07-01')).toBe(16000);
    expect(fee(POLICY, '2019-06-30')).toBe(16000);
    expect(fee(POLICY, '2019-07-01')).toBe(12000);
  });

  it('returns the entry, its citation and its inclusive period', () => {
    const r = at('2018-03-01').value(FEE);
    expect(r).toEqual({ inForce: true, table: 'test.fee', value: 16000, cite: cite('B'), period: { from: '2017-07-01', to: '2019-06-30' }, source: { level: 'national' }, unverified: false });
  });

  it('a value that ended does not exist afterwards (it is not "the last value")', () => {
    expect(at('2024-12-31').value(STAY)).toMatchObject({ inForce: true, value: 14 });
    expect(at('2025-01-01').value(STAY)).toMatchObject({ inForce: false, reason: 'ended', cite: cite('ended') });
  });

  it('a local measure of the division, its prefecture or province wins while in force', () => {
    expect(at('2014-06-01', '230100').value(FEE)).toMatchObject({ value: 0, source: { level: 'local', division: '230100' } });
    // a district of Harbin (230102) falls back to its prefecture's measure
    expect(at('2014-06-01', '230102').value(FEE)).toMatchObject({ value: 0, source: { level: 'local', division: '230100' } });
    // outside the local period, or elsewhere, the national value applies
    expect(at('2015-01-01', '230100').value(FEE)).toMatchObject({ value: 20000, source: { level: 'national' } });
    expect(at('2014-06-01', '440300').value(FEE)).toMatchObject({ value: 20000, source: { level: 'national' } });
  });

  it('past verifiedThrough: a typed error by default, a flagged result on request', () => {
    expect(() => at('2025-12-01').value(FEE)).toThrow(UnverifiedDateError);
    expect(policyAt(POLICY, '2025-12-01', { beyondVerified: 'flag' }).value(FEE)).toMatchObject({ value: 12000, unverified: true });
    expect(at('2025-11-30').value(FEE)).toMatchObject({ unverified: false });
  });

  it('unknown tables, wrong kinds and bad arguments are typed errors', () => {
    expect(() => at('2020-01-01').value({ ...FEE, id: 'nope' })).toThrow(UnknownTableError);
    expect(() => at('2020-01-01').has({ ...CITIES, id: 'test.fee' }, 'x')).toThrow(UnknownTableError);
    expect(() => policyAt(POLICY, '2020-02-30')).toThrow(ChurujingError);
    expect(() => policyAt(POLICY, '2020-01-01', { division: '4403' })).toThrow(UnknownDivisionError);
    expect(() => policyAt(POLICY, '2020-01-01', { division: '999900' })).toThrow(UnknownDivisionError);
    // Chongqing's counties (group 5002) belong to the municipality's city-level code
    expect(policyAt(POLICY, '2020-01-01', { division: '500229' }).division).toBe('500229');
  });
});

describe('set tables', () => {
  it('membership by date, with the entry that grants it', () => {
    expect(at('2024-03-05').has(CITIES, '610100')).toBe(false);
    expect(at('2024-03-06').member(CITIES, '610100')).toMatchObject({ member: '610100', cite: cite("Xi'an"), source: { level: 'national' } });
    expect(at('2024-05-27').members(CITIES).map((m) => m.member).sort()).toEqual(['230100', '440300', '610100']);
  });

  it('local members add to the national set where the local measure applies', () => {
    expect(at('2020-06-01', '230100').member(CITIES, '230100')).toMatchObject({ source: { level: 'local', division: '230100' } });
    expect(at('2020-06-01', '440300').has(CITIES, '230100')).toBe(false);
    expect(at('2020-06-01').has(CITIES, '230100')).toBe(false);
  });
});

const whatIf = (title: string) => ({ issuer: 'what-if', title });

describe('what-if changes', () => {
  it('set: a value for a period, splitting what it overlaps', () => {
    const c: Change = { op: 'set', table: 'test.fee', from: '2018-01-01', to: '2018-12-31', value: 8000, cite: whatIf('halve 2018') };
    const p = withChangesUsing(POLICY, [c], SPECS);
    expect([fee(p, '2017-12-31'), fee(p, '2018-01-01'), fee(p, '2018-12-31'), fee(p, '2019-01-01'), fee(p, '2019-07-01')]).toEqual([16000, 8000, 8000, 16000, 12000]);
    expect(policyAt(p, '2018-06-01').value(FEE)).toMatchObject({ cite: whatIf('halve 2018'), period: { from: '2018-01-01', to: '2018-12-31' } });
    // the baseline is untouched
    expect(fee(POLICY, '2018-06-01')).toBe(16000);
  });

  it('end: the rule stops existing', () => {
    const p = withChangesUsing(POLICY, [{ op: 'end', table: 'test.stay', from: '2024-06-01', cite: whatIf('end') }], SPECS);
    expect(policyAt(p, '2024-05-31').value(STAY)).toMatchObject({ value: 14 });
    expect(policyAt(p, '2024-06-01').value(STAY)).toMatchObject({ inForce: false, reason: 'ended' });
  });

  it('add-member / remove-member: a city joins or leaves a scheme', () => {
    const p = withChangesUsing(
      POLICY,
      [
        { op: 'add-member', table: 'test.cities', member: '320300', from: '2025-01-01', cite: whatIf('Xuzhou joins') },
        { op: 'remove-member', table: 'test.cities', member: '440300', from: '2025-03-01', to: '2025-03-31', cite: whatIf('Shenzhen paused') },
      ],
      SPECS,
    );
    expect(policyAt(p, '2024-12-31').has(CITIES, '320300')).toBe(false);
    expect(policyAt(p, '2025-01-01').has(CITIES, '320300')).toBe(true);
    expect([policyAt(p, '2025-02-28').has(CITIES, '440300'), policyAt(p, '2025-03-15').has(CITIES, '440300'), policyAt(p, '2025-04-01').has(CITIES, '440300')]).toEqual([true, false, true]);
  });

  it('local changes create or extend the division\'s measures', () => {
    const p = withChangesUsing(POLICY, [{ op: 'set', table: 'test.fee', division: '440300', from: '2020-01-01', to: '2020-12-31', value: 100, cite: whatIf('Shenzhen') }], SPECS);
    expect(fee(p, '2020-06-01', '440300')).toBe(100);
    expect(fee(p, '2020-06-01', '440100')).toBe(12000);
  });

  it('applied then reverted gives back the same policy; folding keeps every lookup', () => {
    const changes: Change[] = [
      { op: 'set', table: 'test.fee', from: '2018-01-01', value: 1, cite: whatIf('x') },
      { op: 'add-member', table: 'test.cities', member: '320300', from: '2025-01-01', cite: whatIf('y') },
    ];
    const p = withChangesUsing(POLICY, changes, SPECS);
    expect(revertChanges(p, changes)).toEqual(POLICY);
    expect(() => revertChanges(p, changes.slice(0, 1))).toThrow(ValidationError);
    const baked = materialize(p);
    expect(baked.changes).toEqual([]);
    for (const d of ['2017-12-31', '2018-01-01', '2024-12-31', '2025-01-01']) {
      expect(policyAt(baked, d).value(FEE)).toEqual(policyAt(p, d).value(FEE));
      expect(policyAt(baked, d).members(CITIES)).toEqual(policyAt(p, d).members(CITIES));
    }
  });

  it('round-trips through JSON unchanged', () => {
    const p = withChangesUsing(POLICY, [{ op: 'set', table: 'test.fee', from: '2018-01-01', value: 1, cite: whatIf('x') }], SPECS);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(parsePolicy(JSON.parse(JSON.stringify(POLICY)), SPECS)).toEqual(POLICY);
  });
});

// One bad policy per failure mode, with the expected issue code and path.
type Mutation = (p: Policy) => unknown;
const mutate = (f: (p: any) => void): Mutation => (p) => {
  const copy = structuredClone(p);
  f(copy);
  return copy;
};
const NEGATIVE: [string, Mutation, string, string][] = [
  ['unknown table', mutate((p) => (p.national['test.nope'] = p.national['test.stay'])), 'unknown-table', 'national.test.nope'],
  ['wrong kind', mutate((p) => (p.national['test.cities'] = p.national['test.stay'])), 'wrong-kind', 'national.test.cities.kind'],
  ['value rejected by the table schema', mutate((p) => (p.national['test.fee'].entries[0].value = -5)), 'too_small', 'national.test.fee.entries.0.value'],
  ['entries out of order', mutate((p) => p.national['test.fee'].entries.reverse()), 'out-of-order', 'national.test.fee.entries.1.from'],
  ['overlapping periods', mutate((p) => (p.national['test.fee'].entries[0].to = '2017-07-15')), 'overlap', 'national.test.fee.entries.1.from'],
  ['gap in a continuous table', mutate((p) => (p.national['test.fee'].entries[0].to = '2017-06-15')), 'gap', 'national.test.fee.entries.1.from'],
  ['inverted period', mutate((p) => (p.national['test.stay'].entries[0].to = '2009-12-31')), 'inverted-period', 'national.test.stay.entries.0.to'],
  ['missing citation', mutate((p) => delete p.national['test.fee'].entries[1].cite), 'invalid_type', 'national.test.fee.entries.1.cite'],
  ['citation without a title', mutate((p) => delete p.national['test.fee'].entries[1].cite.title), 'invalid_type', 'national.test.fee.entries.1.cite.title'],
  ['date that does not exist', mutate((p) => (p.national['test.fee'].entries[1].from = '2017-02-30')), 'custom', 'national.test.fee.entries.1.from'],
  ['unknown division', mutate((p) => (p.local['999900'] = p.local['230100'])), 'unknown-division', 'local.999900'],
  ['national-only table set locally', mutate((p) => (p.local['230100'].tables['test.stay'] = p.national['test.stay'])), 'not-local', 'local.230100.tables.test.stay'],
  ['set member rejected by the member schema', mutate((p) => (p.national['test.cities'].members[0].member = 'Shenzhen')), 'invalid_format', 'national.test.cities.members.0.member'],
  ['member listed twice for the same days', mutate((p) => p.national['test.cities'].members.push({ member: '230100', from: '2025-01-01', cite: cite('dup') })), 'overlap', 'national.test.cities.members.3.from'],
  ['change to an unknown table', mutate((p) => p.changes.push({ op: 'end', table: 'test.nope', from: '2020-01-01', cite: cite('x') })), 'unknown-table', 'changes.0.table'],
  ['member change to a value table', mutate((p) => p.changes.push({ op: 'add-member', table: 'test.fee', member: '1', from: '2020-01-01', cite: cite('x') })), 'wrong-kind', 'changes.0.op'],
  ['change with a bad value', mutate((p) => p.changes.push({ op: 'set', table: 'test.fee', from: '2020-01-01', value: 'free', cite: cite('x') })), 'invalid_type', 'changes.0.value'],
  ['change for an unknown division', mutate((p) => p.changes.push({ op: 'set', table: 'test.fee', division: '999900', from: '2020-01-01', value: 1, cite: cite('x') })), 'unknown-division', 'changes.0.division'],
  ['change with a value the table rejects, seen after folding', mutate((p) => p.changes.push({ op: 'set', table: 'test.stay', from: '2020-01-01', value: 0, cite: cite('x') })), 'too_small', 'changes.0.value'],
  ['wrong schema tag', mutate((p) => (p.schema = 'churujing.policy/0')), 'invalid_value', 'schema'],
];

describe('validatePolicy: one negative fixture per failure mode', () => {
  it.each(NEGATIVE)('%s', (_name, f, code, path) => {
    const r = validatePolicyWith(f(POLICY), SPECS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.code} @ ${i.path.join('.')}`)).toContain(`${code} @ ${path}`);
  });

  it('reports every problem at once, and parsePolicy throws them as one typed error', () => {
    const bad = mutate((p) => {
      p.national['test.fee'].entries[0].value = -5;
      p.national['test.stay'].entries[0].to = '2009-12-31';
      p.local['999900'] = p.local['230100'];
    })(POLICY);
    const r = validatePolicyWith(bad, SPECS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code).sort()).toEqual(['inverted-period', 'too_small', 'unknown-division']);
    expect(() => parsePolicy(bad, SPECS)).toThrow(PolicyValidationError);
  });

  it('accepts the fixture itself', () => {
    expect(validatePolicyWith(POLICY, SPECS)).toEqual({ ok: true, policy: POLICY });
  });
});

describe('continuous tables', () => {
  it('may suspend a rule explicitly (value null) and resume it: the data leaves no silent hole', () => {
    const p = withChangesUsing(POLICY, [{ op: 'set', table: 'test.fee', from: '2020-01-01', to: '2020-01-31', value: null, cite: cite('suspended') }], SPECS);
    expect(fee(p, '2020-01-15')).toBe('ended');
    expect(fee(p, '2020-02-01')).toBe(12000);
  });
});

describe('verifiedThrough applies to set tables too', () => {
  it('a non-member past verifiedThrough is not a silent "no"', () => {
    expect(() => at('2025-12-01').has(CITIES, '999999')).toThrow(UnverifiedDateError);
    expect(() => at('2025-12-01').member(CITIES, '440300')).toThrow(UnverifiedDateError);
    const flagged = policyAt(POLICY, '2025-12-01', { beyondVerified: 'flag' });
    expect(flagged.has(CITIES, '999999')).toBe(false);
    expect(flagged.member(CITIES, '440300')).toMatchObject({ unverified: true });
    expect(flagged.members(CITIES).every((m) => m.unverified)).toBe(true);
  });
});
