import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { materialize } from '../../src/rules/apply-changes.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import type { ValueEntry } from '../../src/rules/table.js';
import { validatePolicyWith } from '../../src/rules/validate-policy.js';
import { revertChanges, withChangesUsing } from '../../src/rules/with-changes.js';
import { CITIES, FEE, POLICY, SPECS, STAY } from './policy-fixture.js';

const D0 = parseCivilDate('2000-01-01');
const D1 = parseCivilDate('2025-11-30');
const day = fc.integer({ min: D0, max: D1 }).map(formatCivilDate);
const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
const whatIf = { issuer: 'what-if', title: 'generated' };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(span, fc.integer({ min: 0, max: 50000 }), fc.boolean()).map(([[from, to], value, open]): Change =>
    open ? { op: 'set', table: 'test.fee', from, value, cite: whatIf } : { op: 'set', table: 'test.fee', from, to, value, cite: whatIf }),
  fc.tuple(span, fc.integer({ min: 1, max: 30 })).map(([[from, to], value]): Change => ({ op: 'set', table: 'test.stay', from, to, value, cite: whatIf })),
  day.map((from): Change => ({ op: 'end', table: 'test.stay', from, cite: whatIf })),
  fc.tuple(fc.constantFrom('add-member' as const, 'remove-member' as const), fc.constantFrom('440300', '610100', '230100', '320300'), span).map(([op, member, [from, to]]): Change => ({ op, table: 'test.cities', member, from, to, cite: whatIf })),
);

/** Literal reading of a value table: scan every entry, compare date strings. */
function naiveValue(entries: readonly ValueEntry<unknown>[], date: string): unknown {
  const hit = entries.filter((e) => e.from <= date && (e.to === undefined || date <= e.to));
  if (hit.length !== 1) return hit.length === 0 ? 'none' : 'ambiguous';
  return hit[0]?.value === null ? 'ended' : hit[0]?.value;
}

describe('policy core properties', () => {
  it('the compiled lookup agrees with a literal reading of the data (fee and stay, any date and change set)', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 6 }), day, (changes, date) => {
        fc.pre(validatePolicyWith({ ...POLICY, changes }, SPECS).ok);
        const p: Policy = { ...POLICY, changes };
        const flat = materialize(p);
        for (const spec of [FEE, STAY]) {
          const table = flat.national[spec.id];
          if (table?.kind !== 'value') return false;
          const r = policyAt(p, date).value(spec);
          const expected = naiveValue(table.entries, date);
          const got = r.inForce ? r.value : r.reason === 'ended' ? 'ended' : 'none';
          if (got !== expected) return false;
        }
        return true;
      }),
    );
  });

  it('applying a change set then reverting it gives back the same policy', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        const r = validatePolicyWith({ ...POLICY, changes }, SPECS);
        fc.pre(r.ok); // a fee change may open a gap in the continuous fee table: rejected, as it should be
        expect(revertChanges(withChangesUsing(POLICY, changes, SPECS), changes)).toEqual(POLICY);
      }),
    );
  });

  it('folding the what-if layer never changes a lookup', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 6 }), day, fc.constantFrom(undefined, '230100', '440300'), (changes, date, division) => {
        fc.pre(validatePolicyWith({ ...POLICY, changes }, SPECS).ok);
        const p: Policy = { ...POLICY, changes };
        const opts = division === undefined ? {} : { division };
        const a = policyAt(p, date, opts);
        const b = policyAt(materialize(p), date, opts);
        expect(b.value(FEE)).toEqual(a.value(FEE));
        expect(b.value(STAY)).toEqual(a.value(STAY));
        expect(b.members(CITIES)).toEqual(a.members(CITIES));
      }),
    );
  });

  it('two dates inside one period of a table give the same result', () => {
    const table = POLICY.national['test.fee'];
    if (table?.kind !== 'value') throw new Error('fixture');
    for (const e of table.entries) {
      const start = parseCivilDate(e.from);
      const end = e.to === undefined ? D1 : parseCivilDate(e.to);
      fc.assert(
        fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: start, max: end }), (a, b) => {
          expect(policyAt(POLICY, formatCivilDate(a)).value(FEE)).toEqual(policyAt(POLICY, formatCivilDate(b)).value(FEE));
        }),
        { numRuns: 50 },
      );
    }
  });

  it('a valid policy round-trips through JSON unchanged, with or without changes', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 4 }), (changes) => {
        const r = validatePolicyWith({ ...POLICY, changes }, SPECS);
        fc.pre(r.ok);
        if (r.ok) expect(JSON.parse(JSON.stringify(r.policy))).toEqual(r.policy);
      }),
    );
  });
});
