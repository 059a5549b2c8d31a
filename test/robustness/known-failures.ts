/**
 * Failures the robustness suite finds in modules whose fixes are under way elsewhere, by class
 * and target, with the module that owns the fix. The suite fails on any failure not listed here;
 * an entry whose failure no longer occurs is reported by the bulk run so that it can go.
 */
import type { FailureClass } from './harness.js';

export interface KnownFailure {
  readonly cls: FailureClass;
  readonly target: string;
  readonly owner: string;
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [];

/**
 * Exports the suite cannot call at all yet: a call with hostile arguments aborts the process
 * (not an exception: V8 stops), so it would take the whole suite down. Each is listed with the
 * module that must guard it; remove the entry once it does.
 */
export const SKIPPED_TARGETS: ReadonlyMap<string, string> = new Map();
