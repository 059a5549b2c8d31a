/**
 * Compiling a policy for lookups: each table as sorted spans (value tables) or members indexed
 * by name (set tables), built on first read. The compiled form is cached per policy object. A
 * policy is a value: the first `policyAt` on a policy that is not frozen yet freezes it, deeply
 * and in place (every policy the library returns already is), so a caller cannot change it
 * after handing it in and the cache can never answer from old content. Freezing costs one walk
 * of the policy, once; every later call finds it in O(1).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CivilDate, parseCivilDate } from './civil-date.js';
import type { Issue } from './errors.js';
import { KeyTrie } from './key-trie.js';
import { Segments } from './segments.js';
import { materialize } from './apply-changes.js';
import { spanOf } from './period.js';
import { PolicyValidationError } from './policy-error.js';
import { type Policy, changeSchema } from './policy.js';
import type { ResolvedMember, ResolvedValue, RuleSource } from './resolved.js';
import { freezeInPlace, snapshot } from './snapshot.js';
import { trustedFlat } from './trusted-policies.js';
import { type SetMember, type TableData, labelSchema, tableDataSchema, type ValueEntry } from './table.js';
import { issuesOf, REPORT_INPUT } from './zod-issues.js';

/** A value table compiled. @internal */
export interface CompiledValue {
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

/** A set member compiled. @internal */
export interface CompiledMember {
  readonly start: number;
  readonly end: number;
  readonly m: SetMember;
  /** The member as views hand it out, verified [0] and unverified [1], built once (frozen). */
  readonly resolved: (ResolvedMember | undefined)[];
}

/** A set table compiled, its members in order and by name. @internal */
export interface CompiledSet {
  readonly kind: 'set';
  readonly verifiedThrough: number;
  readonly verifiedThroughDate: CivilDate;
  readonly members: readonly CompiledMember[];
  readonly byMember: ReadonlyMap<string, readonly CompiledMember[]>;
  readonly source: RuleSource;
}

/** Any table compiled. @internal */
export type CompiledTable = CompiledValue | CompiledSet;

/** The member entry as handed out (frozen, built once). @internal */
export function resolvedMember(x: CompiledMember, source: RuleSource, unverified: boolean): ResolvedMember {
  return (x.resolved[unverified ? 1 : 0] ??= Object.freeze({ ...x.m, source, unverified }));
}

/**
 * How many views a compiled policy keeps (each with what was finished on it for the facts
 * asked). A view is cheap to make again now that the days of a segment share their lookups and
 * plans, while every view kept holds its results through the young generation's collections:
 * on a new (date, office) at every call, 128 runs ~1.25× faster than 512, and a day asked again
 * finds its view as before.
 */
const VIEW_LIMIT = 128;
/** How many shared values a compiled policy keeps (see `PolicyView.shared`). */
const SHARED_LIMIT = 16384;

/** A policy compiled. @internal */
export interface CompiledPolicy {
  /** The policy compiled (deeply frozen). */
  readonly policy: Policy;
  readonly national: LazyTables;
  readonly local: ReadonlyMap<string, LazyTables>;
  /** Recent views by day and mode (`2 × day + flag`), then division (views are immutable; bounded). */
  readonly views: KeyTrie;
  /** Values shared by every view whose rules are the same (see `PolicyView.shared`). */
  readonly shared: KeyTrie;
  /** The policy's segments: days on which every table answers alike (see segments.ts). */
  readonly segments: Segments;
}

function compileTable(t: TableData, source: RuleSource): CompiledTable {
  const verifiedThrough = parseCivilDate(t.verifiedThrough);
  if (t.kind === 'value') {
    const entries = [...t.entries].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const spans = entries.map(spanOf);
    return { kind: 'value', verifiedThrough, verifiedThroughDate: t.verifiedThrough, starts: spans.map((s) => s.start), ends: spans.map((s) => s.end), entries, source, resolved: [] };
  }
  const members = t.members.map((m): CompiledMember => ({ ...spanOf(m), m, resolved: [] }));
  const byMember = new Map<string, CompiledMember[]>();
  for (const x of members) {
    const list = byMember.get(x.m.member);
    if (list) list.push(x);
    else byMember.set(x.m.member, [x]);
  }
  return { kind: 'set', verifiedThrough, verifiedThroughDate: t.verifiedThrough, members, byMember, source };
}

/**
 * Compiled tables by their data and where they come from ('' national, else the division code).
 * A table's data is frozen before it is compiled, so it compiles alike in every policy that holds
 * it: two policies sharing a table's data (a what-if candidate and its baseline, see
 * `preparePair`) share its compiled form, and so the resolved values and members their views
 * hand out, which is what lets them share tracked computations (see {@link linkPolicies}). A
 * weak map: an entry lives as long as the table's data.
 */
const TABLES = new WeakMap<object, Map<string, CompiledTable>>();

/**
 * A policy's tables, each compiled on first use: a policy has hundreds of tables and a call
 * reads a few, so a fresh process does not compile the tables it never reads. Each table's
 * structure is checked when it is first read (a policy the caller built by hand may be wrong
 * there): a broken table is a `PolicyValidationError` naming it, never a crash.
 *
 * @internal
 */
export class LazyTables {
  readonly #data: Readonly<Record<string, TableData>>;
  readonly #compiled = new Map<string, CompiledTable>();
  readonly #source: RuleSource;
  readonly #code: string;
  readonly #path: readonly PropertyKey[];

