/**
 * The citizen identity number (公民身份号码) of GB 11643-1999, the number on the second-generation
 * resident identity card and in the household register: parsed, checked and explained.
 *
 * Structure (GB 11643-1999, 号码的结构和表示形式; 国发〔1999〕15号 item 1): 18 characters =
 * 6-digit address code + 8-digit birth date `YYYYMMDD` + 3-digit sequence (odd: male, even:
 * female) + a check character computed with ISO 7064:1983 MOD 11-2 over the first 17 digits,
 * weights `7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2` (2^(17−i) mod 11), remainder `0…10` →
 * `1 0 X 9 8 7 6 5 4 3 2`.
 *
 * Decisions, each documented where it is applied:
 * - **Lower-case `x`** as the last character is accepted and normalised to `X`. The standard
 *   writes a capital X; the lower-case letter is the same check value typed on a keyboard, and
 *   refusing it would reject the applicant's real number. Nothing else is normalised: spaces,
 *   full-width digits (０…９) and other letters are reported.
 * - **Address code**: only its first two digits are checked, against the provincial-level
 *   divisions of GB/T 2260 (src/rules/divisions.ts). The full six digits are *not* looked up in
 *   today's catalogue: the number is assigned once and never changes (居民身份证法 art. 3(2);
 *   国发〔1999〕15号 item 2), so numbers carrying the code of a county since abolished, merged
 *   or renamed stay valid, and the code says nothing about the holder's present hukou. Numbers
 *   beginning 81/82/83 (residence permits of HK, Macau and Taiwan residents) are not citizen
 *   numbers of mainland residents and are reported as `unknown-province`.
 * - **Birth date**: must be a real date in the year 1800 or later (the standard's own example is
 *   born in 1880), and, when an `asOf` date is given, not after it. The clock is never read.
 * - **15-digit numbers** (first generation, GB 11643-1989) are rejected with their own code:
 *   every citizen was given the 18-digit number from 1999-10-01 (国发〔1999〕15号) and
 *   first-generation cards stopped being valid on 2013-01-01 (主席令第五十一号), so the
 *   18-digit number is the one to give — even for an application dated before 2013.
 *
 * The citations and the reason catalogue are in `resident-id-reasons.ts`; this module re-exports
 * their public part.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CivilDate, daysInMonth, isCivilDate, parseCivilDate } from '../rules/civil-date.js';
import { divisionOf } from '../rules/divisions.js';
import { ChurujingError, type Issue, type Locale, ValidationError, maskResidentId, showValue } from '../rules/errors.js';
import { localeOption } from '../rules/locale-option.js';
import { type Reason, renderReason } from '../rules/reasons.js';
import { CITES, RESIDENT_ID_REASONS, type ResidentIdIssueCode } from './resident-id-reasons.js';

export {
  CITIZEN_NUMBER_DECISION_1999,
  GB_11643_1999,
  ID_CARD_LAW_AMENDMENT_2011,
  ID_CARD_LAW_ART_3,
  RESIDENT_ID_REASONS,
  type ResidentIdIssueCode,
} from './resident-id-reasons.js';

/**
 * A parsed citizen identity number.
 *
 * @example
 * ```ts
 * const id: ResidentId = {
 *   id: '11010519491231002X', addressCode: '110105', provinceCode: '110000',
 *   birthDate: '1949-12-31', sequence: '002', sex: 'female', checkCharacter: 'X',
 * };
 * ```
 */
export interface ResidentId {
  /** The number, normalised (a final lower-case `x` becomes `X`). */
  readonly id: string;
  /** The first six digits: the GB/T 2260 code of the county when the number was assigned (not checked against today's catalogue). */
  readonly addressCode: string;
  /** The provincial-level division of the address code, `PP0000`. */
  readonly provinceCode: string;
  readonly birthDate: CivilDate;
  /** Digits 15–17. */
  readonly sequence: string;
  /** From the parity of the sequence: odd male, even female. */
  readonly sex: 'male' | 'female';
  /** The 18th character: a digit or `X`. */
  readonly checkCharacter: string;
}

/**
 * Options of {@link parseResidentId}.
 *
 * @example
 * ```ts
 * const o: ResidentIdOptions = { statedBirthDate: '1990-03-15', asOf: '2025-01-24', path: ['applicant', 'residentId'] };
 * ```
 */
