/**
 * "Did you mean …" for GB/T 2260 codes that are not in force on a date: what replaced a retired
 * code, codes one digit off or with two neighbouring digits swapped, and the counties of the
 * prefecture a code names.
 *
 * @module
 */
import type { CivilDate } from './civil-date.js';
import { ArgumentProblems } from './division-args.js';
import { type SuggestionReason, suggestCodes } from './division-codes.js';
import { type DatedDivision, namedRecord } from './division-history.js';
import type { LocalizedText } from './errors.js';

export type { SuggestionReason } from './division-codes.js';

/**
 * A code in force on the date that the caller may have meant.
 *
 * @example
 * ```ts
 * const s: DivisionSuggestion = suggestDivisions('510122', '2020-01-01')[0]!;
 * s.code;   // '510116'
 * s.reason; // 'successor'
 * ```
 */
export interface DivisionSuggestion {
  readonly code: string;
  readonly reason: SuggestionReason;
  readonly division: DatedDivision;
}

/**
 * At most this many suggestions, whatever the caller asks.
 *
 * @example
 * ```ts
 * suggestDivisions('510199', '2020-01-01', { limit: MAX_SUGGESTIONS }).length <= MAX_SUGGESTIONS; // true
 * ```
 */
export const MAX_SUGGESTIONS = 50;
const DEFAULT_LIMIT = 8;
const TITLE: LocalizedText = { 'zh-CN': '行政区划建议参数无效', en: 'Invalid division suggestion request' };

/**
 * Codes in force on `date` that the caller may have meant by `code`, best first: the successors
 * of a retired code (followed through later changes up to the date), then codes one digit off
 * (the last digits first), codes with two neighbouring digits swapped, and the counties of the
 * prefecture the code names. Empty when `code` itself is in force on the date. Each suggestion is
 * in force by the rule of `isDivisionCodeOn`; at most `limit` (default 8, at most 50). Cost is
 * bounded by the catalogue, not by the caller's input.
 *
 * @param options - `limit` (1-50) and `locale` of error messages.
 * @throws {@link ValidationError} if `code` is not six digits, `date` not a real date, or the options are wrong.
 * @example
 * ```ts
 * suggestDivisions('510122', '2020-01-01').map((s) => [s.code, s.reason]); // [['510116', 'successor'], …] (双流县 → 双流区)
 * suggestDivisions('510199', '2020-01-01')[0];                              // { code: '510129', reason: 'one-digit-off', division: { 'zh-CN': '大邑县', … } }
 * suggestDivisions('510116', '2020-01-01');                                  // [] (in force)
 * ```
 */
export function suggestDivisions(code: string, date: CivilDate, options?: { readonly limit?: number; readonly locale?: 'zh-CN' | 'en' }): readonly DivisionSuggestion[] {
  const p = new ArgumentProblems();
  const o = p.options(options, ['limit']);
  const c = p.code(code, ['code']);
  const day = p.date(date, ['date']);
  const rawLimit = Object.hasOwn(o, 'limit') ? o.limit : undefined;
  if (rawLimit !== undefined && !(Number.isInteger(rawLimit) && (rawLimit as number) >= 1 && (rawLimit as number) <= MAX_SUGGESTIONS)) {
    p.add(['options', 'limit'], 'invalid-limit', { 'zh-CN': `limit应为1到${MAX_SUGGESTIONS}之间的整数`, en: `limit must be an integer from 1 to ${MAX_SUGGESTIONS}` });
  }
  p.throwIfAny(TITLE);
  const limit = (rawLimit as number | undefined) ?? DEFAULT_LIMIT;
  return Object.freeze(suggestCodes(c as string, day as number, date, limit).map((x) => Object.freeze({ code: x.code, reason: x.reason, division: namedRecord(x.record) })));
}
