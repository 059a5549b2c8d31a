import { describe, expect, it } from 'vitest';
import { type FeeItem } from '../../src/fees/quote-fees.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { ValidationError } from '../../src/rules/errors.js';
import { UnverifiedDateError } from '../../src/rules/policy-at.js';
import { UnknownDivisionError } from '../../src/rules/divisions.js';

const one = (item: FeeItem, acceptedOn: string, division = '110100') => quoteFees({ items: [item], acceptedOn, division });
const yuanOf = (item: FeeItem, acceptedOn: string) => one(item, acceptedOn).totalFen / 100;
const noticeOf = (item: FeeItem, acceptedOn: string) => one(item, acceptedOn).lines[0]?.cite.number;

// Official figures: one row per notice and item, [item, acceptance date, yuan, notice].
const OFFICIAL: [string, FeeItem, string, number, string][] = [
  ['passport before the 2017 cut', { item: 'passport.issue' }, '2017-06-30', 200, '计价格〔2000〕293号'],
  ['passport renewal before the 2017 cut (the annotation is its own item)', { item: 'passport.renewal' }, '2017-06-30', 200, '计价格〔2000〕293号'],
  ['lost passport before the 2017 cut (double: 400)', { item: 'passport.replacement-lost' }, '2017-06-30', 400, '计价格〔2000〕293号'],
  ['passport, 2017 cut', { item: 'passport.issue' }, '2017-07-01', 160, '发改价格〔2017〕1186号'],
  ['passport, 2019 cut', { item: 'passport.issue' }, '2019-07-01', 120, '发改价格〔2019〕914号'],
  ['lost passport, 2017 cut', { item: 'passport.replacement-lost' }, '2017-07-01', 160, '发改价格〔2017〕1186号'],
  ['passport annotation', { item: 'passport.annotation' }, '2020-01-01', 20, '价费字〔1993〕164号'],
  ['HK/Macau permit before 2017', { item: 'hkmo-permit.issue' }, '2010-01-01', 100, '计价格〔2002〕1097号'],
  ['HK/Macau permit, 2017 cut', { item: 'hkmo-permit.issue' }, '2017-07-01', 80, '发改价格〔2017〕1186号'],
  ['HK/Macau permit, 2019 cut', { item: 'hkmo-permit.issue' }, '2019-07-01', 60, '发改价格〔2019〕914号'],
  ['one-way permit, 2017 cut', { item: 'hkmo-one-way-permit.issue' }, '2017-07-01', 40, '发改价格〔2017〕1186号'],
  ['HK/Macau single endorsement', { item: 'hkmo-endorsement', validityMonths: 3, entries: 'single' }, '2017-07-01', 15, '发改价格〔2017〕1186号'],
  ['HK/Macau double endorsement', { item: 'hkmo-endorsement', validityMonths: 3, entries: 'double' }, '2017-07-01', 30, '发改价格〔2017〕1186号'],
  ['HK/Macau 1-year multi before 2017', { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi' }, '2016-01-01', 100, '计价格〔2002〕1097号'],
  ['HK/Macau 3-month multi (≤ 1 year band)', { item: 'hkmo-endorsement', validityMonths: 3, entries: 'multi' }, '2017-07-01', 80, '发改价格〔2017〕1186号'],
  ['HK/Macau 2-year multi, 2005 notice', { item: 'hkmo-endorsement', validityMonths: 24, entries: 'multi' }, '2005-03-01', 150, '发改价格〔2005〕77号'],
  ['HK/Macau 2-year multi, 2017 cut', { item: 'hkmo-endorsement', validityMonths: 24, entries: 'multi' }, '2017-07-01', 120, '发改价格〔2017〕1186号'],
  ['HK/Macau 30-month multi, 2005 notice', { item: 'hkmo-endorsement', validityMonths: 30, entries: 'multi' }, '2005-03-01', 200, '发改价格〔2005〕77号'],
  ['HK/Macau 30-month multi, 2017 cut', { item: 'hkmo-endorsement', validityMonths: 30, entries: 'multi' }, '2017-07-01', 160, '发改价格〔2017〕1186号'],
  ['HK/Macau 3-year multi, 2017 cut', { item: 'hkmo-endorsement', validityMonths: 36, entries: 'multi' }, '2017-07-01', 240, '发改价格〔2017〕1186号'],
  ['Taiwan card, 2016 notice', { item: 'taiwan-permit.card' }, '2016-12-26', 100, '发改价格〔2016〕352号'],
  ['Taiwan card, 2017 cut', { item: 'taiwan-permit.card' }, '2019-12-31', 80, '发改价格〔2017〕1186号'],
  ['Taiwan card, 2020 cut', { item: 'taiwan-permit.card' }, '2020-01-01', 60, '发改价格规〔2019〕1931号'],
  ['single-trip Taiwan permit, 2016 notice', { item: 'taiwan-single-trip-permit.issue' }, '2016-02-19', 20, '发改价格〔2016〕352号'],
  ['single-trip Taiwan permit, 2017 cut', { item: 'taiwan-single-trip-permit.issue' }, '2017-07-01', 15, '发改价格〔2017〕1186号'],
  ['Taiwan single endorsement, 2017 cut', { item: 'taiwan-endorsement', entries: 'single' }, '2017-07-01', 15, '发改价格〔2017〕1186号'],
  ['Taiwan multi endorsement before 2017', { item: 'taiwan-endorsement', entries: 'multi' }, '2017-06-30', 100, '计价格〔2001〕1835号'],
  ['Taiwan multi endorsement, 2017 cut', { item: 'taiwan-endorsement', entries: 'multi' }, '2017-07-01', 80, '发改价格〔2017〕1186号'],
  ['exit-entry permit single, 2017 cut', { item: 'exit-entry-permit.single' }, '2017-07-01', 15, '发改价格〔2017〕1186号'],
  ['exit-entry permit multi, 2017 cut', { item: 'exit-entry-permit.multi' }, '2017-07-01', 80, '发改价格〔2017〕1186号'],
];

describe('official figures, by notice', () => {
  it.each(OFFICIAL)('%s', (_name, item, date, yuan, notice) => {
    expect(yuanOf(item, date)).toBe(yuan);
    expect(noticeOf(item, date)).toBe(notice);
  });
});

describe('the fee of the acceptance date', () => {
  it.each([
    [{ item: 'passport.issue' } as FeeItem, '2017-06-30', 200, '2017-07-01', 160],
    [{ item: 'passport.issue' } as FeeItem, '2019-06-30', 160, '2019-07-01', 120],
    [{ item: 'hkmo-permit.issue' } as FeeItem, '2019-06-30', 80, '2019-07-01', 60],
    [{ item: 'taiwan-permit.card' } as FeeItem, '2019-12-31', 80, '2020-01-01', 60],
    [{ item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi' } as FeeItem, '2017-06-30', 100, '2017-07-01', 80],
  ])('%o: %s → %d yuan, %s → %d yuan', (item, before, a, on, b) => {
    expect(yuanOf(item, before)).toBe(a);
    expect(yuanOf(item, on)).toBe(b);
  });

  it('an instant is read in Beijing time: 2017-06-30T16:30Z is already 07-01 there', () => {
    expect(yuanOf({ item: 'passport.issue' }, '2017-06-30T15:59:59Z')).toBe(200);
    expect(yuanOf({ item: 'passport.issue' }, '2017-06-30T16:00:00Z')).toBe(160);
  });

  it('bands that did not exist yet are not priced: a 2-year multi-entry endorsement before 2005-03-01', () => {
    expect(() => yuanOf({ item: 'hkmo-endorsement', validityMonths: 24, entries: 'multi' }, '2005-02-28')).toThrow(ValidationError);
  });
});

describe('several items, local charges and exemptions', () => {
  const combined: FeeItem[] = [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 3, entries: 'single', quantity: 2 }];

  it('one line per item on the combined form; the total is their sum', () => {
    const q = quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '110100' });
    expect(q.lines.map((l) => [l.item, l.quantity, l.amountFen])).toEqual([
      ['passport.issue', 1, 12000],
      ['hkmo-permit.issue', 1, 6000],
      ['hkmo-endorsement.single', 2, 3000],
    ]);
    expect(q.totalFen).toBe(21000);
    expect(q.lines[0]?.label).toEqual({ 'zh-CN': '普通护照（首次申领）', en: 'Ordinary passport (first issue)' });
  });

  it('Chengdu postage (2018): 10 yuan for one parcel per person, whatever the number of documents', () => {
    const q = quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '510100', delivery: 'post' });
    expect(q.lines.at(-1)).toMatchObject({ item: 'delivery.post', quantity: 1, unitFen: 1000, amountFen: 1000, source: { level: 'local', division: '510100' } });
    // a district of Chengdu (510104 Jinjiang) uses the city's measure
    expect(quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '510104', delivery: 'post' }).totalFen).toBe(22000);
  });

  it('Chengdu postage is free from the 60th birthday and for disabled people', () => {
    const post = (birthDate: string, disabled = false) =>
      quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100', delivery: 'post', applicant: { birthDate, disabled } }).lines[1];
    expect(post('1959-07-02')).toMatchObject({ amountFen: 1000 });
    expect(post('1959-07-01')).toMatchObject({ amountFen: 0, exemption: { code: 'fee.exemption.age-60-plus', params: { age: 60 } } });
    expect(post('1990-01-01', true)).toMatchObject({ amountFen: 0, exemption: { code: 'fee.exemption.disabled' } });
  });

  it('postage where the office sets none is not guessed', () => {
    expect(() => quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '110100', delivery: 'post' })).toThrow(ValidationError);
  });

  it('photos: free at Harbin halls from 2014-04-01, nationally from 2018-02-01; before that no price is known', () => {
    const photo = (acceptedOn: string, division: string) => quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn, division, photo: true });
    expect(photo('2014-04-01', '230100').lines[1]).toMatchObject({ item: 'photo', amountFen: 0, source: { level: 'local', division: '230100' } });
    expect(() => photo('2014-03-31', '230100')).toThrow(ValidationError);
    expect(() => photo('2014-04-01', '110100')).toThrow(ValidationError);
    expect(photo('2018-02-01', '110100').lines[1]).toMatchObject({ item: 'photo', amountFen: 0, cite: { effective: '2018-02-01' } });
  });

  it('a tourist endorsement left unused by the 2020 suspension is re-issued free', () => {
    const q = quoteFees({ items: [{ item: 'hkmo-endorsement', validityMonths: 3, entries: 'single', reissueOfSuspended: true }], acceptedOn: '2020-09-23', division: '440100' });
    expect(q.lines[0]).toMatchObject({ unitFen: 1500, amountFen: 0, exemption: { code: 'fee.exemption.suspended-reissue' } });
    expect(q.totalFen).toBe(0);
  });
});

