/**
 * What-if change sets for property tests, valid by construction: every value drawn passes the
 * table's own schema, members pass the set's member schema, periods are in order, local changes
 * go only to tables local measures may set and to catalogued divisions — so
 * `withChanges(policy, changes)` accepts every change set drawn.
 *
 * Each change is built from independent numbers (which table, which operation, which value or
 * member, which dates, which division) mapped onto the policy, so failures shrink towards one
 * change on the first table, from the first date of the range, national.
 *
 * @module
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { BUILTIN_TABLES, validatePolicy } from '../builtin/builtin-policy.js';
import { materialize } from '../rules/apply-changes.js';
import { formatCivilDate } from '../rules/civil-date.js';
import { spanOf } from '../rules/period.js';
import { listDivisions } from '../rules/divisions.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import type { Change, Policy } from '../rules/policy.js';
import type { TableData, TableSpec } from '../rules/table.js';
import { dayArbitrary, dayRange } from './civil-date-arbitrary.js';
import { checkOptions, dateOption, orderIssue } from './options.js';

const OPS = ['set', 'end', 'add-member', 'remove-member'] as const;

const optionsSchema = /* @__PURE__ */ z.strictObject({
  tables: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))).check(/* @__PURE__ */ z.minLength(1))),
  ops: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(OPS)).check(/* @__PURE__ */ z.minLength(1))),
  from: /* @__PURE__ */ z.optional(dateOption),
  to: /* @__PURE__ */ z.optional(dateOption),
  minChanges: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(50))),
  maxChanges: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(50))),
  local: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  specs: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.custom<TableSpec>((s) => typeof s === 'object' && s !== null && 'id' in s && 'kind' in s, 'expected a table spec'))),
});

/**
 * Options of {@link changeSetArbitrary}.
 *
 * @example
 * ```ts
 * const feesOnly: ChangeSetArbitraryOptions = { tables: ['fee.'], ops: ['set'], from: '2026-01-01', maxChanges: 2 };
 * ```
 */
export interface ChangeSetArbitraryOptions {
  /** Tables to change: ids, or prefixes ending in `.` (`'fee.'`: every fee table). Default: all. */
  readonly tables?: readonly string[];
  /** Operations to draw (default all four: `set` and `end` on value tables, `add-member` and `remove-member` on sets). */
  readonly ops?: readonly (typeof OPS)[number][];
  /** First start date of a change (default: the built-in calendar's first day). */
  readonly from?: string;
  /** Last start date of a change (default: the built-in calendar's last day). */
  readonly to?: string;
  /** Fewest changes in a set (default 1). */
  readonly minChanges?: number;
  /** Most changes in a set (default 3). */
  readonly maxChanges?: number;
  /** Whether changes may be local measures of a division (default true). */
  readonly local?: boolean;
  /** The policy's table specs (default: the built-in tables). */
  readonly specs?: readonly TableSpec[];
}

/** What can be drawn for one table. */
interface Candidate {
  readonly spec: TableSpec;
  /** Values (value tables) or members (set tables) known to pass the spec. */
  readonly known: readonly unknown[];
  /** Non-negative integers all: draw new integers too. */
  readonly integers: { readonly max: number; readonly step: number } | undefined;
}

function itemsOf(t: TableData | undefined): readonly unknown[] {
  if (!t) return [];
  return t.kind === 'value' ? t.entries.map((e) => e.value).filter((v) => v !== null) : t.members.map((m) => m.member);
}

function candidatesOf(policy: Policy, specs: readonly TableSpec[], filter: readonly string[] | undefined): Candidate[] {
  const out: Candidate[] = [];
  const prefectures = listDivisions().map((d) => d.code);
  for (const spec of specs) {
    if (!Object.hasOwn(policy.national, spec.id)) continue;
    if (filter && !filter.some((f) => (f.endsWith('.') ? spec.id.startsWith(f) : spec.id === f))) continue;
    const seen = new Map<string, unknown>();
    const add = (v: unknown): void => {
      const key = JSON.stringify(v);
      if (!seen.has(key)) seen.set(key, v);
    };
    for (const v of itemsOf(policy.national[spec.id])) add(v);
    for (const m of Object.values(policy.local)) for (const v of itemsOf(Object.hasOwn(m.tables, spec.id) ? m.tables[spec.id] : undefined)) add(v);
    if (spec.kind === 'set') for (const code of prefectures) if (spec.member.safeParse(code).success) add(code);
    const known = [...seen.values()].filter((v) => (spec.kind === 'value' ? spec.value.safeParse(v).success : spec.member.safeParse(v).success));
    const ints = spec.kind === 'value' && known.length > 0 && known.every((v) => Number.isInteger(v) && (v as number) >= 0);
    const max = ints ? Math.max(...(known as number[])) : 0;
    const step = ints && (known as number[]).every((v) => v % 100 === 0) ? 100 : 1;
    out.push({ spec, known, integers: ints ? { max: Math.max(max * 2, 10), step } : undefined });
  }
  return out;
}

