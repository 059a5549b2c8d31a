/**
 * The endorsement tables as data: they load, every row is cited, and the city lists have the
 * sizes the announcements state.
 */
import { describe, expect, it } from 'vitest';
import { policyAt } from '../../../src/rules/policy-at.js';
import { validatePolicyWith } from '../../../src/rules/validate-policy.js';
import type { TableData } from '../../../src/rules/table.js';
import { ENDORSEMENT_CATALOGUE, isTypeOfDestination } from '../../../src/documents/endorsements/catalogue.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_TABLES } from '../../../src/documents/endorsements/tables.js';
import { G_CITIES } from '../../../src/documents/endorsements/hkmo-g-cities.js';
import { TAIWAN_G_CITIES } from '../../../src/documents/endorsements/taiwan-g.js';
import { TALENT_AREAS } from '../../../src/documents/endorsements/hkmo-talent.js';
import { POLICY } from './fixture.js';

const allTables = (): [string, string, TableData][] => [
  ...Object.entries(ENDORSEMENT_NATIONAL).map(([id, t]) => ['national', id, t] as [string, string, TableData]),
  ...Object.entries(ENDORSEMENT_LOCAL).flatMap(([code, tables]) => Object.entries(tables).map(([id, t]) => [code, id, t] as [string, string, TableData])),
];

