/**
 * Where one may apply (applicationPlace) and through which channel (channelAllowed): scenario
 * tests, each citing the instrument its expectation comes from; the alternative readings of
 * uncertain rules as what-if change sets; the boundary sweep of every place, channel and kiosk
 * table; data loading, citations and the reason catalogue.
 *
 * Sources (read in reprints; the notices are what the data cite):
 * - MPS announcement 2012-08-22 (six cities from 2012-09-01);
 * - MPS announcement 2013-06-27 with its annex (43 / 31 cities; 60+; 6-month renewal);
 * - 山西省公安厅出入境管理局, in-province nearby applications from 2013-03-01 (notice of 2013-03-07);
 * - MPS announcement 2016-03-29 (residence-permit holders from 2016-04-01);
 * - MPS announcement 2018-01-22, eight measures from 2018-02-01 (items 1–4);
 * - NIA measures from 2018-09-01 (nationwide renewal, group tours);
 * - NIA 全国通办 from 2019-04-01; NIA announcements of 2023-05-11, 2024-04-28, 2025-11-03.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../../src/documents/endorsements/index.js';
import { PLACE_LOCAL, PLACE_NATIONAL, PLACE_REASONS, PLACE_TABLES, type ApplicationPlaceInput, type PlaceDecision, applicationPlace } from '../../src/eligibility/application-place.js';
import { channelAllowed } from '../../src/eligibility/channels.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { type PolicyView, UnverifiedDateError, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { catalogueProblems, renderReason } from '../../src/rules/reasons.js';
import type { TableData } from '../../src/rules/table.js';
import { parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';

// ---- the policy, built as the brief says (plus the endorsement tables, for G cities and regimes)

function placeOnly(): Policy {
  return parsePolicy(
    { schema: 'churujing.policy/1', id: 'test', national: PLACE_NATIONAL, local: Object.fromEntries(Object.entries(PLACE_LOCAL).map(([c, t]) => [c, { tables: t }])), changes: [] },
    PLACE_TABLES,
  );
}

function withEndorsements(changes: readonly Change[] = []): Policy {
  const local: Record<string, { tables: Record<string, TableData> }> = {};
  for (const g of [PLACE_LOCAL, ENDORSEMENT_LOCAL]) for (const [c, t] of Object.entries(g)) Object.assign((local[c] ??= { tables: {} }).tables, t);
  return parsePolicy({ schema: 'churujing.policy/1', id: 'test', national: { ...PLACE_NATIONAL, ...ENDORSEMENT_NATIONAL }, local, changes }, [...PLACE_TABLES, ...ENDORSEMENT_TABLES]);
}

const POLICY = withEndorsements();
const at = (date: string, division: string, policy: Policy = POLICY): PolicyView => policyAt(policy, date, { division });
const shift = (date: string, days: number): string => formatCivilDate(parseCivilDate(date) + days);
const codes = (d: { reasons: readonly { code: string }[] }): string[] => d.reasons.map((r) => r.code);
const place = (date: string, input: Omit<ApplicationPlaceInput, 'view'>, policy: Policy = POLICY): PlaceDecision => applicationPlace({ ...input, view: at(date, input.office, policy) });

const passport = { kind: 'document', document: 'passport', action: 'first-issue' } as const;
const hkmoPermit = { kind: 'document', document: 'hkmo-permit', action: 'first-issue' } as const;
const taiwanPermit = { kind: 'document', document: 'taiwan-permit', action: 'first-issue' } as const;

describe('scenarios (each expectation cites its source)', () => {
  it('Chengdu hukou, passport at a Beijing office: not before 全国通办, allowed from 2019-04-01 (NIA 全国通办)', () => {
    const input = { applicant: { hukou: '510104' }, service: passport, office: '110105' };
    const before = place('2019-03-31', input);
    expect(before.status).toBe('not-allowed');
    if (before.status === 'not-allowed') {
      expect(before.where.map((w) => [w.route, w.label['zh-CN']])).toEqual([
        ['hukou-place', '成都市'],
        ['in-province', '四川省'],
      ]);
      expect(codes(before)).toContain('place.nationwide.not-in-force');
      expect(codes(before)).toContain('place.hukou-place.office-outside');
      for (const r of before.reasons) if (r.code !== 'place.where-none') expect(r.cite?.issuer).toBeTruthy();
    }
    const after = place('2019-04-01', input);
    expect(after).toMatchObject({ status: 'allowed', route: 'cross-province' });
    expect(after.reasons[0]?.cite?.effective).toBe('2019-04-01');
  });

  it('Mianyang hukou at a Chengdu office: hukou place only on 2018-01-31, in-province from 2018-02-01 (MPS eight measures, item 1)', () => {
    const input = { applicant: { hukou: '510703' }, service: passport, office: '510104' };
    const before = place('2018-01-31', input);
    expect(before.status).toBe('not-allowed');
    if (before.status === 'not-allowed') expect(before.where[0]).toMatchObject({ route: 'hukou-place', area: { scope: 'city', division: '510700' }, label: { 'zh-CN': '绵阳市' } });
    const after = place('2018-02-01', input);
    expect(after).toMatchObject({ status: 'allowed', route: 'in-province' });
    expect(after.reasons[0]).toMatchObject({ code: 'place.in-province.applies', params: { province: '510000' }, cite: { article: '第一项' } });
  });

  it('a registered official: not in-province in 2018 (item 1 excepts 登记备案的国家工作人员), the hukou place stays open', () => {
    const official = { hukou: '510703', registeredPersonnel: true };
    const d = place('2018-06-01', { applicant: official, service: passport, office: '510104' });
    expect(d.status).toBe('not-allowed');
    expect(codes(d)).toContain('place.in-province.excluded-registered-personnel');
    if (d.status === 'not-allowed') expect(d.where.map((w) => w.route)).toEqual(['hukou-place']);
    expect(place('2018-06-01', { applicant: official, service: passport, office: '510703' })).toMatchObject({ status: 'allowed', route: 'hukou-place' });
    // serving military are excepted too
    expect(codes(place('2018-06-01', { applicant: { hukou: '510703', activeMilitary: true }, service: passport, office: '510104' }))).toContain('place.in-province.excluded-active-military');
  });

  it('Shenzhen residence-permit holder, one-year multiple G at a Shenzhen office: regime 2024-12-01 (出入境管理局 2024-11-29)', () => {
    const applicant = { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } };
    const service = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } } as const;
    const before = place('2024-11-30', { applicant, service, office: '440304' });
    expect(before.status).toBe('not-allowed');
    expect(codes(before)).toContain('place.regime.regime-not-here');
    expect(place('2024-12-01', { applicant, service, office: '440304' })).toMatchObject({ status: 'allowed', route: 'residence-permit' });
    // the place rule part: an ordinary G on the same permit is open in Shenzhen (residence-permit route, 2016-04-01)
    const g = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G' } } as const;
    expect(place('2024-11-30', { applicant, service: g, office: '440304' })).toMatchObject({ status: 'allowed', route: 'residence-permit' });
    // a Shenzhen hukou resident under 一周一行 (2015-04-13 → 2024-11-30)
    expect(place('2024-11-30', { applicant: { hukou: '440304' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.weekly' } }, office: '440305' })).toMatchObject({ status: 'allowed', route: 'hukou-place' });
    // not at a Guangzhou office
    expect(place('2024-12-01', { applicant, service, office: '440106' }).status).toBe('not-allowed');
  });

  it('G through a residence permit needs a scheme city; G never goes nationwide', () => {
    const rp = (division: string) => ({ hukou: '110105', residencePermit: { division, validFrom: '2017-01-01' } });
    const g = { kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } } as const;
    expect(place('2024-03-05', { applicant: rp('610113'), service: g, office: '610113' }).status).toBe('not-allowed'); // Xi'an joined on 2024-03-06
    expect(codes(place('2024-03-05', { applicant: rp('610113'), service: g, office: '610113' }))).toContain('place.residence-permit.not-scheme-city');
    expect(place('2024-03-06', { applicant: rp('610113'), service: g, office: '610113' })).toMatchObject({ status: 'allowed', route: 'residence-permit' });
    expect(codes(place('2025-01-01', { applicant: { hukou: '110105' }, service: g, office: '310104' }))).toContain('place.nationwide.not-covered');
  });

  it('residence permits from 2016-04-01 (MPS 2016-03-29), not for Taiwan settlement', () => {
    const applicant = { hukou: '430102', residencePermit: { division: '440305', validFrom: '2015-06-01', validTo: '2018-05-31' } };
    expect(place('2016-03-31', { applicant, service: hkmoPermit, office: '440305' }).status).toBe('not-allowed');
    expect(place('2016-04-01', { applicant, service: hkmoPermit, office: '440305' })).toMatchObject({ status: 'allowed', route: 'residence-permit' });
    expect(place('2018-06-01', { applicant, service: taiwanPermit, office: '440305' }).status).toBe('not-allowed'); // permit expired 2018-05-31
    const d = { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'D' } } as const;
    expect(place('2016-04-01', { applicant, service: d, office: '440305' }).status).toBe('not-allowed');
    expect(place('2025-06-01', { applicant: { hukou: '430102' }, service: d, office: '440305' }).status).toBe('not-allowed'); // settlement stays at the hukou place
    expect(place('2025-06-01', { applicant: { hukou: '430102' }, service: d, office: '430103' })).toMatchObject({ status: 'allowed', route: 'hukou-place' });
  });

  it('relatives route from 2018-02-01 (item 3): a Hunan parent where the child has a Shenzhen hukou', () => {
    const input = { applicant: { hukou: '430102' }, service: passport, office: '440304', relative: { hukou: '440304', relationship: 'parent' } } as const;
    expect(place('2018-01-31', input).status).toBe('not-allowed');
    expect(place('2018-02-01', input)).toMatchObject({ status: 'allowed', route: 'relatives-route' });
    expect(place('2018-02-01', { ...input, applicant: { hukou: '441302' } })).toMatchObject({ status: 'allowed', route: 'in-province' }); // same province: in-province covers it
  });

  it('2012 six cities (MPS 2012-08-22): a non-hukou university student in Beijing, HK/Macau permit', () => {
    const input = { applicant: { hukou: '420102', study: { division: '110108' } }, service: hkmoPermit, office: '110108' };
    expect(place('2012-08-31', input).status).toBe('not-allowed');
    expect(place('2012-09-01', input)).toMatchObject({ status: 'allowed', route: 'non-hukou-scheme' });
    // employees need a year of social insurance
    const worker = { applicant: { hukou: '420102', work: { division: '110108', socialInsuranceMonths: 11 } }, service: hkmoPermit, office: '110108' };
    expect(codes(place('2012-09-01', worker))).toContain('place.scheme-2012.insurance-short');
  });

  it('2013 43/31 cities (MPS 2013-06-27): an employee in Suzhou gets a passport there, not a Taiwan permit; in Nanjing both', () => {
    const suzhou = { hukou: '320302', work: { division: '320505', socialInsuranceMonths: 12 } };
    expect(place('2013-06-30', { applicant: suzhou, service: passport, office: '320505' }).status).toBe('not-allowed');
    expect(place('2013-07-01', { applicant: suzhou, service: passport, office: '320505' })).toMatchObject({ status: 'allowed', route: 'non-hukou-scheme' });
    expect(codes(place('2013-07-01', { applicant: suzhou, service: taiwanPermit, office: '320505' }))).toContain('place.scheme-2013-taiwan.not-qualified');
    const nanjing = { hukou: '320302', work: { division: '320102', socialInsuranceMonths: 24 } };
    expect(place('2013-07-01', { applicant: nanjing, service: taiwanPermit, office: '320102' })).toMatchObject({ status: 'allowed', route: 'non-hukou-scheme' });
    // a child under 16 of a Nanjing hukou resident (annex item 1)
    const child = { applicant: { hukou: '340102', birthDate: '2000-01-01' }, service: passport, office: '320102', relative: { hukou: '320102', relationship: 'child' } } as const;
    expect(place('2013-07-01', child).status).toBe('allowed');
    expect(place('2016-01-01', child).status).toBe('not-allowed'); // 16 on 2016-01-01: no longer a child under 16
  });

  it('2013 annex items 2–3: aged 60 after 6 months; renewal after 6 months anywhere', () => {
    const elder = { hukou: '130102', birthDate: '1950-05-01', residence: { division: '460105', since: '2013-01-10' } };
    expect(place('2013-07-09', { applicant: elder, service: passport, office: '460105' }).status).toBe('not-allowed'); // 6 months end 2013-07-10
    expect(place('2013-07-10', { applicant: elder, service: passport, office: '460105' })).toMatchObject({ status: 'allowed', route: 'non-hukou-scheme' });
    const young = { ...elder, birthDate: '1980-05-01' };
    expect(place('2013-07-10', { applicant: young, service: passport, office: '460105' }).status).toBe('not-allowed');
    expect(place('2013-07-10', { applicant: young, service: { ...passport, action: 'renewal' }, office: '460105' })).toMatchObject({ status: 'allowed', route: 'non-hukou-scheme' });
    expect(place('2013-07-10', { applicant: young, service: { ...hkmoPermit, action: 'renewal' }, office: '460105' }).status).toBe('not-allowed'); // HK/Macau not in the 2013 measures
  });

  it('Shanxi in-province nearby from 2013-03-01 after a year (山西省公安厅出入境管理局), a local measure', () => {
    const applicant = { hukou: '140105', residence: { division: '140202', since: '2012-02-01' } };
    expect(place('2013-02-28', { applicant, service: passport, office: '140202' }).status).toBe('not-allowed');
    const d = place('2013-03-01', { applicant, service: passport, office: '140202' });
    expect(d).toMatchObject({ status: 'allowed', route: 'in-province' });
    expect(d.reasons[0]?.cite?.issuer).toBe('山西省公安厅出入境管理局');
    expect(codes(place('2013-03-01', { applicant: { ...applicant, residence: { division: '140202', since: '2012-06-01' } }, service: passport, office: '140202' }))).toContain('place.in-province.residence-short');
    expect(place('2013-03-01', { applicant, service: hkmoPermit, office: '140202' }).status).toBe('allowed');
    expect(place('2013-03-01', { applicant, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'T' } }, office: '140202' }).status).toBe('not-allowed'); // HK/Macau: permit and L only
    // the same person in Hebei: no such local measure
    expect(place('2013-03-01', { applicant: { hukou: '130102', residence: { division: '130202', since: '2012-02-01' } }, service: passport, office: '130202' }).status).toBe('not-allowed');
  });

  it('Jilin province-wide from 2015 (local measure; start uncertain)', () => {
    const input = { applicant: { hukou: '220202' }, service: passport, office: '220104' };
    expect(place('2015-05-31', input).status).toBe('not-allowed');
    expect(place('2015-06-01', input)).toMatchObject({ status: 'allowed', route: 'in-province' });
  });

  it('nationwide renewal and group tours from 2018-09-01 (NIA); T/Q/D anywhere only from 2023-05-15; S from 2024-05-06', () => {
    const renewal = { applicant: { hukou: '230102' }, service: { ...passport, action: 'renewal' }, office: '460105' } as const;
    expect(place('2018-08-31', renewal).status).toBe('not-allowed');
    expect(place('2018-09-01', renewal)).toMatchObject({ status: 'allowed', route: 'nationwide-renewal' });
    const l = { applicant: { hukou: '230102' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } }, office: '460105' } as const;
    expect(place('2018-09-01', l)).toMatchObject({ status: 'allowed', route: 'nationwide-renewal' });
    const t = { applicant: { hukou: '230102' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'T' } }, office: '460105' } as const;
    expect(place('2023-05-14', t).status).toBe('not-allowed');
    expect(place('2023-05-15', t)).toMatchObject({ status: 'allowed', route: 'cross-province' });
    const s = { applicant: { hukou: '230102' }, service: { kind: 'endorsement', endorsement: { destination: 'macau', type: 'S', entries: 'multi' } }, office: '460105' } as const;
    expect(place('2024-05-05', s).status).toBe('not-allowed');
    expect(place('2024-05-06', s)).toMatchObject({ status: 'allowed', route: 'cross-province' });
    expect(place('2024-05-05', { ...s, applicant: { hukou: '230102', business: { filingDivision: '460106' } } })).toMatchObject({ status: 'allowed', route: 'filing-place' });
  });

  it('talent endorsements where one works (2023-02-20), never at the hukou place as such', () => {
    const service = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'talent' } } as const;
    expect(codes(place('2024-01-01', { applicant: { hukou: '440106' }, service, office: '440106' }))).toContain('place.hukou-place.not-covered');
    expect(place('2024-01-01', { applicant: { hukou: '430102', work: { division: '440305' } }, service, office: '440305' })).toMatchObject({ status: 'allowed', route: 'work-place' });
  });

  it('the hukou place is always open (护照法 art. 5; 1986 HK/Macau measures; 1991 Taiwan measures art. 6)', () => {
    expect(place('2005-06-01', { applicant: { hukou: '510104' }, service: passport, office: '510107' })).toMatchObject({ status: 'allowed', route: 'hukou-place', reasons: [{ cite: { title: '中华人民共和国公民出境入境管理法实施细则' } }] });
    expect(place('2010-06-01', { applicant: { hukou: '510104' }, service: passport, office: '510107' }).reasons[0]?.cite).toMatchObject({ title: '中华人民共和国护照法', article: '第五条' });
    expect(place('2010-06-01', { applicant: { hukou: '110105' }, service: taiwanPermit, office: '110101' }).reasons[0]?.cite).toMatchObject({ number: '国务院令第93号', article: '第六条' });
  });
});

describe('alternative readings, as change sets', () => {
  const cite = { issuer: 'what-if', title: 'alternative reading' };

  it('registered personnel excluded from 全国通办 (FACTS open question 14)', () => {
    const policy = withEndorsements([{ op: 'set', table: 'place.nationwide', from: '2024-05-06', value: { services: ['passport', 'hkmo-permit', 'taiwan-permit', 'hkmo.T', 'hkmo.S', 'hkmo.L', 'hkmo.Q', 'hkmo.D'], excludes: ['registered-personnel'] }, cite }]);
    const input = { applicant: { hukou: '510104', registeredPersonnel: true }, service: passport, office: '110105' };
    expect(place('2025-01-01', input).status).toBe('allowed');
    const d = place('2025-01-01', input, policy);
    expect(d.status).toBe('not-allowed');
    expect(codes(d)).toContain('place.nationwide.excluded-registered-personnel');
  });

  it('the residence-permit route closed to registered personnel (Nanning’s reading)', () => {
    const policy = withEndorsements([{ op: 'set', table: 'place.residence-permit', from: '2016-04-01', value: { services: ['passport', 'hkmo-permit'], excludes: ['registered-personnel'] }, cite }]);
    const input = { applicant: { hukou: '430102', registeredPersonnel: true, residencePermit: { division: '450103', validFrom: '2016-01-01' } }, service: hkmoPermit, office: '450103' };
    expect(place('2017-01-01', input).status).toBe('allowed');
    expect(place('2017-01-01', input, policy).status).toBe('not-allowed');
  });

  it('Taiwan business (F) in-province, as the endorsement tables read item 1', () => {
    const f = { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'F' } } as const;
    const input = { applicant: { hukou: '510703' }, service: f, office: '510104' };
    expect(place('2018-06-01', input).status).toBe('not-allowed');
    const policy = withEndorsements([{ op: 'set', table: 'place.in-province', from: '2018-02-01', value: { services: ['passport', 'taiwan.F'], excludes: ['registered-personnel', 'active-military'] }, cite }]);
    expect(place('2018-06-01', input, policy)).toMatchObject({ status: 'allowed', route: 'in-province' });
  });

  it('a missing 2025 全程网办 city added as a member', () => {
    const service = { kind: 'document', document: 'passport', action: 'renewal' } as const;
    const applicant = { hukou: '130102', birthDate: '1990-01-01' };
    const base = channelAllowed({ view: at('2025-11-20', '130102'), channel: 'online', service, applicant, priorDocumentValid: true });
    expect(codes(base)).toEqual(['channel.online.not-pilot-city']);
    const policy = withEndorsements([{ op: 'add-member', table: 'channel.online-renewal.cities', member: '130100', from: '2025-11-20', cite }]);
    expect(channelAllowed({ view: at('2025-11-20', '130102', policy), channel: 'online', service, applicant, priorDocumentValid: true }).status).toBe('allowed');
  });
});

describe('channels', () => {
  const view = (date: string, division = '510104') => at(date, division);
  const re = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G' } } as const;

  it('the window serves everything; no other channel takes a first issue (公安部令第118号 art. 6: fingerprints at acceptance)', () => {
    expect(channelAllowed({ view: view('2010-01-01'), channel: 'window', service: passport, applicant: { hukou: '510104' } }).status).toBe('allowed');
    for (const channel of ['online', 'post', 'police-station', 'agency'] as const) {
      const d = channelAllowed({ view: view('2025-01-01'), channel, service: passport, applicant: { hukou: '510104' } });
      expect(d).toMatchObject({ status: 'not-allowed', reasons: [{ code: `channel.${channel}.action-not-covered`, cite: { number: '公安部令第118号', article: '第六条' } }] });
    }
  });

  it('online: appointments from 2014-07-25; tourist re-endorsements from 2019-04-01 (NIA platform)', () => {
    expect(codes(channelAllowed({ view: view('2014-07-24'), channel: 'online', service: re, applicant: { hukou: '510104' } }))).toEqual(['channel.online.not-in-force']);
    expect(codes(channelAllowed({ view: view('2019-03-31'), channel: 'online', service: re, applicant: { hukou: '510104' } }))).toEqual(['channel.online.appointments-only']);
    expect(channelAllowed({ view: view('2019-04-01'), channel: 'online', service: re, applicant: { hukou: '510104' } }).status).toBe('allowed');
  });

  it('全程网办 in 20 cities from 2024-05-06 (NIA item 1): 16+, not registered personnel, previous document valid', () => {
    const service = { kind: 'document', document: 'hkmo-permit', action: 'replacement' } as const;
    const ok = { hukou: '510104', birthDate: '2000-02-29' };
    expect(channelAllowed({ view: view('2024-05-05'), channel: 'online', service, applicant: ok, priorDocumentValid: true }).status).toBe('not-allowed');
    expect(channelAllowed({ view: view('2024-05-06'), channel: 'online', service, applicant: ok, priorDocumentValid: true }).status).toBe('allowed');
    expect(codes(channelAllowed({ view: view('2024-05-06'), channel: 'online', service, applicant: { ...ok, birthDate: '2010-01-01', registeredPersonnel: true }, priorDocumentValid: false }))).toEqual([
      'channel.online.excluded-registered-personnel',
      'channel.online.too-young',
      'channel.online.prior-document-invalid',
    ]);
    // Changchun from 2025-11-20 (长春市公安局)
    const cc = { hukou: '220104', birthDate: '1980-01-01' };
    expect(channelAllowed({ view: view('2025-11-19', '220104'), channel: 'online', service, applicant: cc, priorDocumentValid: true }).status).toBe('not-allowed');
    expect(channelAllowed({ view: view('2025-11-20', '220104'), channel: 'online', service, applicant: cc, priorDocumentValid: true }).status).toBe('allowed');
  });

  it('post and police stations in Chengdu (2018 local measures), agencies in Jilin (2016), nowhere else', () => {
    expect(channelAllowed({ view: view('2018-05-01'), channel: 'post', service: re, applicant: { hukou: '510104' } }).status).toBe('allowed');
    expect(channelAllowed({ view: view('2018-04-30'), channel: 'post', service: re, applicant: { hukou: '510104' } }).status).toBe('not-allowed');
    expect(channelAllowed({ view: view('2018-05-01', '110105'), channel: 'post', service: re, applicant: { hukou: '110105' } }).status).toBe('not-allowed');
    expect(channelAllowed({ view: view('2019-01-01'), channel: 'police-station', service: { ...passport, action: 'renewal' }, applicant: { hukou: '510104' } }).status).toBe('allowed');
    expect(channelAllowed({ view: view('2016-01-01', '220202'), channel: 'agency', service: re, applicant: { hukou: '220202' } }).status).toBe('allowed');
    expect(codes(channelAllowed({ view: view('2016-01-01', '220202'), channel: 'agency', service: re, applicant: { hukou: '220202', registeredPersonnel: true } }))).toEqual(['channel.agency.excluded-registered-personnel']);
  });

  it('the kiosk channel is canSelfServe at the view’s division', () => {
    const d = channelAllowed({ view: policyAt(defaultPolicy(), '2019-04-01', { division: '110105' }), channel: 'kiosk', service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } }, applicant: { hukou: '510104' }, permit: { form: 'card' } });
    expect(d).toMatchObject({ status: 'allowed', immediate: true });
    expect(() => channelAllowed({ view: view('2019-04-01'), channel: 'kiosk', service: re, applicant: { hukou: '510104' } })).toThrow(ValidationError);
  });
});

describe('validation: one typed error listing every problem', () => {
  it('bad codes, dates, services and keys are all reported with paths', () => {
    let err: unknown;
    try {
      applicationPlace({
        view: at('2020-01-01', '110105'),
        applicant: { hukou: '999999', residencePermit: { division: '110105', validFrom: '2020-02-30' }, extra: 1 },
        service: { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'S' } },
        office: '110105',
      } as unknown as ApplicationPlaceInput);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    const paths = (err as ValidationError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['applicant.hukou', 'applicant.residencePermit.validFrom', 'applicant', 'service.endorsement.type']));
  });

  it('a view not resolved at the office, or no view at all', () => {
    expect(() => applicationPlace({ view: at('2020-01-01', '310104'), applicant: { hukou: '110105' }, service: passport, office: '110105' })).toThrow(/office's city/);
    expect(() => applicationPlace({ applicant: { hukou: '110105' }, service: passport, office: '110105' } as unknown as ApplicationPlaceInput)).toThrow(ValidationError);
    expect(() => applicationPlace(null as unknown as ApplicationPlaceInput)).toThrow(ChurujingError);
  });

  it('past the verified date: an error, or a flagged result', () => {
    const input = { applicant: { hukou: '110105' }, service: passport, office: '110105' };
    // the national route tables are verified through the review of 2026 (2026-01-28)
    expect(() => applicationPlace({ ...input, view: at('2026-01-29', '110105') })).toThrow(UnverifiedDateError);
    const d = applicationPlace({ ...input, view: policyAt(POLICY, '2026-01-29', { division: '110105', beyondVerified: 'flag' }) });
    expect(d.unverified).toBe(true);
    expect(codes(d)).toContain('place.unverified');
  });

  it('a policy without the endorsement tables works with injected lookups', () => {
    const policy = placeOnly();
    const g = { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G' } } as const;
    const applicant = { hukou: '110105', residencePermit: { division: '440304', validFrom: '2020-01-01' } };
    const lookups = { isSchemeCity: (_v: PolicyView, city: string) => city === '440300', cityRegime: () => undefined };
    expect(applicationPlace({ view: at('2021-01-01', '440304', policy), applicant, service: g, office: '440304' }, { lookups }).status).toBe('allowed');
    expect(() => applicationPlace({ view: at('2021-01-01', '440304', policy), applicant, service: g, office: '440304' })).toThrow(ChurujingError);
  });
});

// ---- boundary sweep: every table, national and local ---------------------------------------

interface Dated {
  readonly from: string;
  readonly to?: string;
}
const items = (t: TableData): readonly Dated[] => (t.kind === 'value' ? t.entries : t.members);
const day = (d: string) => parseCivilDate(d);

describe('boundary sweep: every from/to of every place, channel and kiosk table, the day before, on and after', () => {
  const places: { id: string; division?: string; items: readonly Dated[]; national: readonly Dated[]; local?: readonly Dated[] }[] = [];
  for (const spec of PLACE_TABLES) {
    const national = PLACE_NATIONAL[spec.id] as TableData;
    places.push({ id: spec.id, items: items(national), national: items(national) });
    for (const [division, tables] of Object.entries(PLACE_LOCAL)) {
      const local = tables[spec.id];
      if (local) places.push({ id: spec.id, division, items: [...items(national), ...items(local)], national: items(national), local: items(local) });
    }
  }
  /** The entry in force on a day among dated items (its index), or -1. */
  const entryOn = (list: readonly Dated[], d: number): number => list.findIndex((i) => day(i.from) <= d && (i.to === undefined || d <= day(i.to)));

  it('covers every table', () => {
    expect(new Set(places.map((p) => p.id))).toEqual(new Set(PLACE_TABLES.map((s) => s.id)));
  });

  it.each(places.map((p) => ({ name: `${p.id} (${p.division ?? 'national'})`, p })))('$name', ({ p }) => {
    const spec = PLACE_TABLES.find((s) => s.id === p.id)!;
    const starts = new Set<number>();
    for (const i of p.items) {
      starts.add(day(i.from));
      if (i.to !== undefined) starts.add(day(i.to) + 1);
    }
    // a value table's local entry wins while in force: the value changes where the entry in force
    // (the local one, else the national one) changes
    const local = p.local;
    const source = (d: number): string => {
      const l = local === undefined ? -1 : entryOn(local, d);
      return l >= 0 ? `L${l}` : `N${entryOn(p.national, d)}`;
    };
    const changes = (d: number): boolean => (spec.kind === 'value' && local !== undefined ? source(d) !== source(d - 1) : starts.has(d));
    const shot = (n: number) => {
      const v = policyAt(POLICY, formatCivilDate(n), p.division === undefined ? {} : { division: p.division });
      return spec.kind === 'value' ? JSON.stringify(v.value(spec)) : JSON.stringify([...v.members(spec)].map((m) => m.member + m.from).sort());
    };
    for (const i of p.items) {
      for (const point of [i.from, i.to].filter((x): x is string => x !== undefined)) {
        const days = [day(point) - 1, day(point), day(point) + 1];
        for (let k = 1; k < 3; k++) {
          const d = days[k] as number;
          expect({ on: formatCivilDate(d), changed: shot(d) !== shot(d - 1) }).toEqual({ on: formatCivilDate(d), changed: changes(d) });
        }
      }
    }
  });

  it('decisions change on the route tables’ start dates (a decision-level sweep)', () => {
    const cases: [string, Omit<ApplicationPlaceInput, 'view'>][] = [
      ['2016-04-01', { applicant: { hukou: '430102', residencePermit: { division: '440305', validFrom: '2015-01-01' } }, service: passport, office: '440305' }],
      ['2018-02-01', { applicant: { hukou: '510703' }, service: hkmoPermit, office: '510104' }],
      ['2018-09-01', { applicant: { hukou: '510703' }, service: { ...hkmoPermit, action: 'renewal' }, office: '110105' }],
      ['2019-04-01', { applicant: { hukou: '510703' }, service: taiwanPermit, office: '110105' }],
      ['2012-09-01', { applicant: { hukou: '510703', work: { division: '310104', socialInsuranceMonths: 13 } }, service: taiwanPermit, office: '310104' }],
      ['2013-07-01', { applicant: { hukou: '510703', study: { division: '330106' } }, service: passport, office: '330106' }],
    ];
    for (const [date, input] of cases) {
      expect({ date, before: place(shift(date, -1), input).status }).toEqual({ date, before: 'not-allowed' });
      expect({ date, on: place(date, input).status }).toEqual({ date, on: 'allowed' });
    }
  });
});

