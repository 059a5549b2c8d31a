/**
 * The local practices of exit-entry offices, for input from anywhere, on the built-in policy by
 * default: {@link officeOpenAt} (is the office open now, when next, can its kiosks print now),
 * {@link localPractices} (the practices in force at an office on a date), {@link greenChannel}
 * and {@link businessFilingDeadline}. Each checks its arguments and throws one
 * `ValidationError` listing every problem.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { isIssue, readInstant, readDateOrInstant } from '../rules/instant.js';
import { type PolicyView, policyAt } from '../rules/policy-at.js';
import type { Policy } from '../rules/policy.js';
import type { Label } from '../rules/table.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { type Locale } from '../rules/errors.js';
import { prefectureCodeOf } from '../rules/divisions.js';
import { businessFilingDueTrusted } from '../deadlines/business-filing.js';
import { GREEN_CHANNEL_APPLICANTS, GREEN_CHANNEL_GROUNDS, type GreenChannelDecision, greenChannelTrusted } from '../deadlines/green-channel.js';
import { LOCAL_PRACTICE_TABLES, PRACTICE_LABELS, type PracticeCode } from '../eligibility/local-practice-tables.js';
import { type OfficeOpenResult, officeOpenAtTrusted } from '../eligibility/office-hours.js';
import { readSettings } from './settings.js';

/**
 * Options of the local-practice functions: the policy (default: the built-in one) and the
 * locale of an error's message.
 *
 * @example
 * ```ts
 * const o: LocalPracticeOptions = { locale: 'zh-CN' };
 * ```
 */
export interface LocalPracticeOptions {
  readonly policy?: Policy;
  readonly locale?: Locale;
}

const officeSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'));
const TITLE = { 'zh-CN': '本地便民措施查询信息有误', en: 'Invalid local-practice input' } as const;

function divisionIssue(code: string, path: readonly PropertyKey[], issues: Issue[]): void {
  try {
    prefectureCodeOf(code, path);
  } catch (e) {
    if (e instanceof ValidationError || (e as { issues?: Issue[] }).issues) issues.push(...((e as { issues: Issue[] }).issues ?? []));
    else throw e;
  }
}

function settingsOf(options: unknown): { policy: Policy; locale: Locale; beyondVerified: 'error' | 'flag'; issues: Issue[] } {
  const s = readSettings(options, ['options']);
  return { policy: s.policy, locale: s.locale, beyondVerified: s.beyondVerified, issues: [...s.issues] };
}

/**
 * Whether the office `office` (a GB/T 2260 code: the city's code for the city's own office, a
 * county code for a district hall) is open at the instant `at` (ISO 8601 with an offset), when it
 * next opens for applications, and whether its kiosks take an application and print an
 * endorsement then. Where no source gives the hours, the answer is `unknown` — never an assumed
 * nine-to-five.
 *
 * @throws `ValidationError` listing every problem (a bad code or instant, bad options).
 * @example
 * ```ts
 * officeOpenAt('230100', '2014-11-03T07:45:00+08:00').status;   // 'enquiries-only': Harbin's desk opens at 07:30, acceptance at 08:00
 * officeOpenAt('510104', '2018-06-02T22:00:00+08:00').kiosk;    // { accepts: 'unknown', issues: 'no' }: a Chengdu district hall on a Saturday night
 * officeOpenAt('510108', '2018-06-02T22:00:00+08:00').kiosk.issues; // 'yes': 成华's 24-hour area
 * ```
 */
export function officeOpenAt(office: string, at: string, options?: LocalPracticeOptions): OfficeOpenResult {
  const s = settingsOf(options);
  const o = officeSchema.safeParse(office, REPORT_INPUT);
  if (!o.success) s.issues.push(...issuesOf(o.error, ['office'], s.locale));
  else divisionIssue(o.data, ['office'], s.issues);
  const t = readInstant(at, ['at']);
  if (isIssue(t)) s.issues.push(t);
  if (s.issues.length > 0 || isIssue(t)) throw new ValidationError(TITLE, s.issues, s.locale);
  const view = policyAt(s.policy, t.date, { division: office, beyondVerified: 'flag' });
  return officeOpenAtTrusted(view, office, t);
}

/**
 * One practice in force at an office on a date.
 *
 * @example
 * ```ts
 * const p: PracticeInForce = { code: 'convenience-card', label: { 'zh-CN': '…', en: '…' }, since: '2005-03-01', cite };
 * ```
 */
export interface PracticeInForce {
  readonly code: PracticeCode;
  readonly label: Label;
  readonly since: string;
  readonly cite: Citation;
  readonly uncertain?: string;
}

/**
 * The practices (`office.practices`) in force at an office on a date, each with its label, the
 * day it is known from and the report behind it.
 *
 * @throws `ValidationError` listing every problem.
 * @example
 * ```ts
 * localPractices('440100', '2006-06-01').map((p) => p.code); // ['passport.on-demand', 'hkmo-permit.on-demand', …, 'convenience-card', …]
 * ```
 */
