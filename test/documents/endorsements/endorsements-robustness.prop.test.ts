/**
 * Issue 10 for the endorsement module: every exported function on generated hostile input
 * answers or throws one `ChurujingError` with well-formed issues; an answer is only given for
 * valid input and valid input is answered; exported constants and shared results are frozen,
 * and after any attempt to write into them later calls give what a fresh process gives.
 *
 * `ROBUST_RUNS` (environment) raises the number of calls per function (default 400).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as endorsements from '../../../src/documents/endorsements/index.js';
import { ENDORSEMENT_CATALOGUE, endorsementRequestSchema } from '../../../src/documents/endorsements/index.js';
import { validitySchema } from '../../../src/documents/endorsements/option.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import { defaultPolicy, validatePolicy } from '../../../src/builtin/builtin-policy.js';
import { isCivilDate } from '../../../src/rules/civil-date.js';
import { type Failure, SPECIAL_KEYS, junk, mutated, probe, tally, unfrozen, vandalise } from '../hostile.js';
import { applicantArb, day } from './arbitraries.js';
import { representativeRequests } from './requests.js';

const RUNS = Number(process.env.ROBUST_RUNS ?? 400);
const POLICY = defaultPolicy();

const destination = fc.constantFrom('hong-kong', 'macau', 'taiwan');
const typeArb = fc.oneof(fc.constantFrom(...endorsements.ENDORSEMENT_TYPES), fc.constantFrom(...SPECIAL_KEYS));
const dates = day('2003-01-01', '2025-11-30');
const offices = fc.constantFrom('440304', '440402', '110105', '510104', '230102', '610113');
const requestArb = fc.record({
  applicant: applicantArb(offices, dates),
  permit: fc.record({ type: fc.constantFrom('hkmo', 'taiwan'), form: fc.constantFrom('booklet', 'card'), expiry: day('2003-01-01', '2040-12-31') }),
  destination,
  type: fc.constantFrom(...endorsements.ENDORSEMENT_TYPES),
  date: dates,
  division: offices,
});
const settingsArb = fc.oneof(fc.constant(undefined), fc.record({ policy: fc.constant(POLICY), beyondVerified: fc.constantFrom('error', 'flag'), locale: fc.constantFrom('zh-CN', 'en') }, { requiredKeys: [] }));
const settingsValid = (s: unknown) =>
  s === undefined ||
  (s !== null &&
    typeof s === 'object' &&
    [Object.prototype, null].includes(Object.getPrototypeOf(s)) &&
    Object.keys(s).every((k) => ['policy', 'beyondVerified', 'locale'].includes(k)) &&
    ((s as { policy?: unknown }).policy === undefined || (s as { policy?: unknown }).policy === POLICY || validatePolicy((s as { policy?: unknown }).policy).ok) &&
    [undefined, 'error', 'flag'].includes((s as { beyondVerified?: unknown }).beyondVerified as never) &&
    [undefined, 'zh-CN', 'en'].includes((s as { locale?: unknown }).locale as never));

/** Every generated call of the endorsement module's exported functions, and what went wrong. */
function failures(runs: number): Failure[] {
  return [
    ...probe('isTypeOfDestination', fc.tuple(fc.oneof(typeArb, junk), fc.oneof(destination, junk)), endorsements.isTypeOfDestination as (...a: unknown[]) => unknown, {
      valid: (t, d) => typeof t === 'string' && ['hong-kong', 'macau', 'taiwan'].includes(d as string),
      check: (r, t, d) => (r === Object.hasOwn(d === 'taiwan' ? ENDORSEMENT_CATALOGUE.taiwan : ENDORSEMENT_CATALOGUE.hkmo, t as string) ? undefined : `isTypeOfDestination(${String(t)}, ${String(d)}) = ${String(r)}`),
    }, runs),
    ...probe('endorsementEndDate', fc.tuple(fc.oneof(dates, junk), fc.oneof(fc.constantFrom({ months: 3 }, { years: 1 }, { per: 'admission' }), mutated(fc.constant({ months: 3 })), junk)), endorsements.endorsementEndDate as (...a: unknown[]) => unknown, {
      valid: (i, v) => isCivilDate(i) && validitySchema.safeParse(v).success,
      mustAnswer: (i, v) => isCivilDate(i) && i < '9989-01-01' && validitySchema.safeParse(v).success, // later, the end may pass 9999-12-31
    }, runs),
    ...probe('endorsementOptions', fc.tuple(mutated(requestArb, 3), fc.oneof(settingsArb, mutated(settingsArb.filter((s) => s !== undefined)))), endorsementOptions as (...a: unknown[]) => unknown, {
      valid: (r, s) => endorsementRequestSchema.safeParse(r).success && settingsValid(s),
      mustAnswer: (r, s) => endorsementRequestSchema.safeParse(r).success && settingsValid(s) && (s as { beyondVerified?: string } | undefined)?.beyondVerified === 'flag',
    }, Math.ceil(runs / 2)),
  ];
}

describe('endorsement module on hostile input (issue 10)', () => {
  it(`answers only valid input, answers all valid input, throws only well-formed ChurujingErrors (${RUNS} calls a function)`, () => {
    expect(tally(failures(RUNS))).toEqual({});
  }, 120_000);
});

describe('endorsement module: shared values are frozen (issue 10)', () => {
  it('every exported constant is deeply frozen', () => {
    const open: string[] = [];
    for (const [name, value] of Object.entries(endorsements)) if (typeof value !== 'function') open.push(...unfrozen(value, name));
    expect(open).toEqual([]);
  });

  it('after any attempt to write into a handed-out value, later calls give what a fresh process gives', () => {
    const requests = [...representativeRequests('2024-12-01'), ...representativeRequests('2019-07-01')];
    const calls: (() => unknown)[] = requests.flatMap((r) => [() => endorsementOptions(r, { policy: POLICY }), () => endorsementOptions(r, { policy: POLICY })]);
    calls.push(
      () => endorsements.isTypeOfDestination('F', 'taiwan'),
      () => endorsements.isTypeOfDestination('talent', 'hong-kong'),
      () => endorsements.endorsementEndDate('2024-01-31', { months: 1 }),
    );
    const fresh = JSON.stringify(calls.map((c) => c()));
    for (const value of Object.values(endorsements)) vandalise(value);
    for (const c of calls) vandalise(c());
    expect(JSON.stringify(calls.map((c) => c()))).toBe(fresh);
  });
});

describe('the endorsement module exports no function the hostile suite does not call', () => {
  it('covered', () => {
    const covered = new Set(['isTypeOfDestination', 'endorsementEndDate']);
    const functions = Object.entries(endorsements).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(functions.filter((f) => !covered.has(f))).toEqual([]);
  });
});
