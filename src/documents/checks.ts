/**
 * Argument checks shared by the public functions of the documents, endorsements and fees
 * modules: each check adds issues (in zh-CN and en) instead of throwing, so that a function can
 * report every problem of its arguments at once in one typed error. Fields are read as own data
 * properties only: keys such as `__proto__` or `constructor` are data, inherited properties and
 * getters are never run.
 *
 * @module
 */
import { isCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, type LocalizedText, InvalidDateError, ValidationError, showValue } from '../rules/errors.js';
import { PolicyView } from '../rules/policy-at.js';
import { deepFreeze } from '../rules/snapshot.js';
import { isDocumentType } from './document-types.js';

/**
 * An issue with its message in both locales.
 *
 * @internal
 * @example
 * ```ts
 * issue(['type'], 'invalid-type', '"visa" is not a document type', '"visa"不是证件类型');
 * ```
 */
export function issue(path: readonly PropertyKey[], code: string, en: string, zh: string): Issue {
  return { path, code, message: en, messages: { 'zh-CN': zh, en } };
}

/**
 * Whether a value is a plain object (an object literal, JSON, or `Object.create(null)`).
 *
 * @internal
 * @example
 * ```ts
 * isPlainObject({}); // true
 * isPlainObject([]); // false
 * ```
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * An own data property of a plain object (`undefined` for an inherited one or a getter, which
 * is never run).
 *
 * @internal
 * @example
 * ```ts
 * own({ view }, 'view'); // view
 * own({}, 'constructor'); // undefined
 * ```
 */
export function own(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d !== undefined && 'value' in d ? (d.value as unknown) : undefined;
}

/**
 * Checks that `value` is a plain object with no keys besides `allowed`; adds an issue per
 * problem and says whether its fields can be read.
 *
 * @internal
 * @example
 * ```ts
 * if (objectIssues(input, [], ['view', 'type'], issues)) viewIssue(own(input, 'view'), ['view'], issues);
 * ```
 */
export function objectIssues(value: unknown, path: readonly PropertyKey[], allowed: readonly string[], issues: Issue[]): value is Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) {
    issues.push(issue(path, 'invalid-type', `expected an object, got ${showValue(value)}`, `应为对象，实际为${showValue(value)}`));
    return false;
  }
  const extra: (string | symbol)[] = [];
  for (const k of Object.keys(value)) if (!allowed.includes(k)) extra.push(k);
  for (const k of Object.getOwnPropertySymbols(value)) extra.push(k);
  if (extra.length > 0) {
    const shown = extra.slice(0, 5).map((k) => showValue(typeof k === 'symbol' ? k : k.slice(0, 40))).join(', ') + (extra.length > 5 ? ` … (${extra.length})` : '');
    issues.push(issue(path, 'unrecognized-keys', `unknown key${extra.length === 1 ? '' : 's'} ${shown} (known: ${allowed.join(', ')})`, `未知的字段${shown}（可用字段：${allowed.join('、')}）`));
  }
  return true;
}

/**
 * Adds an issue unless `view` is a `PolicyView` (from `policyAt`).
 *
 * @internal
 * @example
 * ```ts
 * viewIssue(view, ['view'], issues);
 * ```
 */
export function viewIssue(view: unknown, path: readonly PropertyKey[], issues: Issue[]): view is PolicyView {
  if (view instanceof PolicyView) return true;
  issues.push(issue(path, 'invalid-view', `expected a PolicyView (policyAt(policy, date, options)), got ${showValue(view)}`, `应为PolicyView（由policyAt(policy, date, options)得到），实际为${showValue(view)}`));
  return false;
}

/**
 * Adds an issue unless `type` is a document type.
 *
 * @internal
 * @example
 * ```ts
 * documentTypeIssue('visa', ['type'], issues); // false, one issue
 * ```
 */
export function documentTypeIssue(type: unknown, path: readonly PropertyKey[], issues: Issue[]): boolean {
  if (isDocumentType(type)) return true;
  issues.push(issue(path, 'invalid-type', `${showValue(type)} is not a document type`, `${showValue(type)}不是证件类型`));
  return false;
}

/**
 * Adds an issue unless `value` is a real civil date `YYYY-MM-DD` (years 0001–9999).
 *
 * @internal
 * @example
 * ```ts
 * dateIssue('2024-02-30', ['date'], issues); // false, one issue
 * ```
 */
export function dateIssue(value: unknown, path: readonly PropertyKey[], issues: Issue[]): value is string {
  if (isCivilDate(value)) return true;
  issues.push(issue(path, 'invalid-date', `${showValue(value)} is not a civil date: expected a real date written YYYY-MM-DD`, `${showValue(value)}不是日期：应为YYYY-MM-DD格式的真实日期`));
  return false;
}

/**
 * Adds an issue unless `value` is a whole number in `[min, max]`.
 *
 * @internal
 * @example
 * ```ts
 * integerIssue(5.5, ['months'], 1, 1200, issues); // false, one issue
 * ```
 */
export function integerIssue(value: unknown, path: readonly PropertyKey[], min: number, max: number, issues: Issue[]): value is number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return true;
  issues.push(issue(path, 'invalid-number', `expected a whole number from ${min} to ${max}, got ${showValue(value)}`, `应为${min}至${max}之间的整数，实际为${showValue(value)}`));
  return false;
}

/**
 * Throws one error listing every issue, if there is any: an `InvalidDateError` when every
 * issue is a bad date, else a `ValidationError`.
 *
 * @internal
 * @example
 * ```ts
 * throwIfAny(issues, { 'zh-CN': '输入无效', en: 'Invalid input' });
 * ```
 */
export function throwIfAny(issues: readonly Issue[], title: LocalizedText, locale: Locale = 'en'): void {
  if (issues.length === 0) return;
  if (issues.every((i) => i.code === 'invalid-date')) throw new InvalidDateError(title, issues, locale);
  throw new ValidationError(title, issues, locale);
}

/**
 * A `Map` that refuses writes (`set`, `delete`, `clear` throw a `TypeError`, as a frozen object
 * does in strict mode), frozen itself: for registries the library exports. The library reads
 * its own private map, so even `Map.prototype.set.call(exported, …)` changes nothing it answers.
 *
 * @internal
 * @example
 * ```ts
 * export const REGISTRY: ReadonlyMap<string, Spec> = readOnlyMap(PRIVATE);
 * ```
 */
export function readOnlyMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  return Object.freeze(new ReadOnlyMap(entries));
}

class ReadOnlyMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [k, v] of entries) Map.prototype.set.call(this, k, v);
  }

  override set(): this {
    throw new TypeError('read-only map');
  }

  override delete(): boolean {
    throw new TypeError('read-only map');
  }

  override clear(): void {
    throw new TypeError('read-only map');
  }
}

/**
 * The specs, as a frozen list, with their labels deeply frozen (a spec is frozen by
 * `defineValueTable`/`defineSetTable`, its label is shared data): labels go into results.
 *
 * @internal
 * @example
 * ```ts
 * export const TABLES = frozenSpecs([PASSPORT_VALIDITY, EXIT_BANS]);
 * ```
 */
export function frozenSpecs<S extends { readonly label: object }>(specs: readonly S[]): readonly S[] {
  for (const s of specs) deepFreeze(s.label);
  return Object.freeze([...specs]);
}
