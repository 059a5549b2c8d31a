/**
 * What the offices' local practices add to an evaluation: per service, a service only the city's
 * own office accepts (refused at a district hall) and the window's on-the-spot issue; for the
 * whole application, an acceptance instant outside the office's known hours, the appointment
 * rule, the green channel for an urgent ground, and the practices that concern the applicant
 * (home visits for a disabled applicant, approval at acceptance for a re-endorsement).
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { Reason } from '../rules/reasons.js';
import { type ShanghaiTime, readInstant } from '../rules/instant.js';
import { type PolicyView, UnknownTableError } from '../rules/policy-at.js';
import type { ApplicationService, ParsedApplication } from './application.js';
import { GREEN_CHANNEL_GROUNDS, greenChannelTrusted } from '../deadlines/green-channel.js';
import { appointmentRequirement } from './appointments.js';
import { localReason } from './local-practice-reasons.js';
import { LOCAL_PRACTICE_TABLES, PRACTICE_LABELS } from './local-practice-tables.js';
import { type HoursSpans, dayKindOf, hoursIn, hoursSpans, isDistrictHall, statusOn } from './office-hours.js';
import { OFFICE_HOURS } from './office-hours-tables.js';
import { cityCodeOf } from './place-services.js';

/**
 * The facts of an application the local practices read.
 *
 * @example
 * ```ts
 * const f: PracticeFacts = { office: '510104', hukou: '510104', channel: 'hall-window', disabled: false };
 * ```
 */
export interface PracticeFacts {
  readonly office: string;
  readonly hukou: string;
  readonly channel: string;
  readonly acceptedAt?: ShanghaiTime | undefined;
  readonly acceptedAtText?: string | undefined;
  readonly residencePermitDivision?: string | undefined;
  readonly registeredPersonnel?: boolean | undefined;
  readonly disabled?: boolean | undefined;
  readonly urgentGround?: string | undefined;
}

/**
 * A service as the practices see it: its key (`passport`, `hkmo.G` …), whether it is an
 * endorsement on a permit already held, and the form of that permit.
 *
 * @example
 * ```ts
 * const s: PracticeService = { key: 'hkmo.S', reEndorsement: true, permitForm: 'card' };
 * ```
 */
export interface PracticeService {
  readonly key: string;
  readonly reEndorsement: boolean;
  readonly permitForm?: 'booklet' | 'card' | undefined;
}

/**
 * The reasons against a service and the notes on it from the local practices.
 *
 * @internal
 * @example
 * ```ts
 * practiceServiceReasons(view, facts, { key: 'hkmo.S', reEndorsement: true }); // { against: [office.centre-only], notes: [] } at a Chengdu district hall in 2017
 * ```
 */
export function practiceServiceReasons(view: PolicyView, facts: PracticeFacts, service: PracticeService): { readonly against: readonly Reason[]; readonly notes: readonly Reason[] } {
  const against: Reason[] = [];
  const notes: Reason[] = [];
  const centreOnly = view.value(LOCAL_PRACTICE_TABLES.centreOnly);
  if (centreOnly.inForce && isDistrictHall(facts.office)) {
    if ((centreOnly.value as readonly string[]).includes(service.key)) against.push(localReason('office.centre-only', { service: service.key }, centreOnly.cite));
  }
  if (facts.channel === 'hall-window' && service.reEndorsement) {
    const member = view.member(LOCAL_PRACTICE_TABLES.windowImmediate, service.key);
    const rule = view.value(LOCAL_PRACTICE_TABLES.windowImmediateRule);
    if (member !== undefined && rule.inForce) {
      const city = cityCodeOf(facts.office);
      const resident = cityCodeOf(facts.hukou) === city || (facts.residencePermitDivision !== undefined && cityCodeOf(facts.residencePermitDivision) === city);
      const form = service.permitForm === undefined || rule.value.permitForms.includes(service.permitForm);
      const where = !rule.value.centreOnly || !isDistrictHall(facts.office);
      const who = !(rule.value.excludesRegisteredPersonnel && facts.registeredPersonnel === true);
      if (resident && form && where && who) notes.push(localReason('window.immediate', {}, rule.cite));
    }
  }
  return { against, notes };
}

