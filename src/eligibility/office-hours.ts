/**
 * Is an exit-entry office open at an instant, when does it next open, and can its kiosks print
 * an endorsement now or only take the application? Read from `office.hours` (local measures
 * only) and the State Council working-day calendar (a make-up Saturday is a working day; the
 * days off of a statutory holiday, weekends inside the break included, are holidays).
 *
 * Answers are honest about what the sources leave out: a day kind no source describes, or an
 * instant inside a session whose start or end is not reported, is `unknown` — never a guessed
 * nine-to-five. An office keyed by a county code is a district hall; one keyed by a city or
 * province code is the city's (or province's) own office.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import * as z from 'zod/mini';
import { type ShanghaiTime, isIssue, readInstant } from '../rules/instant.js';
import { type PolicyView, viewOf } from '../rules/policy-at.js';
import { builtInDayKind } from '../deadlines/day-kind.js';
import { daysFromCivil, tryParseCivilDate } from '../rules/civil-date.js';
import { type LocalPracticeReason, localReason } from './local-practice-reasons.js';
import { OFFICE_HOURS, type OfficeHours, type OfficeHoursRule, type Session } from './office-hours-tables.js';

/**
 * Which rule of a day applies: a working day, a Saturday or Sunday off, a statutory holiday, or
 * a day outside the calendar.
 *
 * @example
 * ```ts
 * const d: DayKindName = 'holiday';
 * ```
 */
export type DayKindName = 'working-day' | 'saturday' | 'sunday' | 'holiday' | 'outside-calendar';

/**
 * `open`: certainly open for applications; `enquiries-only`: only the enquiry desk; `closed`:
 * certainly closed; `unknown`: the sources do not say.
 *
 * @example
 * ```ts
 * const s: OpenStatus = 'unknown';
 * ```
 */
export type OpenStatus = 'open' | 'enquiries-only' | 'closed' | 'unknown';

/**
 * Whether the kiosks of an office take an application or print an endorsement at an instant.
 *
 * @example
 * ```ts
 * const k: KioskNow = { accepts: 'unknown', issues: 'no' };
 * ```
 */
export interface KioskNow {
  readonly accepts: 'yes' | 'no' | 'unknown';
  readonly issues: 'yes' | 'no' | 'unknown';
}

/**
 * The answer of `officeOpenAtTrusted`.
 *
 * @example
 * ```ts
 * const r: OfficeOpenResult = officeOpenAtTrusted(view, '510108', { date: '2018-06-02', time: '22:00', minutes: 1320 });
 * r.kiosk.issues; // 'yes': 成华 has a 24-hour self-service area
 * ```
 */
export interface OfficeOpenResult {
  readonly office: string;
  readonly date: string;
  readonly time: string;
  readonly day: DayKindName;
  readonly status: OpenStatus;
  /** When it next opens for applications (a start the sources give), `'unknown'`, or absent while open. */
  readonly nextOpening?: { readonly date: string; readonly time: string } | 'unknown';
  readonly kiosk: KioskNow;
  readonly reasons: readonly LocalPracticeReason[];
  /** The local measure behind the hours, when one is in force. */
  readonly cite?: Citation;
  readonly unverified: boolean;
}

const NOON = 720;
const MIDNIGHT = 1440;
const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/**
 * Whether an office code names a district or county hall (a county-level code) rather than the
 * city's or province's own office.
 *
 * @internal
 * @example
 * ```ts
 * isDistrictHall('510108'); // true
 * isDistrictHall('510100'); // false
 * ```
 */
export function isDistrictHall(office: string): boolean {
  return office.slice(4) !== '00';
}

/**
 * The kind of a day on the default calendar.
 *
 * @internal
 * @example
 * ```ts
 * dayKindOf('2014-10-03'); // 'holiday'
 * ```
 */
export function dayKindOf(date: string): DayKindName {
  const day = tryParseCivilDate(date);
  const i = day === undefined ? -1 : day - KIND_BASE;
  if (i < 0 || i >= KIND_SPAN) return describeKind(date);
  const known = KINDS[i] as number;
  if (known !== 0) return KIND_NAMES[known - 1] as DayKindName;
  const kind = describeKind(date);
  // a day outside the calendar is not kept (it is answered by the slow path each time)
  if (kind !== 'outside-calendar') KINDS[i] = KIND_NAMES.indexOf(kind) + 1;
  return kind;
}

/** The kinds a day keeps in {@link KINDS} (its index + 1; 0: not looked up yet). */
const KIND_NAMES: readonly DayKindName[] = ['working-day', 'saturday', 'sunday', 'holiday'];
/** The first day {@link KINDS} covers (2000-01-01) and how many (through 2039). */
const KIND_BASE = /* @__PURE__ */ daysFromCivil(2000, 1, 1);
const KIND_SPAN = 40 * 366;
/**
 * The kind of each day of the built-in calendar already looked up: a fixed calendar answers a
 * day alike every time, and one byte per day keeps the cache bounded (the offices of one day,
 * and the days a next opening is looked for, share it).
 */
