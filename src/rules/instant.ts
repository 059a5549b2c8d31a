/**
 * Instants at the boundary: ISO 8601 strings with an explicit offset (or a JS `Date`, or a
 * luxon `DateTime`), converted to the civil date and time of day in Asia/Shanghai. From 1992
 * on China keeps UTC+8 all year, which is plain arithmetic; earlier instants are read with the
 * platform's `Intl` time-zone data, which knows the zone's history (local mean time before
 * 1901, the daylight saving time of 1940–1949 and 1986–1991). No date library is needed.
 *
 * @module
 */
import { type CivilDate, MAX_EPOCH_DAY, MIN_EPOCH_DAY, daysFromCivil, formatCivilDate, isCivilDate, tryParseCivilDate } from './civil-date.js';
import { InvalidDateError, type Issue, showValue } from './errors.js';

/** The zone every civil date of churujing is in. */
export const SHANGHAI = 'Asia/Shanghai';

/**
 * An ISO 8601 instant with an explicit offset or `Z`, e.g. `2025-01-24T16:30:00+08:00`.
 * Offsets are `±HH:MM` (or `±HHMM`) from `-14:00` to `+14:00` with minutes below 60 — the
 * range real zones use (and XML Schema's) — or `Z`; hours 00–23 (and `24:00:00`, the end of
 * the day, as ISO 8601:2004 allows), minutes and seconds 00–59, up to nine
 * decimals; the date a real date of the years 0001–9999, and so must be its Asia/Shanghai date.
 *
 * @example
 * ```ts
 * const at: Instant = '2025-01-24T08:30:00Z';
 * ```
 */
export type Instant = string;

/**
 * A luxon `DateTime`, as far as churujing reads it (duck-typed: churujing does not depend on
 * luxon). At run time the value must also carry luxon's `isLuxonDateTime: true` mark.
 *
 * @example
 * ```ts
 * const at: LuxonDateTimeLike = DateTime.fromISO('2025-01-24T10:00:00', { zone: 'Asia/Shanghai' });
 * ```
 */
export interface LuxonDateTimeLike {
  readonly isValid: boolean;
  toISO(): string | null;
}

/**
 * What the functions that read an instant accept: an ISO 8601 string with an explicit offset,
 * a valid JS `Date`, or a valid luxon `DateTime`.
 *
 * @example
 * ```ts
 * const a: InstantInput = '2025-01-24T10:00:00+08:00';
 * const b: InstantInput = new Date(Date.UTC(2025, 0, 24, 2));
 * ```
 */
export type InstantInput = Instant | Date | LuxonDateTimeLike;

/**
 * Date and time of day of an instant in Asia/Shanghai.
 *
 * @example
 * ```ts
 * const t: ShanghaiTime = { date: '2025-01-25', time: '00:30', minutes: 30 };
 * ```
 */
