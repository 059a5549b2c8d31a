/**
 * Acceptance at the window: accepted, accepted under 容缺受理, or not accepted with the one-time
 * notice.
 *
 * Sources:
 * - 容缺受理 has no national exit-entry rule (FACTS §5.1); municipal rules (西安市行政审批服务局,
 *   implementing 国发〔2022〕5号; 阜新市司法局): core materials complete, secondary ones missing →
 *   accept on a written commitment; cure within the committed time; failure → the handling is
 *   terminated; opt-in; bad credit excluded;
 * - Chengdu exit-entry bureau, press report of May 2018 (LOCAL-MEASURES.md): core complete,
 *   secondary missing → accepted, the missing items supplied within a set period (the office looks
 *   kinship up in shared data itself from then: the scenarios defer the relative's identity card) — the built-in
 *   local measure (510100), parameters chosen and marked uncertain: 5 working days, clock runs,
 *   terminate, credit block;
 * - 行政许可法 art. 32 and 公安部令第96号 art. 7: incomplete materials → tell the applicant
 *   everything to correct at once (一次性告知); 公安部公告 2015-12-28 item 11: complete
 *   applications are accepted on the spot;
 * - 2019 working-day calendar: 端午节 2019-06-07 (国办发明电〔2018〕15号).
 */
import { describe, expect, it } from 'vitest';
import { type ApplicantFacts, type Checklist, type MaterialService, materialsChecklist } from '../../src/eligibility/checklist.js';
import { type AcceptanceDecision, type AcceptanceInput, acceptanceDecision } from '../../src/eligibility/deferred-acceptance.js';
import { CHENGDU_DEFERRED_FROM, type DeferredAcceptanceRule, MATERIAL_LOCAL, MATERIAL_NATIONAL, MATERIAL_TABLES } from '../../src/eligibility/materials.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { type PolicyView, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';

function materialPolicy(changes: readonly Change[] = []): Policy {
  return parsePolicy(
    {
      schema: 'churujing.policy/1',
      id: 'test',
      national: MATERIAL_NATIONAL,
      local: Object.fromEntries(Object.entries(MATERIAL_LOCAL).map(([c, t]) => [c, { tables: t }])),
      changes,
    },
    MATERIAL_TABLES,
  );
}
const POLICY = materialPolicy();

const ADULT: ApplicantFacts = { ageOnAcceptance: 40, route: 'hukou-place' };
const T_HK: MaterialService = { kind: 'endorsement', destination: 'hong-kong', type: 'T' };
const PASSPORT: MaterialService = { kind: 'document', document: 'passport', action: 'first-issue' };
/** A T endorsement with everything but the proof of kinship (Beijing asks for it). */
const T_WITHOUT_KINSHIP = ['application-form', 'valid-permit', 'relative-hkmo-id'];
/** A T endorsement with everything but the relative's Hong Kong identity card (Chengdu looks the kinship up itself from 2018-05-01). */
const T_WITHOUT_RELATIVE_ID = ['application-form', 'valid-permit', 'kinship-proof'];

function setup(date: string, division: string, services: MaterialService[], presented: string[], applicant: ApplicantFacts = ADULT, policy = POLICY): { view: PolicyView; checklist: Checklist } {
  const view = policyAt(policy, date, { division });
  return { view, checklist: materialsChecklist({ view, services, applicant, presented }) };
}

function decide(date: string, division: string, services: MaterialService[], presented: string[], extra: Partial<AcceptanceInput> = {}, applicant: ApplicantFacts = ADULT, policy = POLICY): AcceptanceDecision {
  const { view, checklist } = setup(date, division, services, presented, applicant, policy);
  return acceptanceDecision({ view, checklist, optIn: true, ...extra });
}

const codes = (d: AcceptanceDecision) => d.reasons.map((r) => r.code);

