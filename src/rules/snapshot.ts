/**
 * Deeply frozen snapshots of plain data (policies, tables, catalogues), so values the library
 * shares between calls — compiled policies, per-day plans, catalogue labels — can be handed to
 * callers without a caller's change to one result leaking into the next.
 *
 * @module
 */
import { ValidationError } from './errors.js';

/**
 * Objects known to be deeply frozen: made by {@link snapshot} or {@link deepFreeze}, or checked
 * by {@link snapshot}. A snapshot of one of them is itself, found in O(1): a policy that is the
 * built-in one with a change or two on top is copied only where it differs.
 */
const DEEPLY_FROZEN = new WeakSet<object>();

/**
 * Whether `value` is known to be deeply frozen (a primitive, or an object made or checked by
 * {@link snapshot} or {@link deepFreeze}). O(1).
 *
 * @internal
 * @example
 * ```ts
 * isKnownFrozen(snapshot({ a: [1] })); // true
 * isKnownFrozen(Object.freeze({ a: [1] })); // false: its array is not frozen (and it was never checked)
 * ```
 */
export function isKnownFrozen(value: unknown): boolean {
  return value === null || typeof value !== 'object' || DEEPLY_FROZEN.has(value);
}

/** How deep plain data may nest (policies and tables are a few levels deep; anything deeper is refused, not walked). */
export const MAX_DEPTH = 64;

/**
 * A deeply frozen copy of plain data (objects, arrays, primitives). Parts already deeply frozen
 * are reused, not copied: a part known to be (see {@link isKnownFrozen}) costs nothing, a part
 * frozen by its owner costs one walk. Keys such as `__proto__` stay data. Data nested deeper
 * than {@link MAX_DEPTH} is a `ValidationError` (it is never walked: no stack overflow).
 *
 * @internal
 * @example
 * ```ts
 * const s = snapshot({ a: [1, 2] });
 * Object.isFrozen(s.a); // true
 * ```
 */
export function snapshot<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || DEEPLY_FROZEN.has(value)) return value;
  if (depth > MAX_DEPTH) {
    const message = `data nested deeper than ${MAX_DEPTH} levels`;
    throw new ValidationError({ 'zh-CN': '数据嵌套过深', en: 'Data nested too deep' }, [{ path: [], code: 'too-deep', message, messages: { 'zh-CN': `数据嵌套超过${MAX_DEPTH}层`, en: message } }]);
  }
  let out: unknown;
  if (Array.isArray(value)) {
    let same = Object.isFrozen(value);
    const items = value.map((v: unknown) => {
      const s = snapshot(v, depth + 1);
      if (s !== v) same = false;
      return s;
    });
    out = same ? value : Object.freeze(items);
  } else {
    let same = Object.isFrozen(value) && Object.getPrototypeOf(value) === Object.prototype;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const s = snapshot(v, depth + 1);
      if (s !== v) same = false;
      // keys such as __proto__ are data: define them, never assign (which would set the prototype)
      Object.defineProperty(copy, k, { value: s, enumerable: true, writable: true, configurable: true });
    }
    out = same ? value : Object.freeze(copy);
  }
  DEEPLY_FROZEN.add(out as object);
  return out as T;
}

/**
 * Freezes a caller's plain data in place, deeply (every object it reaches, whether or not
 * already frozen, except what is known to be deeply frozen), and returns it: for values a
 * caller hands in to be shared between calls (a policy given to `policyAt`), so that they can
 * no longer change under the cache that holds them. Data nested deeper than {@link MAX_DEPTH},
 * and objects that are not plain data (a Map, a Date, a typed array, a class instance), are a
 * `ValidationError` (then nothing has been frozen).
 *
 * @internal
 * @example
 * ```ts
 * const p = freezeInPlace(JSON.parse(text));
 * Object.isFrozen(p.national); // true
 * ```
 */
export function freezeInPlace<T>(value: T): T {
  const all: object[] = [];
  const walk = (v: unknown, depth: number, path: PropertyKey[]): void => {
    if (v === null || typeof v !== 'object' || DEEPLY_FROZEN.has(v)) return;
    if (depth > MAX_DEPTH) notPlain(path, `data nested deeper than ${MAX_DEPTH} levels`, `数据嵌套超过${MAX_DEPTH}层`);
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) notPlain(path, 'not plain data (a JSON object, array, string, number, boolean or null)', '不是纯数据（应为JSON对象、数组、字符串、数字、布尔值或null）');
    all.push(v);
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], depth + 1, path.length < 8 ? [...path, k] : path);
  };
  walk(value, 0, []);
  for (const o of all) Object.freeze(o);
  for (const o of all) DEEPLY_FROZEN.add(o);
  return value;
}

function notPlain(path: readonly PropertyKey[], en: string, zh: string): never {
  throw new ValidationError({ 'zh-CN': '数据无效', en: 'Invalid data' }, [{ path, code: 'not-plain-data', message: en, messages: { 'zh-CN': zh, en } }]);
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
    DEEPLY_FROZEN.add(value);
  }
  return value;
}
