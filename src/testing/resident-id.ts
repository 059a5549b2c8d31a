/**
 * Made-up identity numbers for generated applications: a GB 11643-1999 number is the address
 * code, the birth date, a sequence (odd for men, even for women) and a computed check character.
 *
 * @module
 */
import * as z from 'zod/mini';
import { computeResidentIdCheckCharacter } from '../eligibility/resident-id.js';
import { isCivilDate } from '../rules/civil-date.js';
import { parseOrThrow } from '../rules/zod-issues.js';

const inputSchema = /* @__PURE__ */ z.strictObject({
  address: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code')),
  birthDate: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isCivilDate, 'expected a real date written YYYY-MM-DD')),
  sex: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['male', 'female'])),
  sequence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(499))),
});

/**
 * What {@link makeResidentId} needs: the six-digit address code (usually the hukou county), the
 * birth date, and optionally the sex and which of the 500 sequence numbers of that sex to use.
 *
 * @example
 * ```ts
 * const input: MakeResidentIdInput = { address: '510104', birthDate: '1990-03-15', sex: 'male' };
 * ```
 */
export interface MakeResidentIdInput {
  readonly address: string;
  readonly birthDate: string;
  /** Default `male`. */
  readonly sex?: 'male' | 'female';
  /** 0–499: the sequence is `2 × sequence + 1` for a man, `2 × sequence` for a woman (default 61: `123`). */
  readonly sequence?: number;
}

/**
 * A made-up but well-formed citizen identity number (公民身份号码): address code, birth date,
 * sequence and the MOD 11-2 check character. For test data only: it names nobody in particular,
 * and the library masks it in every message it writes.
 *
 * @throws `ValidationError` listing every problem of the input.
 * @example
 * ```ts
 * makeResidentId({ address: '510104', birthDate: '1990-03-15' }); // '510104199003151237'
 * makeResidentId({ address: '110105', birthDate: '1949-12-31', sex: 'female', sequence: 1 }); // '11010519491231002X'
 * ```
 */
export function makeResidentId(input: MakeResidentIdInput): string {
  const i = parseOrThrow(inputSchema, input, { 'zh-CN': '生成身份号码的输入无效', en: 'Invalid input for makeResidentId' });
  return residentIdFor(i.address, i.birthDate, i.sex ?? 'male', i.sequence ?? 61);
}

/** The number without checking the input (the arbitraries build valid parts). @internal */
export function residentIdFor(address: string, birthDate: string, sex: 'male' | 'female', sequence: number): string {
  const n = 2 * sequence + (sex === 'male' ? 1 : 0);
  const body = `${address}${birthDate.slice(0, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${String(n).padStart(3, '0')}`;
  return body + computeResidentIdCheckCharacter(body);
}