const GROUNDS: ReadonlySet<string> = new Set(GREEN_CHANNEL_GROUNDS);

/**
 * What the notes on an application take from the rules of a view: the office's hours as
 * session spans per kind of day (when an acceptance instant at the window is checked against
 * them), the appointment reason when
 * booking is required, and the reasons of the home-visit and approval-at-acceptance practices
 * when they are in force. Nothing in it depends on the date but through the rules.
 */
interface NotesPlan {
  readonly hours: HoursSpans;
  readonly hoursCite: Citation | undefined;
  readonly appointment: Reason | undefined;
  readonly homeVisits: Reason | undefined;
  readonly approval: Reason | undefined;
}

/** No hours known: every day's status is unknown. */
const NO_HOURS: HoursSpans = /* @__PURE__ */ hoursSpans(undefined);

/** Which reads a plan makes: all of them, or those before the green channel's or after it (the order of the reads, and so of any error, stays that of the notes). */
const ALL = 0;
const HEAD = 1;
const TAIL = 2;

/** The plan of the notes, read through `v` (a recording view): the office's hours when `office` is not '' (part ALL or HEAD), the appointment rule (ALL, HEAD) and the practices (ALL, TAIL). */
function notesPlan(v: PolicyView, part: number, office: string): NotesPlan {
  let hours: HoursSpans = NO_HOURS;
  let hoursCite: Citation | undefined;
  let appointment: Reason | undefined;
  let homeVisits: Reason | undefined;
  let approval: Reason | undefined;
  if (part !== TAIL) {
    if (office !== '') {
      const r = v.value(OFFICE_HOURS);
      if (r.inForce) {
        hours = hoursSpans(hoursIn(r.value, office));
        hoursCite = r.cite;
      }
    }
    const a = appointmentRequirement(v);
    if (a.status === 'required') appointment = a.reason;
  }
  if (part !== HEAD) {
    const visits = v.member(LOCAL_PRACTICE_TABLES.practices, 'home-visits');
    if (visits !== undefined) homeVisits = localReason('office.practice', { practice: PRACTICE_LABELS['home-visits'].en }, visits.cite);
    const approvalAt = v.member(LOCAL_PRACTICE_TABLES.practices, 'endorsement.approval-at-acceptance');
    if (approvalAt !== undefined) approval = localReason('office.practice', { practice: PRACTICE_LABELS['endorsement.approval-at-acceptance'].en }, approvalAt.cite);
  }
  return Object.freeze({ hours, hoursCite, appointment, homeVisits, approval });
}

/** The plan of the notes on a view, shared by the days whose rules answer its reads alike. */
function planOf(view: PolicyView, part: number, office: string): NotesPlan {
  return view.tracked(['practice.notes', part, office], (v) => notesPlan(v, part, office));
}

/**
 * The notes on the whole application from the local practices. What they read of the rules is
 * shared by the days whose rules answer alike (`view.tracked`); the day's kind, the acceptance
 * instant and the green channel's due date are worked out per call.
 *
 * @internal
 * @example
 * ```ts
 * practiceNotes(view, { office: '440103', hukou: '440103', channel: 'hall-window' }, [{ key: 'hkmo.G', reEndorsement: true }]); // appointment required (Guangzhou, 2013-03 on), …
 * ```
 */
