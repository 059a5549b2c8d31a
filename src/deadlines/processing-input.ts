/**
 * The shapes of a processing deadline: the urgent grounds, the service, route and input of
 * {@link processingDeadline} with their schemas, and the result with its candidates.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type CivilDate, isCivilDate } from '../rules/civil-date.js';
import type { Locale } from '../rules/errors.js';
import { type InstantInput, isIssue, readInstant } from '../rules/instant.js';
import type { Period } from '../rules/period.js';
import type { PolicyView, RuleSource } from '../rules/policy-at.js';
import type { AssumedDay, WorkingDayCalendar } from './calendar-build.js';
import type { Deadline } from './compute-deadline.js';
import type { DeadlineRule } from './deadline-rule.js';
import type { ProcessingReason } from './processing-reasons.js';
import { PROCESSING_CHANNELS, type ProcessingChannel, type ProcessingLimit, type ProcessingServiceKey } from './processing-tables.js';

/**
 * The grounds for urgent handling named by 公安部令第96号 art. 5 and the NIA service guides. The
 * lists are open ("other grounds the provincial office accepts"), so whether a ground holds is
 * the office's finding, given as `proven`. A superset of the eligibility module's
 * `URGENT_GROUNDS`, so its grounds can be passed on as they are.
 *
 * @example
 * ```ts
 * PROCESSING_URGENT_GROUNDS.includes('funeral'); // true
 * ```
 */
export const PROCESSING_URGENT_GROUNDS = /* @__PURE__ */ Object.freeze([
  'funeral',
  'critically-ill-relative',
  'medical-treatment',
  'emergency-abroad',
  'business-emergency',
  'study-start',
  'visa-expiring',
  'document-lost-before-travel',
  'training-or-exchange',
  'other-provincial',
] as const);

/**
 * An urgent ground.
 *
 * @example
 * ```ts
 * const g: ProcessingUrgentGround = 'visa-expiring';
 * ```
 */
export type ProcessingUrgentGround = (typeof PROCESSING_URGENT_GROUNDS)[number];

/**
 * Where the application is made, relative to the applicant's hukou:
 * - `hukou-place`: at the hukou county/city (or anywhere treated like it);
 * - `in-province`: elsewhere in the hukou province (from 2018-02-01);
 * - `cross-province`: in another province (全国通办, from 2019-04-01);
 * - `non-hukou-scheme`: under the 2013 (43 cities) or 2016 (residence permit) schemes, which
 *   ended on 2019-03-31.
 *
 * @example
 * ```ts
 * const r: ProcessingRoute = 'cross-province';
 * ```
 */
export type ProcessingRoute = 'hukou-place' | 'in-province' | 'cross-province' | 'non-hukou-scheme';

/**
 * Schema of the service applied for.
 *
 * @example
 * ```ts
 * processingServiceSchema.parse({ kind: 'endorsement', destination: 'hkmo', endorsementCategory: 'tourist' });
 * ```
 */
