/**
 * Hostile inputs and the checks every public function of the documents, endorsements and fees
 * modules must pass on them (issue 10): wrong types, missing and extra fields (keys such as
 * `__proto__` and `constructor` among them), huge numbers, long strings, identity numbers in the
 * wrong place. A call either answers or throws one `ChurujingError` with well-formed issues; no
 * string it produces holds a whole identity number; what it hands out cannot be changed so as to
 * change a later answer.
 */
import fc from 'fast-check';
import { ChurujingError } from '../../src/rules/errors.js';

/** A valid resident identity number (check digit right): must never come back whole. */
export const RESIDENT_ID = '510104199003151237';

/** Keys that are data, never prototype lookups. */
export const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

const LONG = 'x'.repeat(100_000);

/** Values that break naive code. */
export const nasty: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.5,
  -1,
  2 ** 53,
  -(2 ** 53),
  1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  10n ** 30n,
  '',
  ' ',
  '5',
  '2024-02-30',
  '2024-2-3',
  '9999-12-31',
  '0001-01-01',
  LONG,
  RESIDENT_ID,
  ...SPECIAL_KEYS,
  Symbol('s'),
  () => 1,
  [],
  {},
  Object.create(null) as unknown,
  new Date(0),
  new Map([['a', 1]]),
  new Set([1]),
  [1, 2, 3],
  { length: 1e9 },
);

/** Anything, with hostile keys and odd objects. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.anything({
    key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...SPECIAL_KEYS)),
    maxDepth: 3,
    maxKeys: 5,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
  }),
  fc.string({ maxLength: 300 }),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** An object with an own key set as data (`__proto__` included), without touching the prototype. */
export function withKey(o: object, key: string, value: unknown): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * The valid value, or a hostile variant of it: a field replaced by junk, a field dropped, an
 * extra field (a special key among them), the whole replaced, or nested fields likewise.
 */
export function mutated<T>(valid: fc.Arbitrary<T>, depth = 2): fc.Arbitrary<unknown> {
  return valid.chain((v) => mutate(v, depth));
}

function mutate(v: unknown, depth: number): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [fc.constant(v), fc.constant(v), junk];
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const keys = Object.keys(v);
    if (keys.length > 0) {
      const o = v as Record<string, unknown>;
      options.push(fc.constantFrom(...keys).chain((k) => junk.map((j) => withKey(o, k, j))));
      options.push(fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k))));
      if (depth > 0) options.push(fc.constantFrom(...keys).chain((k) => mutate(o[k], depth - 1).map((x) => withKey(o, k, x))));
    }
    options.push(fc.tuple(fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ minLength: 1, maxLength: 6 })), junk).map(([k, j]) => withKey(v, k, j)));
  }
  if (Array.isArray(v)) {
    options.push(junk.map((j) => [...v, j]));
    if (v.length > 0 && depth > 0) options.push(fc.nat({ max: v.length - 1 }).chain((i) => mutate(v[i], depth - 1).map((x) => v.map((y, n) => (n === i ? x : y)))));
  }
  return fc.oneof(...options);
}

const ID_18 = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;

/** Every string reachable from a value (bounded walk). */
function strings(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object' && !seen.has(value) && seen.size < 10_000) {
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        strings(k, out, seen);
        strings(v, out, seen);
      }
    }
    else for (const v of Object.values(value)) strings(v, out, seen);
  }
  return out;
}

/**
 * What is wrong with a thrown value, or `undefined` when it is a well-formed `ChurujingError`:
 * a code, a message, a non-empty list of issues each with a path (array of keys), a code and a
 * message (and both locales when `messages` is there), `messageIn` in both locales, and no whole
 * identity number anywhere.
 */
export function badError(e: unknown): string | undefined {
  if (!(e instanceof ChurujingError)) return `untyped ${e instanceof Error ? `${e.constructor.name}: ${e.message.slice(0, 120)}` : typeof e}`;
  if (typeof e.code !== 'string' || e.code === '') return 'no code';
  if (typeof e.message !== 'string' || e.message === '') return 'no message';
  if (!Array.isArray(e.issues) || e.issues.length === 0) return 'no issues';
  for (const i of e.issues) {
    if (!Array.isArray(i.path) || !i.path.every((p: unknown) => typeof p === 'string' || typeof p === 'number' || typeof p === 'symbol')) return `bad issue path ${String(i.path)}`;
    if (typeof i.code !== 'string' || i.code === '') return 'issue without code';
    if (typeof i.message !== 'string' || i.message === '') return 'issue without message';
    if (i.messages !== undefined && !(typeof i.messages['zh-CN'] === 'string' && i.messages['zh-CN'] !== '' && typeof i.messages.en === 'string' && i.messages.en !== '')) return 'issue with one locale';
  }
  const texts = [e.message, e.messageIn('zh-CN'), e.messageIn('en'), ...strings(e.issues)];
  if (texts.some((t) => ID_18.test(t) && t.includes(RESIDENT_ID))) return 'whole identity number in the error';
  return undefined;
}

/** Whether a produced value holds the identity number whole in some string. */
export function leaksId(value: unknown): boolean {
  return strings(value).some((s) => s.includes(RESIDENT_ID) && s.length < 1000 && ID_18.test(s));
}

/** One generated call's outcome: what went wrong, if anything. */
export interface Failure {
  readonly fn: string;
  readonly kind: 'untyped' | 'malformed-error' | 'answer-due-error' | 'leak' | 'threw-on-valid';
  readonly detail: string;
}

