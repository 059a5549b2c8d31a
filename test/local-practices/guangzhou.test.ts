/**
 * Guangzhou practices, expectations from the reports' own words:
 * - the office's own account of about 2006 (untitled, opening 「我局出入境管理处是主管广州市各级公安出入境管理工作的部门」):
 *   办证易 re-endorsements with the identity card and a 羊城通 or UnionPay card, done within 6
 *   working days, round the clock; online applications before the 2005-03 convenience card; the
 *   convenience card (免填表、免交相片，刷卡申请港澳游签注); approval at acceptance; the 4-category,
 *   74-item correction list; the list of people who broke the law in Hong Kong or Macau;
 * - 「广东省广州市公安局：创新服务拓出便民坦途」 (中国长安网, 2014-02-19): 办证易 (2006), 网e捷 issue on
 *   the spot (2008), 取证机 (2011), full appointment from 2013-03 as a pre-acceptance.
 */
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_APPLICATION,
  appointmentCheck,
  canSelfServe,
  channelAllowed,
  defaultPolicy,
  endorsementOptions,
  evaluate,
  localPractices,
  policyAt,
  processingDeadline,
} from '../../src/index.js';

const view = (date: string, division: string) => policyAt(defaultPolicy(), date, { division });
const gRe = { kind: 'endorsement' as const, endorsement: { destination: 'hong-kong' as const, type: 'G' as const } };

describe('self-service: 办证易 (2006), 网e捷 (2008)', () => {
  it('a Guangzhou resident re-endorses a booklet permit at a kiosk in 2010; elsewhere kiosks are not yet known', () => {
    const input = { kiosk: '440103', applicant: { hukou: '440104' }, permit: { form: 'booklet' as const, expiry: '2012-01-01' }, service: gRe };
    const r = canSelfServe(view('2010-06-01', '440103'), input);
    expect(r.ok).toBe(true);
    expect(canSelfServe(view('2005-06-01', '440103'), input).ok).toBe(false); // before 办证易
    expect(canSelfServe(view('2010-06-01', '320102'), { ...input, kiosk: '320102', applicant: { hukou: '320102' } }).ok).toBe(false); // Nanjing
    // not a Guangzhou resident: hukou city only
    expect(canSelfServe(view('2010-06-01', '440103'), { ...input, applicant: { hukou: '440303' } }).ok).toBe(false);
  });

  it('ready in 6 working days before the 2013 notice (在6个工作日内办妥), 3 after it', () => {
    const kiosk = { service: { kind: 'endorsement' as const, destination: 'hkmo' as const, endorsementCategory: 'tourist' as const }, route: 'hukou-place' as const, channel: 'kiosk' as const };
    // 2010-06-01 (Tue) + 6 working days = 2010-06-09; national 10 would be 2010-06-17 (Dragon Boat 06-16)
    const r2010 = processingDeadline({ view: view('2010-06-01', '440103'), acceptedAt: '2010-06-01', ...kiosk });
    expect(r2010.kind === 'due' && r2010.due).toBe('2010-06-09');
    const r2013 = processingDeadline({ view: view('2013-09-02', '440103'), acceptedAt: '2013-09-02', ...kiosk });
    expect(r2013.kind === 'due' && r2013.due).toBe('2013-09-05');
  });

  it('printed on the spot from 2008 (网e捷：现场制发证…立等即取)', () => {
    const input = { kiosk: '440103', applicant: { hukou: '440104' }, permit: { form: 'booklet' as const, expiry: '2012-01-01' }, service: gRe };
    const r2007 = canSelfServe(view('2007-06-01', '440103'), input);
    const r2010 = canSelfServe(view('2010-06-01', '440103'), input);
    expect(r2007.ok && r2007.immediate).toBe(false);
    expect(r2010.ok && r2010.immediate).toBe(true);
  });

  it('self-collection machines from 2011 (取证机)', () => {
    expect(localPractices('440100', '2011-06-01').map((p) => p.code)).toContain('self-collection');
    expect(localPractices('440100', '2010-06-01').map((p) => p.code)).not.toContain('self-collection');
  });
});

describe('online re-endorsements agree with the 2013 online commitments', () => {
  it('the online channel takes a Guangzhou re-endorsement in 2013 (网上申请), while nationally it only books', () => {
    const input = { channel: 'online' as const, service: { kind: 'endorsement' as const, endorsement: { destination: 'hong-kong' as const, type: 'G' as const } }, applicant: { hukou: '440104' } };
    expect(channelAllowed({ ...input, view: view('2013-09-02', '440104') }).status).toBe('allowed');
    expect(channelAllowed({ ...input, view: view('2015-09-01', '510104'), applicant: { hukou: '510104' } }).status).toBe('not-allowed');
    // and the 2013 online commitment applies to it: tourist re-endorsements in 3 working days
    const d = processingDeadline({ view: view('2013-09-02', '440104'), acceptedAt: '2013-09-02', route: 'hukou-place', channel: 'online', service: { kind: 'endorsement', destination: 'hkmo', endorsementCategory: 'tourist' } });
    expect(d.kind === 'due' && d.due).toBe('2013-09-05');
  });
});

