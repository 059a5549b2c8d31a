/**
 * `comparePolicies`: what differs between two policies, table by table, as data — entries and
 * members added, removed or changed (period, value, citation), `verifiedThrough` moved, tables
 * that only one side has, each with its label and the days on which a lookup answers
 * differently. What-if changes are folded in first, so a policy and the same policy with a
 * change set compare by what the changes do.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BUILTIN_TABLES } from '../builtin/builtin-policy.js';
import { materialize } from '../rules/apply-changes.js';
import { formatCivilDate } from '../rules/civil-date.js';
import { divisionOf } from '../rules/divisions.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import type { Period } from '../rules/period.js';
import { type Policy, policySchema } from '../rules/policy.js';
import type { Label, SetMember, TableData, TableSpec, ValueEntry } from '../rules/table.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { canonical, deepEqual } from './diff-values.js';
import { type ReadDifference, readDifference } from './read-difference.js';
import { DAY_MAX, DAY_MIN, type DaySpan, differingDays } from './table-difference.js';

/**
 * Where a table sits: the national baseline, or the local measures of a division.
 *
 * @example
 * ```ts
 * const s: TableScope = { level: 'local', division: '510100', label: { 'zh-CN': '成都市', en: 'Chengdu' } };
 * ```
 */
export type TableScope = { readonly level: 'national' } | { readonly level: 'local'; readonly division: string; readonly label?: Label };

/**
 * One entry (value tables) or member (set tables) on both sides, with the fields that differ.
 *
 * @example
 * ```ts
 * const c: ItemChange<ValueEntry<unknown>> = { before: { from: '2019-07-01', value: 12000, cite }, after: { from: '2019-07-01', to: '2025-12-31', value: 12000, cite }, fields: ['to'] };
 * ```
 */
export interface ItemChange<T> {
  readonly before: T;
  readonly after: T;
  /** The fields that differ (`to`, `value`, `cite`, `uncertain`). */
  readonly fields: readonly string[];
}

/**
 * Items of one table added, removed or changed. Entries are matched by `from`, members by
 * member and `from`.
 *
 * @example
 * ```ts
 * const d: ItemsDifference<SetMember> = { added: [{ member: '320300', from: '2027-01-01', cite }], removed: [], changed: [] };
 * ```
 */
export interface ItemsDifference<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly ItemChange<T>[];
}

/**
 * How one table differs between two policies.
 *
 * @example
 * ```ts
 * const t: TableDifference = comparePolicies(a, b).tables[0];
 * t.table; t.label?.en; t.differsOn; // [{ from: '2026-01-01' }]
 * ```
 */
export interface TableDifference {
  readonly table: string;
  /** The table's label, when its spec is known. */
  readonly label?: Label;
  readonly scope: TableScope;
  readonly kind: 'value' | 'set';
  /** `added`: only the second policy has it; `removed`: only the first; `changed`: both, differently. */
  readonly status: 'added' | 'removed' | 'changed';
  readonly verifiedThrough?: { readonly before?: string; readonly after?: string };
  /** Value tables. */
  readonly entries?: ItemsDifference<ValueEntry<unknown>>;
  /** Set tables. */
  readonly members?: ItemsDifference<SetMember>;
  /**
   * The days (inclusive periods) on which a lookup of this table can answer differently: another
   * value, citation or entry start, other members, or verified on one side only. An entry that
   * only ends on another day does not count (its lookups differ in the period they report alone).
   */
  readonly differsOn: readonly Period[];
}

/**
 * What {@link comparePolicies} returns.
 *
 * @example
 * ```ts
 * const c: PolicyComparison = comparePolicies(defaultPolicy(), defaultPolicy());
 * c.identical; // true
 * ```
 */
export interface PolicyComparison {
  /** No table differs (the ids and titles of the policies are not compared). */
  readonly identical: boolean;
  /** The tables that differ, national first, then by division and table id. */
  readonly tables: readonly TableDifference[];
  /** The union of every table's `differsOn`. */
  readonly differsOn: readonly Period[];
}

/**
 * Options of {@link comparePolicies}.
 *
 * @example
 * ```ts
 * const o: ComparePoliciesOptions = { specs: BUILTIN_TABLES };
 * ```
 */
