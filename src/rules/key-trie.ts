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

function child(node: Map<unknown, unknown>, part: unknown): Map<unknown, unknown> {
  let next = node.get(part) as Map<unknown, unknown> | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(part, next);
  }
  return next;
}

/**
 * A cache keyed by sequences of parts (nested maps, one level per part), holding at most
 * `limit` values: past it, it starts afresh (what is still used comes back at once).
 *
 * @internal
 * @example
 * ```ts
 * const cache = new KeyTrie(512);
 * cache.get(['fees', '510100', true], () => buildQuotePlan());
 * ```
 */
export class KeyTrie {
  readonly #root = new Map<unknown, unknown>();
  #size = 0;
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value under `key`, computed and kept the first time (nothing is kept when `compute` throws). */
  get<T>(key: string | readonly unknown[], compute: () => T): T {
    let node: Map<unknown, unknown> | undefined = this.#root;
    if (typeof key === 'string') node = node.get(key) as Map<unknown, unknown> | undefined;
    else for (let i = 0; i < key.length && node !== undefined; i++) node = node.get(key[i]) as Map<unknown, unknown> | undefined;
    if (node !== undefined) {
      const known = node.get(LEAF);
      if (known !== undefined || node.has(LEAF)) return known as T;
    }
    const v = compute();
    if (++this.#size > this.#limit) {
      this.#root.clear();
      this.#size = 1;
    }
    let at = this.#root;
    if (typeof key === 'string') at = child(at, key);
    else for (let i = 0; i < key.length; i++) at = child(at, key[i]);
    at.set(LEAF, v);
    return v;
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