export function localPractices(office: string, date: string, options?: LocalPracticeOptions): readonly PracticeInForce[] {
  const s = settingsOf(options);
  const o = officeSchema.safeParse(office, REPORT_INPUT);
  if (!o.success) s.issues.push(...issuesOf(o.error, ['office'], s.locale));
  else divisionIssue(o.data, ['office'], s.issues);
  let day: string | undefined;
  try {
    day = readDateOrInstant(date, ['date']).date;
  } catch (e) {
    if ((e as { issues?: Issue[] }).issues) s.issues.push(...(e as { issues: Issue[] }).issues);
    else throw e;
  }
  if (s.issues.length > 0 || day === undefined) throw new ValidationError(TITLE, s.issues, s.locale);
  const view = policyAt(s.policy, day, { division: office, beyondVerified: 'flag' });
  return Object.freeze(
    view.members(LOCAL_PRACTICE_TABLES.practices).map((m) => {
      const code = m.member as PracticeCode;
      return Object.freeze({ code, label: PRACTICE_LABELS[code], since: m.from, cite: m.cite, ...(m.uncertain === undefined ? {} : { uncertain: m.uncertain }) });
    }),
  );
}

const greenChannelSchema = /* @__PURE__ */ z.strictObject({ office: officeSchema, applicant: /* @__PURE__ */ z.enum(GREEN_CHANNEL_APPLICANTS), ground: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(GREEN_CHANNEL_GROUNDS)), acceptedAt: /* @__PURE__ */ z.string() });

/**
 * Whether the green channel (绿色通道) of an office serves a request, and by when the
 * application data go up for approval where the office commits to a number of working days
 * (Harbin: 2). National from 2014-07-25 (funerals, critical illness, emergencies abroad, outside
 * office hours); Harbin's also serves designated Taiwan-tour agencies, charter operators and
 * wider urgent grounds (training or academic exchange among them).
 *
 * @throws `ValidationError` listing every problem; `CalendarRangeError` past the calendar.
 * @example
 * ```ts
 * greenChannel({ office: '230100', applicant: 'urgent-personal', ground: 'training-or-exchange', acceptedAt: '2014-11-03T18:30:00+08:00' });
 * // { status: 'applies', uploadBy: '2014-11-05', … }
 * ```
 */
export function greenChannel(request: { readonly office: string; readonly applicant: (typeof GREEN_CHANNEL_APPLICANTS)[number]; readonly ground?: (typeof GREEN_CHANNEL_GROUNDS)[number]; readonly acceptedAt: string }, options?: LocalPracticeOptions): GreenChannelDecision {
  const { view, data } = officeRequest(greenChannelSchema, request, options);
  return greenChannelTrusted(view, { applicant: data.applicant, ...(data.ground === undefined ? {} : { ground: data.ground }), acceptedAt: data.acceptedAt });
}

const businessFilingSchema = /* @__PURE__ */ z.strictObject({ office: officeSchema, acceptedAt: /* @__PURE__ */ z.string() });

/**
 * A request naming an office and its acceptance (a date or an instant), checked against
 * `schema` with every problem in one `ValidationError`, and the view of the office on the
 * acceptance date.
 */
function officeRequest<S extends z.ZodMiniType<{ readonly office: string; readonly acceptedAt: string }>>(schema: S, request: unknown, options: unknown): { readonly view: PolicyView; readonly data: z.output<S> } {
  const s = settingsOf(options);
  const r = schema.safeParse(request, REPORT_INPUT);
  if (!r.success) s.issues.push(...issuesOf(r.error, [], s.locale));
  let date: string | undefined;
  if (r.success) {
    divisionIssue(r.data.office, ['office'], s.issues);
    try {
      date = readDateOrInstant(r.data.acceptedAt, ['acceptedAt']).date;
    } catch (e) {
      if ((e as { issues?: Issue[] }).issues) s.issues.push(...(e as { issues: Issue[] }).issues);
      else throw e;
    }
  }
  if (s.issues.length > 0 || !r.success || date === undefined) throw new ValidationError(TITLE, s.issues, s.locale);
  return { view: policyAt(s.policy, date, { division: r.data.office, beyondVerified: 'flag' }), data: r.data };
}

/**
 * The due date of a HK/Macau business filing (赴港澳商务备案) accepted at `acceptedAt` at an
 * office, from the office's committed limit; `undefined` where no limit is known (there is no
 * national one).
 *
 * @throws `ValidationError` listing every problem; `CalendarRangeError` past the calendar.
 * @example
 * ```ts
 * businessFilingDeadline({ office: '230100', acceptedAt: '2014-11-03' })?.due; // '2014-11-10': 5 working days
 * businessFilingDeadline({ office: '230100', acceptedAt: '2014-06-03' })?.due; // '2014-06-12': 7 working days before the cut
 * ```
 */
export function businessFilingDeadline(
  request: { readonly office: string; readonly acceptedAt: string },
  options?: LocalPracticeOptions,
): ReturnType<typeof businessFilingDueTrusted> {
  const { view, data } = officeRequest(businessFilingSchema, request, options);
  return businessFilingDueTrusted(view, data.acceptedAt);
}
