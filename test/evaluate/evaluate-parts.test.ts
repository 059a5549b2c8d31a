/**
 * evaluate, part by part (issue 11): every part decides what it can and marks what it cannot, the
 * facts of the application reach the part that needs them, and its options are checked (issue 10).
 *
 * Sources:
 * - fees: 发改价格〔2019〕914号 (passport 120 yuan from 2019-07-01), 发改价格〔2017〕1186号
 *   (endorsements); postage is a local price (Chengdu 10 yuan, 2018 report); Beijing sets none in
 *   the data;
 * - online renewal (全程网办) in the 20 pilot cities from 2024-05-06, Chengdu among them (NIA
 *   measures of 2024-05-06, item 1), for a document still valid;
 * - the 2013 scheme (MPS 2013-06-27): non-hukou employees with a year of social insurance apply in
 *   Nanjing; the materials ask for the proof of social insurance (materials-rules);
 * - kiosks: the permit in the reader is the valid permit presented; HK tourist endorsements were
 *   suspended from 2020-01-28 (NIA), also at kiosks;
 * - the working-day calendar is published through 2026 (State Council notice for 2026).
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { kioskPolicy } from '../../src/builtin/kiosk-policy.js';
import { SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { ValidationError } from '../../src/rules/errors.js';
import { application, residentId } from './evaluate-fixtures.js';

const codes = (e: ReturnType<typeof evaluate>, i = 0) => e.services[i]?.reasons.map((r) => r.code) ?? [];
const errorOf = (f: () => unknown): ValidationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('no error');
};
const passport = (action: 'first-issue' | 'renewal') => ({ kind: 'document' as const, document: 'passport' as const, action, ...(action === 'renewal' ? { ground: 'validity-expiring' as const } : {}) });
const USUAL = ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence'] as const;

describe('a part that cannot decide one item says so for that item; the rest stands', () => {
  it('postal delivery where the office sets no postage (Beijing): the passport is priced, the postage line is unpriced, the quote incomplete', () => {
    const e = evaluate(application({ services: [passport('first-issue')], office: { division: '110100' }, applicant: { hukou: '110105', residentId: residentId('110105', '1990-03-15') }, delivery: 'post' }));
    expect(e.status).toBe('accepted');
    expect(e.fees?.complete).toBe(false);
    expect(e.fees?.totalFen).toBe(12000);
    expect(e.fees?.unpriced.map((l) => [l.item, l.reason.code])).toEqual([['delivery.post', 'fee.postage.not-set']]);
    expect(e.nextSteps.en.at(-1)).toMatch(/^Fees priced: CNY 120\.00; not priced: /);
    expect(e.reasons.map((r) => r.code)).not.toContain('evaluate.part-unavailable');
  });

  it('an exit-entry permit (fee by trips, not stated) and an endorsement without a chosen option: unpriced lines with their reasons', () => {
    const e = evaluate(
      application({
        services: [
          { kind: 'document', document: 'hkmo-permit', action: 'first-issue' },
          { kind: 'endorsement', destination: 'hong-kong', type: 'G' },
        ],
      }),
    );
    expect(e.services.every((s) => s.eligible)).toBe(true);
    expect(e.fees?.unpriced.map((l) => l.reason.code)).toEqual(['evaluate.fee-option-not-chosen']);
    expect(e.fees?.lines.filter((l) => l.priced).map((l) => l.item)).toEqual(['hkmo-permit.issue', 'delivery.post']);
    expect(e.fees?.unpriced[0]?.message['zh-CN']).toMatch(/未选择签注种类/);
  });

  it('a due date past the published calendar is unknown, with its reason; provisional on request', () => {
    const late = application({ services: [passport('first-issue')], acceptedAt: '2026-12-28T10:00:00+08:00', delivery: 'collect' });
    const e = evaluate(late);
    expect(e.services[0]?.processing?.kind).toBe('unknown');
    expect(codes(e)).toContain('evaluate.processing-unknown');
    expect(e.nextSteps.en.some((l) => /cannot be counted yet/.test(l))).toBe(true);
    const p = evaluate(late, { beyondCalendar: 'provisional' }).services[0]?.processing;
    expect(p?.kind === 'due' && p.provisional).toBe(true);
  });
});

describe('a part that cannot decide at all is marked, and its failure is not rebuilt on every call', () => {
  it('under a policy with only the kiosk tables: place, validity and materials unavailable, the same reason objects on the next call', () => {
    const policy = kioskPolicy();
    const first = evaluate(SAMPLE_APPLICATION, { policy });
    const unavailable = first.reasons.filter((r) => r.code === 'evaluate.part-unavailable');
    expect(unavailable.map((r) => r.params['part'])).toContain('materials');
    expect(first.services[0]?.reasons.map((r) => `${r.code}:${r.params['part']}`)).toContain('evaluate.part-unavailable:place');
    const again = evaluate(SAMPLE_APPLICATION, { policy });
    const later = again.reasons.filter((r) => r.code === 'evaluate.part-unavailable');
    expect(later).toHaveLength(unavailable.length);
    // remembered on the day's view: the very same (frozen) reasons, not new ones
    later.forEach((r, i) => expect(r).toBe(unavailable[i]));
    const perService = (e: typeof first) => e.services[0]?.reasons.filter((r) => r.code === 'evaluate.part-unavailable') ?? [];
    perService(again).forEach((r, i) => expect(r).toBe(perService(first)[i]));
  });
});

describe('the facts reach the part that needs them', () => {
  const chengduRenewal = (expires: string) =>
    evaluate(
      application({
        services: [passport('renewal')],
        existingDocuments: [{ type: 'passport', form: 'electronic-booklet', issued: '2015-06-01', expires }],
        channel: 'online',
        materials: [...USUAL, 'old-passport'],
        acceptedAt: '2024-06-03T10:00:00+08:00',
        delivery: 'post',
      }),
    );

  it('online renewal in a 全程网办 pilot city (Chengdu, 2024-05-06): allowed while the passport held is valid, not once it has expired', () => {
    expect(chengduRenewal('2025-05-31').services[0]?.channel?.status).toBe('allowed');
    const expired = chengduRenewal('2024-05-31');
    expect(expired.services[0]?.channel?.status).toBe('not-allowed');
    expect(codes(expired)).toContain('channel.online.prior-document-invalid');
  });

  it('an employee with a year of social insurance in Nanjing gets a passport there (2013 scheme); the checklist asks for the proof of insurance', () => {
    const e = evaluate(
      application({
        applicant: { residentId: residentId('320302', '1985-02-02'), hukou: '320302', work: { division: '320102', socialInsuranceMonths: 24 } },
        services: [passport('first-issue')],
        office: { division: '320100' },
        acceptedAt: '2014-03-03T10:00:00+08:00',
        delivery: 'collect',
      }),
    );
    expect(e.services[0]?.place).toMatchObject({ status: 'allowed', route: 'non-hukou-scheme' });
    expect(e.services[0]?.eligible).toBe(true);
    expect(e.materials?.missing.map((m) => m.id)).toContain('social-insurance-proof');
  });

  const kiosk = (acceptedAt: string, materials: string[] = ['application-form']) =>
    evaluate(
      application({
        applicant: { residentId: residentId('440106', '1985-02-02'), hukou: '440106' },
        services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'G', option: { validityMonths: 3, entries: 'single' } }],
        existingDocuments: [{ type: 'hkmo-permit', form: 'card', issued: '2018-01-01', expires: '2028-01-01' }],
        channel: 'kiosk',
        office: { division: '440106' },
        materials: materials as never,
        acceptedAt,
        delivery: 'collect',
      }),
    );

  it('at a kiosk the card permit held is the valid permit presented', () => {
    const e = kiosk('2024-06-03T10:00:00+08:00');
    expect(e.services[0]?.channel?.status).toBe('allowed');
    expect(e.materials?.items.find((i) => i.id === 'valid-permit')?.present).toBe(true);
    expect(e.status).toBe('accepted');
  });

  it('at a kiosk the endorsement rules apply (the 2020 suspension), each reason once', () => {
    const e = kiosk('2020-03-02T10:00:00+08:00');
    expect(e.status).toBe('not-eligible');
    expect(e.services[0]?.channel?.status).toBe('not-allowed');
    expect(codes(e).filter((c) => c === 'endorsement.tourism.suspended')).toHaveLength(1);
  });
});

describe('options are checked like the application (issue 10)', () => {
  it('null, a non-object, unknown keys, an empty asOf, a wrong boolean: one ValidationError each, paths under options', () => {
    expect(errorOf(() => evaluate(SAMPLE_APPLICATION, null as never)).issues.map((i) => i.path.join('.'))).toEqual(['options']);
    expect(errorOf(() => evaluate(SAMPLE_APPLICATION, { asOf: '' })).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['options.asOf:invalid-date']);
    expect(errorOf(() => evaluate(SAMPLE_APPLICATION, { deferredOptin: true } as never)).issues.map((i) => i.path.join('.'))).toEqual(['options.deferredOptin']);
    expect(errorOf(() => evaluate(SAMPLE_APPLICATION, { badCredit: 'yes' } as never)).issues.map((i) => i.path.join('.'))).toEqual(['options.badCredit']);
    expect(errorOf(() => evaluate(SAMPLE_APPLICATION, { locale: 'zh' } as never)).issues.map((i) => i.code)).toEqual(['unknown-locale']);
  });

  it('a bad option and a bad application in one error', () => {
    const e = errorOf(() => evaluate({ ...SAMPLE_APPLICATION, channel: 'fax' }, { asOf: 'today' }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['options.asOf', 'channel']);
  });

  it('a policy is validated: not a policy is a ValidationError listing its problems; the library’s own pass at once', () => {
    const e = errorOf(() => evaluate(SAMPLE_APPLICATION, { policy: { schema: 'churujing.policy/1' } as never }));
    expect(e.issues.every((i) => i.path[0] === 'options' && i.path[1] === 'policy')).toBe(true);
    expect(e.issues.length).toBeGreaterThan(1);
    expect(evaluate(SAMPLE_APPLICATION, { policy: defaultPolicy() }).status).toBe('accepted');
  });

  it('messages in the locale asked for', () => {
    const e = errorOf(() => evaluate({ ...SAMPLE_APPLICATION, channel: 'fax' }, { locale: 'zh-CN' }));
    expect(e.message.startsWith('申请信息有误')).toBe(true);
    expect(e.messageIn('en').startsWith('Invalid application')).toBe(true);
  });
});
