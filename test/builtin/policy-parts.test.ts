/**
 * The built-in policy is assembled from per-area parts without running zod at start-up; the
 * parts are validated here instead. The kiosk policy (only the tables the kiosk check reads)
 * holds the very same data as the whole built-in policy and gives the same kiosk answers.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_TABLES, REASONS, defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { KIOSK_POLICY_TABLES, KIOSK_REASONS, kioskMessage, kioskPolicy } from '../../src/builtin/kiosk-policy.js';
import { canSelfServe, type SelfServeInput } from '../../src/eligibility/self-service.js';
import { PLACE_REASON_CATALOGUE } from '../../src/eligibility/place-reasons.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { ValidationError } from '../../src/rules/errors.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import type { TableData } from '../../src/rules/table.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';

describe('assembling the built-in policy', () => {
  it('defaultPolicy() runs no schema over the policy (the parts are validated by the tests)', async () => {
    vi.resetModules();
    const policyModule = await import('../../src/rules/policy.js');
    const tableModule = await import('../../src/rules/table.js');
    const spies = [vi.spyOn(policyModule.policySchema, 'safeParse'), vi.spyOn(policyModule.policySchema, 'parse'), vi.spyOn(tableModule.tableDataSchema, 'safeParse')];
    const fresh = await import('../../src/builtin/builtin-policy.js');
    const p = fresh.defaultPolicy();
    expect(Object.keys(p.national).length).toBe(fresh.BUILTIN_TABLES.length);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('the assembled policy is valid against its own tables, deeply frozen, and parsing changes nothing', () => {
    const p = defaultPolicy();
    expect(parsePolicy(JSON.parse(JSON.stringify(p)), BUILTIN_TABLES)).toEqual(p);
    const unfrozen: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === null || typeof v !== 'object') return;
      if (!Object.isFrozen(v)) unfrozen.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(p, 'policy');
    expect(unfrozen).toEqual([]);
  });

  it('every table id of the built-in policy has exactly one spec', () => {
    const ids = BUILTIN_TABLES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(defaultPolicy().national).sort()).toEqual([...ids].sort());
  });
});

describe('the kiosk policy', () => {
  const kiosk = kioskPolicy();
  const whole = defaultPolicy();

  it('is valid against its tables and holds only them', () => {
    expect(parsePolicy(JSON.parse(JSON.stringify(kiosk)), KIOSK_POLICY_TABLES)).toEqual(kiosk);
    expect(Object.keys(kiosk.national).sort()).toEqual(KIOSK_POLICY_TABLES.map((t) => t.id).sort());
    // the endorsement rules come along (the kiosk applies them); fees, processing times,
    // materials, documents, channels and the other routes stay out
    expect(Object.keys(kiosk.national).filter((id) => /^(fee|processing|materials|document|channel)\./.test(id) || (id.startsWith('place.') && id !== 'place.residence-permit'))).toEqual([]);
    expect(Object.keys(kiosk.national).length).toBeLessThan(Object.keys(whole.national).length / 2);
  });

  it('each of its tables is the same data as in the whole built-in policy, national and local', () => {
    for (const [id, data] of Object.entries(kiosk.national)) expect(data, id).toBe(whole.national[id]);
    const localIds = (p: Policy, id: string): Record<string, TableData> =>
      Object.fromEntries(Object.entries(p.local).flatMap(([code, m]) => (Object.hasOwn(m.tables, id) ? [[code, m.tables[id] as TableData]] : [])));
    for (const id of Object.keys(kiosk.national)) {
      const mine = localIds(kiosk, id);
      const theirs = localIds(whole, id);
      expect(Object.keys(mine).sort(), id).toEqual(Object.keys(theirs).sort());
      for (const [code, data] of Object.entries(mine)) expect(data, `${code} ${id}`).toBe(theirs[code]);
    }
  });

  it('has the kiosk and endorsement reasons of the built-in catalogue, with the same messages, and no others', () => {
    const codes = Object.keys(REASONS).filter((c) => c.startsWith('kiosk.') || c.startsWith('endorsement.'));
    expect(Object.keys(KIOSK_REASONS).sort()).toEqual(codes.sort());
    for (const c of codes) expect(KIOSK_REASONS[c]).toEqual(REASONS[c]);
    expect(codes.filter((c) => c.startsWith('kiosk.')).sort()).toEqual(Object.keys(PLACE_REASON_CATALOGUE).filter((c) => c.startsWith('kiosk.')).sort());
    expect(kioskMessage({ code: 'kiosk.outside-hukou-city', params: { city: '510100' } }, 'en')).toBe('This endorsement is available only at kiosks in your hukou city (division 510100)');
    expect(kioskMessage({ code: 'constructor', params: {} }, 'zh-CN')).toBe('constructor');
    expect(() => kioskMessage({ code: 'kiosk.ok', params: {} }, 'fr' as 'en')).toThrow(ValidationError);
    expect(() => kioskMessage(null as never, 'en')).toThrow(ValidationError);
  });

  const PLACES = ['110105', '310104', '510104', '440304', '440305', '440402', '440404', '610112', '350203', '130102', '650102'];
  const division = fc.constantFrom(...PLACES);
  const dayNumber = fc.integer({ min: parseCivilDate('2014-01-01'), max: parseCivilDate('2025-11-30') });
  const day = dayNumber.map(formatCivilDate);
  const weighted = <T>(common: T, rare: T): fc.Arbitrary<T> => fc.oneof({ weight: 4, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: fc.constant(rare) });
  const rarely = weighted(false, true);
  const input: fc.Arbitrary<SelfServeInput> = fc.record({
    kiosk: division,
    applicant: fc.record(
      {
        hukou: division,
        residencePermit: fc
          .tuple(division, dayNumber, fc.integer({ min: 0, max: 3000 }))
          .map(([d, from, length]) => ({ division: d, validFrom: formatCivilDate(from), validTo: formatCivilDate(from + length) })),
        registeredPersonnel: rarely,
        activeMilitary: rarely,
        filedEnterpriseStaff: fc.boolean(),
      },
      { requiredKeys: ['hukou'] },
    ),
    permit: fc.record({ form: weighted<'card' | 'booklet'>('card', 'booklet'), issuedIn: division, expiry: fc.constantFrom('2030-06-30', '2019-12-31') }, { requiredKeys: ['form'] }),
    service: fc.oneof(
      { weight: 5, arbitrary: fc.record({
        kind: fc.constant('endorsement' as const),
        action: weighted<'first-issue' | undefined>(undefined, 'first-issue'),
        endorsement: fc.record(
          {
            destination: fc.constantFrom('hong-kong' as const, 'macau' as const, 'taiwan' as const),
            type: fc.oneof({ weight: 3, arbitrary: fc.constant('L') }, { weight: 1, arbitrary: fc.constantFrom('G', 'S', 'T', 'Q') }),
            entries: weighted<'single' | 'multi'>('single', 'multi'),
            regime: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('shenzhen.multi', 'shenzhen.weekly', 'zhuhai.weekly', 'hengqin.multi') }),
          },
          { requiredKeys: ['destination', 'type', 'entries', 'regime'] },
        ),
      }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('document' as const), document: fc.constantFrom('passport' as const, 'hkmo-permit' as const) }) },
    ),
  }) as fc.Arbitrary<SelfServeInput>;

  it('canSelfServe answers on it exactly as on the whole built-in policy', () => {
    const seen = { ok: 0, refused: 0, threw: 0 };
    fc.assert(
      fc.property(input, day, (i, date) => {
        const outcome = (p: Policy) => {
          try {
            return canSelfServe(policyAt(p, date, { division: i.kiosk }), i);
          } catch (e) {
            return { threw: (e as Error).name };
          }
        };
        const mine = outcome(kiosk);
        expect(mine).toEqual(outcome(whole));
        seen['threw' in mine ? 'threw' : mine.ok ? 'ok' : 'refused']++;
      }),
      // seeded: about one input in twenty is served, so an unseeded run fell short of the
      // coverage asserted below about once in thirty runs
      { numRuns: 400, seed: 2025 },
    );
    // the comparison covered served, refused and failing checks alike
    expect(Math.min(seen.ok, seen.refused)).toBeGreaterThan(10);
  });
});
