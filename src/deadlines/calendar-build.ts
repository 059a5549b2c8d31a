/**
 * The working-day calendar value: built once from holiday notices into prefix counts so that
 * every query is O(1).
 *
 * @module
 */
import type { Citation } from '../rules/citation-types.js';
import { daysFromCivil, isWeekend } from '../rules/civil-date.js';
import type { HolidayName } from './holiday-names.js';
import type { ProvisionalMark } from './provisional-calendar.js';


/**
 * A State Council holiday notice the calendar was built from.
 *
 * @example
 * ```ts
 * const n: HolidayNotice = { id: '2025', year: 2025, cite: { issuer: '国务院办公厅', title: '国务院办公厅关于2025年部分节假日安排的通知' } };
 * ```
 */
export interface HolidayNotice {
  /** Stable id: the year, or the year and a suffix for a supplementary notice. */
  readonly id: string;
  /** The year whose arrangement it sets. */
  readonly year: number;
  readonly cite: Citation;
}

/** A notice as the calendar stores it: built-in ones get their citation on demand. @internal */
export interface NoticeRef {
  readonly id: string;
  readonly year: number;
  readonly cite?: Citation;
}

/** One day whose status a notice (or, past the published calendar, the statute) sets. @internal */
export interface DayEntry {
  readonly day: number;
  /** true: a weekday off; false: a weekend make-up working day. */
  readonly off: boolean;
  /** The holiday: a code of `HOLIDAY_CODES` in the built-in data (`holidayNameOf` reads both). */
  readonly name: HolidayName | string;
  readonly notice: NoticeRef;
  /** Past the published calendar: the day off assumed from the statute. */
  readonly assumed?: AssumedDay;
}

/**
 * A day off assumed past the published calendar, from 《全国年节及纪念日放假办法》 (as revised by
 * 国务院令第798号, in force from 2025-01-01): a day the statute gives off, or a working day given
 * off in compensation for a statutory day that fell on a weekend or on another holiday.
 *
 * @example
 * ```ts
 * const d: AssumedDay = {
 *   date: '2027-02-05', holiday: { key: 'spring-festival', 'zh-CN': '春节', en: 'Spring Festival' },
 *   basis: 'statutory', cite: { issuer: '国务院', title: '全国年节及纪念日放假办法', article: '第二条' },
 * };
 * ```
 */
export interface AssumedDay {
  readonly date: string;
  readonly holiday: HolidayName;
  /**
   * `statutory`: a day the statute names (art. 2); `substitute`: a weekday given off for a
   * statutory day that fell on a Saturday or Sunday (art. 6) or on another holiday — which
   * weekday is assumed (the next free one).
   */
  readonly basis: 'statutory' | 'substitute';
  /** The statute and article. */
  readonly cite: Citation;
  /** For the lunar festivals and Qingming: where the date comes from. */
  readonly dateSource?: Citation;
}

/** Day kinds stored per day. @internal */
export const DayKind = { Workday: 0, Weekend: 1, Holiday: 2, MakeUp: 3 } as const;

/** What a calendar holds, out of callers' reach (a calendar is shared: nothing in it can be changed). @internal */
export interface CalendarData {
  /** epoch day of 1 January of the first year */
  readonly first: number;
  /** epoch day of 31 December of the last year */
  readonly last: number;
  /** first and last covered dates as strings */
  readonly from: string;
  readonly to: string;
  /** DayKind per day */
  readonly kind: Uint8Array;
  /** working days in [first, first + i] */
  readonly cum: Int32Array;
  /** epoch days of the working days, ascending */
  readonly work: Int32Array;
  /** the entry that names each day (holiday, make-up day, weekend inside a break): see `namedDays`, built on first use */
  named?: ReadonlyMap<number, DayEntry>;
  /** the status-setting entries, by day */
  readonly entries: ReadonlyMap<number, DayEntry>;
  /** the notices it was built from, in order */
  readonly notices: readonly NoticeRef[];
  /** The first day assumed from the statute (past the published calendar); `last + 1` when none is. */
  readonly provisionalFrom: number;
  /** The last published day (`to` for a published calendar). */
  readonly publishedTo: string;
  /** The days off assumed from the statute, ascending (empty for a published calendar). */
  readonly assumed: readonly AssumedDay[];
  readonly assumedDays: Int32Array;
  /** Index of the first day of each covered month (`(year - firstYear) * 12 + month - 1`), and the number of days after the last. */
  readonly monthStart: Int32Array;
  readonly firstYear: number;
  /** `work` as `YYYY-MM-DD` strings, built on first use. */
  workDates?: readonly string[];
}

