/**
 * A bounded cache keyed by sequences of parts: the one cache structure of the policy core
 * (compiled views, per-view memos, plans shared between views).
 *
 * @module
 */

/**
 * A part of a memo key. Keys given as parts are looked up part by part (nested maps), which is
 * several times cheaper than building and hashing one long string per call.
 *
 * @internal
 * @example
 * ```ts
 * const key: MemoPart[] = ['validity', 'passport', 34];
 * ```
 */
export type MemoPart = string | number | boolean | undefined;

const LEAF = Symbol('value');

/** What {@link KeyTrie.peek} answers for a key with no value kept. @internal */
export const MISSING: unique symbol = Symbol('missing');

/**
 * The end of a key below a node, kept whole rather than one map per part (most keys share no
 * more than their first parts with another: a key needs one map per part only where keys part).
 */
class Tail {
  constructor(
    readonly rest: readonly unknown[],
    readonly value: unknown,
  ) {}
}

type Node = Map<unknown, unknown>;

const NO_PARTS: readonly unknown[] = Object.freeze([]);

function sameRest(rest: readonly unknown[], key: readonly unknown[], from: number): boolean {
  if (rest.length !== key.length - from) return false;
  // as a Map compares keys (SameValueZero)
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    const y = key[from + i];
    if (x !== y && (x === x || y === y)) return false;
  }
  return true;
}

/**
 * A cache keyed by sequences of parts (nested maps, one level per part where keys differ; the
 * rest of a key below the last part it shares is kept whole), holding at most `limit` values:
 * past it, it starts afresh (what is still used comes back at once).
 *
 * @internal
 * @example
 * ```ts
 * const cache = new KeyTrie(512);
 * cache.get(['fees', '510100', true], () => buildQuotePlan());
 * ```
 */
export class KeyTrie {
  readonly #root: Node = new Map();
  #size = 0;
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value under `key`, or {@link MISSING} when none is kept. */
  peek(key: readonly unknown[]): unknown {
    return this.#find(key);
  }

  /** Keeps `value` under `key`, unless a value is kept there already (as {@link KeyTrie.get} keeps a computed one). */
  set(key: readonly unknown[], value: unknown): void {
    this.get(key, () => value);
  }

  /** The value under `key`, computed and kept the first time (nothing is kept when `compute` throws). */
  get<T>(key: string | readonly unknown[], compute: () => T): T {
    const parts: readonly unknown[] = typeof key === 'string' ? [key] : key;
    const known = this.#find(parts);
    return known !== MISSING ? (known as T) : this.#keep(parts, compute());
  }

  /** Like {@link KeyTrie.get}, the value made by `make(arg)` the first time (no closure to allocate on every call). */
  getWith<A, T>(key: string | readonly unknown[], make: (arg: A) => T, arg: A): T {
    const parts: readonly unknown[] = typeof key === 'string' ? [key] : key;
    const known = this.#find(parts);
    return known !== MISSING ? (known as T) : this.#keep(parts, make(arg));
  }

  #find(parts: readonly unknown[]): unknown {
    let node: Node = this.#root;
    for (let i = 0; ; i++) {
      if (i === parts.length) {
        const known = node.get(LEAF);
        return known !== undefined || node.has(LEAF) ? known : MISSING;
      }
      const next = node.get(parts[i]);
      if (next === undefined) return MISSING;
      if (next instanceof Tail) return sameRest(next.rest, parts, i + 1) ? next.value : MISSING;
      node = next as Node;
    }
  }

  #keep<T>(parts: readonly unknown[], v: T): T {
    if (++this.#size > this.#limit) {
      this.#root.clear();
      this.#size = 1;
    }
    // computing may have used the cache: walk again from the root
    let at: Node = this.#root;
    for (let i = 0; ; i++) {
      if (i === parts.length) {
        at.set(LEAF, v);
        return v;
      }
      const part = parts[i];
      const next = at.get(part);
      if (next === undefined) {
        at.set(part, new Tail(i + 1 === parts.length ? NO_PARTS : parts.slice(i + 1), v));
        return v;
      }
      if (next instanceof Tail) {
        if (sameRest(next.rest, parts, i + 1)) {
          at.set(part, new Tail(next.rest, v));
          return v;
        }
        // the keys part below here: this level becomes a map
        const split: Node = new Map();
        if (next.rest.length === 0) split.set(LEAF, next.value);
        else split.set(next.rest[0], new Tail(next.rest.length === 1 ? NO_PARTS : next.rest.slice(1), next.value));
        at.set(part, split);
        at = split;
      } else at = next as Node;
    }
  }
}

/**
 * A map that holds at most `limit` entries (past it, it starts afresh): for lookups keyed by
 * what a caller passes in.
 *
 * @internal
 * @example
 * ```ts
 * const seen = new BoundedMap<string, boolean>(4096);
 * ```
 */
export class BoundedMap<K, V> {
  readonly #map = new Map<K, V>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  set(key: K, value: V): void {
    if (this.#map.size >= this.#limit && !this.#map.has(key)) this.#map.clear();
    this.#map.set(key, value);
  }

  get size(): number {
    return this.#map.size;
  }
}
