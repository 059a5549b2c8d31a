/**
 * "Did you mean …" for GB/T 2260 codes that are not in force on a date: what replaced a retired
 * code, codes one digit off or with two neighbouring digits swapped, and the counties of the
 * prefecture a code names.
 *
 * @module
 */
import type { CivilDate } from './civil-date.js';
import { ArgumentProblems } from './division-args.js';
import { codeInForce, countiesOfGroup, recordsOf, statusOn, type DatedDivision, type DivisionOnDate } from './division-history.js';
import type { LocalizedText } from './errors.js';

/**
 * Why a code is suggested: `successor` (it replaced the code, directly or through later changes),
 * `one-digit-off`, `digits-swapped` (two neighbouring digits), `county-of-prefecture` (a county of
 * the prefecture the code's first four digits name).
 *
 * @example
 * ```ts
 * const r: SuggestionReason = 'successor';
 * ```
 */
export type SuggestionReason = 'successor' | 'one-digit-off' | 'digits-swapped' | 'county-of-prefecture';

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

function levelOfCode(code: string): 'province' | 'prefecture' | 'county' {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
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
  const the = c as string;
  const on = (x: string): DivisionOnDate => statusOn(x, day as number, date);
  const self = on(the);
  if (codeInForce(self)) return Object.freeze([]);

  const out: DivisionSuggestion[] = [];
  const seen = new Set<string>([the]);
  const offer = (x: string, reason: SuggestionReason): void => {
    if (out.length >= limit || seen.has(x)) return;
    const r = on(x);
    if (!codeInForce(r)) return;
    seen.add(x);
    const division = r.status === 'in-force' ? r.division : (r.status === 'uncertain' ? r.candidates.at(-1) : undefined);
    if (division) out.push(Object.freeze({ code: x, reason, division }));
  };

  // 1. Successors, followed through later changes (breadth first; the catalogue bounds the walk).
  const queue: string[] = [the];
  const walked = new Set<string>();
  while (queue.length > 0 && out.length < limit) {
    const x = queue.shift() as string;
    if (walked.has(x)) continue;
    walked.add(x);
    const r = x === the ? self : on(x);
    if (x !== the && codeInForce(r)) {
      offer(x, 'successor');
      continue;
    }
    for (const d of recordsOf(x)) {
      if (d.lastEdition === undefined || d.listedFrom > date) continue; // still listed, or not yet: no successor by then
      for (const s of d.successors) if (s.year === undefined && s.code !== x) queue.push(s.code);
    }
  }
  // 2. One digit off, the last digits first; 3. neighbouring digits swapped: codes of the same level only.
  const sameLevel = (x: string): boolean => levelOfCode(x) === levelOfCode(the);
  for (let i = 5; i >= 0; i--) {
    for (let digit = 0; digit <= 9; digit++) {
      const x = the.slice(0, i) + String(digit) + the.slice(i + 1);
      if (x !== the && sameLevel(x)) offer(x, 'one-digit-off');
    }
  }
  for (let i = 4; i >= 0; i--) {
    const x = the.slice(0, i) + (the[i + 1] as string) + (the[i] as string) + the.slice(i + 2);
    if (the[i] !== the[i + 1] && sameLevel(x)) offer(x, 'digits-swapped');
  }
  // 4. Counties of the prefecture the code names.
  for (const x of countiesOfGroup(the.slice(0, 4))) offer(x, 'county-of-prefecture');
  return Object.freeze(out);
}