describe('bad input: one typed error listing every problem', () => {
  it('unknown item, negative quantity, bad date and division together', () => {
    try {
      quoteFees({ items: [{ item: 'visa' } as never, { item: 'passport.issue', quantity: -1 }], acceptedOn: '2019-02-30', division: '51' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join('.')).sort()).toEqual(['acceptedOn', 'division', 'items.0.item', 'items.1.quantity']);
    }
  });

  it('a date before the earliest table, for every item at once', () => {
    try {
      quoteFees({ items: [{ item: 'passport.issue' }, { item: 'taiwan-permit.card' }], acceptedOn: '2002-12-31', division: '110100' });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['items.0', 'not-priced'],
        ['items.1', 'not-priced'],
      ]);
    }
  });

  it('an unknown division and a date past the verified tables are typed errors too', () => {
    expect(() => one({ item: 'passport.issue' }, '2019-07-01', '999900')).toThrow(UnknownDivisionError);
    expect(() => one({ item: 'passport.issue' }, '2026-01-01')).toThrow(UnverifiedDateError);
    const flagged = quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2026-01-01', division: '110100' }, { beyondVerified: 'flag' });
    expect(flagged.lines[0]).toMatchObject({ amountFen: 12000, unverified: true });
  });
});

describe('what-if changes on fees', () => {
  it('a change set that halves a fee halves exactly that line', () => {
    const policy = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.passport.issue', from: '2019-07-01', value: 6000, cite: { issuer: 'what-if', title: 'passport fee halved' } }]);
    const items: FeeItem[] = [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }];
    const before = quoteFees({ items, acceptedOn: '2020-01-01', division: '110100' });
    const after = quoteFees({ items, acceptedOn: '2020-01-01', division: '110100' }, { policy });
    expect(after.lines.map((l) => l.amountFen)).toEqual([before.lines[0]!.amountFen / 2, before.lines[1]!.amountFen]);
    expect(after.lines[0]?.cite.title).toBe('passport fee halved');
  });

  it('the alternative reading of the 2017 renewal fee (160 + 20 annotation) is expressible as data', () => {
    const policy = withChanges(defaultPolicy(), [
      { op: 'set', table: 'fee.passport.renewal', from: '2017-07-01', to: '2019-06-30', value: 18000, cite: { issuer: 'local fee tables', title: '160 + 20 加注' } },
    ]);
    expect(quoteFees({ items: [{ item: 'passport.renewal' }], acceptedOn: '2018-01-01', division: '110100' }, { policy }).totalFen).toBe(18000);
    expect(quoteFees({ items: [{ item: 'passport.renewal' }], acceptedOn: '2018-01-01', division: '110100' }).totalFen).toBe(16000);
  });
});
