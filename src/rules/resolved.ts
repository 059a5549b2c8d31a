/**
 * What a policy view answers: a value table's resolved value, a set's member entries, where a
 * rule comes from, and the errors of a lookup (a table the policy does not have; a date past a
 * table's verified date).
 *
 * @module
 */
import type { Citation } from './citation.js';
import type { CivilDate } from './civil-date.js';
import { ChurujingError, showValue } from './errors.js';
import type { Period } from './period.js';
import type { SetMember } from './table.js';

/**
 * A date lies after the last date a table is known to be true, and the caller asked for an
 * error rather than a flagged result.
 *
 * @example
 * ```ts
 * try { policyAt(defaultPolicy(), '2030-01-01').value(PASSPORT_VALIDITY); } catch (e) {
 *   if (e instanceof UnverifiedDateError) console.log(e.table, e.verifiedThrough);
 * }
 * ```
 */
export class UnverifiedDateError extends ChurujingError {
  readonly table: string;
  readonly verifiedThrough: CivilDate;
  readonly date: CivilDate;
  constructor(table: string, verifiedThrough: CivilDate, date: CivilDate) {
    const [t, v, d] = [table, verifiedThrough, date].map((x) => (typeof x === 'string' ? x : showValue(x))) as [string, string, string];
    const messages = {
      'zh-CN': `表${t}的数据核实至${v}；${d}在其后。传入 { beyondVerified: 'flag' } 可得到标记为未核实的结果。`,
      en: `Table ${t} is verified through ${v}; ${d} is later. Pass { beyondVerified: 'flag' } to get a result flagged as unverified.`,
    };
    super('beyond-verified', messages, [{ path: ['date'], code: 'beyond-verified', message: messages.en, messages }]);
    this.table = t;
    this.verifiedThrough = v;
    this.date = d;
  }
}

/**
 * A table the policy does not have, or of the other kind.
 *
 * @example
 * ```ts
 * try { policyAt(emptyPolicy, '2025-01-01').value(PASSPORT_VALIDITY); } catch (e) { e instanceof UnknownTableError; }
 * ```
 */
export class UnknownTableError extends ChurujingError {
  constructor(table: string, why: string) {
    const message = `Table ${typeof table === 'string' ? table : showValue(table)}: ${typeof why === 'string' ? why : showValue(why)}`;
    super('unknown-table', message, [{ path: ['table'], code: 'unknown-table', message }]);
  }
}

/**
 * Where a resolved rule came from: the national baseline or a division's local measure.
 *
 * @example
 * ```ts
 * const s: RuleSource = { level: 'local', division: '230100' };
 * ```
 */
export type RuleSource = { readonly level: 'national' } | { readonly level: 'local'; readonly division: string };

/**
 * A value table resolved at a date: in force with its entry, or not in force and why.
 *
 * @example
 * ```ts
 * const r = policyAt(defaultPolicy(), '2025-01-01').value(PASSPORT_VALIDITY);
 * if (r.inForce) console.log(r.value, r.cite.title, r.period);
 * ```
 */
export type ResolvedValue<T> =
  | {
      readonly inForce: true;
      readonly table: string;
      readonly value: T;
      readonly cite: Citation;
      readonly period: Period;
      readonly source: RuleSource;
      /** The date is after the table's `verifiedThrough` (only with `beyondVerified: 'flag'`). */
      readonly unverified: boolean;
      readonly uncertain?: string;
    }
  | {
      readonly inForce: false;
      readonly table: string;
      /** `not-yet`: before the first entry; `ended`: the rule was ended (`value: null`); `gap`: between entries. */
      readonly reason: 'not-yet' | 'ended' | 'gap';
      readonly cite?: Citation;
      readonly unverified: boolean;
    };

/**
 * A set member in force on a view's day: its entry, where it comes from, and whether the day is
 * past the table's `verifiedThrough` (only with `beyondVerified: 'flag'`).
 *
 * @example
 * ```ts
 * const m: ResolvedMember | undefined = policyAt(defaultPolicy(), '2024-03-06').member(G_SCHEME_CITIES, '610100');
 * m?.cite.title; m?.source.level; // 'national'
 * ```
 */
export type ResolvedMember = SetMember & { readonly source: RuleSource; readonly unverified: boolean };

/**
 * Options of {@link policyAt}.
 *
 * @example
 * ```ts
 * const o: PolicyAtOptions = { division: '440300', beyondVerified: 'flag' };
 * ```
 */
export interface PolicyAtOptions {
  /** GB/T 2260 code of the place (an office's or an applicant's); county codes fall back to their prefecture and province. */
  readonly division?: string;
  /** After a table's `verifiedThrough`: throw `UnverifiedDateError` (default) or flag the result. */
  readonly beyondVerified?: 'error' | 'flag';
}
