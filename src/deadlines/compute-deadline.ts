/**
 * Processing deadlines from an acceptance instant or date and a rule.
 *
 * @module
 */
import * as z from 'zod';
import { type CivilDate, formatCivilDate, isoWeekday, tryParseCivilDate } from '../rules/civil-date.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { type Instant, type ShanghaiTime, isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
import { DayKind, WorkingDayCalendar } from './calendar-build.js';
import { type DeadlineRule, deadlineRuleSchema } from './deadline-rule.js';
import { defaultCalendar } from './default-calendar.js';
import type { HolidayName } from './holiday-names.js';
import { addWorkingDays, dayIndex } from './working-days.js';

/**
 * Schema of the input of {@link computeDeadline} (without the optional calendar object).
 *
 * @example
 * ```ts
 * deadlineInputSchema.parse({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
 * ```
 */
export const deadlineInputSchema = z.object({
  /** An instant with an offset, or a civil date `YYYY-MM-DD`. */
  start: z.string().refine(isDateOrInstant, 'expected a civil date YYYY-MM-DD or an ISO 8601 instant with an explicit offset'),
  rule: deadlineRuleSchema,
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
  /** An instant with an offset (`2025-01-24T16:30:00+08:00`) or a civil date (`2025-01-24`). */
  readonly start: Instant | CivilDate;
  readonly rule: DeadlineRule;
  /** Defaults to the built-in calendar. */
  readonly calendar?: WorkingDayCalendar;
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
  /** The start as given, with its local date and time when it was an instant. */
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
  /** The reasoning in words. */
  readonly explanation: { readonly 'zh-CN': string; readonly en: string };
}

const WEEKDAYS_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The part of a deadline fixed by the received day, the unit and count and the calendar alone:
 * the due date, the days skipped or made up, and the explanation from the counting sentence on.
 * Frozen (it is shared through the period cache).
 *
 * @internal
 * @example
 * ```ts
 * countedPeriod(parseCivilDate('2025-01-24'), 'working-days', 7, defaultCalendar()).due; // '2025-02-10'
 * ```
 */
export interface CountedPeriod {
  readonly receivedOn: CivilDate;
  readonly due: CivilDate;
  readonly skipped: readonly SkippedDay[];
  readonly makeUpDays: readonly MakeUpDay[];
  readonly rolledForwardFrom: CivilDate | undefined;
  /** The explanation after the acceptance and cut-off sentences, zh-CN. */
  readonly 'zh-CN': string;
  /** The same in English (its sentences joined by spaces). */
  readonly en: string;
}

/** The days a count passes over, as epoch days (parallel to the listed days). */
interface PeriodDays {
  readonly skipped: SkippedDay[];
  readonly skippedDays: number[];
  readonly makeUpDays: MakeUpDay[];
  readonly makeUpDayNumbers: number[];
}

/** Skipped days in words: consecutive days with the same reason as one range. */
function skippedRanges(days: PeriodDays): { 'zh-CN': string; en: string } {
  let zh = '';
  let en = '';
  const n = days.skipped.length;
  for (let i = 0; i < n; ) {
    const d = days.skipped[i] as SkippedDay;
    const name = d.holiday;
    let j = i;
    while (j + 1 < n && (days.skipped[j + 1] as SkippedDay).holiday?.en === name?.en && (days.skippedDays[j + 1] as number) === (days.skippedDays[j] as number) + 1) j++;
    const to = (days.skipped[j] as SkippedDay).date;
    if (i > 0) {
      zh += '、';
      en += ', ';
    }
    zh += `${d.date === to ? d.date : `${d.date}至${to}`}（${name ? name['zh-CN'] : '周末'}）`;
    en += `${d.date === to ? d.date : `${d.date} to ${to}`} (${name ? name.en : 'weekend'})`;
    i = j + 1;
  }
  return { 'zh-CN': zh, en };
}

/** The counting, skipped days, make-up days and due date in words (everything after the start sentences). */
function explainPeriod(
  unit: DeadlineRule['unit'],
  count: number,
  receivedOn: CivilDate,
  due: CivilDate,
  dueDay: number,
  days: PeriodDays,
  rolledForwardFrom: CivilDate | undefined,
  dueIsMakeUp: boolean,
): { 'zh-CN': string; en: string } {
  const ranges = days.skipped.length ? skippedRanges(days) : undefined;
  let zh: string;
  let en: string;
  if (unit === 'working-days') {
    zh = `自受理次日起计算${count}个工作日（受理当日不计入）。`;
    en = `${count} working days counted from the day after ${receivedOn} (the start day does not count).`;
    if (ranges) {
      zh += `期间跳过非工作日：${ranges['zh-CN']}。`;
      en += ` Non-working days skipped: ${ranges.en}.`;
    }
    if (days.makeUpDays.length) {
      let mzh = '';
      let men = '';
      days.makeUpDays.forEach((m, i) => {
        const w = isoWeekday(days.makeUpDayNumbers[i] as number);
        mzh += `${i ? '、' : ''}${m.date}（${WEEKDAYS_ZH[w]}，${m.holiday['zh-CN']}调休）`;
        men += `${i ? ', ' : ''}${m.date} (${WEEKDAYS_EN[w]}, ${m.holiday.en})`;
      });
      zh += `调休上班日${mzh}计为工作日。`;
      en += ` Make-up working days counted: ${men}.`;
    }
  } else {
    zh = `自受理次日起计算${count}日（自然日，受理当日不计入）。`;
    en = `${count} calendar days counted from the day after ${receivedOn} (the start day does not count).`;
    if (rolledForwardFrom !== undefined) {
      zh += `期间届满日${rolledForwardFrom}为非工作日：${ranges?.['zh-CN'] ?? ''}，顺延至下一个工作日。`;
      en += ` The last day, ${rolledForwardFrom}, is not a working day: ${ranges?.en ?? ''}; so the deadline moves to the next working day.`;
    }
  }
  const w = isoWeekday(dueDay);
  zh += `办结期限：${due}（${WEEKDAYS_ZH[w]}${dueIsMakeUp ? '，调休上班日' : ''}）。`;
  en += ` Due ${due} (${WEEKDAYS_EN[w]}${dueIsMakeUp ? ', a make-up working day' : ''}).`;
  return { 'zh-CN': zh, en };
}

function dayName(cal: WorkingDayCalendar, day: number): HolidayName | undefined {
  return cal.named.get(day)?.name;
}

function isWorking(cal: WorkingDayCalendar, i: number): boolean {
  return cal.kind[i] === DayKind.Workday || cal.kind[i] === DayKind.MakeUp;
}

/**
 * The due date of a period, by the same calls as {@link countPeriod} so that it
 * throws the same `CalendarRangeError`s; no days listed, no words.
 */
function dueOfPeriod(receivedDay: number, unit: DeadlineRule['unit'], count: number, cal: WorkingDayCalendar): CivilDate {
  const receivedOn = formatCivilDate(receivedDay);
  const ri = dayIndex(receivedOn, cal);
  if (unit === 'working-days') return count === 0 ? (isWorking(cal, ri) ? receivedOn : addWorkingDays(receivedOn, 1, cal)) : addWorkingDays(receivedOn, count, cal);
  const lastDay = formatCivilDate(receivedDay + count);
  return isWorking(cal, dayIndex(lastDay, cal)) ? lastDay : addWorkingDays(lastDay, 1, cal);
}

function skipDay(cal: WorkingDayCalendar, i: number, days: PeriodDays): void {
  const day = cal.first + i;
  const holiday = dayName(cal, day);
  const date = formatCivilDate(day);
  const kind = cal.kind[i] === DayKind.Holiday ? 'holiday' : 'weekend';
  days.skipped.push(Object.freeze(holiday ? { date, kind, holiday } : { date, kind }));
  days.skippedDays.push(day);
}

function countPeriod(receivedDay: number, unit: DeadlineRule['unit'], count: number, cal: WorkingDayCalendar): CountedPeriod {
  const receivedOn = formatCivilDate(receivedDay);
  const ri = dayIndex(receivedOn, cal);
  const days: PeriodDays = { skipped: [], skippedDays: [], makeUpDays: [], makeUpDayNumbers: [] };
  let due: string;
  let rolledForwardFrom: string | undefined;
  if (unit === 'working-days') {
    due = count === 0 ? (isWorking(cal, ri) ? receivedOn : addWorkingDays(receivedOn, 1, cal)) : addWorkingDays(receivedOn, count, cal);
    const di = dayIndex(due, cal);
    for (let i = count === 0 ? ri : ri + 1; i <= di; i++) {
      if (!isWorking(cal, i)) skipDay(cal, i, days);
      else if (cal.kind[i] === DayKind.MakeUp) {
        days.makeUpDays.push(Object.freeze({ date: formatCivilDate(cal.first + i), holiday: dayName(cal, cal.first + i) as HolidayName }));
        days.makeUpDayNumbers.push(cal.first + i);
      }
    }
  } else {
    const lastDay = formatCivilDate(receivedDay + count);
    const li = dayIndex(lastDay, cal);
    if (isWorking(cal, li)) due = lastDay;
    else {
      rolledForwardFrom = lastDay;
      due = addWorkingDays(lastDay, 1, cal);
      for (let i = li, di = dayIndex(due, cal); i < di; i++) skipDay(cal, i, days);
    }
  }
  const di = dayIndex(due, cal);
  const { 'zh-CN': zh, en } = explainPeriod(unit, count, receivedOn, due, cal.first + di, days, rolledForwardFrom, cal.kind[di] === DayKind.MakeUp);
  return Object.freeze({ receivedOn, due, skipped: Object.freeze(days.skipped), makeUpDays: Object.freeze(days.makeUpDays), rolledForwardFrom, 'zh-CN': zh, en });
}

/**
 * Counted periods already computed, per calendar (calendars are immutable), keyed by
 * received day, unit and count (`receivedDay * 8192 + count * 2 + unit`, count <= 3660).
 * Bounded: cleared when it reaches {@link PERIOD_CACHE_SIZE} entries. Small on purpose: the
 * periods in use at a time are few (acceptances of the day, a handful of limits), and a large
 * cache that keeps missing (dates all over the calendar) costs more in garbage collection than
 * it saves.
 */
const periods = new WeakMap<WorkingDayCalendar, Map<number, CountedPeriod>>();
const PERIOD_CACHE_SIZE = 256;

function periodKey(receivedDay: number, unit: DeadlineRule['unit'], count: number): number {
  return receivedDay * 8192 + count * 2 + (unit === 'working-days' ? 0 : 1);
}

/**
 * The counted period of a received day (an epoch day), unit and count on a calendar, cached
 * per calendar. Throws `CalendarRangeError` when it leaves the calendar.
 *
 * @internal
 * @example
 * ```ts
 * countedPeriod(parseCivilDate('2025-01-24'), 'working-days', 7, defaultCalendar()).skipped.length; // 10
 * ```
 */
export function countedPeriod(receivedDay: number, unit: DeadlineRule['unit'], count: number, cal: WorkingDayCalendar): CountedPeriod {
  let known = periods.get(cal);
  if (known === undefined) periods.set(cal, (known = new Map()));
  const key = periodKey(receivedDay, unit, count);
  let p = known.get(key);
  if (p === undefined) {
    p = countPeriod(receivedDay, unit, count, cal);
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
 * periodDue(parseCivilDate('2025-01-24'), 'working-days', 7, defaultCalendar()); // '2025-02-10'
 * ```
 */
export function periodDue(receivedDay: number, unit: DeadlineRule['unit'], count: number, cal: WorkingDayCalendar): CivilDate {
  return periods.get(cal)?.get(periodKey(receivedDay, unit, count))?.due ?? dueOfPeriod(receivedDay, unit, count, cal);
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
 * The deadline of a start already read (see `readDateOrInstant`): `start` is the input as
 * given, `at` what it reads as. The trusted core of {@link computeDeadline}, for callers that
 * read the start once for several rules.
 *
 * @internal
 * @example
 * ```ts
 * const start = '2025-01-24T10:00:00+08:00';
 * deadlineFromStart(start, readDateOrInstant(start), { unit: 'working-days', count: 7 }, defaultCalendar()).due; // '2025-02-10'
 * ```
 */
export function deadlineFromStart(start: CivilDate | Instant, at: DeadlineStart, rule: DeadlineRule, cal: WorkingDayCalendar): Deadline {
  const afterCutoff = rule.cutoff !== undefined && 'minutes' in at && at.minutes >= +rule.cutoff.slice(0, 2) * 60 + +rule.cutoff.slice(3);
  return deadlineOfPeriod(start, at, afterCutoff, rule, countedPeriod((tryParseCivilDate(at.date) as number) + (afterCutoff ? 1 : 0), rule.unit, rule.count, cal));
}

/**
 * A deadline from its start and its counted period: `period` must be the one of the day `at`
 * counts as received (its date, or the next day when `afterCutoff`) with `rule`'s unit and count.
 *
 * @internal
 * @example
 * ```ts
 * const start = '2025-01-24T10:00:00+08:00';
 * const rule = { unit: 'working-days', count: 7 } as const;
 * deadlineOfPeriod(start, readDateOrInstant(start), false, rule, countedPeriod(parseCivilDate('2025-01-24'), 'working-days', 7, defaultCalendar())).due; // '2025-02-10'
 * ```
 */
export function deadlineOfPeriod(start: CivilDate | Instant, at: DeadlineStart, afterCutoff: boolean, rule: DeadlineRule, p: CountedPeriod): Deadline {
  const time = 'time' in at ? at.time : undefined;
  let zh = p['zh-CN'];
  let en = p.en;
  if (afterCutoff) {
    zh = `晚于${rule.cutoff}截止时间，视为${p.receivedOn}受理。${zh}`;
    en = `After the ${rule.cutoff} cut-off, so it counts as received on ${p.receivedOn}. ${en}`;
  }
  if (time !== undefined) {
    zh = `受理时间为北京时间${at.date} ${time}。${zh}`;
    en = `Accepted ${at.date} at ${time} Beijing time. ${en}`;
  }
  const startInfo = time !== undefined ? { input: start, date: at.date, time, afterCutoff } : { input: start, date: at.date, afterCutoff };
  const explanation = { 'zh-CN': zh, en };
  return p.rolledForwardFrom === undefined
    ? { due: p.due, receivedOn: p.receivedOn, start: startInfo, rule, skipped: p.skipped, makeUpDays: p.makeUpDays, explanation }
    : { due: p.due, receivedOn: p.receivedOn, start: startInfo, rule, skipped: p.skipped, makeUpDays: p.makeUpDays, rolledForwardFrom: p.rolledForwardFrom, explanation };
}

/**
 * The trusted core of {@link computeDeadline}: the same result for an input that is already
 * known to be valid (`start` a civil date or an instant with an offset, `rule` schema-valid,
 * `calendar` a `WorkingDayCalendar` or absent). It runs no schema. The days listed in the
 * result (`skipped`, `makeUpDays`) are frozen arrays shared by every deadline of the same
 * period.
 *
 * @internal
 * @throws `CalendarRangeError` when the period leaves the calendar.
 * @example
 * ```ts
 * computeDeadlineTrusted({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } }).due; // '2025-02-10'
 * ```
 */
export function computeDeadlineTrusted(input: DeadlineInput): Deadline {
  return deadlineFromStart(input.start, readDateOrInstant(input.start), input.rule, input.calendar ?? defaultCalendar());
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
 *
 * @throws `ValidationError` listing every schema problem; `InvalidDateError` for a bad start;
 * `CalendarRangeError` when the period leaves the calendar.
 * @example
 * ```ts
 * const d = computeDeadline({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
 * d.due;            // '2025-02-10'
 * d.explanation.en; // 'Accepted 2025-01-24 at 10:00 Beijing time. 7 working days counted … Due 2025-02-10 (Monday).'
 * ```
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const checked = checkDeadlineInput(input);
  return computeDeadlineTrusted(checked);
}

/** The checks of {@link computeDeadline}: the schema, the calendar, and the start read as a real date or instant. */
function checkDeadlineInput(input: DeadlineInput): DeadlineInput {
  const parsed = deadlineInputSchema.safeParse(input);
  const calendar = (input as Partial<DeadlineInput> | undefined)?.calendar;
  const issues: Issue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
  if (calendar !== undefined && !(calendar instanceof WorkingDayCalendar)) {
    issues.push({ path: ['calendar'], code: 'invalid-type', message: 'calendar must come from defaultCalendar() or extendCalendar()' });
  }
  if (!parsed.success || issues.length) throw new ValidationError('Invalid deadline input', issues);
  const { start, rule } = parsed.data;
  readDateOrInstant(start, ['start']);
  return calendar === undefined ? { start, rule } : { start, rule, calendar };
}
