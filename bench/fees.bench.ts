/**
 * Fee quotes, without evaluate. Run with `npm run bench`.
 *
 * Issue 11 §1: postal delivery at an office that sets no postage (Beijing: an unpriced line)
 * must cost no more than collection. The quote with the unpriced line is kept like any other
 * (nothing is thrown and rebuilt on each call), so the two benches of each pair should be
 * within noise of each other. The public `quoteFees` checks its input on every call; the
 * trusted core (what evaluate calls) goes straight to the quote kept on the view.
 */
import { bench, describe } from 'vitest';
import { quoteFees } from '../src/builtin/quote-fees.js';
import { defaultPolicy } from '../src/builtin/builtin-policy.js';
import { type FeeQuoteInput, quoteFeesTrusted } from '../src/fees/quote-fees.js';
import { policyAt } from '../src/rules/policy-at.js';

const items: FeeQuoteInput['items'] = [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }];
const beijing = (delivery: 'collect' | 'post'): FeeQuoteInput => ({ items, acceptedOn: '2025-01-24', division: '110105', delivery, applicant: { birthDate: '1990-03-15' } });
const view = policyAt(defaultPolicy(), '2025-01-24', { division: '110105', beyondVerified: 'flag' });
const options = { time: 2000, warmupTime: 500 };
let sink: unknown;

describe('quoteFees (public: checks the input, then the kept quote)', () => {
  bench('collection at a Beijing office', () => {
    sink = quoteFees(beijing('collect'), { beyondVerified: 'flag' });
  }, options);
  bench('postal delivery at a Beijing office (postage unpriced)', () => {
    sink = quoteFees(beijing('post'), { beyondVerified: 'flag' });
  }, options);
});

describe('quoteFeesTrusted (evaluate’s path)', () => {
  const collect = beijing('collect');
  const post = beijing('post');
  bench('collection at a Beijing office', () => {
    sink = quoteFeesTrusted(view, collect);
  }, options);
  bench('postal delivery at a Beijing office (postage unpriced)', () => {
    sink = quoteFeesTrusted(view, post);
  }, options);
});
export { sink };