const KINDS = /* @__PURE__ */ new Uint8Array(KIND_SPAN);

/** The kind of a day, read from the built-in calendar (no description of it is needed). */
function describeKind(date: string): DayKindName {
  const kind = builtInDayKind(date);
  if (kind === undefined) return 'outside-calendar';
  if (kind === 'working') return 'working-day';
  if (kind === 'holiday') return 'holiday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? 'saturday' : 'sunday';
}

function sessionsOf(h: OfficeHours | undefined, day: DayKindName): readonly Session[] | undefined {
  if (h === undefined) return undefined;
  switch (day) {
    case 'working-day':
      return h.workingDay;
    case 'saturday':
      return h.saturday;
    case 'sunday':
      return h.sunday;
    case 'holiday':
      return h.holiday;
    default:
      return undefined;
  }
}

/**
 * The minutes a session may cover (`lo`..`hi`), and surely covers (`sureLo`..`sureHi`, when
 * both its bounds are reported), and whether it serves enquiries only.
 *
 * @internal
 * @example
 * ```ts
 * const s: SessionSpan = { lo: 540, hi: 1020, sureLo: 540, sureHi: 1020, enquiries: false };
 * ```
 */
export interface SessionSpan {
  readonly lo: number;
  readonly hi: number;
  readonly sureLo?: number;
  readonly sureHi?: number;
  readonly enquiries: boolean;
}

/** The minutes session `i` may cover: its known bounds, else its period's, else up to the next known start. */
function span(sessions: readonly Session[], i: number): SessionSpan {
  const s = sessions[i] as Session;
  const windowLo = s.period === 'afternoon' ? NOON : 0;
  let windowHi = s.period === 'morning' ? NOON : MIDNIGHT;
  const lo = s.from === undefined ? windowLo : toMinutes(s.from);
  if (s.to === undefined) {
    // an end not reported runs at most to the next session's reported start
    let later: number | undefined;
    for (let j = i + 1; j < sessions.length; j++) {
      const from = (sessions[j] as Session).from;
      const m = from === undefined ? undefined : toMinutes(from);
      if (m !== undefined && m > lo && (later === undefined || m < later)) later = m;
    }
    if (later !== undefined) windowHi = Math.max(windowHi, later);
  }
  const hi = s.to === undefined ? windowHi : toMinutes(s.to);
  const enquiries = s.serves === 'enquiries';
  return Object.freeze(s.from !== undefined && s.to !== undefined ? { lo, hi, sureLo: lo, sureHi: hi, enquiries } : { lo, hi, enquiries });
}

/**
 * The spans of a day's sessions (frozen).
 *
 * @internal
 * @example
 * ```ts
 * spansOf([{ period: 'morning', from: '09:00' }, { period: 'afternoon', from: '13:30', to: '17:00' }]); // the morning may run to 13:30
 * ```
 */
export function spansOf(sessions: readonly Session[]): readonly SessionSpan[] {
  const out: SessionSpan[] = [];
  for (let i = 0; i < sessions.length; i++) out.push(span(sessions, i));
  return Object.freeze(out);
}

/**
 * The status of a day's session spans at a minute.
 *
 * @internal
 * @example
 * ```ts
 * statusIn(spansOf([{ period: 'day', from: '09:00', to: '17:00' }]), 600); // 'open'
 * ```
 */
export function statusIn(spans: readonly SessionSpan[], minutes: number): OpenStatus {
  let sureFull = false;
  let maybeFull = false;
  let sureEnquiries = false;
  let maybeEnquiries = false;
  for (const sp of spans) {
    const sure = sp.sureLo !== undefined && sp.sureHi !== undefined && minutes >= sp.sureLo && minutes < sp.sureHi;
    const maybe = minutes >= sp.lo && minutes < sp.hi;
    if (sp.enquiries) {
      sureEnquiries ||= sure;
      maybeEnquiries ||= maybe;
    } else {
      sureFull ||= sure;
      maybeFull ||= maybe;
    }
  }
  if (sureFull) return 'open';
  if (maybeFull) return 'unknown';
  if (sureEnquiries) return 'enquiries-only';
  return maybeEnquiries ? 'unknown' : 'closed';
}

/**
 * The status of a day's sessions at a minute (undefined sessions: the day is not described).
 *
 * @internal
 * @example
 * ```ts
 * statusAt([{ period: 'day', from: '09:00', to: '17:00' }], 20 * 60); // 'closed'
 * ```
 */
export function statusAt(sessions: readonly Session[] | undefined, minutes: number): OpenStatus {
  return sessions === undefined ? 'unknown' : statusIn(spansOf(sessions), minutes);
}