interface Draw {
  readonly table: number;
  readonly op: number;
  readonly pick: number;
  readonly fresh: boolean;
  readonly day: number;
  readonly span: number | undefined;
  readonly division: number | undefined;
}

/**
 * An arbitrary of what-if change sets for `policy` that `withChanges` accepts: values set, rules
 * ended, members added or removed, for a period or open-ended, national or local. Values are
 * ones the table has held (or, for tables of non-negative integers such as fees in fen, new
 * ones in the same steps); members are ones the set has held or divisions its member schema
 * accepts. Seeded and reproducible; failures shrink towards a single national change.
 *
 * @throws `ValidationError` listing every problem of the options (and of the policy, if it
 * does not validate, or when no table matches).
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { defaultPolicy, withChanges } from 'churujing';
 * import { changeSetArbitrary } from 'churujing/testing';
 *
 * const policy = defaultPolicy();
 * fc.assert(fc.property(changeSetArbitrary(policy, { tables: ['fee.'], from: '2026-01-01' }), (changes) => {
 *   withChanges(policy, changes); // never throws
 * }), { seed: 7, numRuns: 20 });
 * ```
 */
export function changeSetArbitrary(policy: Policy, options: ChangeSetArbitraryOptions = {}): fc.Arbitrary<Change[]> {
  const o = checkOptions(optionsSchema, options, 'changeSetArbitrary');
  const specs = (o.specs ?? BUILTIN_TABLES) as readonly TableSpec[];
  const issues: Issue[] = [...orderIssue(o.from, o.to)];
  const minChanges = o.minChanges ?? 1;
  const maxChanges = o.maxChanges ?? Math.max(3, minChanges);
  if (maxChanges < minChanges) issues.push({ path: ['options', 'maxChanges'], code: 'inverted-range', message: `maxChanges ${maxChanges} is below minChanges ${minChanges}` });
  const valid = checkedPolicy(policy, specs, o.specs !== undefined, issues);
  const ops = o.ops ?? OPS;
  const candidates =
    valid.ok && issues.length === 0
      ? candidatesOf(policy, specs, o.tables).filter((c) => (c.spec.kind === 'value' ? (ops.includes('set') && (c.known.length > 0 || c.integers)) || ops.includes('end') : (ops.includes('add-member') || ops.includes('remove-member')) && c.known.length > 0))
      : [];
  if (issues.length === 0 && candidates.length === 0) issues.push({ path: ['options', 'tables'], code: 'no-tables', message: 'no table of the policy matches these options' });
  if (issues.length > 0) throw new ValidationError({ 'zh-CN': 'changeSetArbitrary 的选项无效', en: 'Invalid options of changeSetArbitrary' }, issues);

  const { min, max } = dayRange(o.from, o.to);
  // divisions with local measures first (the first ones drawn, and those failures shrink to), then the catalogue
  const catalogue = listDivisions().map((d) => d.code);
  const known = new Set(catalogue);
  const divisions = [...new Set([...Object.keys(policy.local).filter((c) => known.has(c)), ...catalogue])];
  const allowLocal = o.local !== false;
  const draw: fc.Arbitrary<Draw> = fc.record({
    table: fc.integer({ min: 0, max: candidates.length - 1 }),
    op: fc.integer({ min: 0, max: 1 }),
    pick: fc.nat(),
    fresh: fc.boolean(),
    day: dayArbitrary(min, max),
    span: fc.option(fc.integer({ min: 0, max: 3 * 366 }), { nil: undefined }),
    division: allowLocal ? fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: divisions.length - 1 }) }) : fc.constant(undefined),
  });
  const folded = materialize(policy).national;
  return fc.array(draw, { minLength: minChanges, maxLength: maxChanges }).map((draws) => {
    // the days each continuous national table covers, as the changes so far leave it
    const coverage = new Map<string, { start: number; end: number }>();
    return draws.map((d, i) => {
      const c = candidates[d.table] as Candidate;
      const change = changeOf(c, d, i, ops, divisions);
      return c.spec.kind === 'value' && c.spec.continuous && change.division === undefined ? contiguous(change, coverage, folded) : change;
    });
  });
}

