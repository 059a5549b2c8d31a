/**
 * `endorsementOptions`: the endorsements an office may grant for one request, as data — every
 * option with its validity (end date capped by the permit), entries and stay, and for every
 * option or type refused, the reasons (stable codes, typed parameters, citations). The rules are
 * read from a {@link Policy} (national tables, local measures, what-if changes), so the same
 * function answers for any date and any policy variant.
 *
 * Decision outline (FACTS §8), as implemented:
 * 1. the type exists for the destination; the permit is of the right kind and valid (and, if a
 *    policy sets a minimum remaining validity, has enough left); registered state personnel
 *    have their employer's approval;
 * 2. the type's option table is in force on the date (talent from 2023-02-20, Taiwan G ended
 *    2019-08-01 …); tourist types are not suspended for the applicant's place;
 * 3. the type's own eligibility (G: a scheme city by hukou or accepted residence permit; T: a
 *    relative there; S: a business status; D: an admission; talent: a category and an area;
 *    Taiwan: approvals, pilot city …);
 * 4. the office may accept it (place-of-application table);
 * 5. each option rule's conditions (relatives, age, business kind, purpose …); G adds the city
 *    regimes of the applicant's hukou or residence (Shenzhen, Zhuhai, Hengqin).
 * Type-level reasons are all collected (never only the first); options are evaluated only when
 * the type is available.
 *
 * Conventions: the endorsement is taken to be issued on `date`; its last day is
 * `endorsementEndDate` (the day before the anniversary, a missing anniversary rolling forward —
 * the shared `expiryDate` rule), capped by the permit's expiry; ages are whole years on `date`
 * (shared `ageOn`).
 *
 * This module holds the result types, the request check and the plans a view shares; the
 * evaluation of one request, per destination, is in `endorsement-evaluation.ts`.
 *
 * @module
 */
import { screenHkmoOffences } from './hkmo-offence-screen.js';
import type { CivilDate } from '../../rules/civil-date.js';
import type { Issue, Locale } from '../../rules/errors.js';
import { parseOrThrow } from '../../rules/zod-issues.js';
import { type MemoPart, type PolicyView, policyAt } from '../../rules/policy-at.js';
import type { Policy } from '../../rules/policy.js';
import type { Reason } from '../../rules/reasons.js';
import { type Destination, type EndorsementType, type HkmoEndorsementType, type TaiwanEndorsementType, isTypeOfDestination } from './catalogue.js';
import { ageOnTrusted } from '../age.js';
import { addDays } from './dates.js';
import { Lookup, type RuleRef } from './lookup.js';
import type { Entries, Stay, Validity } from './option.js';
import { PERMIT_MIN_REMAINING_DAYS } from './permit-min-remaining.js';
import { type Applicant, type EndorsementRequest, endorsementRequestSchema } from './request.js';
import { TAIWAN_OPTIONS } from './taiwan-options.js';
import { deepFreeze } from '../../rules/snapshot.js';
import { HKMO_OPTION_TABLES, evaluateRequest } from './endorsement-evaluation.js';

/**
 * An option the office may grant.
 *
 * @example
 * ```ts
 * const o: GrantedOption = {
 *   id: 'G.hong-kong.1y.single', type: 'G', destination: 'hong-kong', validity: { years: 1 }, entries: 'single',
 *   stay: { kind: 'days-per-entry', days: 7 }, validFrom: '2024-03-06', validUntil: '2025-03-05', cappedByPermit: false,
 *   notes: [], basis: [],
 * };
 * ```
 */
export interface GrantedOption {
  /** Stable id: `<type>.<destination>.<option id>` (a city regime: `<type>.<destination>.<regime id>`). */
  readonly id: string;
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly validity: Validity;
  readonly entries: Entries;
  readonly frequency?: 'once-per-natural-week';
  readonly stay: Stay;
  /** The city regime that grants it, if any. */
  readonly regime?: string;
  /** First valid day: the issue (application) date. */
  readonly validFrom: CivilDate;
  /** Last valid day, capped by the permit's expiry. */
  readonly validUntil: CivilDate;
  readonly cappedByPermit: boolean;
  /** Notes on the figures (capped by the permit, Macau study cap …). */
  readonly notes: readonly Reason[];
  /** The rules that set this option (table, citation, period). */
  readonly basis: readonly RuleRef[];
}