export interface ShanghaiTime {
  readonly date: CivilDate;
  /** `HH:mm` */
  readonly time: string;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

/** China has kept UTC+8 all year since 1992 (its last daylight saving time was in 1991). */
const FIXED_FROM_MS = Date.UTC(1992, 0, 1);
const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The time of a local minute of the day. */
function shanghaiTime(localDay: number, minutes: number): ShanghaiTime {
  return { date: formatCivilDate(localDay), time: `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`, minutes };
}

/**
 * The UTC milliseconds of an ISO 8601 instant string, or a reason it is not one. Every field is
 * checked: real date, hours 00–23, minutes and seconds 00–59, offset at most 14:00 with minutes
 * below 60.
 */
function utcMillis(s: string): number | string {
  const m = SHAPE.exec(s);
  if (!m) return 'shape';
  const [, y, mo, d, h, mi, sec, frac, sign, oh, om] = m;
  const day = tryParseCivilDate(`${y}-${mo}-${d}`);
  if (day === undefined) return 'date';
  const hh = +(h as string);
  const mm = +(mi as string);
  const ss = +(sec ?? '0');
  // 24:00 (ISO 8601:2004 §4.2.3) is the end of the day: the next day's midnight
  if ((hh > 23 && !(hh === 24 && mm === 0 && ss === 0 && !/[1-9]/.test(frac ?? ''))) || mm > 59 || ss > 59) return 'time';
  let offset = 0;
  if (sign !== undefined) {
    const ohh = +(oh as string);
    const omm = +(om as string);
    if (omm > 59 || ohh > 14 || (ohh === 14 && omm > 0)) return 'offset';
    offset = (sign === '-' ? -1 : 1) * (ohh * 60 + omm);
  }
  const ms = frac === undefined ? 0 : Math.floor(+`0.${frac}` * 1000);
  return day * DAY_MS + ((hh * 60 + mm - offset) * 60 + ss) * 1000 + ms;
}

let zoneFormat: Intl.DateTimeFormat | undefined;

/** Asia/Shanghai wall-clock fields of an instant from the platform's time-zone data. */
function intlShanghai(utcMs: number): ShanghaiTime | undefined {
  zoneFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: SHANGHAI,
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, bc = false;
  for (const p of zoneFormat.formatToParts(utcMs)) {
    if (p.type === 'year') y = +p.value;
    else if (p.type === 'month') mo = +p.value;
    else if (p.type === 'day') d = +p.value;
    else if (p.type === 'hour') h = +p.value;
    else if (p.type === 'minute') mi = +p.value;
    else if (p.type === 'era') bc = p.value.startsWith('B');
  }
  if (bc || !(y >= 1 && y <= 9999)) return undefined;
  return shanghaiTime(daysFromCivil(y, mo, d), h * 60 + mi);
}

/** The Asia/Shanghai reading of UTC milliseconds; undefined outside 0001-01-01..9999-12-31 there. */
function shanghaiOf(utcMs: number): ShanghaiTime | undefined {
  if (utcMs >= FIXED_FROM_MS) {
    const local = Math.floor(utcMs / 60_000) + 480;
    const localDay = Math.floor(local / 1440);
    return localDay > MAX_EPOCH_DAY ? undefined : shanghaiTime(localDay, local - localDay * 1440);
  }
  // more than a day before 0001-01-01 UTC cannot be a date of year 1 anywhere
  return utcMs < (MIN_EPOCH_DAY - 1) * DAY_MS ? undefined : intlShanghai(utcMs);
}

/** The common form, already in Beijing time from 1992 on (`YYYY-MM-DDTHH:MM:SS+08:00`), read without a regex. */
function fastShanghai(s: string): ShanghaiTime | undefined {
  if (s.length !== 25 || s.charCodeAt(10) !== 84 /* T */ || !s.endsWith('+08:00') || s < '1992') return undefined;
  const h = digit(s, 11) * 10 + digit(s, 12);
  const mi = digit(s, 14) * 10 + digit(s, 15);
  const sec = digit(s, 17) * 10 + digit(s, 18);
  if (!(h < 24 && mi < 60 && sec < 60) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const date = s.slice(0, 10);
  if (tryParseCivilDate(date) === undefined) return undefined;
  return { date, time: s.slice(11, 16), minutes: h * 60 + mi };
}

/**
 * The ISO string of an instant given at the boundary: the string itself, a valid `Date` as
 * `toISOString()`, a valid luxon `DateTime` as `toISO()` (with its own offset); `undefined`
 * for anything else. Never throws.
 *
 * @internal
 * @example
 * ```ts
 * instantString(new Date(Date.UTC(2025, 0, 24, 2))); // '2025-01-24T02:00:00.000Z'
 * ```
 */
export function instantString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return undefined;
  try {
    if (value instanceof Date) {
      const t = value.getTime();
      return Number.isFinite(t) && t >= -62135596800000 - DAY_MS && t <= 253402300799999 + DAY_MS ? value.toISOString() : undefined;
    }
    const lux = value as Partial<LuxonDateTimeLike> & { readonly isLuxonDateTime?: unknown };
    if (lux.isLuxonDateTime === true && lux.isValid === true && typeof lux.toISO === 'function') {
      const iso = lux.toISO();
      return typeof iso === 'string' ? iso : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The Asia/Shanghai reading of an instant, or the issue that says why it is not one. Never throws.
 *
 * @internal
 * @example
 * ```ts
 * readInstant('2025-01-24T16:30:00Z'); // { date: '2025-01-25', time: '00:30', minutes: 30 }
 * readInstant('2025-01-24T10:00:00+99:99', ['start']); // { path: ['start'], code: 'invalid-instant', … }
 * ```
 */
export function readInstant(value: unknown, path: readonly PropertyKey[] = []): ShanghaiTime | Issue {
  if (value === lastInstant && typeof value === 'string') return lastTime;
  const s = instantString(value);
  if (s !== undefined) {
    const fast = fastShanghai(s);
    if (fast) return remember(s, fast);
    const ms = utcMillis(s);
    const t = typeof ms === 'number' ? shanghaiOf(ms) : undefined;
    if (t) return remember(s, t);
    if (ms === 'offset') return issue(path, value, 'its offset is not ±HH:MM from -14:00 to +14:00 with minutes below 60', '其时区偏移须为-14:00至+14:00之间的±HH:MM（分钟小于60）');
    if (typeof ms === 'number') return issue(path, value, 'its date in Asia/Shanghai is outside 0001-01-01..9999-12-31', '其北京时间日期超出0001-01-01至9999-12-31');
  }
  return issue(path, value, 'expected ISO 8601 with an explicit offset, e.g. 2025-01-24T16:30:00+08:00 or …Z', '应为带时区偏移的ISO 8601时刻，如2025-01-24T16:30:00+08:00或…Z');
}

function issue(path: readonly PropertyKey[], value: unknown, en: string, zh: string): Issue {
  const messages = { 'zh-CN': `${showValue(value)}不是有效时刻：${zh}`, en: `${showValue(value)} is not an instant: ${en}` };
  return { path, code: 'invalid-instant', message: messages.en, messages };
}

/** Whether a reading is an issue (not a time). @internal */
export const isIssue = (r: object): r is Issue => 'code' in r;

const INVALID_INSTANT = { 'zh-CN': '时刻无效', en: 'Invalid instant' } as const;

/**
 * Converts an instant with an explicit offset (an ISO 8601 string, a `Date` or a luxon
 * `DateTime`) to its date and time in Asia/Shanghai.
 *
 * @throws {@link InvalidDateError} when the value has no offset, an impossible offset
 * (`+99:99`, `+08:60`, `-25:00`), is not a real instant, or falls outside 0001-01-01..9999-12-31
 * in Asia/Shanghai.
 * @example
 * ```ts
 * toShanghaiTime('2025-01-24T16:30:00Z'); // { date: '2025-01-25', time: '00:30', minutes: 30 }
 * ```
 */
export function toShanghaiTime(instant: InstantInput, path: readonly PropertyKey[] = []): ShanghaiTime {
  const r = readInstant(instant, Array.isArray(path) ? path : []);
  if (isIssue(r)) throw new InvalidDateError(INVALID_INSTANT, [r]);
  return r;
}

// The last instant read, and its reading (frozen): one application's instant is read by several parts.
let lastInstant: string | undefined;
let lastTime: ShanghaiTime = Object.freeze({ date: '1970-01-01', time: '00:00', minutes: 0 });

function remember(instant: string, t: ShanghaiTime): ShanghaiTime {
  lastInstant = instant;
  lastTime = Object.freeze(t);
  return lastTime;
}

/**
 * The civil date in Asia/Shanghai of an instant.
 *
 * @throws {@link InvalidDateError} as {@link toShanghaiTime} does (so `'9999-12-31T20:00:00-08:00'`,
 * already 10000-01-01 in Beijing, is an error).
 * @example
 * ```ts
 * toShanghaiDate('2025-01-24T16:30:00Z'); // '2025-01-25'
 * ```
 */
export function toShanghaiDate(instant: InstantInput): CivilDate {
  return toShanghaiTime(instant).date;
}

/**
 * Reads a civil date or an instant: a `YYYY-MM-DD` string is a date without a time; anything
 * else must be an instant with an offset (a string, a `Date` or a luxon `DateTime`).
 *
 * @example
 * ```ts
 * readDateOrInstant('2025-01-24');                // { date: '2025-01-24' }
 * readDateOrInstant('2025-01-24T09:00:00+08:00'); // { date: '2025-01-24', time: '09:00', minutes: 540 }
 * ```
 */
export function readDateOrInstant(value: CivilDate | InstantInput, path: readonly PropertyKey[] = []): { readonly date: CivilDate } | ShanghaiTime {
  return isCivilDate(value) ? { date: value } : toShanghaiTime(value, path);
}

/**
 * {@link readDateOrInstant} of a string, frozen, or `undefined` where that throws (never throws).
 *
 * @internal
 * @example
 * ```ts
 * tryReadDateOrInstant('2025-01-24T09:00:00+08:00'); // { date: '2025-01-24', time: '09:00', minutes: 540 }
 * tryReadDateOrInstant('2025-01-24T09:00:00');       // undefined: no offset
 * ```
 */
export function tryReadDateOrInstant(value: string): { readonly date: CivilDate } | ShanghaiTime | undefined {
  if (isCivilDate(value)) return Object.freeze({ date: value });
  const r = readInstant(value);
  return isIssue(r) ? undefined : r;
}

/**
 * Whether a value is a civil date `YYYY-MM-DD` or an instant with an explicit offset (an ISO
 * 8601 string, a valid `Date` or a valid luxon `DateTime`) whose Asia/Shanghai date is in the
 * years 0001–9999.
 *
 * @example
 * ```ts
 * isDateOrInstant('2025-01-24');                // true
 * isDateOrInstant('2025-01-24T10:00:00');       // false: no offset
 * isDateOrInstant('2025-01-24T10:00:00+08:60'); // false: no such offset
 * ```
 */
export function isDateOrInstant(value: unknown): value is CivilDate | InstantInput {
  return isCivilDate(value) || !isIssue(readInstant(value));
}