  readonly #checkTable: TableCheck | undefined;

  /** `checkTable` checks each table's structure when first read (none for a trusted policy). */
  constructor(tables: Readonly<Record<string, TableData>>, source: RuleSource, path: readonly PropertyKey[], checkTable: TableCheck | undefined) {
    this.#data = tables;
    this.#checkTable = checkTable;
    this.#source = source;
    this.#code = source.level === 'local' ? source.division : '';
    this.#path = path;
  }

  get(id: string): CompiledTable | undefined {
    let c = this.#compiled.get(id);
    if (c === undefined) {
      if (typeof id !== 'string' || !Object.hasOwn(this.#data, id)) return undefined;
      const t = this.#data[id] as TableData;
      const isObject = typeof t === 'object' && t !== null;
      let byCode = isObject ? TABLES.get(t) : undefined;
      c = byCode?.get(this.#code);
      if (c === undefined) {
        this.#checkTable?.(t, [...this.#path, id]);
        c = compileTable(t, this.#source);
        if (isObject) {
          if (byCode === undefined) TABLES.set(t, (byCode = new Map()));
          byCode.set(this.#code, c);
        }
      }
      this.#compiled.set(id, c);
    }
    return c;
  }
}

/** A check of one table's structure, throwing a `PolicyValidationError` naming it. */
type TableCheck = (table: unknown, path: readonly PropertyKey[]) => void;

/** The structural check of a table read from a policy that is not trusted. */
function checkTableData(table: unknown, path: readonly PropertyKey[]): void {
  const r = tableDataSchema.safeParse(table, REPORT_INPUT);
  if (!r.success) throw new PolicyValidationError(issuesOf(r.error, path));
}

/** The top-level shape of a policy (tables are checked one by one when first read). */
const policyShapeSchema = /* @__PURE__ */ z.strictObject({
  schema: /* @__PURE__ */ z.literal('churujing.policy/1'),
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ z.optional(labelSchema),
  national: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()),
  local: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.strictObject({ label: /* @__PURE__ */ z.optional(labelSchema), tables: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()) })),
  changes: /* @__PURE__ */ z.array(changeSchema),
  instruments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown())),
});

/** Problems that stop a policy from being compiled (its shape, and changes that cannot be folded). @internal */
export function compileIssues(policy: unknown): Issue[] {
  const r = policyShapeSchema.safeParse(policy, REPORT_INPUT);
  if (!r.success) return issuesOf(r.error);
  return [];
}

/** Compiled policies by policy object (each deeply frozen when first compiled). */
const compiled = new WeakMap<object, CompiledPolicy>();
const NATIONAL: RuleSource = /* @__PURE__ */ Object.freeze({ level: 'national' });

/**
 * The compiled form of a policy, cached per policy object. A policy not yet frozen is checked
 * (its shape; each table when first read) and frozen in place, deeply.
 *
 * @internal
 * @throws `PolicyValidationError` when the policy's shape is wrong (its tables are checked
 * when first read) or a change cannot be folded in; `ValidationError` when it is not plain
 * data or nests deeper than 64 levels.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  return compiledWith(policy, undefined);
}

function compiledWith(policy: Policy, shared: KeyTrie | undefined): CompiledPolicy {
  const known = compiledAlready(policy);
  if (known) return known;
  const trusted = trustedFlat(policy);
  if (trusted !== undefined) return build(policy, trusted, shared, undefined);
  const issues = compileIssues(policy);
  if (issues.length > 0) throw new PolicyValidationError(issues);
  freezeInPlace(policy);
  return build(policy, policy.changes.length ? snapshot(materialize(policy)) : policy, shared, checkTableData);
}

/**
 * The compiled form of a policy the package has compiled already, or of one it validated or
 * assembled (see trusted-policies.ts), without any check; `undefined` for any other policy.
 * Carries no schema: the kiosk entry's `policyAt` resolves policies through it.
 *
 * @internal
 * @example
 * ```ts
 * compileKnownPolicy(kioskPolicy()); // compiled
 * compileKnownPolicy({}); // undefined
 * ```
 */
export function compileKnownPolicy(policy: unknown): CompiledPolicy | undefined {
  const known = compiledAlready(policy);
  if (known) return known;
  const trusted = trustedFlat(policy);
  return trusted === undefined ? undefined : build(policy as Policy, trusted, undefined, undefined);
}

/** The compiled form of a policy compiled before. */
function compiledAlready(policy: unknown): CompiledPolicy | undefined {
  return policy !== null && typeof policy === 'object' ? compiled.get(policy) : undefined;
}

/**
 * Compiles a frozen policy from its folded form `flat` (itself when it has no changes);
 * `checkTable` checks each table when first read (none when trusted).
 */
function build(policy: Policy, flat: Policy, shared: KeyTrie | undefined, checkTable: TableCheck | undefined): CompiledPolicy {
  const national = new LazyTables(flat.national, NATIONAL, ['national'], checkTable);
  const local = new Map(Object.entries(flat.local).map(([code, m]) => [code, new LazyTables(m.tables, Object.freeze({ level: 'local', division: code }), ['local', code, 'tables'], checkTable)]));
  const segments = new Segments(flat.national, new Map(Object.entries(flat.local).map(([code, m]) => [code, m.tables])));
  const c: CompiledPolicy = { policy, national, local, views: new KeyTrie(VIEW_LIMIT), shared: shared ?? new KeyTrie(SHARED_LIMIT), segments };
  compiled.set(policy, c);
  return c;
}

/**
 * Compiles `candidate` so that it shares `baseline`'s shared values and tracked computations
 * (`PolicyView.shared`, `PolicyView.tracked`): a computation recorded under one policy is found
 * by the other whenever the reads it made answer alike there, which they do, by identity, for
 * every table whose data the two share (see {@link TABLES}). What differs is computed afresh.
 * Nothing changes when `candidate` is already compiled (it keeps its own caches).
 *
 * @internal
 * @example
 * ```ts
 * linkPolicies(pair.baseline, pair.candidate);
 * ```
 */
export function linkPolicies(baseline: Policy, candidate: Policy): void {
  compiledWith(candidate, compilePolicy(baseline).shared);
}