/**
 * An option the office may not grant this applicant, with why.
 *
 * @example
 * ```ts
 * const r: RefusedOption = { id: 'T.hong-kong.senior.1y.multi', type: 'T', destination: 'hong-kong', validity: { years: 1 }, entries: 'multi', reasons: [] };
 * ```
 */
export interface RefusedOption {
  readonly id: string;
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly validity: Validity;
  readonly entries: Entries;
  readonly frequency?: 'once-per-natural-week';
  readonly regime?: string;
  readonly reasons: readonly Reason[];
}

/**
 * What every decision carries, available or refused.
 *
 * @example
 * ```ts
 * const b: EndorsementDecisionBase = { type: 'G', destination: 'macau', date: '2025-01-01', refused: [], basis: [], unverified: false };
 * ```
 */
export interface EndorsementDecisionBase {
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly date: CivilDate;
  /** Options of the type that this applicant may not have, with reasons. */
  readonly refused: readonly RefusedOption[];
  /** Every rule read to reach the decision. */
  readonly basis: readonly RuleRef[];
  /** Some table was read past its `verifiedThrough` (only with `beyondVerified: 'flag'`). */
  readonly unverified: boolean;
}

/**
 * The decision: `available` with the options that may be granted (and those refused), or
 * `refused` with every reason.
 *
 * @example
 * ```ts
 * const r = endorsementOptions(request, { policy });
 * if (r.status === 'available') r.options.map((o) => o.validUntil);
 * else r.reasons.map((x) => renderReason(x, 'zh-CN', ENDORSEMENT_REASONS));
 * ```
 */
export type EndorsementOptions =
  | (EndorsementDecisionBase & { readonly status: 'available'; readonly options: readonly GrantedOption[] })
  | (EndorsementDecisionBase & { readonly status: 'refused'; readonly reasons: readonly Reason[] });

/**
 * Options of {@link endorsementOptions}: the policy to read, and what to do past a table's
 * `verifiedThrough` (`'error'`, the default, throws `UnverifiedDateError`; `'flag'` answers with
 * `unverified: true`).
 *
 * @example
 * ```ts
 * const o: EndorsementOptionsSettings = { policy, beyondVerified: 'flag' };
 * ```
 */
export interface EndorsementOptionsSettings {
  /** Defaults to the built-in policy. */
  readonly policy?: Policy;
  readonly beyondVerified?: 'error' | 'flag';
  /** The locale of error messages (default `en`; every issue carries both). */
  readonly locale?: Locale;
}

/**
 * Checks a request against `endorsementRequestSchema`: the parsed request, or a
 * `ValidationError` listing every problem. {@link endorsementOptions} is this check and the
 * trusted core.
 *
 * @internal
 * @example
 * ```ts
 * const req = checkEndorsementRequest(JSON.parse(body)); // throws ValidationError on a bad request
 * ```
 */
export function checkEndorsementRequest(request: unknown, locale: Locale = 'en', extra: readonly Issue[] = []): EndorsementRequest {
  return parseOrThrow(endorsementRequestSchema, request, { 'zh-CN': '签注申请无效', en: 'Invalid endorsement request' }, locale, [], extra);
}

/** A permit that never limits anything: the plan of a request is evaluated on it, then capped by the real one. */
const NEUTRAL_PERMIT = {
  hkmo: Object.freeze({ type: 'hkmo', form: 'card', expiry: '9999-12-31' } as const),
  taiwan: Object.freeze({ type: 'taiwan', form: 'card', expiry: '9999-12-31' } as const),
};

/**
 * The last expiry that still draws a `too-little-validity` reason is the day before this one
 * ('' when no minimum is in force): a permit expiring on or after it passes `checkPermit`.
 */
