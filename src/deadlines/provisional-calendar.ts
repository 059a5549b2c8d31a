/**
 * The provisional extension of a calendar: its published years, then the years up to the end
 * of the lunar table with the statutory days off assumed (provisional-holidays.ts) and no
 * make-up working days. Built once per calendar and kept as long as the calendar lives (a
 * WeakMap keyed by the calendar: bounded by the calendars a program holds).
 *
 * @module
 */
import type { CivilDate } from '../rules/civil-date.js';
import { type AssumedDay, type CalendarData, type DayEntry, type NoticeRef, ProvisionalYears, WorkingDayCalendar, calendarData } from './calendar-build.js';
import { LUNAR_TABLE_YEARS, PROVISIONAL_BASIS, assumedDaysOff } from './provisional-holidays.js';

const extended = new WeakMap<WorkingDayCalendar, WorkingDayCalendar>();

/**
 * The calendar extended with assumed days through the last year of the lunar table (the
 * calendar itself when it already reaches it). Past its published years every day is marked
 * provisional (`provisionalFrom`); the published years are unchanged.
 *
 * @internal
 * @example
 * ```ts
 * calendarData(provisionalCalendar(defaultCalendar())).to; // '2051-12-31'
 * ```
 */
export function provisionalCalendar(cal: WorkingDayCalendar): WorkingDayCalendar {
  if (cal.lastYear >= LUNAR_TABLE_YEARS.last) return cal;
  let ext = extended.get(cal);
  if (ext === undefined) {
    const base = calendarData(cal);
    const entries = new Map<number, DayEntry>(base.entries);
    for (let year = cal.lastYear + 1; year <= LUNAR_TABLE_YEARS.last; year++) {
      const notice: NoticeRef = Object.freeze({ id: `provisional-${year}`, year, cite: PROVISIONAL_BASIS.statute });
      for (const { day, assumed } of assumedDaysOff(year)) entries.set(day, Object.freeze({ day, off: true, name: assumed.holiday, notice, assumed }));
    }
    ext = new WorkingDayCalendar(cal.firstYear, LUNAR_TABLE_YEARS.last, base.notices, entries, cal.lastYear);
    extended.set(cal, ext);
  }
  return ext;
}

/**
 * What an answer on the provisional calendar adds: whether it used a day past the published
 * calendar and which days off it assumed there.
 *
 * @example
 * ```ts
 * const p: ProvisionalMark = { provisional: true, publishedThrough: '2026-12-31', assumed: [] };
 * ```
 */
export interface ProvisionalMark {
  /** The answer depends on a day past the published calendar (`publishedThrough`). */
  readonly provisional: boolean;
  /** The last day of the calendar published by the State Council notices (and `extendCalendar`). */
  readonly publishedThrough: CivilDate;
  /** The assumed days off (statutory, and given back for weekends) in the span the answer used. */
  readonly assumed: readonly AssumedDay[];
}

const NONE: readonly AssumedDay[] = Object.freeze([]);

/** Index of the first element of a sorted array that is >= x. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The provisional mark of an answer that used the days `[fromDay, toDay]` (epoch days) of a
 * calendar: O(log n + k) for k assumed days in the span.
 *
 * @internal
 * @example
 * ```ts
 * markOf(calendarData(provisionalCalendar(defaultCalendar())), 20819, 20829).provisional; // true (2027-01-01..2027-01-11)
 * ```
 */
export function markOf(d: CalendarData, fromDay: number, toDay: number): ProvisionalMark {
  const publishedThrough = d.publishedTo;
  if (toDay < d.provisionalFrom) return Object.freeze({ provisional: false, publishedThrough, assumed: NONE });
  const lo = lowerBound(d.assumedDays, Math.max(fromDay, d.provisionalFrom));
  const hi = lowerBound(d.assumedDays, toDay + 1);
  return Object.freeze({ provisional: true, publishedThrough, assumed: lo < hi ? Object.freeze(d.assumed.slice(lo, hi)) : NONE });
}

/**
 * Pass it as `beyondCalendar` to count past the published calendar on the statutory days off:
 * the calendar functions then answer dates up to the end of the statute's lunar-date table
 * (`calendarCoverage().provisionalTo`), each answer a `Provisional` value marked
 * `provisional: true` when it used a day past the published calendar, with the days off it
 * assumed. (`computeDeadline`, `processingDeadline`, `deadlineStatus` and `evaluate` take the
 * string `'provisional'` for the same.)
 *
 * @example
 * ```ts
 * import { addWorkingDays, provisionalYears } from 'churujing/calendar';
 * const r = addWorkingDays('2026-12-28', 10, { beyondCalendar: provisionalYears });
 * r.value;       // '2027-01-12'
 * r.provisional; // true (2027 is not published yet: New Year's Day assumed from the statute)
 * ```
 */
export const provisionalYears: ProvisionalYears = /* @__PURE__ */ new ProvisionalYears(provisionalCalendar, markOf);
