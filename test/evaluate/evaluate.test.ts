import { describe, expect, it } from 'vitest';
import { SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { ValidationError } from '../../src/rules/errors.js';
import { application, residentId } from './evaluate-fixtures.js';

const held = [{ type: 'hkmo-permit' as const, form: 'card' as const, issued: '2020-05-01', expires: '2030-04-30' }];
const codes = (e: ReturnType<typeof evaluate>, i = 0) => e.services[i]?.reasons.map((r) => r.code) ?? [];
const due = (e: ReturnType<typeof evaluate>, i = 0) => {
  const p = e.services[i]?.processing;
  return p?.kind === 'due' ? p.due : undefined;
};

describe('evaluate: the sample application (Chengdu hukou, Chengdu office, 2025-01-24 10:00)', () => {
  const e = evaluate(SAMPLE_APPLICATION);

  it('accepts it, with every service eligible and explained in both languages', () => {
    expect(e.status).toBe('accepted');
    expect(e.services.every((s) => s.eligible)).toBe(true);
    expect(e.services.flatMap((s) => s.reasons).every((r) => r.message['zh-CN'] && r.message.en && !/\{\w+\}/.test(r.message.en))).toBe(true);
  });

  it('issues a 10-year card permit (16+; cards nationwide since 2014-09-15) and the 1-year single G chosen', () => {
    expect(e.services[0]?.validity).toMatchObject({ kind: 'validity', form: 'card', years: 10, expiry: '2035-01-23' });
    expect(e.services[1]?.chosen).toMatchObject({ type: 'G', entries: 'single', validUntil: '2026-01-23' });
  });

  it('is due in 7 working days at the hukou place (NIA measures of 2018-09-01): 2025-02-10 across the Spring Festival', () => {
    expect(due(e, 0)).toBe('2025-02-10');
    expect(due(e, 1)).toBe('2025-02-10');
  });

  it('costs 60 (permit, 发改价格〔2019〕914号) + 15 (single endorsement, 发改价格〔2017〕1186号) + 10 (Chengdu postage) yuan', () => {
    expect(e.fees?.lines.map((l) => [l.item, l.priced ? l.amountFen : null])).toEqual([
      ['hkmo-permit.issue', 6000],
      ['hkmo-endorsement.single', 1500],
      ['delivery.post', 1000],
    ]);
    expect(e.fees?.complete).toBe(true);
    expect(e.nextSteps.en.at(-1)).toBe('Fees: CNY 85.00 in all.');
  });
});

describe('evaluate: scenarios', () => {
  const minor = (acceptedAt: string) =>
    evaluate(application({ applicant: { residentId: residentId('510104', '2009-06-15'), hukou: '510104' }, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], acceptedAt, delivery: 'collect' }));

  it('a 15-year-old the day before the 16th birthday: 5-year passport and the guardian must come (护照法 art. 7; 公安部令第96号 art. 4)', () => {
    const e = minor('2025-06-14T10:00:00+08:00');
    expect(e.services[0]?.validity).toMatchObject({ years: 5 });
    expect(e.status).toBe('not-accepted');
    expect(e.acceptance?.status === 'not-accepted' && e.acceptance.notice.items.map((i) => i.id)).toEqual(['guardian-presence', 'guardian-consent', 'guardian-id', 'relationship-proof']);
    expect(e.nextSteps.en[0]).toMatch(/all at once/);
  });

  it('on the 16th birthday: 10 years, no guardian', () => {
    const e = minor('2025-06-15T10:00:00+08:00');
    expect(e.services[0]?.validity).toMatchObject({ years: 10 });
    expect(e.status).toBe('accepted');
  });

  const shenzhen = (acceptedAt: string) =>
    evaluate(
      application({
        applicant: { residentId: residentId('610112', '1990-01-01'), hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2027-12-31' } },
        services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'G', option: { validityMonths: 12, entries: 'multi' } }],
        existingDocuments: held,
        office: { division: '440300' },
        materials: ['application-form', 'valid-permit', 'residence-permit'],
        acceptedAt,
        delivery: 'collect',
      }),
    );

  it('a Shenzhen residence-permit holder asking for multi-entry G: refused on 2024-11-30, granted from 2024-12-01 (announcement of 2024-11-29)', () => {
    const before = shenzhen('2024-11-30T10:00:00+08:00');
    expect(before.status).toBe('not-eligible');
    expect(codes(before)).toContain('evaluate.option-not-offered');
    const after = shenzhen('2024-12-01T10:00:00+08:00');
    expect(after.status).toBe('accepted');
    expect(after.services[0]?.chosen).toMatchObject({ regime: 'shenzhen.multi', entries: 'multi' });
    // a non-hukou application under 全国通办: 20 days (NIA guide), 12-21 is a Saturday → Monday 12-23
    expect(due(after)).toBe('2024-12-23');
    expect(after.fees?.totalFen).toBe(8000); // multiple entry up to 1 year: 80 yuan (发改价格〔2017〕1186号)
  });

  it('a registered official may not use a self-service kiosk (MPS measures of 2018-02-01)', () => {
    const e = evaluate(
      application({
        applicant: { residentId: residentId('510104', '1975-01-01'), hukou: '510104', registeredPersonnel: { approvalLetter: true } },
        services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'L', option: { validityMonths: 3, entries: 'single' } }],
        existingDocuments: held,
        channel: 'kiosk',
        materials: ['application-form', 'valid-permit', 'approval-letter'],
        acceptedAt: '2024-06-03T10:00:00+08:00',
        delivery: 'collect',
      }),
    );
    expect(e.status).toBe('not-eligible');
    expect(codes(e)).toContain('kiosk.registered-personnel');
  });

  const familyVisit = (office: string, hukou: string) =>
    evaluate(
      application({
        applicant: { residentId: residentId(hukou, '1985-01-01'), hukou, relatives: [{ relation: 'parent', livesIn: 'hong-kong' }] } as never,
        services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'T', option: { validityMonths: 3, entries: 'multi' } }],
        existingDocuments: held,
        office: { division: office },
        materials: ['application-form', 'valid-permit'],
        acceptedAt: '2024-06-03T10:00:00+08:00',
        delivery: 'collect',
      }),
    );

  it('a family-visit endorsement without the relative’s Hong Kong identity card: 容缺受理 in Chengdu (local measure, 2018; the kinship proof looked up in shared data there), the one-time notice in Beijing', () => {
    const chengdu = familyVisit('510100', '510104');
    expect(chengdu.status).toBe('accepted-deferred');
    expect(chengdu.acceptance?.status === 'accepted-deferred' && chengdu.acceptance.missing.map((m) => m.id)).toEqual(['relative-hkmo-id']);
    // 7 working days (2014-07-25); 2024-06-10 is the Dragon Boat Festival
    expect(due(chengdu)).toBe('2024-06-13');
    const beijing = familyVisit('110100', '110105');
    expect(beijing.status).toBe('not-accepted');
    expect(beijing.acceptance?.status === 'not-accepted' && beijing.acceptance.notice.items.map((i) => i.id)).toEqual(['kinship-proof', 'relative-hkmo-id']);
  });

  const crossProvince = (acceptedAt: string) =>
    evaluate(application({ applicant: { residentId: residentId('510104', '1990-03-15'), hukou: '510104' }, services: [{ kind: 'document', document: 'passport', action: 'first-issue' }], office: { division: '110100' }, acceptedAt, delivery: 'collect' }));

  it('a Chengdu resident applying for a passport in Beijing: not before 全国通办 (2019-04-01); then 20 days', () => {
    const before = crossProvince('2019-03-29T10:00:00+08:00');
    expect(before.status).toBe('not-eligible');
    expect(codes(before)).toContain('place.hukou-place.office-outside');
    const after = crossProvince('2019-04-01T10:00:00+08:00');
    expect(after.status).toBe('accepted');
    expect(due(after)).toBe('2019-04-22'); // 04-21 is a Sunday
    expect(after.fees?.totalFen).toBe(16000); // 160 yuan until 2019-06-30
  });
});

describe('evaluate: bad input', () => {
  it('one typed error listing every problem, the identity number included', () => {
    try {
      evaluate({ ...SAMPLE_APPLICATION, applicant: { ...SAMPLE_APPLICATION.applicant, residentId: '510104199003151230' }, channel: 'fax', acceptedAt: '2025-01-24T10:00' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['applicant.residentId', 'channel', 'acceptedAt']));
    }
  });
});
