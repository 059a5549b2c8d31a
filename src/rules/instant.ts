/**
 * Instants at the boundary: ISO 8601 strings with an explicit offset, converted to the civil
 * date and time of day in Asia/Shanghai with luxon (which knows the zone's history, including
 * the daylight saving time of 1986–1991).
 *
 * @module
 */
import { DateTime } from 'luxon';
import { type CivilDate, formatCivilDate, isCivilDate, tryParseCivilDate } from './civil-date.js';
import { InvalidDateError, showValue } from './errors.js';

/** The zone every civil date of churujing is in. */
export const SHANGHAI = 'Asia/Shanghai';

/**
 * An ISO 8601 instant with an explicit offset or `Z`, e.g. `2025-01-24T16:30:00+08:00`.
 *
 * @example
 * ```ts
 * const at: Instant = '2025-01-24T08:30:00Z';
 * ```
 */
export type Instant = string;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

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
const FIXED_FROM = Date.UTC(1992, 0, 1);
const FAST = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/** Plain arithmetic for instants from 1992 on (fixed UTC+8); undefined otherwise. */
function fastShanghai(instant: string): ShanghaiTime | undefined {
  // the common form, already in Shanghai time: YYYY-MM-DDTHH:MM:SS+08:00 (read without a regex)
  if (instant.length === 25 && instant.charCodeAt(10) === 84 /* T */ && instant.endsWith('+08:00') && instant >= '1992') {
    const h = digit(instant, 11) * 10 + digit(instant, 12);
    const mi = digit(instant, 14) * 10 + digit(instant, 15);
    const sec = digit(instant, 17) * 10 + digit(instant, 18);
    if (h < 24 && mi < 60 && sec < 60 && instant.charCodeAt(13) === 58 && instant.charCodeAt(16) === 58 && tryParseCivilDate(instant.slice(0, 10)) !== undefined) {
      return { date: instant.slice(0, 10), time: instant.slice(11, 16), minutes: h * 60 + mi };
    }
  }
  const m = FAST.exec(instant);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, z, sign, oh, om] = m;
  if (+(h as string) > 23 || +(mi as string) > 59 || +(sec ?? '0') > 59 || +(oh ?? '0') > 23 || +(om ?? '0') > 59) return undefined;
  const day = tryParseCivilDate(`${y}-${mo}-${d}`);
  if (day === undefined) return undefined;
  const offset = z === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (+(oh as string) * 60 + +(om as string));
  const utcMinutes = day * 1440 + +(h as string) * 60 + +(mi as string) - offset;
  if (utcMinutes * 60_000 < FIXED_FROM) return undefined;
  const local = utcMinutes + 480;
  const localDay = Math.floor(local / 1440);
  const minutes = local - localDay * 1440;
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return { date: formatCivilDate(localDay), time: `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`, minutes };
}

/**
 * Converts an instant with an explicit offset to its date and time in Asia/Shanghai.
 *
 * @throws {@link InvalidDateError} when the string has no offset or is not a real instant.
 * @example
 * ```ts
 * toShanghaiTime('2025-01-24T16:30:00Z'); // { date: '2025-01-25', time: '00:30', minutes: 30 }
 * ```
 */
export function toShanghaiTime(instant: Instant, path: readonly PropertyKey[] = []): ShanghaiTime {
  if (instant === lastInstant) return lastTime;
  if (typeof instant === 'string') {
    const fast = fastShanghai(instant);
    if (fast) return remember(instant, fast);
  }
  const dt = typeof instant === 'string' && INSTANT.test(instant) ? DateTime.fromISO(instant, { setZone: true }) : undefined;
  if (!dt || !dt.isValid) {
    const message = `${showValue(instant)} is not an instant: expected ISO 8601 with an explicit offset, e.g. 2025-01-24T16:30:00+08:00 or …Z`;
    throw new InvalidDateError(message, [{ path, code: 'invalid-instant', message }]);
  }
  const local = dt.setZone(SHANGHAI);
  return remember(instant, { date: local.toISODate() as string, time: local.toFormat('HH:mm'), minutes: local.hour * 60 + local.minute });
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
 * @example
 * ```ts
 * toShanghaiDate('2025-01-24T16:30:00Z'); // '2025-01-25'
 * ```
 */
export function toShanghaiDate(instant: Instant): CivilDate {
  return toShanghaiTime(instant).date;
}

/**
 * Reads a civil date or an instant: a `YYYY-MM-DD` string is a date without a time; anything
 * else must be an instant with an offset.
 *
 * @example
 * ```ts
 * readDateOrInstant('2025-01-24');                // { date: '2025-01-24' }
 * readDateOrInstant('2025-01-24T09:00:00+08:00'); // { date: '2025-01-24', time: '09:00', minutes: 540 }
 * ```
 */
export function readDateOrInstant(value: CivilDate | Instant, path: readonly PropertyKey[] = []): { readonly date: CivilDate } | ShanghaiTime {
  return isCivilDate(value) ? { date: value } : toShanghaiTime(value, path);
}

/**
 * Whether a value is a civil date `YYYY-MM-DD` or an instant with an explicit offset.
 *
 * @example
 * ```ts
 * isDateOrInstant('2025-01-24');          // true
 * isDateOrInstant('2025-01-24T10:00:00'); // false: no offset
 * ```
 */
export function isDateOrInstant(value: unknown): value is CivilDate | Instant {
  if (isCivilDate(value)) return true;
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  if (fastShanghai(value)) return true;
  return DateTime.fromISO(value, { setZone: true }).isValid;
}
