/**
 * The processing deadline of an application: every limit that could bind it (the statutory
 * maximum, the national limit for the date and route, the office's own commitments, the urgent
 * rule), why each applies or not, and the due date of the shortest — computed on the
 * working-day calendar with {@link computeDeadline}.
 *
 * @module
 */
import { type CivilDate, isCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, ValidationError, isLocale } from '../rules/errors.js';
import { type ShanghaiTime, instantString, isIssue, readInstant } from '../rules/instant.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { PolicyView } from '../rules/policy-at.js';
import { WorkingDayCalendar } from './calendar-build.js';
import { notACalendar } from './calendar-options.js';
import { type DeadlineStart, type RangeContext, countingData, deadlineOfPeriod } from './compute-deadline.js';
import { defaultCalendar } from './default-calendar.js';
import { processingInputSchema, type ProcessingInput, type ProcessingResult } from './processing-input.js';
import { DATED_KEYS, datePlan, datedKeyOf, planKeyIndex, planOf } from './processing-plan.js';

export {
  PROCESSING_URGENT_GROUNDS,
  processingServiceSchema,
  processingUrgentSchema,
  processingInputSchema,
  type ProcessingUrgentGround,
  type ProcessingRoute,
  type ProcessingService,
  type ProcessingUrgentRequest,
  type ProcessingInput,
  type ResolvedProcessingService,
  type ProcessingCandidateStatus,
  type ProcessingCandidate,
  type ProcessingCommon,
  type ProcessingResult,
} from './processing-input.js';

const INVALID_INPUT = { 'zh-CN': '办理时限输入无效', en: 'Invalid processing input' } as const;

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
  const parsed = processingInputSchema.safeParse(schemaInput, REPORT_INPUT);
  if (!parsed.success) issues.push(...issuesOf(parsed.error, [], locale));
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

/**
 * The acceptance read last (a string) and what it reads as: the next call with the same
 * acceptance (another service of one application) does not read it again. One entry; the
 * reading is never handed out (only its date and time are).
 */
const lastAccepted: { input: string | undefined; text: string; at: DeadlineStart } = { input: undefined, text: '', at: { date: '' } };

/** The range contexts of a count, by locale (`en`, `zh-CN`) and whether the calendar is the provisional one (built once). */
const HOW: readonly RangeContext[] = [
  Object.freeze({ locale: 'en', provisional: false }),
  Object.freeze({ locale: 'en', provisional: true }),
  Object.freeze({ locale: 'zh-CN', provisional: false }),
  Object.freeze({ locale: 'zh-CN', provisional: true }),
];

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
  const how = HOW[(input.locale === 'zh-CN' ? 2 : 0) + (provisional ? 1 : 0)] as RangeContext;
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
  let text: string;
  let at: DeadlineStart;
  if (typeof acceptedAt === 'string' && acceptedAt === lastAccepted.input) ({ text, at } = lastAccepted);
  else {
    text = isCivilDate(acceptedAt) ? acceptedAt : (instantString(acceptedAt) as string);
    at = isCivilDate(acceptedAt) ? { date: acceptedAt } : (readInstant(text) as ShanghaiTime);
    // a string only: a Date or DateTime may change between calls
    if (typeof acceptedAt === 'string') {
      lastAccepted.input = acceptedAt;
      lastAccepted.text = text;
      lastAccepted.at = at;
    }
  }
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