export interface ResidentIdOptions {
  /** A birth date stated elsewhere (on a form), compared with the number's. */
  readonly statedBirthDate?: unknown;
  /** The reference date (never the clock): a birth date after it is an error. */
  readonly asOf?: CivilDate;
  /** Where the number sits in the caller's input, for the issues. */
  readonly path?: readonly PropertyKey[];
  /** Where the stated birth date sits, for its issues (default: `path`). */
  readonly statedBirthDatePath?: readonly PropertyKey[];
  /** The locale of the error's message (`'en'` by default; an unknown one is a `ValidationError`). */
  readonly locale?: Locale;
}

/**
 * A citizen identity number with problems. `issues` lists every problem at once (codes:
 * {@link ResidentIdIssueCode}), `reasons` the same problems as reason codes
 * (`resident-id.<code>`) with parameters and citations, for zh-CN/en rendering.
 *
 * @example
 * ```ts
 * try {
 *   parseResidentId('110105194912310021');
 * } catch (e) {
 *   if (e instanceof InvalidResidentIdError) e.issues.map((i) => i.code); // ['check-character-mismatch']
 * }
 * ```
 */
export class InvalidResidentIdError extends ChurujingError {
  /** The value given; a string with everything past its sixth character masked but the last four (`510104********1237`). */
  readonly value: unknown;
  /** Every problem as a reason (code, params, citation). */
  readonly reasons: readonly Reason[];

  constructor(value: unknown, issues: readonly Issue[], reasons: readonly Reason[], locale: Locale = 'en') {
    super('invalid-resident-id', { 'zh-CN': `公民身份号码${maskedValue(value)}无效`, en: `Invalid citizen identity number ${maskedValue(value)}` }, issues, locale);
    // never the whole number: the birth date and sequence are masked (510104********1237)
    this.value = typeof value === 'string' ? maskResidentId(value) : value;
    this.reasons = reasons;
  }
}

/** A value as an error names it: a string masked past its sixth character (see `maskResidentId`), anything else as `showValue` shows it. */
function maskedValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(maskResidentId(value.length > 40 ? value.slice(0, 40) : value)) : showValue(value);
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';
const DIGITS17 = /^\d{17}$/;
const EARLIEST_BIRTH_YEAR = 1800;

