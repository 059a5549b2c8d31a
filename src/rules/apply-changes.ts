/**
 * Folding what-if changes into table data. Changes apply in order, a later one winning where
 * periods overlap; entries they overlap are cut and split so that periods never overlap;
 * nothing is mutated.
 *
 * The fold works table by table (and, in set tables, member by member): the changes of a table
 * are swept once in date order with a heap of the changes in force (the latest wins), so n
 * changes cost O(n log n), not the O(n²) of cutting every entry with every change.
 *
 * @module
 */
import { type Issue } from './errors.js';
import { type Span, periodOf, spanOf } from './period.js';
import type { Change, LocalMeasures, Policy } from './policy.js';
import type { SetMember, TableData, ValueEntry } from './table.js';
import { PolicyValidationError } from './validate-policy.js';

/** A change as an interval with its rank (its index in the change layer: a later change wins). */
interface Painted {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  readonly change: Change;
}

/** A max-heap of ranks. */
class RankHeap {
  readonly #items: Painted[] = [];

  get size(): number {
    return this.#items.length;
  }

  top(): Painted | undefined {
    return this.#items[0];
  }

  push(p: Painted): void {
    const a = this.#items;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as Painted).rank >= p.rank) break;
      a[i] = a[parent] as Painted;
      i = parent;
    }
    a[i] = p;
  }

  pop(): void {
    const a = this.#items;
    const last = a.pop() as Painted;
    if (a.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const c = r < a.length && (a[r] as Painted).rank > (a[l] as Painted).rank ? r : l;
      if ((a[c] as Painted).rank <= last.rank) break;
      a[i] = a[c] as Painted;
      i = c;
    }
    a[i] = last;
  }
}

/**
 * The pieces of the timeline each change still holds once every later change is applied:
 * `[start, end)` with the winning change, in date order (adjacent pieces of one change merged).
 */