/**
 * The internals of a calendar (callers never see them; set by {@link WorkingDayCalendar}).
 *
 * @internal
 * @example
 * ```ts
 * calendarData(defaultCalendar()).from; // '2004-01-01'
 * ```
 */
export let calendarData: (c: WorkingDayCalendar) => CalendarData;

/**
 * An immutable working-day calendar covering whole years. Get the built-in one with
 * `defaultCalendar()`; add a year with `extendCalendar`. Its internals are not reachable: a
 * calendar is shared by every call that uses it, and nothing a caller does to it can change a
 * later answer.
 *
 * @example
 * ```ts
 * const cal = defaultCalendar();
 * cal.firstYear; // 2004
 * isWorkingDay('2025-01-26', cal); // true: a Sunday made a working day for the Spring Festival
 * ```
 */
export class WorkingDayCalendar {
  /** First covered year. */
  readonly firstYear: number;
  /** Last covered year. */
  readonly lastYear: number;
  readonly #data: CalendarData;

  static {
    calendarData = (c) => c.#data;
  }

  /** @internal use `defaultCalendar()` or `extendCalendar()` */
  constructor(firstYear: number, lastYear: number, notices: readonly NoticeRef[], entries: ReadonlyMap<number, DayEntry>, publishedThrough = lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    const first = daysFromCivil(firstYear, 1, 1);
    const last = daysFromCivil(lastYear, 12, 31);
    const size = last - first + 1;
    // DayKind values as literals (Workday 0, Weekend 1, Holiday 2, MakeUp 3)
    const kind = new Uint8Array(size);
    const cum = new Int32Array(size);
    const work: number[] = [];
    for (let i = 0; i < size; i++) kind[i] = isWeekend(first + i) ? 1 : 0;
    const assumed: DayEntry[] = [];
    for (const e of entries.values()) {
      const i = e.day - first;
      if (i >= 0 && i < size) kind[i] = e.off ? 2 : 3;
      if (e.assumed) assumed.push(e);
    }
    assumed.sort((a, b) => a.day - b.day);
    // n: working days so far (Workday and MakeUp, the kinds divisible by 3)
    for (let i = 0, n = 0; i < size; i++) {
      if ((kind[i] as number) % 3 === 0) n = work.push(first + i);
      cum[i] = n;
    }
    const monthStart = new Int32Array((lastYear - firstYear + 1) * 12 + 1);
    for (let k = 0; k < monthStart.length; k++) monthStart[k] = daysFromCivil(firstYear + Math.floor(k / 12), (k % 12) + 1, 1) - first;
    this.#data = {
      monthStart,
      firstYear,
      first,
      last,
      from: `${yearString(firstYear)}-01-01`,
      to: `${yearString(lastYear)}-12-31`,
      kind,
      cum,
      work: Int32Array.from(work),
      entries,
      notices: Object.freeze([...notices]),
      provisionalFrom: daysFromCivil(publishedThrough + 1, 1, 1),
      publishedTo: `${yearString(publishedThrough)}-12-31`,
      assumed: Object.freeze(assumed.map((e) => e.assumed as AssumedDay)),
      assumedDays: Int32Array.from(assumed, (e) => e.day),
    };
    Object.freeze(this);
  }
}

/**
 * A year written with four digits (the calendar's years are 1–9999).
 *
 * @internal
 * @example
 * ```ts
 * yearString(2027); // '2027'
 * ```
 */
export const yearString = (y: number): string => String(y).padStart(4, '0');

/** `work` as strings, written month by month from the month table (built once per calendar). @internal */
export function workDates(d: CalendarData): readonly string[] {
  if (d.workDates === undefined) {
    const out: string[] = [];
    const ms = d.monthStart;
    for (let k = 0, i = 0; k < ms.length - 1; k++) {
      const month = `${yearString(d.firstYear + Math.floor(k / 12))}-${String((k % 12) + 1).padStart(2, '0')}-`;
      // Workday (0) and MakeUp (3), the kinds divisible by 3
      for (; i < (ms[k + 1] as number); i++) if ((d.kind[i] as number) % 3 === 0) out.push(month + String(i - (ms[k] as number) + 1).padStart(2, '0'));
    }
    d.workDates = out;
  }
  return d.workDates;
}

/**
 * The entry that names each day of a calendar — a holiday, a make-up day, a weekend inside a
 * break (it takes the holiday next to it) — built on first use (plain working-day arithmetic
 * never needs it).
 *
 * @internal
 * @example
 * ```ts
 * namedDays(calendarData(defaultCalendar())).get(20112); // the Spring Festival entry of 2025-01-28
 * ```
 */