/**
 * Validates the policy against the specs, adding its problems to `issues` (under `policy`);
 * specs that are not table specs are problems of `options.specs`, listed with the others (not an
 * error of their own, under another title).
 */
function checkedPolicy(policy: Policy, specs: readonly TableSpec[], own: boolean, issues: Issue[]): { readonly ok: boolean } {
  try {
    const valid = validatePolicy(policy, specs);
    if (!valid.ok) for (const i of valid.issues) issues.push({ ...i, path: ['policy', ...i.path] });
    return valid;
  } catch (e) {
    if (!own || !(e instanceof ValidationError)) throw e;
    for (const i of e.issues) issues.push({ ...i, path: ['options', 'specs', ...(i.path[0] === 'tables' ? i.path.slice(1) : i.path)] });
    return { ok: false };
  }
}

/**
 * A change to a continuous national table moved so that it leaves no gap: a period that ends
 * before the table's first entry now ends the day before it; one that starts after the last
 * entry's end now starts on the day after it.
 */
function contiguous(change: Change, coverage: Map<string, { start: number; end: number }>, national: Policy['national']): Change {
  let cover = coverage.get(change.table);
  if (cover === undefined) {
    const t = Object.hasOwn(national, change.table) ? national[change.table] : undefined;
    const spans = t?.kind === 'value' ? t.entries.map(spanOf) : [];
    cover = spans.length === 0 ? { start: Number.NaN, end: Number.NaN } : { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) };
  }
  let out = change;
  const span = spanOf(change.op === 'end' ? { from: change.from } : change);
  if (!Number.isNaN(cover.start)) {
    if (span.end < cover.start && change.op === 'set') out = { ...out, to: formatCivilDate(cover.start - 1) } as Change;
    if (span.start > cover.end) out = { ...out, from: formatCivilDate(cover.end) } as Change;
  }
  const moved = spanOf(out.op === 'end' ? { from: out.from } : (out as { from: string; to?: string }));
  coverage.set(change.table, Number.isNaN(cover.start) ? moved : { start: Math.min(cover.start, moved.start), end: Math.max(cover.end, moved.end) });
  return out;
}

/** The change a draw names, on one table. */
function changeOf(c: Candidate, d: Draw, i: number, ops: readonly (typeof OPS)[number][], divisions: readonly string[]): Change {
  const spec = c.spec;
  const from = formatCivilDate(d.day);
  const to = d.span === undefined ? undefined : formatCivilDate(d.day + d.span);
  const cite = { issuer: 'what-if', title: `generated change ${i + 1}` };
  const division = d.division !== undefined && spec.local ? divisions[d.division] : undefined;
  const where = division === undefined ? {} : { division };
  const usable = ops.filter((op) => (spec.kind === 'value' ? op === 'set' || op === 'end' : op === 'add-member' || op === 'remove-member'));
  let op = usable[d.op % usable.length] as (typeof OPS)[number];
  if (op === 'set' && c.known.length === 0 && !c.integers) op = 'end';
  if (op === 'end') return { op: 'end', table: spec.id, ...where, from, cite };
  if (op === 'set') {
    let value: unknown = c.known.length > 0 ? c.known[d.pick % c.known.length] : undefined;
    if (c.integers && (d.fresh || value === undefined) && spec.kind === 'value') {
      const steps = Math.floor(c.integers.max / c.integers.step);
      const n = (d.pick % (steps + 1)) * c.integers.step;
      if (spec.value.safeParse(n).success || value === undefined) value = n;
    }
    return { op: 'set', table: spec.id, ...where, from, ...(to === undefined ? {} : { to }), value, cite };
  }
  const member = c.known[d.pick % c.known.length] as string;
  return { op, table: spec.id, ...where, member, from, ...(to === undefined ? {} : { to }), cite };
}
