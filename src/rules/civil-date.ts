/**
 * Civil dates: `YYYY-MM-DD` strings at the API, epoch-day integers (days since 1970-01-01)
 * inside. Pure arithmetic on the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`),
 * so results never depend on the host's time zone.
 *
 * @module
 */
import { InvalidDateError, showValue } from './errors.js';

/**
 * A civil date in Asia/Shanghai written `YYYY-MM-DD` (e.g. `2025-01-24`).
 * The type is a plain string so that JSON values fit it; functions validate at runtime.
 *
 * @example
 * ```ts
 * const accepted: CivilDate = '2025-01-24';
 * ```
 */
export type CivilDate = string;

/**
 * The fields of a string shaped `DDDD-DD-DD` (ten characters, digits and two dashes), packed as
 * `year << 14 | month << 7 | day`, or -1 for any other value. The month and day are read, not
 * checked (`2024-13-45` gives month 13, day 45). No division, no allocation: the hot paths of
 * the calendar read dates through it.
 *
 * @internal
 * @example
 * ```ts
 * const v = civilFields('2025-01-24');
 * [v >> 14, (v >> 7) & 127, v & 127]; // [2025, 1, 24]
 * ```
 */
export function civilFields(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y0 = s.charCodeAt(0) - 48, y1 = s.charCodeAt(1) - 48, y2 = s.charCodeAt(2) - 48, y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48, m1 = s.charCodeAt(6) - 48, d0 = s.charCodeAt(8) - 48, d1 = s.charCodeAt(9) - 48;
  // every character a digit: each value in 0..9 (one test for all the negative ones)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return -1;
  return ((y0 * 1000 + y1 * 100 + y2 * 10 + y3) << 14) | ((m0 * 10 + m1) << 7) | (d0 * 10 + d1);
}

/** Days before each month in a common year; index 12 is the year's length. */
const CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

function isLeap(y: number): boolean {
  return (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Epoch day of 1 January of year `y` (y >= 1; integer division by truncation is floor there). */
function yearStart(y: number): number {
  const p = y - 1;
  return 365 * p + ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0) - 719162;
}

/** Days from 1970-01-01 to year-month-day (year 1–9999, month 1–12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  return yearStart(y) + (CUM[m - 1] as number) + (m > 2 && isLeap(y) ? 1 : 0) + d - 1;
}

/** Year, month (1–12) and day of an epoch day (years 1–9999). */
export function civilFromDays(z: number): [number, number, number] {
  // The mean Gregorian year gives the year to within one; correct it.
  let y = (((z + 719162) / 365.2425) | 0) + 1;
  let start = yearStart(y);
  if (start > z) start = yearStart(--y);
  else if (yearStart(y + 1) <= z) start = yearStart(++y);
  const doy = z - start;
  const leap = isLeap(y) ? 1 : 0;
  // doy / 32 is the month index or one less (no month is longer than 31 days).
  let m = (doy >> 5) + 1;
  if (doy >= (CUM[m] as number) + (m >= 2 ? leap : 0)) m++;
  return [y, m, doy - (CUM[m - 1] as number) - (m > 2 ? leap : 0) + 1];
}

/** Number of days in a month of a year (Gregorian leap rule). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * The epoch day of a `YYYY-MM-DD` string, or `undefined` when it is not a real date.
 * Never throws. Years 0001–9999 only.
 *
 * @example
 * ```ts
 * tryParseCivilDate('1970-01-02'); // 1
 * tryParseCivilDate('2024-02-30'); // undefined
 * ```
 */
export function tryParseCivilDate(s: unknown): number | undefined {
  const v = civilFields(s);
  const y = v >> 14;
  const m = (v >> 7) & 127;
  const d = v & 127;
  // the month's length from the table (as daysInMonth gives it)
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > (CUM[m] as number) - (CUM[m - 1] as number) + (m === 2 && isLeap(y) ? 1 : 0)) return undefined;
  return daysFromCivil(y, m, d);
}

