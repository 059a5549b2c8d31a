/**
 * A structural diff of two evaluation results, generic over their shape: every leaf that
 * differs, with its path and the values before and after. It knows three things about results:
 *
 * - arrays of reasons (objects with a string `code` and `params`) are compared as lists of
 *   reasons: a reason is added or removed (keyed by code and parameters, order ignored), and a
 *   reason on both sides is compared field by field;
 * - arrays of objects with a unique identifying field (`item`, `id`, `table`, `member`) are
 *   matched on it (`fees.lines[item=passport.issue]`), others by position;
 * - a citation (an object with an `issuer` and a `title`) is one value: when it differs, it is
 *   reported once, whole, before and after;
 * - `message` (rendered from a reason's code and parameters) and `nextSteps` (rendered from the
 *   rest of the result) are text made from what is compared, and are skipped; so is `period`, the
 *   period of the rule that applied (a change from 2026 ends the rule in force before it: that is
 *   not a change in the outcome of an application of 2025).
 *
 * Parts equal by identity are not walked: `diffOutcomes` prepares the two policies so that the
 * candidate shares the baseline's equal entries, and so their citations and values, and the
 * computations that read only what the two share (the same plan objects on both sides).
 *
 * @module
 */
import { formatPath, type PathSegment } from './result-paths.js';

/** One value that differs: absent on a side means the property or element is not there. */
export interface ValueChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A reason present on one side only. */
export interface ReasonChange {
  /** Path of the list of reasons it is in. */
  readonly path: string;
  readonly change: 'added' | 'removed';
  readonly code: string;
  readonly params: unknown;
}

/** What differs between two values. */
export interface ValueDiff {
  readonly values: ValueChange[];
  readonly reasons: ReasonChange[];
}

const SKIPPED = new Set(['message', 'nextSteps', 'period']);

/**
 * Frozen values known equal (for the diff): the baseline's value → the candidate's. Results share
 * frozen parts between calls (each policy's per-day plans), so the same two plans meet again
 * and again in a population: they are compared once. A weak map (its entries live as long as the
 * baseline's values) with one partner per value.
 */
const EQUAL = new WeakMap<object, object>();

/**
 * How {@link EQUAL} pays: pairs found in it, pairs kept, pairs that could have been kept. Keeping
 * a pair costs a walk and a weak entry; it pays only if the same two values meet again, which
 * they do when results share parts between calls (a population of one office-day: its views and
 * their memos are reused) and hardly ever when every result is made afresh (a population spread
 * over many days and offices, whose views the policy does not keep). So while few pairs are found
 * again, only one equal pair in 32 is kept (enough to notice when that changes); the counts halve
 * from time to time, so the choice follows the population.
 */
const memo = { hits: 0, kept: 0, candidates: 0 };

function worthKeeping(): boolean {
  if (++memo.candidates >= 1 << 14) {
    memo.hits >>= 1;
    memo.kept >>= 1;
    memo.candidates >>= 1;
  }
  if (memo.hits * 4 < memo.kept && (memo.candidates & 31) !== 0) return false;
  memo.kept++;
  return true;
}
const KEYS = ['item', 'id', 'table', 'member'] as const;


/**
 * What differs between `before` and `after`, with paths (see the module note).
 *
 * @example
 * ```ts
 * diffValues({ fees: { totalFen: 8500 } }, { fees: { totalFen: 7000 } }).values;
 * // [{ path: 'fees.totalFen', before: 8500, after: 7000 }]
 * ```
 */
export function diffValues(before: unknown, after: unknown): ValueDiff {
  const out: ValueDiff = { values: [], reasons: [] };
  walk(before, after, [], out);
  return out;
}

function isObject(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}

function walk(a: unknown, b: unknown, path: PathSegment[], out: ValueDiff): void {
  if (a === b) return;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) {
    // numbers: NaN never occurs in results; anything else that is not identical differs
    out.values.push(change(path, a, b));
    return;
  }
  if (isCitation(a) && isCitation(b)) {
    if (!deepEqual(a, b)) out.values.push(change(path, a, b));
    return;
  }
  if (!Object.isFrozen(a) || !Object.isFrozen(b)) {
    compound(a, b, path, out);
    return;
  }
  if (EQUAL.get(a) === b) {
    memo.hits++;
    return;
  }
  const values = out.values.length;
  const reasons = out.reasons.length;
  compound(a, b, path, out);
  if (out.values.length === values && out.reasons.length === reasons && worthKeeping() && deeplyFrozen(a) && deeplyFrozen(b)) EQUAL.set(a, b);
}

/** Values known deeply frozen (a weak set: it lives as long as they do). */
const DEEPLY_FROZEN = new WeakSet<object>();

/** Whether a value and everything it holds is frozen (so what was equal stays equal). */
function deeplyFrozen(v: object): boolean {
  if (DEEPLY_FROZEN.has(v)) return true;
  if (!Object.isFrozen(v)) return false;
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object' && !deeplyFrozen(x)) return false;
  }
  DEEPLY_FROZEN.add(v);
  return true;
}

function change(path: readonly PathSegment[], a: unknown, b: unknown): ValueChange {
  const p = formatPath(path);
  return a === undefined ? { path: p, after: b } : b === undefined ? { path: p, before: a } : { path: p, before: a, after: b };
}