function checkOf(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/**
 * The check character (ISO 7064:1983 MOD 11-2, GB 11643-1999) of a 17-digit body: the sum of
 * the digits times the weights `7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2`, modulo 11, mapped
 * `0…10` → `1 0 X 9 8 7 6 5 4 3 2`.
 *
 * @throws {@link InvalidResidentIdError} when `body` is not 17 ASCII digits.
 * @example
 * ```ts
 * computeResidentIdCheckCharacter('11010519491231002'); // 'X' (the standard's example)
 * computeResidentIdCheckCharacter('44052418800101001'); // '4'
 * ```
 */
export function computeResidentIdCheckCharacter(body: string): string {
  if (typeof body !== 'string' || !DIGITS17.test(body)) {
    const messages = { 'zh-CN': `${maskedValue(body)}不是17位数字的公民身份号码本体码`, en: `${maskedValue(body)} is not the 17-digit body of a citizen identity number` };
    throw new InvalidResidentIdError(body, [{ path: [], code: 'wrong-length', message: messages.en, messages }], []);
  }
  return checkOf(body);
}

/**
 * What {@link inspectResidentId} finds: the problems, and the parsed number when there are none.
 *
 * @internal
 * @example
 * ```ts
 * const r: ResidentIdInspection = inspectResidentId('11010519491231002X');
 * ```
 */
export interface ResidentIdInspection {
  readonly issues: readonly Issue[];
  readonly reasons: readonly Reason[];
  readonly parsed?: ResidentId;
  /** The birth date read from the number, when it is a real date (even if other parts are wrong). */
  readonly birthDate?: CivilDate;
}

/**
 * Normalises a final lower-case `x` of an 18-character string to `X` (see the module note).
 *
 * @internal
 * @example
 * ```ts
 * normaliseResidentId('11010519491231002x'); // '11010519491231002X'
 * ```
 */
export function normaliseResidentId(value: string): string {
  return value.length === 18 && value.endsWith('x') ? `${value.slice(0, 17)}X` : value;
}

/**
 * Every problem of a would-be citizen identity number, never throwing for any `value`
 * (`asOf`, a caller's parameter, must be a real date). `birthDate` is the number's birth date
 * whenever its birth-date code is a real date, even if other parts are wrong.
 *
 * @internal
 * @example
 * ```ts
 * inspectResidentId('110105194912310021').issues.map((i) => i.code); // ['check-character-mismatch']
 * inspectResidentId('110105194912310021').birthDate;                 // '1949-12-31'
 * ```
 */
export function inspectResidentId(value: unknown, options: ResidentIdOptions = {}): ResidentIdInspection {
  const fast = inspectValid(value, options);
  return fast ?? inspectSlowly(value, options);
}

/** Whether the two digits `PP` start a mainland provincial-level code, indexed by `PP` (built on first use). */
let provinces: readonly boolean[] | undefined;

function provinceTable(): readonly boolean[] {
  if (provinces) return provinces;
  const table: boolean[] = [];
  for (let pp = 0; pp < 100; pp++) table.push(divisionOf(`${pp < 10 ? '0' : ''}${pp}0000`)?.level === 'province');
  provinces = Object.freeze(table);
  return provinces;
}

/** The digit at `i` of a string already known to hold ASCII digits there. */
function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

const NO_ISSUES: readonly Issue[] = /* @__PURE__ */ Object.freeze([]);
const NO_REASONS: readonly Reason[] = /* @__PURE__ */ Object.freeze([]);

/** The last valid number read by {@link inspectValid} and its inspection (frozen): a schema and then its caller often read the same number twice in a row. */
let lastValid: string | undefined;
let lastInspection: ResidentIdInspection | undefined;

/**
 * The inspection of a number without any problem; `undefined` as soon as anything is off (a
 * problem, or a stated birth date), and {@link inspectSlowly} then finds and words every problem.
 * For a valid number both return deep-equal results (this one frozen, and the same object for
 * the same number).
 */
function inspectValid(value: unknown, options: ResidentIdOptions): ResidentIdInspection | undefined {
  if (typeof value !== 'string' || options.statedBirthDate !== undefined) return undefined;
  let r = value === lastValid ? lastInspection : undefined;
  if (r === undefined) {
    r = readValid(value);
    if (r === undefined) return undefined;
    lastValid = value;
    lastInspection = r;
  }
  const asOf = options.asOf;
  if (asOf !== undefined) {
    parseCivilDate(asOf, ['asOf']);
    if ((r.birthDate as string) > asOf) return undefined;
  }
  return r;
}

/** The inspection of a valid number, read with plain character arithmetic (no regex, no closure, no intermediate strings but the result's own); `undefined` for any other string. */
function readValid(value: string): ResidentIdInspection | undefined {
  if (value.length !== 18) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    sum += d * (WEIGHTS[i] as number);
  }
  const last = value.charCodeAt(17);
  // '0'…'9', 'X', or 'x' (normalised to 'X').
  const check = last === 120 ? 'X' : last === 88 || (last >= 48 && last <= 57) ? value.charAt(17) : undefined;
  if (check === undefined || check !== CHECK.charAt(sum % 11)) return undefined;
  if (!provinceTable()[digitAt(value, 0) * 10 + digitAt(value, 1)]) return undefined;
  const year = digitAt(value, 6) * 1000 + digitAt(value, 7) * 100 + digitAt(value, 8) * 10 + digitAt(value, 9);
  const month = digitAt(value, 10) * 10 + digitAt(value, 11);
  const day = digitAt(value, 12) * 10 + digitAt(value, 13);
  if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const id = last === 120 ? `${value.slice(0, 17)}X` : value;
  const parsed: ResidentId = Object.freeze({
    id,
    addressCode: id.slice(0, 6),
    provinceCode: `${id.slice(0, 2)}0000`,
    birthDate,
    sequence: id.slice(14, 17),
    sex: (digitAt(id, 16) & 1) === 1 ? 'male' : 'female',
    checkCharacter: check,
  });
  return Object.freeze({ issues: NO_ISSUES, reasons: NO_REASONS, parsed, birthDate });
}

