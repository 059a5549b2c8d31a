/**
 * Worked examples of the document rules. Each expectation names the instrument (article,
 * notice) it is read from; the data sits in src/documents with the same citations.
 *
 * Sources of the dates used here:
 * - e-passport nationwide 2012-05-15 (MPS deployment; 吉林省公安厅 2012-05-31);
 * - 公安部令第118号 in force 2012-03-01, fingerprints for *electronic* passport applications;
 * - HK/Macau card: Guangdong pilot from 2014-05-20, nationwide 2014-09-15 (MPS notice);
 * - Taiwan card: Fujian from 2016-12-26 with booklets stopped (MPS 公告, item 7), nationwide
 *   2017-04-24 (MPS deployment);
 * - validity: 实施细则 art. 17 (5 years, two extensions of ≤ 5), 护照法 art. 7 (under 16: 5;
 *   16 and over: 10), 1986 HK/Macau 办法 art. 22, the 2014 and 2016 MPS notices (cards 10/5).
 */
import { describe, expect, it } from 'vitest';
import { documentFormAt } from '../../src/documents/document-form.js';
import { fingerprintsFor } from '../../src/documents/fingerprints.js';
import { renewalGrounds, replacementGrounds } from '../../src/documents/grounds.js';
import { DOCUMENT_REASONS } from '../../src/documents/tables.js';
import { type ValidityResult, validityFor } from '../../src/documents/validity.js';
import type { DocumentType } from '../../src/documents/document-types.js';
import { ValidationError } from '../../src/rules/errors.js';
import { UnverifiedDateError, policyAt } from '../../src/rules/policy-at.js';
import { renderReason } from '../../src/rules/reasons.js';
import { POLICY, at, documentPolicy } from './document-policy.js';

const form = (type: DocumentType, date: string, division?: string) => {
  const r = documentFormAt(at(date, division), type);
  return r.kind === 'issued' ? r.form : r.why;
};

function validity(type: DocumentType, birthDate: string, acceptedOn: string, division?: string, variant?: string): ValidityResult {
  return validityFor({ view: at(acceptedOn, division), type, birthDate, acceptedOn, ...(variant === undefined ? {} : { variant }) });
}

function summary(r: ValidityResult) {
  if (r.kind !== 'validity') return r.kind;
  return { form: r.form, applied: r.applied, term: r.term, extension: r.extension, expiry: r.expiry };
}

describe('which form is issued', () => {
  const rows: readonly { type: DocumentType; date: string; division?: string; form: string; cite: string }[] = [
    { type: 'passport', date: '2012-05-14', form: 'booklet', cite: 'before the e-passport' },
    { type: 'passport', date: '2012-05-15', form: 'electronic-booklet', cite: 'e-passport nationwide 2012-05-15' },
    { type: 'passport', date: '1986-01-31', form: 'not-yet', cite: 'before the 1985 law took effect (1986-02-01)' },
    { type: 'hkmo-permit', date: '2014-05-19', division: '440100', form: 'booklet', cite: 'Guangzhou, the day before the Guangdong pilot' },
    { type: 'hkmo-permit', date: '2014-05-20', division: '440100', form: 'card', cite: 'Guangzhou: Guangdong pilot from 2014-05-20' },
    { type: 'hkmo-permit', date: '2014-05-20', division: '110100', form: 'booklet', cite: 'Beijing the same day: nationwide only from 2014-09-15' },
    { type: 'hkmo-permit', date: '2014-05-20', division: '440304', form: 'card', cite: 'a Shenzhen district falls back to Guangdong' },
    { type: 'hkmo-permit', date: '2014-09-14', division: '110100', form: 'booklet', cite: 'Beijing, last booklet day' },
    { type: 'hkmo-permit', date: '2014-09-15', division: '110100', form: 'card', cite: 'nationwide 2014-09-15' },
    { type: 'hkmo-permit', date: '2014-09-15', division: '440100', form: 'card', cite: 'Guangdong: the national value takes over' },
    { type: 'taiwan-permit', date: '2016-12-25', division: '350200', form: 'booklet', cite: 'Xiamen, the day before the Fujian pilot' },
    { type: 'taiwan-permit', date: '2016-12-26', division: '350200', form: 'card', cite: 'Xiamen: MPS 公告 item 7, Fujian from 2016-12-26' },
    { type: 'taiwan-permit', date: '2016-12-26', division: '510100', form: 'booklet', cite: 'Chengdu the same day: "其他地方公安机关将适时签发"' },
    { type: 'taiwan-permit', date: '2017-04-23', division: '510100', form: 'booklet', cite: 'Chengdu, last booklet day' },
    { type: 'taiwan-permit', date: '2017-04-24', division: '510100', form: 'card', cite: 'Chengdu: nationwide 2017-04-24' },
    { type: 'taiwan-single-trip-permit', date: '2025-01-24', form: 'paper', cite: 'paper (uncertain)' },
    { type: 'exit-entry-permit', date: '2006-12-31', form: 'not-yet', cite: 'modelled from the Passport Law (art. 24)' },
    { type: 'exit-entry-permit', date: '2007-01-01', form: 'paper', cite: '护照法 art. 24' },
    { type: 'hkmo-one-way-permit', date: '1986-12-25', form: 'paper', cite: '1986 HK/Macau 办法 arts. 3, 22' },
  ];
  it.each(rows)('$type on $date at $division: $form ($cite)', ({ type, date, division, form: expected }) => {
    expect(form(type, date, division)).toBe(expected);
  });

  it('says when a local pilot decided, with the pilot\'s citation', () => {
    const r = documentFormAt(at('2014-05-20', '440100'), 'hkmo-permit');
    expect(r).toMatchObject({ kind: 'issued', form: 'card', source: { level: 'local', division: '440000' }, period: { from: '2014-05-20', to: '2014-09-14' } });
    expect(r.reasons.map((x) => x.code)).toEqual(['document.form.card', 'document.form.local-measure']);
    const xiamen = documentFormAt(at('2016-12-26', '350200'), 'taiwan-permit');
    expect(xiamen.kind === 'issued' && xiamen.cite.article).toBe('第七项');
  });

  it('raises a typed error past the verified date, or flags when asked', () => {
    expect(() => documentFormAt(at('2025-12-01'), 'passport')).toThrow(UnverifiedDateError);
    const r = documentFormAt(policyAt(POLICY, '2025-12-01', { beyondVerified: 'flag' }), 'passport');
    expect(r).toMatchObject({ kind: 'issued', unverified: true });
    expect(r.reasons.at(-1)?.code).toBe('document.unverified');
  });
});

