/**
 * What-if changes as a layer over a policy: add them, take them back, or fold them in. Every
 * policy these functions return is validated and deeply frozen.
 *
 * @module
 */
import { materialize } from './apply-changes.js';
import { type Locale, ValidationError } from './errors.js';
import { PolicyValidationError } from './policy-error.js';
import type { Change, Policy } from './policy.js';
import { snapshot } from './snapshot.js';
import type { TableSpec } from './table.js';
import { parsePolicy, specsValidatedFor, validateAddedChanges } from './validate-policy.js';

/** Structural equality of JSON values (key order ignored; recursion as deep as `a`, a validated policy's part). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A new validated policy with `changes` added on top of its what-if layer. The baseline and
 * local measures are untouched, so the changes stay visible, diffable and removable. Only the
 * new changes and the tables they touch are checked when `policy` was validated before (every
 * policy this library returns was): adding n changes costs O(n log n).
 *
 * @throws `PolicyValidationError` listing every problem (a policy that is not one, unknown
 * table, wrong kind, a value the table's schema rejects, an unknown division, a result with
 * gaps …); `ValidationError` when `specs` is not an array of table specs.
 * @example
 * ```ts
 * const whatIf = withChangesUsing(policy, [{ op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '320300', from: '2027-01-01', cite: { issuer: 'what-if', title: 'Xuzhou joins' } }], specs);
 * ```
 */
export function withChangesUsing(policy: Policy, changes: readonly Change[], specs: readonly TableSpec[], locale: Locale = 'en'): Policy {
  const r = validateAddedChanges(policy, changes, specs, locale);
  if (!r.ok) throw new PolicyValidationError(r.issues, locale);
  return r.policy;
}

/**
 * The policy with `changes` taken back off its what-if layer: they must be the last ones
 * added, in order. `revertChanges(withChanges(p, c), c)` is `p` again (deep-equal). The policy
 * is checked against `specs`, by default the tables it was validated against (every policy
 * `withChanges` returns was).
 *
 * @throws `PolicyValidationError` when `policy` is not a valid policy (or, without `specs`, one
 * never validated); `ValidationError` when `changes` is not an array, or the layer does not end
 * with it.
 * @example
 * ```ts
 * const whatIf = withChanges(defaultPolicy(), changes);
 * const back = revertChanges(whatIf, changes); // deep-equal to defaultPolicy()
 * ```
 */
export function revertChanges(policy: Policy, changes: readonly Change[], specs?: readonly TableSpec[], locale: Locale = 'en'): Policy {
  const known = specs ?? specsValidatedFor(policy);
  if (known === undefined) {
    const messages = { 'zh-CN': '未经验证的政策：请先用parsePolicy或validatePolicy验证，或传入表规格', en: 'a policy never validated: validate it first (parsePolicy, validatePolicy) or pass the table specs' };
    throw new PolicyValidationError([{ path: ['policy'], code: 'not-validated', message: messages[locale], messages }], locale);
  }
  const valid = parsePolicy(policy, known, { locale });
  if (!Array.isArray(changes)) {
    const messages = { 'zh-CN': '应为变更的数组', en: 'expected an array of changes' };
    throw new ValidationError({ 'zh-CN': '变更无效', en: 'Invalid changes' }, [{ path: ['changes'], code: 'invalid_type', message: messages[locale], messages }], locale);
  }
  const n = changes.length;
  const tail = valid.changes.slice(valid.changes.length - n);
  if (n > valid.changes.length || !jsonEqual(tail, changes)) {
    const messages = { 'zh-CN': '该政策的假设变更层并非以这些变更结尾', en: "the policy's what-if layer does not end with these changes" };
    throw new ValidationError({ 'zh-CN': '无法撤回变更', en: 'Cannot revert the changes' }, [{ path: ['changes'], code: 'not-applied', message: messages[locale], messages }], locale);
  }
  return parsePolicy({ ...valid, changes: valid.changes.slice(0, valid.changes.length - n) }, known, { locale });
}

/**
 * The policy with its what-if changes folded into its tables and an empty change layer
 * (validated first; the result is deeply frozen).
 *
 * @throws `PolicyValidationError` listing every problem of the policy.
 * @example
 * ```ts
 * const baked = materializeUsing(withChangesUsing(policy, [change], specs), specs);
 * baked.changes.length; // 0
 * ```
 */
export function materializeUsing(policy: Policy, specs: readonly TableSpec[], locale: Locale = 'en'): Policy {
  const valid = parsePolicy(policy, specs, { locale });
  return snapshot(materialize(valid));
}
