/**
 * Resolving a policy at a date and place: the rules in force there and then, each with the
 * entry and citation that set it. Compilation is cached per policy object (policies are
 * immutable values), so a lookup is a binary search.
 *
 * @module
 */
import type { Citation } from './citation.js';
import { type CivilDate, formatCivilDate, parseCivilDate } from './civil-date.js';
import { prefectureCodeOf } from './divisions.js';
import { ChurujingError } from './errors.js';
import { snapshot } from './snapshot.js';
import { materialize } from './apply-changes.js';
import { type Period, spanOf } from './period.js';
import type { Policy } from './policy.js';
import type { SetMember, SetTableSpec, TableData, ValueEntry, ValueTableSpec } from './table.js';

interface CompiledValue {
  readonly kind: 'value';
  readonly verifiedThrough: number;
  readonly verifiedThroughDate: CivilDate;
  readonly starts: number[];
  readonly ends: number[];
  readonly entries: readonly ValueEntry<unknown>[];
  /** Where the table comes from (national, or a division's local measures). */
  readonly source: RuleSource;
  /**
   * Resolved values, built once and shared by every view: index `2 × entry + unverified` for
   * the entries; then `not-yet` and `gap`, each verified and unverified.
   */
  readonly resolved: (ResolvedValue<unknown> | undefined)[];
}

interface CompiledSet {
  readonly kind: 'set';
  readonly verifiedThrough: number;
  readonly verifiedThroughDate: CivilDate;
  readonly members: readonly CompiledMember[];
  readonly source: RuleSource;
}

type ResolvedMember = SetMember & { readonly source: RuleSource; readonly unverified: boolean };

interface CompiledMember {
  readonly start: number;
  readonly end: number;
  readonly m: SetMember;
  /** The member as views hand it out, verified [0] and unverified [1], built once (frozen). */
  readonly resolved: (ResolvedMember | undefined)[];
}

function resolvedMember(x: CompiledMember, source: RuleSource, unverified: boolean): ResolvedMember {
  return (x.resolved[unverified ? 1 : 0] ??= Object.freeze({ ...x.m, source, unverified }));
}

type CompiledTable = CompiledValue | CompiledSet;

interface CompiledPolicy {
  /** The policy compiled (its tables were snapshotted when it was compiled). */
  readonly policy: Policy;
  readonly national: LazyTables;
  readonly local: ReadonlyMap<string, LazyTables>;
  /** Recent views by day and mode (`2 × day + flag`), then division (views are immutable; bounded). */
  readonly views: KeyTrie;
  /** Values shared by every view whose rules are the same (see {@link PolicyView.shared}). */
  readonly shared: KeyTrie;
}

function compileTable(data: TableData, source: RuleSource): CompiledTable {
  // a frozen snapshot: what views hand out can't be changed by a caller, nor by later changes to the policy object
  const t = snapshot(data);
  const verifiedThrough = parseCivilDate(t.verifiedThrough);
  if (t.kind === 'value') {
    const entries = [...t.entries].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const spans = entries.map(spanOf);
    return { kind: 'value', verifiedThrough, verifiedThroughDate: t.verifiedThrough, starts: spans.map((s) => s.start), ends: spans.map((s) => s.end), entries, source, resolved: [] };
  }
  return { kind: 'set', verifiedThrough, verifiedThroughDate: t.verifiedThrough, members: t.members.map((m) => ({ ...spanOf(m), m, resolved: [] })), source };
}

/**
 * A policy's tables, each compiled on first use: a policy has hundreds of tables and a call
 * reads a few, so a fresh process does not compile (or copy) the tables it never reads. A table
 * that is not frozen is copied at once (`snapshot`), so later changes to the caller's object do
 * not leak in; a frozen one (the library's own are deeply frozen) is compiled when first read.
 */
class LazyTables {
  readonly #data = new Map<string, TableData>();
  readonly #compiled = new Map<string, CompiledTable>();
  readonly #source: RuleSource;

  constructor(tables: Readonly<Record<string, TableData>>, source: RuleSource) {
    this.#source = source;
    for (const [id, t] of Object.entries(tables)) this.#data.set(id, Object.isFrozen(t) ? t : snapshot(t));
  }

