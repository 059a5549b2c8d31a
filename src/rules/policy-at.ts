/**
 * Resolving a policy at a date and place: the rules in force there and then, each with the
 * entry and citation that set it. Compilation is cached per policy object (policies are
 * immutable values), so a lookup is a binary search.
 *
 * @module
 */
import { type CivilDate, formatCivilDate, parseCivilDate } from './civil-date.js';
import { prefectureCodeOf } from './divisions.js';
import { ValidationError } from './errors.js';
import type { Period } from './period.js';
import type { Policy } from './policy.js';
import type { SetTableHead, ValueEntry, ValueTableHead } from './table.js';
import { type CompiledPolicy, type CompiledSet, type CompiledTable, type CompiledValue, compileKnownPolicy, compilePolicy, resolvedMember } from './compile-policy.js';
import { type MemoPart, KeyTrie, MISSING } from './key-trie.js';
import { READ_DATE, READ_DIVISION, READ_MEMBER, READ_MEMBERS, READ_VALUE, type Read, ReadLog, ReadTree } from './read-tree.js';
import { Segment, floorIndex } from './segments.js';
import { computeNoted, foundNoted, noteMember, noteRead, Noted, NOTES, withReads } from './read-notes.js';
import type { PolicyAtOptions, ResolvedMember, ResolvedValue, RuleSource } from './resolved.js';
import { UnknownTableError, UnverifiedDateError } from './resolved.js';
import { argumentProblems, memberArgument, requireKnownPolicy, memoArguments, optionIssues, tableId } from './policy-at-args.js';

export { compilePolicy, type MemoPart };
export { UnknownTableError, UnverifiedDateError, type PolicyAtOptions, type ResolvedMember, type ResolvedValue, type RuleSource } from './resolved.js';

/** How many derived values a view keeps (see {@link PolicyView.memo}). */
const MEMO_LIMIT = 8192;

/** How many nodes the read tree of one tracked computation keeps (see {@link PolicyView.tracked}). */
const TREE_LIMIT = 4096;
/** The first part of the keys of tracked computations in the compiled policy's shared cache. */
const TRACKED = Symbol('tracked');
/** The first part of the keys of tracked computations seen once (see `#tracked`). */
const SEEN = Symbol('seen');
const newTree = (): ReadTree => new ReadTree(TREE_LIMIT);

/** Only {@link policyAt} makes views. */
const MAKE = Symbol('PolicyView');

/** A tracked value, and whether it depends on the date (see {@link PolicyView.tracked}). */
interface Tracked {
  readonly value: unknown;
  readonly dated: boolean;
  /** Its reads include the view's division (it is the same for views of that division only). */
  readonly divisional: boolean;
  /** Computed on its key's first sight, unrecorded (see `#tracked`). */
  readonly once: boolean;
  /** The keys of the tables it read, when reads are noted (see read-notes.ts). */
  readonly reads?: readonly string[];
}

/** A tracked value as a segment keeps it: the same for every view of the segment, by division, or not kept (it read the date). */
type Kept = Noted | Map<string, Noted> | typeof DATED;
const DATED = Symbol('dated');
/** How many divisions a segment keeps one tracked value for. */
const DIVISIONAL_LIMIT = 256;

/** A set lookup's answer: the member entry, or `undefined` when not a member that day. */
type MemberAnswer = ResolvedMember | undefined;

