/**
 * Money in integer fen (CNY minor units, 1 yuan = 100 fen). No floating point: amounts are
 * safe integers and only integer arithmetic touches them.
 *
 * @module
 */
import { ValidationError, showValue } from '../rules/errors.js';

/**
 * An amount in fen. A branded number: make one with {@link fen} or {@link yuan}.
 *
 * @example
 * ```ts
 * const passport: Fen = yuan(120); // 12000
 * ```
 */
export type Fen = number & { readonly __unit: 'fen' };

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
  if (!Number.isSafeInteger(amount) || amount < 0) {
    const message = `${showValue(amount)} is not an amount in fen (a whole number >= 0)`;
    throw new ValidationError(message, [{ path: [], code: 'invalid-amount', message }]);
  }
  return amount as Fen;
}

/**
 * Whole yuan to fen.
 *
 * @example
 * ```ts
 * yuan(60); // 6000
 * ```
 */
export function yuan(amount: number): Fen {
  return fen(amount * 100);
}

/**
 * The sum of amounts.
 *
 * @example
 * ```ts
 * sumFen([yuan(60), yuan(15)]); // 7500
 * ```
 */
export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const a of amounts) total += a;
  return fen(total);
}

/**
 * An amount as offices print it. zh-CN: `120元`, `15.50元` (fee tables write 元 after the
 * figure); en: `CNY 120.00`. With `symbol: true` both give `¥120.00`.
 *
 * @example
 * ```ts
 * formatCny(yuan(120), 'zh-CN'); // '120元'
 * formatCny(fen(1550), 'zh-CN'); // '15.50元'
 * formatCny(yuan(120), 'en');    // 'CNY 120.00'
 * formatCny(yuan(120), 'en', { symbol: true }); // '¥120.00'
 * ```
 */
export function formatCny(amount: Fen, locale: 'zh-CN' | 'en', options: { readonly symbol?: boolean } = {}): string {
  const f = fen(amount);
  const whole = Math.floor(f / 100);
  const cents = f % 100;
  const twoPlaces = `${whole}.${cents < 10 ? '0' : ''}${cents}`;
  if (options.symbol) return `¥${twoPlaces}`;
  if (locale === 'zh-CN') return cents === 0 ? `${whole}元` : `${twoPlaces}元`;
  return `CNY ${twoPlaces}`;
}
