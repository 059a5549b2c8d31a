/**
 * The parts of counted periods that belong to one calendar day and not to a period: a day's
 * date string, its frozen skipped or make-up entry, and the words for the run of days off that
 * starts on it. Built on first use, once per day of a calendar's data, and shared by every
 * period that passes over the day (so a period is put together from them instead of formatting
 * every day again). Bounded by the calendar's length.
 *
 * @module
 */
import { formatCivilDate } from '../rules/civil-date.js';
import { type CalendarData, DayKind, namedDays } from './calendar-build.js';
import type { MakeUpDay, SkippedDay } from './compute-deadline.js';
import { type HolidayName, holidayNameOf } from './holiday-names.js';

/** The words for a run of days off: zh-CN, en, and the index of the day after the run. */
export type RunText = readonly [zh: string, en: string, end: number];

/** The per-day parts of one calendar's data, by day index (`day - first`). */
interface DayParts {
  readonly dates: (string | undefined)[];
  readonly skipped: (SkippedDay | undefined)[];
  readonly makeUp: (MakeUpDay | undefined)[];
  readonly runs: (RunText | undefined)[];
}

const parts = new WeakMap<CalendarData, DayParts>();

/** The calendar data asked last and its parts (most calls ask the built-in calendar's, several times a period). */
let lastData: CalendarData | undefined;
let lastParts: DayParts | undefined;

function partsOf(d: CalendarData): DayParts {
  if (d === lastData) return lastParts as DayParts;
  let p = parts.get(d);
  if (p === undefined) {
    const n = d.last - d.first + 1;
    p = { dates: new Array<string | undefined>(n).fill(undefined), skipped: new Array<SkippedDay | undefined>(n).fill(undefined), makeUp: new Array<MakeUpDay | undefined>(n).fill(undefined), runs: new Array<RunText | undefined>(n).fill(undefined) };
    parts.set(d, p);
  }
  lastData = d;
  lastParts = p;
  return p;
}

/**
 * The `YYYY-MM-DD` date of day index `i` of a calendar (the same string each time).
 *
 * @internal
 * @example
 * ```ts
 * dayDate(calendarData(defaultCalendar()), 0); // '2004-01-01'
 * ```
 */
export function dayDate(d: CalendarData, i: number): string {
  const dates = partsOf(d).dates;
  return dates[i] ?? (dates[i] = formatCivilDate(d.first + i));
}

/** The holiday that names a day off or a make-up day, if any. */
function holidayOf(d: CalendarData, i: number): HolidayName | undefined {
  const entry = namedDays(d).get(d.first + i);
  return entry === undefined ? undefined : holidayNameOf(entry.name);
}

/**
 * The frozen entry of a non-working day (index `i`) as a period lists it among its skipped days.
 *
 * @internal
 * @example
 * ```ts
 * skippedDay(calendarData(defaultCalendar()), 3).kind; // 'weekend' (2004-01-04)
 * ```
 */
export function skippedDay(d: CalendarData, i: number): SkippedDay {
  const skipped = partsOf(d).skipped;
  let s = skipped[i];
  if (s === undefined) {
    const day = d.first + i;
    const holiday = holidayOf(d, i);
    const date = dayDate(d, i);
    const kind = d.kind[i] === DayKind.Holiday ? 'holiday' : 'weekend';
    const provisional = day >= d.provisionalFrom;
    s = Object.freeze(holiday ? (provisional ? { date, kind, holiday, provisional } : { date, kind, holiday }) : provisional ? { date, kind, provisional } : { date, kind });
    skipped[i] = s;
  }
  return s;
}

/**
 * The frozen entry of a make-up working day (index `i`) as a period lists it.
 *
 * @internal
 * @example
 * ```ts
 * makeUpDay(calendarData(defaultCalendar()), parseCivilDate('2025-01-26') - parseCivilDate('2004-01-01')).holiday.key; // 'spring-festival'
 * ```
 */
export function makeUpDay(d: CalendarData, i: number): MakeUpDay {
  const makeUp = partsOf(d).makeUp;
  return makeUp[i] ?? (makeUp[i] = Object.freeze({ date: dayDate(d, i), holiday: holidayOf(d, i) as HolidayName }));
}

/**
 * A joined string made flat (one piece instead of a chain of the pieces it was joined from):
 * the string is kept for good, and a flat one is smaller and faster to read. Reading a
 * character flattens a joined string in place.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/**
 * The words for the run of days off that starts on day index `i` (a day off): the consecutive
 * days off with the same holiday (or none), as one date or a range with its reason —
 * `2025-01-28至2025-02-04（春节）`, `2025-01-28 to 2025-02-04 (Spring Festival)` — and the index
 * after the run. A period's skipped days, being every day off between two working days, list
 * whole runs (but the first, which may start inside one).
 *
 * @internal
 * @example
 * ```ts
 * runText(calendarData(defaultCalendar()), 2)[1]; // '2004-01-03 to 2004-01-04 (weekend)'
 * ```
 */
export function runText(d: CalendarData, i: number): RunText {
  const runs = partsOf(d).runs;
  let r = runs[i];
  if (r === undefined) {
    const name = skippedDay(d, i).holiday;
    const n = d.last - d.first + 1;
    let j = i;
    while (j + 1 < n && d.kind[j + 1] !== DayKind.Workday && d.kind[j + 1] !== DayKind.MakeUp && skippedDay(d, j + 1).holiday?.en === name?.en) j++;
    const from = dayDate(d, i);
    const to = dayDate(d, j);
    r = Object.freeze([flat(`${from === to ? from : `${from}至${to}`}（${name ? name['zh-CN'] : '周末'}）`), flat(`${from === to ? from : `${from} to ${to}`} (${name ? name.en : 'weekend'})`), j + 1] as const);
    runs[i] = r;
  }
  return r;
}
