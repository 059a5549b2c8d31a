/**
 * Policies known to be sound without checking them again: those the package validated
 * (`validatePolicy`, `parsePolicy`) and those it assembled from parts the test suite validates
 * (the built-in and kiosk policies). Compiling one of them skips the structural checks, which
 * is what lets the kiosk entry resolve policies without carrying a schema library: its
 * `policyAt` accepts only these (and policies the package has already compiled).
 *
 * @module
 */

/** Policies validated or assembled by the package (deeply frozen, so they stay sound). */
const TRUSTED = new WeakSet<object>();

/**
 * Records that `policy` (deeply frozen) was validated or assembled by the package.
 *
 * @internal
 * @example
 * ```ts
 * trustPolicy(assembled);
 * ```
 */
export function trustPolicy<P extends object>(policy: P): P {
  TRUSTED.add(policy);
  return policy;
}

/**
 * Whether `policy` was validated or assembled by the package. O(1).
 *
 * @internal
 * @example
 * ```ts
 * isTrustedPolicy(defaultPolicy()); // true
 * ```
 */
export function isTrustedPolicy(policy: unknown): boolean {
  return typeof policy === 'object' && policy !== null && TRUSTED.has(policy);
}
