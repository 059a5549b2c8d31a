/**
 * Processing deadlines from an acceptance instant or date and a rule.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CivilDate, formatCivilDate, isCivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, ValidationError, isLocale } from '../rules/errors.js';
import { type InstantInput, type ShanghaiTime, instantString, isIssue, readInstant } from '../rules/instant.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { type AssumedDay, type CalendarData, DayKind, WorkingDayCalendar, calendarData, namedDays, workDates } from './calendar-build.js';
import { CalendarRangeError } from './calendar-errors.js';
import { notACalendar } from './calendar-options.js';
import { type DeadlineRule, deadlineRuleSchema } from './deadline-rule.js';
import { defaultCalendar } from './default-calendar.js';
import type { HolidayName } from './holiday-names.js';
import { dayDate, makeUpDay, skippedDay } from './period-days.js';
import { type PeriodDays, explainPeriod } from './period-words.js';
import { type ProvisionalMark, markOf, provisionalCalendar } from './provisional-calendar.js';

/** The fields of a deadline input besides its start (the start is read by hand, for a precise message). */
const deadlineFieldsSchema = /* @__PURE__ */ z.strictObject({
  rule: deadlineRuleSchema,
  /** `error` (default): a period past the published calendar raises `CalendarRangeError`; `provisional`: it is counted on the statutory days off and marked. */
  beyondCalendar: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['error', 'provisional'])),
  /** The locale of error messages. */
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['zh-CN', 'en'])),
});

/**
 * Schema of the input of {@link computeDeadline} (without the optional calendar object; the
 * start as a string).
 *
 * @example
 * ```ts
 * deadlineInputSchema.parse({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
 * ```
 */
