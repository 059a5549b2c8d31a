/**
 * Issue 10 for the document module: every exported function on generated hostile input (wrong
 * types, missing and extra fields, keys such as `constructor`, huge numbers, long strings)
 * answers or throws one `ChurujingError` with well-formed issues; an answer is only given for
 * valid input and valid input is answered; exported constants and shared results are frozen,
 * and after any attempt to write into them later calls give what a fresh process gives.
 *
 * `ROBUST_RUNS` (environment) raises the number of calls per function (default 400).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as documents from '../../src/documents/index.js';
import { DOCUMENT_REASONS, DOCUMENT_TYPES, isDocumentType } from '../../src/documents/index.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { citationSchema } from '../../src/rules/citation.js';
import { isCivilDate } from '../../src/rules/civil-date.js';
import { PolicyView, policyAt } from '../../src/rules/policy-at.js';
import { type Failure, junk, mutated, probe, tally, unfrozen, vandalise } from './hostile.js';

const RUNS = Number(process.env.ROBUST_RUNS ?? 400);
const POLICY = defaultPolicy();

const DATES = ['1986-02-01', '2006-12-31', '2007-01-01', '2012-05-15', '2014-05-20', '2016-12-26', '2019-07-01', '2025-01-24', '2026-01-05'] as const;
const date = fc.constantFrom(...DATES);
const birth = fc.constantFrom('1950-02-28', '1990-03-15', '2008-02-29', '2009-06-01', '2024-12-31');
const division = fc.constantFrom(undefined, '440100', '350100', '510100');
const viewAt = (d: string, div?: string) => policyAt(POLICY, d, { ...(div === undefined ? {} : { division: div }), beyondVerified: 'flag' });
const view = fc.tuple(date, division).map(([d, div]) => viewAt(d, div));
const type = fc.oneof(fc.constantFrom(...DOCUMENT_TYPES), fc.constantFrom('constructor', '__proto__', 'toString', 'visa'));
const anyDate = fc.oneof(date, birth, junk);

const isView = (v: unknown): v is PolicyView => v instanceof PolicyView;
const plain = (o: unknown): o is Record<string, unknown> => o !== null && typeof o === 'object' && !Array.isArray(o) && (Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === null);
const onlyKeys = (o: Record<string, unknown>, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const isTerm = (t: unknown) =>
  (Number.isInteger(t) && (t as number) >= 1 && (t as number) <= 100) ||
  (plain(t) && Object.keys(t).length === 1 && ((Number.isInteger(t.years) && (t.years as number) >= 1 && (t.years as number) <= 100) || (Number.isInteger(t.months) && (t.months as number) >= 1 && (t.months as number) <= 1200)));
const boolOrAbsent = (v: unknown) => v === undefined || typeof v === 'boolean';

const flagsArb = fc.record(
  {
    servingSentence: fc.boolean(),
    criminalSuspect: fc.boolean(),
    fraud: fc.boolean(),
    reeducationThroughLabour: fc.boolean(),
    registeredPersonnel: fc.record({ approvalLetter: fc.boolean() }),
    repatriatedOrConvictedBorderOffence: fc.record({ endedOn: date, barMonths: fc.integer({ min: 6, max: 36 }) }, { requiredKeys: ['endedOn'] }),
  },
  { requiredKeys: [] },
);
const banFlagsArb = fc.record(
  { noValidDocument: fc.boolean(), refusesInspection: fc.boolean(), otherLegalGround: fc.boolean(), repatriatedOrConvictedBorderOffence: fc.record({ endedOn: date }) },
  { requiredKeys: [] },
);
const applicantInput = (extra: Record<string, fc.Arbitrary<unknown>>) =>
  fc.tuple(date, division, birth, fc.constantFrom(...DOCUMENT_TYPES)).chain(([d, div, b, t]) =>
    fc.record({ view: fc.constant(viewAt(d, div)), type: fc.constant(t), birthDate: fc.constant(b), acceptedOn: fc.constant(d), ...extra }, { requiredKeys: ['view', 'type', 'birthDate', 'acceptedOn'] }),
  );
const applicantValid = (i: unknown, extra: Record<string, (v: unknown) => boolean>): boolean =>
  plain(i) &&
  onlyKeys(i, ['view', 'type', 'birthDate', 'acceptedOn', ...Object.keys(extra)]) &&
  isView(i.view) &&
  isDocumentType(i.type) &&
  isCivilDate(i.birthDate) &&
  isCivilDate(i.acceptedOn) &&
  i.acceptedOn === i.view.date &&
  i.birthDate <= i.acceptedOn &&
  Object.entries(extra).every(([k, ok]) => ok(i[k]));

const reasonArgs = fc.oneof(
  fc.tuple(fc.constant('document.validity.fixed'), fc.record({ years: fc.integer({ min: 1, max: 10 }) }), fc.constant(undefined)),
  fc.tuple(fc.constant('document.validity.expiry'), fc.record({ issued: date, expiry: date }), fc.constant({ issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法' })),
  fc.tuple(fc.constantFrom('document.refusal.fraud', 'constructor', '__proto__', 'x.y'), fc.constant({}), fc.constant(undefined)),
);
const reasonValid = (code: unknown, params: unknown, cite: unknown): boolean => {
  if (typeof code !== 'string' || !Object.hasOwn(DOCUMENT_REASONS, code) || !plain(params)) return false;
  const declared = (DOCUMENT_REASONS as Record<string, { params: readonly string[] }>)[code]?.params ?? [];
  const keys = Object.keys(params);
  return (
    keys.length === declared.length &&
    declared.every((p) => Object.hasOwn(params, p) && (typeof params[p] === 'string' || Number.isFinite(params[p]))) &&
    (cite === undefined || citationSchema.safeParse(cite).success)
  );
};

/** Every generated call of the document module's exported functions, and what went wrong. */
function failures(runs: number): Failure[] {
  const ageValid = (b: unknown, d: unknown) => isCivilDate(b) && isCivilDate(d) && b <= d;
  const viewType = fc.tuple(fc.oneof(view, view, junk), fc.oneof(type, junk));
  return [
    ...probe('ageOn', fc.tuple(anyDate, anyDate), documents.ageOn as (...a: unknown[]) => unknown, { valid: ageValid, mustAnswer: ageValid }, runs),
    ...probe('isSixteenOrOver', fc.tuple(anyDate, anyDate), documents.isSixteenOrOver as (...a: unknown[]) => unknown, { valid: ageValid, mustAnswer: ageValid }, runs),
    ...probe('expiryDate', fc.tuple(anyDate, fc.oneof(fc.integer({ min: 1, max: 10 }), fc.record({ months: fc.integer({ min: 1, max: 1200 }) }), fc.constantFrom({ years: 100 }, { years: 1, months: 1 }, 1e9), junk)), documents.expiryDate as (...a: unknown[]) => unknown, {
      valid: (i, t) => isCivilDate(i) && isTerm(t),
      check: (r, i) => (isCivilDate(r) && (r as string) >= (i as string) ? undefined : `expiry ${String(r)}`),
    }, runs),
    ...probe('lastDayOfPeriod', fc.tuple(anyDate, fc.oneof(fc.integer({ min: 1, max: 36 }), junk)), documents.lastDayOfPeriod as (...a: unknown[]) => unknown, {
      valid: (s, m) => isCivilDate(s) && Number.isInteger(m) && (m as number) >= 1 && (m as number) <= 1200,
      check: (r) => (isCivilDate(r) ? undefined : `last day ${String(r)}`),
    }, runs),
    ...probe('documentFormAt', viewType, documents.documentFormAt as (...a: unknown[]) => unknown, { valid: (v, t) => isView(v) && isDocumentType(t), mustAnswer: (v, t) => isView(v) && isDocumentType(t) }, runs),
    ...probe('renewalGrounds', viewType, documents.renewalGrounds as (...a: unknown[]) => unknown, { valid: (v, t) => isView(v) && isDocumentType(t), mustAnswer: (v, t) => isView(v) && isDocumentType(t) }, runs),
    ...probe('replacementGrounds', viewType, documents.replacementGrounds as (...a: unknown[]) => unknown, { valid: (v, t) => isView(v) && isDocumentType(t), mustAnswer: (v, t) => isView(v) && isDocumentType(t) }, runs),
    ...probe('isDocumentType', fc.tuple(fc.oneof(type, junk)), documents.isDocumentType, { check: (r, t) => (r === (DOCUMENT_TYPES as readonly unknown[]).includes(t) ? undefined : `isDocumentType(${String(t)}) = ${String(r)}`) }, runs),
    ...probe('documentRefusals', fc.tuple(mutated(fc.record({ view, type: fc.constantFrom(...DOCUMENT_TYPES), flags: flagsArb }), 3)), documents.documentRefusals as (...a: unknown[]) => unknown, {
      valid: (i) => plain(i) && onlyKeys(i, ['view', 'type', 'flags']) && isView(i.view) && isDocumentType(i.type) && (i.flags === undefined || documents.documentRefusalFlagsSchema.safeParse(i.flags).success),
    }, runs),
    ...probe('exitBans', fc.tuple(mutated(fc.record({ view, flags: banFlagsArb }), 3)), documents.exitBans as (...a: unknown[]) => unknown, {
      valid: (i) => plain(i) && onlyKeys(i, ['view', 'flags']) && isView(i.view) && (i.flags === undefined || documents.exitBanFlagsSchema.safeParse(i.flags).success),
    }, runs),
    ...probe('validityFor', fc.tuple(mutated(applicantInput({ variant: fc.constantFrom('one-time', 'multiple', 'constructor', '__proto__') }), 2)), documents.validityFor as (...a: unknown[]) => unknown, {
      valid: (i) => applicantValid(i, { variant: (v) => v === undefined || (typeof v === 'string' && /^[a-z][a-z-]{0,63}$/.test(v)) }),
      mustAnswer: (i) => applicantValid(i, { variant: (v) => v === undefined || (typeof v === 'string' && /^[a-z][a-z-]{0,63}$/.test(v)) }),
      check: (r) => ((r as { kind?: string; months?: unknown }).kind === 'validity' && !Number.isInteger((r as { months?: unknown }).months) ? 'validity without whole months' : undefined),
    }, runs),
    ...probe('fingerprintsFor', fc.tuple(mutated(applicantInput({ fingersUnavailable: fc.boolean() }), 2)), documents.fingerprintsFor as (...a: unknown[]) => unknown, {
      valid: (i) => applicantValid(i, { fingersUnavailable: boolOrAbsent }),
      mustAnswer: (i) => applicantValid(i, { fingersUnavailable: boolOrAbsent }),
    }, runs),
    ...probe('documentReason', reasonArgs.chain(([c, p, k]) => fc.tuple(fc.oneof(fc.constant(c), junk), mutated(fc.constant(p)), fc.oneof(fc.constant(k), mutated(fc.constant(k))))), documents.documentReason as (...a: unknown[]) => unknown, {
      valid: reasonValid,
      mustAnswer: reasonValid,
    }, runs),
  ];
}

