/**
 * Issue 10 for the fee module: every exported function on generated hostile input (wrong types,
 * missing and extra fields, huge numbers, long strings, identity numbers in the wrong field)
 * answers or throws one `ChurujingError` with well-formed issues; an answer is only given for
 * valid input; a schema-valid quote never throws; exported constants and quotes are frozen, and
 * after any attempt to write into them later calls give what a fresh process gives.
 *
 * `ROBUST_RUNS` (environment) raises the number of calls per function (default 400).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as money from '../../src/fees/money.js';
import * as tables from '../../src/fees/fee-tables.js';
import * as reasons from '../../src/fees/fee-reasons.js';
import * as quote from '../../src/fees/quote-fees.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { defaultPolicy, validatePolicy } from '../../src/builtin/builtin-policy.js';
import { isDivisionCode } from '../../src/rules/divisions.js';
import { PolicyView, policyAt } from '../../src/rules/policy-at.js';
import { isDateOrInstant, readDateOrInstant } from '../../src/rules/instant.js';
import { type Failure, RESIDENT_ID, junk, mutated, probe, tally, unfrozen, vandalise } from '../documents/hostile.js';

const RUNS = Number(process.env.ROBUST_RUNS ?? 400);
const POLICY = defaultPolicy();

const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), junk);
const isFen = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;

const dates = fc.constantFrom('2002-12-31', '2005-02-28', '2014-03-31', '2017-07-01', '2018-02-01', '2019-07-01', '2025-01-24', '2026-01-05', '2025-01-24T23:30:00-08:00');
const divisions = fc.constantFrom('110100', '510100', '510104', '230100', '440304', '999900', '510199');
const validItem = fc.oneof(
  fc.record({ item: fc.constantFrom(...quote.SIMPLE_ITEMS), quantity: fc.integer({ min: 1, max: 99 }) }, { requiredKeys: ['item'] }),
  fc.record(
    { item: fc.constant('hkmo-endorsement'), validityMonths: fc.integer({ min: 1, max: 120 }), entries: fc.constantFrom('single', 'double', 'multi'), reissueOfSuspended: fc.boolean(), quantity: fc.integer({ min: 1, max: 99 }) },
    { requiredKeys: ['item', 'validityMonths', 'entries'] },
  ),
  fc.record({ item: fc.constant('taiwan-endorsement'), entries: fc.constantFrom('single', 'multi') }),
);
const validInput = fc.record(
  {
    items: fc.array(validItem, { minLength: 1, maxLength: 4 }),
    acceptedOn: dates,
    division: divisions,
    applicant: fc.record({ birthDate: fc.constantFrom('1950-01-01', '1990-03-15', '1965-01-24'), disabled: fc.boolean() }, { requiredKeys: [] }),
    delivery: fc.constantFrom('collect', 'post'),
    photo: fc.boolean(),
  },
  { requiredKeys: ['items', 'acceptedOn', 'division'] },
);
const validOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ beyondVerified: fc.constantFrom('error', 'flag'), locale: fc.constantFrom('zh-CN', 'en'), policy: fc.constant(POLICY) }, { requiredKeys: [] }),
);
const schemaValid = (i: unknown) => quote.feeQuoteInputSchema.safeParse(i).success;
const optionsValid = (o: unknown) =>
  o === undefined ||
  (o !== null &&
    typeof o === 'object' &&
    [Object.prototype, null].includes(Object.getPrototypeOf(o)) &&
    Object.keys(o).every((k) => ['policy', 'beyondVerified', 'locale'].includes(k)) &&
    [undefined, 'error', 'flag'].includes((o as { beyondVerified?: unknown }).beyondVerified as never) &&
    [undefined, 'zh-CN', 'en'].includes((o as { locale?: unknown }).locale as never) &&
    ((o as { policy?: unknown }).policy === undefined || (o as { policy?: unknown }).policy === POLICY || validatePolicy((o as { policy?: unknown }).policy).ok));
const knownDivision = (i: unknown) => isDivisionCode((i as { division: string }).division);

function viewOf(i: unknown): unknown {
  const input = i as { acceptedOn?: unknown; division?: unknown };
  if (!isDateOrInstant(input?.acceptedOn) || typeof input.division !== 'string' || !isDivisionCode(input.division)) return policyAt(POLICY, '2019-07-01', { beyondVerified: 'flag' });
  return policyAt(POLICY, readDateOrInstant(input.acceptedOn).date, { division: input.division, beyondVerified: 'flag' });
}

/** Every generated call of the fee module's exported functions, and what went wrong. */
function failures(runs: number): Failure[] {
  return [
    ...probe('fen', fc.tuple(amount), money.fen as (...a: unknown[]) => unknown, { valid: isFen, check: (r, x) => (r === x ? undefined : `fen(${String(x)}) = ${String(r)}`) }, runs),
    ...probe('yuan', fc.tuple(amount), money.yuan as (...a: unknown[]) => unknown, { valid: (x) => isFen(x) && Number.isSafeInteger((x as number) * 100), check: (r, x) => (r === (x as number) * 100 ? undefined : `yuan(${String(x)}) = ${String(r)}`) }, runs),
    ...probe('sumFen', fc.tuple(fc.oneof(fc.array(amount, { maxLength: 5 }), fc.array(fc.double({ min: 0, max: 10 }), { minLength: 1, maxLength: 3 }), junk)), money.sumFen as (...a: unknown[]) => unknown, {
      valid: (xs) => Array.isArray(xs) && xs.every(isFen) && Number.isSafeInteger(xs.reduce((a: number, b: number) => a + b, 0)),
    }, runs),
    ...probe('formatCny', fc.tuple(amount, fc.oneof(fc.constantFrom('zh-CN', 'en'), junk), fc.oneof(fc.constant(undefined), fc.record({ symbol: fc.boolean() }), mutated(fc.record({ symbol: fc.boolean() })))), money.formatCny as (...a: unknown[]) => string, {
      valid: (x, l, o) =>
        isFen(x) && (l === 'zh-CN' || l === 'en') && (o === undefined || (o !== null && typeof o === 'object' && Object.keys(o).every((k) => k === 'symbol' || k === 'locale') && [undefined, true, false].includes((o as { symbol?: unknown }).symbol as never))),
    }, runs),
    ...probe('feeLabel', fc.tuple(fc.oneof(fc.constantFrom('passport.issue', 'photo', 'constructor', '__proto__', 'toString'), junk)), tables.feeLabel as (...a: unknown[]) => unknown, {
      valid: (x) => typeof x === 'string',
      check: (r, x) => (r === undefined || tables.FEE_ITEM_TABLES.has(x as string) ? undefined : `a label for ${String(x)}`),
    }, runs),
    ...probe('hkmoEndorsementBand', fc.tuple(fc.oneof(fc.integer({ min: 1, max: 120 }), junk), fc.oneof(fc.constantFrom('single', 'double', 'multi'), junk)), quote.hkmoEndorsementBand as (...a: unknown[]) => string, {
      valid: (m, e) => Number.isInteger(m) && (m as number) >= 1 && (m as number) <= 120 && ['single', 'double', 'multi'].includes(e as string),
    }, runs),
    ...probe('quoteFees', fc.tuple(mutated(validInput, 3), fc.oneof(validOptions, mutated(validOptions.filter((o) => o !== undefined)))), quoteFees as (...a: unknown[]) => unknown, {
      valid: (i, o) => {
        const ok = schemaValid(i) && optionsValid(o);
        if (!ok && process.env.ROBUST_DEBUG) { const p = (o as { policy?: unknown } | undefined)?.policy; const v = p === undefined ? undefined : validatePolicy(p); console.log('INVALID', p === POLICY, v?.ok, v && !v.ok ? v.issues.slice(0, 2) : ''); }
        return ok;
      },
      mustAnswer: (i, o) => schemaValid(i) && optionsValid(o) && knownDivision(i),
    }, runs),
    ...probe('quoteFeesAt', fc.tuple(mutated(validInput, 3)).chain(([i]) => fc.tuple(fc.oneof(fc.constant(viewOf(i)), fc.constant(viewOf(i)), junk), fc.constant(i), fc.oneof(fc.constant(undefined), fc.record({ locale: fc.constantFrom('zh-CN', 'en') }), junk))), quote.quoteFeesAt as (...a: unknown[]) => unknown, {
      valid: (v, i, o) => v instanceof PolicyView && schemaValid(i) && (o === undefined || (typeof o === 'object' && o !== null && Object.keys(o).every((k) => k === 'locale') && ['zh-CN', 'en', undefined].includes((o as { locale?: string }).locale))),
      mustAnswer: (v, i, o) => v instanceof PolicyView && schemaValid(i) && o === undefined && knownDivision(i) && v === viewOf(i),
    }, runs),
  ];
}