/**
 * Whether a value is a real civil date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isCivilDate('2024-02-29'); // true (leap year)
 * isCivilDate('2023-02-29'); // false
 * isCivilDate('2024-2-3');   // false: two digits for month and day
 * ```
 */
export function isCivilDate(s: unknown): s is CivilDate {
  return tryParseCivilDate(s) !== undefined;
}

/**
 * The epoch day (days since 1970-01-01) of a civil date.
 *
 * @throws {@link InvalidDateError} when `s` is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * parseCivilDate('2025-01-24'); // 20112
 * ```
 */
export function parseCivilDate(s: unknown, path: readonly PropertyKey[] = []): number {
  const day = tryParseCivilDate(s);
  if (day === undefined) {
    const message = `${showValue(s)} is not a civil date: expected a real date written YYYY-MM-DD`;
    throw new InvalidDateError(message, [{ path, code: 'invalid-date', message }]);
  }
  return day;
}

/** Epoch day of 0001-01-01, the first civil date churujing reads or writes. */
export const MIN_EPOCH_DAY = -719162;
/** Epoch day of 9999-12-31, the last civil date churujing reads or writes. */
export const MAX_EPOCH_DAY = 2932896;

/**
 * Whether a number is the epoch day of a date churujing can write (an integer from
 * {@link MIN_EPOCH_DAY} to {@link MAX_EPOCH_DAY}: 0001-01-01 to 9999-12-31).
 *
 * @example
 * ```ts
 * isEpochDay(20112);   // true
 * isEpochDay(1e9);     // false: after 9999-12-31
 * isEpochDay(0.5);     // false
 * ```
 */
export function isEpochDay(epochDay: unknown): epochDay is number {
  return typeof epochDay === 'number' && (epochDay | 0) === epochDay && epochDay >= MIN_EPOCH_DAY && epochDay <= MAX_EPOCH_DAY;
}

/**
 * The `YYYY-MM-DD` string of an epoch day. A date computed from a count (a date plus so many
 * days, months or years) that leaves the years 0001–9999, or is not a whole day, is an error,
 * never a string such as `'10000-01-01'` or `'0001-01-NaN'`.
 *
 * @throws {@link InvalidDateError} (issue code `date-out-of-range`) for anything that is not
 * the epoch day of a date in 0001-01-01..9999-12-31.
 * @example
 * ```ts
 * formatCivilDate(20112); // '2025-01-24'
 * ```
 */
export function formatCivilDate(epochDay: number): CivilDate {
  if (!((epochDay | 0) === epochDay && epochDay >= MIN_EPOCH_DAY && epochDay <= MAX_EPOCH_DAY)) throw dateOutOfRange(epochDay);
  const [y, m, d] = civilFromDays(epochDay);
  return String(y).padStart(4, '0') + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}

/**
 * The error {@link formatCivilDate} throws for a computed date outside 0001-01-01..9999-12-31
 * (or not a whole day).
 *
 * @internal
 * @example
 * ```ts
 * dateOutOfRange(MAX_EPOCH_DAY + 1).issues[0]?.code; // 'date-out-of-range'
 * ```
 */
export function dateOutOfRange(epochDay: unknown): InvalidDateError {
  const messages = { 'zh-CN': '计算所得日期超出0001-01-01至9999-12-31', en: `the computed date (epoch day ${String(epochDay)}) is outside 0001-01-01..9999-12-31` };
  return new InvalidDateError({ 'zh-CN': '日期超出范围', en: 'Date out of range' }, [{ path: [], code: 'date-out-of-range', message: messages.en, messages }]);
}

/**
 * ISO weekday of an epoch day: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekday(0); // 4: 1970-01-01 was a Thursday
 * ```
 */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Whether an epoch day falls on Saturday or Sunday.
 *
 * @example
 * ```ts
 * isWeekend(parseCivilDate('2025-01-25')); // true
 * ```
 */
export function isWeekend(epochDay: number): boolean {
  // 1970-01-01 (epoch day 0) was a Thursday: Saturday and Sunday are 2 and 3 days after it, modulo 7
  const w = ((epochDay % 7) + 7) % 7;
  return w === 2 || w === 3;
}
