/**
 * The review of 2026 (issue 13 §2): the tables whose rules the NIA/MPS measures set and that
 * the sources of 2025-12 … 2026-01 cover are verified through the day of the latest source
 * (2026-01-28, the NIA's review of 2025 and the Taiwan Affairs Office's press conference); every
 * other table keeps its earlier date. No rule changed in the period, so the boundaries tested
 * are those of the verification: a day in 2026 up to the review is answered without the
 * unverified mark, the day after still raises `UnverifiedDateError` (or is flagged), and the
 * tables left out (fees, documents, processing limits, Taiwan group and individual travel, the
 * online-renewal city list, local measures) are unverified from 2025-12-01 as before.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { applicationPlace } from '../../src/eligibility/application-place.js';
import { G_CITIES } from '../../src/documents/endorsements/hkmo-g-cities.js';
import { G_OPTIONS } from '../../src/documents/endorsements/hkmo-g-options.js';
import { TALENT_AREAS } from '../../src/documents/endorsements/hkmo-talent.js';
import { TAIWAN_OPTIONS } from '../../src/documents/endorsements/taiwan-options.js';
import { TAIWAN_PLACE } from '../../src/documents/endorsements/taiwan-place.js';
import { G_CITY_REGIMES } from '../../src/documents/endorsements/hkmo-g-city-regimes.js';
import { PLACE_ROUTE_TABLES } from '../../src/eligibility/place-tables.js';
import { CHANNEL_TABLES } from '../../src/eligibility/channel-tables.js';
import { FEE_ITEM_TABLES } from '../../src/fees/fee-tables.js';
import { inForceFrom } from '../../src/rules/instrument.js';
import { AREA_INSTRUMENTS } from '../../src/rules/instruments/index.js';
import { REVIEW_2026 } from '../../src/rules/instruments/y2026.js';
import { UnverifiedDateError, policyAt } from '../../src/rules/policy-at.js';
import type { TableData } from '../../src/rules/table.js';

const policy = defaultPolicy();
const REVIEWED = REVIEW_2026.through;
const BEFORE = '2025-11-30';

/** The tables the review moved, national (id) and local (`code id`): the decision, written out. */
const MOVED = [
  // HK/Macau endorsements: every national table of the type rules, the talent endorsement and the suspensions
  'endorsement.hkmo.place',
  'endorsement.hkmo.T.options',
  'endorsement.hkmo.S.options',
  'endorsement.hkmo.S.stay-days',
  'endorsement.hkmo.L.options',
  'endorsement.hkmo.G.options',
  'endorsement.hkmo.tourism.stay-days',
  'endorsement.hkmo.G.cities',
  'endorsement.hkmo.G.residence-permit',
  'endorsement.hkmo.G.city-regimes',
  'endorsement.hkmo.tourism.suspended',
  'endorsement.hkmo.Q.options',
  'endorsement.hkmo.Q.stay-days',
  'endorsement.hkmo.D.options',
  'endorsement.hkmo.D.macau-study-cap-months',
  'endorsement.hkmo.talent.options',
  'endorsement.hkmo.talent.stay-days',
  'endorsement.hkmo.talent.areas',
  'endorsement.permit.min-remaining-days',
  // the city regimes (NIA measures of 2024-12-01 and 2025-01-01) and the 2020 Macau resumptions
  '440000 endorsement.hkmo.tourism.suspended',
  '440300 endorsement.hkmo.G.city-regimes',
  '440400 endorsement.hkmo.G.city-regimes',
  '440400 endorsement.hkmo.tourism.suspended',
  // Taiwan: the place (family visits 全国通办 of 2025-11-05) and every type but L and G
  'endorsement.taiwan.place',
  ...['T', 'D', 'J', 'Y', 'F', 'X', 'C', 'Q'].map((t) => `endorsement.taiwan.${t}.options`),
  // where to apply: the national routes and the city sets of the closed schemes
  'place.in-province',
  'place.residence-permit',
  'place.relatives',
  'place.scheme.2012-six-cities',
  'place.scheme.2012-six-cities.cities',
  'place.scheme.2013-passport',
  'place.scheme.2013-passport.cities',
  'place.scheme.2013-taiwan',
  'place.scheme.2013-taiwan.cities',
  'place.scheme.2013-elderly',
  'place.scheme.2013-renewal',
  'place.nationwide-renewal',
  'place.nationwide',
  'place.filing-place',
  'place.work-place',
  // national channels (not the online-renewal city list)
  'channel.online',
  'channel.online-renewal',
  'channel.post',
  'channel.police-station',
  'channel.agency',
].sort();

const tables: (readonly [string, TableData])[] = [
  ...Object.entries(policy.national),
  ...Object.entries(policy.local).flatMap(([code, m]) => Object.entries(m.tables).map(([id, t]) => [`${code} ${id}`, t] as const)),
];