export interface ComparePoliciesOptions {
  /** Table specs for the labels (default: the built-in tables). */
  readonly specs?: readonly TableSpec[];
}

function periodsOf(spans: readonly DaySpan[]): Period[] {
  return spans.map((s) => (s.end > DAY_MAX ? { from: formatCivilDate(Math.max(s.start, DAY_MIN)) } : { from: formatCivilDate(s.start), to: formatCivilDate(s.end - 1) }));
}

function items<T extends ValueEntry<unknown> | SetMember>(a: readonly T[], b: readonly T[], key: (x: T) => string): ItemsDifference<T> {
  // items identical on both sides are no difference: take them out (as many times as they occur)
  const count = (list: readonly T[]) => {
    const m = new Map<string, number>();
    for (const x of list) m.set(canonical(x), (m.get(canonical(x)) ?? 0) + 1);
    return m;
  };
  const unmatchedOf = (list: readonly T[], other: Map<string, number>) =>
    list.filter((x) => {
      const c = canonical(x);
      const n = other.get(c) ?? 0;
      if (n === 0) return true;
      other.set(c, n - 1);
      return false;
    });
  const unmatched = unmatchedOf(a, count(b));
  const kept = unmatchedOf(b, count(a));
  const left = new Map<string, T[]>();
  for (const x of unmatched) {
    const k = key(x);
    const list = left.get(k);
    if (list) list.push(x);
    else left.set(k, [x]);
  }
  const added: T[] = [];
  const changed: ItemChange<T>[] = [];
  for (const y of kept) {
    const x = left.get(key(y))?.shift();
    if (x === undefined) {
      added.push(y);
      continue;
    }
    const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((f) => canonical((x as unknown as Record<string, unknown>)[f]) !== canonical((y as unknown as Record<string, unknown>)[f]));
    changed.push({ before: x, after: y, fields });
  }
  const removed = [...left.values()].flat();
  return { added, removed, changed };
}

function tableDifference(id: string, scope: TableScope, a: TableData | undefined, b: TableData | undefined, labels: ReadonlyMap<string, Label>, spans: readonly DaySpan[]): TableDifference {
  const kind = (b ?? a)?.kind as 'value' | 'set';
  const status = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  const label = labels.get(id);
  const out: { -readonly [K in keyof TableDifference]: TableDifference[K] } = { table: id, ...(label ? { label } : {}), scope, kind, status, differsOn: periodsOf(spans) };
  if (a?.verifiedThrough !== b?.verifiedThrough) out.verifiedThrough = { ...(a ? { before: a.verifiedThrough } : {}), ...(b ? { after: b.verifiedThrough } : {}) };
  if (kind === 'value') {
    const ea = a?.kind === 'value' ? a.entries : [];
    const eb = b?.kind === 'value' ? b.entries : [];
    out.entries = items(ea, eb, (e) => e.from);
  } else {
    const ma = a?.kind === 'set' ? a.members : [];
    const mb = b?.kind === 'set' ? b.members : [];
    out.members = items(ma, mb, (m) => `${m.member}\u0000${m.from}`);
  }
  return out;
}

