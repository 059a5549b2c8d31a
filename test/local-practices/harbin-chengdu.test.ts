/**
 * Harbin and Chengdu practices, expectations from the reports' own words:
 * - 「哈市公安局出入境管理工作受到群众好评」 (黑龙江, 2014-10-27): 三表合一 from 4月1日; tourist
 *   re-endorsements 5 → 3 working days; business filing 7 → 5 working days; the green channel
 *   (data uploaded within 2 working days; training or academic exchange among the grounds);
 *   Taiwan group tours delegated to the district halls;
 * - 「輕鬆辦理，立等可取，蓉公安出入境管理局為遊客減負增效」 (亞洲文旅網, 2018-05-16): postage
 *   22 yuan per item cut to 10 per person's parcel; business licence, tax/commerce registration and
 *   social-insurance lists looked up by the office; kinship proofs found by the office; business
 *   endorsements delegated to the district halls; immediate window issue at the centre except
 *   registered personnel; home visits;
 * - 「出入境管理局采取措施推动服务管理模式转型升级」 (吉林, 2015-06-17): no household register.
 */
import { describe, expect, it } from 'vitest';
import {
  businessFilingDeadline,
  defaultPolicy,
  greenChannel,
  localPractices,
  materialsChecklist,
  policyAt,
  processingDeadline,
  quoteFees,
} from '../../src/index.js';
import { practiceServiceReasons } from '../../src/eligibility/local-practice-notes.js';

const view = (date: string, division: string) => policyAt(defaultPolicy(), date, { division });

describe('Harbin (230100)', () => {
  it('HK/Macau tourist re-endorsements: 5 working days before the cut, 3 after (由原5个工作日缩短为3个工作日内完成)', () => {
    const tourist = { service: { kind: 'endorsement' as const, destination: 'hkmo' as const, endorsementCategory: 'tourist' as const }, route: 'hukou-place' as const };
    // 2014-06-03 (Tue) + 5 working days = 2014-06-10; 2014-11-03 (Mon) + 3 = 2014-11-06
    const before = processingDeadline({ view: view('2014-06-03', '230102'), acceptedAt: '2014-06-03', ...tourist });
    const after = processingDeadline({ view: view('2014-11-03', '230102'), acceptedAt: '2014-11-03', ...tourist });
    expect(before.kind === 'due' && before.due).toBe('2014-06-10');
    expect(after.kind === 'due' && after.due).toBe('2014-11-06');
  });

  it('business filing: 7 working days, then 5 from acceptance (由原7个工作日缩短为自受理之日起5个工作日内完成)', () => {
    expect(businessFilingDeadline({ office: '230100', acceptedAt: '2014-06-03' })?.due).toBe('2014-06-12');
    expect(businessFilingDeadline({ office: '230100', acceptedAt: '2014-11-03' })?.due).toBe('2014-11-10');
    expect(businessFilingDeadline({ office: '420100', acceptedAt: '2014-11-03' })).toBeUndefined(); // no national limit
  });

  it('the green channel: training or academic exchange is a ground, data uploaded within 2 working days (力争在2个工作日内上传)', () => {
    const g = greenChannel({ office: '230100', applicant: 'urgent-personal', ground: 'training-or-exchange', acceptedAt: '2014-11-03T18:30:00+08:00' });
    expect(g.status === 'applies' && g.uploadBy).toBe('2014-11-05');
    expect(greenChannel({ office: '230100', applicant: 'charter-agency', acceptedAt: '2014-11-03' }).status).toBe('applies');
    // nationally the green channel serves funerals, critical illness and emergencies abroad, and no agencies
    expect(greenChannel({ office: '420100', applicant: 'urgent-personal', ground: 'training-or-exchange', acceptedAt: '2014-11-03' }).status).toBe('not-applicable');
    expect(greenChannel({ office: '420100', applicant: 'urgent-personal', ground: 'funeral', acceptedAt: '2014-11-03' }).status).toBe('applies');
    // before the national measures of 2014-07-25 there is none
    expect(greenChannel({ office: '230100', applicant: 'urgent-personal', ground: 'funeral', acceptedAt: '2014-07-01' }).status).toBe('not-applicable');
  });

  it('the combined form (三表合一) from 2014-04-01, cited to Harbin until the national form of 2014-07-25', () => {
    const c = (date: string) =>
      materialsChecklist({ view: view(date, '230102'), services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: [] });
    const why = (date: string) => c(date).items.find((i) => i.id === 'application-form')?.why[0]?.cite;
    expect(why('2014-05-05')?.instrument).toBe('local.harbin-2014');
    expect(why('2014-03-31')?.instrument).toBe('reg.mps-order-96');
    expect(why('2014-08-01')?.instrument).toBe('mps.2014-measures');
  });

  it('Taiwan group tours at the district halls only from the delegation (向分局出入境接待大厅下放赴台湾团队旅游受理权限)', () => {
    const facts = { office: '230102', hukou: '230102', channel: 'hall-window' };
    expect(practiceServiceReasons(view('2013-06-03', '230102'), facts, { key: 'taiwan.L', reEndorsement: true }).against.map((r) => r.code)).toEqual(['office.centre-only']);
    expect(practiceServiceReasons(view('2014-11-03', '230102'), facts, { key: 'taiwan.L', reEndorsement: true }).against).toEqual([]);
    expect(practiceServiceReasons(view('2013-06-03', '230100'), { ...facts, office: '230100' }, { key: 'taiwan.L', reEndorsement: true }).against).toEqual([]);
  });
});

