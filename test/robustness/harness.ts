/**
 * The robustness harness: finds every function an entry point exports (and the methods of the
 * classes it exports), calls them with edited valid arguments or hostile ones, and sorts what
 * happens into classes. A call passes when it returns, or throws a `ChurujingError` whose
 * `issues` are well formed; no string it produces holds a whole identity number; writing into
 * what it returned does not change the next answer; a fresh module instance gives the same.
 */
import fc from 'fast-check';
import { type Edit, ID_SHAPED, applyEdits, edit, hostile } from './hostile.js';
import { SKIPPED_TARGETS } from './known-failures.js';
import { seedsOf } from './seeds.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Api = any;

/** The failure classes the suite counts. */
export const CLASSES = [
  'untyped-exception',
  'malformed-issues',
  'id-leak',
  'answer-changed-after-write',
  'differs-from-fresh-instance',
  'input-mutated',
  'nondeterministic',
] as const;
export type FailureClass = (typeof CLASSES)[number];

/** Something callable the API hands out: an exported function, a class (called with `new`), or a method (`this` first). */
export interface Target {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'method';
}

const isClass = (f: unknown) => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));

/**
 * Every exported function and class, and the methods of exported classes, by name (sorted, so
 * the list is the same in every process), but those the suite cannot call yet (see
 * `SKIPPED_TARGETS`).
 */
