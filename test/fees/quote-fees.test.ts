import { describe, expect, it } from 'vitest';
import { type FeeItem, type FeeLine, type FeeQuoteInput, type PricedFeeLine, type UnpricedFeeLine, quoteFeesAt } from '../../src/fees/quote-fees.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { ValidationError } from '../../src/rules/errors.js';
import { UnknownDivisionError } from '../../src/rules/divisions.js';

const one = (item: FeeItem, acceptedOn: string, division = '110100') => quoteFees({ items: [item], acceptedOn, division });
/** The line, asserted priced. */
const pricedLine = (l: FeeLine | undefined): PricedFeeLine => {
  if (!l?.priced) throw new Error(`not priced: ${JSON.stringify(l)}`);
  return l;
};
/** The line, asserted unpriced. */
const unpricedLine = (l: FeeLine | undefined): UnpricedFeeLine => {
  if (l === undefined || l.priced) throw new Error(`priced: ${JSON.stringify(l)}`);
  return l;
};
const yuanOf = (item: FeeItem, acceptedOn: string) => pricedLine(one(item, acceptedOn).lines[0]).amountFen / 100;
const noticeOf = (item: FeeItem, acceptedOn: string) => pricedLine(one(item, acceptedOn).lines[0]).cite.number;

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

  it('bands that did not exist yet are not priced: a 2-year multi-entry endorsement before 2005-03-01 (发改价格〔2005〕77号 created the band)', () => {
    const q = quoteFees({ items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 24, entries: 'multi' }], acceptedOn: '2005-02-28', division: '110100' });
    expect(unpricedLine(q.lines[1])).toMatchObject({ item: 'hkmo-endorsement.multi-2y', reason: { code: 'fee.not-priced', params: { item: 'hkmo-endorsement.multi-2y', date: '2005-02-28' } } });
    expect(q).toMatchObject({ totalFen: 10000, complete: false }); // the permit (100 yuan, 计价格〔2002〕1097号) stands
  });
});

describe('several items, local charges and exemptions', () => {
  const combined: FeeItem[] = [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 3, entries: 'single', quantity: 2 }];

  it('one line per item on the combined form; the total is their sum', () => {
    const q = quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '110100' });
    expect(q.lines.map((l) => [l.item, l.quantity, pricedLine(l).amountFen])).toEqual([
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

  it('postage where the office sets none is not guessed: an unpriced line, and every other line stands', () => {
    const q = quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '110100', delivery: 'post' });
    expect(q.lines.slice(0, 3)).toEqual(quoteFees({ items: combined, acceptedOn: '2019-07-01', division: '110100' }).lines);
    const post = unpricedLine(q.lines[3]);
    expect(post).toMatchObject({ item: 'delivery.post', quantity: 1, reason: { code: 'fee.postage.not-set', params: { division: '110100', date: '2019-07-01' } }, unverified: false });
    expect(post.message['zh-CN']).toContain('110100');
    expect(post.message.en).toContain('not priced');
    expect(q).toMatchObject({ totalFen: 21000, complete: false });
    expect(q.unpriced).toEqual([post]);
  });

  it('photos: free at Harbin halls from 2014-04-01, nationally from 2018-02-01; before that no price is known', () => {
    const photo = (acceptedOn: string, division: string) => quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn, division, photo: true });
    expect(photo('2014-04-01', '230100').lines[1]).toMatchObject({ priced: true, item: 'photo', amountFen: 0, source: { level: 'local', division: '230100' } });
    for (const [date, division] of [['2014-03-31', '230100'], ['2014-04-01', '110100'], ['2018-01-31', '110100']] as const) {
      const q = photo(date, division);
      expect(unpricedLine(q.lines[1])).toMatchObject({ item: 'photo', reason: { code: 'fee.not-priced', params: { item: 'photo', date } } });
      expect(q).toMatchObject({ totalFen: pricedLine(q.lines[0]).amountFen, complete: false });
    }
    expect(photo('2018-02-01', '110100').lines[1]).toMatchObject({ priced: true, item: 'photo', amountFen: 0, cite: { effective: '2018-02-01' } });
  });

  it('a tourist endorsement left unused by the 2020 suspension is re-issued free', () => {
    const q = quoteFees({ items: [{ item: 'hkmo-endorsement', validityMonths: 3, entries: 'single', reissueOfSuspended: true }], acceptedOn: '2020-09-23', division: '440100' });
    expect(q.lines[0]).toMatchObject({ unitFen: 1500, amountFen: 0, exemption: { code: 'fee.exemption.suspended-reissue' } });
    expect(q.totalFen).toBe(0);
  });
});

