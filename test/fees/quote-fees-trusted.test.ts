/**
 * The trusted core of the fee quote: the same quote as the public functions, and the same
 * through a warm view as on a fresh policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FeeItem, type FeeQuoteInput, feeQuoteInputSchema, quoteFeesAt, quoteFeesTrusted, SIMPLE_ITEMS } from '../../src/fees/quote-fees.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import { outcome } from '../support/outcome.js';

const POLICY = defaultPolicy();
const day = (min: string, max: string) => fc.integer({ min: parseCivilDate(min), max: parseCivilDate(max) }).map(formatCivilDate);
const quantity = fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined });

const withQuantity = <T extends object>(i: T, q: number | undefined): T => (q === undefined ? i : { ...i, quantity: q });
const item: fc.Arbitrary<FeeItem> = fc.oneof(
  fc.tuple(fc.constantFrom(...SIMPLE_ITEMS), quantity).map(([i, q]) => withQuantity({ item: i }, q)),
  fc
    .tuple(fc.constantFrom(1, 3, 6, 12, 13, 24, 30, 36, 60, 120), fc.constantFrom('single' as const, 'double' as const, 'multi' as const), fc.option(fc.boolean(), { nil: undefined }), quantity)
    .map(([m, e, re, q]) => withQuantity({ item: 'hkmo-endorsement' as const, validityMonths: m, entries: e, ...(re === undefined ? {} : { reissueOfSuspended: re }) }, q)),
  fc.tuple(fc.constantFrom('single' as const, 'multi' as const), quantity).map(([e, q]) => withQuantity({ item: 'taiwan-endorsement' as const, entries: e }, q)),
);

const inputArb = (dates: fc.Arbitrary<string>, divisions: fc.Arbitrary<string>): fc.Arbitrary<FeeQuoteInput> =>
  fc
    .record(
      {
        items: fc.array(item, { minLength: 1, maxLength: 4 }),
        acceptedOn: dates,
        division: divisions,
        applicant: fc.record({ birthDate: fc.oneof(day('1930-01-01', '2020-12-31'), fc.constantFrom('1965-01-24', '1965-01-25', '1964-06-30')), disabled: fc.boolean() }, { requiredKeys: [] }),
        delivery: fc.constantFrom('collect' as const, 'post' as const, 'post' as const),
        photo: fc.boolean(),
      },
      { requiredKeys: ['items', 'acceptedOn', 'division'] },
    )
    .map((i) => i as FeeQuoteInput);

const viewFor = (policy: Policy, i: FeeQuoteInput) => policyAt(policy, i.acceptedOn, { division: i.division, beyondVerified: 'flag' });


const divisions = fc.constantFrom('510100', '510104', '230100', '230102', '110105', '440304');

describe('quoteFeesTrusted', () => {
  it('quotes the sample (Chengdu, 2025-01-24: permit, 1-year single G, postage)', () => {
    const input: FeeQuoteInput = {
      items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }],
      acceptedOn: '2025-01-24',
      division: '510100',
      delivery: 'post',
      applicant: { birthDate: '1990-03-15' },
    };
    const q = quoteFeesTrusted(viewFor(POLICY, input), input);
    expect(q.totalFen).toBe(8500);
    expect(q).toEqual(quoteFeesAt(viewFor(POLICY, input), input));
    expect(Object.isFrozen(q) && Object.isFrozen(q.lines)).toBe(true);
  });

  it('agrees with quoteFeesAt and with quoteFees (check + core) on valid inputs', () => {
    fc.assert(
      fc.property(inputArb(day('2003-01-01', '2026-06-30'), divisions), (input) => {
        expect(feeQuoteInputSchema.safeParse(input).success).toBe(true);
        const trusted = outcome(() => quoteFeesTrusted(viewFor(POLICY, input), input));
        expect(trusted).toEqual(outcome(() => quoteFeesAt(viewFor(POLICY, input), input)));
        expect(trusted).toEqual(outcome(() => quoteFees(input, { policy: POLICY, beyondVerified: 'flag' })));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives through a warm view what a fresh policy gives (no memo key misses an input)', () => {
    // few dates and offices, so that the inputs share views and each is quoted after others
    const dates = fc.constantFrom('2019-07-01', '2020-09-23', '2025-01-24', '2025-01-25', '2026-01-05');
    fc.assert(
      fc.property(fc.array(inputArb(dates, fc.constantFrom('510100', '510104', '230100')), { minLength: 2, maxLength: 12 }), (inputs) => {
        const warm = inputs.map((i) => outcome(() => quoteFeesTrusted(viewFor(POLICY, i), i)));
        const fresh = structuredClone(POLICY);
        for (let n = inputs.length - 1; n >= 0; n--) {
          const i = inputs[n] as FeeQuoteInput;
          expect(outcome(() => quoteFeesTrusted(viewFor(fresh, i), i))).toEqual(warm[n]);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('gives through a warm view what quoteFeesAt gives, for every fact changed alone (curated)', () => {
    const base: FeeQuoteInput = {
      items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi', reissueOfSuspended: true, quantity: 2 }],
      acceptedOn: '2025-01-24',
      division: '510100',
      delivery: 'post',
      applicant: { birthDate: '1960-01-01', disabled: true },
      photo: true,
    };
    const changes: FeeQuoteInput[] = [
      base,
      { ...base, division: '510104' },
      { ...base, photo: false },
      { ...base, delivery: 'collect' },
      { ...base, applicant: { birthDate: '1960-01-01' } },
      { ...base, applicant: { birthDate: '1964-01-01', disabled: true } },
      { ...base, applicant: { birthDate: '1965-01-25', disabled: true } },
      { ...base, applicant: { birthDate: '1990-01-01' } },
      { ...base, applicant: { disabled: true } },
      { ...base, items: [{ item: 'hkmo-permit.issue', quantity: 2 }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi', reissueOfSuspended: true, quantity: 2 }] },
      { ...base, items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi', quantity: 2 }] },
      { ...base, items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 24, entries: 'multi', reissueOfSuspended: true, quantity: 2 }] },
      { ...base, items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'double', reissueOfSuspended: true, quantity: 2 }] },
      { ...base, items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi', reissueOfSuspended: true }] },
      { ...base, items: [{ item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi', reissueOfSuspended: true, quantity: 2 }, { item: 'hkmo-permit.issue' }] },
      { ...base, items: [{ item: 'passport.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi', reissueOfSuspended: true, quantity: 2 }] },
    ];
    const policy = structuredClone(POLICY);
    for (const date of ['2018-05-01', '2019-07-01', '2020-09-23', '2025-01-24']) {
      for (const division of ['510100', '230100']) {
        for (const c of changes) {
          const input = { ...c, acceptedOn: date, division: c.division === '510104' ? '510104' : division };
          expect(outcome(() => quoteFeesTrusted(viewFor(policy, input), input))).toEqual(outcome(() => quoteFeesAt(viewFor(policy, input), input)));
        }
      }
    }
  });
});
