/**
 * The fee quote of an application: the fee module's quote of every item evaluate could name,
 * and a line marked unpriced for each eligible service whose item it cannot name (an 出入境通行证,
 * whose fee depends on the trips; an endorsement whose option was not chosen). The quote stays
 * partial: every priced line stands, `totalFen` sums them and `complete` says whether that is
 * the whole fee.
 *
 * @module
 */
import { renderReason } from '../rules/reasons.js';
import type { Label } from '../rules/table.js';
import type { FeeQuote, UnpricedFeeLine } from '../fees/quote-fees.js';
import { EVALUATE_REASONS } from './evaluate-reasons.js';

/** Why evaluate cannot name a service's fee item. @internal */
export type Undecided = 'trips-unknown' | 'option-not-chosen';

const ITEM: Readonly<Record<Undecided, string>> = Object.freeze({ 'trips-unknown': 'exit-entry-permit', 'option-not-chosen': 'endorsement' });
const CODE: Readonly<Record<Undecided, string>> = Object.freeze({ 'trips-unknown': 'evaluate.fee-trips-unknown', 'option-not-chosen': 'evaluate.fee-option-not-chosen' });

/** Lines for an undecided item, built once per service label and reason (they are shared, frozen). */
const LINES = new Map<string, UnpricedFeeLine>();

/**
 * The unpriced line of a service whose fee item evaluate cannot name.
 *
 * @internal
 * @example
 * ```ts
 * undecidedLine({ 'zh-CN': '出入境通行证（首次申领）', en: 'Exit-entry permit (first issue)' }, 'trips-unknown').reason.code; // 'evaluate.fee-trips-unknown'
 * ```
 */
export function undecidedLine(label: Label, why: Undecided): UnpricedFeeLine {
  const key = `${why}|${label.en}`;
  let line = LINES.get(key);
  if (line === undefined) {
    const code = CODE[why];
    const reason = Object.freeze({ code, params: Object.freeze({ service: label.en }) });
    const zh = Object.freeze({ code, params: Object.freeze({ service: label['zh-CN'] }) });
    const message = Object.freeze({ 'zh-CN': renderReason(zh, 'zh-CN', EVALUATE_REASONS), en: renderReason(reason, 'en', EVALUATE_REASONS) });
    line = Object.freeze({ priced: false as const, item: ITEM[why], label, quantity: 1, reason, message, unverified: false });
    if (LINES.size >= 256) LINES.clear();
    LINES.set(key, line);
  }
  return line;
}

/**
 * The quote with evaluate's own unpriced lines added (none: the quote itself).
 *
 * @internal
 * @example
 * ```ts
 * withUndecided(quote, '2025-01-24', '510100', [line]).complete; // false
 * ```
 */
export function withUndecided(quote: FeeQuote | undefined, acceptedOn: string, division: string, extra: readonly UnpricedFeeLine[]): FeeQuote | undefined {
  if (extra.length === 0) return quote;
  if (quote === undefined) return Object.freeze({ acceptedOn, division, lines: Object.freeze([...extra]), totalFen: 0 as FeeQuote['totalFen'], complete: false, unpriced: Object.freeze([...extra]) });
  return Object.freeze({ ...quote, lines: Object.freeze([...quote.lines, ...extra]), complete: false, unpriced: Object.freeze([...quote.unpriced, ...extra]) });
}