function permitFloor(view: PolicyView): CivilDate {
  return view.memo('endorsements.permit-floor', () => {
    const min = view.value(PERMIT_MIN_REMAINING_DAYS);
    return min.inForce ? addDays(view.date, min.value) : '';
  });
}

/** Whether an option rule of the type's table for the destination asks for an age (the only use of the birth date). */
function usesAge(view: PolicyView, policy: Policy, flag: boolean, type: EndorsementType, destination: Destination): boolean {
  return view.memo(['endorsements.uses-age', type, destination], () => {
    if (!isTypeOfDestination(type, destination)) return false;
    const spec = destination === 'taiwan' ? TAIWAN_OPTIONS[type as TaiwanEndorsementType] : HKMO_OPTION_TABLES[type as HkmoEndorsementType];
    // the option tables are read nationally (see evaluateHkmo / evaluateTaiwan)
    const r = new Lookup(policy, view.date, flag, view).view(undefined).value(spec);
    return r.inForce && (r.value[destination] ?? []).some((o) => o.when?.minAge !== undefined);
  });
}

/**
 * Every fact of the applicant the decision reads, as a key (permit and birth date aside: the
 * permit is applied afterwards, the birth date enters as the age when an option asks for one).
 */
function applicantKey(a: Applicant, date: CivilDate, age: boolean): string {
  let k = a.zone === undefined ? a.hukou : `${a.hukou}~${a.zone}`;
  const rp = a.residencePermit;
  if (rp) k += `|r${rp.division}${rp.zone ?? ''}${rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo) ? '+' : '-'}`;
  if (a.registeredPersonnel) k += '|R';
  if (a.statePersonnel) k += '|P';
  if (a.employerApproval) k += '|E';
  if (a.relatives) {
    k += '|k';
    for (const r of a.relatives) k += `${r.relation}@${r.livesIn},`;
  }
  if (a.spouseWithMinorChild) k += '|M';
  if (a.hardshipApproved) k += '|H';
  if (a.business) k += `|b${a.business.kind}@${a.business.filingDivision ?? ''}`;
  if (a.purpose !== undefined) k += `|p${a.purpose}`;
  if (a.specialNeed) k += '|N';
  const adm = a.admission;
  if (adm) k += `|a${adm.destination}@${adm.kind}@${adm.until}`;
  if (a.talent) k += `|t${a.talent.category}@${a.talent.workDivision}`;
  const tw = a.taiwan;
  if (tw) k += `|w${tw.approval ? 'A' : ''}${tw.multipleEntry ? 'M' : ''}${tw.settlementApproved ? 'S' : ''}${tw.residenceApproved ? 'R' : ''}${tw.studyUntil ?? ''}`;
  if (age) k += `|y${a.birthDate === undefined ? '?' : a.birthDate > date ? 0 : ageOnTrusted(a.birthDate, date)}`;
  return k;
}

/** The result with each option's end capped by the permit's expiry (what `grant` does with a real permit). */
function capByPermit(r: EndorsementOptions, expiry: CivilDate): EndorsementOptions {
  if (r.status !== 'available') return r;
  let capped = false;
  for (const o of r.options) if (expiry < o.validUntil) capped = true;
  if (!capped) return r;
  const options = r.options.map((o): GrantedOption => {
    if (!(expiry < o.validUntil)) return o;
    const note: Reason = { code: 'endorsement.option.capped-by-permit', params: { validUntil: expiry, permitExpiry: expiry } };
    return { ...o, validUntil: expiry, cappedByPermit: true, notes: [...o.notes, note] };
  });
  return { ...r, options };
}

