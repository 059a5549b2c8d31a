/**
 * What-if changes as a layer over a policy: add them, take them back, or fold them in.
 *
 * @module
 */
import { ValidationError } from './errors.js';
import type { Change, Policy } from './policy.js';
import type { TableSpec } from './table.js';
import { parsePolicy } from './validate-policy.js';

/** Structural equality of JSON values (key order ignored). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A new validated policy with `changes` added on top of its what-if layer. The baseline and
 * local measures are untouched, so the changes stay visible, diffable and removable.
 *
 * @throws `PolicyValidationError` listing every problem (unknown table, wrong kind, a value the
 * table's schema rejects, an unknown division, a result with gaps …).
 * @example
 * ```ts
 * const whatIf = withChangesUsing(policy, [{ op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '320300', from: '2027-01-01', cite: { issuer: 'what-if', title: 'Xuzhou joins' } }], specs);
 * ```
 */
export function withChangesUsing(policy: Policy, changes: readonly Change[], specs: readonly TableSpec[]): Policy {
  return parsePolicy({ ...policy, changes: [...policy.changes, ...changes] }, specs);
}

/**
 * The policy with `changes` taken back off its what-if layer: they must be the last ones
 * added, in order. `revert(withChanges(p, c), c)` is `p` again.
 *
 * @throws `ValidationError` when the layer does not end with `changes`.
 * @example
 * ```ts
 * const back = revertChanges(whatIf, changes); // deep-equal to the policy before
 * ```
 */
export function revertChanges(policy: Policy, changes: readonly Change[]): Policy {
  const n = changes.length;
  const tail = policy.changes.slice(policy.changes.length - n);
  if (n > policy.changes.length || !jsonEqual(tail, changes)) {
    const message = 'the policy\'s what-if layer does not end with these changes';
    throw new ValidationError(message, [{ path: ['changes'], code: 'not-applied', message }]);
  }
  return { ...policy, changes: policy.changes.slice(0, policy.changes.length - n) };
}
