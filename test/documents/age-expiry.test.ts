/**
 * Age in whole years and printed expiry dates. Expectations come from the drafting rules they
 * cite: 护照法 art. 7 「未满十六周岁」/「十六周岁以上」 (a person is 16 on the sixteenth birthday),
 * the named 29-February rules (AGE_RULE, EXPIRY_RULE) and, for the expiry convention, the
 * report that the last booklet HK/Macau permits (issued up to 2014-09-14, 5 years) lapsed on
 * 2019-09-13.
 */
import { describe, expect, it } from 'vitest';
import { AGE_RULE, ageOn, isSixteenOrOver } from '../../src/documents/age.js';
import { EXPIRY_RULE, expiryDate } from '../../src/documents/expiry-date.js';
import { InvalidDateError, ValidationError } from '../../src/rules/errors.js';

describe('ageOn (whole years, 周岁)', () => {
  const rows: readonly { birth: string; on: string; age: number; why: string }[] = [
    { birth: '2009-06-01', on: '2025-05-31', age: 15, why: 'the day before the 16th birthday: 未满十六周岁 (护照法 art. 7)' },
    { birth: '2009-06-01', on: '2025-06-01', age: 16, why: 'on the 16th birthday: 十六周岁以上 includes the day' },
    { birth: '2009-06-01', on: '2009-06-01', age: 0, why: 'the birth date itself' },
    { birth: '2008-02-29', on: '2024-02-28', age: 15, why: 'leap year: the birthday is 29 February' },
    { birth: '2008-02-29', on: '2024-02-29', age: 16, why: 'leap year: 16 on 29 February' },
    { birth: '2008-02-29', on: '2025-02-28', age: 16, why: 'already 16 since 2024-02-29' },
    { birth: '2009-02-28', on: '2025-02-28', age: 16, why: 'an ordinary 28 February birthday' },
    { birth: '2004-02-29', on: '2020-02-29', age: 16, why: 'AGE_RULE: 2020 is a leap year' },
    { birth: '2005-03-01', on: '2021-02-28', age: 15, why: 'born 1 March: not yet' },
  ];
  it.each(rows)('born $birth, on $on: $age ($why)', ({ birth, on, age }) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('29 February birthdays fall on 1 March in common years (AGE_RULE)', () => {
    expect(AGE_RULE.id).toBe('whole-years-feb29-on-mar1');
    // born 2009-02-29 is impossible; born 2012-02-29 turns 16 in 2028 (leap), 17 in 2029 (common)
    expect(ageOn('2012-02-29', '2029-02-28')).toBe(16);
    expect(ageOn('2012-02-29', '2029-03-01')).toBe(17);
    expect(isSixteenOrOver('2009-02-28', '2025-02-27')).toBe(false);
    expect(isSixteenOrOver('2009-02-28', '2025-02-28')).toBe(true);
  });

  it('rejects malformed dates and a date before birth', () => {
    expect(() => ageOn('2009-6-1', '2025-06-01')).toThrow(InvalidDateError);
    expect(() => ageOn('2009-06-01', '2009-05-31')).toThrow(ValidationError);
  });
});

describe('expiryDate (EXPIRY_RULE: the day before the anniversary, a missing one rolls to the 1st)', () => {
  const rows: readonly { issued: string; term: number | { months: number } | { years: number }; expiry: string; why: string }[] = [
    { issued: '2014-09-14', term: 5, expiry: '2019-09-13', why: 'the last booklet HK/Macau permits lapsed on 2019-09-13' },
    { issued: '2025-01-24', term: 10, expiry: '2035-01-23', why: 'the day before the 10th anniversary' },
    { issued: '2016-02-29', term: 10, expiry: '2026-02-28', why: '2026-02-29 does not exist: anniversary 2026-03-01' },
    { issued: '2016-02-29', term: 5, expiry: '2021-02-28', why: '2021-02-29 does not exist: anniversary 2021-03-01' },
    { issued: '2016-02-29', term: 8, expiry: '2024-02-28', why: '2024-02-29 exists: the day before it' },
    { issued: '2016-02-29', term: { years: 4 }, expiry: '2020-02-28', why: 'the term as { years }' },
    { issued: '2015-03-01', term: 1, expiry: '2016-02-29', why: 'the day before 2016-03-01, a leap day' },
    { issued: '2016-02-29', term: { months: 3 }, expiry: '2016-05-28', why: '3 months: anniversary 2016-05-29' },
    { issued: '2025-11-30', term: { months: 3 }, expiry: '2026-02-28', why: '2026-02-30 does not exist: anniversary 2026-03-01' },
    { issued: '2025-01-31', term: { months: 1 }, expiry: '2025-02-28', why: '2025-02-31 rolls to 2025-03-01' },
    { issued: '2025-12-31', term: { months: 12 }, expiry: '2026-12-30', why: '12 months = 1 year' },
  ];
  it.each(rows)('$issued + $term → $expiry ($why)', ({ issued, term, expiry }) => {
    expect(expiryDate(issued, term)).toBe(expiry);
  });

  it('names its rule', () => {
    expect(EXPIRY_RULE.id).toBe('day-before-anniversary-roll-forward');
  });

  it('rejects terms that are not positive whole numbers, and bad dates', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, { months: 0 }, { years: 2.5 }]) expect(() => expiryDate('2025-01-01', bad)).toThrow(ValidationError);
    expect(() => expiryDate('2025-02-29', 10)).toThrow(InvalidDateError);
  });
});
