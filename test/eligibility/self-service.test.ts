/**
 * Kiosk self-service (canSelfServe): scenario tests citing their sources, messages in zh-CN and
 * en, and the validating wrapper.
 *
 * Sources: MPS announcement of 2018-01-22 (item 2: tourist endorsements at any kiosk of the
 * province on a card issued there; registered personnel and serving military excepted; non-hukou
 * G applicants need a residence permit); NIA 全国通办 from 2019-04-01 (group tours away from home
 * at kiosks, 立等可取); NIA measures from 2024-05-06 (item 2: multiple-entry business endorsements
 * at smart endorsement devices, 立等可取); 出入境管理局 announcement of 2024-11-29 (Shenzhen 一签多行
 * for hukou and residence-permit holders from 2024-12-01); local kiosk guides (card permits only;
 * first issue and state personnel at the window); Chengdu 2018 report (immediate tourist endorsements).
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { PLACE_REASONS } from '../../src/eligibility/application-place.js';
import { type SelfServeInput, type SelfServeResult, canSelfServe, canSelfServeValidated } from '../../src/eligibility/self-service.js';
import { ValidationError } from '../../src/rules/errors.js';
import { type PolicyView, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { renderReason } from '../../src/rules/reasons.js';

/** The built-in policy (kiosk, place, endorsement and office-hours tables), with what-if changes. */
function buildPolicy(changes: readonly Change[] = []): Policy {
  return changes.length === 0 ? defaultPolicy() : withChanges(defaultPolicy(), changes);
}

const POLICY = buildPolicy();
const at = (date: string, division: string, policy: Policy = POLICY): PolicyView => policyAt(policy, date, { division });
const serve = (date: string, input: SelfServeInput, policy: Policy = POLICY): SelfServeResult => canSelfServe(at(date, input.kiosk, policy), input);
const codes = (r: SelfServeResult): string[] => r.reasons.map((x) => x.code);
const endorsement = (destination: 'hong-kong' | 'macau' | 'taiwan', type: string, extra: { entries?: 'single' | 'double' | 'multi'; regime?: string } = {}) =>
  ({ kind: 'endorsement', endorsement: { destination, type, ...extra } }) as const;
const card = { form: 'card', expiry: '2032-01-01' } as const;