/**
 * An office's session spans per kind of day (see {@link hoursSpans}).
 *
 * @internal
 * @example
 * ```ts
 * const h: HoursSpans = hoursSpans(undefined); // {}
 * ```
 */
export type HoursSpans = { readonly [K in DayKindName]?: readonly SessionSpan[] };

/**
 * The session spans of an office's hours on each kind of day it describes (frozen; a day kind
 * not described, and a day outside the calendar, have none).
 *
 * @internal
 * @example
 * ```ts
 * hoursSpans({ workingDay: [{ period: 'day', from: '09:00', to: '17:00' }] })['working-day']; // [{ lo: 540, hi: 1020, … }]
 * ```
 */
export function hoursSpans(h: OfficeHours | undefined): HoursSpans {
  const out: { -readonly [K in DayKindName]?: readonly SessionSpan[] } = {};
  for (const day of KIND_NAMES) {
    const sessions = sessionsOf(h, day);
    if (sessions !== undefined) out[day] = spansOf(sessions);
  }
  return Object.freeze(out);
}

/**
 * The status of an office on a day of kind `day` at a minute, from its {@link hoursSpans}: as
 * {@link statusAt} of that day's sessions.
 *
 * @internal
 * @example
 * ```ts
 * statusOn(hoursSpans({ workingDay: [{ period: 'day', from: '09:00', to: '17:00' }] }), 'working-day', 600); // 'open'
 * ```
 */
export function statusOn(spans: HoursSpans, day: DayKindName, minutes: number): OpenStatus {
  const s = day === 'outside-calendar' ? undefined : spans[day];
  return s === undefined ? 'unknown' : statusIn(s, minutes);
}

