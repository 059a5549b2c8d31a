/**
 * Two policies made ready for comparing many evaluations: their what-if changes folded in,
 * deeply frozen, and the candidate's tables, entries and members that equal the baseline's
 * replaced by the baseline's own objects. Evaluations under the two then share those objects
 * (citations, values, and the compiled tables with the values resolved from them), and the
 * candidate is compiled to share the baseline's tracked computations: whatever an evaluation
 * under the candidate decides from tables the two share, it finds already decided under the
 * baseline, as the same object. So a diff finds most equal parts by identity; and the days on which the
 * two can answer differently are known, so an application accepted on another day need not be
 * evaluated twice; and the reads on which they can answer differently are known, so an
 * application whose evaluation under the baseline read none of them need not be evaluated under
 * the candidate (see read-difference.ts). Kept per pair of policy objects (a weak cache: it lives as long as they do).
 *
 * @module
 */
import { materialize } from '../rules/apply-changes.js';
import { linkPolicies } from '../rules/compile-policy.js';
import type { LocalMeasures, Policy } from '../rules/policy.js';
import { snapshot } from '../rules/snapshot.js';
import type { SetMember, TableData, ValueEntry } from '../rules/table.js';
import { policyDifferences } from './compare-policies.js';
import { canonical, deepEqual } from './diff-values.js';
import type { ReadDifference } from './read-difference.js';
import type { DaySpan } from './table-difference.js';

/** A pair of policies ready for {@link diffOutcomes}. @internal */
export interface PreparedPair {
  readonly baseline: Policy;
  readonly candidate: Policy;
  /** Sorted disjoint day spans on which some table answers differently. */
  readonly spans: readonly DaySpan[];
  /**
   * The reads that can answer differently, table by table; `undefined` when the two policies
   * differ in more than their tables (their instruments), so that every application is
   * evaluated under both.
   */
  readonly reads: readonly ReadDifference[] | undefined;
}

const PAIRS = new WeakMap<Policy, WeakMap<Policy, PreparedPair>>();

/** `b`'s table with the items equal to one of `a`'s replaced by `a`'s. */
function shareTable(a: TableData | undefined, b: TableData): TableData {
  if (a === undefined || a.kind !== b.kind) return b;
  if (deepEqual(a, b)) return a;
  const items: readonly (ValueEntry<unknown> | SetMember)[] = a.kind === 'value' ? a.entries : a.members;
  const byText = new Map<string, ValueEntry<unknown> | SetMember>();
  for (const x of items) byText.set(canonical(x), x);
  const share = <T>(x: T): T => (byText.get(canonical(x)) as T | undefined) ?? x;
  return b.kind === 'value' ? { ...b, entries: b.entries.map(share) } : { ...b, members: b.members.map(share) };
}

function shareTables(a: Readonly<Record<string, TableData>>, b: Readonly<Record<string, TableData>>): Record<string, TableData> {
  const out: Record<string, TableData> = {};
  for (const id of Object.keys(b)) {
    const t = shareTable(Object.hasOwn(a, id) ? a[id] : undefined, b[id] as TableData);
    Object.defineProperty(out, id, { value: t, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The prepared pair for two structurally valid policies.
 *
 * @internal
 * @example
 * ```ts
 * const { spans } = preparePair(defaultPolicy(), withChanges(defaultPolicy(), changes));
 * ```
 */
export function preparePair(baseline: Policy, candidate: Policy): PreparedPair {
  let byCandidate = PAIRS.get(baseline);
  const known = byCandidate?.get(candidate);
  if (known) return known;
  // materialize makes a new policy object: skip it when there is nothing to fold, so that a
  // frozen baseline (the built-in policy) keeps its identity and its warm caches
  const a = snapshot(baseline.changes.length > 0 ? materialize(baseline) : baseline);
  const fb = candidate.changes.length > 0 ? materialize(candidate) : candidate;
  const local: Record<string, LocalMeasures> = {};
  for (const code of Object.keys(fb.local)) {
    const la = Object.hasOwn(a.local, code) ? a.local[code] : undefined;
    const lb = fb.local[code] as LocalMeasures;
    const m = la && deepEqual(la, lb) ? la : { ...lb, tables: shareTables(la?.tables ?? {}, lb.tables) };
    Object.defineProperty(local, code, { value: m, enumerable: true, writable: true, configurable: true });
  }
  const b = snapshot({ ...fb, national: shareTables(a.national, fb.national), local, changes: [] });
  // the candidate finds the baseline's computations wherever the tables they read are shared
  linkPolicies(a, b);
  const differences = policyDifferences(a, b);
  const reads = deepEqual(a.instruments ?? [], b.instruments ?? []) ? differences.reads : undefined;
  const pair: PreparedPair = { baseline: a, candidate: b, spans: differences.spans, reads };
  if (!byCandidate) PAIRS.set(baseline, (byCandidate = new WeakMap()));
  byCandidate.set(candidate, pair);
  return pair;
}