  get(id: string): CompiledTable | undefined {
    let c = this.#compiled.get(id);
    if (c === undefined) {
      const t = this.#data.get(id);
      if (t === undefined) return undefined;
      c = compileTable(t, this.#source);
      this.#compiled.set(id, c);
    }
    return c;
  }
}

const compiled = new WeakMap<Policy, CompiledPolicy>();
/** How many views a compiled policy keeps (each with the plans derived from it). */
const VIEW_LIMIT = 512;
const NATIONAL: RuleSource = /* @__PURE__ */ Object.freeze({ level: 'national' });

/** The compiled form of a policy (cached per policy object; it holds a frozen snapshot of the tables). @internal */
export function compilePolicy(policy: Policy): CompiledPolicy {
  let c = compiled.get(policy);
  if (!c) {
    const flat = policy.changes.length ? materialize(policy) : policy;
    const national = new LazyTables(flat.national, NATIONAL);
    const local = new Map(Object.entries(flat.local).map(([code, m]) => [code, new LazyTables(m.tables, Object.freeze({ level: 'local', division: code }))]));
    c = { policy, national, local, views: new KeyTrie(VIEW_LIMIT), shared: new KeyTrie(SHARED_LIMIT) };
    compiled.set(policy, c);
  }
  return c;
}

/**
 * A date lies after the last date a table is known to be true, and the caller asked for an
 * error rather than a flagged result.
 *
 * @example
 * ```ts
 * try { policyAt(defaultPolicy(), '2030-01-01').value(PASSPORT_VALIDITY); } catch (e) {
 *   if (e instanceof UnverifiedDateError) console.log(e.table, e.verifiedThrough);
 * }
 * ```
 */
export class UnverifiedDateError extends ChurujingError {
  readonly table: string;
  readonly verifiedThrough: CivilDate;
  readonly date: CivilDate;
  constructor(table: string, verifiedThrough: CivilDate, date: CivilDate) {
    const message = `Table ${table} is verified through ${verifiedThrough}; ${date} is later. Pass { beyondVerified: 'flag' } to get a result flagged as unverified.`;
    super('beyond-verified', message, [{ path: ['date'], code: 'beyond-verified', message }]);
    this.table = table;
    this.verifiedThrough = verifiedThrough;
    this.date = date;
  }
}

/**
 * A table the policy does not have, or of the other kind.
 *
 * @example
 * ```ts
 * try { policyAt(emptyPolicy, '2025-01-01').value(PASSPORT_VALIDITY); } catch (e) { e instanceof UnknownTableError; }
 * ```
 */
export class UnknownTableError extends ChurujingError {
  constructor(table: string, why: string) {
    const message = `Table ${table}: ${why}`;
    super('unknown-table', message, [{ path: ['table'], code: 'unknown-table', message }]);
  }
}

/**
 * Where a resolved rule came from: the national baseline or a division's local measure.
 *
 * @example
 * ```ts
 * const s: RuleSource = { level: 'local', division: '230100' };
 * ```
 */
export type RuleSource = { readonly level: 'national' } | { readonly level: 'local'; readonly division: string };

/**
 * A value table resolved at a date: in force with its entry, or not in force and why.
 *
 * @example
 * ```ts
 * const r = policyAt(defaultPolicy(), '2025-01-01').value(PASSPORT_VALIDITY);
 * if (r.inForce) console.log(r.value, r.cite.title, r.period);
 * ```
 */
export type ResolvedValue<T> =
  | {
      readonly inForce: true;
      readonly table: string;
      readonly value: T;
      readonly cite: Citation;
      readonly period: Period;
      readonly source: RuleSource;
      /** The date is after the table's `verifiedThrough` (only with `beyondVerified: 'flag'`). */
      readonly unverified: boolean;
      readonly uncertain?: string;
    }
  | {
      readonly inForce: false;
      readonly table: string;
      /** `not-yet`: before the first entry; `ended`: the rule was ended (`value: null`); `gap`: between entries. */
      readonly reason: 'not-yet' | 'ended' | 'gap';
      readonly cite?: Citation;
      readonly unverified: boolean;
    };

/**
 * Options of {@link policyAt}.
 *
 * @example
 * ```ts
 * const o: PolicyAtOptions = { division: '440300', beyondVerified: 'flag' };
 * ```
 */
export interface PolicyAtOptions {
  /** GB/T 2260 code of the place (an office's or an applicant's); county codes fall back to their prefecture and province. */
  readonly division?: string;
  /** After a table's `verifiedThrough`: throw `UnverifiedDateError` (default) or flag the result. */
  readonly beyondVerified?: 'error' | 'flag';
}

/** Last index with starts[i] <= day, or -1. */
function floorIndex(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How many derived values a view keeps (see {@link PolicyView.memo}). */
const MEMO_LIMIT = 8192;
/** How many shared values a compiled policy keeps (see {@link PolicyView.shared}). */
const SHARED_LIMIT = 16384;

/**
 * A part of a {@link PolicyView.memo} key. Keys given as parts are looked up part by part
 * (nested maps), which is several times cheaper than building and hashing one long string per call.
 *
 * @internal
 * @example
 * ```ts
 * const key: MemoPart[] = ['validity', 'passport', 34];
 * ```
 */
export type MemoPart = string | number | boolean | undefined;

/** A bounded cache keyed by sequences of parts (nested maps, one level per part). */
class KeyTrie {
  readonly #root = new Map<unknown, unknown>();
  #size = 0;
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value under `key`, computed and kept the first time. */
  get<T>(key: string | readonly unknown[], compute: () => T): T {
    let node = this.#root;
    if (typeof key === 'string') node = child(node, key);
    else for (let i = 0; i < key.length; i++) node = child(node, key[i]);
    const known = node.get(LEAF);
    if (known !== undefined || node.has(LEAF)) return known as T;
    const v = compute();
    if (++this.#size > this.#limit) {
      // a cache only: start afresh (what is still used comes back at once)
      this.#root.clear();
      this.#size = 0;
      return this.get(key, () => v);
    }
    node.set(LEAF, v);
    return v;
  }
}

const LEAF = Symbol('value');

function child(node: Map<unknown, unknown>, part: unknown): Map<unknown, unknown> {
  let next = node.get(part) as Map<unknown, unknown> | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(part, next);
  }
  return next;
}

/**
 * The rules of a policy in force on one day at one place.
 *
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '440300' });
 * view.value(PASSPORT_VALIDITY);
 * view.has(G_SCHEME_CITIES, '440300');
 * ```
 */
export class PolicyView {
  /** The civil date. */
  readonly date: CivilDate;
  /** The division asked for, if any. */
  readonly division: string | undefined;
  readonly #day: number;
  readonly #chain: readonly string[];
  readonly #compiled: CompiledPolicy;
  readonly #flag: boolean;
  /** Lookups already made on this view (a view is immutable, so they never change). */
  readonly #values = new Map<string, ResolvedValue<unknown>>();
  /** Set lookups already made on this view, by table id and member (`undefined`: not a member). */
  readonly #memberOf = new Map<string, (SetMember & { readonly source: RuleSource; readonly unverified: boolean }) | undefined>();
  readonly #membersOf = new Map<string, readonly (SetMember & { readonly source: RuleSource; readonly unverified: boolean })[]>();
  /** Results derived from this view by the library's own modules (see {@link PolicyView.memo}). */
  readonly #memo = new KeyTrie(MEMO_LIMIT);