/**
 * The rules of a policy in force on one day at one place. A view is immutable (frozen, its
 * state private) and shared: `policyAt` gives the same view to every caller asking for the same
 * day, place and mode.
 *
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '440300' });
 * view.date;     // '2025-01-24'
 * view.division; // '440300'
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
  /**
   * Lookups already made, shared by the views of this place and mode on every day of the
   * segment (see segments.ts), or this view's own when the policy has no segments; none on a
   * recording view.
   */
  readonly #seg: Segment | undefined;
  /** Results derived from this view by the library's own modules (see {@link PolicyView.memo}). */
  #memo: KeyTrie | undefined;
  /** A recording view (see {@link PolicyView.tracked}): the view it reads, and the log of its reads. */
  readonly #base: PolicyView | undefined;
  readonly #log: ReadLog | undefined;
  /** The division, read without logging. */
  readonly #division: string | undefined;
  /** On a recording view of another place (`view.at(division)` inside a tracked computation): that division, which tags its reads; else ''. */
  readonly #at: string;

  /** @internal use {@link policyAt} */
  constructor(token: typeof MAKE, compiledPolicy: CompiledPolicy, day: number, division: string | undefined, flag: boolean, base?: PolicyView, log?: ReadLog, at = '') {
    if (token !== MAKE) {
      const message = 'a PolicyView is made by policyAt(policy, date, options)';
      throw new ValidationError({ 'zh-CN': '请用policyAt获得视图', en: 'Use policyAt to get a view' }, [{ path: [], code: 'use-policy-at', message, messages: { 'zh-CN': '视图由policyAt(policy, date, options)生成', en: message } }]);
    }
    this.#compiled = compiledPolicy;
    this.#day = day;
    this.date = formatCivilDate(day);
    this.division = division;
    this.#flag = flag;
    const chain: string[] = [];
    // a recording view reads through the view it records (it needs no chain nor segment of its own)
    if (division !== undefined && log === undefined) {
      for (const code of [division, prefectureCodeOf(division, ['options', 'division']), `${division.slice(0, 2)}0000`]) {
        if (code !== undefined && !chain.includes(code)) chain.push(code);
      }
    }
    this.#chain = chain;
    // views of divisions whose chains carry the same local measures answer alike: they share segments
    let measures = '';
    for (const code of chain) if (compiledPolicy.local.has(code)) measures += `${code},`;
    this.#seg = log !== undefined ? undefined : (compiledPolicy.segments.at(measures, day, flag) ?? new Segment());
    this.#base = base;
    this.#log = log;
    this.#division = division;
    this.#at = at;
    if (log !== undefined) {
      const date = this.date;
      Object.defineProperty(this, 'date', { enumerable: true, get: () => (log.add(READ_DATE, '', '', date), date) });
      // the division of a view of another place is the one the computation asked for: not a read
      Object.defineProperty(this, 'division', { enumerable: true, get: () => (at === '' && log.add(READ_DIVISION, '', '', division), division) });
    }
    Object.freeze(this);
  }

  /** A read made by a recording view: asked of the view it reads and logged (a read that throws taints the log). */
  #record(op: number, id: string, member: string): unknown {
    const log = this.#log as ReadLog;
    const base = this.#base as PolicyView;
    let answer: unknown;
    try {
      answer = op === READ_VALUE ? base.value(id) : op === READ_MEMBER ? base.member(id, member) : base.members(id);
    } catch (e) {
      log.tainted = true;
      throw e;
    }
    log.add(op, id, member, answer, this.#at);
    return answer;
  }

  /** The answer of this view to a read of a read tree. */
  #ask(r: Read): unknown {
    const op = r[0];
    const v = r[3] === '' ? this : this.at(r[3]);
    return op === READ_VALUE ? v.value(r[1]) : op === READ_MEMBER ? v.member(r[1], r[2]) : op === READ_MEMBERS ? v.members(r[1]) : op === READ_DATE ? this.date : this.division;
  }

  /**
   * The view of the same policy, day and mode at another place (an applicant's hukou, say), as
   * `policyAt(view.policy, view.date, { division, beyondVerified })` gives it. Inside a
   * {@link PolicyView.tracked} computation, read other places through it (not through
   * `policyAt`, which reads the date): its reads are logged with the place, so the value stays
   * shared by the days whose rules answer alike there too.
   *
   * @internal
   * @throws `UnknownDivisionError` for a code not in the GB/T 2260 catalogue.
   * @example
   * ```ts
   * const office = policyAt(defaultPolicy(), '2025-01-24', { division: '440300', beyondVerified: 'flag' });
   * office.at('510104').member('endorsement.hkmo.G.cities', '510100'); // Chengdu's entry in the scheme
   * ```
   */
  at(division: string): PolicyView {
    if (typeof division !== 'string') prefectureCodeOf(division, ['division']);
    const log = this.#log;
    if (log !== undefined) {
      // tagged with the place even when it is this view's own: the read tree asks other views the same reads
      if (division !== '' && division === this.#at) return this;
      const base = (this.#base as PolicyView).at(division);
      return new PolicyView(MAKE, this.#compiled, this.#day, division, this.#flag, base, log, division);
    }
    if (division === this.#division) return this;
    const compiledPolicy = this.#compiled;
    const day = this.#day;
    const flag = this.#flag;
    return compiledPolicy.views.get([2 * day + (flag ? 1 : 0), division], () => new PolicyView(MAKE, compiledPolicy, day, division, flag));
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
   * its prefecture or province) when one is in force, else the national value. The table is
   * named by its id (or its spec).
   *
   * @throws `UnknownTableError` for a table the policy does not have (or a set table);
   * `UnverifiedDateError` past its `verifiedThrough` (unless the view flags); `ValidationError`
   * when `spec` is neither an id nor a spec.
   * @example
   * ```ts
   * policyAt(defaultPolicy(), '2019-07-01').value('fee.passport.issue'); // { inForce: true, value: 12000, … }
   * ```
   */
  value<T = unknown>(spec: ValueTableHead<T> | string): ResolvedValue<T> {
    if (this.#log !== undefined) return this.#record(READ_VALUE, tableId(spec, 'value'), '') as ResolvedValue<T>;
    const values = (this.#seg as Segment).values;
    const known = values.get(typeof spec === 'string' ? spec : spec?.id);
    if (known) {
      if (NOTES.current !== undefined) noteRead((known as ResolvedValue<T>).table);
      return known as ResolvedValue<T>;
    }
    const id = tableId(spec, 'value');
    noteRead(id);
    const r = this.#lookup<T>(id);
    values.set(id, r);
    return r;
  }

  #lookup<T>(id: string): ResolvedValue<T> {
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
  member(spec: SetTableHead | string, member: string): ResolvedMember | undefined {
    const id = tableId(spec, 'member');
    const name = memberArgument(member);
    if (this.#log !== undefined) return this.#record(READ_MEMBER, id, name) as MemberAnswer;
    if (NOTES.current !== undefined) noteMember(id, name);
    const key = `${id}\u0000${name}`;
    const memberOf = (this.#seg as Segment).memberOf;
    if (memberOf.has(key)) return memberOf.get(key) as MemberAnswer;
    const found = this.#member(id, name);
    memberOf.set(key, found);
    return found;
  }

  #member(id: string, member: string): ResolvedMember | undefined {
    const tables = this.#sets(id);
    // past verifiedThrough, a non-member is as unverified as a member: check before answering
    let unverified = false;
    for (const [t] of tables) unverified = this.#check(id, t) || unverified;
    for (const [t, source] of tables) {
      for (const x of t.byMember.get(member) ?? []) {
        if (x.start <= this.#day && this.#day < x.end) return resolvedMember(x, source, unverified);
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
  has(spec: SetTableHead | string, member: string): boolean {
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
  members(spec: SetTableHead | string): readonly ResolvedMember[] {
    const id = tableId(spec, 'members');
    if (this.#log !== undefined) return this.#record(READ_MEMBERS, id, '') as readonly ResolvedMember[];
    noteRead(id);
    const membersOf = (this.#seg as Segment).membersOf;
    const known = membersOf.get(id);
    if (known) return known as readonly ResolvedMember[];
    const found = Object.freeze(this.#allMembers(id));
    membersOf.set(id, found);
    return found;
  }

  #allMembers(id: string): ResolvedMember[] {
    const tables = this.#sets(id);
    let unverified = false;
    for (const [t] of tables) unverified = this.#check(id, t) || unverified;
    const out = new Map<string, ResolvedMember>();
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
    if (typeof compute !== 'function' || (typeof key !== 'string' && !Array.isArray(key))) memoArguments(key, compute);
    return foundNoted((this.#memo ??= new KeyTrie(MEMO_LIMIT)).getWith(key, computeNoted, compute), compute) as T;
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
    if (typeof compute !== 'function' || !Array.isArray(key)) memoArguments(key, compute);
    return foundNoted(this.#compiled.shared.getWith(key, computeNoted, compute), compute) as T;
  }

  /**
   * A value computed from the view by `compute` and the facts named in `key`, shared by every
   * view whose rules answer the reads `compute` made the same way. `compute` is given a
   * recording view, and must read the rules only through it (never through a view it closes
   * over): each of its reads — `value`, `member`, `has`, `members`, and `date` and `division`
   * when it reads them — is logged with its answer, and a later view that gives the same
   * answers to the same reads gets the same value without computing it. `compute` must return
   * an immutable value that does not hold the view.
   *
   * @internal
   * @example
   * ```ts
   * view.tracked(['processing.plan', service, route], (v) => buildPlan(v, service, route));
   * ```
   */
  tracked<T>(key: readonly unknown[], compute: (view: PolicyView) => T): T {
    if (typeof compute !== 'function' || !Array.isArray(key)) memoArguments(key, compute);
    const seg = this.#seg;
    // a recording view answers through its reads (they are logged for the computation around it)
    if (seg === undefined) return this.#tracked(key, compute).value as T;
    // in the segment, a value that did not read the date is the same on every day (and at every
    // division of the segment's chain of local measures, unless it read the division)
    const division = this.#division ?? '';
    const kept = seg.tracked.peek(key) as Kept | typeof MISSING;
    if (kept === MISSING) {
      const t = this.#trackedNoted(key, compute, true);
      // computed on its first sight, unrecorded: nothing is known of what it read, so nothing is kept
      if (t.once) return t.value as T;
      seg.tracked.set(key, t.dated ? DATED : t.divisional ? new Map([[division, new Noted(t.value, t.reads)]]) : new Noted(t.value, t.reads));
      return t.value as T;
    }
    if (kept === DATED) return this.#tracked(key, compute).value as T;
    const found = kept instanceof Map ? kept.get(division) : kept;
    // found, not computed: its reads are noted again (or, kept before anyone noted, found again in its tree)
    if (found !== undefined) return (NOTES.current === undefined ? found.value : foundNoted(found, () => this.#tracked(key, compute))) as T;
    const t = this.#trackedNoted(key, compute);
    if (!t.dated) {
      const byDivision = kept as Map<string, Noted>;
      if (byDivision.size >= DIVISIONAL_LIMIT) byDivision.clear();
      byDivision.set(division, new Noted(t.value, t.reads));
    }
    return t.value as T;
  }

  /** `#tracked`, with the keys of the tables it read when reads are noted (to keep with its value). */
  #trackedNoted(key: readonly unknown[], compute: (view: PolicyView) => unknown, once = false): Tracked {
    if (NOTES.current === undefined) return this.#tracked(key, compute, once);
    const [t, reads] = withReads(() => this.#tracked(key, compute, once));
    return { ...t, reads: [...reads] };
  }

  /**
   * A tracked value from the read tree, or computed (and kept in the tree); `dated` when its
   * reads include the date (or failed), `divisional` when they include the division. With
   * `once`, a key never seen before is computed on this view, unrecorded (`once`): most keys of a
   * population of varied applicants are asked once, and recording them would cost more than it
   * saves; from its second sight on, a key is recorded and shared.
   */
  #tracked(key: readonly unknown[], compute: (view: PolicyView) => unknown, once = false): Tracked {
    if (once) {
      let first = false;
      this.#compiled.shared.get([SEEN, ...key], () => (first = true));
      if (first) return { value: compute(this), dated: true, divisional: true, once: true };
    }
    const tree = this.#compiled.shared.get([TRACKED, ...key], newTree);
    let found: { readonly value: unknown } | undefined;
    let dated = false;
    let divisional = false;
    try {
      found = tree.find((r) => {
        if (r[0] === READ_DATE) dated = true;
        else if (r[0] === READ_DIVISION) divisional = true;
        return this.#ask(r);
      });
    } catch {
      found = undefined;
    }
    if (found !== undefined) return { value: found.value, dated, divisional, once: false };
    const log = new ReadLog();
    const value = compute(new PolicyView(MAKE, this.#compiled, this.#day, this.#division, this.#flag, this, log));
    tree.add(log, value);
    return { value, dated: log.tainted || log.reads.some((r) => r[0] === READ_DATE), divisional: log.reads.some((r) => r[0] === READ_DIVISION), once: false };
  }

  #sets(id: string): [CompiledSet, RuleSource][] {
    const national = this.#compiled.national.get(id);
    if (!national) throw new UnknownTableError(id, 'not in this policy');
    if (national.kind !== 'set') throw new UnknownTableError(id, 'is a value table, not a set table');
    const out: [CompiledSet, RuleSource][] = [];
    for (const code of this.#chain) {
      const t = this.#compiled.local.get(code)?.get(id);
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
 * The rules of `policy` in force on `date` at `options.division`. The view is shared: the same
 * policy, day, place and mode give the same (immutable) view.
 *
 * @throws `InvalidDateError` for a bad date; `UnknownDivisionError` for a division code that is
 * not in the GB/T 2260 catalogue (county codes are accepted under a known prefecture);
 * `PolicyValidationError` for a policy that is not one; `ValidationError` for bad options, or
 * listing every problem when several arguments are wrong.
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2024-12-01', { division: '440300' });
 * ```
 */
export function policyAt(policy: Policy, date: CivilDate, options?: PolicyAtOptions): PolicyView {
  let day: number;
  let compiledPolicy: CompiledPolicy;
  if (optionIssues(options).length > 0) return argumentProblems(policy, date, options, checkPolicy);
  try {
    day = parseCivilDate(date, ['date']);
    compiledPolicy = compilePolicy(policy);
  } catch {
    return argumentProblems(policy, date, options, checkPolicy);
  }
  return viewAt(compiledPolicy, day, options);
}

/** The root's check of a policy: compiling it (its shape; each table when first read). */
const checkPolicy = (policy: unknown): unknown => compilePolicy(policy as Policy);

/** The shared view of a compiled policy on a day, at a division and in a mode. */
function viewAt(compiledPolicy: CompiledPolicy, day: number, options: PolicyAtOptions | undefined): PolicyView {
  const division = options?.division;
  const flag = options?.beyondVerified === 'flag';
  return compiledPolicy.views.get([2 * day + (flag ? 1 : 0), division ?? ''], () => new PolicyView(MAKE, compiledPolicy, day, division, flag));
}

/**
 * `policyAt` for the kiosk entry: the same views, for a policy the package built, validated or
 * has compiled already — `kioskPolicy()`, `defaultPolicy()`, a policy from `parsePolicy` or
 * `validatePolicy`, or any policy a `policyAt` of the package root has resolved. Such a policy
 * needs no check, so this function carries no schema library into a kiosk bundle; any other
 * policy is refused (a `ValidationError` saying how to validate it), never read unchecked.
 *
 * @throws `ValidationError` listing every problem: a policy the package does not know, a bad
 * date, bad options; `UnknownDivisionError` alone for a division code outside GB/T 2260.
 * @example
 * ```ts
 * import { kioskPolicy, policyAt } from 'churujing/kiosk';
 * const view = policyAt(kioskPolicy(), '2024-05-06', { division: '440304' });
 * view.value('kiosk.services').inForce; // true
 * ```
 */
export function policyAtKnown(policy: Policy, date: CivilDate, options?: PolicyAtOptions): PolicyView {
  const compiledPolicy = compileKnownPolicy(policy);
  let day: number;
  if (compiledPolicy === undefined || optionIssues(options).length > 0) return argumentProblems(policy, date, options, requireKnownPolicy);
  try {
    day = parseCivilDate(date, ['date']);
  } catch {
    return argumentProblems(policy, date, options, requireKnownPolicy);
  }
  return viewAt(compiledPolicy, day, options);
}

/**
 * A view of a policy the package has compiled (the policy of a view, `view.policy`): for the
 * package's own reads of other places or modes of the same policy, which need no check and so
 * carry no schema. Throws an `Error` for a policy never compiled: a defect of the caller inside
 * the package, not a caller's mistake (no entry point exports this).
 *
 * @internal
 * @example
 * ```ts
 * viewOf(view.policy, view.date, { division: applicant.hukou, beyondVerified: 'flag' });
 * ```
 */
export function viewOf(policy: Policy, date: CivilDate, options?: PolicyAtOptions): PolicyView {
  const compiledPolicy = compileKnownPolicy(policy);
  if (compiledPolicy === undefined) throw new Error('viewOf: a policy the package has not compiled (resolve it with policyAt first)');
  return viewAt(compiledPolicy, parseCivilDate(date, ['date']), options);
}