export function targetsOf(...namespaces: Api[]): Target[] {
  const out = new Map<string, Target>();
  for (const ns of namespaces) {
    for (const [name, value] of Object.entries(ns)) {
      if (typeof value !== 'function') continue;
      if (!isClass(value)) {
        out.set(name, { name, kind: 'function' });
        continue;
      }
      out.set(name, { name, kind: 'class' });
      for (const m of Object.getOwnPropertyNames(value.prototype)) {
        const d = Object.getOwnPropertyDescriptor(value.prototype, m);
        if (m !== 'constructor' && typeof d?.value === 'function') out.set(`${name}#${m}`, { name: `${name}#${m}`, kind: 'method' });
      }
    }
  }
  return [...out.values()].filter((t) => !SKIPPED_TARGETS.has(t.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Calls a target of `api` with `args`. */
export function invoke(api: Api, target: Target, args: readonly unknown[]): unknown {
  if (target.kind === 'function') return (api[target.name] as (...a: unknown[]) => unknown)(...args);
  if (target.kind === 'class') return new (api[target.name] as new (...a: unknown[]) => unknown)(...args);
  const [cls, method] = target.name.split('#') as [string, string];
  const [self, ...rest] = args;
  // a method of another value (an array's or a string's `at`, say) is not the class's
  const C = api[cls];
  if (typeof C !== 'function' || !(self instanceof C)) return { skipped: 'this is not an instance' };
  const f = (self as Record<string, unknown>)[method];
  if (typeof f !== 'function') return { skipped: 'this is not an instance' };
  return f.apply(self, rest);
}

/** A generated call: which target, which valid argument list (or none: hostile arguments only), which edits. */
export interface Recipe {
  readonly target: number;
  readonly seed: number;
  readonly edits: readonly Edit[];
  readonly bare: readonly { make(): unknown; label: string }[];
}

export const recipe = (targets: number): fc.Arbitrary<Recipe> =>
  fc.record({
    target: fc.nat({ max: targets - 1 }),
    seed: fc.nat(),
    edits: fc.oneof({ weight: 1, arbitrary: fc.constant([] as Edit[]) }, { weight: 6, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }) }),
    bare: fc.array(hostile, { maxLength: 4 }),
  });

/** The arguments a recipe gives in a module instance: a seed with edits, or (1 in 8, and always without seeds) hostile arguments alone. */
export function argsOf(seeds: ReturnType<typeof seedsOf>, target: Target, r: Recipe): unknown[] {
  const own = Object.hasOwn(seeds, target.name) ? seeds[target.name] : undefined;
  if (!own || own.length === 0 || r.seed % 8 === 7) return r.bare.map((b) => b.make());
  return applyEdits(own[r.seed % own.length] as unknown[], r.edits);
}

export const show = (t: Target, r: Recipe) =>
  `${t.name}(seed ${r.seed}: ${r.edits.map((e) => `${e.op}${'at' in e ? `@${e.at}` : ''}${'key' in e ? ` ${e.key}` : ''}${'value' in e ? ` ${e.value.label}` : ''}`).join(', ') || (r.seed % 8 === 7 ? `bare ${r.bare.map((b) => b.label).join(', ')}` : 'as is')})`;

// ---------------------------------------------------------------------------------------------
// Outcomes as comparable text

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A typed array as its length and 256 values spread over it (enough to see it written into, cheap for a calendar's day tables). */
function sampled(a: ArrayLike<number>): string {
  const step = Math.max(1, Math.floor(a.length / 256));
  let text = `${a.length}:`;
  for (let i = 0; i < a.length; i += step) text += `${a[i]},`;
  return hash(text);
}

/** What the suite needs of a long string (its text and whether it holds an identity number), computed once per string. */
const longStrings = new Map<string, { text: string; id: boolean }>();
function longString(s: string): { text: string; id: boolean } {
  let x = longStrings.get(s);
  if (!x) {
    if (longStrings.size > 1000) longStrings.clear();
    x = { text: `str(${s.length}:${JSON.stringify(s.slice(0, 40))}…${hash(s)})`, id: ID_SHAPED.test(s) };
    longStrings.set(s, x);
  }
  return x;
}

const idShaped = (s: string) => s.length >= 15 && (s.length > 200 ? longString(s).id : ID_SHAPED.test(s));

/** Deeply frozen objects already described: their text and the identity-number shaped strings in them. */
const frozenText = new WeakMap<object, { text: string; ids: readonly string[] }>();

/** Whether `v` and all it reaches are frozen (Map, Set, typed arrays and dates never are). */
export function deeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (frozenText.has(v) || seen.has(v)) return true;
  if (seen.size > 100_000) return false;
  seen.add(v);
  if (!Object.isFrozen(v) || ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set || v instanceof Date) return false;
  for (const k of Reflect.ownKeys(v)) if (!deeplyFrozen((v as Record<PropertyKey, unknown>)[k], seen)) return false;
  return true;
}

/**
 * A value as stable text (for comparing outcomes across calls, instances and processes);
 * `ids` collects every string met that holds an identity-number shaped run of digits.
 */
export function describe(v: unknown, ids: string[] = [], seen = new Set<unknown>()): string {
  if (seen.size > 200) return '[deep]';
  switch (typeof v) {
    case 'string':
      if (idShaped(v)) ids.push(v);
      return v.length > 200 ? longString(v).text : JSON.stringify(v);
    case 'number':
      return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint':
      return `${v}n`;
    case 'symbol':
      return `sym(${v.description})`;
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(v);
    case 'function':
      return `fn(${v.name})`;
  }
  if (v === null) return 'null';
  const o = v as Record<PropertyKey, unknown>;
  if (seen.has(o)) return '[cycle]';
  const known = frozenText.get(o);
  if (known !== undefined) {
    ids.push(...known.ids);
    return known.text;
  }
  seen.add(o);
  const mine: string[] = [];
  let text: string;
  if ('_zod' in o) text = `zod(${String((o._zod as { def?: { type?: string } })?.def?.type)})`;
  else if (ArrayBuffer.isView(o)) text = `${o.constructor.name}(${sampled(o as unknown as ArrayLike<number>)})`;
  else if (o instanceof Date) text = `Date(${Number.isNaN(o.getTime()) ? 'invalid' : o.toISOString()})`;
  else if (o instanceof Map) text = `Map{${[...o].map(([k, x]) => `${describe(k, mine, seen)}=>${describe(x, mine, seen)}`).join(',')}}`;
  else if (o instanceof Set) text = `Set{${[...o].map((x) => describe(x, mine, seen)).join(',')}}`;
  else if (o instanceof Error) {
    const e = o as Error & { code?: unknown; issues?: unknown };
    text = `${e.constructor.name}(${describe(e.code, mine, seen)}:${describe(e.message, mine, seen)}:${describe(e.issues, mine, seen)})`;
  } else if (Array.isArray(o)) text = `[${o.map((x) => describe(x, mine, seen)).join(',')}]`;
  else {
    const proto = Object.getPrototypeOf(o);
    const name = proto === null ? 'null' : proto === Object.prototype ? '' : (proto.constructor?.name ?? '?');
    text = `${name}{${Reflect.ownKeys(o)
      .filter((k) => Object.getOwnPropertyDescriptor(o, k)?.enumerable)
      .map((k) => `${String(k)}:${describe(o[k], mine, seen)}`)
      .join(',')}}`;
  }
  seen.delete(o);
  ids.push(...mine);
  if (deeplyFrozen(o)) frozenText.set(o, { text, ids: mine });
  return text;
}

// ---------------------------------------------------------------------------------------------
// Writing into values

const SCRIBBLE = 'scribbled';
/** How many objects one scribble writes into at most (a 100,000-element argument need not be written into whole). */
const SCRIBBLE_LIMIT = 5000;

/**
 * Tries to change every object reachable from `value`: each property overwritten, a property
 * added, array elements pushed, Map and Set entries set, typed arrays filled, dates moved.
 * Frozen parts refuse, which is what they are for.
 */
export function scribbleAll(value: unknown, seen = new Set<unknown>(), depth = 0): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 200 || seen.size > SCRIBBLE_LIMIT) return;
  if (frozenText.has(value)) return; // deeply frozen: nothing to write into
  seen.add(value);
  const o = value as Record<PropertyKey, unknown>;
  if ('_zod' in o) return; // zod schemas: see the note in robustness.test.ts
  try {
    if (o instanceof Map) {
      for (const [k, v] of o) scribbleAll(k, seen, depth + 1), scribbleAll(v, seen, depth + 1);
      for (const k of [...o.keys()]) o.set(k, SCRIBBLE);
      o.set(SCRIBBLE, SCRIBBLE);
      return;
    }
    if (o instanceof Set) {
      for (const v of o) scribbleAll(v, seen, depth + 1);
      o.add(SCRIBBLE);
      return;
    }
    if (ArrayBuffer.isView(o)) {
      (o as unknown as Uint8Array).fill?.(7);
      return;
    }
    if (o instanceof Date) {
      o.setTime(0);
      return;
    }
  } catch {
    // a frozen wrapper that refuses: fine
  }
  if (deeplyFrozen(o)) {
    describe(o); // remembers it as frozen
    return;
  }
  const keys = Reflect.ownKeys(o).slice(0, SCRIBBLE_LIMIT);
  for (const k of keys) {
    let v: unknown;
    try {
      v = o[k];
    } catch {
      continue;
    }
    scribbleAll(v, seen, depth + 1);
  }
  for (const k of keys) {
    try {
      o[k] = SCRIBBLE;
    } catch {
      // frozen
    }
  }
  try {
    if (Array.isArray(o)) o.push(SCRIBBLE);
    else o[SCRIBBLE] = true;
  } catch {
    // frozen
  }
}