describe('the endorsement tables', () => {
  it('one spec per national table, ids unique and prefixed endorsement.', () => {
    const ids = ENDORSEMENT_TABLES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('endorsement.'))).toBe(true);
    expect(Object.keys(ENDORSEMENT_NATIONAL).sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(33);
  });

  it('build a valid policy (parsePolicy with the specs)', () => {
    expect(POLICY.id).toBe('endorsements-test');
  });

  it('every entry and member carries a structured citation and is verified through 2025-11-30, or 2026-01-28 (the review of 2026)', () => {
    for (const [, id, t] of allTables()) {
      expect(['2025-11-30', '2026-01-28'], id).toContain(t.verifiedThrough);
      const rows = t.kind === 'value' ? t.entries : t.members;
      for (const row of rows) {
        expect(row.cite.issuer.length, id).toBeGreaterThan(0);
        expect(row.cite.title.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('cites the notice number where one is known (出入境管理局公告2024年第1号, 公通字〔2003〕13号 …)', () => {
    const xian = policyAt(POLICY, '2024-03-06').member(G_CITIES, '610100');
    expect(xian?.cite).toMatchObject({ number: '中华人民共和国出入境管理局公告2024年第1号', published: '2024-02-23', effective: '2024-03-06' });
  });

  it('local measures are keyed by GB/T 2260 codes: Guangdong, Shenzhen, Zhuhai', () => {
    expect(Object.keys(ENDORSEMENT_LOCAL).sort()).toEqual(['440000', '440300', '440400']);
  });
});

describe('set sizes stated by the sources', () => {
  const count = (date: string, spec = G_CITIES) => policyAt(POLICY, date).members(spec).length;
  it('G scheme: 44 before 2007, 49 from 2007-01-01 to 2024-03-05, 51 from 2024-03-06, 59 from 2024-05-27 (公告2024年第1号; 公告 2024-05-11)', () => {
    expect(count('2003-07-28')).toBe(4);
    expect(count('2004-06-30')).toBe(23);
    expect(count('2004-07-01')).toBe(32); // "三十二个" a year after the start
    expect(count('2006-12-31')).toBe(44);
    expect(count('2007-01-01')).toBe(49);
    expect(count('2024-03-05')).toBe(49);
    expect(count('2024-03-06')).toBe(51);
    expect(count('2024-05-26')).toBe(51);
    expect(count('2024-05-27')).toBe(59);
  });

  it('Taiwan pilot: 3, 13, 26, 36, 47 cities (新华社 2014-08-17; 海峡两岸旅游交流协会 2019-07-31)', () => {
    expect(count('2011-06-28', TAIWAN_G_CITIES)).toBe(3);
    expect(count('2012-08-28', TAIWAN_G_CITIES)).toBe(13);
    expect(count('2013-08-28', TAIWAN_G_CITIES)).toBe(26);
    expect(count('2014-08-18', TAIWAN_G_CITIES)).toBe(36);
    expect(count('2015-04-15', TAIWAN_G_CITIES)).toBe(47);
  });

  it('talent areas: 9 GBA cities, +Beijing and Shanghai, +5 provinces (2023-02-20, 2024-05-06, 2025-11-05)', () => {
    expect(count('2023-02-20', TALENT_AREAS)).toBe(9);
    expect(count('2024-05-06', TALENT_AREAS)).toBe(11);
    expect(count('2025-11-05', TALENT_AREAS)).toBe(16);
  });
});

describe('the catalogue', () => {
  it('HK/Macau: T S L G Q D and talent (letter unconfirmed); Taiwan: L G T D J Y F X C Q, business is F', () => {
    expect(Object.keys(ENDORSEMENT_CATALOGUE.hkmo)).toEqual(['T', 'S', 'L', 'G', 'Q', 'D', 'talent']);
    expect(ENDORSEMENT_CATALOGUE.hkmo.talent.letter).toBeNull();
    expect(ENDORSEMENT_CATALOGUE.hkmo.talent.uncertain).toMatch(/not confirmed/);
    expect(Object.keys(ENDORSEMENT_CATALOGUE.taiwan)).toEqual(['L', 'G', 'T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q']);
    expect(isTypeOfDestination('F', 'taiwan')).toBe(true);
    expect(isTypeOfDestination('S', 'taiwan')).toBe(false);
    expect(isTypeOfDestination('talent', 'macau')).toBe(true);
  });
});

describe('negative fixtures: one bad table per failure mode', () => {
  const withTable = (id: string, data: unknown, local?: string) => {
    const national = { ...ENDORSEMENT_NATIONAL, ...(local ? {} : { [id]: data }) };
    const loc = Object.fromEntries(Object.entries(ENDORSEMENT_LOCAL).map(([c, t]) => [c, { tables: t as Record<string, unknown> }]));
    if (local) loc[local] = { tables: { ...(loc[local]?.tables ?? {}), [id]: data } };
    return validatePolicyWith({ schema: 'churujing.policy/1', id: 'bad', national, local: loc, changes: [] }, ENDORSEMENT_TABLES);
  };
  const codes = (r: ReturnType<typeof withTable>) => (r.ok ? [] : r.issues.map((i) => i.code));
  const cite = { issuer: 'test', title: 'test' };

  it('a G city that is a province, not a prefecture', () => {
    expect(codes(withTable('endorsement.hkmo.G.cities', { kind: 'set', verifiedThrough: '2025-11-30', members: [{ member: '440000', from: '2003-07-28', cite }] }))).toEqual(['custom']);
  });
  it('an option set with duplicate option ids', () => {
    const dup = { id: 'x', validity: { months: 3 }, entries: 'single' };
    expect(codes(withTable('endorsement.hkmo.L.options', { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2003-01-01', value: { 'hong-kong': [dup, dup] }, cite }] }))).toEqual(['custom']);
  });
  it('an option with an unknown entries kind', () => {
    expect(codes(withTable('endorsement.hkmo.L.options', { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2003-01-01', value: { macau: [{ id: 'x', validity: { months: 3 }, entries: 'triple' }] }, cite }] }))).toEqual(['invalid_value']);
  });
  it('a suspension of an unknown type', () => {
    expect(codes(withTable('endorsement.hkmo.tourism.suspended', { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2020-01-28', value: { 'hong-kong': ['S'], macau: [] }, cite }] }))).toEqual(['invalid_value']);
  });
  it('a gap in a continuous table', () => {
    expect(
      codes(withTable('endorsement.hkmo.S.stay-days', { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2003-01-01', to: '2024-05-04', value: 7, cite }, { from: '2024-05-06', value: 14, cite }] })),
    ).toEqual(['gap']);
  });
  it('a local measure of a national-only table', () => {
    expect(codes(withTable('endorsement.hkmo.S.stay-days', { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2024-01-01', value: 10, cite }] }, '440300'))).toEqual(['not-local']);
  });
  it('a row without a citation', () => {
    expect(codes(withTable('endorsement.hkmo.Q.stay-days', { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2003-01-01', value: 14 }] }))).toContain('invalid_type');
  });
});
