/**
 * Hostile values for the robustness suite: wrong types, huge and odd numbers, long strings
 * (1 MB), instants with impossible offsets, identity numbers in the wrong places, objects with
 * `__proto__` / `constructor` keys, null prototypes, frozen and deeply nested values. Each is a
 * factory, so every call gets a fresh value (a call that writes into its input cannot change
 * the next one's), with a short label for reports.
 */
import fc from 'fast-check';

/** A hostile value: a fresh one per `make()`, with a label that shows in failure reports. */
export interface Hostile {
  readonly label: string;
  make(): unknown;
}

const h = (label: string, make: () => unknown): Hostile => ({ label, make, toString: () => label }) as Hostile;
const same = (label: string, value: unknown): Hostile => h(label, () => value);

/** GB 11643 check character, computed here independently of the library. */
export function checkCharacter(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (weights[i] as number);
  return '10X98765432'[sum % 11] as string;
}

const withCheck = (body: string) => body + checkCharacter(body);

/** Identity numbers that must never come back whole in a string the library writes. */
export const ID_NUMBERS: readonly string[] = [
  withCheck('51010419900315123'),
  withCheck('11010519491231002'),
  withCheck('44030420090601001'),
  '510104199003151231', // wrong check digit
  '510104900315123', // first generation, 15 digits
];

/** An identity number shaped run of digits (15 digits, or 17 digits and a digit or X), as the suite sees it. */
export const ID_SHAPED = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/;

const MB = 1 << 20;
const LONG: Readonly<Record<string, string>> = {
  a: 'a'.repeat(MB),
  digits: '1'.repeat(MB),
  braces: '{a}'.repeat(MB / 3),
  dotted: 'a.'.repeat(MB / 2),
  date: `2024-01-01${'x'.repeat(MB)}`,
  spaces: `${' '.repeat(MB)}x`,
  ids: `${ID_NUMBERS[0]} `.repeat(MB / 19),
};

function deep(depth: number): unknown {
  let v: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

function protoKeyed(): unknown {
  return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1}');
}

/** Structured and primitive values that are wrong almost everywhere. */
export const HOSTILE_ATOMS: readonly Hostile[] = [
  same('undefined', undefined),
  same('null', null),
  same('true', true),
  same('false', false),
  ...[0, -0, 1, -1, 0.5, 1e-9, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, Number.MAX_VALUE, Number.MIN_VALUE, 1e7, -1e7, 36525].map((n) =>
    same(Object.is(n, -0) ? '-0' : String(n), n),
  ),
  same('10n', 10n),
  h('symbol', () => Symbol('hostile')),
  ...['', ' ', 'x', '0', '-1', 'NaN', 'true', 'null', 'undefined', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'zh', 'zh-CN', 'en', 'EN', 'fr'].map((s) => same(JSON.stringify(s), s)),
  ...['2024-01-01', '2024-02-29', '2023-02-29', '2024-02-30', '2024-2-3', '2024-01-01 ', '0000-01-01', '0001-01-01', '1900-02-29', '9999-12-31', '10000-01-01', '+275760-09-13', '-000001-01-01', '1969-12-31', '2100-01-01', '2027-06-01'].map((s) => same(s, s)),
  ...[
    '2025-01-24T10:00:00+08:00',
    '2025-01-24T10:00:00+99:99',
    '2025-01-24T10:00:00+08:60',
    '2025-01-24T10:00:00-25:00',
    '2025-01-24T10:00:00+14:01',
    '2025-01-24T10:00:00Z',
    '2025-01-24T10:00:00',
    '9999-12-31T20:00:00-08:00',
    '0001-01-01T00:00:00+08:01',
    '2025-01-24T24:00:00+08:00',
    '2025-01-24T10:00:60+08:00',
    '2025-01-24T10:00:00.123456789+08:00',
    '2025-01-24 10:00:00+08:00',
    '2025-01-24t10:00:00+08:00',
  ].map((s) => same(s, s)),
  ...['510104', '510100', '440300', '440304', '230100', '110105', '999999', '000000', '5101', '510199', '0510104'].map((s) => same(s, s)),
  ...ID_NUMBERS.map((id) => same(`id ${id.slice(0, 6)}…`, id)),
  same('id lower-case x', (ID_NUMBERS[1] as string).toLowerCase()),
  same('id in a sentence', `my id is ${ID_NUMBERS[0]}, thanks`),
  ...Object.entries(LONG).map(([k, s]) => same(`1 MB ${k}`, s)),
  same('10k chars', 'é'.repeat(10_000)),
  same('NUL', '\u0000'),
  same('lone surrogate', '\uD800'),
  same('emoji', '🙂'),
  same('zh text', '中华人民共和国'),
  h('{}', () => ({})),
  h('[]', () => []),
  h('[[]]', () => [[]]),
  h('[undefined]', () => [undefined]),
  h('sparse array', () => new Array(5)),
  h('[1,2,3]', () => [1, 2, 3]),
  h('100k-element array', () => new Array(100_000).fill(0)),
  h('null prototype', () => Object.create(null)),
  h('__proto__ keys', protoKeyed),
  h('{constructor}', () => ({ constructor: { prototype: { polluted: true } } })),
  h('{toString, valueOf}', () => ({ toString: 1, valueOf: 2 })),
  h('{length: 5}', () => ({ length: 5 })),
  h('frozen {}', () => Object.freeze({})),
  h('symbol key', () => ({ [Symbol('k')]: 1 })),
  h('nested 10,000 deep', () => deep(10_000)),
  h('Date', () => new Date(0)),
  h('invalid Date', () => new Date(Number.NaN)),
  h('RegExp', () => /x/),
  h('Map', () => new Map([['a', 1]])),
  h('Set', () => new Set([1])),
  h('Uint8Array', () => new Uint8Array(4)),
  h('function', () => () => 1),
  h('Error', () => new Error('x')),
];

