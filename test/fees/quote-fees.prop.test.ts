import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEE_LOCAL, FEE_NATIONAL, POSTAGE } from '../../src/fees/fee-tables.js';
import type { ValueTableData } from '../../src/rules/table.js';
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
  it('the total is the sum of the priced lines, every amount is whole and >= 0, and the quote is complete exactly when no line is unpriced', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), day, division, fc.constantFrom('collect' as const, 'post' as const), fc.boolean(), (items, d, div, delivery, photo) => {
        const q = quoteFees({ items, acceptedOn: formatCivilDate(d), division: div, delivery, photo });
        const priced = q.lines.filter((l) => l.priced);
        expect(q.totalFen).toBe(priced.reduce((s, l) => s + l.amountFen, 0));
        expect(priced.every((l) => l.amountFen >= 0 && Number.isSafeInteger(l.amountFen))).toBe(true);
        expect(q.unpriced).toEqual(q.lines.filter((l) => !l.priced));
        expect(q.complete).toBe(q.unpriced.length === 0);
        // one line per item in order, then the photo, then postage
        expect(q.lines.length).toBe(items.length + (photo ? 1 : 0) + (delivery === 'post' ? 1 : 0));
      }),
    );
  });

  it('an item priced alone is priced the same inside a bigger quote (same line, same reason when not priced)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), item, fc.array(item, { maxLength: 4 }), day, division, fc.constantFrom('collect' as const, 'post' as const), (before, it, after, d, div, delivery) => {
        const alone = quoteFees({ items: [it], acceptedOn: formatCivilDate(d), division: div, delivery });
        const inside = quoteFees({ items: [...before, it, ...after], acceptedOn: formatCivilDate(d), division: div, delivery });
        expect(inside.lines[before.length]).toEqual(alone.lines[0]);
      }),
    );
  });

  it('postage the office does not price never hides a fee: the quote with postal delivery has every line of the quote with collection, and one more', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), day, division, (items, d, div) => {
        const collect = quote(items, d, div, 'collect');
        const post = quote(items, d, div, 'post');
        expect(post.lines.slice(0, -1)).toEqual(collect.lines);
        const last = post.lines.at(-1);
        expect(last?.item).toBe('delivery.post');
        expect(post.totalFen).toBe(collect.totalFen + (last?.priced ? last.amountFen : 0));
        // priced exactly where the office's prefecture has a postage entry in force (FEE_LOCAL: Chengdu alone)
        const entries = (FEE_LOCAL[`${div.slice(0, 4)}00`]?.[POSTAGE.id] as ValueTableData | undefined)?.entries ?? [];
        const date = formatCivilDate(d);
        expect(last?.priced).toBe(entries.some((e) => e.from <= date && (e.to === undefined || date <= e.to) && e.value !== null));
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
        const first = base.lines[0];
        const half = (first?.priced ? first.unitFen : 0) / 2;
        const policy = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.passport.issue', from: date, to: date, value: half, cite: { issuer: 'what-if', title: 'half' } }]);
        const q = quoteFees({ items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }], acceptedOn: date, division: '110100' }, { policy });
        expect(q.lines.map((l) => (l.priced ? l.amountFen : undefined))).toEqual([half, base.lines[1]?.priced ? base.lines[1].amountFen : undefined]);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('throws only typed errors, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        try {
          quoteFees(input as never, options as never);
        } catch (e) {
          return e instanceof ChurujingError;
        }
        return true;
      }),
    );
  });

  it('never throws for a schema-valid input at a known office, whatever the date (before, inside and after the tables)', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), fc.integer({ min: parseCivilDate('1990-01-01'), max: parseCivilDate('2030-12-31') }), division, fc.boolean(), fc.constantFrom('error' as const, 'flag' as const), (items, d, div, photo, beyondVerified) => {
        const q = quoteFees({ items, acceptedOn: formatCivilDate(d), division: div, delivery: 'post', photo }, { beyondVerified });
        expect(q.lines.length).toBe(items.length + (photo ? 1 : 0) + 1);
      }),
    );
  });
});
