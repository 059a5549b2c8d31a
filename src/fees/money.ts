/**
 * Money in integer fen (CNY minor units, 1 yuan = 100 fen). No floating point: amounts are
 * safe integers and only integer arithmetic touches them. Every function checks its arguments
 * and throws one `ValidationError` listing every problem (a fraction of a fen, a string, a sum
 * past the safe integers …): an amount is never guessed.
 *
 * @module
 */
import { type Issue, type Locale, ValidationError, isLocale, showValue } from '../rules/errors.js';
import { issue, objectIssues, own } from '../documents/checks.js';

/**
 * An amount in fen. A branded number: make one with {@link fen} or {@link yuan}.
 *
 * @example
 * ```ts
 * const passport: Fen = yuan(120); // 12000
 * ```
 */
export type Fen = number & { readonly __unit: 'fen' };

const INVALID = { 'zh-CN': '金额无效', en: 'Invalid amount' } as const;

function amountIssue(amount: unknown, path: readonly PropertyKey[], issues: Issue[]): boolean {
  if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0) return true;
  issues.push(issue(path, 'invalid-amount', `${showValue(amount)} is not an amount in fen (a whole number >= 0)`, `${showValue(amount)}不是以分为单位的金额（应为不小于0的整数）`));
  return false;
}

function check(issues: readonly Issue[], locale: Locale = 'en'): void {
  if (issues.length) throw new ValidationError(INVALID, issues, locale);
}

/**
 * Checks and brands an amount in fen: a safe integer, not negative.
 *
 * @throws `ValidationError` otherwise.
 * @example
 * ```ts
 * fen(1550); // 15.50 yuan
 * ```
 */
export function fen(amount: number): Fen {
  const issues: Issue[] = [];
  amountIssue(amount, [], issues);
  check(issues);
  return amount as Fen;
}

/**
 * Whole yuan to fen.
 *
 * @throws `ValidationError` unless `amount` is a whole number of yuan >= 0 (a string such as
 * `'5'` or a fraction such as `0.5` is an error: use {@link fen} for amounts with jiao and fen).
 * @example
 * ```ts
 * yuan(60); // 6000
 * ```
 */
export function yuan(amount: number): Fen {
  if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 && Number.isSafeInteger(amount * 100)) return (amount * 100) as Fen;
  throw new ValidationError(INVALID, [
    issue([], 'invalid-amount', `${showValue(amount)} is not a whole number of yuan >= 0 (use fen() for amounts with jiao and fen)`, `${showValue(amount)}不是不小于0的整元金额（含角、分的金额请用fen()）`),
  ]);
}

/**
 * The sum of amounts.
 *
 * @throws `ValidationError` listing every element that is not an amount in fen, or a sum past
 * `Number.MAX_SAFE_INTEGER`.
 * @example
 * ```ts
 * sumFen([yuan(60), yuan(15)]); // 7500
 * ```
 */
export function sumFen(amounts: readonly Fen[]): Fen {
  const issues: Issue[] = [];
  if (!Array.isArray(amounts)) {
    issues.push(issue([], 'invalid-type', `expected an array of amounts in fen, got ${showValue(amounts)}`, `应为以分为单位的金额数组，实际为${showValue(amounts)}`));
    check(issues);
  }
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const a: unknown = amounts[i];
    if (amountIssue(a, [i], issues)) total += a as number;
  }
  if (issues.length === 0 && !Number.isSafeInteger(total)) {
    issues.push(issue([], 'too-large', 'the sum exceeds the largest safe amount (Number.MAX_SAFE_INTEGER fen)', '合计超出可精确表示的最大金额（Number.MAX_SAFE_INTEGER分）'));
  }
  check(issues);
  return total as Fen;
}

/**
 * An amount as offices print it. zh-CN: `120元`, `15.50元` (fee tables write 元 after the
 * figure); en: `CNY 120.00`. With `symbol: true` both give `¥120.00`.
 *
 * @throws `ValidationError` listing every problem: an amount that is not in fen, a locale other
 * than `'zh-CN'` or `'en'`, options that are not `{ symbol?: boolean }`.
 * @example
 * ```ts
 * formatCny(yuan(120), 'zh-CN'); // '120元'
 * formatCny(fen(1550), 'zh-CN'); // '15.50元'
 * formatCny(yuan(120), 'en');    // 'CNY 120.00'
 * formatCny(yuan(120), 'en', { symbol: true }); // '¥120.00'
 * ```
 */
export function formatCny(amount: Fen, locale: 'zh-CN' | 'en', options: { readonly symbol?: boolean } = {}): string {
  const issues: Issue[] = [];
  amountIssue(amount, ['amount'], issues);
  if (!isLocale(locale)) issues.push(issue(['locale'], 'unknown-locale', `unknown locale ${showValue(locale)}: use 'zh-CN' or 'en'`, `不支持的语言${showValue(locale)}：可用zh-CN或en`));
  let symbol = false;
  if (options !== undefined && objectIssues(options, ['options'], ['symbol'], issues)) {
    const s = own(options, 'symbol');
    if (s !== undefined && typeof s !== 'boolean') issues.push(issue(['options', 'symbol'], 'invalid-type', `expected true or false, got ${showValue(s)}`, `应为true或false，实际为${showValue(s)}`));
    symbol = s === true;
  }
  check(issues, isLocale(locale) ? locale : 'en');
  const whole = Math.floor(amount / 100);
  const cents = amount % 100;
  const twoPlaces = `${whole}.${cents < 10 ? '0' : ''}${cents}`;
  if (symbol) return `¥${twoPlaces}`;
  if (locale === 'zh-CN') return cents === 0 ? `${whole}元` : `${twoPlaces}元`;
  return `CNY ${twoPlaces}`;
}
