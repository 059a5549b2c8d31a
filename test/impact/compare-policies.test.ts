/**
 * comparePolicies: table by table, entries and members added, removed and changed, with labels
 * and the days on which lookups differ — checked on known changes, and `differsOn` checked
 * against lookups of both policies on generated change sets (outside those days every lookup
 * answers the same).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TABLES, defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { comparePolicies } from '../../src/impact/compare-policies.js';
import { parseCivilDate } from '../../src/rules/civil-date.js';
import { ValidationError } from '../../src/rules/errors.js';
import { spanOf } from '../../src/rules/period.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Change } from '../../src/rules/policy.js';
import { changeSetArbitrary, civilDateArbitrary } from '../../src/testing.js';

const base = defaultPolicy();
const cite = { issuer: 'what-if', title: 'test' };

describe('comparePolicies on known changes', () => {
  it('a policy against itself (and against a copy) is identical', () => {
    expect(comparePolicies(base, base)).toEqual({ identical: true, tables: [], differsOn: [] });
    expect(comparePolicies(base, structuredClone(base)).identical).toBe(true);
  });

  it('a fee set from 2026: one entry added, the one in force cut the day before, lookups differ from 2026', () => {
    const c = comparePolicies(base, withChanges(base, [{ op: 'set', table: 'fee.passport.issue', from: '2026-01-01', value: 6000, cite }]));
    expect(c.tables).toHaveLength(1);
    const t = c.tables[0]!;
    expect(t).toMatchObject({ table: 'fee.passport.issue', label: BUILTIN_TABLES.find((s) => s.id === 'fee.passport.issue')!.label, scope: { level: 'national' }, kind: 'value', status: 'changed' });
    expect(t.entries!.added).toEqual([{ from: '2026-01-01', value: 6000, cite }]);
    expect(t.entries!.removed).toEqual([]);
    expect(t.entries!.changed.map((x) => [x.before.from, x.after.to, x.fields])).toEqual([['2019-07-01', '2025-12-31', ['to']]]);
    // the 2019 entry now ends, but answers the same while it lasts
    expect(t.differsOn).toEqual([{ from: '2026-01-01' }]);
  });

  it('a city added to a set for a year, and a local measure: members added, the local scope with the division label', () => {
    const changes: Change[] = [
      { op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '320300', from: '2027-01-01', to: '2027-12-31', cite },
      { op: 'set', table: 'processing.local.passport', division: '230100', from: '2026-03-01', value: { all: { unit: 'working-days', count: 5 } }, cite },
    ];
    const c = comparePolicies(base, withChanges(base, changes));
    const g = c.tables.find((t) => t.table === 'endorsement.hkmo.G.cities')!;
    expect(g.members).toEqual({ added: [{ member: '320300', from: '2027-01-01', to: '2027-12-31', cite }], removed: [], changed: [] });
    expect(g.differsOn).toEqual([{ from: '2027-01-01', to: '2027-12-31' }]);
    const h = c.tables.find((t) => t.table === 'processing.local.passport')!;
    expect(h.scope).toEqual({ level: 'local', division: '230100', label: { 'zh-CN': '哈尔滨市', en: 'Harbin' } });
    expect(h.entries!.added.map((e) => e.value)).toContainEqual({ all: { unit: 'working-days', count: 5 } });
  });

  it('tables only one side has are added or removed and differ always', () => {
    const { ['fee.photo']: photo, ...rest } = base.national;
    void photo;
    const c = comparePolicies({ ...base, national: rest }, base);
    expect(c.tables.map((t) => [t.table, t.status, t.differsOn])).toEqual([['fee.photo', 'added', [{ from: '0001-01-01' }]]]);
  });

  it('lists every structural problem of both policies', () => {
    let issues: string[] = [];
    try {
      comparePolicies({ ...base, schema: 'x' } as never, { national: 1 } as never);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues = e.issues.map((i) => i.path.join('.'));
    }
    expect(issues).toEqual(expect.arrayContaining(['a.schema', 'b.schema', 'b.id', 'b.national', 'b.local', 'b.changes']));
  });
});

describe('differsOn against lookups (generated change sets)', () => {
  it('outside the days a table differs on, every lookup of it answers the same (but for the period an entry reports), nationally and in several places', { timeout: 120_000 }, () => {
    const places = [undefined, '510100', '230102', '440300', '110000'];
    fc.assert(
      fc.property(changeSetArbitrary(base, { from: '2015-01-01', to: '2026-06-30' }), fc.array(civilDateArbitrary({ from: '2012-01-01', to: '2026-12-31' }), { minLength: 8, maxLength: 8 }), (changes, days) => {
        const cand = withChanges(base, changes);
        const c = comparePolicies(base, cand);
        const differing = new Map<string, { start: number; end: number }[]>();
        for (const t of c.tables) differing.set(t.table, [...(differing.get(t.table) ?? []), ...t.differsOn.map(spanOf)]);
        // days near the changes' edges as well as random ones
        const probe = [...days, ...changes.flatMap((x) => [x.from, ...('to' in x && x.to ? [x.to] : [])])];
        for (const day of probe) {
          const d = parseCivilDate(day);
          for (const spec of BUILTIN_TABLES) {
            const spans = differing.get(spec.id) ?? [];
            if (spans.some((s) => s.start <= d && d < s.end)) continue;
            for (const division of places) {
              const o = { beyondVerified: 'flag' as const, ...(division ? { division } : {}) };
              const x = policyAt(base, day, o);
              const y = policyAt(cand, day, o);
              // the same but for the period an entry reports (an entry may now end earlier or later)
              if (spec.kind === 'value') expect({ ...y.value(spec), period: undefined }).toEqual({ ...x.value(spec), period: undefined });
              else expect(y.members(spec)).toEqual(x.members(spec));
            }
          }
        }
      }),
      { numRuns: 12, seed: 20250124 },
    );
  });
});
