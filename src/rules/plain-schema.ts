/**
 * Input checks written as small functions, for the entries that must not carry a schema
 * library (the kiosk). Each check reports what the zod schema it mirrors reports — the same
 * issues, paths, codes and messages in both locales, in the same order — so that a function
 * answers alike whichever check ran; the test suite holds every such pair to that, over
 * generated inputs (zod's rules are followed: a check of a value runs only when nothing that
 * stops it was found before; `abort` stops the checks after it; an array over its cap fails
 * before its items are read).
 *
 * Supported: strings (with pattern and predicate checks), integers, booleans, enumerations,
 * strict objects (with refinements over the whole object), optional fields, arrays with a
 * maximum length.
 *
 * @module
 */
import type { Issue, Locale, LocalizedText } from './errors.js';
import { OWN_ZH } from './own-messages.js';

/** One problem found, as zod would report it: `stops` when zod marks it as stopping later checks. */
export interface PlainIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly messages: LocalizedText;
  readonly stops: boolean;
}

/**
 * A check of a value at a path, appending what it finds to `out`.
 *
 * @example
 * ```ts
 * const out: PlainIssue[] = [];
 * plainString()(5, ['name'], out); // out[0].code === 'invalid_type'
 * ```
 */
export type PlainCheck = (value: unknown, path: readonly PropertyKey[], out: PlainIssue[]) => void;

/** A check of a value already of the right type: an issue (its path relative to the value), or none. */
type Refinement<T> = { readonly run: (value: T, path: readonly PropertyKey[], out: PlainIssue[]) => void };

const ZH_TYPES: Readonly<Record<string, string>> = { __proto__: null, nan: 'NaN', number: '数字', array: '数组', null: '空值(null)' } as unknown as Record<string, string>;

/** zod's name of a value's type (`parsedType`). */
function typeOf(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'nan' : 'number';
  if (typeof v === 'object') {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    const proto: unknown = Object.getPrototypeOf(v);
    const ctor = (v as { constructor?: { name?: unknown } }).constructor;
    if (proto !== Object.prototype && 'constructor' in v && ctor) return String(ctor.name);
  }
  return typeof v;
}