/** Keys an attacker puts on objects: prototype names and lookalikes. */
export const HOSTILE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra', 'scribbled', ''];

/** A hostile value: an atom, or an arbitrary string, number or small array of them. */
export const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_ATOMS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }).map((s) => same(JSON.stringify(s), s)) },
  { weight: 1, arbitrary: fc.double().map((n) => same(String(n), n)) },
  { weight: 1, arbitrary: fc.integer({ min: -400_000, max: 400_000 }).map((n) => same(String(n), n)) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...HOSTILE_ATOMS), { maxLength: 3 }).map((xs) => h(`[${xs.map((x) => x.label).join(', ')}]`, () => xs.map((x) => x.make()))),
  },
);

/** One change to a valid argument list. `at` picks the place (modulo the places there are). */
export type Edit =
  | { readonly op: 'replace'; readonly at: number; readonly value: Hostile }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'add-key'; readonly at: number; readonly key: string; readonly value: Hostile }
  | { readonly op: 'grow'; readonly at: number; readonly times: number }
  | { readonly op: 'freeze'; readonly at: number }
  | { readonly op: 'add-arg'; readonly value: Hostile }
  | { readonly op: 'drop-arg' };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostile }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add-key' as const), at: fc.nat(), key: fc.constantFrom(...HOSTILE_KEYS), value: hostile }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('grow' as const), at: fc.nat(), times: fc.constantFrom(2, 10, 1000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('freeze' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('add-arg' as const), value: hostile }) },
  { weight: 1, arbitrary: fc.constant({ op: 'drop-arg' as const }) },
);

/** A value the library owns and hands back (a view, the built-in policy): passed as is, never copied or edited inside. */
export class Opaque {
  constructor(readonly value: unknown) {}
}

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || v instanceof Opaque) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null || Array.isArray(v);
};

/** A fresh, unfrozen copy of plain data (own keys such as `__proto__` kept as data); opaque values unwrapped. */
export function copyArgs(v: unknown, depth = 0): unknown {
  if (v instanceof Opaque) return v.value;
  if (!isPlain(v) || depth > 50) return v;
  if (Array.isArray(v)) return v.map((x) => copyArgs(x, depth + 1));
  const out = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
  for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: copyArgs(v[k], depth + 1), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Every place inside plain data (paths of keys), depth first, opaque values as leaves. */
function places(root: unknown, limit = 400): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (out.length >= limit) return;
    out.push(path);
    if (depth >= 8 || !isPlain(v)) return;
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], depth + 1));
    else for (const k of Object.keys(v)) walk(v[k], [...path, k], depth + 1);
  };
  if (Array.isArray(root)) root.forEach((x, i) => walk(x, [i], 1));
  return out;
}

function parentOf(root: unknown[], path: readonly (string | number)[]): [Record<string | number, unknown>, string | number] | undefined {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[path[i] as string | number];
  }
  if (node === null || typeof node !== 'object') return undefined;
  return [node as Record<string | number, unknown>, path[path.length - 1] as string | number];
}

const define = (o: object, k: string | number, v: unknown) => {
  try {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  } catch {
    // frozen by an earlier edit
  }
};

/** The valid arguments with the edits applied (on a fresh copy). */
export function applyEdits(valid: readonly unknown[], edits: readonly Edit[]): unknown[] {
  const args = copyArgs([...valid]) as unknown[];
  for (const e of edits) {
    if (e.op === 'add-arg') {
      args.push(e.value.make());
      continue;
    }
    if (e.op === 'drop-arg') {
      args.pop();
      continue;
    }
    const all = places(args);
    if (all.length === 0) {
      if (e.op === 'replace') args.push(e.value.make());
      continue;
    }
    const path = all[e.at % all.length] as (string | number)[];
    const target = parentOf(args, path);
    if (!target) continue;
    const [parent, key] = target;
    const current = parent[key];
    try {
      change(e, parent, key, current);
    } catch {
      // an earlier edit froze this part
    }
  }
  return args;
}

function change(e: Edit, parent: Record<string | number, unknown>, key: string | number, current: unknown): void {
    switch (e.op) {
      case 'replace':
        define(parent, key, e.value.make());
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      case 'add-key':
        if (isPlain(current) && !Array.isArray(current) && !Object.isFrozen(current)) define(current, e.key, e.value.make());
        else if (Array.isArray(current) && !Object.isFrozen(current)) current.push(e.value.make());
        break;
      case 'grow':
        if (Array.isArray(current) && current.length > 0 && !Object.isFrozen(current)) {
          const copies = Array.from({ length: e.times }, () => current.map((x) => copyArgs(x))).flat();
          current.push(...copies.slice(0, 100_000));
        } else if (typeof current === 'string') define(parent, key, current.repeat(current.length * e.times > 2 ** 21 ? 1 : e.times));
        break;
      case 'freeze':
        if (current !== null && typeof current === 'object' && !(current instanceof Opaque)) Object.freeze(current);
        break;
    }
}