describe('the review of 2026', () => {
  it('rests on instruments of the registry, the latest of them dated the day it verifies through', () => {
    const dates = REVIEW_2026.sources.map((id) => {
      const i = AREA_INSTRUMENTS.get(id);
      expect(i, id).toBeDefined();
      return i?.published ?? (i ? inForceFrom(i) : undefined) ?? '';
    });
    expect(dates.every((d) => d !== '' && d <= REVIEWED)).toBe(true);
    expect([...dates].sort().at(-1)).toBe(REVIEWED);
    expect(REVIEWED > BEFORE).toBe(true);
  });

  it('moved exactly the tables it checked, and no table past the day of its latest source', () => {
    expect(tables.filter(([, t]) => t.verifiedThrough === REVIEWED).map(([id]) => id).sort()).toEqual(MOVED);
    const beyond = tables.filter(([, t]) => t.verifiedThrough > REVIEWED).map(([id, t]) => `${id} ${t.verifiedThrough}`);
    expect(beyond).toEqual([]);
  });

  it('left the tables it could not check where they were', () => {
    const left = new Map(tables.filter(([id]) => !MOVED.includes(id)).map(([id, t]) => [id, t.verifiedThrough]));
    for (const id of [
      'endorsement.taiwan.L.options',
      'endorsement.taiwan.G.options',
      'endorsement.taiwan.G.cities',
      'channel.online-renewal.cities',
      'fee.passport.issue',
      '140000 place.in-province',
    ]) {
      expect(left.get(id), id).toBe(BEFORE);
    }
    expect([...left.values()].every((d) => d <= BEFORE)).toBe(true);
  });
});

describe('a day in 2026 up to the review is verified in the moved tables, the day after is not', () => {
  const at = (date: string, division?: string) => policyAt(policy, date, division === undefined ? {} : { division });
  const flagged = (date: string, division?: string) => policyAt(policy, date, { beyondVerified: 'flag', ...(division === undefined ? {} : { division }) });

  it('value tables: G options, Taiwan place, the national 全国通办 route, the online channel', () => {
    for (const day of ['2025-12-01', '2026-01-01', '2026-01-27', REVIEWED]) {
      expect(at(day).value(G_OPTIONS).unverified, day).toBe(false);
      expect(at(day).value(TAIWAN_PLACE), day).toMatchObject({ inForce: true, unverified: false, value: { T: [{ where: 'anywhere' }] } });
      expect(at(day).value(PLACE_ROUTE_TABLES.nationwide).inForce, day).toBe(true);
      expect(at(day).value(CHANNEL_TABLES.online).unverified, day).toBe(false);
    }
    for (const spec of [G_OPTIONS, TAIWAN_PLACE, PLACE_ROUTE_TABLES.nationwide, CHANNEL_TABLES.online]) {
      expect(() => at('2026-01-29').value(spec as never), spec.id).toThrow(UnverifiedDateError);
      expect(flagged('2026-01-29').value(spec as never).unverified, spec.id).toBe(true);
    }
  });

  it('set tables: the individual-visit cities (59) and the talent areas', () => {
    expect(at(REVIEWED).members(G_CITIES).length).toBe(59);
    expect(at(REVIEWED).has(TALENT_AREAS, '320000')).toBe(true);
    expect(() => at('2026-01-29').members(G_CITIES)).toThrow(UnverifiedDateError);
    expect(() => at('2026-01-29').has(TALENT_AREAS, '320000')).toThrow(UnverifiedDateError);
  });

  it('local tables moved with the NIA measures they hold: Shenzhen and Zhuhai (Hengqin) regimes', () => {
    const shenzhen = at(REVIEWED, '440304').value(G_CITY_REGIMES);
    expect(shenzhen.inForce && !shenzhen.unverified && shenzhen.value.map((r) => r.id)).toContain('shenzhen.multi');
    expect(at(REVIEWED, '440402').value(G_CITY_REGIMES).unverified).toBe(false);
    expect(() => at('2026-01-29', '440304').value(G_CITY_REGIMES)).toThrow(UnverifiedDateError);
  });

  it('the tables left out are unverified from 2025-12-01, as before', () => {
    expect(() => at('2025-12-01').value(FEE_ITEM_TABLES.get('passport.issue') as never)).toThrow(UnverifiedDateError);
    expect(() => at('2026-01-15').value(TAIWAN_OPTIONS.G)).toThrow(UnverifiedDateError);
    expect(() => at('2026-01-15').value(TAIWAN_OPTIONS.L)).toThrow(UnverifiedDateError);
    expect(() => at('2026-01-15').members(CHANNEL_TABLES.onlineRenewalCities)).toThrow(UnverifiedDateError);
    expect(at('2026-01-15').value(TAIWAN_OPTIONS.T).unverified).toBe(false);
  });
});

describe('through the entry points', () => {
  const shenzhen = { hukou: '440304', residencePermit: { division: '440304', validFrom: '2020-01-01' } };
  const request = (date: string) => ({ applicant: shenzhen, permit: { type: 'hkmo', form: 'card', expiry: '2033-01-01' }, destination: 'hong-kong', type: 'G', date, division: '440304' }) as const;

  it('endorsementOptions: a Shenzhen individual visit answered without the unverified mark up to the review, an error the day after', () => {
    for (const day of ['2026-01-27', REVIEWED]) {
      const r = endorsementOptions(request(day));
      expect(r.unverified, day).toBe(false);
      expect(r.status === 'available' && r.options.some((o) => o.regime === 'shenzhen.multi'), day).toBe(true);
    }
    expect(() => endorsementOptions(request('2026-01-29'))).toThrow(UnverifiedDateError);
    expect(endorsementOptions(request('2026-01-29'), { beyondVerified: 'flag' }).unverified).toBe(true);
  });

  it('applicationPlace: a Taiwan family-visit endorsement at any office (全国通办, 2025-11-05) still so on 2026-01-28', () => {
    const input = (date: string) => ({
      view: policyAt(policy, date, { division: '110105' }),
      applicant: { hukou: '440304' },
      service: { kind: 'endorsement', endorsement: { destination: 'taiwan', type: 'T' } },
      office: '110105',
    });
    const d = applicationPlace(input(REVIEWED) as never);
    expect(d).toMatchObject({ status: 'allowed', route: 'cross-province', unverified: false });
    expect(() => applicationPlace(input('2026-01-29') as never)).toThrow(UnverifiedDateError);
  });
});