/**
 * Runs `f` on each generated argument list and classifies what went wrong:
 * - `untyped`: something other than a `ChurujingError` was thrown;
 * - `malformed-error`: a `ChurujingError` without well-formed issues, or holding a whole ID;
 * - `answer-due-error`: an answer although `valid(args)` says the input is not valid;
 * - `threw-on-valid`: a typed error although `mustAnswer(args)` says it must answer;
 * - `leak`: the answer holds a whole identity number.
 */
export function probe<A extends unknown[]>(
  fn: string,
  args: fc.Arbitrary<A>,
  f: (...a: A) => unknown,
  oracle: { readonly valid?: (...a: A) => boolean; readonly mustAnswer?: (...a: A) => boolean; readonly check?: (result: unknown, ...a: A) => string | undefined } = {},
  runs = 400,
  seed = Number(process.env.ROBUST_SEED ?? 20250124),
): Failure[] {
  const failures: Failure[] = [];
  for (const a of fc.sample(args, { numRuns: runs, seed })) {
    let result: unknown;
    try {
      result = f(...a);
    } catch (e) {
      const bad = badError(e);
      if (bad) failures.push({ fn, kind: bad.startsWith('untyped') ? 'untyped' : 'malformed-error', detail: bad });
      else if (oracle.mustAnswer?.(...a)) failures.push({ fn, kind: 'threw-on-valid', detail: (e as Error).message.slice(0, 160) });
      continue;
    }
    if (oracle.valid && !oracle.valid(...a)) failures.push({ fn, kind: 'answer-due-error', detail: describe(a) });
    else if (leaksId(result)) failures.push({ fn, kind: 'leak', detail: describe(a) });
    else {
      const wrong = oracle.check?.(result, ...a);
      if (wrong) failures.push({ fn, kind: 'answer-due-error', detail: wrong });
    }
  }
  return failures;
}

function describe(a: unknown): string {
  try {
    return (JSON.stringify(a, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v)) ?? String(a)).slice(0, Number(process.env.ROBUST_DETAIL ?? 200));
  } catch {
    return '(unprintable)';
  }
}

/** Failures counted by function and kind, for the report. */
export function tally(failures: readonly Failure[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of failures) out[`${f.fn} ${f.kind}`] = (out[`${f.fn} ${f.kind}`] ?? 0) + 1;
  return out;
}

/** Whether a value is a zod schema (code, not data: its internals are zod's). */
export function isSchema(v: unknown): boolean {
  return v !== null && typeof v === 'object' && '_zod' in v;
}

/**
 * The paths of the parts of a value that are not frozen (zod schemas are checked shallowly:
 * their internals are zod's), a `Map` or `Set` counting as writable unless its writers throw.
 */
export function unfrozen(value: unknown, path = '', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return out;
  seen.add(value);
  if (typeof value === 'function') return out;
  if (isSchema(value)) return out; // code, not data: zod defines parts of a schema lazily, so schemas cannot be frozen
  if (!Object.isFrozen(value)) out.push(path || '(root)');
  if (value instanceof Map) {
    if (writable(() => (value as Map<unknown, unknown>).set('scribbled', 1))) out.push(`${path}.set()`);
    for (const [k, v] of value) unfrozen(v, `${path}.get(${String(k)})`, out, seen);
    return out;
  }
  if (value instanceof Set) {
    if (writable(() => (value as Set<unknown>).add('scribbled'))) out.push(`${path}.add()`);
    return out;
  }
  for (const [k, v] of Object.entries(value)) unfrozen(v, `${path}.${k}`, out, seen);
  return out;
}

function writable(write: () => unknown): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

/**
 * Tries every kind of write on everything reachable from `value` (zod schemas and `skip`ped
 * objects aside): set each own property to junk, delete it, add properties (`__proto__`
 * included), push into and empty arrays, set into and clear maps and sets, through the
 * prototype methods too. Frozen parts refuse; the test then checks later answers did not change.
 */
export function vandalise(value: unknown, skip: (v: object) => boolean = () => false, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || skip(value) || isSchema(value)) return;
  seen.add(value);
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  for (const c of children) vandalise(c, skip, seen);
  const attempt = (w: () => unknown) => {
    try {
      w();
    } catch {
      // refused
    }
  };
  if (value instanceof Map) {
    attempt(() => Map.prototype.set.call(value, 'scribbled', { scribbled: true }));
    for (const k of [...value.keys()]) attempt(() => Map.prototype.set.call(value, k, { scribbled: true }));
    attempt(() => Map.prototype.clear.call(value));
    return;
  }
  if (value instanceof Set) {
    attempt(() => Set.prototype.add.call(value, 'scribbled'));
    attempt(() => Set.prototype.clear.call(value));
    return;
  }
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const old = o[k];
    attempt(() => {
      o[k] = typeof old === 'number' ? old + 1 : typeof old === 'string' ? `${old}!` : typeof old === 'boolean' ? !old : 'scribbled';
    });
  }
  for (const k of ['scribbled', 'constructor', 'toString', 'hasOwnProperty']) attempt(() => Object.defineProperty(o, k, { value: 'scribbled', enumerable: true, writable: true, configurable: true }));
  attempt(() => Object.setPrototypeOf(o, { scribbled: true, toString: () => 'scribbled' }));
  if (Array.isArray(value)) {
    attempt(() => value.push('scribbled'));
    attempt(() => value.reverse());
  }
  for (const k of Object.keys(o).slice(0, 3)) attempt(() => delete o[k]);
}