describe('validity', () => {
  it('passport: 15 the day before the 16th birthday → 5 years; on it → 10 years (护照法 art. 7)', () => {
    expect(summary(validity('passport', '2009-06-01', '2025-05-31'))).toEqual({ form: 'electronic-booklet', applied: 'under-threshold', term: { years: 5 }, extension: null, expiry: '2030-05-30' });
    expect(summary(validity('passport', '2009-06-01', '2025-06-01'))).toEqual({ form: 'electronic-booklet', applied: 'at-or-over-threshold', term: { years: 10 }, extension: null, expiry: '2035-05-31' });
  });

  it('passport accepted 2006-12-31 (实施细则 art. 17: 5 years, two extensions) vs 2007-01-01 (护照法 art. 7: 10 years, none)', () => {
    const before = validity('passport', '1980-01-01', '2006-12-31');
    expect(summary(before)).toEqual({ form: 'booklet', applied: 'fixed', term: { years: 5 }, extension: { times: 2, maxYears: 5 }, expiry: '2011-12-30' });
    expect(before.kind === 'validity' && before.cites[1]?.article).toBe('第十七条');
    const after = validity('passport', '1980-01-01', '2007-01-01');
    expect(summary(after)).toEqual({ form: 'booklet', applied: 'at-or-over-threshold', term: { years: 10 }, extension: null, expiry: '2016-12-31' });
    expect(after.kind === 'validity' && after.cites[1]?.article).toBe('第七条');
    // a child in 2006 also got 5 years, extendable: there was no age rule before the Passport Law
    expect(summary(validity('passport', '2000-01-01', '2006-12-31'))).toMatchObject({ applied: 'fixed', term: { years: 5 } });
  });

  it('HK/Macau permit in Guangzhou on 2014-05-20 (card: 10 years for an adult) vs Beijing (booklet: 5 years, extendable)', () => {
    expect(summary(validity('hkmo-permit', '1990-01-01', '2014-05-20', '440100'))).toEqual({ form: 'card', applied: 'at-or-over-threshold', term: { years: 10 }, extension: null, expiry: '2024-05-19' });
    expect(summary(validity('hkmo-permit', '1990-01-01', '2014-05-20', '110100'))).toEqual({ form: 'booklet', applied: 'fixed', term: { years: 5 }, extension: { times: 2, maxYears: 5 }, expiry: '2019-05-19' });
    expect(summary(validity('hkmo-permit', '2005-01-01', '2014-09-15', '110100'))).toMatchObject({ form: 'card', applied: 'under-threshold', term: { years: 5 } });
  });

  it('Taiwan permit: Xiamen 2016-12-26 (card) vs Chengdu 2016-12-26 (booklet, 5 years) vs Chengdu 2017-04-24 (card)', () => {
    expect(summary(validity('taiwan-permit', '1990-01-01', '2016-12-26', '350200'))).toMatchObject({ form: 'card', term: { years: 10 }, expiry: '2026-12-25' });
    expect(summary(validity('taiwan-permit', '1990-01-01', '2016-12-26', '510100'))).toMatchObject({ form: 'booklet', term: { years: 5 }, expiry: '2021-12-25' });
    expect(summary(validity('taiwan-permit', '1990-01-01', '2017-04-24', '510100'))).toMatchObject({ form: 'card', term: { years: 10 }, expiry: '2027-04-23' });
    expect(summary(validity('taiwan-permit', '2010-01-01', '2017-04-24', '510100'))).toMatchObject({ form: 'card', term: { years: 5 } });
  });

  it('Taiwan booklet after 2015-07-01: 5 years in practice (flagged), 10 under the statute as a what-if change (国务院令第661号 art. 24)', () => {
    const practice = validity('taiwan-permit', '1990-01-01', '2016-01-04');
    expect(summary(practice)).toMatchObject({ form: 'booklet', term: { years: 5 } });
    expect(practice.kind === 'validity' && practice.uncertain[0]).toMatch(/better-supported reading/);
    const statute = documentPolicy([
      {
        op: 'set',
        table: 'document.validity.taiwan-permit',
        from: '2015-07-01',
        to: '2016-12-25',
        value: { booklet: { basis: 'fixed', term: { years: 10 } } },
        cite: { issuer: '国务院', title: '国务院关于修改《中国公民往来台湾地区管理办法》的决定', number: '国务院令第661号', article: '第九项（办法第二十四条）' },
      },
    ]);
    const r = validityFor({ view: at('2016-01-04', undefined, statute), type: 'taiwan-permit', birthDate: '1990-01-01', acceptedOn: '2016-01-04' });
    expect(summary(r)).toMatchObject({ form: 'booklet', term: { years: 10 }, expiry: '2026-01-03' });
    // before and after the change's period the baseline holds
    expect(summary(validityFor({ view: at('2015-06-30', undefined, statute), type: 'taiwan-permit', birthDate: '1990-01-01', acceptedOn: '2015-06-30' }))).toMatchObject({ term: { years: 5 } });
  });

  it('single-trip Taiwan permit: 3 months, flagged uncertain', () => {
    const r = validity('taiwan-single-trip-permit', '1990-01-01', '2025-11-30');
    expect(summary(r)).toMatchObject({ form: 'paper', term: { months: 3 }, expiry: '2026-02-28' });
    expect(r.kind === 'validity' && r.years).toBe(0.25);
    expect(r.kind === 'validity' && r.uncertain.length).toBe(2); // the form and the term
  });

  it('出入境通行证: asks which kind, then gives its term (uncertain)', () => {
    const ask = validity('exit-entry-permit', '1990-01-01', '2025-01-24');
    expect(ask).toMatchObject({ kind: 'variant-required', variants: ['one-time', 'multiple'] });
    expect(summary(validity('exit-entry-permit', '1990-01-01', '2025-01-24', undefined, 'multiple'))).toMatchObject({ term: { months: 12 }, expiry: '2026-01-23' });
    expect(validity('exit-entry-permit', '1990-01-01', '2025-01-24', undefined, 'one-time')).toMatchObject({ kind: 'validity', variant: 'one-time', months: 3 });
  });

  it('one-way permit: validity not modelled; before a document exists: not issued', () => {
    expect(validity('hkmo-one-way-permit', '1990-01-01', '2025-01-24')).toMatchObject({ kind: 'no-rule', form: 'paper' });
    expect(validity('taiwan-permit', '1960-01-01', '1992-04-30')).toMatchObject({ kind: 'not-issued' });
    // a passport issued in 1986 before the 实施细则 (1986-12-26): the form is known, the validity rule is not
    expect(validity('passport', '1960-01-01', '1986-12-25')).toMatchObject({ kind: 'no-rule', form: 'booklet' });
  });

  it('renders its reasons in both locales', () => {
    const r = validity('passport', '2010-03-15', '2025-03-14');
    expect(r.reasons.map((x) => renderReason(x, 'zh-CN', DOCUMENT_REASONS))).toMatchInlineSnapshot(`
      [
        "签发内嵌芯片的电子本式证件",
        "受理时14周岁，未满16周岁：有效期5年",
        "不办理延期，期满换发",
        "2025-03-14签发的，有效期至2030-03-13（届满周年日的前一日）",
      ]
    `);
    expect(r.reasons.map((x) => renderReason(x, 'en', DOCUMENT_REASONS))).toMatchInlineSnapshot(`
      [
        "Issued as an electronic booklet with a chip",
        "Aged 14 on the acceptance date, under 16: valid for 5 years",
        "Cannot be extended; renewed on expiry",
        "Issued on 2025-03-14, valid through 2030-03-13 (the day before the anniversary)",
      ]
    `);
  });

  it('rejects an acceptance date other than the view\'s, and bad input, listing the problems', () => {
    expect(() => validityFor({ view: at('2025-01-24'), type: 'passport', birthDate: '1990-01-01', acceptedOn: '2025-01-23' })).toThrow(ValidationError);
    try {
      validityFor({ view: at('2025-01-24'), type: 'visa' as DocumentType, birthDate: '1990-01-01', acceptedOn: '2025-01-23' });
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path[0])).toEqual(['type', 'acceptedOn']);
    }
  });
});