/** The core for either mode: `view` is the office's view of `policy` on the request's date, in the mode `flag` says. */
function optionsAt(view: PolicyView, req: EndorsementRequest, policy: Policy, flag: boolean): EndorsementOptions {
  const { permit, date } = req;
  const wanted = req.destination === 'taiwan' ? 'taiwan' : 'hkmo';
  // A permit of the wrong kind, expired or too short draws reasons of its own: evaluate as is.
  if (permit.type !== wanted || permit.expiry < date || permit.expiry < permitFloor(view)) return evaluateRequest(req, new Lookup(policy, date, flag, view));
  // Otherwise the decision is the one on a permit that limits nothing, capped by this permit:
  // a plan per view and applicant facts. A plan is kept from the second request with the same
  // facts on: facts seen once (most of a sweep over many days) are evaluated as they are, with
  // nothing kept but the mark that they were seen.
  const facts = applicantKey(req.applicant, date, usesAge(view, policy, flag, req.type, req.destination));
  const key: MemoPart[] = ['endorsements.plan', req.type, req.destination, facts];
  let first = false;
  view.memo(['endorsements.plan', req.type, req.destination, facts, 'seen'], () => (first = true));
  if (first) return evaluateRequest(req, new Lookup(policy, date, flag, view));
  const plan = view.memo(key, () => deepFreeze(evaluateRequest({ ...req, permit: NEUTRAL_PERMIT[wanted] }, new Lookup(policy, date, flag, view))));
  return capByPermit(plan, permit.expiry);
}

/**
 * The decision evaluated directly on `policy`, without plans or memo (each place's view from
 * `policyAt`): what the trusted core must equal, for its tests. The request is taken as valid.
 *
 * @internal
 * @example
 * ```ts
 * endorsementOptionsUnplanned(request, policy, 'flag'); // deep-equals endorsementOptionsTrusted(view, request, policy)
 * ```
 */
export function endorsementOptionsUnplanned(request: EndorsementRequest, policy: Policy, beyondVerified: 'error' | 'flag'): EndorsementOptions {
  const result = evaluateRequest(request, new Lookup(policy, request.date, beyondVerified === 'flag'));
  return request.applicant.hkmoOffenceRecord === true ? screenHkmoOffences(policyAt(policy, request.date, { division: request.division, beyondVerified }), request, result) : result;
}

/**
 * The trusted core of {@link endorsementOptions} with `beyondVerified: 'flag'`: the same
 * result for a schema-valid request, read from `view`, the office's view of `policy` on the
 * request's date (`policyAt(policy, request.date, { division: request.division, beyondVerified: 'flag' })`);
 * views of other places (hukou, residence permit, place of work) come from the same policy.
 * Runs no schema check: the caller has checked the request. The parts of the decision that
 * depend only on the view and the applicant's facts are computed once per view; the result
 * and what it holds are frozen and may be shared between calls.
 *
 * @internal
 * @example
 * ```ts
 * const policy = defaultPolicy();
 * const view = policyAt(policy, '2025-01-24', { division: '510100', beyondVerified: 'flag' });
 * const r = endorsementOptionsTrusted(view, {
 *   applicant: { hukou: '510104', birthDate: '1990-03-15' }, permit: { type: 'hkmo', form: 'card', expiry: '2035-01-23' },
 *   destination: 'hong-kong', type: 'G', date: '2025-01-24', division: '510100',
 * }, policy);
 * r.status === 'available' && r.options.map((o) => o.id); // ['G.hong-kong.3m.single', …]
 * ```
 */
export function endorsementOptionsTrusted(view: PolicyView, request: EndorsementRequest, policy: Policy): EndorsementOptions {
  return screenHkmoOffences(view, request, optionsAt(view, request, policy, true));
}

/**
 * {@link endorsementOptions} under a given policy (the public function, which defaults the
 * policy to the built-in one, lives above the areas).
 *
 * @internal
 * @example
 * ```ts
 * endorsementOptionsUnder(policy, request, {}); // as endorsementOptions(request, { policy })
 * ```
 */
export function endorsementOptionsUnder(policy: Policy, request: EndorsementRequest, settings: Omit<EndorsementOptionsSettings, 'policy'>, extra: readonly Issue[] = []): EndorsementOptions {
  const req = checkEndorsementRequest(request, settings.locale ?? 'en', extra);
  const flag = settings.beyondVerified === 'flag';
  const view = policyAt(policy, req.date, { division: req.division, beyondVerified: flag ? 'flag' : 'error' });
  return screenHkmoOffences(view, req, optionsAt(view, req, policy, flag));
}