  /** @internal use {@link policyAt} */
  constructor(compiledPolicy: CompiledPolicy, day: number, division: string | undefined, flag: boolean) {
    this.#compiled = compiledPolicy;
    this.#day = day;
    this.date = formatCivilDate(day);
    this.division = division;
    this.#flag = flag;
    const chain: string[] = [];
    if (division !== undefined) {
      for (const code of [division, prefectureCodeOf(division, ['division']), `${division.slice(0, 2)}0000`]) {
        if (code !== undefined && !chain.includes(code)) chain.push(code);
      }
    }
    this.#chain = chain;
  }

  /**
   * The policy this view reads: for the rules of other places on the same day (an applicant's
   * hukou, say), as `policyAt(view.policy, view.date, { division })` gives them.
   *
   * @internal
   * @example
   * ```ts
   * policyAt(view.policy, view.date, { division: applicant.hukou });
   * ```
   */
  get policy(): Policy {
    return this.#compiled.policy;
  }

  #check(table: string, t: CompiledTable): boolean {
    if (this.#day <= t.verifiedThrough) return false;
    if (!this.#flag) throw new UnverifiedDateError(table, t.verifiedThroughDate, this.date);
    return true;
  }

  /**
   * The value of a value table in force on this day here: a local measure of the division (or
   * its prefecture or province) when one is in force, else the national value.
   *
   * @example
   * ```ts
   * policyAt(defaultPolicy(), '2006-06-01').value(PASSPORT_VALIDITY);
   * ```
   */
  value<T>(spec: ValueTableSpec<T>): ResolvedValue<T> {
    const id = spec.id;
    const known = this.#values.get(id);
    if (known) return known as ResolvedValue<T>;
    const r = this.#lookup(spec);
    this.#values.set(id, r);
    return r;
  }

  #lookup<T>(spec: ValueTableSpec<T>): ResolvedValue<T> {
    const id = spec.id;
    for (const code of this.#chain) {
      const t = this.#compiled.local.get(code)?.get(id);
      if (t?.kind !== 'value') continue;
      const i = floorIndex(t.starts, this.#day);
      if (i >= 0 && this.#day < (t.ends[i] as number)) return this.#resolve(id, t, i);
    }
    const t = this.#compiled.national.get(id);
    if (!t) throw new UnknownTableError(id, 'not in this policy');
    if (t.kind !== 'value') throw new UnknownTableError(id, 'is a set table, not a value table');
    const i = floorIndex(t.starts, this.#day);
    if (i < 0 || this.#day >= (t.ends[i] as number)) {
      const reason = i < 0 ? 'not-yet' : 'gap';
      const unverified = this.#check(id, t);
      const slot = 2 * t.entries.length + (i < 0 ? 0 : 2) + (unverified ? 1 : 0);
      return (t.resolved[slot] ??= Object.freeze({ inForce: false, table: id, reason, unverified })) as ResolvedValue<T>;
    }
    return this.#resolve(id, t, i);
  }

  #resolve<T>(id: string, t: CompiledValue, i: number): ResolvedValue<T> {
    const unverified = this.#check(id, t);
    const slot = 2 * i + (unverified ? 1 : 0);
    return (t.resolved[slot] ??= resolveEntry(id, t, i, unverified)) as ResolvedValue<T>;
  }

  /**
   * The member entry in force for `member` on this day (national or a local addition), or
   * `undefined` when it is not a member then.
   *
   * @example
   * ```ts
   * policyAt(defaultPolicy(), '2024-03-06').member(G_SCHEME_CITIES, '610100')?.cite.title;
   * ```
   */
  member(spec: SetTableSpec, member: string): (SetMember & { readonly source: RuleSource; readonly unverified: boolean }) | undefined {
    const key = `${spec.id}\u0000${member}`;
    if (this.#memberOf.has(key)) return this.#memberOf.get(key);
    const found = this.#member(spec, member);
    this.#memberOf.set(key, found);
    return found;
  }

  #member(spec: SetTableSpec, member: string): (SetMember & { readonly source: RuleSource; readonly unverified: boolean }) | undefined {
    const tables = this.#sets(spec);
    // past verifiedThrough, a non-member is as unverified as a member: check before answering
    let unverified = false;
    for (const [t] of tables) unverified = this.#check(spec.id, t) || unverified;
    for (const [t, source] of tables) {
      for (const x of t.members) {
        if (x.m.member === member && x.start <= this.#day && this.#day < x.end) return resolvedMember(x, source, unverified);
      }
    }
    return undefined;
  }

  /**
   * Whether `member` belongs to the set on this day.
   *
   * @example
   * ```ts
   * policyAt(defaultPolicy(), '2024-03-05').has(G_SCHEME_CITIES, '610100'); // false: Xi'an joined on 03-06
   * ```
   */
  has(spec: SetTableSpec, member: string): boolean {
    return this.member(spec, member) !== undefined;
  }

  /**
   * Every member in force on this day, with its entry.
   *
   * @example
   * ```ts
   * policyAt(defaultPolicy(), '2024-05-27').members(G_SCHEME_CITIES).length; // 59
   * ```
   */
  members(spec: SetTableSpec): readonly (SetMember & { readonly source: RuleSource; readonly unverified: boolean })[] {
    const known = this.#membersOf.get(spec.id);
    if (known) return known;
    const found = Object.freeze(this.#allMembers(spec));
    this.#membersOf.set(spec.id, found);
    return found;
  }

  #allMembers(spec: SetTableSpec): (SetMember & { readonly source: RuleSource; readonly unverified: boolean })[] {
    const tables = this.#sets(spec);
    let unverified = false;
    for (const [t] of tables) unverified = this.#check(spec.id, t) || unverified;
    const out = new Map<string, SetMember & { readonly source: RuleSource; readonly unverified: boolean }>();
    for (const [t, source] of tables) {
      for (const x of t.members) if (x.start <= this.#day && this.#day < x.end && !out.has(x.m.member)) out.set(x.m.member, resolvedMember(x, source, unverified));
    }
    return [...out.values()];
  }

  /**
   * A value derived from this view alone and `key`, computed once: the view is immutable, so
   * whatever a module derives from it (and from the facts spelled out in `key`) never changes.
   * The key (a string, or parts compared one by one) must name every input of `compute`
   * besides the view; `compute` must return an
   * immutable value (it is shared by every later caller). The library's modules use it for the
   * parts of a decision that depend only on the rules of the day (their "plans").
   *
   * @internal
   * @example
   * ```ts
   * view.memo('materials.rules', () => resolveMaterialRules(view));
   * view.memo(['validity', type, age], () => validityOf(view, type, age));
   * ```
   */
  memo<T>(key: string | readonly MemoPart[], compute: () => T): T {
    return this.#memo.get(key, compute);
  }

  /**
   * Like {@link PolicyView.memo}, but kept on the compiled policy and shared by every view:
   * for values that depend only on the resolved rules named in `key` (the objects
   * {@link PolicyView.value} returns are the same for every view inside one period of their
   * entry, so they identify it) and on the facts named after them. `compute` must not read the
   * view's date or division except through those rules. A day no application used yet then
   * reuses what another day of the same period built.
   *
   * @internal
   * @example
   * ```ts
   * const rules = SPECS.map((s) => view.value(s));
   * view.shared(['materials.plan', ...rules, facts], () => buildPlan(rules, facts));
   * ```
   */
  shared<T>(key: readonly unknown[], compute: () => T): T {
    return this.#compiled.shared.get(key, compute);
  }



  #sets(spec: SetTableSpec): [CompiledSet, RuleSource][] {
    const national = this.#compiled.national.get(spec.id);
    if (!national) throw new UnknownTableError(spec.id, 'not in this policy');
    if (national.kind !== 'set') throw new UnknownTableError(spec.id, 'is a value table, not a set table');
    const out: [CompiledSet, RuleSource][] = [];
    for (const code of this.#chain) {
      const t = this.#compiled.local.get(code)?.get(spec.id);
      if (t?.kind === 'set') out.push([t, t.source]);
    }
    out.push([national, national.source]);
    return out;
  }
}

/** The resolved value of entry `i` of a compiled table (frozen; shared by every view of its period). */
function resolveEntry<T>(id: string, t: CompiledValue, i: number, unverified: boolean): ResolvedValue<T> {
  const source = t.source;
  const e = t.entries[i] as ValueEntry<T>;
  if (e.value === null) return Object.freeze({ inForce: false, table: id, reason: 'ended', cite: e.cite, unverified });
  const period: Period = Object.freeze(e.to === undefined ? { from: e.from } : { from: e.from, to: e.to });
  const r = { inForce: true as const, table: id, value: e.value, cite: e.cite, period, source, unverified };
  return Object.freeze(e.uncertain === undefined ? r : { ...r, uncertain: e.uncertain });
}

/**
 * The rules of `policy` in force on `date` at `options.division`.
 *
 * @throws `InvalidDateError` for a bad date; `UnknownDivisionError` for a division code that is
 * not in the GB/T 2260 catalogue (county codes are accepted under a known prefecture).
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2024-12-01', { division: '440300' });
 * ```
 */
export function policyAt(policy: Policy, date: CivilDate, options: PolicyAtOptions = {}): PolicyView {
  const day = parseCivilDate(date, ['date']);
  const { division } = options;
  const compiledPolicy = compilePolicy(policy);
  const flag = options.beyondVerified === 'flag';
  return compiledPolicy.views.get([2 * day + (flag ? 1 : 0), division ?? ''], () => new PolicyView(compiledPolicy, day, division, flag));
}