export const processingServiceSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(['passport', 'hkmo-permit', 'taiwan-permit', 'exit-entry-permit', 'endorsement']),
  /** Endorsements only: Hong Kong/Macau (default) or Taiwan. */
  destination: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['hkmo', 'taiwan'])),
  /** Endorsements only: tourist (individual or group visit) or any other. */
  endorsementCategory: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['tourist', 'other'])),
  /** Endorsements only: `true` (default) on a permit already held (再次签注); `false` when applied for with a new permit. */
  reEndorsement: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
}).check(/* @__PURE__ */ z.superRefine((s, ctx) => {
    if (s.kind === 'endorsement') return;
    for (const key of ['destination', 'endorsementCategory', 'reEndorsement'] as const) {
      if (s[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies to endorsements only, not to kind ${s.kind}` });
    }
  }));

/**
 * The service applied for: a document (with any endorsements applied for with it), or an
 * endorsement.
 *
 * @example
 * ```ts
 * const s: ProcessingService = { kind: 'endorsement', endorsementCategory: 'tourist', reEndorsement: true };
 * ```
 */
export type ProcessingService = z.infer<typeof processingServiceSchema>;

/**
 * Schema of the urgent request: the ground and whether the office found it proven.
 *
 * @example
 * ```ts
 * processingUrgentSchema.parse({ ground: 'funeral', proven: true });
 * ```
 */
export const processingUrgentSchema = /* @__PURE__ */ z.strictObject({ ground: /* @__PURE__ */ z.enum(PROCESSING_URGENT_GROUNDS), proven: /* @__PURE__ */ z.boolean() });

/**
 * An urgent request (加急 / 急事急办).
 *
 * @example
 * ```ts
 * const u: ProcessingUrgentRequest = { ground: 'study-start', proven: true };
 * ```
 */
export type ProcessingUrgentRequest = z.infer<typeof processingUrgentSchema>;

/**
 * Schema of the input of {@link processingDeadline} (the view and calendar are checked
 * separately).
 *
 * @example
 * ```ts
 * processingInputSchema.parse({ service: { kind: 'passport' }, route: 'hukou-place', acceptedAt: '2018-09-03' });
 * ```
 */
export const processingInputSchema = /* @__PURE__ */ z.strictObject({
  service: processingServiceSchema,
  route: /* @__PURE__ */ z.enum(['hukou-place', 'in-province', 'cross-province', 'non-hukou-scheme']),
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(PROCESSING_CHANNELS)),
  urgent: /* @__PURE__ */ z.optional(processingUrgentSchema),
  acceptedAt: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((v) => isCivilDate(v) || !isIssue(readInstant(v)), 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD')),
  /** Past the published calendar: `error` (default; the result is `unknown`) or `provisional` (counted on the statutory days off, marked). */
  beyondCalendar: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['error', 'provisional'])),
  /** The locale of error messages. */
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['zh-CN', 'en'])),
});

/**
 * Input of {@link processingDeadline}.
 *
 * @example
 * ```ts
 * const input: ProcessingInput = {
 *   view: policyAt(policy, '2018-09-03', { division: '440100' }),
 *   service: { kind: 'passport' },
 *   route: 'hukou-place',
 *   acceptedAt: '2018-09-03T10:00:00+08:00',
 * };
 * ```
 */
export interface ProcessingInput {
  /** The policy at the acceptance date and the accepting office's division (`policyAt(policy, date, { division })`). */
  readonly view: PolicyView;
  readonly service: ProcessingService;
  readonly route: ProcessingRoute;
  /** Defaults to `hall-window`. */
  readonly channel?: ProcessingChannel;
  readonly urgent?: ProcessingUrgentRequest;
  /** The acceptance: a civil date or an instant with an offset (a string, `Date` or luxon `DateTime`); its Shanghai date must be the view's date. */
  readonly acceptedAt: CivilDate | InstantInput;
  /** Defaults to the built-in calendar. */
  readonly calendar?: WorkingDayCalendar;
  /**
   * Past the published calendar: `error` (default) gives a result of kind `unknown` (no due date
   * can be counted yet), `provisional` counts on the statutory days off of
   * 《全国年节及纪念日放假办法》 and marks the result `provisional: true`.
   */
  readonly beyondCalendar?: 'error' | 'provisional';
  /** The locale of error messages (default `en`). */
  readonly locale?: Locale;
}

/**
 * The service as the tables see it: the key of its tables, and the endorsement details used.
 *
 * @example
 * ```ts
 * const s: ResolvedProcessingService = { kind: 'endorsement', key: 'hkmo-endorsement', destination: 'hkmo', tourist: true };
 * ```
 */
export interface ResolvedProcessingService {
  readonly kind: ProcessingService['kind'];
  readonly key: ProcessingServiceKey;
  readonly destination?: 'hkmo' | 'taiwan';
  /** An HK/Macau tourist endorsement: offices' tourist commitments are considered too. */
  readonly tourist: boolean;
}

/**
 * Why a candidate limit applies or not:
 * - `applies`: in force and binding; its due date is computed;
 * - `superseded`: the statutory limit, replaced by the national norm for the route;
 * - `not-in-force`: the table has no value on the acceptance date;
 * - `not-applicable`: not for this application (no urgent ground proven, other channels, no
 *   office division …);
 * - `priority-only`: urgent handling without a number of days.
 *
 * @example
 * ```ts
 * const s: ProcessingCandidateStatus = 'superseded';
 * ```
 */
export type ProcessingCandidateStatus = 'applies' | 'superseded' | 'not-in-force' | 'not-applicable' | 'priority-only';

/**
 * One limit considered, with why it applies or not; for those that apply, the due date it gives.
 *
 * @example
 * ```ts
 * const c: ProcessingCandidate = {
 *   kind: 'national', status: 'applies', table: 'processing.national.passport',
 *   limit: { unit: 'working-days', count: 7 }, due: '2018-09-11', reasons: [],
 * };
 * ```
 */
export interface ProcessingCandidate {
  readonly kind: 'statutory' | 'national' | 'local' | 'urgent';
  readonly status: ProcessingCandidateStatus;
  readonly table?: string;
  /** Local commitments: the channel the limit is for (`all`: every channel). */
  readonly channel?: 'all' | ProcessingChannel;
  readonly limit?: ProcessingLimit;
  /** The due date this limit gives (candidates that apply). */
  readonly due?: CivilDate;
  /** A candidate that applies whose due date falls past the published calendar (in `error` mode): not counted. */
  readonly dueBeyondCalendar?: true;
  readonly cite?: Citation;
  readonly period?: Period;
  readonly source?: RuleSource;
  readonly uncertain?: string;
  readonly reasons: readonly ProcessingReason[];
}

/**
 * What every processing result carries, whether or not it has a number of days.
 *
 * @example
 * ```ts
 * const r = processingDeadline(input);
 * r.acceptedOn; r.candidates; r.reasons;
 * ```
 */
export interface ProcessingCommon {
  /** The acceptance date (Asia/Shanghai). */
  readonly acceptedOn: CivilDate;
  readonly service: ResolvedProcessingService;
  readonly route: ProcessingRoute;
  readonly channel: ProcessingChannel;
  /** Every limit considered, in order: statutory, national, local, urgent. */
  readonly candidates: readonly ProcessingCandidate[];
  /** Whether the office counts the acceptance day as day 1 (`processing.acceptance-day-counts`). */
  readonly acceptanceDayCounts: boolean;
  /** A table was read past its verified date (only with `beyondVerified: 'flag'`). */
  readonly unverified: boolean;
  /** Why the data that decided the result is not fully verified. */
  readonly uncertain: readonly string[];
  readonly reasons: readonly ProcessingReason[];
}

/**
 * What {@link processingDeadline} returns: a due date with the rule that set it; no limit
 * that gives a date (e.g. an exit-entry permit before 公安部令第96号); or `unknown` when every
 * limit that applies runs past the published working-day calendar (with `beyondCalendar:
 * 'error'`, the default): the candidates and reasons are there, the due date cannot be counted
 * until the State Council publishes the year's arrangement.
 *
 * @example
 * ```ts
 * const r: ProcessingResult = processingDeadline(input);
 * if (r.kind === 'due') console.log(r.due, r.rule.cite?.title, r.explanation.en);
 * if (r.kind === 'unknown') console.log(r.publishedThrough); // '2026-12-31'
 * ```
 */
export type ProcessingResult =
  | (ProcessingCommon & {
      readonly kind: 'due';
      /** The last day of the period. */
      readonly due: CivilDate;
      /** The limit applied, with its citation. */
      readonly rule: DeadlineRule;
      /** The candidate chosen. */
      readonly applied: ProcessingCandidate;
      /** The computation, from `computeDeadline` (with the acceptance day counted, its count is one less). */
      readonly deadline: Deadline;
      /** The counting in words, from `computeDeadline`. */
      readonly explanation: Deadline['explanation'];
      /** With `beyondCalendar: 'provisional'`, when the due date was counted past the published calendar. */
      readonly provisional?: true;
      /** The last published day, when `provisional`. */
      readonly publishedThrough?: CivilDate;
      /** The days off assumed from the statute in the period, when `provisional`. */
      readonly assumed?: readonly AssumedDay[];
    })
  | (ProcessingCommon & { readonly kind: 'no-limit' })
  | (ProcessingCommon & {
      readonly kind: 'unknown';
      /** Why no due date: every applicable limit runs past the published calendar. */
      readonly unknown: 'beyond-calendar';
      /** The last day of the published calendar. */
      readonly publishedThrough: CivilDate;
    });