// ---------------------------------------------------------------------------------------------
// One call, checked

export interface Checked {
  readonly text: string;
  readonly failures: { readonly cls: FailureClass; readonly detail: string }[];
  /** What came back or was thrown (to scribble into). */
  readonly value: unknown;
}

/** Every identity-number shaped run of digits in the strings found (upper-cased), and the strings themselves. */
function inputRuns(found: readonly string[]): { readonly runs: Set<string>; readonly strings: Set<string> } {
  const runs = new Set<string>();
  for (const s of found) for (const m of s.matchAll(ID_RUNS)) runs.add(m[0].toUpperCase());
  return { runs, strings: new Set(found.map((x) => x.toUpperCase())) };
}

function wellFormed(e: { issues?: unknown }): string | undefined {
  const issues = e.issues;
  if (!Array.isArray(issues) || issues.length === 0) return 'issues is not a non-empty array';
  for (const i of issues) {
    if (i === null || typeof i !== 'object') return 'an issue is not an object';
    if (!Array.isArray(i.path)) return 'an issue without a path array';
    if (typeof i.code !== 'string' || i.code === '') return 'an issue without a string code';
    if (typeof i.message !== 'string' || i.message === '') return 'an issue without a string message';
  }
  return undefined;
}

const ID_RUNS = new RegExp(ID_SHAPED.source, 'g');

/**
 * An identity number the caller passed in, back whole in a string the library wrote (a string
 * handed back exactly as it was given is the caller's own data, not a leak; numbers of that
 * shape in the library's own data — a URL's article id — are not identity numbers).
 */
const leak = (strings: readonly string[], given: { readonly runs: Set<string>; readonly strings: Set<string> }): string | undefined => {
  if (given.runs.size === 0) return undefined;
  for (const s of strings) {
    if (given.strings.has(s.toUpperCase())) continue;
    for (const m of s.matchAll(ID_RUNS)) {
      if (given.runs.has(m[0].toUpperCase())) return `…${s.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 30)}…`;
    }
  }
  return undefined;
};

/** A fast-check arbitrary (what the testing entry's builders return), by its methods. */
const isArbitrary = (v: unknown): v is fc.Arbitrary<unknown> =>
  v !== null && typeof v === 'object' && typeof (v as { generate?: unknown }).generate === 'function' && typeof (v as { shrink?: unknown }).shrink === 'function' && typeof (v as { canShrinkWithoutContext?: unknown }).canShrinkWithoutContext === 'function';