/** Every problem, one by one (see {@link inspectResidentId}). */
function inspectSlowly(value: unknown, options: ResidentIdOptions): ResidentIdInspection {
  const path = options.path ?? [];
  const issues: Issue[] = [];
  const reasons: Reason[] = [];
  const add = (code: ResidentIdIssueCode, params: Record<string, string | number>, at: readonly PropertyKey[] = path): void => {
    const reason: Reason = { code: `resident-id.${code}`, params, cite: CITES[code] };
    reasons.push(reason);
    const messages = { 'zh-CN': renderReason(reason, 'zh-CN', RESIDENT_ID_REASONS), en: renderReason(reason, 'en', RESIDENT_ID_REASONS) };
    issues.push({ path: at, code, message: messages.en, messages });
  };
  const asOf = options.asOf;
  if (asOf !== undefined) parseCivilDate(asOf, ['asOf']);

  let birthDate: CivilDate | undefined;
  let parsed: ResidentId | undefined;
  if (typeof value !== 'string') {
    add('not-a-string', { value: showValue(value) });
  } else if (value.length === 15 && /^\d{15}$/.test(value)) {
    add('first-generation-id', { value: maskResidentId(value) });
  } else {
    const s = normaliseResidentId(value);
    if (s.length !== 18) add('wrong-length', { length: s.length });
    const n = Math.min(s.length, 18);
    let charsOk = true;
    for (let i = 0; i < n; i++) {
      const c = s.charAt(i);
      const ok = (c >= '0' && c <= '9') || (i === 17 && c === 'X');
      if (!ok) {
        charsOk = false;
        add('invalid-character', { position: i + 1, character: JSON.stringify(c) });
      }
    }
    if (/^\d{2}/.test(s)) {
      const province = divisionOf(`${s.slice(0, 2)}0000`);
      if (province?.level !== 'province') add('unknown-province', { digits: s.slice(0, 2) });
    }
    if (s.length >= 14 && /^\d{8}$/.test(s.slice(6, 14))) {
      const digits = s.slice(6, 14);
      const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
      if (!isCivilDate(date) || Number(digits.slice(0, 4)) < EARLIEST_BIRTH_YEAR) add('impossible-birth-date', { digits });
      else if (asOf !== undefined && date > asOf) add('birth-date-in-future', { birthDate: date, asOf });
      else birthDate = date;
    }
    if (s.length === 18 && charsOk) {
      const expected = checkOf(s.slice(0, 17));
      if (expected !== s.charAt(17)) add('check-character-mismatch', { actual: s.charAt(17), expected });
    }
    if (issues.length === 0 && birthDate !== undefined) {
      const sequence = s.slice(14, 17);
      parsed = {
        id: s,
        addressCode: s.slice(0, 6),
        provinceCode: `${s.slice(0, 2)}0000`,
        birthDate,
        sequence,
        sex: Number(sequence) % 2 === 1 ? 'male' : 'female',
        checkCharacter: s.charAt(17),
      };
    }
  }

  if (options.statedBirthDate !== undefined) {
    const stated = options.statedBirthDate;
    const at = options.statedBirthDatePath ?? path;
    if (!isCivilDate(stated)) add('invalid-stated-birth-date', { value: showValue(stated) }, at);
    else if (birthDate !== undefined && stated !== birthDate) add('birth-date-mismatch', { stated, derived: birthDate }, at);
  }

  const out: ResidentIdInspection = { issues, reasons };
  if (issues.length === 0 && parsed) return { ...out, parsed, birthDate: parsed.birthDate };
  return birthDate === undefined ? out : { ...out, birthDate };
}

/**
 * Parses a GB 11643-1999 citizen identity number (公民身份号码) and checks it: length and
 * characters, a mainland province in the first two digits, a real birth date (not after
 * `asOf`, if given), the MOD 11-2 check character (saying which one was expected), and — if a
 * birth date is stated — that it matches. A final lower-case `x` is accepted as `X`. Reads no
 * clock.
 *
 * @throws {@link InvalidResidentIdError} listing every problem at once (for any input, never
 *   another exception type; an invalid `asOf` raises `InvalidDateError`).
 * @example
 * ```ts
 * parseResidentId('11010519491231002X');
 * // { id: '11010519491231002X', addressCode: '110105', provinceCode: '110000', birthDate: '1949-12-31',
 * //   sequence: '002', sex: 'female', checkCharacter: 'X' }
 * parseResidentId('11010519491231002x').id; // '11010519491231002X'
 * parseResidentId('110105491231002');      // throws: first-generation-id
 * parseResidentId('11010519491231002X', { statedBirthDate: '1949-12-30' }); // throws: birth-date-mismatch
 * ```
 */
export function parseResidentId(value: unknown, options: ResidentIdOptions = {}): ResidentId {
  const o = checkOptions(options);
  const r = inspectResidentId(value, o);
  if (r.parsed && r.issues.length === 0) return r.parsed;
  throw new InvalidResidentIdError(value, r.issues, r.reasons, o.locale);
}

const OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['statedBirthDate', 'asOf', 'path', 'statedBirthDatePath', 'locale']);
const NO_OPTIONS: ResidentIdOptions = /* @__PURE__ */ Object.freeze({});

