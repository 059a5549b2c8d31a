/**
 * Issue 10's examples in the documents, endorsements and fees modules, one per class: untyped
 * exceptions become one typed error listing every problem (in both locales), answers that were
 * due to be errors are errors, and keys such as `constructor` are data.
 */
import { describe, expect, it } from 'vitest';
import { ageOn, documentFormAt, documentReason, documentRefusals, exitBans, expiryDate, fingerprintsFor, lastDayOfPeriod, renewalGrounds, validityFor } from '../../src/documents/index.js';
import { endorsementEndDate, isTypeOfDestination } from '../../src/documents/endorsements/index.js';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { fen, formatCny, sumFen, yuan } from '../../src/fees/money.js';
import { feeLabel } from '../../src/fees/fee-tables.js';
import { hkmoEndorsementBand } from '../../src/fees/quote-fees.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { ChurujingError, InvalidDateError, ValidationError } from '../../src/rules/errors.js';
import { policyAt } from '../../src/rules/policy-at.js';

const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100' });

/** The typed error a call throws, or a failure. */
function thrown(f: () => unknown): ChurujingError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChurujingError) return e;
    throw new Error(`untyped: ${String(e)}`);
  }
  throw new Error('no error');
}

const paths = (e: ChurujingError) => e.issues.map((i) => i.path.join('.'));

describe('untyped exceptions become one typed error listing every problem', () => {
  it.each([
    ['exitBans(undefined)', () => exitBans(undefined as never), ['']],
    ['documentRefusals(null)', () => documentRefusals(null as never), ['']],
    ['validityFor(undefined)', () => validityFor(undefined as never), ['']],
    ['fingerprintsFor({})', () => fingerprintsFor({} as never), ['view', 'type', 'birthDate', 'acceptedOn']],
    ["endorsementEndDate('2024-01-01', 5)", () => endorsementEndDate('2024-01-01', 5 as never), ['validity']],
    ['documentFormAt(null, constructor)', () => documentFormAt(null as never, 'constructor' as never), ['view', 'type']],
    ['renewalGrounds(view, toString)', () => renewalGrounds(view, 'toString' as never), ['type']],
    ["isTypeOfDestination('G', 'mars')", () => isTypeOfDestination('G', 'mars' as never), ['destination']],
    ['endorsementOptions(request, null)', () => endorsementOptions({} as never, null as never), ['applicant', 'permit', 'destination', 'type', 'date', 'division', 'settings']],
  ])('%s', (_name, f, expected) => {
    const e = thrown(f);
    expect(e).toBeInstanceOf(ValidationError);
    expect(paths(e)).toEqual(expected);
    for (const i of e.issues) expect(i.messages?.['zh-CN'] ?? i.message).not.toBe('');
  });

  it('two bad dates are two issues of one InvalidDateError; a date before birth is a ValidationError', () => {
    const e = thrown(() => ageOn('2009-6-1', '2025-02-30'));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(paths(e)).toEqual(['birthDate', 'date']);
    expect(e.messageIn('zh-CN')).toMatch(/^年龄计算的输入无效（2个问题）/);
    expect(thrown(() => ageOn('2009-06-01', '2009-05-31'))).toBeInstanceOf(ValidationError);
  });

  it('unknown keys of an input are problems too, with the rest', () => {
    const e = thrown(() => validityFor({ view, type: 'visa', birthDate: '1990-01-01', acceptedOn: '2025-01-24', colour: 'red' } as never));
    expect(e.issues.map((i) => i.code)).toEqual(['unrecognized-keys', 'invalid-type']);
  });
});

describe('answers where an error was due are errors', () => {
  it('money: fractions of a fen, strings, sums past the safe integers', () => {
    expect(thrown(() => sumFen([0.5, 0.5] as never)).issues.map((i) => i.path)).toEqual([[0], [1]]);
    expect(thrown(() => yuan('5' as never))).toBeInstanceOf(ValidationError);
    expect(thrown(() => yuan(0.5))).toBeInstanceOf(ValidationError);
    expect(thrown(() => fen(-0.5))).toBeInstanceOf(ValidationError);
    expect(thrown(() => sumFen([fen(Number.MAX_SAFE_INTEGER), fen(1)])).issues[0]?.code).toBe('too-large');
    expect(paths(thrown(() => formatCny(fen(1), 'fr' as never, { symbol: 'yes' } as never)))).toEqual(['locale', 'options.symbol']);
    expect(thrown(() => feeLabel(5 as never))).toBeInstanceOf(ValidationError);
    expect(paths(thrown(() => hkmoEndorsementBand(0, 'triple' as never)))).toEqual(['validityMonths', 'entries']);
  });

  it('dates past 9999-12-31 are errors, never year 10000 or NaN', () => {
    expect(thrown(() => expiryDate('9999-06-01', 1)).issues[0]?.code).toBe('out-of-range');
    expect(thrown(() => lastDayOfPeriod('2024-01-01', 1e9)).issues[0]?.code).toBe('invalid-number');
    expect(thrown(() => lastDayOfPeriod('2024-01-01', -1)).issues[0]?.code).toBe('invalid-number');
    expect(thrown(() => lastDayOfPeriod('9999-01-01', 12)).issues[0]?.code).toBe('out-of-range');
    expect(lastDayOfPeriod('9998-12-31', 12)).toBe('9999-12-31');
    expect(thrown(() => endorsementEndDate('9999-06-01', { years: 1 }))).toBeInstanceOf(ValidationError);
  });

  it('a reason of the document catalogue has the code’s parameters, nothing else', () => {
    expect(paths(thrown(() => documentReason('constructor' as never, {} as never)))).toEqual(['code']);
    expect(paths(thrown(() => documentReason('document.validity.fixed', { years: 5, extra: 1 } as never)))).toEqual(['params.extra']);
    expect(paths(thrown(() => documentReason('document.validity.fixed', {} as never)))).toEqual(['params.years']);
    const params = { years: 5 };
    const r = documentReason('document.validity.fixed', params);
    expect(Object.isFrozen(params)).toBe(false); // the caller's object is not touched; the reason holds a frozen copy
    expect(Object.isFrozen(r.params)).toBe(true);
  });
});

describe('keys such as __proto__, constructor and prototype are data', () => {
  it('isTypeOfDestination', () => {
    for (const key of ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(isTypeOfDestination(key as never, 'hong-kong')).toBe(false);
      expect(isTypeOfDestination(key as never, 'taiwan')).toBe(false);
    }
    expect(isTypeOfDestination('F', 'taiwan')).toBe(true);
  });

  it('a variant named like a prototype property is a variant the document does not have', () => {
    const v = policyAt(defaultPolicy(), '2025-01-24');
    const r = validityFor({ view: v, type: 'exit-entry-permit', birthDate: '1990-01-01', acceptedOn: '2025-01-24', variant: 'constructor' });
    expect(r.kind).toBe('variant-required');
    expect(paths(thrown(() => validityFor({ view: v, type: 'exit-entry-permit', birthDate: '1990-01-01', acceptedOn: '2025-01-24', variant: '__proto__' })))).toEqual(['variant']);
  });

  it('feeLabel', () => {
    expect(feeLabel('constructor')).toBeUndefined();
    expect(feeLabel('__proto__')).toBeUndefined();
  });
});
