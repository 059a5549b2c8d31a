/**
 * Temporal coverage (after Catala's tests_couverture_temporelle): every `from` and `to` of every
 * endorsement table, national and local, is evaluated the day before, on and after, and the
 * policy core's answer is checked against a literal reading of the table; continuous tables have
 * no gaps; endorsementOptions answers on every such day for every representative request, and
 * every rule it cites is in force on that day.
 */
import { describe, expect, it } from 'vitest';
import { formatCivilDate, parseCivilDate } from '../../../src/rules/civil-date.js';
import { policyAt } from '../../../src/rules/policy-at.js';
import type { SetTableSpec, TableData, TableSpec, ValueEntry, ValueTableSpec } from '../../../src/rules/table.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../../../src/documents/endorsements/tables.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import { POLICY } from './fixture.js';
import { representativeRequests } from './requests.js';

const specOf = (id: string): TableSpec => ENDORSEMENT_TABLES.find((s) => s.id === id) as TableSpec;
const shift = (d: string, n: number) => formatCivilDate(parseCivilDate(d) + n);
const inside = (row: { from: string; to?: string }, day: string) => row.from <= day && (row.to === undefined || day <= row.to);

function boundaries(t: TableData): string[] {
  const rows = t.kind === 'value' ? t.entries : t.members;
  return rows.flatMap((r) => (r.to === undefined ? [r.from] : [r.from, shift(r.to, 1)]));
}

/** Every (table, division, boundary) of the endorsement data. */
const cases: { id: string; division: string | undefined; b: string }[] = [];
for (const [id, t] of Object.entries(ENDORSEMENT_NATIONAL)) for (const b of boundaries(t)) cases.push({ id, division: undefined, b });
for (const [division, tables] of Object.entries(ENDORSEMENT_LOCAL)) for (const [id, t] of Object.entries(tables)) for (const b of boundaries(t)) cases.push({ id, division, b });

/** Literal reading of a value table at a place: the local entry containing the day, else the national one. */
function literalValue(id: string, division: string | undefined, day: string): { found: false } | { found: true; e: ValueEntry<unknown> } {
  const chain = division === undefined ? [] : [division, `${division.slice(0, 4)}00`, `${division.slice(0, 2)}0000`];
  for (const code of chain) {
    const t = ENDORSEMENT_LOCAL[code]?.[id];
    if (t?.kind !== 'value') continue;
    const hits = t.entries.filter((e) => inside(e, day));
    expect(hits.length, `${code} ${id} ${day}`).toBeLessThanOrEqual(1);
    if (hits[0]) return { found: true, e: hits[0] };
  }
  const t = ENDORSEMENT_NATIONAL[id];
  if (t?.kind !== 'value') throw new Error(id);
  const hits = t.entries.filter((e) => inside(e, day));
  expect(hits.length, `${id} ${day}: overlapping entries`).toBeLessThanOrEqual(1);
  return hits[0] ? { found: true, e: hits[0] } : { found: false };
}

describe('every boundary of every endorsement table: the day before, on and after', () => {
  it(`covers ${cases.length} boundaries`, () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it('the policy core agrees with a literal reading of each table', () => {
    for (const { id, division, b } of cases) {
      const spec = specOf(id);
      for (const day of [shift(b, -1), b, shift(b, 1)]) {
        const view = policyAt(POLICY, day, { ...(division === undefined ? {} : { division }), beyondVerified: 'flag' });
        if (spec.kind === 'value') {
          const r = view.value(spec as ValueTableSpec<unknown>);
          const lit = literalValue(id, division, day);
          if (!lit.found) expect(r.inForce, `${id}@${division} ${day}`).toBe(false);
          else if (lit.e.value === null) expect(r, `${id} ${day}`).toMatchObject({ inForce: false, reason: 'ended' });
          else expect(r, `${id}@${division} ${day}`).toMatchObject({ inForce: true, value: lit.e.value, cite: lit.e.cite });
        } else {
          const t = (division === undefined ? ENDORSEMENT_NATIONAL[id] : ENDORSEMENT_LOCAL[division]?.[id]) as Extract<TableData, { kind: 'set' }>;
          for (const member of new Set(t.members.map((m) => m.member))) {
            const literal = t.members.some((m) => m.member === member && inside(m, day));
            expect(view.has(spec as SetTableSpec, member), `${id} ${member} ${day}`).toBe(literal);
          }
        }
      }
    }
  });

  it('continuous tables have no gap between their first and last entry', () => {
    for (const spec of ENDORSEMENT_TABLES) {
      if (spec.kind !== 'value' || !spec.continuous) continue;
      const t = ENDORSEMENT_NATIONAL[spec.id];
      if (t?.kind !== 'value') continue;
      for (let i = 1; i < t.entries.length; i++) {
        const prev = t.entries[i - 1];
        const cur = t.entries[i];
        expect(prev?.to, spec.id).toBeDefined();
        expect(shift(prev?.to as string, 1), `${spec.id} entry ${i}`).toBe(cur?.from);
      }
    }
  });

  it('endorsementOptions answers every representative request on each of those days, citing only rules in force that day', () => {
    const days = [...new Set(cases.flatMap(({ b }) => [shift(b, -1), b, shift(b, 1)]))].sort();
    let n = 0;
    for (const day of days) {
      for (const req of representativeRequests(day)) {
        const r = endorsementOptions(req, { policy: POLICY, beyondVerified: 'flag' });
        for (const ref of r.basis) expect(inside(ref.period, day), `${req.type} ${req.destination} ${day}: ${ref.table} ${ref.period.from}`).toBe(true);
        if (r.status === 'available') for (const o of r.options) expect(o.validUntil >= o.validFrom && o.validUntil <= req.permit.expiry).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(5000);
  });
});