describe('document module on hostile input (issue 10)', () => {
  it(`answers only valid input, answers all valid input, throws only well-formed ChurujingErrors (${RUNS} calls a function)`, () => {
    const found = failures(RUNS);
    if (process.env.ROBUST_DEBUG) console.log(found.slice(0, 6));
    expect(tally(found)).toEqual({});
  }, 120_000);
});

describe('document module: shared values are frozen (issue 10)', () => {
  it('every exported constant is deeply frozen', () => {
    const open: string[] = [];
    for (const [name, value] of Object.entries(documents)) if (typeof value !== 'function') open.push(...unfrozen(value, name));
    expect(open).toEqual([]);
  });

  it('results shared between calls are frozen', () => {
    const v = viewAt('2025-01-24', '510100');
    expect(unfrozen(documents.validityFor({ view: v, type: 'passport', birthDate: '1990-03-15', acceptedOn: '2025-01-24' }))).toEqual([]);
    expect(unfrozen(documents.documentFormAt(v, 'hkmo-permit'))).toEqual([]);
    expect(unfrozen(documents.renewalGrounds(v, 'passport'))).toEqual([]);
    expect(unfrozen(documents.documentRefusals({ view: v, type: 'passport', flags: { fraud: true } }).map((r) => r))).toEqual(['(root)']); // a new list each call, of frozen reasons
  });

  it('after any attempt to write into a handed-out value, later calls give what a fresh process gives', () => {
    const calls: (() => unknown)[] = [];
    for (const d of ['2006-12-31', '2014-05-20', '2025-01-24']) {
      for (const t of DOCUMENT_TYPES) {
        const v = viewAt(d, '440100');
        calls.push(
          () => documents.validityFor({ view: v, type: t, birthDate: '2000-06-01', acceptedOn: d, ...(t === 'exit-entry-permit' ? { variant: 'multiple' } : {}) }),
          () => documents.fingerprintsFor({ view: v, type: t, birthDate: '2000-06-01', acceptedOn: d }),
          () => documents.documentFormAt(v, t),
          () => documents.renewalGrounds(v, t),
          () => documents.replacementGrounds(v, t),
          () => documents.documentRefusals({ view: v, type: t, flags: { fraud: true, servingSentence: true, repatriatedOrConvictedBorderOffence: { endedOn: '2024-06-01' } } }),
          () => documents.exitBans({ view: v, flags: { criminalSuspect: true, reeducationThroughLabour: true } }),
        );
      }
    }
    calls.push(
      () => documents.ageOn('2008-02-29', '2025-02-28'),
      () => documents.expiryDate('2016-02-29', 10),
      () => documents.lastDayOfPeriod('2024-08-31', 6),
      () => documents.documentReason('document.validity.fixed', { years: 5 }),
      () => documents.isDocumentType('passport'),
    );
    const fresh = JSON.stringify(calls.map((c) => c()));
    for (const value of Object.values(documents)) vandalise(value);
    for (const c of calls) vandalise(c());
    expect(JSON.stringify(calls.map((c) => c()))).toBe(fresh);
  });
});

describe('the document module exports no function the hostile suite does not call', () => {
  it('covered', () => {
    const covered = new Set(['ageOn', 'isSixteenOrOver', 'expiryDate', 'lastDayOfPeriod', 'documentFormAt', 'renewalGrounds', 'replacementGrounds', 'isDocumentType', 'documentRefusals', 'exitBans', 'validityFor', 'fingerprintsFor', 'documentReason']);
    const functions = Object.entries(documents).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(functions.filter((f) => !covered.has(f))).toEqual([]);
  });
});
