import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { BUILTIN_TABLES, REASONS, defaultPolicy, reasonMessage, validatePolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { policyJsonSchema } from '../../src/rules/policy.js';
import { catalogueProblems } from '../../src/rules/reasons.js';
import type { TableData, TableSpec } from '../../src/rules/table.js';

const policy = defaultPolicy();
const specs = new Map(BUILTIN_TABLES.map((s) => [s.id, s]));

/** Every table of the built-in policy: national and local, with the division to ask from. */
const TABLES: { id: string; division?: string; data: TableData; spec: TableSpec }[] = [
  ...Object.entries(policy.national).map(([id, data]) => ({ id, data, spec: specs.get(id) as TableSpec })),
  ...Object.entries(policy.local).flatMap(([division, m]) => Object.entries(m.tables).map(([id, data]) => ({ id, division, data, spec: specs.get(id) as TableSpec }))),
];

/** What a table says on a day, read literally from its data (no compilation, no fallback). */
function literal(data: TableData, date: string, member?: string): unknown {
  if (data.kind === 'value') {
    const hit = data.entries.filter((e) => e.from <= date && (e.to === undefined || date <= e.to));
    return hit.length === 1 ? hit[0]?.value : hit.length === 0 ? undefined : 'ambiguous';
  }
  return data.members.some((m) => m.member === member && m.from <= date && (m.to === undefined || date <= m.to));
}

function lookup(id: string, spec: TableSpec, date: string, division: string | undefined, member?: string): unknown {
  const view = policyAt(policy, date, { beyondVerified: 'flag', ...(division === undefined ? {} : { division }) });
  if (spec.kind === 'value') {
    const r = view.value(spec);
    return r.inForce ? r.value : r.reason === 'ended' ? null : undefined;
  }
  return view.has(spec, member ?? '');
}

describe('the built-in policy', () => {
  it('validates against its own tables, and round-trips through JSON unchanged', () => {
    expect(validatePolicy(JSON.parse(JSON.stringify(policy)))).toEqual({ ok: true, policy });
    expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
  });

  it('has a spec for every table and every entry cites its instrument', () => {
    for (const t of TABLES) {
      expect(t.spec, t.id).toBeDefined();
      const items = t.data.kind === 'value' ? t.data.entries : t.data.members;
      for (const i of items) expect(i.cite.issuer.length * i.cite.title.length, `${t.id} ${i.from}`).toBeGreaterThan(0);
    }
  });

  it('every reason code has a zh-CN and an en message using exactly its declared parameters', () => {
    expect(catalogueProblems(REASONS)).toEqual([]);
    for (const [code, def] of Object.entries(REASONS)) {
      const params = Object.fromEntries(def.params.map((p) => [p, `<${p}>`]));
      for (const locale of ['zh-CN', 'en'] as const) expect(reasonMessage({ code, params }, locale)).not.toMatch(/\{\w+\}/);
    }
  });

  it('exports a JSON Schema that describes the policy file', () => {
    const schema = policyJsonSchema();
    expect(schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['schema', 'id', 'national', 'local', 'changes']) });
  });
});

describe('temporal coverage: every from/to of every table, the day before, on and after', () => {
  const cases = TABLES.flatMap((t) => {
    const items = t.data.kind === 'value' ? t.data.entries : t.data.members;
    return items.flatMap((i) => {
      const member = 'member' in i ? i.member : undefined;
      const edges = [parseCivilDate(i.from), ...(i.to === undefined ? [] : [parseCivilDate(i.to) + 1])];
      return edges.flatMap((d) => [d - 1, d, d + 1].map((x) => ({ t, date: formatCivilDate(x), member })));
    });
  });

  it(`the compiled lookup agrees with a literal reading of the data (${cases.length} cases)`, () => {
    const wrong: string[] = [];
    for (const { t, date, member } of cases) {
      const expected = literal(t.data, date, member);
      if (t.division === undefined) {
        const got = lookup(t.id, t.spec, date, undefined, member);
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${t.id} ${date}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      } else if (t.data.kind === 'value' && expected !== undefined && expected !== 'ambiguous') {
        // a local value in force wins at its division
        const got = lookup(t.id, t.spec, date, t.division);
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${t.id}@${t.division} ${date}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('any two dates inside one period of a table give the same result', () => {
    for (const t of TABLES.filter((x) => x.data.kind === 'value')) {
      if (t.data.kind !== 'value') continue;
      for (const e of t.data.entries) {
        const start = parseCivilDate(e.from);
        const end = e.to === undefined ? start + 3000 : parseCivilDate(e.to);
        fc.assert(
          fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: start, max: end }), (a, b) => {
            expect(lookup(t.id, t.spec, formatCivilDate(a), t.division)).toEqual(lookup(t.id, t.spec, formatCivilDate(b), t.division));
          }),
          { numRuns: 10 },
        );
      }
    }
  });
});