describe('fingerprints (公安部令第118号 new art. 6; 2014 and 2016 MPS notices)', () => {
  const fp = (type: DocumentType, birthDate: string, date: string, division?: string, fingersUnavailable?: boolean) =>
    fingerprintsFor({ view: at(date, division), type, birthDate, acceptedOn: date, ...(fingersUnavailable === undefined ? {} : { fingersUnavailable }) }).collection;

  it('118号 was in force from 2012-03-01 but applies to e-passport applications, first taken on 2012-05-15', () => {
    expect(fp('passport', '1990-01-01', '2012-03-01')).toBe('not-collected'); // still a booklet
    expect(fp('passport', '1990-01-01', '2012-05-14')).toBe('not-collected');
    expect(fp('passport', '1990-01-01', '2012-05-15')).toBe('required');
    expect(fp('passport', '2000-01-02', '2016-01-01')).toBe('guardian-consent'); // 15, the day before the 16th birthday
    expect(fp('passport', '2000-01-02', '2016-01-02')).toBe('required'); // 16 on the birthday
    expect(fp('passport', '1990-01-01', '2025-01-24', undefined, true)).toBe('exempt'); // 指纹缺失、损坏
  });

  it('HK/Macau card from the Guangdong pilot; Taiwan card from the Fujian pilot', () => {
    expect(fp('hkmo-permit', '1990-01-01', '2014-05-20', '440100')).toBe('required');
    expect(fp('hkmo-permit', '1990-01-01', '2014-05-20', '110100')).toBe('not-collected');
    expect(fp('taiwan-permit', '2010-01-01', '2016-12-26', '350200')).toBe('guardian-consent');
    expect(fp('taiwan-permit', '1990-01-01', '2016-12-26', '510100')).toBe('not-collected');
    expect(fp('exit-entry-permit', '1990-01-01', '2025-01-24')).toBe('not-collected');
  });
});

