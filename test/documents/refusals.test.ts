/**
 * Document refusals and exit bans, two separate predicates. Expectations come from:
 * - 中华人民共和国公民出境入境管理法 (1985, in force 1986-02-01 to 2013-06-30) art. 8 (five
 *   cases, incl. 劳动教养) and art. 9 (1) (invalid documents stopped at the border);
 * - 护照法 art. 13 (seven refusal grounds) and art. 14 (six months to three years after a
 *   border offence or repatriation), from 2007-01-01;
 * - 出境入境管理法 art. 12 (six exit-ban cases), from 2013-07-01;
 * - 公通字〔2003〕13号 (registered state personnel need their employer's approval), from 2003-01-14.
 */
import { describe, expect, it } from 'vitest';
import { lastDayOfPeriod } from '../../src/documents/border-offence-bar.js';
import { exitBans } from '../../src/documents/exit-bans.js';
import { type DocumentRefusalFlags, documentRefusals } from '../../src/documents/refusals.js';
import { DOCUMENT_REASONS } from '../../src/documents/tables.js';
import type { DocumentType } from '../../src/documents/document-types.js';
import { ValidationError } from '../../src/rules/errors.js';
import { renderReason } from '../../src/rules/reasons.js';
import { at } from './document-policy.js';

const refusals = (type: DocumentType, date: string, flags: DocumentRefusalFlags) => documentRefusals({ view: at(date), type, flags }).map((r) => r.code);
const bans = (date: string, flags: Parameters<typeof exitBans>[0]['flags']) => exitBans({ view: at(date), flags }).map((r) => r.code);

const ALL_ART_13: DocumentRefusalFlags = {
  notPrcNational: true,
  identityUnproven: true,
  fraud: true,
  servingSentence: true,
  civilCaseCourtNotice: true,
  criminalSuspect: true,
  nationalSecurityObjection: true,
};