describe('errors for people: both locales, chosen by an option (issue 11 §5)', () => {
  const bad = { items: [{ item: 'passport.issue', quantity: 0 }], acceptedOn: '2019-07-01', division: '5101' };
  const thrown = (f: () => unknown): ValidationError => {
    try {
      f();
    } catch (e) {
      if (e instanceof ValidationError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it('the message summarises the issues in the locale asked for; messageIn gives the other; every issue has both', () => {
    const zh = thrown(() => quoteFees(bad as never, { locale: 'zh-CN' }));
    expect(zh.locale).toBe('zh-CN');
    expect(zh.message).toMatch(/^收费报价输入无效（2个问题）：/);
    expect(zh.messageIn('en')).toMatch(/^Invalid fee quote input \(2 problems\): /);
    expect(zh.issues.map((i) => i.path.join('.'))).toEqual(['items.0.quantity', 'division']);
    for (const i of zh.issues) expect(i.messages && i.messages['zh-CN'] !== i.messages.en).toBe(true);
    expect(thrown(() => quoteFees(bad as never)).message).toBe(zh.messageIn('en'));
  });

  it('bad options are problems listed with the input’s: an unknown locale, an unknown key, a bad mode, a policy that is not one', () => {
    const e = thrown(() => quoteFees(bad as never, { locale: 'fr', beyondVerified: 'maybe', policy: { schema: 'x' }, colour: 'red' } as never));
    expect(e.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['options', 'unrecognized-keys'],
        ['options.locale', 'unknown-locale'],
        ['options.beyondVerified', 'invalid-value'],
        ['items.0.quantity', 'too_small'],
        ['division', 'invalid_format'],
      ]),
    );
    expect(e.issues.some((i) => i.path[0] === 'options' && i.path[1] === 'policy')).toBe(true);
    expect(() => quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '110100' }, null as never)).toThrow(ValidationError);
  });

  it('quoteFeesAt: a view that is not one, and an input of another day or office than the view, are errors', () => {
    const view = policyAt(defaultPolicy(), '2019-07-01', { division: '510100' });
    const ok: FeeQuoteInput = { items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' };
    expect(quoteFeesAt(view, ok).totalFen).toBe(12000);
    expect(thrown(() => quoteFeesAt({} as never, ok)).issues.map((i) => i.code)).toEqual(['invalid-view']);
    expect(thrown(() => quoteFeesAt(view, { ...ok, acceptedOn: '2019-07-01T23:00:00Z' })).issues.map((i) => i.code)).toEqual(['date-mismatch']); // 07-02 in Beijing
    expect(thrown(() => quoteFeesAt(view, { ...ok, division: '110100' }, { locale: 'zh-CN' })).message).toMatch(/受理地110100与视图的行政区划（510100）不符/);
    expect(thrown(() => quoteFeesAt(view, {} as never)).issues.length).toBe(3); // items, acceptedOn, division
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

  it('a date before the earliest table: every item is an unpriced line, and the total is 0 and not complete', () => {
    const q = quoteFees({ items: [{ item: 'passport.issue' }, { item: 'taiwan-permit.card' }], acceptedOn: '2002-12-31', division: '110100' });
    expect(q.lines.map((l) => [l.item, l.priced, !l.priced && l.reason.code])).toEqual([
      ['passport.issue', false, 'fee.not-priced'],
      ['taiwan-permit.card', false, 'fee.not-priced'],
    ]);
    expect(q).toMatchObject({ totalFen: 0, complete: false });
    expect(q.unpriced).toHaveLength(2);
  });

  it('a discontinued item carries the citation that ended it (Taiwan booklets, 2017-04-24)', () => {
    const line = unpricedLine(one({ item: 'taiwan-permit.booklet' }, '2018-01-01').lines[0]);
    expect(line.reason).toMatchObject({ code: 'fee.not-priced', cite: { number: '发改价格〔2016〕352号' } });
  });

  it('an unknown division and a date past the verified tables are typed errors too', () => {
    expect(() => one({ item: 'passport.issue' }, '2019-07-01', '999900')).toThrow(UnknownDivisionError);
    // past the verified date without { beyondVerified: 'flag' }: the line is not priced, and says why
    const past = one({ item: 'passport.issue' }, '2026-01-01');
    expect(unpricedLine(past.lines[0])).toMatchObject({ reason: { code: 'fee.rule-beyond-verified', params: { item: 'passport.issue', date: '2026-01-01', verifiedThrough: '2025-11-30' } }, unverified: true });
    expect(past).toMatchObject({ totalFen: 0, complete: false });
    const flagged = quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2026-01-01', division: '110100' }, { beyondVerified: 'flag' });
    expect(flagged.lines[0]).toMatchObject({ priced: true, amountFen: 12000, unverified: true });
  });
});

describe('what-if changes on fees', () => {
  it('a change set that halves a fee halves exactly that line', () => {
    const policy = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.passport.issue', from: '2019-07-01', value: 6000, cite: { issuer: 'what-if', title: 'passport fee halved' } }]);
    const items: FeeItem[] = [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }];
    const before = quoteFees({ items, acceptedOn: '2020-01-01', division: '110100' });
    const after = quoteFees({ items, acceptedOn: '2020-01-01', division: '110100' }, { policy });
    expect(after.lines.map((l) => pricedLine(l).amountFen)).toEqual([pricedLine(before.lines[0]).amountFen / 2, pricedLine(before.lines[1]).amountFen]);
    expect(pricedLine(after.lines[0]).cite.title).toBe('passport fee halved');
  });

  it('the alternative reading of the 2017 renewal fee (160 + 20 annotation) is expressible as data', () => {
    const policy = withChanges(defaultPolicy(), [
      { op: 'set', table: 'fee.passport.renewal', from: '2017-07-01', to: '2019-06-30', value: 18000, cite: { issuer: 'local fee tables', title: '160 + 20 加注' } },
    ]);
    expect(quoteFees({ items: [{ item: 'passport.renewal' }], acceptedOn: '2018-01-01', division: '110100' }, { policy }).totalFen).toBe(18000);
    expect(quoteFees({ items: [{ item: 'passport.renewal' }], acceptedOn: '2018-01-01', division: '110100' }).totalFen).toBe(16000);
  });
});