describe('容缺受理 in Chengdu (local measure from May 2018)', () => {
  it('a family-visit (T) endorsement is accepted without the relative’s Hong Kong identity card, to follow within 5 working days', () => {
    const d = decide('2019-06-03', '510104', [T_HK], T_WITHOUT_RELATIVE_ID, { acceptedAt: '2019-06-03T10:00:00+08:00', credit: { bad: false } });
    expect(d.status).toBe('accepted-deferred');
    if (d.status !== 'accepted-deferred') return;
    expect(d.missing.map((m) => m.id)).toEqual(['relative-hkmo-id']);
    expect(d.missing.every((m) => m.weight === 'secondary')).toBe(true);
    expect(d.cureBy).toEqual({ count: 5, unit: 'working-days' });
    expect(d.clock).toBe('runs');
    expect(d.onFailure).toBe('terminate');
    expect(d.rule.source).toEqual({ level: 'local', division: '510100' }); // a district of Chengdu falls back to the city
    expect(d.rule.uncertain).toMatch(/Press report only/);
    // 5 working days after Monday 2019-06-03, skipping the Dragon Boat Festival (Friday 06-07) and the weekend
    expect(d.cureDue?.due).toBe('2019-06-11');
    expect(codes(d)).toEqual(['acceptance.deferred.accepted', 'acceptance.deferred.cure.working-days', 'acceptance.deferred.clock.runs', 'acceptance.deferred.on-failure.terminate']);
    expect(d.notice.kind).toBe('deferred-acceptance-notice');
    expect(d.notice.items.map((i) => i.id)).toEqual(['relative-hkmo-id']);
  });

  it('the 容缺受理 notice, line by line', () => {
    const d = decide('2019-06-03', '510104', [T_HK], T_WITHOUT_RELATIVE_ID);
    if (d.status !== 'accepted-deferred') throw new Error(d.status);
    expect(d.notice.lines['zh-CN']).toEqual([
      '容缺受理通知：您的申请已受理，以下1项材料须在期限内补齐补正',
      '1. 请提交：港澳亲属的居民身份证、港澳居民来往内地通行证。申请赴港澳探亲签注须提交港澳亲属的身份证明。',
      '欠缺材料须自受理之日起5个工作日内补齐补正',
      '补正期间审查照常进行，办理时限自受理之日起计算；材料补齐后签发证件',
      '逾期未补齐或者补正材料不符合要求的，终止容缺办理，后果由申请人承担',
    ]);
    // no credit record given: the office must still check it
    expect(codes(d)).toContain('acceptance.deferred.credit-unchecked');
  });

  it('not before the measure starts', () => {
    const d = decide('2018-04-30', '510104', [T_HK], T_WITHOUT_RELATIVE_ID);
    expect(d.status).toBe('not-accepted');
    expect(codes(d)).toContain('acceptance.deferred.unavailable');
    expect(decide(CHENGDU_DEFERRED_FROM, '510104', [T_HK], T_WITHOUT_RELATIVE_ID).status).toBe('accepted-deferred');
  });

  it('not without the applicant’s choice, nor with a bad credit record', () => {
    const noOptIn = decide('2019-06-03', '510104', [T_HK], T_WITHOUT_RELATIVE_ID, { optIn: false });
    expect(noOptIn.status).toBe('not-accepted');
    expect(codes(noOptIn)).toEqual(['acceptance.not-accepted', 'acceptance.deferred.no-opt-in']);
    const bad = decide('2019-06-03', '510104', [T_HK], T_WITHOUT_RELATIVE_ID, { credit: { bad: true } });
    expect(codes(bad)).toEqual(['acceptance.not-accepted', 'acceptance.deferred.credit-blocked']);
  });

  it('not when a missing secondary item is not on the office’s list (a residence permit in 2018)', () => {
    const rp: ApplicantFacts = { ageOnAcceptance: 30, route: 'non-hukou-scheme', residencePermitBased: true };
    const d = decide('2018-06-01', '510104', [PASSPORT], ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence'], {}, rp);
    expect(d.status).toBe('not-accepted');
    expect(codes(d)).toEqual(['acceptance.not-accepted', 'acceptance.deferred.not-listed']);
  });

  it('a 15-year-old without the guardian’s consent is not accepted: a core item', () => {
    const minor: ApplicantFacts = { ageOnAcceptance: 15, route: 'hukou-place' };
    const presented = ['application-form', 'resident-id-card', 'photo-capture', 'applicant-presence', 'guardian-presence', 'guardian-id'];
    const d = decide('2019-06-03', '510104', [PASSPORT], presented, {}, minor);
    expect(d.status).toBe('not-accepted');
    if (d.status !== 'not-accepted') return;
    expect(d.notice.items.map((i) => [i.id, i.weight])).toEqual([
      ['guardian-consent', 'core'],
      ['relationship-proof', 'secondary'],
    ]);
    expect(codes(d)).toEqual(['acceptance.not-accepted', 'acceptance.deferred.core-missing']);
    // with the consent, only the (deferrable) proof of guardianship is missing
    expect(decide('2019-06-03', '510104', [PASSPORT], [...presented, 'guardian-consent'], {}, minor).status).toBe('accepted-deferred');
  });
});

describe('elsewhere: no 容缺受理 unless a change set adds it', () => {
  it('the same T application in Beijing is not accepted; the one-time notice lists the proof of kinship', () => {
    const d = decide('2019-06-03', '110101', [T_HK], T_WITHOUT_KINSHIP);
    expect(d.status).toBe('not-accepted');
    if (d.status !== 'not-accepted') return;
    expect(d.notice.kind).toBe('one-time-notice');
    expect(d.notice.items.map((i) => [i.id, i.action])).toEqual([['kinship-proof', 'supply']]);
    expect(codes(d)).toEqual(['acceptance.not-accepted', 'acceptance.deferred.unavailable']);
    expect(d.notice.cites.map((c) => c.article)).toEqual(['第三十二条第一款第（四）项', '第七条']);
    expect(d.notice.lines.en).toEqual([
      'One-time notice: the materials are incomplete or not in due form; supply or correct all 1 item(s) below, then apply again',
      '1. Supply: proof of kinship (marriage certificate, birth certificate, household register, police-station certificate or notarised kinship). A Hong Kong/Macao family-visit (T) endorsement needs proof of kinship with the relative.',
      'Basis: Administrative Licensing Law, art. 32; MPS Order No. 96 (ordinary passports and exit-entry permits), art. 7',
    ]);
  });

  it('a national 容缺 rule written as a change set makes Beijing defer too', () => {
    const value: DeferredAcceptanceRule = { deferrable: ['kinship-proof', 'relative-hkmo-id'], curePeriod: { count: 10, unit: 'working-days' }, clock: 'runs', onFailure: 'terminate', creditBlock: true };
    const national = materialPolicy([{ op: 'set', table: 'acceptance.deferred', from: '2022-03-01', value, cite: { issuer: 'what-if', title: 'National exit-entry 容缺受理 (国发〔2022〕5号)' } }]);
    expect(decide('2022-02-28', '110101', [T_HK], T_WITHOUT_KINSHIP, {}, ADULT, national).status).toBe('not-accepted');
    const d = decide('2022-03-01', '110101', [T_HK], T_WITHOUT_KINSHIP, {}, ADULT, national);
    expect(d.status).toBe('accepted-deferred');
    if (d.status === 'accepted-deferred') expect(d.cureBy).toEqual({ count: 10, unit: 'working-days' });
    // Chengdu keeps its own (local wins while in force)
    const cd = decide('2022-03-01', '510104', [T_HK], T_WITHOUT_KINSHIP, {}, ADULT, national);
    if (cd.status === 'accepted-deferred') expect(cd.cureBy).toEqual({ count: 5, unit: 'working-days' });
  });

  it('the other readings of Chengdu’s rule: 10 days, the clock from the cure, refusal on failure', () => {
    const value: DeferredAcceptanceRule = { deferrable: ['relative-hkmo-id'], curePeriod: { count: 10, unit: 'calendar-days' }, clock: 'starts-at-cure', onFailure: 'refuse', creditBlock: false };
    const alt = materialPolicy([{ op: 'set', table: 'acceptance.deferred', division: '510100', from: CHENGDU_DEFERRED_FROM, value, cite: { issuer: 'what-if', title: 'Chengdu, another reading' } }]);
    const d = decide('2019-06-03', '510104', [T_HK], T_WITHOUT_RELATIVE_ID, { credit: { bad: true }, acceptedAt: '2019-06-03' }, ADULT, alt);
    expect(d.status).toBe('accepted-deferred'); // no credit block in this reading
    if (d.status !== 'accepted-deferred') return;
    expect(codes(d)).toEqual(['acceptance.deferred.accepted', 'acceptance.deferred.cure.calendar-days', 'acceptance.deferred.clock.starts-at-cure', 'acceptance.deferred.on-failure.refuse']);
    expect(d.cureDue?.due).toBe('2019-06-13');
  });
});

describe('accepted, and notices to correct', () => {
  it('a complete application is accepted on the spot (2015 announcement, item 11)', () => {
    const d = decide('2025-01-24', '110101', [PASSPORT], ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence']);
    expect(d).toMatchObject({ status: 'accepted', reasons: [{ code: 'acceptance.accepted', cite: { article: '第十一项' } }] });
  });

  it('a defective photo is to be corrected; with the missing core items, all are notified at once', () => {
    const { view } = setup('2025-01-24', '110101', [PASSPORT], []);
    const checklist = materialsChecklist({ view, services: [PASSPORT], applicant: ADULT, presented: ['application-form', 'photo-capture'], defective: ['photo-capture'] });
    const d = acceptanceDecision({ view, checklist, optIn: true });
    if (d.status !== 'not-accepted') throw new Error(d.status);
    expect(d.notice.items.map((i) => [i.id, i.action])).toEqual([
      ['resident-id-card', 'supply'],
      ['photo-capture', 'correct'],
      ['fingerprints', 'supply'],
      ['applicant-presence', 'supply'],
    ]);
    expect(d.notice.lines['zh-CN'][1]).toBe('1. 请提交：居民身份证（或者：临时居民身份证）。申请人40周岁：申请证件须交验本人居民身份证（领取、换领、补领期间可提交临时居民身份证）。');
    expect(d.notice.lines['zh-CN'][2]).toMatch(/^2\. 请补正（所交材料不符合要求）：符合《出入境证件相片照相指引》的相片/);
  });
});

describe('bad input: one ValidationError listing every problem', () => {
  const { view, checklist } = setup('2019-06-03', '510104', [T_HK], T_WITHOUT_KINSHIP);
  function issues(input: unknown) {
    try {
      acceptanceDecision(input as AcceptanceInput);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues.map((i) => [i.path.join('.'), i.code]);
    }
    throw new Error('no error');
  }

  it('a view of another office or day, an acceptance instant on another day', () => {
    const beijing = policyAt(POLICY, '2019-06-03', { division: '110101' });
    expect(issues({ view: beijing, checklist, optIn: true, acceptedAt: '2019-06-04T09:00:00+08:00' })).toEqual([
      ['checklist', 'view-mismatch'],
      ['acceptedAt', 'date-mismatch'],
    ]);
  });

  it('every schema problem at once', () => {
    expect(issues({ view: {}, checklist, optIn: 'yes', credit: { bad: 1 }, acceptedAt: '2019-06-03T10:00:00' }).map(([p]) => p)).toEqual(['view', 'credit.bad', 'optIn', 'acceptedAt']);
  });

  it('an instant in UTC that is already the next day in Shanghai is on another day', () => {
    expect(issues({ view, checklist, optIn: true, acceptedAt: '2019-06-03T16:30:00Z' })).toEqual([['acceptedAt', 'date-mismatch']]);
    expect(() => acceptanceDecision({ view, checklist, optIn: true, acceptedAt: '2019-06-02T16:30:00Z' })).not.toThrow();
  });

  it('never throws anything but typed errors', () => {
    for (const bad of [null, 1, 'x', [], { view }, { view, checklist: {} }, { view, checklist: { ...checklist, missing: [{ id: 'nope' }] }, optIn: true }]) {
      expect(() => acceptanceDecision(bad as never)).toThrow(ChurujingError);
    }
  });
});
