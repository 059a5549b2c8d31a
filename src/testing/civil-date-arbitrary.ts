/**
 * Civil dates for property tests: uniform over a range (by default the working-day calendar's
 * coverage, so that deadlines can be counted), with extra weight on given dates and the days
 * either side of them (a table's boundaries, a change's start). Shrinks towards `from`.
 *
 * @module
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { calendarCoverage } from '../deadlines/working-days.js';
import { formatCivilDate, parseCivilDate } from '../rules/civil-date.js';
import { ValidationError } from '../rules/errors.js';
import { checkOptions, dateOption, orderIssue } from './options.js';

const optionsSchema = /* @__PURE__ */ z.strictObject({ from: /* @__PURE__ */ z.optional(dateOption), to: /* @__PURE__ */ z.optional(dateOption), near: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(dateOption)) });

/**
 * Options of {@link civilDateArbitrary}.
 *
 * @example
 * ```ts
 * const o: CivilDateArbitraryOptions = { from: '2019-01-01', to: '2019-12-31', near: ['2019-07-01'] };
 * ```
 */
export interface CivilDateArbitraryOptions {
  /** First date (default: the first day of the built-in calendar, 2004-01-01). */
  readonly from?: string;
  /** Last date, inclusive (default: the last day of the built-in calendar). */
  readonly to?: string;
  /** Dates to favour: one draw in four is one of them or a day either side (inside the range). */
  readonly near?: readonly string[];
}

/** The epoch-day range of the options (validated). @internal */
export function dayRange(from: string | undefined, to: string | undefined): { min: number; max: number } {
  const coverage = calendarCoverage();
  return { min: parseCivilDate(from ?? coverage.from), max: parseCivilDate(to ?? coverage.to) };
}

/** Epoch days in [min, max], with weight on `near` and its neighbours. @internal */
export function dayArbitrary(min: number, max: number, near: readonly string[] = []): fc.Arbitrary<number> {
  const uniform = fc.integer({ min, max });
  const close = near.flatMap((d) => [-1, 0, 1].map((k) => parseCivilDate(d) + k)).filter((d) => d >= min && d <= max);
  if (close.length === 0) return uniform;
  return fc.oneof({ weight: 3, arbitrary: uniform }, { weight: 1, arbitrary: fc.constantFrom(...[...new Set(close)].sort((a, b) => a - b)) });
}

/**
 * An arbitrary of civil dates `YYYY-MM-DD` between `from` and `to` (inclusive), by default the
 * built-in working-day calendar's coverage. Seeded runs are reproducible; failures shrink
 * towards `from`.
 *
 * @throws `ValidationError` listing every problem of the options.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { civilDateArbitrary } from 'churujing/testing';
 *
 * fc.assert(fc.property(civilDateArbitrary({ from: '2025-01-01', to: '2025-12-31' }), (d) => d.startsWith('2025-')));
 * fc.sample(civilDateArbitrary({ near: ['2019-07-01'] }), { seed: 1, numRuns: 3 });
 * ```
 */
export function civilDateArbitrary(options: CivilDateArbitraryOptions = {}): fc.Arbitrary<string> {
  const o = checkOptions(optionsSchema, options, 'civilDateArbitrary');
  const { min, max } = dayRange(o.from, o.to);
  const inverted = orderIssue(formatCivilDate(min), formatCivilDate(max));
  if (inverted.length > 0) throw new ValidationError({ 'zh-CN': 'civilDateArbitrary 的选项无效', en: 'Invalid options of civilDateArbitrary' }, inverted);
  return dayArbitrary(min, max, o.near).map(formatCivilDate);
}