describe('data', () => {
  it('loads through the policy validator, nationally and with the local measures', () => {
    expect(validatePolicyWith({ schema: 'churujing.policy/1', id: 'p', national: PLACE_NATIONAL, local: {}, changes: [] }, PLACE_TABLES).ok).toBe(true);
    expect(placeOnly().id).toBe('test');
    expect(Object.keys(PLACE_NATIONAL).sort()).toEqual(PLACE_TABLES.map((s) => s.id).sort());
    expect(Object.keys(PLACE_LOCAL).sort()).toEqual(['140000', '220000', '440100', '510100']);
  });

  it('every entry cites an instrument (issuer, title) and says why an uncertain one is uncertain; verified through 2025-11-30 (national routes and online channels: 2026-01-28)', () => {
    const tables = [...Object.values(PLACE_NATIONAL), ...Object.values(PLACE_LOCAL).flatMap((t) => Object.values(t))];
    for (const t of tables) {
      expect(['2025-11-30', '2026-01-28']).toContain(t.verifiedThrough);
      for (const i of t.kind === 'value' ? t.entries : t.members) {
        expect(i.cite.issuer.length).toBeGreaterThan(0);
        expect(i.cite.title.length).toBeGreaterThan(0);
        expect(i.cite.url === undefined || !/mirror/.test(i.cite.url)).toBe(true);
        if (i.uncertain !== undefined) expect(i.uncertain.length).toBeGreaterThan(30);
      }
    }
  });

  it('the city lists: 6 (2012), 43 and 31 (2013, the 31 within the 43), 20 then 22 known (全程网办)', () => {
    const v = policyAt(POLICY, '2025-11-30');
    const n = (id: string) => v.members(PLACE_TABLES.find((s) => s.id === id) as never).length;
    expect(n('place.scheme.2012-six-cities.cities')).toBe(6);
    expect(n('place.scheme.2013-passport.cities')).toBe(43);
    expect(n('place.scheme.2013-taiwan.cities')).toBe(31);
    expect(n('channel.online-renewal.cities')).toBe(22);
    const p43 = new Set(v.members(PLACE_TABLES.find((s) => s.id === 'place.scheme.2013-passport.cities') as never).map((m) => m.member));
    for (const m of v.members(PLACE_TABLES.find((s) => s.id === 'place.scheme.2013-taiwan.cities') as never)) expect(p43.has(m.member)).toBe(true);
  });
});