describe('scenarios', () => {
  it('group tour (L) at a kiosk outside the hukou province: no on 2019-03-31, yes and on the spot on 2019-04-01 (NIA 全国通办)', () => {
    const input: SelfServeInput = { kiosk: '110105', applicant: { hukou: '510104' }, permit: card, service: endorsement('hong-kong', 'L') };
    const before = serve('2019-03-31', input);
    expect(before).toMatchObject({ ok: false, reasons: [{ code: 'kiosk.outside-hukou-province', params: { province: '510000' }, cite: { article: '第二项' } }] });
    const after = serve('2019-04-01', input);
    expect(after).toMatchObject({ ok: true, immediate: true });
    // without the hour of the visit: printed on the spot while the kiosk issues (working hours here)
    expect(codes(after)).toEqual(['kiosk.ok', 'kiosk.immediate', 'kiosk.immediate-in-working-hours']);
    expect(after.reasons[1]?.cite?.effective).toBe('2019-04-01');
  });

  it('multiple-entry business (S) at a kiosk: no on 2024-05-05, yes on 2024-05-06 for staff of a filed employer (NIA item 2)', () => {
    const input: SelfServeInput = {
      kiosk: '310104',
      applicant: { hukou: '420102', filedEnterpriseStaff: true },
      permit: card,
      service: endorsement('hong-kong', 'S', { entries: 'multi' }),
      endorsementApplicant: { hukou: '420102', business: { kind: 'filed-employer', filingDivision: '310104' } },
    };
    expect(codes(serve('2024-05-05', input))).toEqual(['kiosk.type-not-offered']);
    expect(serve('2024-05-06', input)).toMatchObject({ ok: true, immediate: true });
    // the endorsement rules: a business endorsement needs the business (endorsementOptions: endorsement.s.no-business)
    expect(codes(serve('2024-05-06', { ...input, endorsementApplicant: undefined }))).toEqual(['endorsement.s.no-business']);
    expect(codes(serve('2024-05-06', { ...input, applicant: { hukou: '420102' }, service: endorsement('hong-kong', 'S', { entries: 'single' }) }))).toEqual(['kiosk.multi-only', 'kiosk.filed-employer-required']);
  });

  it('the endorsement rules apply at the kiosk: HK and Macau tourist endorsements suspended from 2020-01-28, Macau resumed on 2020-09-23 (NIA notices; Guangdong on 2020-08-26)', () => {
    const input = (destination: 'hong-kong' | 'macau', place = '110105'): SelfServeInput => ({ kiosk: place, applicant: { hukou: place }, permit: card, service: endorsement(destination, 'G') });
    expect(serve('2020-08-26', input('macau', '440106')).ok).toBe(true);
    expect(codes(serve('2020-08-25', input('macau', '440106')))).toEqual(['endorsement.tourism.suspended']);
    expect(serve('2020-01-27', input('hong-kong')).ok).toBe(true);
    const suspended = serve('2020-01-28', input('hong-kong'));
    expect(suspended.ok).toBe(false);
    expect(codes(suspended)).toEqual(['endorsement.tourism.suspended']);
    expect(suspended.reasons[0]?.cite).toBeDefined();
    expect(codes(serve('2020-09-22', input('macau')))).toEqual(['endorsement.tourism.suspended']);
    expect(serve('2020-09-23', input('macau')).ok).toBe(true);
    expect(serve('2020-09-23', input('hong-kong')).ok).toBe(false);
  });

  it('the permit: an expired card is refused by the endorsement rules; without its last valid day the answer says it was not checked', () => {
    const input: SelfServeInput = { kiosk: '440106', applicant: { hukou: '440106' }, permit: { form: 'card', expiry: '2024-05-31' }, service: endorsement('macau', 'G') };
    expect(codes(serve('2024-06-01', input))).toEqual(['endorsement.permit.expired']);
    const unchecked = serve('2024-06-01', { ...input, permit: { form: 'card' } });
    expect(unchecked.ok).toBe(true);
    expect(codes(unchecked)).toContain('kiosk.permit-unchecked');
  });

  it('the entries asked for must be among the options granted: no multiple-entry G outside the Shenzhen and Zhuhai regimes', () => {
    const input: SelfServeInput = { kiosk: '440106', applicant: { hukou: '440106' }, permit: card, service: endorsement('hong-kong', 'G', { entries: 'multi' }) };
    expect(codes(serve('2025-01-06', input))).toEqual(['kiosk.option-not-granted']);
    expect(serve('2025-01-06', { ...input, service: endorsement('hong-kong', 'G', { entries: 'double' }) }).ok).toBe(true);
  });

  it('Shenzhen residence-permit holder, one-year multiple G at a Shenzhen kiosk: no on 2024-11-30, yes on 2024-12-01', () => {
    const input: SelfServeInput = {
      kiosk: '440304',
      applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } },
      permit: card,
      service: endorsement('hong-kong', 'G', { regime: 'shenzhen.multi' }),
    };
    expect(codes(serve('2024-11-30', input))).toEqual(['kiosk.regime-not-here']);
    const after = serve('2024-12-01', input);
    expect(after).toMatchObject({ ok: true, immediate: false });
    expect(codes(after)).toEqual(['kiosk.ok', 'kiosk.residence-permit', 'kiosk.not-immediate']);
    // a Guangzhou kiosk does not run the Shenzhen regime
    expect(codes(serve('2024-12-01', { ...input, kiosk: '440106' }))).toEqual(['kiosk.regime-not-here']);
    // an ordinary G on the same permit: residence permit of a scheme city (MPS 2018 item 2)
    expect(serve('2024-11-30', { ...input, service: endorsement('hong-kong', 'G') })).toMatchObject({ ok: true });
  });

  it('a registered official: never at a kiosk (MPS 2018 item 2; kiosk guides)', () => {
    const r = serve('2018-06-01', { kiosk: '510104', applicant: { hukou: '510104', registeredPersonnel: true }, permit: card, service: endorsement('macau', 'G') });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['kiosk.registered-personnel']);
  });

  it('province-wide kiosks from 2018-02-01: a Mianyang resident at a Chengdu kiosk (G: Mianyang is not a scheme city; L is fine)', () => {
    const input: SelfServeInput = { kiosk: '510104', applicant: { hukou: '510703' }, permit: card, service: endorsement('hong-kong', 'L') };
    expect(codes(serve('2018-01-31', input))).toEqual(['kiosk.outside-hukou-city']);
    expect(serve('2018-02-01', input)).toMatchObject({ ok: true, immediate: false });
    expect(codes(serve('2018-02-01', { ...input, service: endorsement('hong-kong', 'G') }))).toEqual(['kiosk.not-scheme-city']);
    // a card issued in another province is not served province-wide
    expect(codes(serve('2018-02-01', { ...input, permit: { form: 'card', issuedIn: '110105' } }))).toEqual(['kiosk.card-other-province']);
  });

  it('Chengdu prints tourist endorsements on the spot (local measure, 2018)', () => {
    const input: SelfServeInput = { kiosk: '510104', applicant: { hukou: '510104' }, permit: card, service: endorsement('macau', 'G') };
    expect(serve('2018-04-30', input)).toMatchObject({ ok: true, immediate: false });
    const r = serve('2018-05-01', input);
    expect(r).toMatchObject({ ok: true, immediate: true });
    expect(r.reasons.at(-1)?.cite?.issuer).toBe('成都市公安局出入境管理局');
    expect(serve('2018-05-01', { ...input, kiosk: '510703' })).toMatchObject({ ok: true, immediate: false }); // Mianyang kiosk: no such measure
  });

  it('booklets, first issues and documents go to a window; every problem is listed', () => {
    const r = serve('2020-06-01', { kiosk: '110105', applicant: { hukou: '110105', activeMilitary: true }, permit: { form: 'booklet' }, service: { kind: 'document', document: 'hkmo-permit', action: 'first-issue' } });
    expect(codes(r)).toEqual(['kiosk.not-an-endorsement', 'kiosk.first-issue', 'kiosk.active-military']);
    // the card matters only for an endorsement
    expect(codes(serve('2020-06-01', { kiosk: '110105', applicant: { hukou: '110105' }, permit: { form: 'booklet' }, service: endorsement('hong-kong', 'L') }))).toEqual(['kiosk.card-required']);
    expect(r.reasons[1]?.cite).toMatchObject({ number: '公安部令第118号', article: '第六条' });
    expect(codes(serve('2020-06-01', { kiosk: '110105', applicant: { hukou: '110105' }, permit: card, service: { ...endorsement('hong-kong', 'L'), action: 'first-issue' } }))).toEqual(['kiosk.first-issue']);
  });

  it('before card permits (2014-09-15) no kiosk endorsements (Hangzhou; Guangzhou had its own kiosks from 2006); Taiwan G stops with the 2019-08-01 suspension', () => {
    expect(codes(serve('2014-09-14', { kiosk: '330106', applicant: { hukou: '330106' }, permit: card, service: endorsement('hong-kong', 'G') }))).toEqual(['kiosk.type-not-offered']);
    expect(serve('2014-09-15', { kiosk: '330106', applicant: { hukou: '330106' }, permit: card, service: endorsement('hong-kong', 'G') }).ok).toBe(true);
    const tw: SelfServeInput = { kiosk: '350203', applicant: { hukou: '350203' }, permit: card, service: endorsement('taiwan', 'G') };
    expect(serve('2019-07-31', tw).ok).toBe(true);
    expect(codes(serve('2019-08-01', tw))).toEqual(['kiosk.type-not-offered']);
  });

  it('a what-if: G on the spot everywhere from 2026-01-01 (the table past its verified date is flagged)', () => {
    const policy = buildPolicy([{ op: 'add-member', table: 'kiosk.immediate', member: 'hkmo.G', from: '2025-06-01', cite: { issuer: 'what-if', title: 'G on the spot' } }]);
    const input: SelfServeInput = { kiosk: '330106', applicant: { hukou: '330106' }, permit: card, service: endorsement('hong-kong', 'G') };
    expect(serve('2025-06-01', input)).toMatchObject({ ok: true, immediate: false });
    expect(serve('2025-06-01', input, policy)).toMatchObject({ ok: true, immediate: true });
    const flagged = canSelfServe(policyAt(policy, '2026-01-01', { division: '330106', beyondVerified: 'flag' }), input);
    expect(codes(flagged)).toContain('kiosk.unverified');
  });
});