describe('Chengdu (510100)', () => {
  it('postage: 22 yuan per item before the cut, 10 per person after, free for the disabled (由原来的22元/件降为10元/件)', () => {
    const items = [{ item: 'passport.issue' as const }, { item: 'hkmo-permit.issue' as const }];
    const post = (acceptedOn: string, disabled = false) =>
      quoteFees({ items, acceptedOn, division: '510104', delivery: 'post', applicant: { birthDate: '1990-03-15', ...(disabled ? { disabled: true } : {}) } }).lines.find((l) => l.item === 'delivery.post');
    const before = post('2017-06-01');
    const after = post('2018-06-01');
    expect(before?.priced && before.amountFen).toBe(4400);
    expect(after?.priced && after.amountFen).toBe(1000);
    const free = post('2018-06-01', true);
    expect(free?.priced && free.amountFen).toBe(0);
  });

  const business = (date: string, division: string) =>
    materialsChecklist({
      view: view(date, division),
      services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'S' }, { kind: 'endorsement', destination: 'macau', type: 'T' }],
      applicant: { ageOnAcceptance: 40, route: 'hukou-place', business: { kind: 'unfiled-employer' } },
      presented: [],
    }).items.map((i) => i.id);

  it('the business licence, the social-insurance list and the kinship proof are looked up by the office (免交營業執照、工商稅務登記、社保繳納清單)', () => {
    expect(business('2017-06-01', '510104')).toEqual(expect.arrayContaining(['business-licence', 'social-insurance-proof', 'kinship-proof']));
    const now = business('2018-06-01', '510104');
    for (const id of ['business-licence', 'social-insurance-proof', 'kinship-proof']) expect(now).not.toContain(id);
    // elsewhere the office still asks for them
    expect(business('2018-06-01', '500103')).toEqual(expect.arrayContaining(['business-licence', 'social-insurance-proof', 'kinship-proof']));
  });

  it('business endorsements at the district halls only from the delegation (將受理權限由出入境接待中心下放)', () => {
    const facts = { office: '510104', hukou: '510104', channel: 'hall-window' };
    expect(practiceServiceReasons(view('2017-06-01', '510104'), facts, { key: 'hkmo.S', reEndorsement: true }).against.map((r) => r.code)).toEqual(['office.centre-only']);
    expect(practiceServiceReasons(view('2018-06-01', '510104'), facts, { key: 'hkmo.S', reEndorsement: true }).against).toEqual([]);
  });

  it('window issue on the spot at the centre for tourist endorsements on booklet permits, not for registered personnel (除登記備案人員外)', () => {
    const facts = { office: '510100', hukou: '510104', channel: 'hall-window' };
    const booklet = { key: 'hkmo.G', reEndorsement: true, permitForm: 'booklet' as const };
    const codes = (f: typeof facts & { registeredPersonnel?: boolean }, date = '2018-06-01') => practiceServiceReasons(view(date, f.office), f, booklet).notes.map((r) => r.code);
    expect(codes(facts)).toEqual(['window.immediate']);
    expect(codes({ ...facts, registeredPersonnel: true })).toEqual([]);
    expect(codes({ ...facts, office: '510104' })).toEqual([]); // the centre only
    expect(codes({ ...facts, hukou: '500103' })).toEqual([]); // a Chongqing resident without a Chengdu residence permit
    expect(codes(facts, '2017-08-04')).toEqual([]); // from 2017-08-05 (四川新闻网)
  });

  it('home visits for people who cannot move about or are critically ill', () => {
    expect(localPractices('510104', '2018-06-01').map((p) => p.code)).toContain('home-visits');
    expect(localPractices('510104', '2018-04-01').map((p) => p.code)).not.toContain('home-visits');
  });
});

describe('Jilin (220000)', () => {
  it('no household register for exit documents from 2015 (取消办理出国（境）证件提交户口簿), before the national rule of 2015-12-28', () => {
    const ids = (date: string, division: string) =>
      materialsChecklist({ view: view(date, division), services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: [] }).items.map((i) => i.id);
    expect(ids('2015-08-03', '220102')).not.toContain('hukou-booklet');
    expect(ids('2015-08-03', '210102')).toContain('hukou-booklet'); // Shenyang, Liaoning
    expect(ids('2015-05-04', '220102')).toContain('hukou-booklet');
  });
});