describe('renewal and replacement grounds (护照法 art. 11; 公安部令第96号 arts. 10, 12; NIA list)', () => {
  const codes = (r: ReturnType<typeof renewalGrounds>) => (r.kind === 'grounds' ? r.grounds.map((g) => g.code) : r.kind);

  it('2007: the Passport Law\'s one list', () => {
    expect(codes(renewalGrounds(at('2007-06-01'), 'passport'))).toEqual(['validity-expiring', 'visa-pages-nearly-full', 'damaged', 'other-justified']);
    expect(codes(replacementGrounds(at('2007-06-01'), 'passport'))).toEqual(['damaged', 'lost', 'stolen', 'other-justified']);
  });

  it('from 公安部令第96号 (2007-12-15, flagged): renewal art. 10, replacement art. 12', () => {
    const r = renewalGrounds(at('2010-01-01'), 'passport');
    expect(codes(r)).toEqual(['visa-pages-nearly-full', 'validity-short', 'other-approved']);
    expect(r.kind === 'grounds' && r.grounds[1]?.cite).toMatchObject({ number: '公安部令第96号', article: '第十条第（二）项' });
    expect(codes(replacementGrounds(at('2010-01-01'), 'passport'))).toEqual(['damaged', 'lost', 'stolen']);
  });

  it('e-passport era adds changed particulars and healed fingers; the NIA list adds students abroad and moves damage to renewal', () => {
    expect(codes(renewalGrounds(at('2020-01-01'), 'passport'))).toEqual(['visa-pages-nearly-full', 'validity-short', 'particulars-changed', 'fingerprints-now-possible', 'other-approved']);
    expect(codes(renewalGrounds(at('2025-06-01'), 'passport'))).toEqual([
      'visa-pages-nearly-full',
      'validity-short',
      'damaged',
      'particulars-changed',
      'fingerprints-now-possible',
      'student-abroad-under-two-years',
      'other-approved',
    ]);
    expect(codes(replacementGrounds(at('2025-06-01'), 'passport'))).toEqual(['lost', 'stolen']);
  });

  it('permits: not modelled', () => {
    expect(renewalGrounds(at('2025-06-01'), 'hkmo-permit')).toMatchObject({ kind: 'not-modelled', reasons: [{ code: 'document.grounds.not-modelled' }] });
  });
});
