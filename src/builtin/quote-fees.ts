/**
 * The fee quote with the built-in policy as default.
 *
 * @module
 */
import { type FeeQuote, type FeeQuoteInput, type QuoteFeesOptions, quoteFeesUnder } from '../fees/quote-fees.js';
import { defaultPolicy } from './builtin-policy.js';

/**
 * An itemised fee quote for an application: the fee in force on the **acceptance date** at the
 * office's division, one line per item (several documents on one combined form are several
 * lines), postage once per person where the local rule says so, exemptions stated on their line.
 *
 * @throws `ValidationError` listing every problem (unknown item, a negative quantity, a date
 * with no fee, postage the office does not price …); `UnknownDivisionError`; `UnverifiedDateError`
 * past the tables' `verifiedThrough` unless `beyondVerified: 'flag'`.
 * @example
 * ```ts
 * const q = quoteFees({
 *   items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }],
 *   acceptedOn: '2019-07-01T09:30:00+08:00',
 *   division: '510100',
 *   delivery: 'post',
 * });
 * q.totalFen; // 12000 + 6000 + 1500 + 1000 = 20500
 * formatCny(q.totalFen, 'zh-CN'); // '205元'
 * ```
 */
export function quoteFees(input: FeeQuoteInput, options: QuoteFeesOptions = {}): FeeQuote {
  return quoteFeesUnder(options.policy ?? defaultPolicy(), input, options);
}