export function namedDays(d: CalendarData): ReadonlyMap<number, DayEntry> {
  if (d.named === undefined) {
    const named = new Map(d.entries);
    for (const e of d.entries.values()) {
      if (!e.off) continue;
      for (const step of [-1, 1]) {
        for (let day = e.day + step; day >= d.first && day <= d.last && d.kind[day - d.first] === DayKind.Weekend && !named.has(day); day += step) {
          named.set(day, e);
        }
      }
    }
    d.named = named;
  }
  return d.named;
}

/** The month from whose first day each holiday code's dates are counted (format: see calendar-data.ts; kept in step with scripts/generate-calendar.mjs). */
const BASE_MONTHS: Readonly<Record<string, number>> = { Y: 1, S: 2, Q: 4, L: 5, D: 6, M: 9, V: 9, N: 10, Z: 10 };

/** Builds a calendar from the compact notice rows of the embedded data (format: see calendar-data.ts). @internal */
export function calendarFromRows(firstYear: number, lastYear: number, rows: string): WorkingDayCalendar {
  const entries = new Map<number, DayEntry>();
  const notices: NoticeRef[] = [];
  let year = firstYear - 1;
  for (const row of rows.split(' ')) {
    const [suffix = '', ...parts] = row.split('|');
    if (suffix === '') year++;
    const notice: NoticeRef = Object.freeze({ id: suffix === '' ? String(year) : `${year}-${suffix}`, year });
    notices.push(notice);
    // part 0: the days off (weekdays of each run); part 1: the make-up working days (every day of each run)
    parts.forEach((tokens, part) => {
      for (const [, name = '', at = '', span] of tokens.matchAll(/([A-Z])(.)(\d?)/g)) {
        const start = daysFromCivil(notice.year, BASE_MONTHS[name] as number, 1) + at.charCodeAt(0) - 50;
        for (let day = start; day <= start + Number(span); day++) if (part || !isWeekend(day)) entries.set(day, { day, off: !part, name, notice });
      }
    });
  }
  return new WorkingDayCalendar(firstYear, lastYear, notices, entries);
}

/**
 * The calendar a mode counts on: `cal` extended with the assumed years (set by {@link ProvisionalYears}).
 *
 * @internal
 * @example
 * ```ts
 * calendarData(provisionalExtension(provisionalYears, defaultCalendar())).to; // '2051-12-31'
 * ```
 */
export let provisionalExtension: (mode: ProvisionalYears, cal: WorkingDayCalendar) => WorkingDayCalendar;

/**
 * The provisional mark of an answer that used the epoch days `[fromDay, toDay]` of a calendar
 * counted in a mode (set by {@link ProvisionalYears}).
 *
 * @internal
 * @example
 * ```ts
 * provisionalMark(provisionalYears, data, 20819, 20829).provisional; // true
 * ```
 */
export let provisionalMark: (mode: ProvisionalYears, d: CalendarData, fromDay: number, toDay: number) => ProvisionalMark;

/**
 * What a calendar function does past the published calendar when given, as `beyondCalendar`, the
 * one value of this class, `provisionalYears` (import it from `churujing/calendar` or the package
 * root): it counts on the statutory days off of 《全国年节及纪念日放假办法》 (make-up working days
 * unknown: weekends stay weekends) and marks every answer that used such a day `provisional: true`,
 * with the days it assumed. A value rather than a string, so that a bundle that never counts past
 * the published calendar does not carry the statute's table.
 *
 * @example
 * ```ts
 * import { addWorkingDays, provisionalYears } from 'churujing/calendar';
 * addWorkingDays('2026-12-28', 10, { beyondCalendar: provisionalYears }).provisional; // true
 * ```
 */
export class ProvisionalYears {
  readonly #extend: (cal: WorkingDayCalendar) => WorkingDayCalendar;
  readonly #mark: (d: CalendarData, fromDay: number, toDay: number) => ProvisionalMark;

  static {
    provisionalExtension = (mode, cal) => mode.#extend(cal);
    provisionalMark = (mode, d, fromDay, toDay) => mode.#mark(d, fromDay, toDay);
  }

  /** @internal use `provisionalYears` */
  constructor(extend: (cal: WorkingDayCalendar) => WorkingDayCalendar, mark: (d: CalendarData, fromDay: number, toDay: number) => ProvisionalMark) {
    this.#extend = extend;
    this.#mark = mark;
    Object.freeze(this);
  }
}
