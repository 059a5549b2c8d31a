/**
 * Segments: the views of one place share their lookups with every other day between the same
 * two boundaries of the policy's tables. A boundary missed would hand one day's answer to
 * another. These properties open many views on one warm policy, in a random order of days and
 * places, and compare every table's answer with a literal reading of the data (scan the
 * entries of the local tables of the place, its prefecture and its province, then the national
 * ones, comparing date strings).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { materialize } from '../../src/rules/apply-changes.js';
import { prefectureCodeOf } from '../../src/rules/divisions.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import type { TableData } from '../../src/rules/table.js';

const FROM = parseCivilDate('2003-01-01');
const TO = parseCivilDate('2026-12-31');
const day = fc.integer({ min: FROM, max: TO }).map(formatCivilDate);
/** Places with local measures of their own, under a prefecture or province that has some, and without. */
const PLACES = ['510104', '510100', '440304', '440300', '440106', '440100', '440000', '230102', '350203', '350000', '610113', '220100', '140100', '110105', '310104', ''];

type Tables = Readonly<Record<string, TableData>>;

function chainOf(division: string): string[] {
  if (division === '') return [];
  const out: string[] = [];
  for (const c of [division, prefectureCodeOf(division), `${division.slice(0, 2)}0000`]) if (c !== undefined && !out.includes(c)) out.push(c);
  return out;
}

/** What a literal reading says of a value table: the value in force (or `none`/`ended`), and whether unverified. */
function literalValue(flat: Policy, chain: readonly string[], id: string, date: string): [unknown, boolean] {
  const national = flat.national[id] as TableData;
  for (const code of chain) {
    const t = (flat.local[code]?.tables as Tables | undefined)?.[id];
    if (t?.kind !== 'value') continue;
    const hit = t.entries.find((e) => e.from <= date && (e.to === undefined || date <= e.to));
    // a local measure in force wins, an ended one (value null) included
    if (hit !== undefined) return [hit.value === null ? 'ended' : hit.value, date > t.verifiedThrough];
  }
  if (national.kind !== 'value') throw new Error('fixture');
  const hit = national.entries.filter((e) => e.from <= date && (e.to === undefined || date <= e.to));
  if (hit.length > 1) return ['ambiguous', false];
  return [hit.length === 0 ? 'none' : hit[0]?.value === null ? 'ended' : hit[0]?.value, date > national.verifiedThrough];
}

/** The members in force, by a literal reading (national and the local additions of the chain). */
function literalMembers(flat: Policy, chain: readonly string[], id: string, date: string): string[] {
  const tables = [...chain.map((c) => (flat.local[c]?.tables as Tables | undefined)?.[id]), flat.national[id]];
  const out = new Set<string>();
  for (const t of tables) if (t?.kind === 'set') for (const m of t.members) if (m.from <= date && (m.to === undefined || date <= m.to)) out.add(m.member);
  return [...out].sort();
}

function agrees(policy: Policy, visits: readonly (readonly [string, string])[]): void {
  const flat = materialize(policy);
  const ids = Object.keys(flat.national);
  for (const [date, division] of visits) {
    const view = policyAt(policy, date, { ...(division === '' ? {} : { division }), beyondVerified: 'flag' });
    const chain = chainOf(division);
    for (const id of ids) {
      const t = flat.national[id] as TableData;
      if (t.kind === 'value') {
        const r = view.value(id);
        const [value, unverified] = literalValue(flat, chain, id, date);
        expect([id, date, division, r.inForce ? r.value : r.reason === 'ended' ? 'ended' : 'none']).toEqual([id, date, division, value]);
        expect([id, date, division, r.unverified]).toEqual([id, date, division, unverified || r.unverified]);
      } else {
        const got = view.members(id).map((m) => m.member).sort();
        expect([id, date, division, got]).toEqual([id, date, division, literalMembers(flat, chain, id, date)]);
        for (const m of got.slice(0, 3)) expect(view.has(id, m)).toBe(true);
      }
    }
  }
}

const visits = fc.array(fc.tuple(day, fc.constantFrom(...PLACES)), { minLength: 5, maxLength: 25 });

const materialized = materialize(defaultPolicy());

describe('views share lookups within a segment, and only there', () => {
  it('every table of the built-in policy answers as its data says, on many days and places of one warm policy', () => {
    const policy = defaultPolicy();
    fc.assert(fc.property(visits, (v) => agrees(policy, v)), { numRuns: 40 });
  });

  it('the same with generated dated changes (new boundaries) on a fresh policy each run', () => {
    const cite = { issuer: 'what-if', title: 'segments' };
    const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
    const change: fc.Arbitrary<Change> = fc.oneof(
      fc.tuple(span, fc.integer({ min: 100, max: 50_000 })).map(([[from, to], value]): Change => ({ op: 'set', table: 'fee.passport.issue', from, to, value, cite })),
      fc.tuple(fc.constantFrom('add-member' as const, 'remove-member' as const), fc.constantFrom('230100', '610100', '350200', '140100'), span).map(
        ([op, member, [from, to]]): Change => ({ op, table: 'endorsement.hkmo.G.cities', member, from, to, cite }),
      ),
    );
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), visits, (changes, v) => {
        let policy: Policy;
        try {
          policy = withChanges(defaultPolicy(), changes);
        } catch {
          return; // a change that leaves a gap in a continuous table is refused
        }
        agrees(policy, v);
      }),
      { numRuns: 30 },
    );
  });

  it('a tracked value that read another place (view.at) follows that place\'s rules on every day', () => {
    const policy = defaultPolicy();
    const flat = materialize(policy);
    // Beijing's office reading Chengdu's and Shenzhen's local measures, and a national set, for a key that names no day
    const key = ['test.segments.elsewhere'];
    const read = (v: ReturnType<typeof policyAt>) => {
      const chengdu = v.at('510104').value('materials.hkmo-T.kinship-proof');
      const shenzhen = v.at('440304').members('endorsement.hkmo.G.cities').length;
      return Object.freeze([chengdu.inForce ? 'in force' : chengdu.reason, shenzhen]);
    };
    fc.assert(
      fc.property(fc.array(day, { minLength: 5, maxLength: 30 }), (days) => {
        for (const date of days) {
          const view = policyAt(policy, date, { division: '110105', beyondVerified: 'flag' });
          const [value] = literalValue(flat, chainOf('510104'), 'materials.hkmo-T.kinship-proof', date);
          const expected = [value === 'none' ? 'not-yet' : value === 'ended' ? 'ended' : 'in force', literalMembers(flat, chainOf('440304'), 'endorsement.hkmo.G.cities', date).length];
          expect([date, ...view.tracked(key, read)]).toEqual([date, ...expected]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a tracked value that read the division is kept per division, though places without local measures share a segment', () => {
    const policy = defaultPolicy();
    const places = ['110105', '310104', '330106', '420106', '320106', '370102', '500103', '120101', '510104', '440304'];
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.constantFrom(...places)), { minLength: 5, maxLength: 40 }), (visits) => {
        for (const [date, division] of visits) {
          const view = policyAt(policy, date, { division, beyondVerified: 'flag' });
          // the G-scheme's members and the division: the first is shared, the second is not
          const got = view.tracked(['test.segments.division'], (v) => Object.freeze([v.members('endorsement.hkmo.G.cities').length, v.division]));
          expect([date, ...got]).toEqual([date, literalMembers(materialized, chainOf(division), 'endorsement.hkmo.G.cities', date).length, division]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