describe('messages a citizen understands (golden)', () => {
  it('zh-CN and en', () => {
    const r = serve('2019-03-31', { kiosk: '110105', applicant: { hukou: '510104', registeredPersonnel: true }, permit: { form: 'booklet' }, service: endorsement('hong-kong', 'L') });
    expect(r.reasons.map((x) => renderReason(x, 'zh-CN', PLACE_REASONS))).toEqual([
      '自助签注设备只能办理电子（卡式）通行证的签注；本式通行证请到窗口办理',
      '登记备案的国家工作人员须持单位审批意见到人工窗口办理',
      '此类签注只能在户籍所在省（行政区划510000）内的自助设备办理',
    ]);
    expect(r.reasons.map((x) => renderReason(x, 'en', PLACE_REASONS))).toEqual([
      'Kiosks serve only electronic card permits; with a booklet permit, please go to a window',
      'Registered state personnel apply at a staffed window with their employer’s approval',
      'This endorsement is available only at kiosks in your hukou province (division 510000)',
    ]);
  });
});

describe('the validating wrapper', () => {
  it('lists every problem with its path', () => {
    let err: unknown;
    try {
      canSelfServeValidated(at('2020-01-01', '110105'), { kiosk: '11010', applicant: { hukou: '110105', nope: true }, permit: { form: 'scroll' }, service: { kind: 'endorsement' } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['kiosk', 'applicant', 'permit.form', 'service.endorsement']));
  });

  it('a malformed code is one problem on its path (not also an unknown division); a well-formed unknown one is the other', () => {
    const input = (kiosk: string, hukou = '110105') => ({ kiosk, applicant: { hukou }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G' } } });
    const issuesOf = (view: PolicyView, x: unknown) => {
      try {
        canSelfServeValidated(view, x, { locale: 'zh-CN' });
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues.map((i) => ({ path: i.path.join('.'), code: i.code, zh: i.messages?.['zh-CN'], en: i.messages?.en }));
      }
      throw new Error('expected a ValidationError');
    };
    const view = at('2024-05-06', '110105');
    for (const bad of ['11010', '1101050', 'abcdef', '11010x', '']) {
      const issues = issuesOf(view, input(bad)).filter((i) => i.path === 'kiosk');
      expect(issues, bad).toEqual([{ path: 'kiosk', code: 'invalid_format', zh: '应为6位GB/T 2260行政区划代码', en: 'expected a six-digit GB/T 2260 code' }]);
    }
    expect(issuesOf(view, input('999999')).filter((i) => i.path === 'kiosk').map((i) => i.code)).toEqual(['custom']);
    // the same for every division code of the input, each problem once
    expect(issuesOf(view, input('11010', '5101')).map((i) => i.path)).toEqual(['kiosk', 'applicant.hukou']);
  });

  it('checks the view and then answers as canSelfServe', () => {
    const input = { kiosk: '110105', applicant: { hukou: '110105' }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G' } } };
    expect(() => canSelfServeValidated({}, input)).toThrow(ValidationError);
    expect(() => canSelfServeValidated(at('2020-01-01', '310104'), input)).toThrow(/kiosk's city/);
    expect(canSelfServeValidated(at('2020-01-01', '110105'), input)).toEqual(canSelfServe(at('2020-01-01', '110105'), input as SelfServeInput));
  });
});