function winners(changes: readonly Painted[]): Painted[] {
  const byStart = [...changes].sort((a, b) => a.start - b.start);
  const bounds = [...new Set(changes.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
  const heap = new RankHeap();
  const out: Painted[] = [];
  let next = 0;
  for (let k = 0; k < bounds.length - 1; k++) {
    const from = bounds[k] as number;
    const to = bounds[k + 1] as number;
    while (next < byStart.length && (byStart[next] as Painted).start <= from) heap.push(byStart[next++] as Painted);
    while (heap.size > 0 && (heap.top() as Painted).end <= from) heap.pop();
    const top = heap.top();
    if (top === undefined) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.rank === top.rank && last.end === from) out[out.length - 1] = { ...last, end: to };
    else out.push({ start: from, end: to, rank: top.rank, change: top.change });
  }
  return out;
}

/** The parts of `span` outside the sorted, disjoint intervals `covered` (found by binary search). */
function outside(span: Span, covered: readonly Span[]): Span[] {
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((covered[mid] as Span).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  let at = span.start;
  for (let i = lo; i < covered.length && (covered[i] as Span).start < span.end; i++) {
    const c = covered[i] as Span;
    if (c.start > at) out.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/** The union of intervals, sorted and disjoint. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** An item with its period replaced by `span` (the other fields kept, in a fixed order). */
function withSpan<E extends { readonly from: string; readonly to?: string }>(item: E, span: Span): E {
  const { from: _from, to: _to, ...rest } = item;
  return { ...periodOf(span), ...rest } as E;
}

const byFrom = (a: { readonly from: string }, b: { readonly from: string }) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);

const painted = (changes: readonly (readonly [Change, number])[]): Painted[] =>
  changes.map(([change, rank]) => ({ ...(change.op === 'end' ? spanOf({ from: change.from }) : spanOf(change)), rank, change }));

/** Base items kept where no change applies, and each change's winning pieces. */
function fold<E extends { readonly from: string; readonly to?: string }>(base: readonly E[], changes: readonly (readonly [Change, number])[], make: (c: Change, span: Span) => E | undefined): E[] {
  const p = painted(changes);
  const covered = union(p);
  const out: E[] = [];
  for (const item of base) for (const s of outside(spanOf(item), covered)) out.push(s.start === spanOf(item).start && s.end === spanOf(item).end ? item : withSpan(item, s));
  for (const w of winners(p)) {
    const made = make(w.change, w);
    if (made !== undefined) out.push(made);
  }
  return out;
}

function valueEntry(c: Change, span: Span): ValueEntry<unknown> {
  const value = c.op === 'set' ? c.value : null;
  return { ...periodOf(span), value, cite: c.cite };
}

function memberEntry(c: Change, span: Span): SetMember | undefined {
  return c.op === 'add-member' ? { member: c.member, ...periodOf(span), cite: c.cite } : undefined;
}

function applyToTable(table: TableData, changes: readonly (readonly [Change, number])[]): TableData {
  if (table.kind === 'value') {
    return { kind: 'value', verifiedThrough: table.verifiedThrough, entries: fold(table.entries, changes, valueEntry).sort(byFrom) };
  }
  const byMember = new Map<string, (readonly [Change, number])[]>();
  for (const x of changes) {
    const member = (x[0] as { member: string }).member;
    const list = byMember.get(member);
    if (list) list.push(x);
    else byMember.set(member, [x]);
  }
  const members: SetMember[] = [];
  const baseOf = new Map<string, SetMember[]>();
  for (const m of table.members) {
    if (!byMember.has(m.member)) members.push(m);
    else {
      const list = baseOf.get(m.member);
      if (list) list.push(m);
      else baseOf.set(m.member, [m]);
    }
  }
  for (const [member, list] of byMember) members.push(...fold(baseOf.get(member) ?? [], list, memberEntry));
  return { kind: 'set', verifiedThrough: table.verifiedThrough, members: members.sort(byFrom) };
}

function emptyLike(table: TableData): TableData {
  return table.kind === 'value' ? { kind: 'value', verifiedThrough: table.verifiedThrough, entries: [] } : { kind: 'set', verifiedThrough: table.verifiedThrough, members: [] };
}

/** Problems that stop a change from being folded in: a table the policy lacks, or of the other kind, or an inverted period. */
export function foldIssues(policy: Policy): Issue[] {
  const issues: Issue[] = [];
  policy.changes.forEach((c, i) => {
    const base = Object.hasOwn(policy.national, c.table) ? policy.national[c.table] : undefined;
    if (!base) {
      issues.push({ path: ['changes', i, 'table'], code: 'unknown-table', message: `no table named ${c.table} in this policy` });
      return;
    }
    const forSets = c.op === 'add-member' || c.op === 'remove-member';
    if ((base.kind === 'set') !== forSets) issues.push({ path: ['changes', i, 'op'], code: 'wrong-kind', message: `${c.op} does not apply to ${base.kind} table ${c.table}` });
    if (c.op !== 'end' && c.to !== undefined && c.to < c.from) issues.push({ path: ['changes', i, 'to'], code: 'inverted-period', message: `to ${c.to} is before from ${c.from}` });
  });
  return issues;
}

/**
 * The policy with its what-if changes folded into its tables and an empty change layer, for a
 * policy whose structure is known to be valid (the root entry's `materialize` validates the
 * policy first). Nothing is mutated; the result is not frozen.
 *
 * @internal
 * @throws `PolicyValidationError` when a change names a table the policy lacks or of the other
 * kind, or has its period inverted.
 * @example
 * ```ts
 * const baked = materialize(withChanges(defaultPolicy(), [change]));
 * baked.changes.length; // 0
 * ```
 */
export function materialize(policy: Policy): Policy {
  const issues = foldIssues(policy);
  if (issues.length > 0) throw new PolicyValidationError(issues);
  // group the changes by where they apply (national or a division) and table, keeping their order
  const groups = new Map<string, Map<string, (readonly [Change, number])[]>>();
  policy.changes.forEach((c, rank) => {
    const where = c.division === undefined ? '' : c.division;
    let tables = groups.get(where);
    if (!tables) groups.set(where, (tables = new Map()));
    const list = tables.get(c.table);
    if (list) list.push([c, rank]);
    else tables.set(c.table, [[c, rank]]);
  });
  const national: Record<string, TableData> = { ...policy.national };
  const local: Record<string, LocalMeasures> = { ...policy.local };
  for (const [where, tables] of groups) {
    if (where === '') {
      for (const [id, list] of tables) Object.defineProperty(national, id, { value: applyToTable(national[id] as TableData, list), enumerable: true, writable: true, configurable: true });
      continue;
    }
    const measures: LocalMeasures = Object.hasOwn(local, where) ? (local[where] as LocalMeasures) : { tables: {} };
    const own: Record<string, TableData> = { ...measures.tables };
    for (const [id, list] of tables) {
      const current = Object.hasOwn(own, id) ? (own[id] as TableData) : emptyLike(policy.national[id] as TableData);
      Object.defineProperty(own, id, { value: applyToTable(current, list), enumerable: true, writable: true, configurable: true });
    }
    Object.defineProperty(local, where, { value: { ...measures, tables: own }, enumerable: true, writable: true, configurable: true });
  }
  return { ...policy, national, local, changes: [] };
}
