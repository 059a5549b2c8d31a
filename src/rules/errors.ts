/**
 * Typed errors. Every error churujing throws is a {@link ChurujingError} with a stable
 * `code` and the full list of `issues` found, so a caller can show all problems at once.
 *
 * @module
 */

/**
 * One problem found in an input: where (`path`), what (`code`, stable) and a human message.
 * The shape matches zod's issues, so errors from zod schemas and from hand-written checks
 * can be shown the same way.
 *
 * @example
 * ```ts
 * const issue: Issue = { path: ['offDays', 0], code: 'weekend-off-day', message: '2027-01-02 is a Saturday' };
 * ```
 */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
}

/**
 * A short rendering of any value for an error message. Never throws, whatever it is given
 * (objects without a prototype, BigInt, cyclic structures …).
 *
 * @example
 * ```ts
 * showValue('2024-2-3');          // '"2024-2-3"'
 * showValue(Object.create(null)); // 'an object'
 * showValue(5n);                  // '5'
 * ```
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  return Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n object' : ' function'}`;
}

/**
 * Base class of every error churujing throws.
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay('2024-02-30');
 * } catch (e) {
 *   if (e instanceof ChurujingError) console.log(e.code, e.issues);
 * }
 * ```
 */
export class ChurujingError extends Error {
  /** Stable machine-readable code, e.g. `invalid-date`, `calendar-range`. */
  readonly code: string;
  /** Every problem found, never only the first. */
  readonly issues: readonly Issue[];

  constructor(code: string, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.issues = issues;
  }
}

/**
 * A civil date that is not a real `YYYY-MM-DD` date (e.g. `2024-02-30`, `2024-2-3`), or an
 * instant without an explicit UTC offset.
 *
 * @example
 * ```ts
 * try { addWorkingDays('2024-2-3', 1); } catch (e) { e instanceof InvalidDateError; } // true
 * ```
 */
export class InvalidDateError extends ChurujingError {
  constructor(message: string, issues: readonly Issue[]) {
    super('invalid-date', message, issues);
  }
}

/**
 * Input that fails its schema. `issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * try {
 *   computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: -1 } });
 * } catch (e) {
 *   if (e instanceof ValidationError) for (const i of e.issues) console.log(i.path.join('.'), i.message);
 * }
 * ```
 */
export class ValidationError extends ChurujingError {
  constructor(message: string, issues: readonly Issue[]) {
    super('invalid-input', message, issues);
  }
}
