/**
 * What-if change sets written as data: they change exactly what they say, and the alternative
 * readings of conflicting sources are each one change away.
 */
import { describe, expect, it } from 'vitest';
import { listDivisions } from '../../../src/rules/divisions.js';
import type { Change } from '../../../src/rules/policy.js';
import { revertChanges, withChangesUsing } from '../../../src/rules/with-changes.js';
import { ENDORSEMENT_TABLES } from '../../../src/documents/endorsements/tables.js';
import { S_OPTIONS_DATA } from '../../../src/documents/endorsements/hkmo-s-options.js';
import type { OptionSets } from '../../../src/documents/endorsements/option.js';
import { POLICY, buildPolicy, granted, reasonCodes, run } from './fixture.js';

const whatIf = (title: string) => ({ issuer: 'what-if', title });

describe('adding a city to the G scheme', () => {
  const xuzhou: Change = { op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '320300', from: '2027-01-01', cite: whatIf('徐州市加入个人游城市') };
  const policy = withChangesUsing(POLICY, [xuzhou], ENDORSEMENT_TABLES);
  const cities = listDivisions('prefecture').map((d) => d.code);

  const status = (p: typeof POLICY, hukou: string, date: string) => run({ applicant: { hukou }, type: 'G', date }, p, true).status;

  it('changes exactly Xuzhou\'s result on 2027-01-01 (dates past verifiedThrough need beyondVerified: flag)', () => {
    const changed = cities.filter((c) => status(POLICY, c, '2027-01-01') !== status(policy, c, '2027-01-01'));
    expect(changed).toEqual(['320300']);
    expect(status(policy, '320300', '2027-01-01')).toBe('available');
    expect(run({ applicant: { hukou: '320300' }, type: 'G', date: '2027-01-01' }, policy, true).unverified).toBe(true);
  });

  it('and nothing the day before', () => {
    expect(cities.filter((c) => status(POLICY, c, '2026-12-31') !== status(policy, c, '2026-12-31'))).toEqual([]);
  });

  it('can be taken back', () => {
    const back = revertChanges(policy, [xuzhou]);
    expect(status(back, '320300', '2027-01-01')).toBe('refused');
  });
});

describe('alternative readings, each one change away', () => {
  it('Macau without a 1-year multiple S (some pages): set the S options without it', () => {
    const current = S_OPTIONS_DATA.entries[0]?.value as OptionSets;
    const alt: Change = {
      op: 'set',
      table: 'endorsement.hkmo.S.options',
      from: '1986-12-25',
      value: { 'hong-kong': current['hong-kong'], macau: (current.macau ?? []).filter((r) => r.id !== '1y.multi') },
      cite: whatIf('澳门无一年多次商务签注'),
    };
    const p = buildPolicy([alt]);
    const filed = { hukou: '310104', business: { kind: 'filed-employer' as const, filingDivision: '310104' } };
    expect(granted(run({ applicant: filed, type: 'S', date: '2024-06-01', destination: 'macau' }))).toEqual(['S.macau.3m.single', 'S.macau.3m.multi', 'S.macau.1y.multi']);
    expect(granted(run({ applicant: filed, type: 'S', date: '2024-06-01', destination: 'macau' }, p))).toEqual(['S.macau.3m.single', 'S.macau.3m.multi']);
    expect(granted(run({ applicant: filed, type: 'S', date: '2024-06-01', destination: 'hong-kong' }, p))).toEqual(['S.hong-kong.3m.single', 'S.hong-kong.3m.multi', 'S.hong-kong.1y.multi']);
  });

  it('"no endorsement on a permit with 3 months or less left" (low-quality pages): set the minimum', () => {
    const min: Change = { op: 'set', table: 'endorsement.permit.min-remaining-days', from: '2014-09-15', value: 92, cite: whatIf('通行证有效期不足三个月不受理签注') };
    const p = buildPolicy([min]);
    const req = { applicant: { hukou: '440304' }, type: 'G' as const, date: '2025-01-10', permit: { type: 'hkmo' as const, form: 'card' as const, expiry: '2025-03-10' } };
    expect(run(req).status).toBe('available');
    expect(reasonCodes(run(req, p))).toEqual(['endorsement.permit.too-little-validity']);
  });

  it('Zhuhai residence-permit holders in 一周一行 (secondary pages): a local change for 440400', () => {
    const regimes = buildPolicy().local['440400']?.tables['endorsement.hkmo.G.city-regimes'];
    if (regimes?.kind !== 'value') throw new Error('expected the Zhuhai regimes');
    const value = (regimes.entries[0]?.value as { id: string; eligible: string[] }[]).map((r) => (r.id === 'zhuhai.weekly' ? { ...r, eligible: ['hukou', 'residence-permit'] } : r));
    const p = buildPolicy([{ op: 'set', table: 'endorsement.hkmo.G.city-regimes', division: '440400', from: '2025-01-01', value, cite: whatIf('珠海居住证持有人可办一周一行') }]);
    const rp = { hukou: '320302', residencePermit: { division: '440402', validFrom: '2024-01-01' } };
    const req = { applicant: rp, type: 'G' as const, date: '2025-06-01', destination: 'macau' as const, division: '440402' };
    expect(granted(run(req))).not.toContain('G.macau.zhuhai.weekly');
    expect(granted(run(req, p))).toContain('G.macau.zhuhai.weekly');
  });

  it('Taiwan individual travel resumed (what-if): one set on the G options, the city list kept its history', () => {
    const resume: Change = { op: 'set', table: 'endorsement.taiwan.G.options', from: '2026-03-01', value: { taiwan: [{ id: '6m.single', validity: { months: 6 }, entries: 'single' }] }, cite: whatIf('恢复赴台个人游') };
    const p = buildPolicy([resume]);
    const req = { applicant: { hukou: '110105' }, type: 'G' as const, destination: 'taiwan' as const, date: '2026-03-01' };
    expect(reasonCodes(run(req, POLICY, true))).toEqual(['endorsement.taiwan.g.suspended']);
    expect(granted(run(req, p, true))).toEqual(['G.taiwan.6m.single']);
  });
});