/** The next reported start of a full-service session after `minutes`, or `undefined`; `'unknown'` when it may open sooner without a reported start. */
function nextStart(sessions: readonly Session[], after: number): number | 'unknown' | undefined {
  let best: number | undefined;
  for (const s of sessions) {
    if (s.serves === 'enquiries') continue;
    if (s.from === undefined) {
      // a session without a reported start may open at any time in its period
      const hi = s.period === 'morning' ? NOON : MIDNIGHT;
      if (after < hi) return 'unknown';
      continue;
    }
    const m = toMinutes(s.from);
    if (m > after && (best === undefined || m < best)) best = m;
  }
  return best;
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** How far ahead a next opening is looked for. */
const LOOKAHEAD_DAYS = 14;

function nextOpening(view: PolicyView, office: string, from: ShanghaiTime): { readonly date: string; readonly time: string } | 'unknown' {
  let after = from.minutes;
  let date = from.date;
  for (let i = 0; i <= LOOKAHEAD_DAYS; i++) {
    const h = hoursOf(view, office);
    const sessions = sessionsOf(h, dayKindOf(date));
    if (sessions === undefined) return 'unknown';
    const n = nextStart(sessions, after);
    if (n === 'unknown') return 'unknown';
    if (n !== undefined) return { date, time: hhmm(n) };
    date = addDays(date, 1);
    after = -1;
  }
  return 'unknown';
}

/** The hours of an office on a date: the rule in force on the view's date (the view's rules hold for the days looked ahead). */
function hoursOf(view: PolicyView, office: string): OfficeHours | undefined {
  const r = view.value(OFFICE_HOURS);
  return r.inForce ? hoursIn(r.value, office) : undefined;
}

/**
 * The hours of one office under a rule: the city's own office, or a district hall (its own
 * hours where the rule gives them, over the district halls').
 *
 * @internal
 * @example
 * ```ts
 * hoursIn({ districts: { sunday: [] }, halls: [{ division: '510108', hours: { kiosk: { issues: 'round-the-clock' } } }] }, '510108'); // { sunday: [], kiosk: … }
 * ```
 */
export function hoursIn(rule: OfficeHoursRule, office: string): OfficeHours | undefined {
  if (!isDistrictHall(office)) return rule.centre;
  const own = rule.halls?.find((h) => h.division === office)?.hours;
  return own === undefined ? rule.districts : { ...rule.districts, ...own };
}

function kioskNow(h: OfficeHours | undefined, day: DayKindName, hall: OpenStatus): KioskNow {
  const k = h?.kiosk;
  const when = (mode: 'round-the-clock' | 'working-hours' | undefined, needsWorkingDay: boolean): KioskNow['accepts'] => {
    if (mode === 'round-the-clock') return 'yes';
    if (mode === undefined) return 'unknown';
    if (needsWorkingDay && day !== 'working-day' && day !== 'outside-calendar') return 'no';
    return hall === 'open' ? 'yes' : hall === 'closed' || hall === 'enquiries-only' ? 'no' : 'unknown';
  };
  return { accepts: when(k?.accepts, false), issues: when(k?.issues, true) };
}

/**
 * Whether the office `office` (a GB/T 2260 code: a county code for a district hall) is open at
 * an instant already read in Asia/Shanghai, when it next opens, and whether its kiosks take an
 * application or print an endorsement then. The view must be `policyAt(policy, at.date, {
 * division: office })`.
 *
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2014-11-03', { division: '230100' });
 * officeOpenAtTrusted(view, '230100', { date: '2014-11-03', time: '07:45', minutes: 465 }).status; // 'enquiries-only'
 * ```
 */
export function officeOpenAtTrusted(view: PolicyView, office: string, at: ShanghaiTime): OfficeOpenResult {
  const r = view.value(OFFICE_HOURS);
  const h = r.inForce ? hoursIn(r.value, office) : undefined;
  const day = dayKindOf(at.date);
  const sessions = sessionsOf(h, day);
  const status = statusAt(sessions, at.minutes);
  const c = r.inForce ? r.cite : undefined;
  const stamp = `${at.date} ${at.time}`;
  const reasons: LocalPracticeReason[] = [];
  if (status === 'open') reasons.push(localReason('office.open', { at: stamp }, c));
  else if (status === 'enquiries-only') reasons.push(localReason('office.enquiries-only', { at: stamp }, c));
  else if (status === 'closed') reasons.push(localReason('office.closed', { at: stamp }, c));
  else reasons.push(localReason('office.hours-unknown', { at: stamp, day }, c));
  let next: OfficeOpenResult['nextOpening'];
  if (status !== 'open') {
    next = sessions === undefined ? 'unknown' : nextOpening(view, office, at);
    reasons.push(next === 'unknown' ? localReason('office.next-opening-unknown') : localReason('office.next-opening', next, c));
  }
  if (h?.late === 'until-served') reasons.push(localReason('office.late-until-served', {}, c));
  if (h?.late === 'at-peak') reasons.push(localReason('office.late-at-peak', {}, c));
  const kiosk = kioskNow(h, day, status);
  const out: { -readonly [K in keyof OfficeOpenResult]: OfficeOpenResult[K] } = { office, date: at.date, time: at.time, day, status, kiosk, reasons, unverified: r.unverified };
  if (next !== undefined) out.nextOpening = next;
  if (c !== undefined) out.cite = c;
  return Object.freeze(out);
}

/**
 * The kiosk's printing on the spot at an instant, for the kiosk check: `yes`, `no` (outside its
 * issuing hours) or `unknown`, with the reason; without an instant, whether immediacy depends on
 * the hours at all (a 24-hour area prints at any hour).
 *
 * @internal
 * @example
 * ```ts
 * kioskIssuing(view, '510104', { date: '2018-06-02', time: '22:00', minutes: 1320 }).issues; // 'no'
 * ```
 */
export function kioskIssuing(view: PolicyView, kiosk: string, at: ShanghaiTime | undefined): { readonly issues: 'yes' | 'no' | 'unknown'; readonly reason: LocalPracticeReason } {
  // the kiosk's own hall may have its own hours (成华, 新都): read them at the kiosk's division
  const here = view.division === kiosk ? view : viewOf(view.policy, view.date, { division: kiosk, beyondVerified: 'flag' });
  const r = here.value(OFFICE_HOURS);
  const h = r.inForce ? hoursIn(r.value, kiosk) : undefined;
  const c = r.inForce ? r.cite : undefined;
  if (h?.kiosk?.issues === 'round-the-clock') return { issues: 'yes', reason: localReason('kiosk.issues-round-the-clock', {}, c) };
  if (at === undefined) return { issues: 'unknown', reason: localReason('kiosk.immediate-in-working-hours', {}, c) };
  const day = dayKindOf(at.date);
  const k = kioskNow(h, day, statusAt(sessionsOf(h, day), at.minutes)).issues;
  if (k === 'no') return { issues: 'no', reason: localReason('kiosk.outside-issuing-hours', { at: `${at.date} ${at.time}` }, c) };
  return { issues: k, reason: localReason(k === 'yes' ? 'kiosk.in-issuing-hours' : 'kiosk.issuing-hours-unknown', k === 'yes' ? { at: `${at.date} ${at.time}` } : {}, c) };
}

/**
 * Schema of an instant string: ISO 8601 with an explicit offset (as `readInstant` reads it).
 *
 * @internal
 * @example
 * ```ts
 * instantStringSchema.parse('2018-06-02T22:00:00+08:00');
 * ```
 */
export const instantStringSchema = /* @__PURE__ */ z
  .string().check(/* @__PURE__ */ z.refine((v) => !isIssue(readInstant(v)), { message: 'expected an ISO 8601 instant with an explicit offset (2018-06-02T22:00:00+08:00)', params: { code: 'invalid-instant' } }));