describe('reasons', () => {
  it('the catalogue has every parameter in both locales', () => {
    expect(catalogueProblems(PLACE_REASONS)).toEqual([]);
  });

  it('every reason a decision emits is in the catalogue and renders in zh-CN and en', () => {
    const decisions = [
      place('2019-03-31', { applicant: { hukou: '510104' }, service: passport, office: '110105' }),
      place('2018-06-01', { applicant: { hukou: '510703', registeredPersonnel: true, activeMilitary: true, birthDate: '1960-01-01' }, service: passport, office: '510104', relative: { hukou: '510104', relationship: 'spouse' } }),
      place('2013-07-10', { applicant: { hukou: '130102', work: { division: '460105', socialInsuranceMonths: 3 }, residence: { division: '460105', since: '2013-06-01' } }, service: taiwanPermit, office: '460105' }),
    ];
    for (const d of decisions) {
      for (const r of d.reasons) {
        expect(PLACE_REASONS[r.code]).toBeDefined();
        for (const locale of ['zh-CN', 'en'] as const) expect(renderReason(r, locale, PLACE_REASONS)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('messages (golden)', () => {
    const d = place('2018-06-01', { applicant: { hukou: '510703', registeredPersonnel: true }, service: passport, office: '510104' });
    const r = d.reasons.find((x) => x.code === 'place.in-province.excluded-registered-personnel')!;
    expect(renderReason(r, 'zh-CN', PLACE_REASONS)).toBe('户籍所在省内就近办理：登记备案的国家工作人员不适用');
    expect(renderReason(r, 'en', PLACE_REASONS)).toBe('Anywhere in the hukou province: not open to registered state personnel');
  });
});