describe('2003–2006: on demand, approval at acceptance, the convenience card, the correction list', () => {
  it('each practice from its date', () => {
    const codes = (date: string) => localPractices('440100', date).map((p) => p.code);
    expect(codes('2002-12-31')).toEqual([]);
    expect(codes('2003-06-01')).toEqual(['passport.on-demand']);
    expect(codes('2004-08-01')).toContain('hkmo-permit.on-demand');
    expect(codes('2005-02-28')).not.toContain('convenience-card');
    expect(codes('2005-03-01')).toContain('convenience-card');
    expect(codes('2006-06-01')).toEqual(expect.arrayContaining(['endorsement.approval-at-acceptance', 'one-time-notice.74-items', 'home-visits']));
    const card = localPractices('440100', '2006-06-01').find((p) => p.code === 'convenience-card');
    expect(card?.label['zh-CN']).toContain('免填表、免交相片');
    expect(card?.cite.instrument).toBe('press.guangzhou-2006');
  });
});

describe('the screen against the list of people who broke the law in Hong Kong or Macau', () => {
  const request = (division: string, flagged: boolean) => ({
    applicant: { hukou: '440104', ...(flagged ? { hkmoOffenceRecord: true } : {}) },
    permit: { type: 'hkmo' as const, form: 'card' as const, expiry: '2030-01-01' },
    destination: 'hong-kong' as const,
    type: 'L' as const,
    date: '2019-06-03',
    division,
  });

  it('refuses a listed applicant in Guangzhou; elsewhere no such ground is known', () => {
    const gz = endorsementOptions(request('440104', true));
    expect(gz.status).toBe('refused');
    expect(gz.status === 'refused' && gz.reasons.map((r) => r.code)).toContain('endorsement.refused.hkmo-offence-record');
    expect(endorsementOptions(request('440104', false)).status).toBe('available');
    expect(endorsementOptions({ ...request('310104', true), applicant: { hukou: '310104', hkmoOffenceRecord: true } }).status).toBe('available');
  });

  it('reaches evaluate through the applicant flag', () => {
    const app = {
      ...SAMPLE_APPLICATION,
      applicant: { ...SAMPLE_APPLICATION.applicant, hukou: '440104', hkmoOffenceRecord: true },
      office: { division: '440104' },
      services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'L' }],
      existingDocuments: [{ type: 'hkmo-permit', form: 'card', issued: '2018-01-01', expires: '2028-01-01' }],
      materials: ['application-form', 'valid-permit'],
      acceptedAt: '2019-06-03T10:00:00+08:00',
    };
    const e = evaluate(app);
    expect(e.status).toBe('not-eligible');
    expect(e.services[0]?.reasons.map((r) => r.code)).toContain('endorsement.refused.hkmo-offence-record');
  });
});

describe('full appointment from 2013-03: booking is a pre-acceptance (实质上是一种预受理)', () => {
  const app = (division: string, acceptedAt: string, extra: Record<string, unknown> = {}) => ({
    ...SAMPLE_APPLICATION,
    applicant: { ...SAMPLE_APPLICATION.applicant, hukou: '440104', ...extra },
    office: { division },
    services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'L' }],
    existingDocuments: [{ type: 'hkmo-permit', form: 'card', issued: '2012-01-01', expires: '2022-01-01' }],
    materials: [],
    delivery: 'collect',
    acceptedAt,
  });

  it('in Guangzhou an appointment is required and a slot is offered only to those who qualify', () => {
    const ok = appointmentCheck(app('440104', '2013-06-03T09:00:00+08:00'));
    expect(ok.appointment).toBe('required');
    expect(ok.preAcceptance).toBe(true);
    expect(ok.slot).toBe('may-offer');
    const listed = appointmentCheck(app('440104', '2013-06-03T09:00:00+08:00', { hkmoOffenceRecord: true }));
    expect(listed.slot).toBe('refuse');
    expect(listed.services[0]?.reasons.map((r) => r.code)).toContain('endorsement.refused.hkmo-offence-record');
  });

  it('before 2013-03 and elsewhere no appointment is required', () => {
    expect(appointmentCheck(app('440104', '2012-06-04T09:00:00+08:00')).appointment).toBe('unknown');
    const sh = appointmentCheck({ ...app('310104', '2015-06-01T09:00:00+08:00'), applicant: { ...SAMPLE_APPLICATION.applicant, hukou: '310104' } });
    expect(sh.appointment).toBe('offered');
    expect(sh.slot).toBe('may-offer');
  });

  it('evaluate notes the appointment requirement', () => {
    expect(evaluate(app('440104', '2013-06-03T09:00:00+08:00')).reasons.map((r) => r.code)).toContain('appointment.required');
  });
});