/** The options of {@link parseResidentId}, checked: an object of known keys, paths as arrays, a known locale (an invalid `asOf` is reported by the inspection). */
function checkOptions(options: unknown): ResidentIdOptions {
  if (options === undefined) return NO_OPTIONS;
  const issues: Issue[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({ path: ['options'], code: 'invalid_type', message: `expected an options object, got ${showValue(options)}`, messages: { 'zh-CN': `选项应为对象，收到的是${showValue(options)}`, en: `expected an options object, got ${showValue(options)}` } });
  } else {
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.has(key)) issues.push({ path: ['options', key], code: 'unrecognized_keys', message: `unknown option ${JSON.stringify(key)}`, messages: { 'zh-CN': `未知选项${JSON.stringify(key)}`, en: `unknown option ${JSON.stringify(key)}` } });
    }
    const o = options as Record<string, unknown>;
    for (const key of ['path', 'statedBirthDatePath'] as const) {
      if (o[key] !== undefined && !Array.isArray(o[key])) issues.push({ path: ['options', key], code: 'invalid_type', message: 'expected an array of keys', messages: { 'zh-CN': '应为键的数组', en: 'expected an array of keys' } });
    }
    if (o.asOf !== undefined && typeof o.asOf !== 'string') issues.push({ path: ['options', 'asOf'], code: 'invalid-date', message: 'expected a real date written YYYY-MM-DD', messages: { 'zh-CN': '应为YYYY-MM-DD格式的真实日期', en: 'expected a real date written YYYY-MM-DD' } });
  }
  if (issues.length > 0) throw new ValidationError({ 'zh-CN': '公民身份号码选项无效', en: 'Invalid identity-number options' }, issues);
  const locale = localeOption(options);
  return locale === (options as ResidentIdOptions).locale ? (options as ResidentIdOptions) : { ...(options as ResidentIdOptions), locale };
}

/**
 * Whether `value` is a valid GB 11643-1999 citizen identity number (a final lower-case `x`
 * included). Never throws.
 *
 * @example
 * ```ts
 * isValidResidentId('11010519491231002X'); // true
 * isValidResidentId('110105194912310021'); // false: the check character should be X
 * isValidResidentId(42);                   // false
 * ```
 */
export function isValidResidentId(value: unknown): boolean {
  return inspectResidentId(value).parsed !== undefined;
}

/**
 * Schema of a citizen identity number, for use inside other schemas: a final lower-case `x` is
 * normalised to `X`, and each problem is a `custom` zod issue whose `params.code` is the
 * {@link ResidentIdIssueCode} (`params` also carries the reason's parameters and, as
 * `params['zh-CN']`, the zh-CN message; the issue's `message` is the English one). Does not check the
 * birth date against a reference date (no clock): {@link parseResidentId} with `asOf` does.
 *
 * @example
 * ```ts
 * residentIdSchema.parse('11010519491231002x'); // '11010519491231002X'
 * residentIdSchema.safeParse('110105194912310021').error?.issues[0]?.params; // { code: 'check-character-mismatch', actual: '1', expected: 'X', 'zh-CN': '校验码（第18位）应为X，而不是1（ISO 7064 MOD 11-2）' }
 * ```
 */
export const residentIdSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.overwrite(normaliseResidentId), /* @__PURE__ */ z.superRefine((value, ctx) => {
    const r = inspectResidentId(value);
    for (let i = 0; i < r.issues.length; i++) {
      const issue = r.issues[i] as Issue;
      // the zh-CN text goes with it (zod-issues reads params['zh-CN']), else both locales would say the English one
      ctx.addIssue({ code: 'custom', message: issue.messages?.en ?? issue.message, params: { code: issue.code, ...(r.reasons[i]?.params ?? {}), 'zh-CN': issue.messages?.['zh-CN'] ?? issue.message } });
    }
  }), /* @__PURE__ */ z.meta({
    description: 'Citizen identity number (公民身份号码, GB 11643-1999): 17 digits and a check digit or X',
    pattern: '^[0-9]{17}[0-9Xx]$',
  }));

/**
 * The code a zod issue stands for: a `custom` issue's `params.code` when it has one (the
 * resident-ID and cross-field checks), else zod's own code.
 *
 * @internal
 * @example
 * ```ts
 * issueCodeOf({ code: 'custom', params: { code: 'unknown-province' } }); // 'unknown-province'
 * issueCodeOf({ code: 'invalid_type' });                                 // 'invalid_type'
 * ```
 */
export function issueCodeOf(issue: { readonly code: string; readonly params?: unknown }): string {
  const params = issue.params;
  if (issue.code === 'custom' && typeof params === 'object' && params !== null && 'code' in params) {
    const code = (params as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return issue.code;
}
