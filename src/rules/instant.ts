/**
 * Instants at the boundary: ISO 8601 strings with an explicit offset, converted to the civil
 * date and time of day in Asia/Shanghai with luxon (which knows the zone's history, including
 * the daylight saving time of 1986–1991).
 *
 * @module
 */
import { DateTime } from 'luxon';
import { type CivilDate, isCivilDate } from './civil-date.js';
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
  const dt = typeof instant === 'string' && INSTANT.test(instant) ? DateTime.fromISO(instant, { setZone: true }) : undefined;
  if (!dt || !dt.isValid) {
    const message = `${showValue(instant)} is not an instant: expected ISO 8601 with an explicit offset, e.g. 2025-01-24T16:30:00+08:00 or …Z`;
    throw new InvalidDateError(message, [{ path, code: 'invalid-instant', message }]);
  }
  const local = dt.setZone(SHANGHAI);
  return { date: local.toISODate() as string, time: local.toFormat('HH:mm'), minutes: local.hour * 60 + local.minute };
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
  return DateTime.fromISO(value, { setZone: true }).isValid;
}
