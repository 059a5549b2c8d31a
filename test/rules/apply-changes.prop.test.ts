/**
 * The fold of what-if changes (a sweep per table, O(n log n)) against the literal reading of
 * "apply each change in turn": cut what it overlaps out of every entry (of its member, in a
 * set), then add it. Generated change sets over value and set tables, national and local,
 * overlapping in every way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { materialize } from '../../src/rules/apply-changes.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { type Span, periodOf, spanOf } from '../../src/rules/period.js';
import type { Change, LocalMeasures, Policy } from '../../src/rules/policy.js';
import type { TableData } from '../../src/rules/table.js';
import { POLICY } from './policy-fixture.js';

// ---- the naive reference: every change applied to every entry, in order

function cutItem<E extends { from: string; to?: string }>(item: E, cut: Span): E[] {
  const s = spanOf(item);
  if (s.end <= cut.start || s.start >= cut.end) return [item];
  const out: E[] = [];
  const piece = (span: Span) => {
    const { to: _to, ...rest } = item;
    return { ...rest, ...periodOf(span) } as E;
  };
  if (s.start < cut.start) out.push(piece({ start: s.start, end: cut.start }));
  if (s.end > cut.end) out.push(piece({ start: cut.end, end: s.end }));
  return out;
}

function naiveApply(table: TableData, c: Change): TableData {
  const cut = spanOf(c.op === 'end' ? { from: c.from } : c);
  if (table.kind === 'value') {
    const kept = table.entries.flatMap((e) => cutItem(e, cut));
    const added = c.op === 'set' ? { from: c.from, ...(c.to !== undefined ? { to: c.to } : {}), value: c.value, cite: c.cite } : { from: c.from, value: null, cite: c.cite };
    return { ...table, entries: [...kept, added] };
  }
  const m = (c as { member: string }).member;
  const kept = table.members.flatMap((x) => (x.member === m ? cutItem(x, cut) : [x]));
  if (c.op === 'add-member') kept.push({ member: m, from: c.from, ...(c.to !== undefined ? { to: c.to } : {}), cite: c.cite });
  return { ...table, members: kept };
}

function naiveMaterialize(p: Policy): Policy {
  const national: Record<string, TableData> = { ...p.national };
  const local: Record<string, LocalMeasures> = { ...p.local };
  for (const c of p.changes) {
    const base = national[c.table] as TableData;
    if (c.division === undefined) national[c.table] = naiveApply(base, c);
    else {
      const m = local[c.division] ?? { tables: {} };
      const current = m.tables[c.table] ?? (base.kind === 'value' ? { kind: 'value', verifiedThrough: base.verifiedThrough, entries: [] } : { kind: 'set', verifiedThrough: base.verifiedThrough, members: [] });
      local[c.division] = { ...m, tables: { ...m.tables, [c.table]: naiveApply(current, c) } };
    }
  }
  return { ...p, national, local, changes: [] };
}

/** A table's items in a canonical order and key order, to compare two folds. */
function canonical(t: TableData | undefined): string[] {
  if (!t) return [];
  const items = t.kind === 'value' ? t.entries : t.members;
  return items.map((x) => JSON.stringify(Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))))).sort();
}

// ---- generated change sets

const D0 = parseCivilDate('2000-01-01');
const day = fc.integer({ min: D0, max: D0 + 9500 }).map(formatCivilDate);
const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
const cite = (n: number) => ({ issuer: 'what-if', title: `change ${n}` });
const division = fc.constantFrom(undefined, '230100', '440300');
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(span, fc.integer({ min: 0, max: 50_000 }), fc.boolean(), division, fc.nat()).map(([[from, to], value, open, d, n]): Change => ({
    op: 'set',
    table: 'test.fee',
    from,
    ...(open ? {} : { to }),
    value,
    cite: cite(n),
    ...(d === undefined ? {} : { division: d }),
  })),
  fc.tuple(day, fc.nat()).map(([from, n]): Change => ({ op: 'end', table: 'test.stay', from, cite: cite(n) })),
  fc.tuple(span, fc.integer({ min: 1, max: 30 }), fc.nat()).map(([[from, to], value, n]): Change => ({ op: 'set', table: 'test.stay', from, to, value, cite: cite(n) })),
  fc.tuple(fc.constantFrom('add-member' as const, 'remove-member' as const), fc.constantFrom('440300', '610100', '230100', '320300'), span, fc.boolean(), division, fc.nat()).map(([op, member, [from, to], open, d, n]): Change => ({
    op,
    table: 'test.cities',
    member,
    from,
    ...(open ? {} : { to }),
    cite: cite(n),
    ...(d === undefined ? {} : { division: d }),
  })),
);

describe('folding what-if changes', () => {
  it('gives the same tables as applying each change in turn to every entry', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const p: Policy = { ...POLICY, changes };
        const fast = materialize(p);
        const naive = naiveMaterialize(p);
        expect(fast.changes).toEqual([]);
        for (const id of Object.keys(naive.national)) expect(canonical(fast.national[id])).toEqual(canonical(naive.national[id]));
        expect(Object.keys(fast.local).sort()).toEqual(Object.keys(naive.local).sort());
        for (const [code, m] of Object.entries(naive.local)) {
          for (const id of Object.keys(m.tables)) expect(canonical(fast.local[code]?.tables[id])).toEqual(canonical(m.tables[id]));
        }
        // entries come out sorted by from
        for (const t of Object.values(fast.national)) {
          const froms = (t.kind === 'value' ? t.entries : t.members).map((x) => x.from);
          expect(froms).toEqual([...froms].sort());
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does not touch the policy it folds', () => {
    const changes: Change[] = [{ op: 'set', table: 'test.fee', from: '2018-01-01', to: '2018-12-31', value: 1, cite: cite(1) }];
    const p: Policy = structuredClone({ ...POLICY, changes });
    const before = JSON.stringify(p);
    materialize(p);
    expect(JSON.stringify(p)).toBe(before);
  });
});