describe('fee module on hostile input (issue 10)', () => {
  it(`answers only valid input, throws only well-formed ChurujingErrors, never on a schema-valid quote (${RUNS} calls a function)`, () => {
    const found = failures(RUNS);
    if (process.env.ROBUST_DEBUG) console.log(found.slice(0, 10).map((f) => f.detail.slice(-300)).join("\n"));
    expect(tally(found)).toEqual({});
  }, 120_000);

  it('an identity number typed into a field never comes back whole', () => {
    for (const input of [{ items: [{ item: 'passport.issue' }], acceptedOn: RESIDENT_ID, division: RESIDENT_ID }, { items: [{ item: RESIDENT_ID }], acceptedOn: '2019-07-01', division: '110100' }]) {
      try {
        quoteFees(input as never);
        expect.unreachable();
      } catch (e) {
        expect(JSON.stringify([(e as Error).message, (e as { issues: unknown }).issues])).not.toContain(RESIDENT_ID);
      }
    }
  });
});

describe('fee module: shared values are frozen (issue 10)', () => {
  const constants = { ...money, ...tables, ...reasons, ...quote };

  it('every exported constant is deeply frozen (maps and sets refuse writes)', () => {
    const open: string[] = [];
    for (const [name, value] of Object.entries(constants)) if (typeof value !== 'function') open.push(...unfrozen(value, name));
    expect(open).toEqual([]);
  });

  it('quotes are frozen, unpriced lines and all', () => {
    const q = quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2014-03-31', division: '110100', photo: true, delivery: 'post' });
    expect(unfrozen(q)).toEqual([]);
  });

  it('after any attempt to write into a handed-out value, later calls give what a fresh process gives', () => {
    const calls: (() => unknown)[] = [
      () => quoteFees({ items: [{ item: 'passport.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi' }], acceptedOn: '2019-07-01', division: '510100', delivery: 'post' }),
      () => quoteFees({ items: [{ item: 'hkmo-permit.issue' }], acceptedOn: '2014-03-31', division: '110100', photo: true, delivery: 'post', applicant: { birthDate: '1950-01-01' } }),
      () => quote.quoteFeesAt(policyAt(POLICY, '2025-01-24', { division: '510100' }), { items: [{ item: 'taiwan-permit.card' }], acceptedOn: '2025-01-24', division: '510100', delivery: 'post', applicant: { disabled: true } }),
      () => tables.feeLabel('passport.issue'),
      () => quote.hkmoEndorsementBand(24, 'multi'),
      () => money.formatCny(money.sumFen([money.yuan(60), money.fen(1550)]), 'zh-CN'),
    ];
    const fresh = JSON.stringify(calls.map((c) => c()));
    // write into every constant and into every answer, then ask again
    for (const [, value] of Object.entries(constants)) vandalise(value);
    for (const c of calls) vandalise(c());
    expect(JSON.stringify(calls.map((c) => c()))).toBe(fresh);
  });
});

describe('the fee module exports no function the hostile suite does not call', () => {
  it('covered', () => {
    const covered = new Set(['fen', 'yuan', 'sumFen', 'formatCny', 'feeLabel', 'hkmoEndorsementBand', 'quoteFeesAt']);
    const internal = new Set(['quoteFeesTrusted', 'quoteFeesUnder', 'feeItemSpec']); // not exported from an entry point
    const functions = Object.entries(constants()).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(functions.filter((f) => !covered.has(f) && !internal.has(f))).toEqual([]);
  });
});

function constants(): Record<string, unknown> {
  return { ...money, ...tables, ...reasons, ...quote };
}
