import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEE_NATIONAL } from '../../src/fees/fee-tables.js';
import { type FeeItem, type FeeQuote } from '../../src/fees/quote-fees.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { ChurujingError } from '../../src/rules/errors.js';

const FIRST = parseCivilDate('2003-01-01');
const LAST = parseCivilDate('2025-11-30');

// Items priced from 2003 on, so that any date of the range can be quoted.
const item: fc.Arbitrary<FeeItem> = fc.oneof(
  fc.constantFrom<FeeItem>({ item: 'passport.issue' }, { item: 'passport.renewal' }, { item: 'passport.annotation' }, { item: 'hkmo-permit.issue' }, { item: 'exit-entry-permit.multi' }),
  fc.record({ item: fc.constant('hkmo-endorsement' as const), validityMonths: fc.integer({ min: 1, max: 12 }), entries: fc.constantFrom('single' as const, 'double' as const, 'multi' as const), quantity: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ item: fc.constant('taiwan-endorsement' as const), entries: fc.constantFrom('single' as const, 'multi' as const) }),
);
const day = fc.integer({ min: FIRST, max: LAST });
const division = fc.constantFrom('110100', '510100', '230100', '440300');
const quote = (items: FeeItem[], d: number, div: string, delivery: 'collect' | 'post' = 'collect'): FeeQuote =>
  quoteFees({ items, acceptedOn: formatCivilDate(d), division: div, delivery });

/** Every date on which some fee table changes: the fee periods are the gaps between them. */
const BOUNDARIES = [
  ...new Set(
    Object.values(FEE_NATIONAL).flatMap((t) => (t.kind === 'value' ? t.entries.flatMap((e) => [parseCivilDate(e.from), ...(e.to ? [parseCivilDate(e.to) + 1] : [])]) : [])),
  ),
].sort((a, b) => a - b);

describe('fee quote properties', () => {
  it('the total is the sum of the lines, and every line is >= 0', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), day, division, (items, d, div) => {
        const q = quote(items, d, div);
        return q.totalFen === q.lines.reduce((s, l) => s + l.amountFen, 0) && q.lines.every((l) => l.amountFen >= 0 && Number.isSafeInteger(l.amountFen));
      }),
    );
  });

  it('any two acceptance dates inside one fee period give the same quote', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), day, fc.integer({ min: 0, max: 10_000 }), (items, d, offset) => {
        let i = -1;
        BOUNDARIES.forEach((b, n) => {
          if (b <= d) i = n;
        });
        const start = BOUNDARIES[i] ?? FIRST;
        const end = Math.min((BOUNDARIES[i + 1] ?? LAST + 1) - 1, LAST);
        const other = start + (offset % (end - start + 1));
        const a = quote(items, d, '110100');
        const b = quote(items, other, '110100');
        expect(b.lines).toEqual(a.lines);
      }),
    );
  });

  it('adding an item never lowers the total', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), item, day, division, (items, extra, d, div) => quote([...items, extra], d, div).totalFen >= quote(items, d, div).totalFen),
    );
  });

  it('a change set that halves a fee halves exactly that line', () => {
    fc.assert(
      fc.property(day, (d) => {
        const date = formatCivilDate(d);
        const base = quote([{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }], d, '110100');
        const half = (base.lines[0]?.unitFen ?? 0) / 2;
        const policy = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.passport.issue', from: date, to: date, value: half, cite: { issuer: 'what-if', title: 'half' } }]);
        const q = quoteFees({ items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }], acceptedOn: date, division: '110100' }, { policy });
        expect(q.lines.map((l) => l.amountFen)).toEqual([half, base.lines[1]?.amountFen]);
      }),
      { numRuns: 50 },
    );
  });

  it('throws only typed errors, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          quoteFees(input as never);
        } catch (e) {
          return e instanceof ChurujingError;
        }
        return true;
      }),
    );
  });
});
