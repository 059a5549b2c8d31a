/**
 * The colour-coded overdue warning offices show on their back-office screens.
 *
 * @module
 */
import { type CivilDate, parseCivilDate } from '../rules/civil-date.js';
import { ValidationError, showValue } from '../rules/errors.js';
import { type Instant, readDateOrInstant } from '../rules/instant.js';
import type { WorkingDayCalendar } from './calendar-build.js';
import { defaultCalendar } from './default-calendar.js';
import { workingDaysBetween } from './working-days.js';

/**
 * Options of {@link deadlineStatus}.
 *
 * @example
 * ```ts
 * const opts: DeadlineStatusOptions = { warnWithinWorkingDays: 2 };
 * ```
 */
export interface DeadlineStatusOptions {
  /** `due-soon` when at most this many working days are left (0 = only on the due day). Default 2. */
  readonly warnWithinWorkingDays?: number;
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Where a case stands against its deadline.
 *
 * @example
 * ```ts
 * const s: DeadlineStatus = { status: 'due-soon', due: '2025-02-10', asOf: '2025-02-07', workingDaysLeft: 2 };
 * ```
 */
export interface DeadlineStatus {
  /** `on-track` (green), `due-soon` (amber), `overdue` (red). */
  readonly status: 'on-track' | 'due-soon' | 'overdue';
  readonly due: CivilDate;
  /** The civil date the status is for (Asia/Shanghai when an instant was given). */
  readonly asOf: CivilDate;
  /** Working days in `(asOf, due]`; negative when overdue (working days in `(due, asOf]`, negated). */
  readonly workingDaysLeft: number;
}

/**
 * Status of a deadline on a day: `overdue` after the due date, `due-soon` when at most
 * `warnWithinWorkingDays` working days are left (the due day itself included), else `on-track`.
 *
 * @example
 * ```ts
 * deadlineStatus('2025-02-10', '2025-02-07', { warnWithinWorkingDays: 2 }).status; // 'due-soon' (02-08 is a make-up working day)
 * deadlineStatus('2025-02-10', '2025-02-11').status;                               // 'overdue'
 * ```
 */
export function deadlineStatus(due: CivilDate, asOf: CivilDate | Instant, options: DeadlineStatusOptions = {}): DeadlineStatus {
  const warn = options.warnWithinWorkingDays ?? 2;
  if (!Number.isSafeInteger(warn) || warn < 0) {
    const message = `warnWithinWorkingDays must be a whole number >= 0, got ${showValue(warn)}`;
    throw new ValidationError(message, [{ path: ['warnWithinWorkingDays'], code: 'invalid-count', message }]);
  }
  const calendar = options.calendar ?? defaultCalendar();
  const dueDay = parseCivilDate(due, ['due']);
  const on = readDateOrInstant(asOf, ['asOf']).date;
  const left = workingDaysBetween(on, due, calendar);
  const status = parseCivilDate(on) > dueDay ? 'overdue' : left <= warn ? 'due-soon' : 'on-track';
  return { status, due, asOf: on, workingDaysLeft: left };
}
