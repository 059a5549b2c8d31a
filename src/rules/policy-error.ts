/**
 * The error of a policy that does not validate.
 *
 * @module
 */
import { ChurujingError, type Issue, type Locale } from './errors.js';

/**
 * A policy that does not validate; `issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * try { withChanges(defaultPolicy(), changes); } catch (e) {
 *   if (e instanceof PolicyValidationError) e.issues.forEach((i) => console.log(i.path.join('.'), i.code, i.message));
 * }
 * ```
 */
export class PolicyValidationError extends ChurujingError {
  constructor(issues: readonly Issue[], locale: Locale = 'en') {
    super('invalid-policy', { 'zh-CN': '政策无效', en: 'Invalid policy' }, issues, locale);
  }
}
