/**
 * The processing deadline of an application: every limit that could bind it (the statutory
 * maximum, the national limit for the date and route, the office's own commitments, the urgent
 * rule), why each applies or not, and the due date of the shortest — computed on the
 * working-day calendar with {@link computeDeadline}.
 *
 * @module
 */
import * as z from 'zod';
import type { Citation } from '../rules/citation.js';
import { type CivilDate, isCivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, ValidationError, isLocale } from '../rules/errors.js';
import { type InstantInput, type ShanghaiTime, instantString, isIssue, readInstant } from '../rules/instant.js';
import { issuesOf } from '../rules/zod-issues.js';
import type { Period } from '../rules/period.js';
import { PolicyView, type ResolvedValue, type RuleSource } from '../rules/policy-at.js';
import type { ValueTableSpec } from '../rules/table.js';
import { type AssumedDay, type CalendarData, DayKind, WorkingDayCalendar } from './calendar-build.js';
import { CalendarRangeError } from './calendar-errors.js';
import { notACalendar } from './calendar-options.js';
import { type CountedPeriod, type Deadline, type RangeContext, countedPeriod, countingData, deadlineOfPeriod, periodDue } from './compute-deadline.js';
import type { DeadlineRule } from './deadline-rule.js';
import { defaultCalendar } from './default-calendar.js';
import { cite, verbatim, GUIDE_NIA_HKMO } from '../rules/instruments/index.js';
import { type ProcessingReason, processingReason } from './processing-reasons.js';
import {
  type LocalCommitment,
  type LocalCommitmentKey,
  PROCESSING_CHANNELS,
  PROCESSING_SPECS,
  type ProcessingChannel,
  type ProcessingLimit,
  type ProcessingServiceKey,
} from './processing-tables.js';

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
export const processingServiceSchema = z
  .object({
    kind: z.enum(['passport', 'hkmo-permit', 'taiwan-permit', 'exit-entry-permit', 'endorsement']),
    /** Endorsements only: Hong Kong/Macau (default) or Taiwan. */
    destination: z.enum(['hkmo', 'taiwan']).optional(),
    /** Endorsements only: tourist (individual or group visit) or any other. */
    endorsementCategory: z.enum(['tourist', 'other']).optional(),
    /** Endorsements only: `true` (default) on a permit already held (再次签注); `false` when applied for with a new permit. */
    reEndorsement: z.boolean().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'endorsement') return;
    for (const key of ['destination', 'endorsementCategory', 'reEndorsement'] as const) {
      if (s[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies to endorsements only, not to kind ${s.kind}` });
    }
  });

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
export const processingUrgentSchema = z.object({ ground: z.enum(PROCESSING_URGENT_GROUNDS), proven: z.boolean() }).strict();

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
export const processingInputSchema = z
  .object({
    service: processingServiceSchema,
    route: z.enum(['hukou-place', 'in-province', 'cross-province', 'non-hukou-scheme']),
    channel: z.enum(PROCESSING_CHANNELS).optional(),
    urgent: processingUrgentSchema.optional(),
    acceptedAt: z.string().refine((v) => isCivilDate(v) || !isIssue(readInstant(v)), 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD'),
    /** Past the published calendar: `error` (default; the result is `unknown`) or `provisional` (counted on the statutory days off, marked). */
    beyondCalendar: z.enum(['error', 'provisional']).optional(),
    /** The locale of error messages. */
    locale: z.enum(['zh-CN', 'en']).optional(),
  })
  .strict();

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

const INVALID_INPUT = { 'zh-CN': '办理时限输入无效', en: 'Invalid processing input' } as const;

/** The NIA guide's sentence on investigation time (read on every deadline: built once). */
const INVESTIGATION_EXCLUDED = cite(GUIDE_NIA_HKMO, { quote: verbatim('调查时间不计入承诺领证时限') });

/** The checks of {@link processingDeadline}: the schema, the view, the calendar, and the acceptance on the view's date, every problem at once. */
function check(input: unknown): ProcessingInput {
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  const raw = (isObject ? input : {}) as Record<string, unknown>;
  const locale: Locale = isLocale(raw.locale) ? raw.locale : 'en';
  const { view, calendar, acceptedAt, ...rest } = raw;
  const issues: Issue[] = [];
  if (!isObject) {
    const messages = { 'zh-CN': '应为对象{ view, service, route, acceptedAt, … }', en: 'expected an object { view, service, route, acceptedAt, … }' };
    issues.push({ path: [], code: 'invalid-type', message: messages.en, messages });
  }
  // the acceptance is read by hand (a Date or a luxon DateTime is accepted, and the message says what is wrong)
  const text = isCivilDate(acceptedAt) ? acceptedAt : instantString(acceptedAt);
  const schemaInput = { ...rest, acceptedAt: '2000-01-01' };
  const parsed = processingInputSchema.safeParse(schemaInput);
  if (!parsed.success) issues.push(...issuesOf((processingInputSchema.safeParse(schemaInput, { reportInput: true }) as { error: z.ZodError }).error, [], locale));
  let at: { readonly date: CivilDate } | ShanghaiTime | undefined;
  if (isCivilDate(acceptedAt)) at = { date: acceptedAt };
  else {
    const r = readInstant(acceptedAt, ['acceptedAt']);
    if (isIssue(r)) issues.push(r);
    else at = r;
  }
  if (!(view instanceof PolicyView)) {
    const messages = { 'zh-CN': '应为PolicyView（policyAt(policy, 受理日期, { division })）', en: 'expected a PolicyView (policyAt(policy, acceptanceDate, { division }))' };
    issues.push({ path: ['view'], code: 'invalid-view', message: messages.en, messages });
  } else if (at !== undefined && at.date !== view.date) {
    const messages = {
      'zh-CN': `受理日期为${at.date}（北京时间），但政策视图的日期为${view.date}：请按受理日期取政策`,
      en: `accepted on ${at.date} (Asia/Shanghai), but the view is at ${view.date}: evaluate the policy at the acceptance date`,
    };
    issues.push({ path: ['acceptedAt'], code: 'date-mismatch', message: messages.en, messages });
  }
  if (calendar !== undefined && !(calendar instanceof WorkingDayCalendar)) issues.push(notACalendar(['calendar'], calendar));
  if (issues.length || !parsed.success || text === undefined) throw new ValidationError(INVALID_INPUT, issues, locale);
  // zod leaves absent optional keys out (its inferred type says `?: T | undefined`)
  return { ...parsed.data, acceptedAt: text, view, ...(calendar === undefined ? {} : { calendar }) } as ProcessingInput;
}

function resolveService(s: ProcessingService): { service: ResolvedProcessingService; withPermit: boolean } {
  if (s.kind !== 'endorsement') return { service: { kind: s.kind, key: s.kind, tourist: false }, withPermit: false };
  const destination = s.destination ?? 'hkmo';
  if (s.reEndorsement === false) return { service: { kind: s.kind, key: `${destination}-permit`, destination, tourist: false }, withPermit: true };
  return { service: { kind: s.kind, key: `${destination}-endorsement`, destination, tourist: destination === 'hkmo' && s.endorsementCategory === 'tourist' }, withPermit: false };
}

const limitReason = (l: ProcessingLimit): ProcessingReason =>
  l.unit === 'working-days' ? processingReason('processing.limit.working-days', { count: l.count }) : processingReason('processing.limit.calendar-days', { count: l.count });

/** The parts of a resolved value a candidate shows. */
function fromResolved<T>(r: ResolvedValue<T> & { inForce: true }): Pick<ProcessingCandidate, 'cite' | 'period' | 'source' | 'uncertain'> {
  return { cite: r.cite, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
}

const STATUTORY_OF: Record<ProcessingServiceKey, keyof typeof PROCESSING_SPECS.statutory> = {
  passport: 'passport',
  'hkmo-permit': 'hkmo-permit',
  'taiwan-permit': 'taiwan-permit',
  'exit-entry-permit': 'exit-entry-permit',
  'hkmo-endorsement': 'hkmo-permit',
  'taiwan-endorsement': 'taiwan-permit',
};

const NATIONAL_OF: Record<ProcessingServiceKey, keyof typeof PROCESSING_SPECS.national | undefined> = {
  passport: 'passport',
  'hkmo-permit': 'hkmo-permit',
  'taiwan-permit': 'taiwan-permit',
  'exit-entry-permit': undefined,
  'hkmo-endorsement': 'endorsement',
  'taiwan-endorsement': 'endorsement',
};

type Tracker = { unverified: Set<string> };

function read<T>(view: PolicyView, spec: ValueTableSpec<T>, t: Tracker): ResolvedValue<T> {
  const r = view.value(spec);
  if (r.unverified) t.unverified.add(spec.id);
  return r;
}

/** The national limit for the service, date and route (a norm that, where in force, replaces the statutory maximum). */
function nationalCandidate(view: PolicyView, key: ProcessingServiceKey, route: ProcessingRoute, t: Tracker): ProcessingCandidate {
  const norm = NATIONAL_OF[key];
  if (norm === undefined) {
    return route === 'hukou-place'
      ? { kind: 'national', status: 'not-applicable', reasons: [processingReason('processing.national.none', {})] }
      : { kind: 'national', status: 'not-applicable', reasons: [processingReason('processing.national.not-covered', {})] };
  }
  let spec: ValueTableSpec<ProcessingLimit>;
  let code: 'processing.national.hukou-place' | 'processing.national.in-province' | 'processing.national.in-province-as-cross-province' | 'processing.national.cross-province' | 'processing.national.non-hukou-scheme';
  let treatment: ResolvedValue<unknown> | undefined;
  if (route === 'in-province') {
    const r = read(view, PROCESSING_SPECS.route['in-province'], t);
    if (!r.inForce) {
      return { kind: 'national', status: 'not-in-force', table: r.table, ...(r.cite ? { cite: r.cite } : {}), reasons: [processingReason('processing.national.not-in-force', { table: r.table })] };
    }
    treatment = r;
    if (r.value === 'hukou-place') {
      spec = PROCESSING_SPECS.national[norm];
      code = 'processing.national.in-province';
    } else {
      spec = PROCESSING_SPECS.route['cross-province'];
      code = 'processing.national.in-province-as-cross-province';
    }
  } else if (route === 'hukou-place') {
    spec = PROCESSING_SPECS.national[norm];
    code = 'processing.national.hukou-place';
  } else {
    spec = PROCESSING_SPECS.route[route];
    code = route === 'cross-province' ? 'processing.national.cross-province' : 'processing.national.non-hukou-scheme';
  }
  const r = read(view, spec, t);
  if (!r.inForce) {
    return { kind: 'national', status: 'not-in-force', table: r.table, ...(r.cite ? { cite: r.cite } : {}), reasons: [processingReason('processing.national.not-in-force', { table: r.table })] };
  }
  const reasons: ProcessingReason[] = [processingReason(code, {}, treatment?.inForce ? treatment.cite : r.cite), limitReason(r.value)];
  const uncertainty = [treatment?.inForce ? treatment.uncertain : undefined, r.uncertain].filter((u): u is string => u !== undefined);
  const base = { ...fromResolved(r), ...(uncertainty.length ? { uncertain: uncertainty.join(' ') } : {}) };
  return { kind: 'national', status: 'applies', table: r.table, limit: r.value, ...base, reasons };
}

function localCandidates(view: PolicyView, service: ResolvedProcessingService, channel: ProcessingChannel, t: Tracker): ProcessingCandidate[] {
  const division = view.division;
  if (division === undefined) return [{ kind: 'local', status: 'not-applicable', reasons: [processingReason('processing.local.no-division', {})] }];
  const keys: LocalCommitmentKey[] = [service.key, ...(service.tourist ? (['hkmo-endorsement.tourist'] as const) : [])];
  const out: ProcessingCandidate[] = [];
  for (const key of keys) {
    const r = read(view, PROCESSING_SPECS.local[key], t);
    if (!r.inForce) {
      out.push({ kind: 'local', status: 'not-in-force', table: r.table, reasons: [processingReason('processing.local.none', { division, table: r.table })] });
      continue;
    }
    const at = r.source.level === 'local' ? r.source.division : division;
    const commitment: LocalCommitment = r.value;
    let found = false;
    for (const slot of ['all', channel] as const) {
      const limit = commitment[slot];
      if (limit === undefined) continue;
      found = true;
      const code = slot === 'all' ? 'processing.local.all-channels' : (`processing.local.${slot}` as const);
      out.push({ kind: 'local', status: 'applies', table: r.table, channel: slot, limit, ...fromResolved(r), reasons: [processingReason(code, { division: at }, r.cite), limitReason(limit)] });
    }
    if (!found) out.push({ kind: 'local', status: 'not-applicable', table: r.table, ...fromResolved(r), reasons: [processingReason('processing.local.other-channels', { division: at }, r.cite)] });
  }
  return out;
}

function urgentCandidate(view: PolicyView, key: ProcessingServiceKey, urgent: ProcessingUrgentRequest | undefined, t: Tracker): ProcessingCandidate {
  if (urgent === undefined) return { kind: 'urgent', status: 'not-applicable', reasons: [processingReason('processing.urgent.not-requested', {})] };
  if (!urgent.proven) return { kind: 'urgent', status: 'not-applicable', reasons: [processingReason('processing.urgent.not-proven', {}), processingReason(`processing.urgent.ground.${urgent.ground}`, {})] };
  const ground = processingReason(`processing.urgent.ground.${urgent.ground}`, {});
  if (key === 'passport' || key === 'exit-entry-permit') {
    const r = read(view, PROCESSING_SPECS.urgent[key], t);
    if (r.inForce) return { kind: 'urgent', status: 'applies', table: r.table, limit: r.value, ...fromResolved(r), reasons: [processingReason('processing.urgent.applies', {}, r.cite), ground, limitReason(r.value)] };
  }
  const spec = PROCESSING_SPECS.priorityOnly;
  const m = view.member(spec, key);
  if (m?.unverified) t.unverified.add(spec.id);
  if (m) {
    const period: Period = Object.freeze(m.to === undefined ? { from: m.from } : { from: m.from, to: m.to });
    return {
      kind: 'urgent',
      status: 'priority-only',
      table: spec.id,
      cite: m.cite,
      period,
      source: m.source,
      ...(m.uncertain === undefined ? {} : { uncertain: m.uncertain }),
      reasons: [processingReason('processing.urgent.priority-only', {}, m.cite), ground],
    };
  }
  return { kind: 'urgent', status: 'not-in-force', reasons: [processingReason('processing.urgent.none', {}), ground] };
}

/**
 * The processing deadline of an application accepted at an office: it considers the statutory
 * maximum, the national limit for the acceptance date and route (which replaces the statutory
 * one where it exists — the 30-day and 20-day limits for applications away from the hukou place
 * are such norms), the office's own commitments for the service and channel (local measures of
 * its division), and the urgent rule when an urgent ground is proven; it computes each one's due
 * date with {@link computeDeadline} and applies the earliest (ties go to the national limit).
 * The result lists every candidate with why it applied or not.
 *
 * Not modelled: extensions for remote areas or special cases (they need an approval), and
 * paused days for investigations (a reason says they do not count).
 *
 * @throws `ValidationError` listing every problem of the input (including an `acceptedAt`
 * whose Shanghai date is not the view's date); `UnverifiedDateError` past a table's verified
 * date unless the view flags instead; `CalendarRangeError` outside the working-day calendar.
 * @example
 * ```ts
 * const view = policyAt(policy, '2018-09-01', { division: '110105' });
 * const r = processingDeadline({ view, service: { kind: 'passport' }, route: 'hukou-place', acceptedAt: '2018-09-01' });
 * r.kind === 'due' && r.due;              // '2018-09-11': 7 working days (NIA, from 2018-09-01)
 * r.kind === 'due' && r.rule.cite?.issuer; // '国家移民管理局'
 * ```
 */
export function processingDeadline(input: ProcessingInput): ProcessingResult {
  return processingDeadlineTrusted(check(input));
}

/** An applicable candidate of a plan, with the rules its due date is counted by. */
interface PlannedLimit {
  /** Its index in the plan's candidates. */
  readonly index: number;
  readonly candidate: ProcessingCandidate & { readonly limit: ProcessingLimit };
  /** The rule counted when the acceptance day is not day 1 (and the result's `rule`). */
  readonly rule: DeadlineRule;
  /** The rule counted when the office counts the acceptance day as day 1 and it is (one day less). */
  readonly dayOneRule: DeadlineRule;
  /** The result's reasons after `processing.chosen`. */
  readonly after: readonly ProcessingReason[];
}

/**
 * Everything of a result that depends only on the view and the service, route, channel and
 * urgent request — not on the acceptance instant or the calendar. Immutable (shared by every
 * later call through `view.memo`).
 */
interface ProcessingPlan {
  readonly service: ResolvedProcessingService;
  /** Every candidate, without due dates. */
  readonly candidates: readonly ProcessingCandidate[];
  /** The candidates that apply, in order. */
  readonly limits: readonly PlannedLimit[];
  readonly acceptanceDayCounts: boolean;
  readonly unverified: boolean;
  /** The reasons before `processing.chosen` (the endorsement applied for with its permit). */
  readonly before: readonly ProcessingReason[];
  /** `uncertain` of a result with a due date (from every candidate that applies) and of one without (no-limit). */
  readonly uncertain: readonly string[];
  /** The whole reasons of a no-limit result. */
  readonly noLimitReasons: readonly ProcessingReason[];
  /** The `processing.unverified` reasons, one per table read past its verified date. */
  readonly tail: readonly ProcessingReason[];
}

const freeze = Object.freeze;

function buildPlan(view: PolicyView, s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined): ProcessingPlan {
  const { service, withPermit } = resolveService(s);
  const t: Tracker = { unverified: new Set() };

  const statutory = read(view, PROCESSING_SPECS.statutory[STATUTORY_OF[service.key]], t);
  const national = nationalCandidate(view, service.key, route, t);
  const statutoryCandidate: ProcessingCandidate = !statutory.inForce
    ? { kind: 'statutory', status: 'not-in-force', table: statutory.table, reasons: [processingReason('processing.statutory.not-in-force', { table: statutory.table })] }
    : national.status === 'applies'
      ? { kind: 'statutory', status: 'superseded', table: statutory.table, limit: statutory.value, ...fromResolved(statutory), reasons: [processingReason('processing.statutory.superseded', {}, statutory.cite), limitReason(statutory.value)] }
      : { kind: 'statutory', status: 'applies', table: statutory.table, limit: statutory.value, ...fromResolved(statutory), reasons: [processingReason('processing.statutory.applies', {}, statutory.cite), limitReason(statutory.value)] };

  const dayRule = read(view, PROCESSING_SPECS.acceptanceDayCounts, t);
  const acceptanceDayCounts = dayRule.inForce && dayRule.value;

  const candidates = [statutoryCandidate, national, ...localCandidates(view, service, channel, t), urgentCandidate(view, service.key, urgent, t)];
  for (const c of candidates) {
    freeze(c.reasons);
    freeze(c);
  }
  const unverified = t.unverified.size > 0;
  const tail = [...t.unverified].map((table) => processingReason('processing.unverified', { table }));
  const before: ProcessingReason[] = withPermit ? [processingReason('processing.endorsement-with-permit', {})] : [];
  const uncertainOf = (cs: readonly ProcessingCandidate[]) =>
    freeze([...new Set([...cs.map((c) => c.uncertain), dayRule.inForce ? dayRule.uncertain : undefined].filter((u): u is string => u !== undefined))]);
  const applicable = candidates.filter((c) => c.status === 'applies' && c.limit !== undefined) as (ProcessingCandidate & { readonly limit: ProcessingLimit })[];
  // Counted from the acceptance date: no daily cut-off is applied (no national rule sets one).
  const dayCounts = acceptanceDayCounts
    ? [processingReason('processing.acceptance-day-counts', { division: dayRule.inForce && dayRule.source.level === 'local' ? dayRule.source.division : '—' }, dayRule.inForce ? dayRule.cite : undefined)]
    : [];
  const limits = applicable.map((c): PlannedLimit => {
    const rule: DeadlineRule = freeze(c.cite === undefined ? { ...c.limit } : { ...c.limit, cite: c.cite });
    const dayOneRule: DeadlineRule = acceptanceDayCounts ? freeze({ ...rule, count: c.limit.count - 1 }) : rule;
    const after = freeze([...c.reasons, ...dayCounts, processingReason('processing.investigation-excluded', {}, INVESTIGATION_EXCLUDED), ...tail]);
    return freeze({ index: candidates.indexOf(c), candidate: c, rule, dayOneRule, after });
  });
  return freeze({
    service: freeze(service),
    candidates: freeze(candidates),
    limits: freeze(limits),
    acceptanceDayCounts,
    unverified,
    before: freeze(before),
    uncertain: limits.length ? uncertainOf(applicable) : uncertainOf(candidates.filter((c) => c.status !== 'not-applicable')),
    noLimitReasons: freeze([...before, processingReason('processing.no-limit', {}), ...tail]),
    tail: freeze(tail),
  });
}

const ROUTES: readonly ProcessingRoute[] = ['hukou-place', 'in-province', 'cross-province', 'non-hukou-scheme'];
/** The service as {@link buildPlan} reads it (what `resolveService` looks at), by index. */
const SERVICE_PARTS = [
  'passport',
  'hkmo-permit',
  'taiwan-permit',
  'exit-entry-permit',
  'endorsement:hkmo:with-permit',
  'endorsement:hkmo:tourist',
  'endorsement:hkmo:other',
  'endorsement:taiwan:with-permit',
  'endorsement:taiwan:tourist',
  'endorsement:taiwan:other',
] as const;
const URGENT_STATES = 1 + PROCESSING_URGENT_GROUNDS.length * 2;

function serviceIndex(s: ProcessingService): number {
  switch (s.kind) {
    case 'passport':
      return 0;
    case 'hkmo-permit':
      return 1;
    case 'taiwan-permit':
      return 2;
    case 'exit-entry-permit':
      return 3;
    default: {
      const hkmo = s.destination !== 'taiwan';
      return (hkmo ? 4 : 7) + (s.reEndorsement === false ? 0 : hkmo && s.endorsementCategory === 'tourist' ? 1 : 2);
    }
  }
}

/**
 * The `view.memo` keys of the plans, built once per combination so that a lookup hashes a
 * string it has seen before (a key built afresh on every call costs more than the lookup).
 * Index: service, route, channel, urgent state; a pure function of them.
 */
const PLAN_KEYS: string[] = [];
const DATED_KEYS: string[] = [];

/** The index of a (service, route, channel, urgent request) in {@link PLAN_KEYS}, or -1 for a value outside the lists. */
function planKeyIndex(s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined): number {
  const r = ROUTES.indexOf(route);
  const c = PROCESSING_CHANNELS.indexOf(channel);
  const g = urgent === undefined ? 0 : PROCESSING_URGENT_GROUNDS.indexOf(urgent.ground);
  if (r < 0 || c < 0 || g < 0) return -1;
  return ((serviceIndex(s) * ROUTES.length + r) * PROCESSING_CHANNELS.length + c) * URGENT_STATES + (urgent === undefined ? 0 : 1 + g * 2 + (urgent.proven ? 1 : 0));
}

/**
 * The `view.memo` key of a plan: every input of {@link buildPlan} besides the view, as the plan
 * reads it — the service as `resolveService` sees it, the route, the channel and the urgent
 * ground with whether it is proven (`processing.plan|hkmo-permit|in-province|hall-window|-`).
 */
function planKeyOf(s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined): string {
  const u = urgent === undefined ? '-' : `${urgent.ground}:${urgent.proven ? 'proven' : 'unproven'}`;
  return `processing.plan|${SERVICE_PARTS[serviceIndex(s)]}|${route}|${channel}|${u}`;
}

/**
 * The plan of a view for the service, route, channel and urgent request: shared by every view
 * whose rules answer the plan's reads (the tables and the member it read, and the division
 * when it has one) the same way (`view.tracked`), so a day no application used yet reuses the
 * plan another day of the same periods built.
 */
function planOf(view: PolicyView, s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined, index: number): ProcessingPlan {
  const key = (index >= 0 && PLAN_KEYS[index]) || planKeyOf(s, route, channel, urgent);
  if (index >= 0) PLAN_KEYS[index] = key;
  return view.tracked([key], (v) => buildPlan(v, s, route, channel, urgent));
}

/** The `view.memo` key of a plan dated on the built-in calendar (or its provisional extension): the plan's key and the calendar (remembered by index, see {@link PLAN_KEYS}). */
function datedKeyOf(s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined, index: number, provisional: boolean): string {
  const key = `${planKeyOf(s, route, channel, urgent)}|dated:builtin-calendar${provisional ? ':provisional' : ''}`;
  if (index >= 0) DATED_KEYS[index * 2 + (provisional ? 1 : 0)] = key;
  return key;
}

/**
 * A plan with its due dates: everything of a result but the acceptance instant's own parts (the
 * deadline's `start` and the first sentence of its explanation). It holds for acceptances on the
 * view's date counted on one calendar. Frozen.
 */
type DatedPlan =
  | { readonly kind: 'no-limit'; readonly plan: ProcessingPlan }
  | { readonly kind: 'unknown'; readonly plan: ProcessingPlan; readonly candidates: readonly ProcessingCandidate[]; readonly publishedThrough: CivilDate; readonly reasons: readonly ProcessingReason[] }
  | {
      readonly kind: 'due';
      readonly plan: ProcessingPlan;
      readonly candidates: readonly ProcessingCandidate[];
      readonly applied: ProcessingCandidate;
      readonly due: CivilDate;
      readonly rule: DeadlineRule;
      /** The rule counted (one day less when the acceptance day counts). */
      readonly counted: DeadlineRule;
      readonly period: CountedPeriod;
      readonly reasons: readonly ProcessingReason[];
    };

const isWork = (k: number | undefined): boolean => k === DayKind.Workday || k === DayKind.MakeUp;

/**
 * Dates a plan on a calendar. A limit whose period leaves the calendar gets no due date (it is
 * marked `dueBeyondCalendar`); since such a due date would lie past every date the calendar
 * has, the earliest of the others still decides. When no limit can be dated the plan is
 * `unknown`, with its reason.
 */
function datePlan(view: PolicyView, plan: ProcessingPlan, d: CalendarData, how: RangeContext): DatedPlan {
  const { limits } = plan;
  if (limits.length === 0) return freeze({ kind: 'no-limit', plan });
  const acceptedDay = tryParseCivilDate(view.date) as number;
  const candidates = plan.candidates.slice();
  const inCalendar = acceptedDay >= d.first && acceptedDay <= d.last;
  let applied: ProcessingCandidate | undefined;
  let chosen: PlannedLimit | undefined;
  let counted: DeadlineRule | undefined;
  let beyond = false;
  const outside = processingReason('processing.beyond-calendar', { from: d.from, to: d.to });
  for (const l of limits) {
    // with the acceptance day counted, it is day 1 (one day less) for calendar days, and for working days when it is a working day
    const rule = plan.acceptanceDayCounts && (l.rule.unit === 'calendar-days' || (inCalendar && isWork(d.kind[acceptedDay - d.first]))) ? l.dayOneRule : l.rule;
    let due: CivilDate;
    try {
      due = periodDue(acceptedDay, rule.unit, rule.count, d, how);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      beyond = true;
      candidates[l.index] = freeze({ ...l.candidate, dueBeyondCalendar: true, reasons: freeze([...l.candidate.reasons, outside]) });
      continue;
    }
    const withDue: ProcessingCandidate = freeze({ ...l.candidate, due });
    candidates[l.index] = withDue;
    if (applied?.due === undefined || due < applied.due) {
      applied = withDue;
      chosen = l;
      counted = rule;
    }
  }
  if (applied === undefined) {
    return freeze({ kind: 'unknown', plan, candidates: freeze(candidates), publishedThrough: d.publishedTo, reasons: freeze([...plan.before, outside, ...plan.tail]) });
  }
  const c = chosen as PlannedLimit;
  const r = counted as DeadlineRule;
  const due = applied.due as CivilDate;
  const period = countedPeriod(acceptedDay, r.unit, r.count, d, how);
  const provisional = period.mark ? [processingReason('processing.provisional', { through: period.mark.publishedThrough })] : [];
  return freeze({
    kind: 'due',
    plan,
    candidates: freeze(candidates),
    applied,
    due,
    rule: c.rule,
    counted: r,
    period,
    reasons: freeze([...plan.before, processingReason('processing.chosen', { due }, c.candidate.cite), ...c.after, ...(beyond ? [outside] : []), ...provisional]),
  });
}

/**
 * The trusted core of {@link processingDeadline}: the same result for an input already known
 * to be valid — schema-valid (`processingInputSchema`), `view` a `PolicyView`, `calendar` a
 * `WorkingDayCalendar` or absent, and `acceptedAt` a date or instant whose Asia/Shanghai date is
 * `view.date`. It runs no schema and re-checks nothing. What a (view, service, route, channel,
 * urgent request) decides — the candidates, reasons, limits and, on the built-in calendar, the
 * due dates and counted period — is computed once per view (`view.memo`) and shared, frozen, by
 * every result; per call only the acceptance's own parts are built (the deadline's `start` and
 * the first sentence of its explanation). On another calendar the due dates are counted per
 * call. A period past the calendar gives a result of kind `unknown` (with `beyondCalendar:
 * 'provisional'`, past the statute's table), never an error.
 *
 * @internal
 * @throws `UnverifiedDateError` past a table's verified date unless the view flags instead.
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100' });
 * const r = processingDeadlineTrusted({ view, service: { kind: 'hkmo-permit' }, route: 'in-province', channel: 'hall-window', acceptedAt: '2025-01-24T10:00:00+08:00' });
 * r.kind === 'due' && r.due; // '2025-02-10'
 * ```
 */
export function processingDeadlineTrusted(input: ProcessingInput): ProcessingResult {
  const { view, service, route, urgent, calendar } = input;
  const channel = input.channel ?? 'hall-window';
  const provisional = input.beyondCalendar === 'provisional';
  const how: RangeContext = { locale: input.locale ?? 'en', provisional };
  const index = planKeyIndex(service, route, channel, urgent);
  // On the built-in calendar the due dates are memoised with the plan (the calendar is a
  // constant then); another calendar dates the plan on each call.
  const dated =
    calendar === undefined || calendar === defaultCalendar()
      ? view.memo((index >= 0 && DATED_KEYS[index * 2 + (provisional ? 1 : 0)]) || datedKeyOf(service, route, channel, urgent, index, provisional), () =>
          datePlan(view, planOf(view, service, route, channel, urgent, index), countingData(undefined, input.beyondCalendar), how),
        )
      : datePlan(view, planOf(view, service, route, channel, urgent, index), countingData(calendar, input.beyondCalendar), how);
  const { plan } = dated;
  const acceptedAt = input.acceptedAt;
  const text = isCivilDate(acceptedAt) ? acceptedAt : (instantString(acceptedAt) as string);
  const at = isCivilDate(acceptedAt) ? { date: acceptedAt } : (readInstant(text) as ShanghaiTime);
  if (dated.kind === 'no-limit') {
    return {
      acceptedOn: at.date,
      service: plan.service,
      route,
      channel,
      candidates: plan.candidates,
      acceptanceDayCounts: plan.acceptanceDayCounts,
      unverified: plan.unverified,
      kind: 'no-limit',
      uncertain: plan.uncertain,
      reasons: plan.noLimitReasons,
    };
  }
  if (dated.kind === 'unknown') {
    return {
      acceptedOn: at.date,
      service: plan.service,
      route,
      channel,
      candidates: dated.candidates,
      acceptanceDayCounts: plan.acceptanceDayCounts,
      unverified: plan.unverified,
      kind: 'unknown',
      unknown: 'beyond-calendar',
      publishedThrough: dated.publishedThrough,
      uncertain: plan.uncertain,
      reasons: dated.reasons,
    };
  }
  // no cut-off: counted from the acceptance date
  const deadline = deadlineOfPeriod(text, at, false, dated.counted, dated.period);
  const base = {
    acceptedOn: at.date,
    service: plan.service,
    route,
    channel,
    candidates: dated.candidates,
    acceptanceDayCounts: plan.acceptanceDayCounts,
    unverified: plan.unverified,
    kind: 'due' as const,
    due: dated.due,
    rule: dated.rule,
    applied: dated.applied,
    deadline,
    explanation: deadline.explanation,
    uncertain: plan.uncertain,
    reasons: dated.reasons,
  };
  const m = dated.period.mark;
  return m ? { ...base, provisional: true, publishedThrough: m.publishedThrough, assumed: m.assumed } : base;
}
