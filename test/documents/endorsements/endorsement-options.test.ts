/**
 * Table-driven cases of endorsementOptions. Each case names the instrument its expectation comes
 * from.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/rules/errors.js';
import { UnverifiedDateError } from '../../../src/rules/policy-at.js';
import { renderReason } from '../../../src/rules/reasons.js';
import { ENDORSEMENT_REASONS } from '../../../src/documents/endorsements/reasons.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import { POLICY, granted, reasonCodes, refusedCodes, request, run } from './fixture.js';

const SZ_RESIDENT = { hukou: '440106', residencePermit: { division: '440304', validFrom: '2024-01-01', validTo: '2026-12-31' } };

describe('G: the individual visit scheme cities (出入境管理局公告2024年第1号; 2024-05-11 公告)', () => {
  it.each([
    // Xi'an and Qingdao join on 2024-03-06 (出入境管理局公告2024年第1号)
    ['610113', '2024-03-05', false],
    ['610113', '2024-03-06', true],
    ['370202', '2024-03-06', true],
    // Harbin and seven other capitals on 2024-05-27 (公告 of 2024-05-11)
    ['230102', '2024-05-26', false],
    ['230102', '2024-05-27', true],
    // Beijing since 2003-09-01 (新华社 2003-08-07); the first four Guangdong cities since 2003-07-28
    ['110105', '2003-08-31', false],
    ['110105', '2003-09-01', true],
    ['442000', '2003-07-27', false],
    ['442000', '2003-07-28', true],
    // Xuzhou is not a scheme city
    ['320302', '2025-06-01', false],
  ])('hukou %s on %s: G available = %s', (hukou, date, ok) => {
    const r = run({ applicant: { hukou }, type: 'G', date });
    expect(r.status === 'available').toBe(ok);
    if (!ok) expect(reasonCodes(r)).toEqual(date < '2003-07-28' ? ['endorsement.rule.not-yet', 'endorsement.g.not-scheme-city'] : ['endorsement.g.not-scheme-city']);
  });

  it('options per destination (公告2024年第1号): HK 3m/1y × single/double, Macau 3m/1y single; 7 days a stay', () => {
    const hk = run({ applicant: { hukou: '610113' }, type: 'G', date: '2024-03-06' });
    expect(granted(hk)).toEqual(['G.hong-kong.3m.single', 'G.hong-kong.3m.double', 'G.hong-kong.1y.single', 'G.hong-kong.1y.double']);
    const mo = run({ applicant: { hukou: '610113' }, type: 'G', date: '2024-03-06', destination: 'macau' });
    expect(granted(mo)).toEqual(['G.macau.3m.single', 'G.macau.1y.single']);
    if (hk.status !== 'available') throw new Error('expected available');
    expect(hk.options[0]).toMatchObject({ validFrom: '2024-03-06', validUntil: '2024-06-05', stay: { kind: 'days-per-entry', days: 7 }, cappedByPermit: false });
    expect(hk.options[2]).toMatchObject({ validUntil: '2025-03-05' });
  });

  it('2003: 3 months, one or two trips (新华社 2003-08-07)', () => {
    expect(granted(run({ applicant: { hukou: '110105' }, type: 'G', date: '2003-09-01' }))).toEqual(['G.hong-kong.3m.single', 'G.hong-kong.3m.double']);
  });

  it('residence-permit holders of a scheme city qualify from 2016-04-01 (permit holders named in 公告2024年第1号)', () => {
    const applicant = { hukou: '320302', residencePermit: { division: '610113', validFrom: '2015-01-01' } };
    const before = run({ applicant, type: 'G', date: '2024-03-06', division: '610113' });
    expect(before.status).toBe('available');
    const old = run({ applicant: { hukou: '320302', residencePermit: { division: '440304', validFrom: '2015-01-01' } }, type: 'G', date: '2016-03-31', division: '440304' });
    expect(reasonCodes(old)).toEqual(['endorsement.g.not-scheme-city', 'endorsement.g.residence-permit-not-accepted']);
  });

  it('the office must be in the qualifying city or (from 2018-02-01) the hukou province', () => {
    expect(reasonCodes(run({ applicant: { hukou: '610113' }, type: 'G', date: '2024-03-06', division: '110105' }))).toEqual(['endorsement.place.wrong-office']);
    // a Guangzhou hukou applying in Shenzhen: in-province 通办 from 2018-02-01 (公安部 8 measures)
    expect(run({ applicant: { hukou: '440106' }, type: 'G', date: '2018-01-31', division: '440304' }).status).toBe('refused');
    expect(run({ applicant: { hukou: '440106' }, type: 'G', date: '2018-02-01', division: '440304' }).status).toBe('available');
    // … but not for registered state personnel
    expect(reasonCodes(run({ applicant: { hukou: '440106', registeredPersonnel: true, employerApproval: true }, type: 'G', date: '2018-02-01', division: '440304' }))).toEqual(['endorsement.place.wrong-office']);
  });
});

describe('G: city regimes (local measures)', () => {
  it('Shenzhen residence-permit holder, multi-entry G: not on 2024-11-30, yes on 2024-12-01 (出入境管理局公告 2024-11-29)', () => {
    const before = run({ applicant: SZ_RESIDENT, type: 'G', date: '2024-11-30', division: '440304' });
    expect(granted(before)).not.toContain('G.hong-kong.shenzhen.multi');
    // on 2024-11-30 the regime in force is 一周一行, hukou residents only
    expect(refusedCodes(before, 'G.hong-kong.shenzhen.weekly')).toEqual(['endorsement.regime.not-eligible']);
    const after = run({ applicant: SZ_RESIDENT, type: 'G', date: '2024-12-01', division: '440304' });
    expect(granted(after)).toContain('G.hong-kong.shenzhen.multi');
    if (after.status !== 'available') throw new Error('expected available');
    const multi = after.options.find((o) => o.regime === 'shenzhen.multi');
    expect(multi).toMatchObject({ entries: 'multi', validity: { years: 1 }, validUntil: '2025-11-30', stay: { kind: 'days-per-entry', days: 7 } });
    expect(multi?.basis[0]).toMatchObject({ table: 'endorsement.hkmo.G.city-regimes', source: { level: 'local', division: '440300' }, period: { from: '2024-12-01' } });
  });

  it('Shenzhen hukou: 一签多行 2009-04-01 → 2015-04-12, 一周一行 2015-04-13 → 2024-11-30 (China Daily 2009-04-01; 公安部 2015-04-13)', () => {
    const sz = { hukou: '440304' };
    expect(granted(run({ applicant: sz, type: 'G', date: '2009-03-31' })).filter((x) => x.includes('shenzhen'))).toEqual([]);
    expect(granted(run({ applicant: sz, type: 'G', date: '2009-04-01' }))).toContain('G.hong-kong.shenzhen.multi');
    expect(granted(run({ applicant: sz, type: 'G', date: '2015-04-12' }))).toContain('G.hong-kong.shenzhen.multi');
    const weekly = run({ applicant: sz, type: 'G', date: '2015-04-13' });
    expect(granted(weekly)).toContain('G.hong-kong.shenzhen.weekly');
    expect(granted(weekly)).not.toContain('G.hong-kong.shenzhen.multi');
    if (weekly.status === 'available') expect(weekly.options.find((o) => o.regime === 'shenzhen.weekly')?.frequency).toBe('once-per-natural-week');
    // the regime is for Hong Kong only
    expect(granted(run({ applicant: sz, type: 'G', date: '2015-04-13', destination: 'macau' })).filter((x) => x.includes('shenzhen'))).toEqual([]);
  });

  it('state personnel are excluded (国家工作人员和现役军人除外, 公告 2024-11-29)', () => {
    const r = run({ applicant: { hukou: '440304', statePersonnel: true }, type: 'G', date: '2024-12-01' });
    expect(granted(r)).toContain('G.hong-kong.1y.double');
    expect(refusedCodes(r, 'G.hong-kong.shenzhen.multi')).toEqual(['endorsement.regime.state-personnel-excluded']);
  });

  it('the regime is applied for at the city\'s own office (当地公安机关出入境管理机构)', () => {
    const r = run({ applicant: { hukou: '440304' }, type: 'G', date: '2024-12-01', division: '440106' });
    expect(refusedCodes(r, 'G.hong-kong.shenzhen.multi')).toEqual(['endorsement.regime.wrong-office']);
  });

  it('Zhuhai → Macau 一周一行 and Hengqin → Macau 一签多行 from 2025-01-01 (公告 2024-11-29)', () => {
    const zhuhai = run({ applicant: { hukou: '440402' }, type: 'G', date: '2025-01-01', destination: 'macau' });
    expect(granted(zhuhai)).toContain('G.macau.zhuhai.weekly');
    expect(refusedCodes(zhuhai, 'G.macau.hengqin.multi')).toEqual(['endorsement.regime.zone']);
    expect(granted(run({ applicant: { hukou: '440402' }, type: 'G', date: '2024-12-31', destination: 'macau' })).filter((x) => x.includes('zhuhai'))).toEqual([]);
    const hengqin = run({ applicant: { hukou: '440402', zone: 'hengqin' }, type: 'G', date: '2025-01-01', destination: 'macau' });
    expect(granted(hengqin)).toEqual(expect.arrayContaining(['G.macau.zhuhai.weekly', 'G.macau.hengqin.multi']));
    // a Hengqin residence permit qualifies for Hengqin's regime, not Zhuhai's (hukou only)
    const rp = run({ applicant: { hukou: '320302', residencePermit: { division: '440402', validFrom: '2024-01-01', zone: 'hengqin' } }, type: 'G', date: '2025-01-01', destination: 'macau', division: '440402' });
    expect(granted(rp)).toContain('G.macau.hengqin.multi');
    expect(refusedCodes(rp, 'G.macau.zhuhai.weekly')).toEqual(['endorsement.regime.not-eligible']);
  });
});

describe('the 2020 suspension of tourist endorsements and its resumptions', () => {
  it('G and L were suspended from 2020-01-28 (国家移民管理局 公告 2020-01-28), 一周一行 included', () => {
    const sz = { hukou: '440304' };
    expect(run({ applicant: sz, type: 'G', date: '2020-01-27' }).status).toBe('available');
    const r = run({ applicant: sz, type: 'G', date: '2020-01-28' });
    expect(reasonCodes(r)).toEqual(['endorsement.tourism.suspended']);
    if (r.status === 'refused') expect(r.reasons[0]?.cite?.title).toBe('国家移民管理局关于暂停办理内地居民往来港澳地区旅游签注的公告');
    expect(reasonCodes(run({ applicant: sz, type: 'L', date: '2021-06-01' }))).toEqual(['endorsement.tourism.suspended']);
    // other types were not suspended by that notice
    expect(run({ applicant: { ...sz, relatives: [{ relation: 'parent', livesIn: 'hong-kong' }] }, type: 'T', date: '2021-06-01' }).status).toBe('available');
  });

  it.each([
    // 公告 2020-08-11: Zhuhai 2020-08-12 (residence-permit holders included), Guangdong 2020-08-26, nationwide 2020-09-23
    [{ hukou: '440402' }, '440402', '2020-08-11', false],
    [{ hukou: '440402' }, '440402', '2020-08-12', true],
    [{ hukou: '320302', residencePermit: { division: '440402', validFrom: '2019-01-01' } }, '440402', '2020-08-12', true],
    [{ hukou: '440106' }, '440106', '2020-08-25', false],
    [{ hukou: '440106' }, '440106', '2020-08-26', true],
    [{ hukou: '110105' }, '110105', '2020-09-22', false],
    [{ hukou: '110105' }, '110105', '2020-09-23', true],
  ])('Macau G for %o at %s on %s: %s', (applicant, division, date, ok) => {
    expect(run({ applicant, type: 'G', date, destination: 'macau', division }).status === 'available').toBe(ok);
  });

  it('Hong Kong resumed 2023-01-08 (国家移民管理局, measures of 2023-01-08, item 1)', () => {
    expect(reasonCodes(run({ applicant: { hukou: '110105' }, type: 'G', date: '2023-01-07' }))).toEqual(['endorsement.tourism.suspended']);
    expect(run({ applicant: { hukou: '110105' }, type: 'G', date: '2023-01-08' }).status).toBe('available');
  });
});

describe('L: group tours', () => {
  it('at any office from 2018-09-01; at the hukou/residence/province again 2020-01-28 → 2023-05-14; any office from 2023-05-15 (国家移民管理局 2023-05-15, item 1)', () => {
    const a = { hukou: '320302' };
    expect(reasonCodes(run({ applicant: a, type: 'L', date: '2018-08-31', division: '110105' }))).toEqual(['endorsement.place.wrong-office']);
    expect(run({ applicant: a, type: 'L', date: '2018-09-01', division: '110105' }).status).toBe('available');
    expect(reasonCodes(run({ applicant: a, type: 'L', date: '2023-05-14', division: '110105' }))).toEqual(['endorsement.place.wrong-office']);
    expect(granted(run({ applicant: a, type: 'L', date: '2023-05-15', division: '110105', destination: 'macau' }))).toEqual(['L.macau.3m.single', 'L.macau.1y.single']);
  });
});

describe('S: business', () => {
  const filed = { hukou: '310104', business: { kind: 'filed-employer' as const, filingDivision: '310104' } };
  it('stay per entry: 7 days until 2024-05-05, 14 days from 2024-05-06 (国家移民管理局, measures of 2024-05-06, item 4)', () => {
    const before = run({ applicant: filed, type: 'S', date: '2024-05-05' });
    const after = run({ applicant: filed, type: 'S', date: '2024-05-06' });
    if (before.status !== 'available' || after.status !== 'available') throw new Error('expected available');
    expect(before.options.map((o) => o.stay)).toEqual(Array(3).fill({ kind: 'days-per-entry', days: 7 }));
    expect(after.options.map((o) => o.stay)).toEqual(Array(3).fill({ kind: 'days-per-entry', days: 14 }));
    expect(after.options[0]?.basis.map((b) => b.table)).toEqual(['endorsement.hkmo.S.options', 'endorsement.hkmo.S.stay-days']);
  });

  it('at the filing place until 2024-05-05, at any office from 2024-05-06 (same measures, item 2)', () => {
    expect(reasonCodes(run({ applicant: filed, type: 'S', date: '2024-05-05', division: '440304' }))).toEqual(['endorsement.place.wrong-office']);
    expect(run({ applicant: filed, type: 'S', date: '2024-05-06', division: '440304' }).status).toBe('available');
  });

  it('options by business status (Guangdong guide): a sole trader gets 3-month single only', () => {
    const r = run({ applicant: { hukou: '310104', business: { kind: 'sole-trader' } }, type: 'S', date: '2024-06-01' });
    expect(granted(r)).toEqual(['S.hong-kong.3m.single']);
    expect(refusedCodes(r, 'S.hong-kong.1y.multi')).toEqual(['endorsement.option.business']);
    expect(reasonCodes(run({ applicant: { hukou: '310104' }, type: 'S', date: '2024-06-01' }))).toEqual(['endorsement.s.no-business']);
  });
});

describe('T: family visits', () => {
  const parentInHk = { hukou: '310104', relatives: [{ relation: 'child' as const, livesIn: 'hong-kong' as const }] };
  it('close family: 3-month multiple, 90 days from the first entry; 60 and over: also 1-year multiple from the 60th birthday (民法典 art. 1259 「以上」 includes)', () => {
    const r59 = run({ applicant: { ...parentInHk, birthDate: '1964-05-06' }, type: 'T', date: '2024-05-05' });
    expect(granted(r59)).toEqual(['T.hong-kong.close-family.3m.multi']);
    expect(r59.refused.find((x) => x.id === 'T.hong-kong.senior.1y.multi')?.reasons[0]).toMatchObject({ code: 'endorsement.option.min-age', params: { minAge: 60, age: 59 } });
    const r60 = run({ applicant: { ...parentInHk, birthDate: '1964-05-06' }, type: 'T', date: '2024-05-06' });
    expect(granted(r60)).toEqual(['T.hong-kong.close-family.3m.multi', 'T.hong-kong.senior.1y.multi']);
    if (r60.status === 'available') expect(r60.options[0]?.stay).toEqual({ kind: 'days-from-first-entry', days: 90 });
  });

  it('no relative there: refused; siblings: 3-month single, 14 days', () => {
    expect(reasonCodes(run({ applicant: parentInHk, type: 'T', date: '2024-05-06', destination: 'macau' }))).toEqual(['endorsement.t.no-relative']);
    const sib = run({ applicant: { hukou: '310104', relatives: [{ relation: 'sibling', livesIn: 'macau' }] }, type: 'T', date: '2024-05-06', destination: 'macau' });
    if (sib.status !== 'available') throw new Error('expected available');
    expect(sib.options).toHaveLength(1);
    expect(sib.options[0]).toMatchObject({ id: 'T.macau.extended-family.3m.single', stay: { kind: 'days-per-entry', days: 14 } });
  });

  it('T is 全国通办 from 2023-05-15 (国家移民管理局 2023-05-15, item 2)', () => {
    expect(reasonCodes(run({ applicant: parentInHk, type: 'T', date: '2023-05-14', division: '440304' }))).toEqual(['endorsement.place.wrong-office']);
    expect(run({ applicant: parentInHk, type: 'T', date: '2023-05-15', division: '440304' }).status).toBe('available');
  });
});

describe('D and Q', () => {
  it('Macau students: capped at 12 months until 2023-05-14, the study period from 2023-05-15 (国家移民管理局 2023-05-15, item 3)', () => {
    const applicant = { hukou: '430104', admission: { destination: 'macau' as const, kind: 'study' as const, until: '2027-06-30' } };
    const before = run({ applicant, type: 'D', date: '2023-05-14', destination: 'macau' });
    const after = run({ applicant, type: 'D', date: '2023-05-15', destination: 'macau' });
    if (before.status !== 'available' || after.status !== 'available') throw new Error('expected available');
    expect(before.options[0]).toMatchObject({ validUntil: '2024-05-13', entries: 'multi', stay: { kind: 'per-permission' } });
    expect(before.options[0]?.notes.map((n) => n.code)).toEqual(['endorsement.option.macau-study-cap']);
    expect(after.options[0]).toMatchObject({ validUntil: '2027-06-30' });
  });

  it('Macau 1-year multiple Q for exhibitions, medical treatment and performances from 2024-05-06 (same measures, item 5)', () => {
    const applicant = { hukou: '430104', purpose: 'exhibition' as const };
    expect(granted(run({ applicant, type: 'Q', date: '2024-05-05', destination: 'macau' }))).toEqual(['Q.macau.3m.single', 'Q.macau.3m.double']);
    expect(granted(run({ applicant, type: 'Q', date: '2024-05-06', destination: 'macau' }))).toEqual(['Q.macau.3m.single', 'Q.macau.3m.double', 'Q.macau.1y.multi']);
    expect(granted(run({ applicant, type: 'Q', date: '2024-05-06', destination: 'hong-kong' }))).toEqual(['Q.hong-kong.3m.single', 'Q.hong-kong.3m.double']);
  });
});

describe('talent (letter unconfirmed)', () => {
  it('Greater Bay Area from 2023-02-20; Beijing and Shanghai from 2024-05-06 (出入境管理局 2023-02-09; 国家移民管理局 2024-05-06, item 3)', () => {
    const gba = { hukou: '440304', talent: { category: 'outstanding' as const, workDivision: '440305' } };
    expect(reasonCodes(run({ applicant: gba, type: 'talent', date: '2023-02-19' }))).toEqual(['endorsement.rule.not-yet']);
    const r = run({ applicant: gba, type: 'talent', date: '2023-02-20' });
    if (r.status !== 'available') throw new Error('expected available');
    expect(r.options).toHaveLength(1);
    expect(r.options[0]).toMatchObject({ validity: { years: 5 }, entries: 'multi', stay: { kind: 'days-per-entry', days: 30 }, validUntil: '2028-02-19' });
    const sh = { hukou: '310104', talent: { category: 'research' as const, workDivision: '310104' } };
    expect(reasonCodes(run({ applicant: sh, type: 'talent', date: '2024-05-05' }))).toEqual(['endorsement.talent.not-in-area']);
    expect(granted(run({ applicant: sh, type: 'talent', date: '2024-05-06' }))).toEqual(['talent.hong-kong.specialist.3y.multi']);
  });

  it('outstanding talent may apply at any office of the area, others at their place of work', () => {
    expect(run({ applicant: { hukou: '440304', talent: { category: 'outstanding', workDivision: '440305' } }, type: 'talent', date: '2024-01-01', division: '440106' }).status).toBe('available');
    expect(reasonCodes(run({ applicant: { hukou: '440304', talent: { category: 'legal', workDivision: '440305' } }, type: 'talent', date: '2024-01-01', division: '440106' }))).toEqual(['endorsement.place.wrong-office']);
  });
});

describe('Taiwan', () => {
  const bj = { hukou: '110105' };
  it('Taiwan G for a Beijing resident: 6-month single on 2019-07-31; suspended from 2019-08-01 (海峡两岸旅游交流协会 公告 2019-07-31)', () => {
    const before = run({ applicant: bj, type: 'G', date: '2019-07-31', destination: 'taiwan' });
    if (before.status !== 'available') throw new Error('expected available');
    expect(before.options).toEqual([expect.objectContaining({ id: 'G.taiwan.6m.single', validUntil: '2020-01-30', stay: { kind: 'days-per-entry', days: 15 } })]);
    const after = run({ applicant: bj, type: 'G', date: '2019-08-01', destination: 'taiwan' });
    expect(reasonCodes(after)).toEqual(['endorsement.taiwan.g.suspended']);
    if (after.status === 'refused') expect(after.reasons[0]?.cite?.effective).toBe('2019-08-01');
  });

  it('pilot batches: Xuzhou from 2015-04-15 (batch 5), Beijing from 2011-06-28 (batch 1)', () => {
    expect(reasonCodes(run({ applicant: { hukou: '320302' }, type: 'G', date: '2015-04-14', destination: 'taiwan' }))).toEqual(['endorsement.taiwan.g.not-pilot-city']);
    expect(run({ applicant: { hukou: '320302' }, type: 'G', date: '2015-04-15', destination: 'taiwan' }).status).toBe('available');
    expect(reasonCodes(run({ applicant: bj, type: 'G', date: '2011-06-27', destination: 'taiwan' }))).toEqual(['endorsement.rule.not-yet', 'endorsement.taiwan.g.not-pilot-city']);
  });

  it('business is F, not S; F needs the Taiwan Affairs Office approval; multiple entries follow the Taiwan side', () => {
    expect(reasonCodes(run({ applicant: bj, type: 'S', date: '2024-01-01', destination: 'taiwan' }))).toEqual(['endorsement.type.not-for-destination']);
    expect(reasonCodes(run({ applicant: bj, type: 'F', date: '2024-01-01', destination: 'taiwan' }))).toEqual(['endorsement.taiwan.no-approval']);
    expect(granted(run({ applicant: { ...bj, taiwan: { approval: true } }, type: 'F', date: '2024-01-01', destination: 'taiwan' }))).toEqual(['F.taiwan.6m.single']);
    expect(granted(run({ applicant: { ...bj, taiwan: { approval: true, multipleEntry: true } }, type: 'F', date: '2024-01-01', destination: 'taiwan' }))).toHaveLength(5);
  });

  it('J exists on the older list only (ended 2017-04-24, flagged uncertain)', () => {
    const a = { ...bj, taiwan: { residenceApproved: true } };
    expect(granted(run({ applicant: a, type: 'J', date: '2017-04-23', destination: 'taiwan' }))).toEqual(['J.taiwan.3y.multi']);
    expect(reasonCodes(run({ applicant: a, type: 'J', date: '2017-04-24', destination: 'taiwan' }))).toEqual(['endorsement.rule.ended']);
  });

  it('the permit must match the destination', () => {
    expect(reasonCodes(run({ applicant: bj, type: 'L', date: '2024-01-01', destination: 'taiwan', permit: { type: 'hkmo', form: 'card', expiry: '2030-01-01' } }))).toEqual(['endorsement.permit.wrong-type']);
  });
});

describe('permit and applicant checks', () => {
  it('a 1-year option is capped by a permit expiring in 5 months (an endorsement cannot outlive its permit)', () => {
    const r = run({ applicant: { hukou: '440304' }, type: 'G', date: '2025-01-10', permit: { type: 'hkmo', form: 'card', expiry: '2025-06-09' } });
    if (r.status !== 'available') throw new Error('expected available');
    const y = r.options.find((o) => o.id === 'G.hong-kong.1y.single');
    expect(y).toMatchObject({ validUntil: '2025-06-09', cappedByPermit: true });
    expect(y?.notes).toEqual([{ code: 'endorsement.option.capped-by-permit', params: { validUntil: '2025-06-09', permitExpiry: '2025-06-09' } }]);
    expect(r.options.find((o) => o.id === 'G.hong-kong.3m.single')).toMatchObject({ validUntil: '2025-04-09', cappedByPermit: false });
    expect(renderReason(y?.notes[0] ?? { code: '', params: {} }, 'zh-CN', ENDORSEMENT_REASONS)).toMatchInlineSnapshot(`"签注有效期不得超过通行证有效期：至2025-06-09（通行证有效期至2025-06-09）"`);
  });

  it('an expired permit, registered personnel without approval: every reason at once', () => {
    const r = run({ applicant: { hukou: '440304', registeredPersonnel: true }, type: 'G', date: '2025-01-10', permit: { type: 'hkmo', form: 'card', expiry: '2025-01-09' } });
    expect(reasonCodes(r)).toEqual(['endorsement.permit.expired', 'endorsement.registered-personnel.no-approval']);
    if (r.status === 'refused') expect(r.reasons[1]?.cite?.number).toBe('公通字〔2003〕13号');
  });

  it('schema-invalid input is a ValidationError listing every problem', () => {
    const bad = { ...request({ applicant: { hukou: '449999', zone: 'hengqin' }, type: 'G', date: '2024-02-30' }) };
    try {
      endorsementOptions(bad, { policy: POLICY });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['applicant.hukou', 'date', 'division']));
    }
    expect(() => endorsementOptions(request({ applicant: { hukou: '440106', zone: 'hengqin' }, type: 'G', date: '2025-01-01' }), { policy: POLICY })).toThrow(ValidationError);
  });

  it('past verifiedThrough: UnverifiedDateError, or a result flagged unverified', () => {
    // the HK/Macau tables are verified through the review of 2026 (2026-01-28)
    expect(() => run({ applicant: { hukou: '440304' }, type: 'G', date: '2026-01-29' })).toThrow(UnverifiedDateError);
    expect(run({ applicant: { hukou: '440304' }, type: 'G', date: '2026-01-29' }, POLICY, true)).toMatchObject({ status: 'available', unverified: true });
    expect(run({ applicant: { hukou: '440304' }, type: 'G', date: '2026-01-28' })).toMatchObject({ unverified: false });
    // a non-member lookup is checked too (the set table alone decides this one)
    expect(() => run({ applicant: { hukou: '320302' }, type: 'G', date: '2026-01-29' })).toThrow(UnverifiedDateError);
  });
});

describe('Taiwan business (F) and the 2018 in-province measure', () => {
  // 公安部公告 (2018-01-22), item 1: 「申请赴港澳台个人旅游、定居、商务等活动的按专门规定办理」 — business stays out.
  const guangzhou = { hukou: '440106', taiwan: { approval: true } };
  const runF = (date: string, division: string) => endorsementOptions({ applicant: guangzhou, permit: { type: 'taiwan', form: 'card', expiry: '2030-01-01' }, destination: 'taiwan', type: 'F', date, division }, { policy: POLICY, beyondVerified: 'flag' });
  it('a Guangzhou hukou may not apply for F in Shenzhen (same province) after 2018-02-01, but may at home', () => {
    expect(reasonCodes(runF('2019-06-03', '440304'))).toEqual(['endorsement.place.wrong-office']);
    expect(runF('2019-06-03', '440106').status).toBe('available');
  });
  it('a family visit (T) in Shenzhen is fine: only business, settlement and individual visits are kept out', () => {
    const t = endorsementOptions({ applicant: { hukou: '440106', relatives: [{ relation: 'parent', livesIn: 'taiwan' }] }, permit: { type: 'taiwan', form: 'card', expiry: '2030-01-01' }, destination: 'taiwan', type: 'T', date: '2019-06-03', division: '440304' }, { policy: POLICY, beyondVerified: 'flag' });
    expect(t.status === 'refused' ? t.reasons.map((r) => r.code) : []).not.toContain('endorsement.place.wrong-office');
  });
});