function enType(t: string, v?: unknown): string {
  if (t === 'number' && typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return t === 'nan' ? 'NaN' : t;
}

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

function invalidType(expected: string, v: unknown, path: readonly PropertyKey[]): PlainIssue {
  const got = typeOf(v);
  return {
    path,
    code: 'invalid_type',
    messages: { 'zh-CN': `无效输入：期望 ${ZH_TYPES[expected] ?? expected}，实际接收 ${ZH_TYPES[got] ?? got}`, en: `Invalid input: expected ${enType(expected)}, received ${enType(got, v)}` },
    stops: true,
  };
}

/** A custom issue with an English message (its zh-CN text from the shared table, else the English). */
function custom(path: readonly PropertyKey[], en: string, code = 'custom'): PlainIssue {
  return { path, code, messages: { 'zh-CN': OWN_ZH[en] ?? en, en }, stops: false };
}

/** Runs refinements as zod does: each only while nothing stopping was found (from `start` on in `out`). */
function refine<T>(value: T, path: readonly PropertyKey[], out: PlainIssue[], start: number, checks: readonly Refinement<T>[]): void {
  let stopped = out.slice(start).some((i) => i.stops);
  for (const c of checks) {
    if (stopped) continue;
    const before = out.length;
    c.run(value, path, out);
    // an aborting check reports a stopping issue
    if (out.length > before && out.slice(before).some((i) => i.stops)) stopped = true;
  }
}

/**
 * A string, then its checks in order (see {@link pattern}, {@link predicate}).
 *
 * @example
 * ```ts
 * const code = plainString(pattern(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'));
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function plainString(...checks: readonly Refinement<string>[]): PlainCheck {
  return (v, path, out) => {
    if (typeof v !== 'string') return void out.push(invalidType('string', v, path));
    refine(v, path, out, out.length, checks);
  };
}

/**
 * A string matching `re` (zod's `z.regex`): an `invalid_format` issue with `message`, or zod's
 * own message when none is given; `abort` stops the checks after it.
 *
 * @example
 * ```ts
 * pattern(/^[a-z0-9.-]+$/);
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function pattern(re: RegExp, message?: string, abort = false): Refinement<string> {
  return {
    run: (v, path, out) => {
      re.lastIndex = 0;
      if (re.test(v)) return;
      const messages = message === undefined ? { 'zh-CN': `无效字符串：必须满足正则表达式 ${re}`, en: `Invalid string: must match pattern ${re}` } : { 'zh-CN': OWN_ZH[message] ?? message, en: message };
      out.push({ path, code: 'invalid_format', messages, stops: abort });
    },
  };
}

/**
 * A value for which `ok` holds (zod's `z.refine`): a `custom` issue with `message` (its code
 * `code` when given, as zod's `params.code`).
 *
 * @example
 * ```ts
 * predicate(isCivilDate, 'expected a real date written YYYY-MM-DD');
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function predicate<T>(ok: (v: T) => boolean, message: string, code?: string): Refinement<T> {
  return { run: (v, path, out) => void (ok(v) ? undefined : out.push(custom(path, message, code))) };
}

/**
 * A refinement over a whole value (zod's `z.superRefine`): `problems` lists each problem's
 * path (relative to the value) and English message.
 *
 * @example
 * ```ts
 * whole((a: { from: string; to?: string }) => (a.to !== undefined && a.to < a.from ? [[['to'], 'to is before from']] : []));
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function whole<T>(problems: (v: T) => readonly (readonly [readonly PropertyKey[], string])[]): Refinement<T> {
  return { run: (v, path, out) => void problems(v).forEach(([p, message]) => out.push(custom([...path, ...p], message))) };
}

/**
 * A safe integer of at least `min` when given (zod's `z.number().check(z.int(), z.nonnegative())`
 * for `min` 0).
 *
 * @example
 * ```ts
 * plainInt(0);
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function plainInt(min?: number): PlainCheck {
  return (v, path, out) => {
    if (typeof v !== 'number' || Number.isNaN(v)) return void out.push(invalidType('number', v, path));
    if (!Number.isFinite(v)) return void out.push(invalidType('number', v, path));
    // as zod: a number that is not an integer stops the checks after it
    if (!Number.isSafeInteger(v)) return void out.push({ path, code: 'invalid_type', messages: { 'zh-CN': '无效输入：期望 int，实际接收 数字', en: 'Invalid input: expected int, received number' }, stops: true });
    if (min !== undefined && v < min) out.push({ path, code: 'too_small', messages: { 'zh-CN': `数值过小：期望 number >=${min}`, en: `Too small: expected number to be >=${min}` }, stops: false });
  };
}

/**
 * A boolean.
 *
 * @example
 * ```ts
 * plainBoolean()('yes', ['flag'], out); // invalid_type
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function plainBoolean(): PlainCheck {
  return (v, path, out) => void (typeof v === 'boolean' ? undefined : out.push(invalidType('boolean', v, path)));
}

/**
 * One of `values` (zod's `z.enum`).
 *
 * @example
 * ```ts
 * oneOf(['booklet', 'card']);
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function oneOf(values: readonly string[]): PlainCheck {
  const set = new Set<unknown>(values);
  const list = values.map(quote).join('|');
  const messages: LocalizedText =
    values.length === 1 ? { 'zh-CN': `无效输入：期望 ${list}`, en: `Invalid input: expected ${list}` } : { 'zh-CN': `无效选项：期望以下之一 ${list}`, en: `Invalid option: expected one of ${list}` };
  return (v, path, out) => void (set.has(v) ? undefined : out.push({ path, code: 'invalid_value', messages, stops: true }));
}

/** A field that may be absent (or `undefined`). */
interface Optional {
  readonly optional: PlainCheck;
}

/**
 * A field that may be absent or `undefined` (zod's `z.optional`).
 *
 * @example
 * ```ts
 * plainObject({ expiry: optional(civilDate) });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function optional(check: PlainCheck): Optional {
  return { optional: check };
}

/**
 * An object with exactly the fields of `shape` (zod's `z.strictObject`), then its refinements
 * over the whole object (each only when nothing stopping was found in it).
 *
 * @example
 * ```ts
 * const permit = plainObject({ form: oneOf(['booklet', 'card']), expiry: optional(civilDate) });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function plainObject<T = Record<string, unknown>>(shape: Readonly<Record<string, PlainCheck | Optional>>, ...checks: readonly Refinement<T>[]): PlainCheck {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return (v, path, out) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return void out.push(invalidType('object', v, path));
    const start = out.length;
    const o = v as Record<string, unknown>;
    for (const key of keys) {
      const field = shape[key] as PlainCheck | Optional;
      // a field is read as zod reads it: own or inherited, and `__proto__` is never a field here
      const value = Object.hasOwn(o, key) ? o[key] : undefined;
      if (typeof field === 'function') field(value, [...path, key], out);
      else if (value !== undefined) field.optional(value, [...path, key], out);
    }
    const unknown: string[] = [];
    for (const key in o) if (!known.has(key)) unknown.push(key);
    if (unknown.length > 0) {
      const list = unknown.map(quote).join(', ');
      // as zod: unknown keys do not stop the refinements of the object
      out.push({ path, code: 'unrecognized_keys', messages: { 'zh-CN': `出现未知的键(key): ${list}`, en: `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${list}` }, stops: false });
    }
    refine(v as T, path, out, start, checks);
  };
}

/**
 * An array of values passing `item`, of at most `max` items when given (zod's `z.array` with
 * `z.maxLength`, which zod checks before the items).
 *
 * @example
 * ```ts
 * plainArray(plainObject({ relation: oneOf(RELATIONS) }), 50);
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function plainArray(item: PlainCheck, max?: number): PlainCheck {
  return (v, path, out) => {
    if (!Array.isArray(v)) return void out.push(invalidType('array', v, path));
    // as zod: an array over its cap fails before any item is read, and stops the checks after it
    if (max !== undefined && v.length > max) {
      return void out.push({ path, code: 'too_big', messages: { 'zh-CN': `数值过大：期望 array <=${max} 项`, en: `Too big: expected array to have <=${max} items` }, stops: true });
    }
    v.forEach((x, i) => item(x, [...path, i], out));
  };
}

/**
 * The problems of `value` under `check`, as the package's issues (message in `locale`).
 *
 * @example
 * ```ts
 * plainIssues(permitCheck, input, ['permit'], 'zh-CN');
 * ```
 */
export function plainIssues(check: PlainCheck, value: unknown, prefix: readonly PropertyKey[] = [], locale: Locale = 'en'): Issue[] {
  const out: PlainIssue[] = [];
  check(value, prefix, out);
  return out.map((i) => ({ path: [...i.path], code: i.code, message: i.messages[locale], messages: i.messages }));
}
