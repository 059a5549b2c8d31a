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
 * This module holds the result types, the request check and the core; the evaluation of one
 * request, per destination, is in `endorsement-evaluation.ts`, and the plan that the days of one
 * rule state share (with the per-request finish that puts the dates in) in `endorsement-plan.ts`.
 *
 * @module
 */
import { screenHkmoOffences } from './hkmo-offence-screen.js';
import type { CivilDate } from '../../rules/civil-date.js';
import type { Issue, Locale } from '../../rules/errors.js';
import { parseOrThrow } from '../../rules/zod-issues.js';
import { type PolicyView, compilePolicy, policyAt } from '../../rules/policy-at.js';
import type { Policy } from '../../rules/policy.js';
import type { Reason } from '../../rules/reasons.js';
import type { Destination, EndorsementType } from './catalogue.js';
import { addDays } from './dates.js';
import { Lookup, type RuleRef } from './lookup.js';
import type { Entries, Stay, Validity } from './option.js';
import { PERMIT_MIN_REMAINING_DAYS } from './permit-min-remaining.js';
import { type EndorsementRequest, endorsementRequestSchema } from './request.js';
import { deepFreeze } from '../../rules/snapshot.js';
import { evaluateRequest } from './endorsement-evaluation.js';
import { applicantKey, finishPlan, planOf } from './endorsement-plan.js';

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

/** Whether a permit expiring on `expiry` has too little validity left on `date` (a `too-little-validity` reason). */
function tooShort(view: PolicyView, expiry: CivilDate, date: CivilDate): boolean {
  const min = view.value(PERMIT_MIN_REMAINING_DAYS);
  return min.inForce && expiry < addDays(date, min.value);
}

/** The core for either mode: `view` is the office's view of `policy` on the request's date, in the mode `flag` says. */
function optionsAt(view: PolicyView, req: EndorsementRequest, policy: Policy, flag: boolean): EndorsementOptions {
  const { permit, date } = req;
  const wanted = req.destination === 'taiwan' ? 'taiwan' : 'hkmo';
  // A permit of the wrong kind, expired or too short draws reasons of its own: evaluate as is.
  if (permit.type !== wanted || permit.expiry < date || tooShort(view, permit.expiry, date)) return evaluateRequest(req, new Lookup(policy, date, flag, view));
  // Otherwise the plan shared by the days of the same rules (see endorsement-plan.ts), finished
  // with this day and permit; kept on the view for later requests with the same facts.
  const a = req.applicant;
  const facts = applicantKey(a, date);
  return view.memo(['endorsements.options', req.type, req.destination, facts, a.birthDate, permit.expiry], () => {
    const plan = planOf(view, req, policy, flag, facts);
    return plan === undefined ? deepFreeze(evaluateRequest(req, new Lookup(policy, date, flag, view))) : finishPlan(plan, req);
  });
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
  compilePolicy(policy); // its places' views are views of the compiled policy
  const result = evaluateRequest(request, new Lookup(policy, request.date, beyondVerified === 'flag'));
  return request.applicant.hkmoOffenceRecord === true ? screenHkmoOffences(policyAt(policy, request.date, { division: request.division, beyondVerified }), request, result) : result;
}

/**
 * The trusted core of {@link endorsementOptions} with `beyondVerified: 'flag'`: the same
 * result for a schema-valid request, read from `view`, the office's view of `policy` on the
 * request's date (`policyAt(policy, request.date, { division: request.division, beyondVerified: 'flag' })`);
 * views of other places (hukou, residence permit, place of work) come from the same policy.
 * Runs no schema check: the caller has checked the request. On a permit of the right kind and
 * long enough, the decision is a plan shared by every day of the same rules and date classes of
 * the applicant, finished with the day and permit and kept on the view for the same facts; the
 * result and what it holds are then frozen and may be shared between calls.
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
