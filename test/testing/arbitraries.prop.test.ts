/**
 * The shipped arbitraries (churujing/testing): schema-valid by construction (every application
 * passes parseApplication, every change set passes withChanges), within the options asked for,
 * reproducible from a seed, shrinking to small counterexamples, and strict about their options.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { parseApplication } from '../../src/eligibility/application.js';
import { MATERIAL_IDS } from '../../src/eligibility/materials-catalogue.js';
import { parseResidentId } from '../../src/eligibility/resident-id.js';
import { ValidationError } from '../../src/rules/errors.js';
import { isDivisionCodeOn } from '../../src/rules/division-history.js';
import { isDivisionCode, listDivisions } from '../../src/rules/divisions.js';
import { applicationArbitrary, changeSetArbitrary, civilDateArbitrary, divisionArbitrary, makeResidentId } from '../../src/testing.js';

const issuesOf = (f: () => unknown): { path: string; code: string }[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => ({ path: i.path.join('.'), code: i.code }));
    throw e;
  }
  return [];
};

describe('applicationArbitrary', () => {
  it('every application passes parseApplication, with default options and with many options', () => {
    const arbs = [
      applicationArbitrary(),
      applicationArbitrary({ flags: true, materials: 'missing-some', time: 'date-only', maxServices: 4 }),
      applicationArbitrary({ from: '2024-05-06', to: '2024-05-06', officesUnder: '44', hukou: 'same-as-office', services: ['hong-kong', 'macau'], age: { min: 60 } }),
    ];
    for (const arb of arbs) {
      fc.assert(
        fc.property(arb, (a) => {
          parseApplication(a);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('stays inside the options: dates, offices, hukou, services, channels, ages, materials, time', () => {
    const arb = applicationArbitrary({
      from: '2019-04-01',
      to: '2019-06-30',
      officesUnder: '2301',
      hukou: ['230102', '510104'],
      services: ['passport', 'hong-kong:G'],
      maxServices: 2,
      channels: ['kiosk'],
      age: { min: 16, max: 59 },
      materials: 'complete',
      time: 'office-hours',
    });
    fc.assert(
      fc.property(arb, (a) => {
        const { derived } = parseApplication(a);
        expect(derived.acceptedOn >= '2019-04-01' && derived.acceptedOn <= '2019-06-30').toBe(true);
        expect(a.office.division.startsWith('2301')).toBe(true);
        expect(['230102', '510104']).toContain(a.applicant.hukou);
        expect(a.services.length).toBeLessThanOrEqual(2);
        for (const s of a.services) expect(s.kind === 'document' ? s.document : `${s.destination}:${s.type}`).toMatch(/^(passport|hong-kong:G)$/);
        expect(a.channel).toBe('kiosk');
        expect(derived.ageOnAcceptance).toBeGreaterThanOrEqual(16);
        expect(derived.ageOnAcceptance).toBeLessThanOrEqual(59);
        expect([...a.materials].sort()).toEqual([...MATERIAL_IDS].sort());
        expect(derived.acceptedTime! >= '09:00' && derived.acceptedTime! <= '17:59').toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a mix of outcomes-worthy inputs: several services, held permits and dates alone occur', () => {
    const sample = fc.sample(applicationArbitrary(), { seed: 11, numRuns: 500 });
    expect(sample.some((a) => a.services.length >= 2)).toBe(true);
    expect(sample.some((a) => a.existingDocuments.length > 0)).toBe(true);
    expect(sample.some((a) => !a.acceptedAt.includes('T'))).toBe(true);
    expect(new Set(sample.map((a) => a.office.division)).size).toBeGreaterThan(100);
  });

  it('is reproducible from a seed', () => {
    const arb = applicationArbitrary({ from: '2025-01-01', to: '2025-12-31' });
    expect(fc.sample(arb, { seed: 42, numRuns: 50 })).toEqual(fc.sample(arb, { seed: 42, numRuns: 50 }));
    expect(fc.sample(arb, { seed: 42, numRuns: 50 })).not.toEqual(fc.sample(arb, { seed: 43, numRuns: 50 }));
  });

  it('shrinks a failure to a small application: the first date, the fewest services, no facts', () => {
    const r = fc.check(
      fc.property(applicationArbitrary({ from: '2020-03-01', to: '2024-12-31' }), (a) => a.services.length < 2),
      { seed: 5 },
    );
    expect(r.failed).toBe(true);
    const [a] = r.counterexample as [ReturnType<typeof parseApplication>['application']];
    expect(a.services).toHaveLength(2);
    expect(a.acceptedAt.slice(0, 10)).toBe('2020-03-01');
    expect(Object.keys(a.applicant).sort()).toEqual(['hukou', 'residentId']);
    expect(a.urgent).toBeUndefined();
  });

  it('builds each arbitrary afresh: writing into one changes no other', () => {
    const options = { from: '2025-01-01', to: '2025-12-31', flags: true };
    const expected = fc.sample(applicationArbitrary(options), { seed: 3, numRuns: 30 });
    const scribble = (v: unknown, seen = new Set<unknown>()): void => {
      if (v === null || typeof v !== 'object' || seen.has(v) || Object.isFrozen(v)) return;
      seen.add(v);
      for (const k of Reflect.ownKeys(v)) {
        scribble((v as Record<PropertyKey, unknown>)[k], seen);
        try {
          (v as Record<PropertyKey, unknown>)[k] = 'scribbled';
        } catch {
          // read-only
        }
      }
    };
    scribble(applicationArbitrary(options));
    expect(fc.sample(applicationArbitrary(options), { seed: 3, numRuns: 30 })).toEqual(expected);
  });

  it('rejects bad options with every problem listed', () => {
    expect(issuesOf(() => applicationArbitrary({ from: '2025-02-30', to: '2024-01-01', maxServices: 9, channels: ['fax'] } as never)).map((i) => i.path).sort()).toEqual([
      'options.channels.0',
      'options.from',
      'options.maxServices',
    ]);
    expect(issuesOf(() => applicationArbitrary({ from: '2025-01-02', to: '2025-01-01', age: { min: 30, max: 20 } })).map((i) => i.code)).toEqual(['inverted-range', 'inverted-range']);
    expect(issuesOf(() => applicationArbitrary({ offices: ['999999'] })).map((i) => i.code)).toEqual(['unknown-division']);
  });

  it('keeps the dates an application carries real: acceptance dates from 1900 to 9899, at the ends too', () => {
    // a birth date 120 years before acceptance, documents valid years after: 9999-12-31 would overflow
    expect(issuesOf(() => applicationArbitrary({ to: '9999-12-31', near: ['1899-12-31'] })).map((i) => [i.path, i.code])).toEqual([
      ['options.to', 'out-of-range'],
      ['options.near.0', 'out-of-range'],
    ]);
    for (const [from, to] of [['9890-01-01', '9899-12-31'], ['1900-01-01', '1900-12-31']] as const) {
      for (const a of fc.sample(applicationArbitrary({ from, to, officesUnder: '44' }), { numRuns: 200, seed: 7 })) expect(() => parseApplication(a)).not.toThrow();
    }
  });
});

describe('civilDateArbitrary', () => {
  it('draws real dates inside the range, by default the calendar coverage, with weight near given dates', () => {
    fc.assert(fc.property(civilDateArbitrary({ from: '2024-02-28', to: '2024-03-01' }), (d) => ['2024-02-28', '2024-02-29', '2024-03-01'].includes(d)));
    const all = fc.sample(civilDateArbitrary(), { seed: 1, numRuns: 2000 });
    expect(all.every((d) => d >= '2004-01-01' && d <= '2026-12-31')).toBe(true);
    const near = fc.sample(civilDateArbitrary({ near: ['2019-07-01'] }), { seed: 1, numRuns: 2000 });
    const close = near.filter((d) => d >= '2019-06-30' && d <= '2019-07-02').length;
    expect(close).toBeGreaterThan(300); // a quarter of the draws, against ~0.7 by chance
  });

  it('rejects bad options', () => {
    expect(issuesOf(() => civilDateArbitrary({ from: '2024-13-01', near: ['x'] })).map((i) => i.path).sort()).toEqual(['options.from', 'options.near.0']);
    expect(issuesOf(() => civilDateArbitrary({ from: '2025-01-02', to: '2025-01-01' })).map((i) => i.code)).toEqual(['inverted-range']);
    expect(issuesOf(() => civilDateArbitrary({ extra: 1 } as never)).length).toBe(1);
  });
});

describe('divisionArbitrary', () => {
  it('draws catalogued codes of the levels asked for, under a prefix', () => {
    fc.assert(fc.property(divisionArbitrary(), (c) => isDivisionCode(c)));
    const guangdong = new Set(fc.sample(divisionArbitrary({ level: 'prefecture', under: '44' }), { seed: 2, numRuns: 500 }));
    expect([...guangdong].every((c) => c.startsWith('44') && c !== '440000')).toBe(true);
    expect(guangdong.size).toBe(listDivisions('prefecture').filter((d) => d.province === '440000').length);
    expect(fc.sample(divisionArbitrary({ codes: ['230102', '510104'] }), { seed: 1, numRuns: 20 }).every((c) => c === '230102' || c === '510104')).toBe(true);
  });

  it('draws counties in force on a date', () => {
    const chengdu2010 = fc.sample(divisionArbitrary({ level: 'county', under: '5101', on: '2010-06-01' }), { seed: 3, numRuns: 300 });
    expect(chengdu2010.every((c) => c.startsWith('5101') && !c.endsWith('00') && isDivisionCodeOn(c, '2010-06-01'))).toBe(true);
    expect(chengdu2010).toContain('510122'); // 双流县, a district (510116) since 2015
    expect(fc.sample(divisionArbitrary({ level: 'county', under: '5101' }), { seed: 3, numRuns: 300 })).not.toContain('510122');
  });

  it('says so when it cannot draw: codes not in force, nothing matching', () => {
    expect(issuesOf(() => divisionArbitrary({ codes: ['990000'] })).map((i) => i.code)).toEqual(['unknown-division']);
    expect(issuesOf(() => divisionArbitrary({ codes: ['510116'], on: '2010-06-01' })).map((i) => i.code)).toEqual(['unknown-division']);
    expect(issuesOf(() => divisionArbitrary({ under: '99' })).map((i) => i.code)).toEqual(['no-divisions']);
  });
});

describe('changeSetArbitrary', () => {
  const policy = defaultPolicy();

  it('every change set passes withChanges (all operations, national and local)', { timeout: 120_000 }, () => {
    const ops = new Set<string>();
    fc.assert(
      fc.property(changeSetArbitrary(policy), (changes) => {
        for (const c of changes) ops.add(c.op + (c.division ? ' local' : ''));
        withChanges(policy, changes);
      }),
      { numRuns: 60, seed: 9 },
    );
    expect([...ops].sort()).toEqual(expect.arrayContaining(['add-member', 'end', 'end local', 'remove-member', 'set', 'set local']));
    // set tables are few: ask for one to see local members come and go
    const local = new Set<string>();
    fc.assert(
      fc.property(changeSetArbitrary(policy, { tables: ['endorsement.hkmo.G.cities'] }), (changes) => {
        for (const c of changes) local.add(c.op + (c.division ? ' local' : ''));
        withChanges(policy, changes);
      }),
      { numRuns: 25, seed: 9 },
    );
    expect([...local].sort()).toEqual(['add-member', 'add-member local', 'remove-member', 'remove-member local']);
  });

  it('keeps to the tables, operations and dates asked for', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(changeSetArbitrary(policy, { tables: ['fee.'], ops: ['set'], from: '2026-01-01', to: '2026-12-31', local: false, maxChanges: 2 }), (changes) => {
        expect(changes.length).toBeGreaterThanOrEqual(1);
        expect(changes.length).toBeLessThanOrEqual(2);
        for (const c of changes) {
          expect(c.op).toBe('set');
          expect(c.table.startsWith('fee.')).toBe(true);
          expect(c.division).toBeUndefined();
          expect(c.from >= '2026-01-01' && c.from <= '2026-12-31').toBe(true);
        }
        withChanges(policy, changes);
      }),
      { numRuns: 40 },
    );
  });

  it('rejects bad options and policies', () => {
    expect(issuesOf(() => changeSetArbitrary(policy, { tables: ['no.such.table'] })).map((i) => i.code)).toEqual(['no-tables']);
    expect(issuesOf(() => changeSetArbitrary(policy, { ops: ['rename'] as never, minChanges: 3, maxChanges: 2 })).length).toBeGreaterThanOrEqual(1);
    expect(issuesOf(() => changeSetArbitrary({ ...policy, national: { 'fee.passport.issue': { kind: 'value', verifiedThrough: '2025-12-31', entries: [{ from: '2020-01-01', value: 'cheap', cite: { issuer: 'x', title: 'y' } }] } } } as never)).length).toBeGreaterThan(0);
  });

  it('lists specs that are not table specs among the problems of its options, in one ValidationError', () => {
    let err: unknown;
    try {
      changeSetArbitrary(policy, { specs: [{ id: 'fee.passport.issue', kind: 'value' }] as never, minChanges: 5, maxChanges: 2 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).messageIn('en')).toMatch(/^Invalid options of changeSetArbitrary/);
    expect((err as ValidationError).issues.map((i) => i.path.slice(0, 2).join('.')).sort()).toEqual(['options.maxChanges', 'options.specs']);
  });
});

describe('makeResidentId', () => {
  it('makes numbers parseResidentId reads back: address, birth date, sex', () => {
    fc.assert(
      fc.property(divisionArbitrary(), civilDateArbitrary({ from: '1930-01-01', to: '2024-12-31' }), fc.constantFrom('male' as const, 'female' as const), fc.integer({ min: 0, max: 499 }), (address, birthDate, sex, sequence) => {
        const id = parseResidentId(makeResidentId({ address, birthDate, sex, sequence }));
        expect([id.addressCode, id.birthDate, id.sex]).toEqual([address, birthDate, sex]);
      }),
    );
    expect(issuesOf(() => makeResidentId({ address: '5101', birthDate: '1990-02-30', sequence: 500 })).map((i) => i.path).sort()).toEqual(['address', 'birthDate', 'sequence']);
  });
});