/** The spans on which two (structurally valid) policies' lookups differ, with the per-table differences. @internal */
export function policyDifferences(a: Policy, b: Policy, specs: readonly TableSpec[] = BUILTIN_TABLES): { tables: TableDifference[]; spans: DaySpan[]; reads: ReadDifference[] } {
  const labels = new Map(specs.map((s) => [s.id, s.label]));
  const fa = materialize(a);
  const fb = materialize(b);
  const tables: TableDifference[] = [];
  const spans: DaySpan[][] = [];
  const reads: ReadDifference[] = [];
  const add = (id: string, scope: TableScope, ta: TableData | undefined, tb: TableData | undefined): void => {
    if (ta === tb || (ta !== undefined && tb !== undefined && deepEqual(ta, tb))) return;
    const days = differingDays(ta, tb);
    tables.push(tableDifference(id, scope, ta, tb, labels, days));
    spans.push(days);
    if (days.length > 0) reads.push(readDifference(id, ta, tb, days));
  };
  const get = (r: Readonly<Record<string, TableData>>, id: string) => (Object.hasOwn(r, id) ? r[id] : undefined);
  for (const id of [...new Set([...Object.keys(fa.national), ...Object.keys(fb.national)])].sort()) add(id, { level: 'national' }, get(fa.national, id), get(fb.national, id));
  for (const code of [...new Set([...Object.keys(fa.local), ...Object.keys(fb.local)])].sort()) {
    const la = Object.hasOwn(fa.local, code) ? fa.local[code] : undefined;
    const lb = Object.hasOwn(fb.local, code) ? fb.local[code] : undefined;
    const label = lb?.label ?? la?.label ?? (() => {
      const d = divisionOf(code);
      return d ? { 'zh-CN': d['zh-CN'], en: d.en } : undefined;
    })();
    const scope: TableScope = label ? { level: 'local', division: code, label } : { level: 'local', division: code };
    const ta = la?.tables ?? {};
    const tb = lb?.tables ?? {};
    for (const id of [...new Set([...Object.keys(ta), ...Object.keys(tb)])].sort()) add(id, scope, get(ta, id), get(tb, id));
  }
  return { tables, spans: mergeAll(spans), reads };
}

function mergeAll(lists: readonly DaySpan[][]): DaySpan[] {
  const all = lists.flat().sort((x, y) => x.start - y.start);
  const out: DaySpan[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({ specs: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.custom<TableSpec>((s) => typeof s === 'object' && s !== null && 'id' in s && 'kind' in s && 'label' in s, 'expected a table spec'))) });

/** Policies whose structure was checked (policies are immutable values: checked once per object). */
const CHECKED = new WeakSet<object>();

/** Checks two policies' structure (and the options), listing every problem under `a` and `b`. @internal */
export function checkPolicies(entries: readonly (readonly [string, unknown])[], extra: readonly Issue[], title: { 'zh-CN': string; en: string }): void {
  const issues: Issue[] = [...extra];
  for (const [name, p] of entries) {
    if (typeof p === 'object' && p !== null && CHECKED.has(p)) continue;
    const r = policySchema.safeParse(p, REPORT_INPUT);
    if (!r.success) issues.push(...issuesOf(r.error, [name]));
    else if (typeof p === 'object' && p !== null) CHECKED.add(p);
  }
  if (issues.length > 0) throw new ValidationError(title, issues);
}

/**
 * What differs between two policies, table by table (see {@link TableDifference}): national
 * tables and each division's local measures, with the changes of each policy's what-if layer
 * folded in. Data, not text: labels in zh-CN and en, periods, values and citations as they are.
 *
 * @throws `ValidationError` listing every structural problem of either policy (paths under `a`
 * and `b`) and of the options.
 * @example
 * ```ts
 * import { comparePolicies, defaultPolicy, withChanges } from 'churujing';
 *
 * const base = defaultPolicy();
 * const cheaper = withChanges(base, [{ op: 'set', table: 'fee.passport.issue', from: '2026-01-01', value: 6000, cite: { issuer: 'what-if', title: 'Passport fee halved' } }]);
 * const c = comparePolicies(base, cheaper);
 * c.tables.map((t) => t.table);              // ['fee.passport.issue']
 * c.tables[0]?.entries?.added[0]?.value;     // 6000
 * c.tables[0]?.entries?.changed[0]?.fields;  // ['to']: the 2019 figure now ends on 2025-12-31
 * c.differsOn;                               // [{ from: '2026-01-01' }]
 * ```
 */
export function comparePolicies(a: Policy, b: Policy, options: ComparePoliciesOptions = {}): PolicyComparison {
  const o = optionsSchema.safeParse(options ?? {}, REPORT_INPUT);
  checkPolicies([['a', a], ['b', b]], o.success ? [] : issuesOf(o.error, ['options']), { 'zh-CN': '比较政策的参数无效', en: 'Invalid arguments of comparePolicies' });
  const { tables, spans } = policyDifferences(a, b, o.success && o.data.specs ? o.data.specs : BUILTIN_TABLES);
  return { identical: tables.length === 0, tables, differsOn: periodsOf(spans) };
}
