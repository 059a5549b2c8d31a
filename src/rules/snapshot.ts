/**
 * Deeply frozen snapshots of plain data (policies, tables, catalogues), so values the library
 * shares between calls — compiled policies, per-day plans, catalogue labels — can be handed to
 * callers without a caller's change to one result leaking into the next.
 *
 * @module
 */

/**
 * A deeply frozen copy of plain data (objects, arrays, primitives). Parts that are already
 * deeply frozen are reused, not copied, so snapshotting frozen data costs one walk.
 *
 * @internal
 * @example
 * ```ts
 * const s = snapshot({ a: [1, 2] });
 * Object.isFrozen(s.a); // true
 * ```
 */
export function snapshot<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let same = Object.isFrozen(value);
    const items = value.map((v: unknown) => {
      const s = snapshot(v);
      if (s !== v) same = false;
      return s;
    });
    return (same ? value : Object.freeze(items)) as T;
  }
  let same = Object.isFrozen(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const s = snapshot(v);
    if (s !== v) same = false;
    // keys such as __proto__ are data: define them, never assign (which would set the prototype)
    Object.defineProperty(out, k, { value: s, enumerable: true, writable: true, configurable: true });
  }
  return (same ? value : Object.freeze(out)) as T;
}

/**
 * Freezes plain data in place, deeply, and returns it: for module-level constants the library
 * owns (catalogues, labels, citations) and for results it shares between calls (per-day plans).
 * An object already frozen is taken as frozen with all it reaches (the policy core's entries,
 * reasons, which freeze their own parameters), so freezing a result does not walk them again.
 *
 * @internal
 * @example
 * ```ts
 * const LABELS = deepFreeze({ passport: { 'zh-CN': '普通护照', en: 'ordinary passport' } });
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
