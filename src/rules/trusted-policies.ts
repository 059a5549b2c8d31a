/**
 * Policies known to be sound without checking them again: those the package validated
 * (`validatePolicy`, `parsePolicy`) and those it assembled from parts the test suite validates
 * (the built-in and kiosk policies). Compiling one of them skips the structural checks, which
 * is what lets the kiosk entry resolve policies without carrying a schema library: its
 * `policyAt` accepts only these (and policies the package has already compiled).
 *
 * @module
 */
import type { Policy } from './policy.js';

/**
 * Policies validated or assembled by the package (deeply frozen, so they stay sound), each with
 * its changes folded in (itself when it has none): compiling reads the folded form, so a trusted
 * policy is compiled without the code that folds changes.
 */
const TRUSTED = new WeakMap<object, Policy>();

/**
 * Records that `policy` (deeply frozen) was validated or assembled by the package; `flat` is
 * the policy with its changes folded in (deeply frozen), required when it has changes.
 *
 * @internal
 * @example
 * ```ts
 * trustPolicy(assembled);
 * trustPolicy(validated, snapshot(materialize(validated)));
 * ```
 */
export function trustPolicy<P extends Policy>(policy: P, flat?: Policy): P {
  if (flat === undefined && policy.changes.length > 0) throw new Error('trustPolicy: a policy with changes is trusted with its folded form');
  TRUSTED.set(policy, flat ?? policy);
  return policy;
}

/**
 * The folded form of a policy the package validated or assembled (itself when it has no
 * changes), or `undefined` for any other value. O(1).
 *
 * @internal
 * @example
 * ```ts
 * trustedFlat(defaultPolicy()) === defaultPolicy(); // true
 * ```
 */
export function trustedFlat(policy: unknown): Policy | undefined {
  return typeof policy === 'object' && policy !== null ? TRUSTED.get(policy) : undefined;
}
