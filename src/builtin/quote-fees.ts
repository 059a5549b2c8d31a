/**
 * The fee quote with the built-in policy as default.
 *
 * @module
 */
import { type FeeQuote, type FeeQuoteInput, type QuoteFeesOptions, quoteFeesUnder } from '../fees/quote-fees.js';
import { readSettings } from './settings.js';

/**
 * An itemised fee quote for an application: the fee in force on the **acceptance date** at the
 * office's division, one line per item (several documents on one combined form are several
 * lines), postage once per person where the local rule says so, exemptions stated on their line.
 * Partial, not all-or-nothing: an item that cannot be priced (no fee on the date, postage the
 * office does not price, a figure past the verified date without `beyondVerified: 'flag'`) is an
 * unpriced line with its reason; `totalFen` sums the priced lines and `complete` says whether
 * that is the whole fee.
 *
 * @throws `ValidationError` listing every problem of the input (unknown item, a quantity out of
 * range, a bad date …) and of the options (in `options.locale`); `UnknownDivisionError` for a
 * division not in the catalogue. A schema-valid input at a known division never throws.
 * @example
 * ```ts
 * const q = quoteFees({
 *   items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }],
 *   acceptedOn: '2019-07-01T09:30:00+08:00',
 *   division: '510100',
 *   delivery: 'post',
 * });
 * q.totalFen; // 12000 + 6000 + 1500 + 1000 = 20500
 * q.complete; // true
 * formatCny(q.totalFen, 'zh-CN'); // '205元'
 *
 * const beijing = quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '110100', delivery: 'post' });
 * beijing.totalFen; // 12000: the passport stands
 * beijing.complete; // false: no postage is set for Beijing (beijing.unpriced[0].reason.code === 'fee.postage.not-set')
 * ```
 */
export function quoteFees(input: FeeQuoteInput, options?: QuoteFeesOptions): FeeQuote {
  const s = readSettings(options, ['options']);
  return quoteFeesUnder(s.policy, input, { beyondVerified: s.beyondVerified, locale: s.locale }, s.issues);
}