function compound(a: object, b: object, path: PathSegment[], out: ValueDiff): void {
  if (Array.isArray(a)) {
    array(a, b as unknown[], path, out);
    return;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k in ra) {
    if (!Object.hasOwn(ra, k) || SKIPPED.has(k)) continue;
    path.push(k);
    walk(ra[k], Object.hasOwn(rb, k) ? rb[k] : undefined, path, out);
    path.pop();
  }
  for (const k in rb) {
    if (!Object.hasOwn(rb, k) || SKIPPED.has(k) || Object.hasOwn(ra, k)) continue;
    path.push(k);
    walk(undefined, rb[k], path, out);
    path.pop();
  }
}

function isCitation(v: object): boolean {
  return typeof (v as { issuer?: unknown }).issuer === 'string' && typeof (v as { title?: unknown }).title === 'string';
}

function isReason(v: unknown): v is { code: string; params?: unknown } {
  return isObject(v) && typeof (v as { code?: unknown }).code === 'string' && Object.hasOwn(v, 'params');
}

/** Structural equality of JSON values (key order ignored; own properties only). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let n = 0;
  for (const k in ra) {
    if (!Object.hasOwn(ra, k)) continue;
    if (ra[k] === undefined) continue;
    if (!Object.hasOwn(rb, k) || !deepEqual(ra[k], rb[k])) return false;
    n++;
  }
  for (const k in rb) if (Object.hasOwn(rb, k) && rb[k] !== undefined) n--;
  return n === 0;
}

/** A canonical text of a JSON value (object keys sorted): reason keys. */
export function canonical(v: unknown): string {
  if (!isObject(v)) return v === undefined ? 'undefined' : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

function array(a: readonly unknown[], b: readonly unknown[], path: PathSegment[], out: ValueDiff): void {
  if ((a.length > 0 && isReason(a[0])) || (a.length === 0 && b.length > 0 && isReason(b[0]))) {
    if (a.every(isReason) && b.every(isReason)) {
      reasons(a, b, path, out);
      return;
    }
  }
  const key = keyOf(a, b);
  if (key !== undefined) {
    const byKey = new Map<string, unknown>();
    for (const x of b) byKey.set(String((x as Record<string, unknown>)[key]), x);
    const seen = new Set<string>();
    for (const x of a) {
      const k = String((x as Record<string, unknown>)[key]);
      seen.add(k);
      path.push({ key, value: k });
      walk(x, byKey.get(k), path, out);
      path.pop();
    }
    for (const x of b) {
      const k = String((x as Record<string, unknown>)[key]);
      if (seen.has(k)) continue;
      path.push({ key, value: k });
      walk(undefined, x, path, out);
      path.pop();
    }
    return;
  }
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    path.push(i);
    walk(i < a.length ? a[i] : undefined, i < b.length ? b[i] : undefined, path, out);
    path.pop();
  }
}

/** An identifying field every element of both arrays has, unique on each side. */
function keyOf(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  const first = a[0] ?? b[0];
  if (!isObject(first) || Array.isArray(first)) return undefined;
  for (const key of KEYS) {
    if (!Object.hasOwn(first, key)) continue;
    if (unique(a, key) && unique(b, key)) return key;
  }
  return undefined;
}

function unique(list: readonly unknown[], key: string): boolean {
  const seen = new Set<unknown>();
  for (const x of list) {
    if (!isObject(x) || !Object.hasOwn(x, key)) return false;
    const v = (x as Record<string, unknown>)[key];
    if ((typeof v !== 'string' && typeof v !== 'number') || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

function reasons(a: readonly unknown[], b: readonly unknown[], path: PathSegment[], out: ValueDiff): void {
  // Fast path: the same reasons in the same order (the usual case): compare them in place.
  if (a.length === b.length) {
    let same = true;
    for (let i = 0; i < a.length && same; i++) {
      const x = a[i] as { code: string; params?: unknown };
      const y = b[i] as { code: string; params?: unknown };
      same = x === y || EQUAL.get(x) === y || (x.code === y.code && deepEqual(x.params, y.params));
    }
    if (same) {
      for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i]) continue;
        path.push({ key: 'code', value: (a[i] as { code: string }).code });
        walk(a[i], b[i], path, out);
        path.pop();
      }
      return;
    }
  }
  const keyOfReason = (r: unknown) => `${(r as { code: string }).code}\u0000${canonical((r as { params?: unknown }).params)}`;
  const left = new Map<string, unknown[]>();
  for (const r of a) {
    const k = keyOfReason(r);
    const list = left.get(k);
    if (list) list.push(r);
    else left.set(k, [r]);
  }
  const at = formatPath(path);
  for (const r of b) {
    const k = keyOfReason(r);
    const list = left.get(k);
    const match = list?.shift();
    if (match !== undefined) {
      path.push({ key: 'code', value: (r as { code: string }).code });
      walk(match, r, path, out);
      path.pop();
    } else out.reasons.push({ path: at, change: 'added', code: (r as { code: string }).code, params: (r as { params?: unknown }).params });
  }
  for (const list of left.values()) for (const r of list) out.reasons.push({ path: at, change: 'removed', code: (r as { code: string }).code, params: (r as { params?: unknown }).params });
}