/** How many values of an arbitrary stand for it (seeded, so the same in every instance and process). */
const SAMPLES = 3;

/**
 * An arbitrary as the text of a few seeded samples: an arbitrary built without complaint must
 * generate (a bad option is a `ValidationError` when it is built, not an exception at the
 * first draw), and what it draws is compared like any other answer.
 */
function sampleText(arb: fc.Arbitrary<unknown>, strings: string[], failures: { cls: FailureClass; detail: string }[]): string {
  try {
    return `Arbitrary${describe(fc.sample(arb, { seed: 42, numRuns: SAMPLES }), strings)}`;
  } catch (e) {
    const x = e as { constructor?: { name?: string }; message?: unknown };
    failures.push({ cls: 'untyped-exception', detail: `the arbitrary throws when sampled: ${x?.constructor?.name}: ${String(x?.message ?? e).slice(0, 120)}` });
    return `Arbitrary(threw ${x?.constructor?.name})`;
  }
}

/** Runs one call and checks what it gives (not yet the later calls). */
export function check(api: Api, target: Target, args: readonly unknown[]): Checked {
  const failures: { cls: FailureClass; detail: string }[] = [];
  const found: string[] = [];
  const before = describe(args, found);
  const given = inputRuns(found);
  let value: unknown;
  let threw = false;
  try {
    value = invoke(api, target, args);
  } catch (e) {
    threw = true;
    value = e;
  }
  const strings: string[] = [];
  let text: string;
  if (threw) {
    const e = value as { constructor?: { name?: string }; message?: unknown; messageIn?: unknown; issues?: unknown };
    if (!(value instanceof (api.ChurujingError as new () => Error))) {
      failures.push({ cls: 'untyped-exception', detail: `${e?.constructor?.name ?? typeof value}: ${String(e?.message ?? value).slice(0, 120)}` });
      text = `threw ${e?.constructor?.name}`;
    } else {
      const bad = wellFormed(e);
      if (bad) failures.push({ cls: 'malformed-issues', detail: bad });
      text = `threw ${describe(value, strings)}`;
      try {
        for (const l of ['zh-CN', 'en']) describe(String((e.messageIn as (l: string) => string).call(e, l)), strings);
      } catch (x) {
        failures.push({ cls: 'untyped-exception', detail: `messageIn: ${String(x)}`.slice(0, 120) });
      }
    }
  } else if (isArbitrary(value)) {
    text = sampleText(value, strings, failures);
  } else {
    text = describe(value, strings);
  }
  const leaked = leak(strings, given);
  if (leaked) failures.push({ cls: 'id-leak', detail: leaked });
  if (describe(args) !== before) failures.push({ cls: 'input-mutated', detail: 'the call changed its arguments' });
  return { text, failures, value };
}

/** Seeds per module instance, built once. */
const seedCache = new WeakMap<object, ReturnType<typeof seedsOf>>();
export function seedsFor(api: Api): ReturnType<typeof seedsOf> {
  let s = seedCache.get(api);
  if (!s) {
    s = seedsOf(api);
    seedCache.set(api, s);
  }
  return s;
}

/** Counts of failing calls, by class and target, with one example each. */
export class Tally {
  readonly calls = new Map<string, number>();
  readonly failing = new Map<FailureClass, Map<string, { count: number; example: string }>>();
  total = 0;

  count(target: string): void {
    this.total++;
    this.calls.set(target, (this.calls.get(target) ?? 0) + 1);
  }

  add(cls: FailureClass, target: string, example: string): void {
    let m = this.failing.get(cls);
    if (!m) this.failing.set(cls, (m = new Map()));
    const x = m.get(target);
    if (x) x.count++;
    else m.set(target, { count: 1, example });
  }

  /** `class → total` */
  totals(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const cls of CLASSES) out[cls] = [...(this.failing.get(cls)?.values() ?? [])].reduce((s, x) => s + x.count, 0);
    return out;
  }

  report(): string {
    const lines = [`${this.total} calls over ${this.calls.size} targets`];
    for (const cls of CLASSES) {
      const m = this.failing.get(cls);
      const n = [...(m?.values() ?? [])].reduce((s, x) => s + x.count, 0);
      lines.push(`${cls}: ${n}`);
      for (const [t, x] of [...(m ?? [])].sort((a, b) => b[1].count - a[1].count)) lines.push(`  ${t}: ${x.count}  e.g. ${x.example.slice(0, 300)}`);
    }
    return lines.join('\n');
  }
}