export const deadlineInputSchema = /* @__PURE__ */ z.extend(deadlineFieldsSchema, {
  /** An instant with an offset, or a civil date `YYYY-MM-DD`. */
  start: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((v) => isCivilDate(v) || !isIssue(readInstant(v)), 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD')),
});

/**
 * Input of {@link computeDeadline}.
 *
 * @example
 * ```ts
 * const input: DeadlineInput = { start: '2025-01-24', rule: { unit: 'working-days', count: 7 } };
 * ```
 */
export interface DeadlineInput {
  /** An instant with an offset (`2025-01-24T16:30:00+08:00`, a `Date`, a luxon `DateTime`) or a civil date (`2025-01-24`). */
  readonly start: InstantInput | CivilDate;
  readonly rule: DeadlineRule;
  /** Defaults to the built-in calendar. */
  readonly calendar?: WorkingDayCalendar;
  /** Past the published calendar: `error` (default) or `provisional` (the statutory days off assumed, marked). */
  readonly beyondCalendar?: 'error' | 'provisional';
  /** The locale of error messages (default `en`). */
  readonly locale?: Locale;
}

/**
 * A non-working day inside the counted period, with the holiday that makes it one.
 *
 * @example
 * ```ts
 * const d: SkippedDay = { date: '2025-01-28', kind: 'holiday', holiday: { key: 'spring-festival', 'zh-CN': '春节', en: 'Spring Festival' } };
 * ```
 */
export interface SkippedDay {
  readonly date: CivilDate;
  readonly kind: 'weekend' | 'holiday';
  readonly holiday?: HolidayName;
  /** Past the published calendar: a day off assumed from the statute (or a weekend there). */
  readonly provisional?: true;
}

/**
 * A weekend day worked (调休) that counted as a working day.
 *
 * @example
 * ```ts
 * const d: MakeUpDay = { date: '2025-01-26', holiday: { key: 'spring-festival', 'zh-CN': '春节', en: 'Spring Festival' } };
 * ```
 */
export interface MakeUpDay {
  readonly date: CivilDate;
  readonly holiday: HolidayName;
}

/**
 * A computed deadline with its explanation.
 *
 * @example
 * ```ts
 * const d: Deadline = computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 7 } });
 * d.due; // '2025-02-10'
 * ```
 */
export interface Deadline {
  /** The last day of the period: the document is due by the end of it. */
  readonly due: CivilDate;
  /** The day the application counts as received (the day after it, after a cut-off). */
  readonly receivedOn: CivilDate;
  /** The start as given (an instant as its ISO string), with its local date and time when it was an instant. */
  readonly start: { readonly input: string; readonly date: CivilDate; readonly time?: string; readonly afterCutoff: boolean };
  /** The rule applied, including its citation slot. */
  readonly rule: DeadlineRule;
  /**
   * Non-working days that did not count: for working days, every one in `(receivedOn, due]`;
   * for calendar days, the days the deadline moved over.
   */
  readonly skipped: readonly SkippedDay[];
  /** Make-up working days that counted (working days only). */
  readonly makeUpDays: readonly MakeUpDay[];
  /** Calendar days: the nominal last day when it was not a working day. */
  readonly rolledForwardFrom?: CivilDate;
  /** With `beyondCalendar: 'provisional'`, when the period ran past the published calendar. */
  readonly provisional?: true;
  /** The last published day, when `provisional`. */
  readonly publishedThrough?: CivilDate;
  /** The days off assumed from the statute in the period, when `provisional`. */
  readonly assumed?: readonly AssumedDay[];
  /** The reasoning in words. */
  readonly explanation: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * The part of a deadline fixed by the received day, the unit and count and the calendar alone:
 * the due date, the days skipped or made up, the provisional mark, and the explanation from
 * the counting sentence on. Frozen (it is shared through the period cache).
 *
 * @internal
 * @example
 * ```ts
 * countedPeriod(parseCivilDate('2025-01-24'), 'working-days', 7, calendarData(defaultCalendar())).due; // '2025-02-10'
 * ```
 */
export interface CountedPeriod {
  readonly receivedOn: CivilDate;
  readonly due: CivilDate;
  readonly skipped: readonly SkippedDay[];
  readonly makeUpDays: readonly MakeUpDay[];
  readonly rolledForwardFrom: CivilDate | undefined;
  /** Set when the period used a day past the published calendar. */
  readonly mark: ProvisionalMark | undefined;
  /** The explanation after the acceptance and cut-off sentences, zh-CN. */
  readonly 'zh-CN': string;
  /** The same in English (its sentences joined by spaces). */
  readonly en: string;
}

const isWork = (k: number | undefined): boolean => k === DayKind.Workday || k === DayKind.MakeUp;

/**
 * How a count reports leaving the calendar: the locale of the error and whether the calendar
 * is the provisional one.
 *
 * @internal
 * @example
 * ```ts
 * const how: RangeContext = { locale: 'en', provisional: false };
 * ```
 */
export interface RangeContext {
  readonly locale: Locale;
  readonly provisional: boolean;
}

const PLAIN: RangeContext = Object.freeze({ locale: 'en', provisional: false });

function outside(d: CalendarData, day: number, what: string, how: RangeContext): CalendarRangeError {
  const date = day > d.last ? formatCivilDate(d.last + 1) : day < d.first ? formatCivilDate(d.first - 1) : formatCivilDate(day);
  return new CalendarRangeError(date, d.from, d.to, what, how.locale, how.provisional);
}

/** The index of a day in the calendar, or its CalendarRangeError. */
function indexOf(d: CalendarData, day: number, how: RangeContext, what?: string): number {
  if (day < d.first || day > d.last) throw outside(d, day, what ?? formatCivilDate(day), how);
  return day - d.first;
}

/** The words of a `CalendarRangeError` for a period that leaves the calendar (built only when it does). */
function dueWhat(d: CalendarData, ri: number, unit: DeadlineRule['unit'], count: number): string {
  return `The due date of ${count} ${unit === 'working-days' ? 'working' : 'calendar'} days from ${formatCivilDate(d.first + ri)}`;
}

/** The last day index of the period {@link dueIndex} counted last (calendar days: before rolling forward). */
let lastIndex = 0;

/**
 * The index of the due day of a period received on day index `ri` (working days: the count-th
 * working day after it, or the day itself for count 0 when it is a working day; calendar days:
 * the last day, or the next working day after it); the period's last day index is left in
 * `lastIndex`. Throws the `CalendarRangeError` of a period that leaves the calendar.
 */
function dueIndex(d: CalendarData, ri: number, unit: DeadlineRule['unit'], count: number, how: RangeContext): number {
  let li = ri;
  let k: number;
  if (unit === 'working-days') {
    if (count === 0 && isWork(d.kind[ri])) return (lastIndex = ri);
    k = (d.cum[ri] as number) + Math.max(count, 1) - 1;
  } else {
    const day = d.first + ri + count;
    if (day < d.first || day > d.last) throw outside(d, day, dueWhat(d, ri, unit, count), how);
    li = day - d.first;
    if (isWork(d.kind[li])) return (lastIndex = li);
    k = d.cum[li] as number;
  }
  const target = d.work[k];
  if (target === undefined) throw outside(d, d.last + 1, dueWhat(d, ri, unit, count), how);
  lastIndex = li;
  return target - d.first;
}

/** The shared empty list of a period that skips no day or counts no make-up day. */
const NONE: readonly never[] = Object.freeze([]);

function countPeriod(receivedDay: number, unit: DeadlineRule['unit'], count: number, d: CalendarData, how: RangeContext): CountedPeriod {
  const ri = indexOf(d, receivedDay, how);
  const receivedOn = dayDate(d, ri);
  const di = dueIndex(d, ri, unit, count, how);
  const li = lastIndex;
  const days: PeriodDays = { skipped: undefined, skippedAt: undefined, makeUpDays: undefined, makeUpAt: undefined };
  let rolledForwardFrom: string | undefined;
  const kind = d.kind;
  if (unit === 'working-days') {
    for (let i = count === 0 ? ri : ri + 1; i <= di; i++) {
      const k = kind[i];
      if (k === DayKind.Workday) continue;
      if (k !== DayKind.MakeUp) {
        (days.skipped ??= []).push(skippedDay(d, i));
        (days.skippedAt ??= []).push(i);
      } else {
        (days.makeUpDays ??= []).push(makeUpDay(d, i));
        (days.makeUpAt ??= []).push(i);
      }
    }
  } else if (li !== di) {
    rolledForwardFrom = dayDate(d, li);
    const skipped: SkippedDay[] = [];
    const at: number[] = [];
    for (let i = li; i < di; i++) {
      skipped.push(skippedDay(d, i));
      at.push(i);
    }
    days.skipped = skipped;
    days.skippedAt = at;
  }
  const dueDay = d.first + di;
  const due = (d.workDates ?? workDates(d))[(d.cum[di] as number) - 1] as string;
  const mark = dueDay >= d.provisionalFrom || receivedDay >= d.provisionalFrom ? markOf(d, receivedDay, dueDay) : undefined;
  const { 'zh-CN': zh, en } = explainPeriod(unit, count, receivedOn, due, dueDay, d, days, rolledForwardFrom, kind[di] === DayKind.MakeUp, mark);
  return Object.freeze({
    receivedOn,
    due,
    skipped: days.skipped ? Object.freeze(days.skipped) : NONE,
    makeUpDays: days.makeUpDays ? Object.freeze(days.makeUpDays) : NONE,
    rolledForwardFrom,
    mark,
    'zh-CN': zh,
    en,
  });
}

/**
 * Counted periods already computed, per calendar (a calendar's data is immutable), keyed by
 * received day, unit and count (`receivedDay * 8192 + count * 2 + unit`, count <= 3660).
 * Bounded: cleared when it reaches {@link PERIOD_CACHE_SIZE} entries. Small on purpose: the
 * periods in use at a time are few (acceptances of the day, a handful of limits), and a large
 * cache that keeps missing (dates all over the calendar) costs more in garbage collection than
 * it saves; a miss is cheap, since a period is put together from parts kept per calendar day
 * (period-days.ts).
 */
const periods = new WeakMap<CalendarData, Map<number, CountedPeriod>>();
const PERIOD_CACHE_SIZE = 256;

/** The calendar data asked last and its periods (a deadline asks the same calendar's several times). */
let lastData: CalendarData | undefined;
let lastPeriods: Map<number, CountedPeriod> | undefined;

function periodsOf(d: CalendarData): Map<number, CountedPeriod> {
  if (d === lastData) return lastPeriods as Map<number, CountedPeriod>;
  let known = periods.get(d);
  if (known === undefined) periods.set(d, (known = new Map()));
  lastData = d;
  lastPeriods = known;
  return known;
}

function periodKey(receivedDay: number, unit: DeadlineRule['unit'], count: number): number {
  return receivedDay * 8192 + count * 2 + (unit === 'working-days' ? 0 : 1);
}

/**
 * The counted period of a received day (an epoch day), unit and count on a calendar's data,
 * cached per calendar. Throws `CalendarRangeError` when it leaves the calendar.
 *
 * @internal
 * @example
 * ```ts
 * countedPeriod(parseCivilDate('2025-01-24'), 'working-days', 7, calendarData(defaultCalendar())).skipped.length; // 10
 * ```
 */
export function countedPeriod(receivedDay: number, unit: DeadlineRule['unit'], count: number, d: CalendarData, how: RangeContext = PLAIN): CountedPeriod {
  const known = periodsOf(d);
  const key = periodKey(receivedDay, unit, count);
  let p = known.get(key);
  if (p === undefined) {
    p = countPeriod(receivedDay, unit, count, d, how);
    if (known.size >= PERIOD_CACHE_SIZE) known.clear();
    known.set(key, p);
  }
  return p;
}

/**
 * The due date of a period counted from `receivedDay` (an epoch day): what
 * {@link computeDeadlineTrusted} gives as `due` for a start received that day, without building
 * the rest (served from the period cache when it is there). Throws the same
 * `CalendarRangeError`s.
 *
 * @internal
 * @example
 * ```ts
 * periodDue(parseCivilDate('2025-01-24'), 'working-days', 7, calendarData(defaultCalendar())); // '2025-02-10'
 * ```
 */
export function periodDue(receivedDay: number, unit: DeadlineRule['unit'], count: number, d: CalendarData, how: RangeContext = PLAIN): CivilDate {
  const cached = periodsOf(d).get(periodKey(receivedDay, unit, count));
  if (cached) return cached.due;
  const due = dueIndex(d, indexOf(d, receivedDay, how), unit, count, how);
  return (d.workDates ?? workDates(d))[(d.cum[due] as number) - 1] as string;
}

/**
 * The start of a deadline read as its Asia/Shanghai date (and time of day for an instant).
 *
 * @internal
 * @example
 * ```ts
 * const s: DeadlineStart = { date: '2025-01-24', time: '10:00', minutes: 600 };
 * ```
 */
export type DeadlineStart = { readonly date: CivilDate } | ShanghaiTime;

/**
 * The data a deadline is counted on: the calendar's, or its provisional extension's.
 *
 * @internal
 * @example
 * ```ts
 * countingData(undefined, 'provisional').to; // '2051-12-31'
 * ```
 */
export function countingData(calendar: WorkingDayCalendar | undefined, beyond: 'error' | 'provisional' | undefined): CalendarData {
  const cal = calendar ?? defaultCalendar();
  return calendarData(beyond === 'provisional' ? provisionalCalendar(cal) : cal);
}

/**
 * The deadline of a start already read (see `readDateOrInstant`): `start` is the input as
 * given (an instant as its ISO string), `at` what it reads as. The trusted core of
 * {@link computeDeadline}, for callers that read the start once for several rules.
 *
 * @internal
 * @example
 * ```ts
 * const start = '2025-01-24T10:00:00+08:00';
 * deadlineFromStart(start, readDateOrInstant(start), { unit: 'working-days', count: 7 }, calendarData(defaultCalendar())).due; // '2025-02-10'
 * ```
 */
export function deadlineFromStart(start: string, at: DeadlineStart, rule: DeadlineRule, d: CalendarData, how: RangeContext = PLAIN): Deadline {
  const afterCutoff = rule.cutoff !== undefined && 'minutes' in at && at.minutes >= +rule.cutoff.slice(0, 2) * 60 + +rule.cutoff.slice(3);
  return deadlineOfPeriod(start, at, afterCutoff, rule, countedPeriod((tryParseCivilDate(at.date) as number) + (afterCutoff ? 1 : 0), rule.unit, rule.count, d, how));
}

/**
 * The explanation {@link deadlineOfPeriod} made last, with what it was made from: the next
 * deadline of the same start and period (another limit or service of one application) takes
 * the same strings instead of joining them again. One entry.
 */
const last: { period: CountedPeriod | undefined; date: string; time: string | undefined; afterCutoff: boolean; cutoff: string | undefined; zh: string; en: string } = {
  period: undefined,
  date: '',
  time: undefined,
  afterCutoff: false,
  cutoff: undefined,
  zh: '',
  en: '',
};

/**
 * A deadline from its start and its counted period: `period` must be the one of the day `at`
 * counts as received (its date, or the next day when `afterCutoff`) with `rule`'s unit and count.
 *
 * @internal
 * @example
 * ```ts
 * const start = '2025-01-24T10:00:00+08:00';
 * const rule = { unit: 'working-days', count: 7 } as const;
 * deadlineOfPeriod(start, readDateOrInstant(start), false, rule, countedPeriod(parseCivilDate('2025-01-24'), 'working-days', 7, calendarData(defaultCalendar()))).due; // '2025-02-10'
 * ```
 */
export function deadlineOfPeriod(start: string, at: DeadlineStart, afterCutoff: boolean, rule: DeadlineRule, p: CountedPeriod): Deadline {
  const time = 'time' in at ? at.time : undefined;
  const cutoff = afterCutoff ? rule.cutoff : undefined;
  let zh: string;
  let en: string;
  if (p === last.period && at.date === last.date && time === last.time && afterCutoff === last.afterCutoff && cutoff === last.cutoff) {
    zh = last.zh;
    en = last.en;
  } else {
    zh = p['zh-CN'];
    en = p.en;
    if (afterCutoff) {
      zh = `晚于${cutoff}截止时间，视为${p.receivedOn}受理。${zh}`;
      en = `After the ${cutoff} cut-off, so it counts as received on ${p.receivedOn}. ${en}`;
    }
    if (time !== undefined) {
      zh = `受理时间为北京时间${at.date} ${time}。${zh}`;
      en = `Accepted ${at.date} at ${time} Beijing time. ${en}`;
    }
    last.period = p;
    last.date = at.date;
    last.time = time;
    last.afterCutoff = afterCutoff;
    last.cutoff = cutoff;
    last.zh = zh;
    last.en = en;
  }
  const startInfo = time !== undefined ? { input: start, date: at.date, time, afterCutoff } : { input: start, date: at.date, afterCutoff };
  const explanation = { 'zh-CN': zh, en };
  if (p.mark) {
    const m = p.mark;
    return p.rolledForwardFrom === undefined
      ? { due: p.due, receivedOn: p.receivedOn, start: startInfo, rule, skipped: p.skipped, makeUpDays: p.makeUpDays, provisional: true, publishedThrough: m.publishedThrough, assumed: m.assumed, explanation }
      : { due: p.due, receivedOn: p.receivedOn, start: startInfo, rule, skipped: p.skipped, makeUpDays: p.makeUpDays, rolledForwardFrom: p.rolledForwardFrom, provisional: true, publishedThrough: m.publishedThrough, assumed: m.assumed, explanation };
  }
  return p.rolledForwardFrom === undefined
    ? { due: p.due, receivedOn: p.receivedOn, start: startInfo, rule, skipped: p.skipped, makeUpDays: p.makeUpDays, explanation }
    : { due: p.due, receivedOn: p.receivedOn, start: startInfo, rule, skipped: p.skipped, makeUpDays: p.makeUpDays, rolledForwardFrom: p.rolledForwardFrom, explanation };
}

/**
 * The trusted core of {@link computeDeadline}: the same result for an input that is already
 * known to be valid (`start` a civil date or an instant, `rule` schema-valid, `calendar` a
 * `WorkingDayCalendar` or absent). It runs no schema. The days listed in the result
 * (`skipped`, `makeUpDays`) are frozen arrays shared by every deadline of the same period.
 *
 * @internal
 * @throws `CalendarRangeError` when the period leaves the calendar.
 * @example
 * ```ts
 * computeDeadlineTrusted({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } }).due; // '2025-02-10'
 * ```
 */
export function computeDeadlineTrusted(input: DeadlineInput): Deadline {
  const start = input.start;
  const text = isCivilDate(start) ? start : (instantString(start) as string);
  const at = isCivilDate(start) ? { date: start } : (readInstant(text) as ShanghaiTime);
  const how: RangeContext = input.locale === undefined && input.beyondCalendar !== 'provisional' ? PLAIN : { locale: input.locale ?? 'en', provisional: input.beyondCalendar === 'provisional' };
  return deadlineFromStart(text, at, input.rule, countingData(input.calendar, input.beyondCalendar), how);
}

/**
 * Computes a processing deadline.
 *
 * - `working-days`: the start day never counts; day 1 is the first working day after it
 *   (so a start on a non-working day counts from the next working day).
 * - `calendar-days`: day 1 is the day after the start; when the last day is not a working day
 *   the deadline moves to the next working day.
 * - `cutoff`: an instant at or after `HH:mm` (Asia/Shanghai) counts as received the next day.
 * - `count: 0`: the received day itself, or the next working day when it is not one.
 * - `beyondCalendar: 'provisional'`: a period past the published calendar is counted on the
 *   statutory days off of 《全国年节及纪念日放假办法》 (make-up working days unknown) and the
 *   result is marked `provisional: true`, with the days it assumed.
 *
 * @throws `ValidationError` listing every problem of the input (in `locale`);
 * `CalendarRangeError` when the period leaves the calendar.
 * @example
 * ```ts
 * const d = computeDeadline({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
 * d.due;            // '2025-02-10'
 * d.explanation.en; // 'Accepted 2025-01-24 at 10:00 Beijing time. 7 working days counted … Due 2025-02-10 (Monday).'
 * computeDeadline({ start: '2026-12-15', rule: { unit: 'working-days', count: 30 }, beyondCalendar: 'provisional' }).provisional; // true
 * ```
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  return computeDeadlineTrusted(checkDeadlineInput(input));
}

const INVALID_INPUT = { 'zh-CN': '办理期限输入无效', en: 'Invalid deadline input' } as const;

/**
 * The checks of {@link computeDeadline}: the schema, the calendar and the start (a real date
 * or instant), every problem at once.
 *
 * @internal
 * @example
 * ```ts
 * checkDeadlineInput({ start: '2025-01-24', rule: { unit: 'working-days', count: 7 } });
 * ```
 */
export function checkDeadlineInput(input: unknown): DeadlineInput {
  const issues: Issue[] = [];
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  const raw = (isObject ? input : {}) as Record<string, unknown>;
  const locale = isLocale(raw.locale) ? raw.locale : 'en';
  if (!isObject) {
    const messages = { 'zh-CN': '应为对象{ start, rule, … }', en: 'expected an object { start, rule, … }' };
    issues.push({ path: [], code: 'invalid-type', message: messages[locale], messages });
  }
  const { start, calendar, ...fields } = raw;
  const parsed = deadlineFieldsSchema.safeParse(fields, REPORT_INPUT);
  if (!parsed.success) issues.push(...issuesOf(parsed.error, [], locale));
  let text: string | undefined;
  if (isCivilDate(start)) text = start;
  else {
    const r = readInstant(start, ['start']);
    if (isIssue(r)) issues.push(r.messages ? { ...r, message: r.messages[locale] } : r);
    else text = instantString(start);
  }
  if (calendar !== undefined && !(calendar instanceof WorkingDayCalendar)) issues.push(notACalendar(['calendar'], calendar));
  if (issues.length || !parsed.success || text === undefined) throw new ValidationError(INVALID_INPUT, issues, locale);
  const d = parsed.data;
  return {
    start: text,
    rule: d.rule,
    ...(calendar === undefined ? {} : { calendar: calendar as WorkingDayCalendar }),
    ...(d.beyondCalendar === undefined ? {} : { beyondCalendar: d.beyondCalendar }),
    ...(d.locale === undefined ? {} : { locale: d.locale }),
  };
}