export function practiceNotes(view: PolicyView, facts: PracticeFacts, services: readonly PracticeService[]): readonly Reason[] {
  const out: Reason[] = [];
  const at = facts.channel === 'hall-window' ? facts.acceptedAt : undefined;
  const urgent = facts.urgentGround !== undefined && GROUNDS.has(facts.urgentGround) && facts.acceptedAtText !== undefined;
  const head = planOf(view, urgent ? HEAD : ALL, at === undefined ? '' : facts.office);
  if (at !== undefined && statusOn(head.hours, dayKindOf(at.date), at.minutes) === 'closed') {
    out.push(localReason('office.closed-at-acceptance', { at: `${at.date} ${at.time}` }, head.hoursCite));
  }
  if (head.appointment !== undefined) out.push(head.appointment);
  let tail = head;
  if (urgent) {
    const g = greenChannelTrusted(view, { applicant: 'urgent-personal', ground: facts.urgentGround as (typeof GREEN_CHANNEL_GROUNDS)[number], acceptedAt: facts.acceptedAtText as string });
    if (g.status === 'applies') for (const r of g.reasons) out.push(r);
    tail = planOf(view, TAIL, '');
  }
  if (facts.disabled === true && tail.homeVisits !== undefined) out.push(tail.homeVisits);
  if (tail.approval !== undefined && services.some((s) => s.reEndorsement && (s.key === 'hkmo.G' || s.key === 'hkmo.L' || s.key === 'hkmo.T'))) out.push(tail.approval);
  return out;
}

/** A policy without the practice tables knows no practices: nothing to add. */
function tolerant<T>(empty: T, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UnknownTableError) return empty;
    throw e;
  }
}

/** The practice facts of a parsed application (the acceptance instant read only when `instant`: the notes on the whole application need it, a service's reasons do not). */
function factsOf(parsed: ParsedApplication, instant: boolean): PracticeFacts {
  const { application: app, derived } = parsed;
  const a = app.applicant;
  const facts: { -readonly [K in keyof PracticeFacts]: PracticeFacts[K] } = { office: app.office.division, hukou: a.hukou, channel: app.channel };
  if (instant && derived.acceptedTime !== undefined) facts.acceptedAt = readInstant(app.acceptedAt) as ShanghaiTime;
  facts.acceptedAtText = app.acceptedAt;
  if (a.residencePermit) facts.residencePermitDivision = a.residencePermit.division;
  if (a.registeredPersonnel || a.refusalFlags?.registeredPersonnel) facts.registeredPersonnel = true;
  if (a.disabled) facts.disabled = true;
  if (app.urgent) facts.urgentGround = app.urgent.ground;
  return facts;
}

const PERMIT_OF = { 'hong-kong': 'hkmo-permit', macau: 'hkmo-permit', taiwan: 'taiwan-permit' } as const;

/** A service of a parsed application as the practices see it. */
function serviceOf(parsed: ParsedApplication, s: ApplicationService): PracticeService {
  const app = parsed.application;
  if (s.kind === 'document') return { key: s.document, reEndorsement: false };
  const permit = PERMIT_OF[s.destination];
  const withPermit = app.services.some((x) => x.kind === 'document' && x.document === permit);
  const held = app.existingDocuments.find((d) => d.type === permit)?.form;
  const prefix = s.destination === 'taiwan' ? 'taiwan' : 'hkmo';
  return { key: `${prefix}.${s.type}`, reEndorsement: !withPermit, ...(held === 'card' || held === 'booklet' ? { permitForm: held } : {}) };
}

const NOTHING = Object.freeze({ against: Object.freeze([]) as readonly Reason[], notes: Object.freeze([]) as readonly Reason[] });

/**
 * {@link practiceServiceReasons} for a service of a parsed application (what `evaluate` calls);
 * a policy without the practice tables adds nothing.
 *
 * @internal
 * @example
 * ```ts
 * const { against, notes } = applicationPracticeReasons(view, parsed, parsed.application.services[0]);
 * ```
 */
export function applicationPracticeReasons(view: PolicyView, parsed: ParsedApplication, s: ApplicationService): { readonly against: readonly Reason[]; readonly notes: readonly Reason[] } {
  return tolerant(NOTHING, () => practiceServiceReasons(view, factsOf(parsed, false), serviceOf(parsed, s)));
}

/**
 * {@link practiceNotes} for a parsed application (what `evaluate` calls); a policy without the
 * practice tables adds nothing.
 *
 * @internal
 * @example
 * ```ts
 * general.push(...applicationPracticeNotes(view, parsed));
 * ```
 */
export function applicationPracticeNotes(view: PolicyView, parsed: ParsedApplication): readonly Reason[] {
  return tolerant([] as readonly Reason[], () => practiceNotes(view, factsOf(parsed, true), parsed.application.services.map((s) => serviceOf(parsed, s))));
}
