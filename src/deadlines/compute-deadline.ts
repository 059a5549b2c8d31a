/**
 * Processing deadlines from an acceptance instant or date and a rule.
 *
 * @module
 */
import { z } from 'zod';
import { type CivilDate, formatCivilDate, isoWeekday, parseCivilDate } from '../rules/civil-date.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { type Instant, isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
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
 * const d: SkippedDay = { date: '2025-01-28', kind: 'holiday', holiday: { key: 'spring-festival', zh: '春节', en: 'Spring Festival' } };
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
 * const d: MakeUpDay = { date: '2025-01-26', holiday: { key: 'spring-festival', zh: '春节', en: 'Spring Festival' } };
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

/** Consecutive skipped days with the same reason, shown as one range. */
function groupSkipped(days: readonly SkippedDay[]): { from: string; to: string; zh: string; en: string }[] {
  const out: { from: string; to: string; zh: string; en: string; last: number }[] = [];
  for (const d of days) {
    const zh = d.holiday ? d.holiday.zh : '周末';
    const en = d.holiday ? d.holiday.en : 'weekend';
    const day = parseCivilDate(d.date);
    const prev = out[out.length - 1];
    if (prev && prev.en === en && prev.last === day - 1) {
      prev.to = d.date;
      prev.last = day;
    } else out.push({ from: d.date, to: d.date, zh, en, last: day });
  }
  return out;
}

function explain(d: Omit<Deadline, 'explanation'>, dueIsMakeUp: boolean): Deadline['explanation'] {
  const { rule, start, receivedOn, due } = d;
  const wd = (date: string) => isoWeekday(parseCivilDate(date));
  const ranges = groupSkipped(d.skipped);
  const zhRanges = ranges.map((r) => (r.from === r.to ? r.from : `${r.from}至${r.to}`) + `（${r.zh}）`).join('、');
  const enRanges = ranges.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`) + ` (${r.en})`).join(', ');
  const zh: string[] = [];
  const en: string[] = [];
  if (start.time !== undefined) {
    zh.push(`受理时间为北京时间${start.date} ${start.time}。`);
    en.push(`Accepted ${start.date} at ${start.time} Beijing time.`);
  }
  if (start.afterCutoff) {
    zh.push(`晚于${rule.cutoff}截止时间，视为${receivedOn}受理。`);
    en.push(`After the ${rule.cutoff} cut-off, so it counts as received on ${receivedOn}.`);
  }
  if (rule.unit === 'working-days') {
    zh.push(`自受理次日起计算${rule.count}个工作日（受理当日不计入）。`);
    en.push(`${rule.count} working days counted from the day after ${receivedOn} (the start day does not count).`);
    if (ranges.length) {
      zh.push(`期间跳过非工作日：${zhRanges}。`);
      en.push(`Non-working days skipped: ${enRanges}.`);
    }
    if (d.makeUpDays.length) {
      zh.push(`调休上班日${d.makeUpDays.map((m) => `${m.date}（${WEEKDAYS_ZH[wd(m.date)]}，${m.holiday.zh}调休）`).join('、')}计为工作日。`);
      en.push(`Make-up working days counted: ${d.makeUpDays.map((m) => `${m.date} (${WEEKDAYS_EN[wd(m.date)]}, ${m.holiday.en})`).join(', ')}.`);
    }
  } else {
    zh.push(`自受理次日起计算${rule.count}日（自然日，受理当日不计入）。`);
    en.push(`${rule.count} calendar days counted from the day after ${receivedOn} (the start day does not count).`);
    if (d.rolledForwardFrom !== undefined) {
      zh.push(`期间届满日${d.rolledForwardFrom}为非工作日：${zhRanges}，顺延至下一个工作日。`);
      en.push(`The last day, ${d.rolledForwardFrom}, is not a working day: ${enRanges}; so the deadline moves to the next working day.`);
    }
  }
  zh.push(`办结期限：${due}（${WEEKDAYS_ZH[wd(due)]}${dueIsMakeUp ? '，调休上班日' : ''}）。`);
  en.push(`Due ${due} (${WEEKDAYS_EN[wd(due)]}${dueIsMakeUp ? ', a make-up working day' : ''}).`);
  return { 'zh-CN': zh.join(''), en: en.join(' ') };
}

function dayName(cal: WorkingDayCalendar, day: number): HolidayName | undefined {
  return cal.named.get(day)?.name;
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
  const parsed = deadlineInputSchema.safeParse(input);
  const calendar = (input as Partial<DeadlineInput> | undefined)?.calendar;
  const issues: Issue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
  if (calendar !== undefined && !(calendar instanceof WorkingDayCalendar)) {
    issues.push({ path: ['calendar'], code: 'invalid-type', message: 'calendar must come from defaultCalendar() or extendCalendar()' });
  }
  if (!parsed.success || issues.length) throw new ValidationError('Invalid deadline input', issues);
  const cal = calendar ?? defaultCalendar();
  const { start, rule } = parsed.data;
  const at = readDateOrInstant(start, ['start']);
  const afterCutoff = rule.cutoff !== undefined && 'minutes' in at && at.minutes >= +rule.cutoff.slice(0, 2) * 60 + +rule.cutoff.slice(3);
  const receivedDay = parseCivilDate(at.date) + (afterCutoff ? 1 : 0);
  const receivedOn = formatCivilDate(receivedDay);
  const ri = dayIndex(receivedOn, cal);
  const working = (i: number) => cal.kind[i] === DayKind.Workday || cal.kind[i] === DayKind.MakeUp;
  const skipped: SkippedDay[] = [];
  const makeUpDays: MakeUpDay[] = [];
  const skip = (i: number) => {
    const day = cal.first + i;
    const holiday = dayName(cal, day);
    const s: { -readonly [K in keyof SkippedDay]: SkippedDay[K] } = { date: formatCivilDate(day), kind: cal.kind[i] === DayKind.Holiday ? 'holiday' : 'weekend' };
    if (holiday) s.holiday = holiday;
    skipped.push(s);
  };
  let due: string;
  let rolledForwardFrom: string | undefined;
  if (rule.unit === 'working-days') {
    due = rule.count === 0 ? (working(ri) ? receivedOn : addWorkingDays(receivedOn, 1, cal)) : addWorkingDays(receivedOn, rule.count, cal);
    const di = dayIndex(due, cal);
    for (let i = rule.count === 0 ? ri : ri + 1; i <= di; i++) {
      if (!working(i)) skip(i);
      else if (cal.kind[i] === DayKind.MakeUp) makeUpDays.push({ date: formatCivilDate(cal.first + i), holiday: dayName(cal, cal.first + i) as HolidayName });
    }
  } else {
    const lastDay = formatCivilDate(receivedDay + rule.count);
    const li = dayIndex(lastDay, cal);
    if (working(li)) due = lastDay;
    else {
      rolledForwardFrom = lastDay;
      due = addWorkingDays(lastDay, 1, cal);
      for (let i = li, di = dayIndex(due, cal); i < di; i++) skip(i);
    }
  }
  const startInfo = 'time' in at ? { input: start, date: at.date, time: at.time, afterCutoff } : { input: start, date: at.date, afterCutoff };
  const result = { due, receivedOn, start: startInfo, rule, skipped, makeUpDays, ...(rolledForwardFrom ? { rolledForwardFrom } : {}) };
  return { ...result, explanation: explain(result, cal.kind[dayIndex(due, cal)] === DayKind.MakeUp) };
}