describe('document refusals', () => {
  it('no facts, no refusal', () => {
    expect(refusals('passport', '2025-01-24', {})).toEqual([]);
  });

  it('passport from 2007-01-01: every ground of 护照法 art. 13, each citing its item', () => {
    const r = documentRefusals({ view: at('2025-01-24'), type: 'passport', flags: ALL_ART_13 });
    expect(r.map((x) => x.code)).toEqual([
      'document.refusal.not-prc-national',
      'document.refusal.identity-unproven',
      'document.refusal.fraud',
      'document.refusal.serving-sentence',
      'document.refusal.civil-case-court-notice',
      'document.refusal.criminal-suspect',
      'document.refusal.national-security-objection',
    ]);
    expect(r.map((x) => x.cite?.article)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'].map((i) => `第十三条第一款第${i}项`));
  });

  it('passport on 2006-12-31: the 1985 law art. 8 — no nationality/identity/fraud grounds, but 劳动教养', () => {
    expect(refusals('passport', '2006-12-31', { ...ALL_ART_13, reeducationThroughLabour: true })).toEqual([
      'document.refusal.serving-sentence',
      'document.refusal.civil-case-court-notice',
      'document.refusal.criminal-suspect',
      'document.refusal.national-security-objection',
      'document.refusal.reeducation-through-labour',
    ]);
    expect(refusals('passport', '2007-01-01', { reeducationThroughLabour: true })).toEqual([]);
  });

  it('护照法 art. 14: barred for the fixed length, or the minimum (6 months); possibly barred up to 3 years', () => {
    const ended = '2022-03-10';
    // civil-law counting (民法典 arts. 201–202): 6 months from 2022-03-10 run through 2022-09-10
    expect(lastDayOfPeriod(ended, 6)).toBe('2022-09-10');
    expect(lastDayOfPeriod('2022-08-31', 6)).toBe('2023-02-28'); // no 31 February: the month's last day
    const offence = { repatriatedOrConvictedBorderOffence: { endedOn: ended } };
    expect(refusals('passport', '2022-09-10', offence)).toEqual(['document.refusal.border-offence-bar']);
    expect(refusals('passport', '2022-09-11', offence)).toEqual(['document.refusal.border-offence-bar-possible']);
    expect(refusals('passport', '2025-03-10', offence)).toEqual(['document.refusal.border-offence-bar-possible']);
    expect(refusals('passport', '2025-03-11', offence)).toEqual([]);
    const fixed = { repatriatedOrConvictedBorderOffence: { endedOn: ended, barMonths: 12 } };
    expect(refusals('passport', '2023-03-10', fixed)).toEqual(['document.refusal.border-offence-bar']);
    expect(refusals('passport', '2023-03-11', fixed)).toEqual([]);
    const r = documentRefusals({ view: at('2024-12-01'), type: 'passport', flags: offence });
    expect(renderReason(r[0]!, 'en', DOCUMENT_REASONS)).toBe('Punished for a border offence or repatriated (2022-03-10): the minimum bar ended on 2022-09-10, but the document may still be refused through 2025-03-10');
    expect(renderReason(r[0]!, 'zh-CN', DOCUMENT_REASONS)).toBe('因妨害国（边）境管理受刑事处罚或者被遣返（2022-03-10）：最短期限已于2022-09-10届满，但至2025-03-10止仍可能不予签发');
    expect(r[0]?.cite?.article).toBe('第十四条');
    // no such ground before the Passport Law
    expect(refusals('passport', '2006-12-31', { repatriatedOrConvictedBorderOffence: { endedOn: '2006-10-01' } })).toEqual([]);
  });

  it('a fixed bar outside 6–36 months is an input error', () => {
    expect(() => refusals('passport', '2025-01-24', { repatriatedOrConvictedBorderOffence: { endedOn: '2024-03-10', barMonths: 48 } })).toThrow(ValidationError);
  });

  it('registered state personnel: refused without the approval letter, from 2003-01-14, for every document', () => {
    expect(refusals('passport', '2003-01-13', { registeredPersonnel: { approvalLetter: false } })).toEqual([]);
    expect(refusals('passport', '2003-01-14', { registeredPersonnel: { approvalLetter: false } })).toEqual(['document.refusal.registered-personnel-without-approval']);
    expect(refusals('hkmo-permit', '2025-01-24', { registeredPersonnel: { approvalLetter: false } })).toEqual(['document.refusal.registered-personnel-without-approval']);
    expect(refusals('taiwan-permit', '2025-01-24', { registeredPersonnel: { approvalLetter: true } })).toEqual([]);
    const r = documentRefusals({ view: at('2025-01-24'), type: 'passport', flags: { registeredPersonnel: { approvalLetter: false } } });
    expect(r[0]?.cite?.number).toBe('公通字〔2003〕13号');
  });

  it('permits: the 1985 grounds to 2013-06-30, then 出境入境管理法 art. 12 (no nationality/identity/fraud grounds)', () => {
    expect(refusals('hkmo-permit', '2013-06-30', { ...ALL_ART_13, reeducationThroughLabour: true })).toHaveLength(5);
    expect(refusals('hkmo-permit', '2013-07-01', { ...ALL_ART_13, reeducationThroughLabour: true })).toEqual([
      'document.refusal.serving-sentence',
      'document.refusal.civil-case-court-notice',
      'document.refusal.criminal-suspect',
      'document.refusal.national-security-objection',
    ]);
    expect(refusals('taiwan-permit', '2025-01-24', { repatriatedOrConvictedBorderOffence: { endedOn: '2025-01-01' } })).toEqual(['document.refusal.border-offence-bar']);
  });

  it('rejects unknown or ill-typed facts, listing every problem with its path', () => {
    try {
      documentRefusals({ view: at('2025-01-24'), type: 'passport', flags: { fraud: 'yes', exitBan: true } as unknown as DocumentRefusalFlags });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(['flags.fraud', 'flags']);
    }
  });
});

describe('exit bans (a separate predicate)', () => {
  it('1985 law to 2013-06-30: art. 8 (incl. 劳动教养) and art. 9 (1)', () => {
    expect(bans('2013-06-30', { reeducationThroughLabour: true, noValidDocument: true, refusesInspection: true, otherLegalGround: true })).toEqual([
      'document.exit-ban.no-valid-document',
      'document.exit-ban.reeducation-through-labour',
    ]);
  });

  it('出境入境管理法 art. 12 from 2013-07-01: six cases, no 劳动教养', () => {
    expect(
      bans('2013-07-01', {
        noValidDocument: true,
        refusesInspection: true,
        servingSentence: true,
        criminalSuspect: true,
        civilCaseCourtNotice: true,
        nationalSecurityObjection: true,
        reeducationThroughLabour: true,
        otherLegalGround: true,
        repatriatedOrConvictedBorderOffence: { endedOn: '2013-05-01' },
      }),
    ).toEqual([
      'document.exit-ban.no-valid-document',
      'document.exit-ban.refuses-inspection',
      'document.exit-ban.serving-sentence',
      'document.exit-ban.criminal-suspect',
      'document.exit-ban.civil-case-court-notice',
      'document.exit-ban.national-security-objection',
      'document.exit-ban.other-legal-ground',
      'document.exit-ban.border-offence-bar',
    ]);
    const r = exitBans({ view: at('2025-01-24'), flags: { civilCaseCourtNotice: true } });
    expect(r[0]?.cite).toMatchObject({ number: '中华人民共和国主席令第五十七号', article: '第十二条第（三）项' });
  });

  it('is independent of document refusals: fraud refuses a passport but bans no exit', () => {
    expect(refusals('passport', '2025-01-24', { fraud: true })).toEqual(['document.refusal.fraud']);
    expect(bans('2025-01-24', {})).toEqual([]);
    expect(() => bans('2025-01-24', { fraud: true } as never)).toThrow(ValidationError);
  });
});
