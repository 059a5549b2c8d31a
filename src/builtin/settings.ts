/**
 * The settings object of the functions that default the policy to the built-in one
 * (`quoteFees`, `endorsementOptions`): `{ policy?, beyondVerified?, locale? }`, checked with
 * every problem reported. A policy the caller passes is validated against the built-in tables
 * once per (frozen) policy object.
 *
 * @module
 */
import { type Issue, type Locale, isLocale, showValue } from '../rules/errors.js';
import type { Policy } from '../rules/policy.js';
import { issue, objectIssues, own } from '../documents/checks.js';
import { snapshot } from '../rules/snapshot.js';
import { defaultPolicy, validatePolicy } from './builtin-policy.js';

/**
 * Policies already checked: the policy object a caller passed → the deeply frozen snapshot that
 * was validated and is used (so a later change to the caller's object changes nothing), or the
 * problems found. A `WeakMap`: an entry lives as long as the caller keeps the policy.
 */
const CHECKED = new WeakMap<object, Policy | readonly Issue[]>();

/** The checked settings, and the problems found. */
export interface Settings {
  readonly policy: Policy;
  readonly beyondVerified: 'error' | 'flag';
  readonly locale: Locale;
  readonly issues: readonly Issue[];
}

/**
 * Reads `{ policy?, beyondVerified?, locale? }` (absent: the built-in policy, errors past the
 * verified date, English), adding an issue for each problem instead of throwing. A policy is
 * validated against the built-in tables once per object, on a deeply frozen snapshot of it (the
 * policy's content when first used), which is what the functions then read.
 *
 * @internal
 * @example
 * ```ts
 * const s = readSettings(options, ['options']);
 * if (s.issues.length) throw new ValidationError(title, s.issues, s.locale);
 * ```
 */
export function readSettings(options: unknown, path: readonly PropertyKey[]): Settings {
  const issues: Issue[] = [];
  let policy: Policy | undefined;
  let beyondVerified: 'error' | 'flag' = 'error';
  let locale: Locale = 'en';
  if (options !== undefined && objectIssues(options, path, ['policy', 'beyondVerified', 'locale'], issues)) {
    const l = own(options, 'locale');
    if (isLocale(l)) locale = l;
    else if (l !== undefined) issues.push(issue([...path, 'locale'], 'unknown-locale', `unknown locale ${showValue(l)}: use 'zh-CN' or 'en'`, `不支持的语言${showValue(l)}：可用zh-CN或en`));
    const b = own(options, 'beyondVerified');
    if (b === 'flag' || b === 'error') beyondVerified = b;
    else if (b !== undefined) issues.push(issue([...path, 'beyondVerified'], 'invalid-value', `expected 'error' or 'flag', got ${showValue(b)}`, `应为error或flag，实际为${showValue(b)}`));
    const p = own(options, 'policy');
    if (p !== undefined) policy = checkedPolicy(p, [...path, 'policy'], issues);
  }
  return { policy: policy ?? defaultPolicy(), beyondVerified, locale, issues };
}

/** The policy to read (a validated frozen snapshot), or `undefined` with its problems added to `issues`. */
function checkedPolicy(p: unknown, path: readonly PropertyKey[], issues: Issue[]): Policy | undefined {
  const builtIn = defaultPolicy();
  if (p === builtIn) return builtIn;
  if (p === null || typeof p !== 'object') {
    issues.push(issue(path, 'invalid-policy', `expected a policy (defaultPolicy(), withChanges(…) or a validated policy JSON), got ${showValue(p)}`, `应为政策对象（defaultPolicy()、withChanges(…)或经校验的政策JSON），实际为${showValue(p)}`));
    return undefined;
  }
  let known = CHECKED.get(p);
  if (known === undefined) {
    // zod's parse is a copy of the policy's content now; the frozen snapshot of it is what is read from then on
    const r = validatePolicy(p);
    known = r.ok ? snapshot(r.policy) : r.issues;
    CHECKED.set(p, known);
  }
  if (!isIssues(known)) return known;
  const shown = known.slice(0, 20);
  for (const i of shown) issues.push({ ...i, path: [...path, ...i.path] });
  if (known.length > shown.length) issues.push(issue(path, 'invalid-policy', `and ${known.length - shown.length} more problems of the policy`, `政策另有${known.length - shown.length}个问题`));
  return undefined;
}

function isIssues(v: Policy | readonly Issue[]): v is readonly Issue[] {
  return Array.isArray(v);
}
